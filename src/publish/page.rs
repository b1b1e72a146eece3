//! The rewrites that turn Trunk's output (the template: the explorer's assets and an empty
//! page) into a briefing's page, as pure functions of file contents, so each one is tested
//! without a build. The post-build step uses them for one briefing; `site` for many.

use base64::Engine;
use briefing::i18n::{Catalog, Msg};
use briefing::model::Briefing;
use sha2::{Digest, Sha256, Sha384};

/// The empty root the explorer renders into, with or without the quotes a minifier removes.
const APP_ROOTS: [&str; 2] = [r#"<div id="app"></div>"#, "<div id=app></div>"];

/// Escapes text for an HTML attribute or element.
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The byte range of the first start tag beginning with `prefix` (e.g. `<meta charset`).
fn start_tag(html: &str, prefix: &str) -> Option<std::ops::Range<usize>> {
    let start = html.find(prefix)?;
    let end = start + html[start..].find('>')? + 1;
    Some(start..end)
}

/// The type of the data blocks that carry the briefing and the catalogs: never executed, so no
/// policy needs them.
const DATA_TYPE: &str = "application/x-briefing";

/// Puts the prerendered explorer inside its root element, and the data it was rendered from
/// (each `(id, text)` in the text form of `textform`, which never contains `<`) in data blocks
/// just before it, after the page's structured data for search engines (`json_ld`).
pub fn insert_prerender(
    html: &str,
    body: &str,
    data: &[(&str, &str)],
    json_ld: Option<&serde_json::Value>,
) -> Result<String, String> {
    let root = APP_ROOTS
        .iter()
        .find(|root| html.contains(*root))
        .ok_or("index.html has no empty <div id=\"app\"></div> to prerender into")?;
    let mut blocks = String::new();
    if let Some(value) = json_ld {
        // `<` only occurs inside JSON strings, where `\u003c` means the same and cannot close
        // the element.
        let json = value.to_string().replace('<', "\\u003c");
        blocks += &format!(r#"<script type="application/ld+json">{json}</script>"#);
    }
    for (id, text) in data {
        if text.contains('<') {
            return Err(format!("the page data `{id}` contains `<`"));
        }
        blocks += &format!(r#"<script type="{DATA_TYPE}" id="{id}">{text}</script>"#);
    }
    Ok(html.replacen(root, &format!(r#"{blocks}<div id="app">{body}</div>"#), 1))
}

/// The text of the data block `id` that `insert_prerender` wrote into `html`.
pub fn data_block<'a>(html: &'a str, id: &str) -> Option<&'a str> {
    let open = format!(r#"<script type="{DATA_TYPE}" id="{id}">"#);
    let start = html.find(&open)? + open.len();
    let end = start + html[start..].find("</script>")?;
    Some(&html[start..end])
}

/// Where a page stands in its site.
#[derive(Clone, Copy, Debug)]
pub struct Place<'a> {
    /// The shared assets' folder relative to the page: `./`, or `../` for a site's briefing.
    pub assets: &'a str,
    /// The service worker relative to the page, for release builds (`data-sw`, which the boot
    /// script registers).
    pub service_worker: Option<&'a str>,
}

/// The page in its first language: `lang` and `dir` on `<html>`, the briefing's title and lede
/// as the page's title and description, the messages the boot script shows (a crash, a newer
/// version), the briefing's version on `<html>` so a page can tell which build its HTML came
/// from, where its assets and service worker are.
pub fn set_head(
    html: &str,
    b: &Briefing,
    version: &str,
    t: &Catalog,
    place: Place,
) -> Result<String, String> {
    let description: String = b
        .summary
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .take(300)
        .collect();
    let mut html = html.to_string();
    if let Some(old) = start_tag(&html, "<meta name=\"description\"")
        .or_else(|| start_tag(&html, "<meta name=description"))
    {
        html.replace_range(old, "");
    }
    let title_start = html.find("<title>").ok_or("index.html has no <title>")?;
    let title_end = title_start
        + html[title_start..]
            .find("</title>")
            .ok_or("index.html has no </title>")?
        + "</title>".len();
    html.replace_range(
        title_start..title_end,
        &format!(
            r#"<title>{} · {}</title><meta name="description" content="{}">"#,
            escape(&b.title),
            escape(t.t(Msg::AppName)),
            escape(&description)
        ),
    );
    let root = start_tag(&html, "<html").ok_or("index.html has no <html> tag")?;
    let old_lang = [" lang=\"en\"", " lang=en"].iter().find_map(|l| {
        html[root.clone()]
            .find(l)
            .map(|at| (root.start + at, l.len()))
    });
    if let Some((at, len)) = old_lang {
        html.replace_range(at..at + len, "");
    }
    html.insert_str(
        root.start + "<html".len(),
        &format!(
            r#" lang="{}" dir="{}" data-build="{}"{}{}{}"#,
            escape(&t.code),
            t.dir.as_str(),
            escape(version),
            if b.history.superseded_by.is_some() {
                " data-earlier"
            } else {
                ""
            },
            place
                .service_worker
                .map(|url| format!(r#" data-sw="{}""#, escape(url)))
                .unwrap_or_default(),
            if place.assets == "./" {
                String::new()
            } else {
                format!(r#" data-assets="{}""#, escape(place.assets))
            },
        ),
    );
    for (id, attributes) in [
        ("explorer-alert", vec![("data-message", t.t(Msg::Crash))]),
        (
            "explorer-update",
            vec![
                ("data-message", t.t(Msg::UpdateReady)),
                ("data-reload", t.t(Msg::Reload)),
            ],
        ),
    ] {
        let tag = start_tag(&html, &format!("<div id=\"{id}\""))
            .or_else(|| start_tag(&html, &format!("<div id={id}")))
            .ok_or(format!("index.html has no <div id=\"{id}\">"))?;
        let written: String = attributes
            .iter()
            .map(|(name, value)| format!(r#" {name}="{}""#, escape(value.trim())))
            .collect();
        html.insert_str(tag.start + "<div".len(), &written);
    }
    Ok(html)
}

/// Removes `integrity` from `<link rel=preload as=fetch>`: browsers ignore it there and warn in
/// the console. The WebAssembly is still checked: its loader fetches it with the same digest.
pub fn drop_ignored_integrity(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find("<link") {
        let Some(end) = rest[at..].find('>').map(|e| at + e + 1) else {
            break;
        };
        let tag = &rest[at..end];
        out.push_str(&rest[..at]);
        let fetch_preload =
            tag.contains("preload") && (tag.contains("as=fetch") || tag.contains("as=\"fetch\""));
        match tag.find(" integrity=").filter(|_| fetch_preload) {
            Some(i) => {
                let value_end = tag[i + 1..]
                    .find([' ', '>'])
                    .map_or(tag.len(), |e| i + 1 + e);
                out.push_str(&tag[..i]);
                out.push_str(&tag[value_end..]);
            }
            None => out.push_str(tag),
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// The contents of every inline element `<tag ...>...</tag>` that has no `src`.
fn inline_contents<'a>(html: &'a str, tag: &str) -> Vec<&'a str> {
    let open = format!("<{tag}");
    let close = format!("</{tag}>");
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(at) = html[from..].find(&open) {
        let start = from + at;
        let Some(tag_end) = html[start..].find('>').map(|i| start + i + 1) else {
            break;
        };
        let Some(end) = html[tag_end..].find(&close).map(|i| tag_end + i) else {
            break;
        };
        let attributes = &html[start..tag_end];
        let boundary = attributes
            .as_bytes()
            .get(open.len())
            .is_some_and(|b| *b == b'>' || b.is_ascii_whitespace());
        // Data blocks (the briefing, the catalogs, JSON-LD) are never run: no hash for them.
        let data = attributes.contains("application/");
        if boundary && !attributes.contains(" src=") && !data {
            found.push(&html[tag_end..end]);
        }
        from = end + close.len();
    }
    found
}

/// The template's inline boot script (the one classic `<script>`) and its inline style.
pub fn boot_and_style(template: &str) -> Option<(&str, &str)> {
    let inner = |open: &str, close: &str| {
        let start = template.find(open)? + open.len();
        let end = start + template[start..].find(close)?;
        Some(&template[start..end])
    };
    Some((
        inner("<script>", "</script>")?,
        inner("<style>", "</style>")?,
    ))
}

fn sha256_source(content: &str) -> String {
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(Sha256::digest(content.as_bytes()))
    )
}

/// The page's Content-Security-Policy: its own files only, inline code only by hash, no eval
/// (WebAssembly needs `'wasm-unsafe-eval'`), no plugins, no `<base>`, no form posts.
pub fn content_security_policy(html: &str) -> String {
    let hashes = |tag: &str| {
        let mut found: Vec<String> = Vec::new();
        for hash in inline_contents(html, tag).into_iter().map(sha256_source) {
            if !found.contains(&hash) {
                found.push(hash);
            }
        }
        found
    };
    let scripts = hashes("script");
    let styles = hashes("style");
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'{}; style-src 'self'{}; img-src 'self' data:; \
         connect-src 'self'; worker-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'",
        scripts.iter().map(|h| format!(" {h}")).collect::<String>(),
        styles.iter().map(|h| format!(" {h}")).collect::<String>(),
    )
}

/// Left by Trunk in its live-reload script, which only `trunk serve` injects.
const TRUNK_SERVE_PLACEHOLDER: &str = "{{__TRUNK_ADDRESS__}}";

/// Puts the policy first in `<head>`, right after the character set, before anything it governs.
pub fn add_csp(html: &str, policy: &str) -> Result<String, String> {
    // `trunk serve` fills its live-reload script in per request, so no hash taken here could
    // allow it: pages it serves go without the policy (release builds, which ship, keep it).
    if html.contains(TRUNK_SERVE_PLACEHOLDER) {
        return Ok(html.to_string());
    }
    let charset = start_tag(html, "<meta charset")
        .ok_or("index.html has no <meta charset> to put the policy after")?;
    let mut html = html.to_string();
    html.insert_str(
        charset.end,
        &format!(r#"<meta http-equiv="Content-Security-Policy" content="{policy}">"#),
    );
    Ok(html)
}

/// The export line of wasm-bindgen's glue that Trunk's minifier cannot parse.
const GLUE_EXPORT: &str = "export { initSync, __wbg_init as default };";

/// wasm-bindgen's JavaScript glue, minified. Trunk runs the same minifier on it but gives up
/// on one export line (`__wbg_init as default`), shipping 1.5 KB (brotli) more than needed;
/// written as two exports the minifier can read, the module means the same.
pub fn minify_glue(js: &str) -> Result<String, String> {
    if !js.contains(GLUE_EXPORT) {
        return Err("the wasm-bindgen glue no longer ends as expected; update minify_glue".into());
    }
    let js = js.replace(
        GLUE_EXPORT,
        "export default __wbg_init;\nexport { initSync };",
    );
    let session = minify_js::Session::new();
    let mut out = Vec::new();
    minify_js::minify(
        &session,
        minify_js::TopLevelMode::Module,
        js.as_bytes(),
        &mut out,
    )
    .map_err(|e| format!("cannot minify the wasm-bindgen glue: {e:?}"))?;
    String::from_utf8(out).map_err(|e| e.to_string())
}

/// Every classic inline script (`<script>` with neither `src` nor `type`), minified: Trunk
/// inlines `static/boot.js` as written, comments and all. A script the minifier cannot read
/// stays as it was.
pub fn minify_inline_scripts(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find("<script>") {
        let body = at + "<script>".len();
        let Some(end) = rest[body..].find("</script>").map(|e| body + e) else {
            break;
        };
        out.push_str(&rest[..body]);
        let session = minify_js::Session::new();
        let mut small = Vec::new();
        let script = &rest[body..end];
        match minify_js::minify(
            &session,
            minify_js::TopLevelMode::Global,
            script.as_bytes(),
            &mut small,
        ) {
            Ok(()) => out.push_str(&String::from_utf8_lossy(&small)),
            Err(_) => out.push_str(script),
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// The Subresource Integrity value Trunk writes for a file.
fn integrity(bytes: &[u8]) -> String {
    format!(
        "sha384-{}",
        base64::engine::general_purpose::STANDARD.encode(Sha384::digest(bytes))
    )
}

/// Points the page's integrity check for a file that changed at its new contents.
pub fn update_integrity(html: &str, old: &[u8], new: &[u8]) -> String {
    html.replace(&integrity(old), &integrity(new))
}

/// The web app manifest that makes the explorer installable, in the page's first language.
/// `assets` is where the icons' folder is, relative to the manifest.
pub fn manifest(title: &str, t: &Catalog, assets: &str) -> String {
    let name: String = title.chars().take(60).collect();
    let icon = |src: &str, sizes: &str, kind: &str| {
        let mut icon =
            serde_json::json!({ "src": format!("{assets}{src}"), "sizes": sizes, "type": kind });
        if kind == "image/png" {
            icon["purpose"] = "any maskable".into();
        }
        icon
    };
    let manifest = serde_json::json!({
        "name": name,
        "short_name": t.t(Msg::ManifestShortName),
        "description": t.t(Msg::ManifestDescription),
        "lang": t.code,
        "dir": t.dir.as_str(),
        "start_url": "./",
        "scope": "./",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": "#0b5cad",
        "icons": [
            icon("icons/icon-192.png", "192x192", "image/png"),
            icon("icons/icon-512.png", "512x512", "image/png"),
            icon("icons/icon.svg", "any", "image/svg+xml"),
        ],
    });
    serde_json::to_string_pretty(&manifest).expect("a JSON value always serializes") + "\n"
}

/// Whether Trunk gave the file a content hash, so it can be cached forever.
pub fn is_hashed(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    let stem = name
        .split('.')
        .next()
        .unwrap_or(name)
        .trim_end_matches("_bg");
    stem.rsplit_once('-').is_some_and(|(_, hash)| {
        (8..=16).contains(&hash.len()) && hash.bytes().all(|b| b.is_ascii_hexdigit())
    })
}

/// The explorer's files whose names do not change with their content: checked on every use.
const REVALIDATE: [&str; 4] = ["/", "/index.html", "/sw.js", "/embed.js"];

/// Headers for hosts that read a `_headers` file (Netlify, Cloudflare Pages, and others):
/// `hashed` files are cached for good; the explorer's unhashed files and the build's own
/// (`also_revalidate`) are checked on every use.
pub fn headers(policy: &str, hashed: &[String], also_revalidate: &[&str]) -> String {
    let mut out = String::from(
        "# Written by the build. Hosts without _headers support: send the same headers yourself.\n\
         /*\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin\n",
    );
    // frame-ancestors only works as a header; allow every site to embed, or list yours instead.
    out += &format!("  Content-Security-Policy: {policy}; frame-ancestors *\n");
    out += "  Permissions-Policy: camera=(), microphone=(), geolocation=()\n";
    // Public files: lets a frame sandboxed without allow-same-origin load the modules.
    out += "  Access-Control-Allow-Origin: *\n";
    for path in REVALIDATE.iter().chain(also_revalidate) {
        out += &format!("{path}\n  Cache-Control: no-cache\n");
    }
    for file in hashed.iter().filter(|f| is_hashed(f)) {
        out += &format!("/{file}\n  Cache-Control: public, max-age=31536000, immutable\n");
    }
    // Chromium fetches the page's icon again on every change of the URL, that is on every
    // filter click: let it come from the HTTP cache. Icons rarely change; a day is enough.
    out += "/icons/*\n  Cache-Control: public, max-age=86400\n";
    out
}

/// Every file of the build with a revision (the start of its SHA-256), in path order.
pub fn precache(files: &[(String, Vec<u8>)]) -> Vec<(String, String)> {
    let mut list: Vec<(String, String)> = files
        .iter()
        .map(|(path, bytes)| {
            (
                path.clone(),
                format!("{:x}", Sha256::digest(bytes))[..16].to_string(),
            )
        })
        .collect();
    list.sort();
    list
}

/// The service worker for this set of files: its cache is named by a hash of the precache list
/// (a new deploy, a new cache); the pages a reader opens are kept in a second cache named by
/// the assets alone (`.html` files aside), since a page only works with the assets it was
/// built with.
pub fn service_worker(template: &str, precache: &[(String, String)]) -> String {
    let list = |entries: &mut dyn Iterator<Item = &(String, String)>| {
        let entries: Vec<String> = entries
            .map(|(path, revision)| format!("[\"{path}\",\"{revision}\"]"))
            .collect();
        format!("[{}]", entries.join(","))
    };
    let all = list(&mut precache.iter());
    let assets = list(&mut precache.iter().filter(|(path, _)| !path.ends_with(".html")));
    let id = |text: &str| format!("{:x}", Sha256::digest(text.as_bytes()))[..16].to_string();
    template
        .replace("'__BUILD__'", &format!("'{}'", id(&all)))
        .replace("'__ASSETS__'", &format!("'{}'", id(&assets)))
        .replace("__PRECACHE__", &all)
}

/// Points a page at assets that live elsewhere (`prefix`, e.g. `../`): every `./name` of a
/// shared file (`names`) and the icons' folder. The template refers to them as `./name` in its
/// loader and links, and to `icons/` bare.
pub fn relocate(html: &str, prefix: &str, names: &[String]) -> String {
    if prefix == "./" {
        return html.to_string();
    }
    let mut html = html.to_string();
    for name in names {
        html = html.replace(&format!("./{name}"), &format!("{prefix}{name}"));
    }
    for quote in ["=", "=\""] {
        html = html.replace(
            &format!("href{quote}icons/"),
            &format!("href{quote}{prefix}icons/"),
        );
    }
    html
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Briefing Explorer</title><meta name="description" content=""><script>boot()</script><style>p{}</style><script type="module">import init from './a-0123456789abcdef.js';</script><script src="./child-0123456789abcdef.js" defer></script></head><body><div id="explorer-alert" role="alert"></div><div id="explorer-update" role="status"></div><div id="app"></div></body></html>"#;

    /// The same page as Trunk's minifier writes it.
    const MINIFIED: &str = "<!doctype html><html lang=en><meta charset=utf-8><title>Briefing Explorer</title><meta name=description><script>boot()</script><body><div id=explorer-alert role=alert></div><div id=explorer-update role=status></div><div id=app></div>";

    const HERE: Place = Place {
        assets: "./",
        service_worker: Some("./sw.js"),
    };

    fn catalog(code: &str) -> &'static Catalog {
        briefing::lang::catalog(code).unwrap()
    }

    #[test]
    fn the_prerender_goes_into_the_root() {
        for page in [PAGE, MINIFIED] {
            let ld = serde_json::json!({ "claim": "</script><script>alert(1)" });
            let html = insert_prerender(
                page,
                "<main>claims</main>",
                &[("briefing-data", "BRF2|v|"), ("catalog-data", "CAT1|0|")],
                Some(&ld),
            )
            .unwrap();
            assert!(
                html.contains(r#"<script type="application/ld+json">{"claim":"\u003c/script>\u003cscript>alert(1)"}</script>"#),
                "JSON-LD cannot close its element: {html}"
            );
            assert!(html.contains(r#"<script type="application/x-briefing" id="briefing-data">BRF2|v|</script><script type="application/x-briefing" id="catalog-data">CAT1|0|</script><div id="app"><main>claims</main></div>"#));
            assert_eq!(
                content_security_policy(&html),
                content_security_policy(page),
                "the data block is not code"
            );
        }
        assert!(insert_prerender("<body></body>", "x", &[], None).is_err());
        assert!(insert_prerender(PAGE, "x", &[("d", "</script>")], None).is_err());
    }

    #[test]
    fn the_head_names_the_briefing_safely_in_its_language() {
        let b = Briefing {
            title: "Talks <b>& more</b>".into(),
            summary: "A  lede\nin \"two\" lines".into(),
            ..Briefing::default()
        };
        for page in [PAGE, MINIFIED] {
            let html = set_head(page, &b, "abc1234", catalog("en"), HERE).unwrap();
            assert!(html.contains(
                "<title>Talks &lt;b&gt;&amp; more&lt;/b&gt; · Briefing Explorer</title>"
            ));
            assert_eq!(
                html.matches("name=\"description\"").count()
                    + html.matches("name=description").count(),
                1
            );
            assert!(html.contains(
                r#"<meta name="description" content="A lede in &quot;two&quot; lines">"#
            ));
            assert!(
                html.contains(
                    r#"<html lang="en" dir="ltr" data-build="abc1234" data-sw="./sw.js">"#
                ),
                "{html}"
            );
            assert_eq!(html.matches("lang=").count(), 1, "{html}");
            assert!(html.contains(r#"data-message="Something went wrong"#));
            assert!(html.contains(r#"data-message="A newer version of this briefing is available." data-reload="Reload""#), "{html}");
            let in_site = Place {
                assets: "../",
                service_worker: None,
            };
            let spanish = set_head(page, &b, "abc1234", catalog("es"), in_site).unwrap();
            assert!(
                !spanish.contains("data-sw"),
                "no worker for a development build"
            );
            assert!(spanish.contains(r#"data-assets="../""#));
            assert!(spanish.contains(r#"<html lang="es" dir="ltr""#));
            assert!(spanish.contains("· Explorador de informes</title>"));
            let arabic = set_head(page, &b, "abc1234", catalog("ar"), HERE).unwrap();
            assert!(arabic.contains(r#"<html lang="ar" dir="rtl""#));
        }
    }

    #[test]
    fn every_inline_script_and_style_is_allowed_by_hash_and_nothing_else_inline() {
        let policy = content_security_policy(PAGE);
        assert_eq!(policy.matches("'sha256-").count(), 3, "{policy}");
        assert!(policy.contains(&sha256_source("boot()")));
        assert!(policy.contains(&sha256_source(
            "import init from './a-0123456789abcdef.js';"
        )));
        assert!(policy.contains(&format!("style-src 'self' {}", sha256_source("p{}"))));
        for required in [
            "default-src 'self'",
            "base-uri 'none'",
            "form-action 'none'",
            "object-src 'none'",
            "'wasm-unsafe-eval'",
        ] {
            assert!(policy.contains(required), "{required}");
        }
        assert!(!policy.contains("unsafe-inline") && !policy.contains("'unsafe-eval'"));
        for page in [PAGE, MINIFIED] {
            let html = add_csp(page, &policy).unwrap();
            let meta = html.find("Content-Security-Policy").unwrap();
            assert!(
                meta < html.find("<script").unwrap(),
                "the policy comes before every script"
            );
        }
        // Under `trunk serve` the live-reload script changes per request: no policy at all,
        // rather than one that blocks it.
        let served = PAGE.replace(
            "</body>",
            "<script>const address = '{{__TRUNK_ADDRESS__}}';</script></body>",
        );
        assert!(!add_csp(&served, &policy)
            .unwrap()
            .contains("Content-Security-Policy"));
    }

    #[test]
    fn integrity_goes_only_where_browsers_ignore_it() {
        let html = "<link as=fetch crossorigin href=./a_bg.wasm integrity=sha384-abc rel=preload type=application/wasm><link href=./a.js integrity=sha384-def rel=modulepreload>";
        assert_eq!(
            drop_ignored_integrity(html),
            "<link as=fetch crossorigin href=./a_bg.wasm rel=preload type=application/wasm><link href=./a.js integrity=sha384-def rel=modulepreload>"
        );
    }

    #[test]
    fn a_page_of_a_site_finds_the_shared_assets_above_it() {
        let names = vec!["a-0123456789abcdef.js".to_string()];
        let html = relocate(
            r#"<link href=icons/icon.svg rel=icon><script type=module>import init from './a-0123456789abcdef.js';</script><link href="manifest.webmanifest">"#,
            "../",
            &names,
        );
        assert_eq!(
            html,
            r#"<link href=../icons/icon.svg rel=icon><script type=module>import init from '../a-0123456789abcdef.js';</script><link href="manifest.webmanifest">"#
        );
        assert_eq!(relocate(PAGE, "./", &names), PAGE);
    }

    #[test]
    fn hashed_files_are_told_apart() {
        for (path, hashed) in [
            ("briefing-explorer-0123456789abcdef_bg.wasm", true),
            ("briefing-explorer-0123456789abcdef.js", true),
            ("child-89abcdef01234567.js", true),
            ("embed.js", false),
            ("index.html", false),
            ("icons/icon-192.png", false),
        ] {
            assert_eq!(is_hashed(path), hashed, "{path}");
        }
        let headers = headers(
            "default-src 'self'",
            &["index.html".into(), "a-0123456789abcdef.js".into()],
            &["/feed.xml"],
        );
        assert!(!headers.contains("/index.html\n  Cache-Control: public"));
        assert!(headers.contains(
            "/a-0123456789abcdef.js\n  Cache-Control: public, max-age=31536000, immutable"
        ));
        assert!(headers.contains("/index.html\n  Cache-Control: no-cache"));
        assert!(headers.contains("/feed.xml\n  Cache-Control: no-cache"));
        assert!(headers.contains("/icons/*\n  Cache-Control: public, max-age=86400"));
        assert!(headers.contains("frame-ancestors"));
    }

    #[test]
    fn the_worker_knows_every_file_and_changes_with_them() {
        let files = vec![
            ("b.js".to_string(), b"b".to_vec()),
            ("a.html".to_string(), b"a".to_vec()),
        ];
        let list = precache(&files);
        assert_eq!(
            list.iter().map(|(p, _)| p.as_str()).collect::<Vec<_>>(),
            ["a.html", "b.js"]
        );
        let template =
            "const BUILD = '__BUILD__'; const ASSETS = '__ASSETS__'; const PRECACHE = __PRECACHE__;";
        let one = service_worker(template, &list);
        assert!(one.contains(r#"["a.html","ca978112ca1bbdca"]"#), "{one}");
        let assets = |sw: &str| sw[sw.find("ASSETS").unwrap()..][..30].to_string();
        let page_changed = service_worker(
            template,
            &precache(&[
                ("a.html".to_string(), b"A".to_vec()),
                ("b.js".to_string(), b"b".to_vec()),
            ]),
        );
        assert_ne!(
            one[..40],
            page_changed[..40],
            "a new deploy gets a new cache"
        );
        assert_eq!(
            assets(&one),
            assets(&page_changed),
            "opened pages stay while the assets do"
        );
        let assets_changed = service_worker(
            template,
            &precache(&[
                ("a.html".to_string(), b"a".to_vec()),
                ("b.js".to_string(), b"B".to_vec()),
            ]),
        );
        assert_ne!(assets(&one), assets(&assets_changed));
    }

    #[test]
    fn the_glue_is_minified_and_its_integrity_follows() {
        let glue = "function __wbg_init(module_or_path) {\n    const longName = module_or_path;\n    return longName;\n}\nfunction initSync(module) { return module; }\nexport { initSync, __wbg_init as default };\n";
        let small = minify_glue(glue).unwrap();
        assert!(small.len() < glue.len(), "{small}");
        assert!(small.contains("export default") && small.contains("initSync"));
        assert!(minify_glue("export { other };").is_err());
        let html = format!(
            r#"<link href=./a.js integrity={} rel=modulepreload>"#,
            integrity(glue.as_bytes())
        );
        let updated = update_integrity(&html, glue.as_bytes(), small.as_bytes());
        assert!(updated.contains(&integrity(small.as_bytes())), "{updated}");
    }

    #[test]
    fn inline_scripts_lose_their_comments_and_keep_their_meaning() {
        let html = "<script>// a comment\n(function (root) { var longName = 1; root.x = longName; })(document);</script><script type=module>import a from './a.js';</script>";
        let small = minify_inline_scripts(html);
        assert!(!small.contains("a comment"), "{small}");
        assert!(
            small.contains(".x=") && !small.contains("longName"),
            "{small}"
        );
        assert!(small.len() < html.len());
        assert!(small.ends_with("<script type=module>import a from './a.js';</script>"));
    }

    #[test]
    fn the_manifest_is_json_with_installable_icons_in_the_page_language() {
        let manifest = manifest("A \"quoted\" title", catalog("es"), "../");
        assert!(
            manifest.contains(r#""src": "../icons/icon-512.png""#),
            "{manifest}"
        );
        assert!(manifest.contains(r#""name": "A \"quoted\" title""#));
        assert!(manifest.contains(r#""short_name": "Informe""#));
        assert!(manifest.contains(r#""lang": "es""#));
        assert!(manifest.contains("icon-512.png"));
    }
}
