//! The site's index: every briefing, newest first, in pages of `PER_PAGE` (`index.html`, then
//! `page/N/`), and the same for each topic (`topic/<id>/`, `topic/<id>/page/N/`). Plain
//! prerendered HTML that works without JavaScript (topics are links, pages are links); a small
//! script (`index.js`) adds search across every briefing, from the word lists of `search`.

use std::collections::HashMap;

use briefing::i18n::{Catalog, Msg};
use briefing::model::Date;
use sha2::{Digest, Sha256};

use super::page::{self, escape};
use super::site::{Assets, Entry};

/// Briefings per page: the first page stays small on a phone at any number of briefings.
pub const PER_PAGE: usize = 50;
/// Topics offered as filters, the most used first.
const MAX_TOPICS: usize = 24;

const SCRIPT: &str = include_str!("index.js");
const STYLE: &str = include_str!("index.css");

/// A topic as the index offers it.
pub struct SiteTopic {
    pub id: String,
    pub name: String,
    /// How many briefings have it.
    pub count: usize,
}

/// Everything the index, the search files and the feeds are made from.
pub struct Site<'a> {
    /// Newest first.
    pub entries: Vec<&'a Entry>,
    /// The index's language: that of most briefings.
    pub t: &'static Catalog,
    pub topics: Vec<SiteTopic>,
    pub assets: &'a Assets,
    pub base_url: Option<&'a str>,
    /// The index's own script and style, named by their hash: `(name, contents)`.
    pub script: (String, String),
    pub style: (String, String),
}

impl<'a> Site<'a> {
    pub fn new(entries: &[&'a Entry], assets: &'a Assets, base_url: Option<&'a str>) -> Site<'a> {
        let mut languages: HashMap<&str, usize> = HashMap::new();
        for e in entries {
            *languages.entry(e.lang.as_str()).or_default() += 1;
        }
        let lang = languages
            .iter()
            .max_by_key(|(code, n)| (**n, std::cmp::Reverse(**code)))
            .map_or("en", |(code, _)| code);
        let t = briefing::lang::catalog_or_english(lang);
        let mut topics: Vec<SiteTopic> = Vec::new();
        let mut at: HashMap<&str, usize> = HashMap::new();
        for e in entries {
            for (id, name) in &e.topics {
                // A topic id that could not be a folder (an editor's odd one) is not offered.
                if !id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
                    continue;
                }
                let i = *at.entry(id).or_insert_with(|| {
                    topics.push(SiteTopic {
                        id: id.clone(),
                        name: name.clone(),
                        count: 0,
                    });
                    topics.len() - 1
                });
                topics[i].count += 1;
                // Named as the briefings in the index's language name it.
                if e.lang == t.code {
                    topics[i].name = name.clone();
                }
            }
        }
        topics.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.name.cmp(&b.name)));
        topics.truncate(MAX_TOPICS);
        Site {
            entries: entries.to_vec(),
            t,
            topics,
            assets,
            base_url,
            script: hashed("index", "js", SCRIPT),
            style: hashed("index", "css", STYLE),
        }
    }

    /// The listed topic with this id.
    fn topic(&self, id: &str) -> Option<&SiteTopic> {
        self.topics.iter().find(|t| t.id == id)
    }
}

/// `name-<hash>.ext`: cached for good, like the explorer's own files.
fn hashed(name: &str, ext: &str, contents: &str) -> (String, String) {
    let hash = format!("{:x}", Sha256::digest(contents.as_bytes()));
    (
        format!("{name}-{}.{ext}", &hash[..16]),
        contents.to_string(),
    )
}

/// Every page of the index, its script and its style, by path in the site.
pub fn pages(site: &Site) -> Vec<(String, Vec<u8>)> {
    let mut files = vec![
        (site.script.0.clone(), site.script.1.clone().into_bytes()),
        (site.style.0.clone(), site.style.1.clone().into_bytes()),
    ];
    let all: Vec<usize> = (0..site.entries.len()).collect();
    files.extend(list_pages(site, None, &all));
    for topic in &site.topics {
        let having: Vec<usize> = site
            .entries
            .iter()
            .enumerate()
            .filter(|(_, e)| e.topics.iter().any(|(id, _)| *id == topic.id))
            .map(|(i, _)| i)
            .collect();
        files.extend(list_pages(site, Some(topic), &having));
    }
    files
}

