//! The site's feeds and sitemap: `feed.xml` (Atom, RFC 4287, written by the
//! `atom_syndication` crate), `feed.json` (JSON Feed 1.1) and `sitemap.xml`. One entry per
//! briefing, newest first; an entry's `updated` is when its current version was published, so
//! feed readers show a briefing again when it changes.

use atom_syndication::{
    Category, Entry as AtomEntry, Feed, FixedDateTime, Generator, Link, Person, Text,
};
use briefing::i18n::Msg;

use super::index::{counts, Site};
use super::page::escape;
use super::site::Entry;

/// The feeds and the sitemap, by path.
pub fn files(site: &Site, now: &str) -> Vec<(String, Vec<u8>)> {
    vec![
        ("feed.xml".into(), atom(site, now).into_bytes()),
        ("feed.json".into(), json_feed(site).into_bytes()),
        ("sitemap.xml".into(), sitemap(site).into_bytes()),
    ]
}

/// A path of the site as the feeds link it: absolute under the site's address when it is
/// known, else relative to the feed, which sits at the site's root.
fn address(site: &Site, path: &str) -> String {
    match site.base_url {
        Some(base) => format!("{}/{path}", base.trim_end_matches('/')),
        None => format!("./{path}"),
    }
}

fn time(rfc3339: &str) -> FixedDateTime {
    FixedDateTime::parse_from_rfc3339(rfc3339)
        .unwrap_or_else(|_| FixedDateTime::parse_from_rfc3339("1970-01-01T00:00:00Z").unwrap())
}

/// Ids stay the same wherever the site moves: a briefing is its stem.
fn entry_id(e: &Entry) -> String {
    format!("urn:briefing-explorer:briefing:{}", e.stem)
}

fn atom(site: &Site, now: &str) -> String {
    let t = site.t;
    let mut feed = Feed::default();
    feed.set_title(Text::plain(t.t(Msg::SiteTitle)));
    feed.set_id("urn:briefing-explorer:site");
    feed.set_lang(Some(t.code.clone()));
    let updated = site
        .entries
        .iter()
        .map(|e| e.updated.as_str())
        .max()
        .unwrap_or(now);
    feed.set_updated(time(updated));
    feed.set_authors(vec![Person {
        name: t.t(Msg::SiteTitle).to_string(),
        ..Person::default()
    }]);
    feed.set_generator(Some(Generator {
        value: t.t(Msg::AppName).to_string(),
        ..Generator::default()
    }));
    feed.set_links(vec![
        Link {
            href: address(site, "feed.xml"),
            rel: "self".into(),
            mime_type: Some("application/atom+xml".into()),
            ..Link::default()
        },
        Link {
            href: address(site, ""),
            rel: "alternate".into(),
            mime_type: Some("text/html".into()),
            ..Link::default()
        },
    ]);
    let entries: Vec<AtomEntry> = site
        .entries
        .iter()
        .map(|e| {
            let mut summary = Text::plain(format!("{} ({})", e.lede, counts(t, e)));
            summary.lang = Some(e.lang.clone());
            AtomEntry {
                title: Text::plain(e.title.clone()),
                id: entry_id(e),
                updated: time(&e.updated),
                published: Some(time(&e.published)),
                links: vec![Link {
                    href: address(site, &format!("{}/", e.stem)),
                    rel: "alternate".into(),
                    mime_type: Some("text/html".into()),
                    hreflang: Some(e.lang.clone()),
                    ..Link::default()
                }],
                summary: Some(summary),
                categories: e
                    .topics
                    .iter()
                    .map(|(id, name)| Category {
                        term: id.clone(),
                        label: Some(name.clone()),
                        ..Category::default()
                    })
                    .collect(),
                ..AtomEntry::default()
            }
        })
        .collect();
    feed.set_entries(entries);
    feed.to_string()
}

/// JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/).
fn json_feed(site: &Site) -> String {
    let t = site.t;
    let items: Vec<serde_json::Value> = site
        .entries
        .iter()
        .map(|e| {
            serde_json::json!({
                "id": entry_id(e),
                "url": address(site, &format!("{}/", e.stem)),
                "title": e.title,
                "content_text": e.lede,
                "summary": counts(t, e),
                "date_published": e.published,
                "date_modified": e.updated,
                "tags": e.topics.iter().map(|(_, name)| name.as_str()).collect::<Vec<_>>(),
                "language": e.lang,
            })
        })
        .collect();
    let mut feed = serde_json::json!({
        "version": "https://jsonfeed.org/version/1.1",
        "title": t.t(Msg::SiteTitle),
        "language": t.code,
        "items": items,
    });
    if site.base_url.is_some() {
        feed["home_page_url"] = address(site, "").into();
        feed["feed_url"] = address(site, "feed.json").into();
    }
    serde_json::to_string_pretty(&feed).expect("a JSON value serializes") + "\n"
}

/// The sitemap protocol asks for absolute addresses: without the site's address, they are
/// relative to the sitemap, which search engines given the site's address resolve.
fn sitemap(site: &Site) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    xml += &format!("<url><loc>{}</loc></url>\n", escape(&address(site, "")));
    for e in &site.entries {
        xml += &format!(
            "<url><loc>{}</loc><lastmod>{}</lastmod></url>\n",
            escape(&address(site, &format!("{}/", e.stem))),
            escape(&e.updated),
        );
    }
    xml + "</urlset>\n"
}
