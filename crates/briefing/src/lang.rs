//! The languages, each a folder of data files under `crates/briefing/lang/` (found by
//! `build.rs` and compiled in): its catalog (`messages.toml`: the page's words, its plural
//! rules, months, and the frequent words that tell it apart), and, where written, the rules
//! that read briefings in it (`status.toml`, `topics.toml`). Code never branches on a
//! language; it looks one up here. (Outlet names are read by `outlet`.)

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::Deserialize;

use crate::i18n::{Catalog, Category, Dir, FORMS, KEYS};
use crate::rules::status::StatusRules;
use crate::rules::topics::TopicRules;
use crate::text::{fold, words};

/// A language's rule files as compiled in.
struct RuleFiles {
    code: &'static str,
    status: &'static str,
    topics: &'static str,
}

const RULES: &[RuleFiles] = include!(concat!(env!("OUT_DIR"), "/languages.rs"));
const CATALOGS: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/catalogs.rs"));

/// The rules that read briefings in one language.
pub struct Language {
    /// BCP 47, e.g. `en`, `es`.
    pub code: &'static str,
    pub status: StatusRules,
    pub topics: TopicRules,
}

fn read_rules(files: &RuleFiles) -> Result<Language, String> {
    let place = |file: &str, e: String| format!("lang/{}/{file}.toml: {e}", files.code);
    Ok(Language {
        code: files.code,
        status: StatusRules::parse(files.status).map_err(|e| place("status", e))?,
        topics: TopicRules::parse(files.topics).map_err(|e| place("topics", e))?,
    })
}

/// Every language with rules, read once. The files are part of the program, checked by its
/// tests, so one that does not read is a bug in the build, not bad input.
pub fn languages() -> &'static [Language] {
    static LANGUAGES: OnceLock<Vec<Language>> = OnceLock::new();
    LANGUAGES.get_or_init(|| {
        RULES
            .iter()
            .map(|f| read_rules(f).unwrap_or_else(|e| panic!("{e}")))
            .collect()
    })
}

/// The rules for briefings in `code`, if there are any.
pub fn language(code: &str) -> Option<&'static Language> {
    languages().iter().find(|l| l.code == code)
}

/// English: the rules and catalog used where a language has none of its own.
pub fn english() -> &'static Language {
    language("en").expect("lang/en/ is part of the program")
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CatalogFile {
    language: LanguageEntry,
    messages: BTreeMap<String, MessageEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LanguageEntry {
    name: String,
    dir: String,
    plural: BTreeMap<String, String>,
    months: Vec<String>,
    stopwords: Vec<String>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum MessageEntry {
    Text(String),
    Plural(BTreeMap<String, String>),
}

/// A catalog as read, with its stop words and what was wrong with it.
struct ReadCatalog {
    catalog: Catalog,
    stopwords: Vec<String>,
    /// Messages it lacks (filled in from English) or has that no one asks for.
    problems: Vec<String>,
}

fn read_catalog(code: &str, text: &str, english: Option<&Catalog>) -> Result<ReadCatalog, String> {
    let place = |e: String| format!("lang/{code}/messages.toml: {e}");
    let file: CatalogFile = toml::from_str(text).map_err(|e| place(e.to_string()))?;
    let dir = match file.language.dir.as_str() {
        "ltr" => Dir::Ltr,
        "rtl" => Dir::Rtl,
        other => return Err(place(format!("dir is \"ltr\" or \"rtl\", not \"{other}\""))),
    };
    let rules: Vec<(String, String)> = file.language.plural.into_iter().collect();
    let plural = crate::plural::plural_rules(&rules).map_err(place)?;
    if file.language.months.len() != 12 {
        return Err(place("months lists the twelve months".into()));
    }
    let mut problems = Vec::new();
    let mut forms = vec![String::new(); KEYS.len() * FORMS];
    for (i, key) in KEYS.iter().enumerate() {
        let at = i * FORMS;
        match file.messages.get(*key) {
            Some(MessageEntry::Text(text)) => forms[at + Category::Other as usize] = text.clone(),
            Some(MessageEntry::Plural(plural)) => {
                for (category, text) in plural {
                    let category = Category::parse(category).ok_or_else(|| {
                        place(format!("`{category}` in `{key}` is not a plural category"))
                    })?;
                    forms[at + category as usize] = text.clone();
                }
                if forms[at + Category::Other as usize].is_empty() {
                    return Err(place(format!("`{key}` has no `other` form")));
                }
            }
            None => {
                problems.push(format!("lang/{code}/messages.toml lacks `{key}`"));
                let english = english.ok_or_else(|| place(format!("`{key}` is missing")))?;
                forms[at..at + FORMS].clone_from_slice(&english.forms[at..at + FORMS]);
            }
        }
    }
    for key in file.messages.keys() {
        if !KEYS.contains(&key.as_str()) {
            problems.push(format!(
                "lang/{code}/messages.toml has `{key}`, which no page shows"
            ));
        }
    }
    Ok(ReadCatalog {
        catalog: Catalog {
            code: code.to_string(),
            name: file.language.name,
            dir,
            plural,
            months: file.language.months,
            forms,
        },
        stopwords: file.language.stopwords.iter().map(|w| fold(w)).collect(),
        problems,
    })
}

fn read_catalogs() -> Result<Vec<ReadCatalog>, String> {
    let english_text = CATALOGS
        .iter()
        .find(|(code, _)| *code == "en")
        .ok_or("lang/en/messages.toml is part of the program")?
        .1;
    let english = read_catalog("en", english_text, None)?;
    let mut all = Vec::new();
    for (code, text) in CATALOGS {
        if *code == "en" {
            continue;
        }
        all.push(read_catalog(code, text, Some(&english.catalog))?);
    }
    all.insert(0, english);
    Ok(all)
}

fn all_catalogs() -> &'static [ReadCatalog] {
    static CATALOGS_READ: OnceLock<Vec<ReadCatalog>> = OnceLock::new();
    CATALOGS_READ.get_or_init(|| read_catalogs().unwrap_or_else(|e| panic!("{e}")))
}

/// Every catalog, English first: the languages a page can be read in.
pub fn catalogs() -> Vec<&'static Catalog> {
    all_catalogs().iter().map(|c| &c.catalog).collect()
}