/// The pages listing `entries` (indices into the site's), all briefings or one topic's.
fn list_pages(site: &Site, topic: Option<&SiteTopic>, entries: &[usize]) -> Vec<(String, Vec<u8>)> {
    let base = topic.map_or(String::new(), |t| format!("topic/{}/", t.id));
    let pages = entries.len().div_ceil(PER_PAGE).max(1);
    (1..=pages)
        .map(|n| {
            let folder = if n == 1 {
                base.clone()
            } else {
                format!("{base}page/{n}/")
            };
            let depth = folder.matches('/').count();
            let prefix = "../".repeat(depth);
            let prefix = if prefix.is_empty() {
                "./".to_string()
            } else {
                prefix
            };
            let shown = &entries
                [((n - 1) * PER_PAGE).min(entries.len())..(n * PER_PAGE).min(entries.len())];
            let html = list_page(site, topic, shown, n, pages, &prefix, &base);
            (format!("{folder}index.html"), html.into_bytes())
        })
        .collect()
}

fn list_page(
    site: &Site,
    topic: Option<&SiteTopic>,
    shown: &[usize],
    n: usize,
    pages: usize,
    p: &str,
    base: &str,
) -> String {
    let t = site.t;
    let title = match topic {
        Some(topic) => t.fill(Msg::SiteTopicTitle, &[("topic", &topic.name)]),
        None => t.t(Msg::SiteTitle).to_string(),
    };
    let count = topic.map_or(site.entries.len(), |t| t.count);
    let page_of = t.fill(
        Msg::SitePageOf,
        &[("page", &n.to_string()), ("pages", &pages.to_string())],
    );
    let heading = if pages > 1 {
        format!("{title} · {page_of}")
    } else {
        title.clone()
    };
    let mut body = String::with_capacity(shown.len() * 700 + 4000);
    body += &format!(
        r#"<main class="site" id="main"><header class="site-head"><h1>{}</h1><p class="tally">{}</p><p class="site-feeds">{}: <a href="{p}feed.xml" type="application/atom+xml">{}</a> · <a href="{p}feed.json" type="application/feed+json">{}</a></p></header>"#,
        escape(&title),
        escape(&t.n(Msg::SiteCount, count)),
        escape(t.t(Msg::SiteFeeds)),
        escape(t.t(Msg::SiteAtom)),
        escape(t.t(Msg::SiteJsonFeed)),
    );
    body += &search_form(site, topic, p);
    body += &topic_nav(site, topic, p);
    body += r#"<p class="site-status" role="status"></p><ol class="site-list">"#;
    for &i in shown {
        body += &item(site, site.entries[i], p);
    }
    body += "</ol>";
    if pages > 1 {
        let at = |k: usize| {
            if k == 1 {
                format!("{p}{base}")
            } else {
                format!("{p}{base}page/{k}/")
            }
        };
        body += &format!(
            r#"<nav class="pager" aria-label="{}">"#,
            escape(t.t(Msg::SitePages))
        );
        if n > 1 {
            body += &format!(
                r#"<a href="{}" rel="prev">{}</a>"#,
                at(n - 1),
                escape(t.t(Msg::SiteNewer))
            );
        }
        body += &format!("<span>{}</span>", escape(&page_of));
        if n < pages {
            body += &format!(
                r#"<a href="{}" rel="next">{}</a>"#,
                at(n + 1),
                escape(t.t(Msg::SiteOlder))
            );
        }
        body += "</nav>";
    }
    body += "</main>";
    shell(site, &heading, &t.n(Msg::SiteCount, count), p, &body)
}

/// What stays at a withdrawn briefing's address: its title and that its editors withdrew it,
/// with the way back to the index. Its earlier versions stay where they are.
pub fn withdrawn_page(site: &Site, e: &Entry) -> String {
    let t = site.t;
    let body = format!(
        r#"<main class="site" id="main"><header class="site-head"><h1 dir="auto">{}</h1></header><p>{}</p><p><a href="../">{}</a></p></main>"#,
        escape(&e.title),
        escape(t.t(Msg::SiteWithdrawn)),
        escape(t.t(Msg::SiteTitle)),
    );
    shell(site, &e.title, t.t(Msg::SiteWithdrawn), "../", &body)
}

/// Search, for readers with JavaScript (the script shows it): the words of every briefing are
/// in `search/`; the messages it needs are its data attributes.
fn search_form(site: &Site, topic: Option<&SiteTopic>, p: &str) -> String {
    let t = site.t;
    let forms: String = briefing::i18n::Category::ALL
        .iter()
        .map(|c| {
            format!(
                r#" data-results-{}="{}""#,
                c.as_str(),
                escape(t.form(Msg::SiteResults, *c))
            )
        })
        .collect();
    format!(
        r#"<form class="site-search" role="search" hidden data-search="{p}search/" data-chunk="{}" data-topic="{}" data-lang="{}"{forms} data-no-results="{}" data-unavailable="{}" data-claims="{}"><label for="site-q">{}</label><input type="search" id="site-q" name="q" autocomplete="off" aria-describedby="site-q-hint"><p class="hint" id="site-q-hint">{}</p></form>"#,
        super::search::CHUNK,
        topic.map_or("", |t| t.id.as_str()),
        escape(&t.code),
        escape(t.t(Msg::SiteNoResults)),
        escape(t.t(Msg::SiteSearchUnavailable)),
        escape(t.t(Msg::TallyLabel)),
        escape(t.t(Msg::SiteSearchLabel)),
        escape(t.t(Msg::SiteSearchHint)),
    )
}

