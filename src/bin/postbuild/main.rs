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
//! The briefing is `$BRIEFING` (relative to the project) or `data/briefing.md`; one with errors
//! fails the build with `FILE:LINE:COL` messages. The page carries it as a data block that the
//! explorer reads at start (`bundle`), so the WebAssembly is the same for every briefing.
//!
//! Usage: run by Trunk with `TRUNK_STAGING_DIR` set, or `postbuild DIR` on a built site.

mod site;

use std::path::{Path, PathBuf};
use std::rc::Rc;

use briefing::load::load;
use briefing_explorer::bundle::{Explorer, CATALOGS_ID, DATA_ID};

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
    let mut html = std::fs::read_to_string(&index_path)
        .map_err(|e| format!("{}: {e}", index_path.display()))?;
    // Development builds (`trunk serve`) stay readable and never register a service worker.
    let release = std::env::var("TRUNK_PROFILE").map_or(true, |p| p == "release");
    if release {
        html = minify_glue(dir, &html)?;
        html = site::minify_inline_scripts(&html);
    }
    let (data, lang) = briefing_data()?;
    let catalogs = briefing::i18n::encode(
        &briefing::lang::page_catalogs(&lang)
            .into_iter()
            .cloned()
            .collect::<Vec<_>>(),
    );
    // Read back as the browser will read it: the prerender is exactly the first render.
    let explorer = Explorer::from_page_data(&data, &catalogs)
        .map_err(|_| "the briefing or the catalogs do not read back from the page".to_string())?;
    // The whole catalog: the page's form leaves out the words only the build writes.
    let t = briefing::lang::catalog_or_english(&lang);
    let body = prerender(explorer.clone());
    let html = site::insert_prerender(
        &html,
        &body,
        &[(DATA_ID, data.as_str()), (CATALOGS_ID, catalogs.as_str())],
    )?;
    let html = site::set_head(&html, &explorer.briefing, &explorer.version, t, release)?;
    let html = site::drop_ignored_integrity(&html);
    let policy = site::content_security_policy(&html);
    let html = site::add_csp(&html, &policy)?;
    write(&index_path, html.as_bytes())?;
    write(
        &dir.join("manifest.webmanifest"),
        site::manifest(&explorer.briefing.title, t).as_bytes(),
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
        site::service_worker(SERVICE_WORKER, &precache, &explorer.version).as_bytes(),
    )?;
    Ok(())
}

/// Minifies the wasm-bindgen glue Trunk left as it was, and updates its integrity in the page.
fn minify_glue(dir: &Path, html: &str) -> Result<String, String> {
    let mut html = html.to_string();
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        if !(name.starts_with("briefing-explorer-") && name.ends_with(".js")) {
            continue;
        }
        let glue = std::fs::read_to_string(&path).map_err(|e| format!("{name}: {e}"))?;
        // Already minified (the step ran before on this directory): nothing to do.
        if !glue.contains('\n') {
            continue;
        }
        let small = site::minify_glue(&glue)?;
        eprintln!("postbuild: minified {name}, which Trunk's minifier could not read");
        write(&path, small.as_bytes())?;
        html = site::update_integrity(&html, glue.as_bytes(), small.as_bytes());
    }
    Ok(html)
}

/// The briefing to publish, in the form the page carries it, with its language. Problems are
/// printed as `FILE:LINE:COL: error|warning: message`; errors stop the build.
fn briefing_data() -> Result<(String, String), String> {
    let project = Path::new(env!("CARGO_MANIFEST_DIR"));
    let path = match std::env::var_os("BRIEFING").filter(|p| !p.is_empty()) {
        Some(p) => project.join(p),
        None => project.join("data/briefing.md"),
    };
    let loaded = load(&path);
    for d in &loaded.diagnostics {
        eprintln!("{d}");
    }
    if loaded.has_errors() {
        return Err(format!(
            "{}: the briefing has errors; fix them and build again",
            path.display()
        ));
    }
    Ok((
        briefing::codec::encode(&loaded.briefing),
        loaded.briefing.lang.clone(),
    ))
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
