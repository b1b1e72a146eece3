//! Finds the languages: every folder `lang/<code>/` with its data files. `messages.toml` is
//! the page's words in the language (a catalog); with `status.toml` and `topics.toml` the rules
//! read briefings in it too; `outlets.toml` names the outlets that publish in it, whatever the
//! language of the briefing. Adding a language adds a folder; the code that reads them
//! (`lang.rs`, `outlet.rs`) does not change.

use std::path::Path;

fn main() {
    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let lang = Path::new(&manifest).join("lang");
    println!("cargo::rerun-if-changed={}", lang.display());
    let mut codes: Vec<String> = std::fs::read_dir(&lang)
        .expect("crates/briefing/lang/ holds the languages")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    codes.sort();
    let include = |code: &str, file: &str| {
        let path = lang.join(code).join(format!("{file}.toml"));
        // A file a language does not have is not watched (cargo would rebuild every time);
        // the language's folder is, so adding one is noticed.
        println!("cargo::rerun-if-changed={}", lang.join(code).display());
        path.exists().then(|| {
            println!("cargo::rerun-if-changed={}", path.display());
            format!("include_str!({:?})", path.display().to_string())
        })
    };
    let mut languages = String::from("&[\n");
    let mut outlets = String::from("&[\n");
    let mut catalogs = String::from("&[\n");
    for code in &codes {
        if let (Some(status), Some(topics)) = (include(code, "status"), include(code, "topics")) {
            languages += &format!(
                "    RuleFiles {{ code: {code:?}, status: {status}, topics: {topics} }},\n"
            );
        }
        if let Some(file) = include(code, "outlets") {
            outlets += &format!("    ({code:?}, {file}),\n");
        }
        if let Some(file) = include(code, "messages") {
            catalogs += &format!("    ({code:?}, {file}),\n");
        }
    }
    languages += "]\n";
    outlets += "]\n";
    catalogs += "]\n";
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let write = |name: &str, text: &str| {
        std::fs::write(Path::new(&out).join(name), text).expect("OUT_DIR is writable")
    };
    write("languages.rs", &languages);
    write("outlets.rs", &outlets);
    write("catalogs.rs", &catalogs);
}