fn topic_nav(site: &Site, current: Option<&SiteTopic>, p: &str) -> String {
    let t = site.t;
    let link = |href: String, name: &str, count: usize, here: bool| {
        format!(
            r#"<li><a class="chip" href="{href}"{}>{} <span class="count">{count}</span></a></li>"#,
            if here { r#" aria-current="page""# } else { "" },
            escape(name)
        )
    };
    let mut nav = format!(
        r#"<nav class="site-topics" aria-label="{}"><ul>"#,
        escape(t.t(Msg::SiteTopics))
    );
    nav += &link(
        p.to_string(),
        t.t(Msg::SiteAllTopics),
        site.entries.len(),
        current.is_none(),
    );
    for topic in &site.topics {
        let here = current.is_some_and(|c| c.id == topic.id);
        nav += &link(
            format!("{p}topic/{}/", topic.id),
            &topic.name,
            topic.count,
            here,
        );
    }
    nav + "</ul></nav>"
}

/// The counts of a briefing in the index's words: "12 claims · 3 unconfirmed · 9 outlets".
pub fn counts(t: &Catalog, e: &Entry) -> String {
    [
        t.n(Msg::ClaimsCount, e.claims),
        t.n(Msg::UnconfirmedCount, e.unconfirmed),
        t.n(Msg::OutletsCount, e.outlets),
    ]
    .join(" · ")
}

/// A day as the index shows it ("3 January 2026"), from `YYYY-MM-DD`.
pub fn long_date(t: &Catalog, day: &str) -> String {
    Date::parse_iso(day).map_or_else(|| day.to_string(), |date| t.date(date))
}

fn item(site: &Site, e: &Entry, p: &str) -> String {
    let t = site.t;
    let topics: String = e
        .topics
        .iter()
        .map(|(id, name)| match site.topic(id) {
            Some(_) => format!(r#"<li><a href="{p}topic/{id}/">{}</a></li>"#, escape(name)),
            None => format!("<li>{}</li>", escape(name)),
        })
        .collect();
    format!(
        r#"<li data-briefing="{stem}"><article lang="{lang}"><h2 dir="auto"><a href="{p}{stem}/">{title}</a></h2><p class="meta"><time datetime="{day}">{date}</time> · {counts}</p><p class="lede" dir="auto">{lede}</p><ul class="claim-topics" aria-label="{topics_label}">{topics}</ul></article></li>"#,
        stem = escape(&e.stem),
        lang = escape(&e.lang),
        title = escape(&e.title),
        day = escape(e.day()),
        date = escape(&long_date(t, e.day())),
        counts = escape(&counts(t, e)),
        lede = escape(&e.lede),
        topics_label = escape(t.t(Msg::SiteTopics)),
    )
}

/// A page of the index around `body`: the explorer's boot script (service worker, update
/// notice) and style, the index's own style and script, the feeds, the policy by hash.
fn shell(site: &Site, title: &str, description: &str, p: &str, body: &str) -> String {
    let t = site.t;
    let head = format!(
        r#"<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="color-scheme" content="light dark"><title>{}</title><meta name="description" content="{}"><link rel="alternate" type="application/atom+xml" href="{p}feed.xml" title="{}"><link rel="alternate" type="application/feed+json" href="{p}feed.json" title="{}"><link rel="icon" href="{p}icons/icon.svg" type="image/svg+xml"><script>{}</script><style>{}</style><link rel="stylesheet" href="{p}{}"><script src="{p}{}" defer></script>"#,
        escape(title),
        escape(description),
        escape(t.t(Msg::SiteAtom)),
        escape(t.t(Msg::SiteJsonFeed)),
        site.assets.boot,
        site.assets.style,
        site.style.0,
        site.script.0,
    );
    let notice = format!(
        r#"<div id="explorer-update" role="status" data-message="{}" data-reload="{}"></div>"#,
        escape(t.t(Msg::UpdateReady).trim()),
        escape(t.t(Msg::Reload)),
    );
    // The page's version is a hash of its text: an open index can tell a newer one.
    let build = format!("{:x}", Sha256::digest(format!("{head}{body}").as_bytes()));
    let html = format!(
        r#"<!doctype html><html lang="{}" dir="{}" data-build="{}" data-sw="{p}sw.js" data-assets="{p}"><head><meta charset="utf-8">{head}</head><body>{notice}{body}</body></html>"#,
        escape(&t.code),
        t.dir.as_str(),
        &build[..12],
    );
    let policy = page::content_security_policy(&html);
    page::add_csp(&html, &policy).expect("the index has a <meta charset>")
}
