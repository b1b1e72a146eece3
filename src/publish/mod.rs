//! Publishing (native, feature `ssr`): from briefings and the template Trunk built (the
//! explorer's shared assets and an empty page) to pages readers open.
//!
//! - `page`: the rewrites of the template into one briefing's page, pure functions.
//! - `render_page` below: a briefing's whole page, as the post-build step and `site` write it.
//! - `site`: many briefings into one site, in parallel, rewriting only what changed; with
//!   `versions` (earlier versions kept, changes recorded), `index` (the list of briefings, by
//!   topic, in pages), `search` (the index's word lists) and `feeds` (Atom, JSON Feed, sitemap).

pub mod feeds;
pub mod index;
pub mod page;
pub mod search;
pub mod site;
pub mod versions;

use std::rc::Rc;

use briefing::model::Briefing;

use crate::bundle::{Explorer, CATALOGS_ID, DATA_ID};
use page::Place;

/// The service worker's template; `page::service_worker` fills in its files.
pub const SERVICE_WORKER: &str = include_str!("sw.js");

/// A briefing's page and what goes beside it.
pub struct RenderedPage {
    pub html: String,
    /// `manifest.webmanifest`, beside the page.
    pub manifest: String,
    /// The page's Content-Security-Policy (also in its `<meta>`), for the `_headers` file.
    pub policy: String,
    /// The briefing's version, as the page shows it.
    pub version: String,
}

/// The page of `briefing` made from `template` (Trunk's `index.html`, already minified for a
/// release): the explorer prerendered from the data the page carries, read back as the
/// browser will read it, so the prerender is exactly the first render; the head in the
/// briefing's language; ClaimReview JSON-LD; the policy by hash. `assets` lists the shared
/// files the template refers to, moved to `place.assets`.
pub fn render_page(
    template: &str,
    briefing: &Briefing,
    place: Place,
    assets: &[String],
) -> Result<RenderedPage, String> {
    let data = briefing::codec::encode(briefing);
    let catalogs: Vec<_> = briefing::lang::page_catalogs(&briefing.lang)
        .into_iter()
        .cloned()
        .collect();
    let catalogs = briefing::i18n::encode(&catalogs);
    let explorer = Explorer::from_page_data(&data, &catalogs)
        .map_err(|_| "the briefing or the catalogs do not read back from the page".to_string())?;
    // The whole catalog: the page's form leaves out the words only the build writes.
    let t = briefing::lang::catalog_or_english(&briefing.lang);
    let body = prerender(explorer.clone());
    let json_ld = briefing::export::to_claimreview(briefing);
    let html = page::insert_prerender(
        template,
        &body,
        &[(DATA_ID, data.as_str()), (CATALOGS_ID, catalogs.as_str())],
        Some(&json_ld),
    )?;
    let html = page::set_head(&html, &explorer.briefing, &explorer.version, t, place)?;
    let html = page::relocate(&html, place.assets, assets);
    let html = page::drop_ignored_integrity(&html);
    let policy = page::content_security_policy(&html);
    let html = page::add_csp(&html, &policy)?;
    Ok(RenderedPage {
        html,
        manifest: page::manifest(&explorer.briefing.title, t, place.assets),
        policy,
        version: explorer.version.clone(),
    })
}

/// The explorer's first render, as the browser's first render will be (default state).
fn prerender(explorer: Rc<Explorer>) -> String {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a current-thread runtime starts");
    tokio::task::LocalSet::new().block_on(&runtime, crate::prerender::page(explorer))
}

/// Writes `bytes` at `path` so that no reader ever gets half a file (beside it, then renamed
/// over it), and only if they differ from what is there. Says whether it wrote.
pub fn write_if_changed(path: &std::path::Path, bytes: &[u8]) -> Result<bool, String> {
    if std::fs::read(path).is_ok_and(|old| old == bytes) {
        return Ok(false);
    }
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let aside = path.with_file_name(format!(".{name}.{}.tmp", std::process::id()));
    std::fs::write(&aside, bytes).map_err(|e| format!("{}: {e}", aside.display()))?;
    std::fs::rename(&aside, path).map_err(|e| {
        let _ = std::fs::remove_file(&aside);
        format!("{}: {e}", path.display())
    })?;
    Ok(true)
}
