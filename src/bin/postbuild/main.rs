//! Runs after Trunk has written the site to its staging directory, in this order, because each
//! step reads what the one before wrote:
//! 1. prerender the explorer into `index.html` with Yew's server renderer (readable without
//!    JavaScript, painted before the WebAssembly loads, then hydrated);
//! 2. name the page after the briefing, in its language, and mark the build;
//! 3. allow the page's inline scripts and styles by hash in a Content-Security-Policy (not
//!    under `trunk serve`, whose live-reload script changes per request);
//! 4. write the web app manifest and a `_headers` file for static hosts;
//! 5. write the service worker with the precache list of every file, `index.html` included.
//!
//! The briefing is `$BRIEFING` (relative to the project) or `data/briefing.md`; one with errors
//! fails the build with `FILE:LINE:COL` messages. The page carries it as a data block that the
//! explorer reads at start (`bundle`), so the WebAssembly is the same for every briefing.
//!
//! With `BRIEFING_EXPLORER_TEMPLATE=1` (what `scripts/site` builds its assets with), only the
//! minifying is done: `index.html` stays the empty template `site` makes every page from.
//!
//! Usage: run by Trunk with `TRUNK_STAGING_DIR` set, or `postbuild DIR` on a built site.

use std::path::{Path, PathBuf};

use briefing::load::load;
use briefing_explorer::publish::page::{self, Place};
use briefing_explorer::publish::site::collect;
use briefing_explorer::publish::{render_page, SERVICE_WORKER};

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
        html = page::minify_inline_scripts(&html);
    }
    if std::env::var_os("BRIEFING_EXPLORER_TEMPLATE").is_some_and(|v| v == "1") {
        return write(&index_path, html.as_bytes());
    }
    let briefing = load_briefing()?;
    let place = Place {
        assets: "./",
        service_worker: release.then_some("./sw.js"),
    };
    let page = render_page(&html, &briefing, place, &[])?;
    write(&index_path, page.html.as_bytes())?;
    write(&dir.join("manifest.webmanifest"), page.manifest.as_bytes())?;

    let mut files = Vec::new();
    collect(dir, dir, &mut files)?;
    files.retain(|(path, _)| path != "sw.js" && path != "_headers");
    let names: Vec<String> = files.iter().map(|(path, _)| path.clone()).collect();
    write(
        &dir.join("_headers"),
        page::headers(&page.policy, &names, &["/manifest.webmanifest"]).as_bytes(),
    )?;
    let precache = page::precache(&files);
    write(
        &dir.join("sw.js"),
        page::service_worker(SERVICE_WORKER, &precache).as_bytes(),
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
        let small = page::minify_glue(&glue)?;
        eprintln!("postbuild: minified {name}, which Trunk's minifier could not read");
        write(&path, small.as_bytes())?;
        html = page::update_integrity(&html, glue.as_bytes(), small.as_bytes());
    }
    Ok(html)
}

/// The briefing to publish. Problems are printed as `FILE:LINE:COL: error|warning: message`;
/// errors stop the build.
fn load_briefing() -> Result<briefing::model::Briefing, String> {
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
    Ok(loaded.briefing)
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), String> {
    std::fs::write(path, bytes).map_err(|e| format!("{}: {e}", path.display()))
}
