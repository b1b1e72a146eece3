//! The word lists the index's search reads, so a reader can search every briefing of a site
//! of any size without downloading it: `search/w-<key>.json` maps each word starting with the
//! two letters `<key>` (hex of their UTF-8) to the briefings that have it, by their place in
//! the index (newest first); `search/m-<k>.json` describes briefings `k * CHUNK` onwards
//! (address, title, date, counts, topics); `search/keys.json` lists the `<key>`s there are. A
//! one-word search reads the keys, one list and one chunk.

use std::collections::BTreeMap;

use briefing::model::Briefing;
use briefing::text::{fold, words};

use super::index::{counts, long_date, Site};

/// Briefings per description file.
pub const CHUNK: usize = 500;

/// The folded words of a briefing a reader may search for: its title, lede, claims and labels.
pub fn words_of(b: &Briefing) -> Vec<String> {
    let mut text = format!("{}\n{}\n", b.title, b.summary);
    for claim in &b.claims {
        text.push_str(&claim.text);
        text.push('\n');
        for label in claim.group.iter().chain(&claim.label) {
            text.push_str(label);
            text.push('\n');
        }
    }
    let folded = fold(&text);
    let mut found: Vec<String> = words(&folded)
        .into_iter()
        .filter(|w| w.text.chars().count() >= 2)
        .map(|w| w.text.to_string())
        .collect();
    found.sort_unstable();
    found.dedup();
    found
}

/// The first two letters of a word, as a file name.
pub fn key(word: &str) -> String {
    let two: String = word.chars().take(2).collect();
    two.bytes().map(|b| format!("{b:02x}")).collect()
}

/// The search files of the site, by path.
pub fn files(site: &Site) -> Vec<(String, Vec<u8>)> {
    let mut lists: BTreeMap<String, BTreeMap<&str, Vec<usize>>> = BTreeMap::new();
    for (i, entry) in site.entries.iter().enumerate() {
        for word in &entry.words {
            lists
                .entry(key(word))
                .or_default()
                .entry(word.as_str())
                .or_default()
                .push(i);
        }
    }
    // Which lists exist, so a search never asks for one that does not (a 404 in the console).
    let keys: Vec<&String> = lists.keys().collect();
    let keys = serde_json::to_vec(&keys).expect("keys serialize");
    let mut files: Vec<(String, Vec<u8>)> = lists
        .into_iter()
        .map(|(key, words)| {
            let json = serde_json::to_vec(&words).expect("word lists serialize");
            (format!("search/w-{key}.json"), json)
        })
        .collect();
    files.push(("search/keys.json".into(), keys));
    for (k, chunk) in site.entries.chunks(CHUNK).enumerate() {
        let described: Vec<serde_json::Value> = chunk
            .iter()
            .map(|e| {
                let topics: Vec<&str> = e.topics.iter().map(|(id, _)| id.as_str()).collect();
                serde_json::json!([
                    e.stem,
                    e.title,
                    e.day(),
                    long_date(site.t, e.day()),
                    counts(site.t, e),
                    topics,
                    e.lang,
                ])
            })
            .collect();
        let json = serde_json::to_vec(&described).expect("descriptions serialize");
        files.push((format!("search/m-{k}.json"), json));
    }
    files
}
