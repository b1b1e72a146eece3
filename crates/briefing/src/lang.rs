//! The languages the rules read, each a folder of data files under `crates/briefing/lang/`
//! (found by `build.rs` and compiled in): the status cues and the topic lexicon. Code never
//! branches on a language; it looks one up here. (The names of outlets that publish in each
//! language are read by `outlet`.)

use std::sync::OnceLock;

use crate::rules::status::StatusRules;
use crate::rules::topics::TopicRules;

/// A language's data files as compiled in.
struct LanguageFiles {
    code: &'static str,
    status: &'static str,
    topics: &'static str,
}

const FILES: &[LanguageFiles] = include!(concat!(env!("OUT_DIR"), "/languages.rs"));

/// One language's rules, read from its files.
pub struct Language {
    /// BCP 47, e.g. `en`, `es`.
    pub code: &'static str,
    pub status: StatusRules,
    pub topics: TopicRules,
}

fn read(files: &LanguageFiles) -> Result<Language, String> {
    let place = |file: &str, e: String| format!("lang/{}/{file}.toml: {e}", files.code);
    Ok(Language {
        code: files.code,
        status: StatusRules::parse(files.status).map_err(|e| place("status", e))?,
        topics: TopicRules::parse(files.topics).map_err(|e| place("topics", e))?,
    })
}

/// Every language, read once. The files are part of the program, checked by its tests, so
/// one that does not read is a bug in the build, not bad input.
pub fn languages() -> &'static [Language] {
    static LANGUAGES: OnceLock<Vec<Language>> = OnceLock::new();
    LANGUAGES.get_or_init(|| {
        FILES
            .iter()
            .map(|f| read(f).unwrap_or_else(|e| panic!("{e}")))
            .collect()
    })
}

/// The language with this code, if the rules know it.
pub fn language(code: &str) -> Option<&'static Language> {
    languages().iter().find(|l| l.code == code)
}

/// English: the language of the rules when a briefing's own is not known.
pub fn english() -> &'static Language {
    language("en").expect("lang/en/ is part of the program")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_reads() {
        for files in FILES {
            if let Err(e) = read(files) {
                panic!("{e}");
            }
        }
        assert!(language("en").is_some());
    }
}
