//! `site SRC_DIR DEST_DIR --assets DIR [--base-url URL]`: publishes every briefing of SRC_DIR
//! into DEST_DIR (see `briefing_explorer::publish::site`). `scripts/site` builds the assets and
//! runs this. Prints problems as `FILE:LINE:COL: error|warning: message`; exits 1 when a
//! briefing was skipped for its errors (the others are published), 2 when nothing could be.
//!
//! `SITE_URL` is the default for `--base-url`; `SITE_NOW` (RFC 3339) pins the publication time,
//! for reproducible output.

use std::path::PathBuf;
use std::time::Instant;

use briefing_explorer::publish::site::{publish, Options};

fn main() {
    let started = Instant::now();
    let options = match options(std::env::args().skip(1).collect()) {
        Ok(options) => options,
        Err(message) => {
            eprintln!("site: {message}");
            eprintln!("usage: site SRC_DIR DEST_DIR --assets DIR [--base-url URL]");
            std::process::exit(2);
        }
    };
    match publish(&options) {
        Ok(outcome) => {
            for problem in &outcome.problems {
                eprintln!("{problem}");
            }
            eprintln!(
                "site: {} published, {} unchanged, {} withdrawn, {} files written to {} in {:.2} s",
                outcome.published.len(),
                outcome.unchanged,
                outcome.withdrawn.len(),
                outcome.written,
                options.dest.display(),
                started.elapsed().as_secs_f64()
            );
            if outcome.failed {
                eprintln!("site: some briefings had errors and were not published (above); their pages, if any, are unchanged");
                std::process::exit(1);
            }
        }
        Err(message) => {
            eprintln!("site: {message}");
            std::process::exit(2);
        }
    }
}

fn options(args: Vec<String>) -> Result<Options, String> {
    let mut positional = Vec::new();
    let mut assets = None;
    let mut base_url = std::env::var("SITE_URL").ok().filter(|u| !u.is_empty());
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--assets" => assets = Some(args.next().ok_or("--assets needs a folder")?),
            "--base-url" => base_url = Some(args.next().ok_or("--base-url needs an address")?),
            flag if flag.starts_with("--") => return Err(format!("unknown option {flag}")),
            _ => positional.push(arg),
        }
    }
    let [src, dest] = <[String; 2]>::try_from(positional)
        .map_err(|_| "give the folder of briefings and the folder to publish to".to_string())?;
    if let Some(url) = &base_url {
        if !(url.starts_with("https://") || url.starts_with("http://")) {
            return Err(format!(
                "the site's address `{url}` is not an http(s) address"
            ));
        }
    }
    let now = match std::env::var("SITE_NOW").ok().filter(|n| !n.is_empty()) {
        Some(now) => chrono::DateTime::parse_from_rfc3339(&now)
            .map_err(|e| format!("SITE_NOW `{now}` is not an RFC 3339 time: {e}"))?
            .to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        None => chrono::DateTime::<chrono::Utc>::from(std::time::SystemTime::now())
            .to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
    };
    Ok(Options {
        src: PathBuf::from(src),
        dest: PathBuf::from(dest),
        assets: PathBuf::from(assets.ok_or("--assets is required (scripts/site sets it)")?),
        base_url,
        now,
    })
}
