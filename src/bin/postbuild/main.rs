//! Runs after Trunk has written the site to its staging directory, in this order, because each
//! step reads what the one before wrote:
//! 1. prerender the explorer into `index.html` with Yew's server renderer (readable without
//!    JavaScript, painted before the WebAssembly loads, then hydrated);
//! 2. name the page after the briefing and mark the build;
//! 3. allow the page's inline scripts and styles by hash in a Content-Security-Policy (not
//!    under `trunk serve`, whose live-reload script changes per request);
//! 4. write the web app manifest and a `_headers` file for static hosts;
//! 5. write the service worker with the precache list of every file, `index.html` included.
//!
//! Usage: run by Trunk with `TRUNK_STAGING_DIR` set, or `postbuild DIR` on a built site.

mod site;

use std::path::{Path, PathBuf};
use std::rc::Rc;

use briefing_explorer::bundle::Explorer;

const SERVICE_WORKER: &str = include_str!("sw.js");

fn main() {
    let dir = std::env::var_os("TRUNK_STAGING_DIR")
        .or_else(|| std::env::args_os().nth(1))
        .map(PathBuf::from);
    let Some(dir) = dir else {
        eprintln!("postbuild: set TRUNK_STAGING_DIR or pass the built site's directory");
        std::process::exit(2);
    };
    if let Err(message) = run(&dir) {
        eprintln!("postbuild: {message}");
        std::process::exit(1);
    }
}

fn run(dir: &Path) -> Result<(), String> {
    let index_path = dir.join("index.html");
    let html = std::fs::read_to_string(&index_path)
        .map_err(|e| format!("{}: {e}", index_path.display()))?;
    let explorer = Explorer::bundled();
    let body = prerender(explorer.clone());
    let html = site::insert_prerender(&html, &body)?;
    let html = site::set_head(
        &html,
        &explorer.briefing.title,
        &explorer.briefing.summary,
        explorer.version,
    )?;
    let html = site::drop_ignored_integrity(&html);
    let policy = site::content_security_policy(&html);
    let html = site::add_csp(&html, &policy)?;
    write(&index_path, html.as_bytes())?;
    write(
        &dir.join("manifest.webmanifest"),
        site::manifest(&explorer.briefing.title).as_bytes(),
    )?;

    let mut files = Vec::new();
    collect(dir, dir, &mut files)?;
    files.retain(|(path, _)| path != "sw.js" && path != "_headers");
    let names: Vec<String> = files.iter().map(|(path, _)| path.clone()).collect();
    write(
        &dir.join("_headers"),
        site::headers(&policy, &names).as_bytes(),
    )?;
    let precache = site::precache(&files);
    write(
        &dir.join("sw.js"),
        site::service_worker(SERVICE_WORKER, &precache, explorer.version).as_bytes(),
    )?;
    Ok(())
}

/// The explorer's first render, as the browser's first render will be (default state).
fn prerender(explorer: Rc<Explorer>) -> String {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a current-thread runtime starts");
    tokio::task::LocalSet::new().block_on(&runtime, briefing_explorer::prerender::page(explorer))
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), String> {
    std::fs::write(path, bytes).map_err(|e| format!("{}: {e}", path.display()))
}

/// Every file under `dir`, as a `/`-separated path relative to `root` with its contents.
fn collect(root: &Path, dir: &Path, files: &mut Vec<(String, Vec<u8>)>) -> Result<(), String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.is_dir() {
            collect(root, &path, files)?;
        } else {
            let relative = path.strip_prefix(root).map_err(|e| e.to_string())?;
            let name = relative
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/");
            files.push((
                name,
                std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?,
            ));
        }
    }
    Ok(())
}
