//! Bundles the briefing into the explorer at build time: `BRIEFING=/path/to/file.md` or
//! `data/briefing.md`. A briefing with errors fails the build with `FILE:LINE:COL` messages.

use std::path::{Path, PathBuf};

use briefing::load::{edits_path, load};

fn main() {
    println!("cargo::rerun-if-env-changed=BRIEFING");
    let manifest_dir =
        PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let path = match std::env::var_os("BRIEFING").filter(|p| !p.is_empty()) {
        Some(p) => manifest_dir.join(p),
        None => manifest_dir.join("data/briefing.md"),
    };
    println!("cargo::rerun-if-changed={}", path.display());
    println!("cargo::rerun-if-changed={}", edits_path(&path).display());
    let loaded = load(&path);
    for d in &loaded.diagnostics {
        if d.is_error() {
            eprintln!("{d}");
        } else {
            println!("cargo::warning={d}");
        }
    }
    if loaded.has_errors() {
        eprintln!(
            "{}: the briefing has errors; fix them and build again",
            path.display()
        );
        std::process::exit(1);
    }
    let bytes = briefing::codec::encode(&loaded.briefing);
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    write(&out_dir.join("briefing.bin"), &bytes);
    // The version readers see beside the date: it changes whenever the bundled briefing does.
    let version = briefing::text::base32(briefing::text::fnv1a(&bytes), 7);
    write(&out_dir.join("briefing.version"), version.as_bytes());
}

fn write(path: &Path, bytes: &[u8]) {
    if std::fs::read(path).ok().as_deref() != Some(bytes) {
        std::fs::write(path, bytes)
            .unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
    }
}
