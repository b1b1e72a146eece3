//! Finds the languages the rules know: every folder `lang/<code>/` with its data files. A
//! folder with `status.toml` and `topics.toml` is a language the rules read; `outlets.toml`
//! names the outlets that publish in it, whatever the language of the briefing. Adding a
//! language adds a folder; the code that reads them (`lang.rs`, `outlet.rs`) does not change.

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
        println!("cargo::rerun-if-changed={}", path.display());
        path.exists()
            .then(|| format!("include_str!({:?})", path.display().to_string()))
    };
    let mut languages = String::from("&[\n");
    let mut outlets = String::from("&[\n");
    for code in &codes {
        if let (Some(status), Some(topics)) = (include(code, "status"), include(code, "topics")) {
            languages += &format!(
                "    LanguageFiles {{ code: {code:?}, status: {status}, topics: {topics} }},\n"
            );
        }
        if let Some(file) = include(code, "outlets") {
            outlets += &format!("    ({code:?}, {file}),\n");
        }
    }
    languages += "]\n";
    outlets += "]\n";
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let write = |name: &str, text: &str| {
        std::fs::write(Path::new(&out).join(name), text).expect("OUT_DIR is writable")
    };
    write("languages.rs", &languages);
    write("outlets.rs", &outlets);
}
