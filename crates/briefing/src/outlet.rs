//! Outlets from hosts: the registrable domain that identifies an outlet (from the public
//! suffix list), its readable name (from the outlet files of every language,
//! `lang/<code>/outlets.toml`), and the publication date a URL path carries. Works on host and
//! path strings only.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::Deserialize;

use crate::model::Date;

/// Every language's outlet file as compiled in, with its language code.
const FILES: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/outlets.rs"));

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OutletsFile {
    outlet: Vec<OutletEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OutletEntry {
    domain: String,
    name: String,
}

fn read_names() -> Result<HashMap<String, String>, String> {
    let mut names = HashMap::new();
    for (code, text) in FILES {
        let file: OutletsFile =
            toml::from_str(text).map_err(|e| format!("lang/{code}/outlets.toml: {e}"))?;
        for entry in file.outlet {
            let domain = entry.domain.to_ascii_lowercase();
            if let Some(other) = names.insert(domain.clone(), entry.name) {
                return Err(format!(
                    "lang/{code}/outlets.toml: `{domain}` is named twice (also \"{other}\")"
                ));
            }
        }
    }
    Ok(names)
}

/// Readable names by domain, read once. The files are part of the program, checked by its
/// tests, so one that does not read is a bug in the build, not bad input.
fn names() -> &'static HashMap<String, String> {
    static NAMES: OnceLock<HashMap<String, String>> = OnceLock::new();
    NAMES.get_or_init(|| read_names().unwrap_or_else(|e| panic!("{e}")))
}

/// The part of a host an outlet owns: `edition.cnn.com` -> `cnn.com`, `www.bbc.co.uk` ->
/// `bbc.co.uk`, by the public suffix list. A host the outlet files name itself stays whole
/// (`abcnews.go.com` is ABC News, not all of go.com); hosts the list does not know (`localhost`,
/// an address) are their own outlet.
pub fn registrable_domain(host: &str) -> String {
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    let shown = display_domain(&host);
    if names().contains_key(&shown) {
        return shown;
    }
    match psl::domain_str(&host) {
        Some(domain) => domain.to_string(),
        None => host,
    }
}

/// The host as readers recognise it: without `www.`, `m.` or `amp.`.
pub fn display_domain(host: &str) -> String {
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    for prefix in ["www.", "m.", "amp.", "mobile."] {
        if let Some(rest) = host.strip_prefix(prefix) {
            if rest.contains('.') {
                return rest.to_string();
            }
        }
    }
    host
}

/// A readable outlet name: from the outlet files, else tidied from the domain
/// (`the-daily-star.net` -> "The Daily Star").
pub fn outlet_name(registrable: &str) -> String {
    if let Some(name) = names().get(registrable) {
        return name.clone();
    }
    let first = registrable.split('.').next().unwrap_or(registrable);
    let words: Vec<String> = first
        .split(['-', '_'])
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut chars = w.chars();
            chars
                .next()
                .map(|c| c.to_uppercase().chain(chars).collect())
                .unwrap_or_default()
        })
        .collect();
    if words.is_empty() {
        registrable.to_string()
    } else {
        words.join(" ")
    }
}

/// The date in a URL path such as `/2026/01/02/` or `/2026-01-02-`, if it is a real date.
pub fn date_in_path(path: &str) -> Option<Date> {
    let segments: Vec<&str> = path.split('/').collect();
    for window in segments.windows(3) {
        if let [y, m, d] = window {
            if y.len() == 4
                && m.len() == 2
                && d.len() >= 2
                && d.as_bytes()[..2].iter().all(u8::is_ascii_digit)
            {
                if let (Ok(y), Ok(m), Ok(d)) = (y.parse(), m.parse(), d[..2].parse()) {
                    if let Some(date) = Date::new(y, m, d) {
                        return Some(date);
                    }
                }
            }
        }
    }
    segments.iter().find_map(|segment| {
        let bytes = segment.as_bytes();
        (0..bytes.len().saturating_sub(9)).find_map(|i| {
            let candidate = segment.get(i..i + 10)?;
            let boundary_before = i == 0 || !bytes[i - 1].is_ascii_digit();
            let boundary_after = bytes.get(i + 10).is_none_or(|b| !b.is_ascii_digit());
            if boundary_before && boundary_after {
                Date::parse_iso(candidate)
            } else {
                None
            }
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outlets_are_named_for_readers() {
        for (host, id, name) in [
            ("apnews.com", "apnews.com", "AP News"),
            ("www.scmp.com", "scmp.com", "South China Morning Post"),
            (
                "www.straitstimes.com",
                "straitstimes.com",
                "The Straits Times",
            ),
            ("www.euronews.com", "euronews.com", "Euronews"),
            ("www.military.com", "military.com", "Military.com"),
            ("www.firstpost.com", "firstpost.com", "Firstpost"),
            ("edition.cnn.com", "cnn.com", "CNN"),
            ("www.bbc.co.uk", "bbc.co.uk", "BBC News"),
            ("news.example.co.jp", "example.co.jp", "Example"),
            (
                "www.the-daily-star.net",
                "the-daily-star.net",
                "The Daily Star",
            ),
            (
                "www.republicworld.com",
                "republicworld.com",
                "Republic World",
            ),
            (
                "venezuelanalysis.com",
                "venezuelanalysis.com",
                "Venezuelanalysis",
            ),
            ("localhost", "localhost", "Localhost"),
            ("www.lloydslist.com", "lloydslist.com", "Lloyd's List"),
            ("www.eltiempo.com", "eltiempo.com", "El Tiempo"),
            ("www.efe.com", "efe.com", "EFE"),
            ("www.navy.mil", "navy.mil", "U.S. Navy"),
            ("news.un.org", "un.org", "United Nations"),
            ("abcnews.go.com", "abcnews.go.com", "ABC News"),
            ("www.gov.uk", "gov.uk", "UK Government"),
            ("example.blogspot.com", "example.blogspot.com", "Example"),
            ("www.lahora.com.ec", "lahora.com.ec", "La Hora"),
        ] {
            let registrable = registrable_domain(host);
            assert_eq!(registrable, id, "{host}");
            assert_eq!(outlet_name(&registrable), name, "{host}");
        }
    }

    #[test]
    fn hundreds_of_outlets_have_names_and_each_domain_one() {
        let names = read_names().unwrap();
        assert!(names.len() >= 300, "{} outlets named", names.len());
        for (domain, name) in &names {
            assert_eq!(
                registrable_domain(domain),
                *domain,
                "`{domain}` ({name}) is not what the public suffix list makes of it"
            );
        }
    }

    #[test]
    fn display_domains_drop_mobile_and_www_prefixes() {
        assert_eq!(display_domain("www.scmp.com"), "scmp.com");
        assert_eq!(display_domain("m.example.org"), "example.org");
        assert_eq!(display_domain("www.com"), "www.com");
        assert_eq!(display_domain("edition.cnn.com"), "edition.cnn.com");
    }

    #[test]
    fn dates_come_from_paths_only_when_real() {
        for (path, expected) in [
            (
                "/national-security/2026/01/02/nicolas-maduro",
                Some("2026-01-02"),
            ),
            ("/daily-news/2026/01/02/maduro.html", Some("2026-01-02")),
            ("/2026-01-02-maduro-talks", Some("2026-01-02")),
            ("/news/2024/02/30/not-a-day", None),
            ("/article/3338465/venezuelas-maduro", None),
            ("/world/13964866.html", None),
            ("", None),
        ] {
            assert_eq!(
                date_in_path(path).map(|d| d.to_string()).as_deref(),
                expected,
                "{path}"
            );
        }
    }
}