/// The catalogs a page for a briefing in `code` carries: its own language's, and English,
/// the language every page can also be read in. (Each catalog costs every page about 1 KB,
/// brotli: the other languages are one build away, `[briefing] lang`, not one click.)
pub fn page_catalogs(code: &str) -> Vec<&'static Catalog> {
    let mut page = vec![catalog_or_english(code)];
    if page[0].code != "en" {
        page.push(catalog_or_english("en"));
    }
    page
}

/// The catalog for `code`, if there is one.
pub fn catalog(code: &str) -> Option<&'static Catalog> {
    all_catalogs()
        .iter()
        .map(|c| &c.catalog)
        .find(|c| c.code == code)
}

/// The catalog for `code`, or English's when there is none.
pub fn catalog_or_english(code: &str) -> &'static Catalog {
    catalog(code)
        .or_else(|| catalog("en"))
        .expect("lang/en/messages.toml is part of the program")
}

/// The most frequent words of the language `code` (English's where it has no catalog), folded:
/// they say which language a text is in, and nothing about what it says.
pub fn stopwords(code: &str) -> &'static [String] {
    let all = all_catalogs();
    let read = all
        .iter()
        .find(|c| c.catalog.code == code)
        .unwrap_or(&all[0]);
    &read.stopwords
}

/// Whether a folded word is one of the most frequent words of any language: an article, a
/// preposition, a pronoun, which a sentence-case heading never capitalises mid-way.
pub fn is_stopword(folded: &str) -> bool {
    all_catalogs()
        .iter()
        .any(|c| c.stopwords.iter().any(|s| s == folded))
}

/// What is wrong with the catalogs: messages missing (shown in English) or unknown.
pub fn catalog_problems() -> Vec<&'static str> {
    all_catalogs()
        .iter()
        .flat_map(|c| c.problems.iter().map(String::as_str))
        .collect()
}

/// The language a text is written in, among those with a catalog: the one whose frequent
/// words it uses most (English when none is used at all). Counting over the whole text, a
/// briefing that mixes languages follows its majority.
pub fn detect(text: &str) -> &'static str {
    let folded = fold(text);
    let words = words(&folded);
    let mut best = ("en", 0usize);
    for read in all_catalogs() {
        let count = words
            .iter()
            .filter(|w| read.stopwords.iter().any(|s| s == w.text))
            .count();
        if count > best.1 {
            best = (read.catalog.code.as_str(), count);
        }
    }
    best.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_reads_and_every_catalog_is_complete() {
        for files in RULES {
            if let Err(e) = read_rules(files) {
                panic!("{e}");
            }
        }
        assert!(language("en").is_some() && catalog("en").is_some());
        assert_eq!(catalog_problems(), Vec::<&str>::new());
    }

    #[test]
    fn the_language_of_a_text_is_its_most_frequent_words() {
        for (text, expected) in [
            (
                "The ship was hit by a missile off the coast of Yemen.",
                "en",
            ),
            (
                "El buque fue alcanzado por un misil frente a la costa de Yemen.",
                "es",
            ),
            (
                "Colombia estaría dispuesta a vender hasta 450 megavatios.",
                "es",
            ),
            ("أعلنت الحكومة في بيان أن السفينة تعرضت لهجوم.", "ar"),
            ("", "en"),
            ("12345 !!!", "en"),
        ] {
            assert_eq!(detect(text), expected, "{text}");
        }
    }
}
