//! Outlets from hosts: the registrable domain that identifies an outlet, its readable name, and
//! the publication date a URL path carries. Works on host and path strings only.

use crate::model::Date;

/// Readable names of well-known news outlets, by registrable domain.
const KNOWN_OUTLETS: &[(&str, &str)] = &[
    ("abc.net.au", "ABC News (Australia)"),
    ("abcnews.go.com", "ABC News"),
    ("afp.com", "AFP"),
    ("aljazeera.com", "Al Jazeera"),
    ("apnews.com", "AP News"),
    ("axios.com", "Axios"),
    ("bbc.co.uk", "BBC News"),
    ("bbc.com", "BBC News"),
    ("bloomberg.com", "Bloomberg"),
    ("breitbart.com", "Breitbart"),
    ("businessinsider.com", "Business Insider"),
    ("cbc.ca", "CBC News"),
    ("cbsnews.com", "CBS News"),
    ("cnbc.com", "CNBC"),
    ("cnn.com", "CNN"),
    ("devdiscourse.com", "Devdiscourse"),
    ("dw.com", "DW"),
    ("economist.com", "The Economist"),
    ("elpais.com", "El País"),
    ("euronews.com", "Euronews"),
    ("firstpost.com", "Firstpost"),
    ("foreignpolicy.com", "Foreign Policy"),
    ("foxnews.com", "Fox News"),
    ("france24.com", "France 24"),
    ("ft.com", "Financial Times"),
    ("hindustantimes.com", "Hindustan Times"),
    ("independent.co.uk", "The Independent"),
    ("indiatimes.com", "The Times of India"),
    ("latimes.com", "Los Angeles Times"),
    ("lemonde.fr", "Le Monde"),
    ("military.com", "Military.com"),
    ("nbcnews.com", "NBC News"),
    ("npr.org", "NPR"),
    ("nypost.com", "New York Post"),
    ("nytimes.com", "The New York Times"),
    ("politico.com", "Politico"),
    ("politico.eu", "Politico Europe"),
    ("republicworld.com", "Republic World"),
    ("reuters.com", "Reuters"),
    ("scmp.com", "South China Morning Post"),
    ("skynews.com", "Sky News"),
    ("straitstimes.com", "The Straits Times"),
    ("telegraph.co.uk", "The Telegraph"),
    ("theatlantic.com", "The Atlantic"),
    ("theguardian.com", "The Guardian"),
    ("thehill.com", "The Hill"),
    ("thehindu.com", "The Hindu"),
    ("time.com", "Time"),
    ("usatoday.com", "USA Today"),
    ("voanews.com", "Voice of America"),
    ("washingtonpost.com", "The Washington Post"),
    ("wsj.com", "The Wall Street Journal"),
    ("yahoo.com", "Yahoo News"),
];

/// Second-level labels under which a country's domains are registered ("co.uk", "com.au").
const SECOND_LEVEL: &[&str] = &[
    "ac", "co", "com", "edu", "gov", "net", "org", "gob", "go", "ne", "or",
];

/// The part of a host an outlet owns: `edition.cnn.com` -> `cnn.com`, `www.bbc.co.uk` ->
/// `bbc.co.uk`. A short list of second-level labels stands in for the public suffix list.
pub fn registrable_domain(host: &str) -> String {
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    if KNOWN_OUTLETS.iter().any(|(domain, _)| *domain == host) {
        return host;
    }
    let labels: Vec<&str> = host.split('.').collect();
    let n = labels.len();
    let keep = if n >= 3 && labels[n - 1].len() == 2 && SECOND_LEVEL.contains(&labels[n - 2]) {
        3
    } else {
        2
    };
    labels[n.saturating_sub(keep)..].join(".")
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

/// A readable outlet name: from the table, else tidied from the domain
/// (`the-daily-star.net` -> "The Daily Star").
pub fn outlet_name(registrable: &str) -> String {
    if let Some((_, name)) = KNOWN_OUTLETS
        .iter()
        .find(|(domain, _)| *domain == registrable)
    {
        return (*name).to_string();
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
        ] {
            let registrable = registrable_domain(host);
            assert_eq!(registrable, id, "{host}");
            assert_eq!(outlet_name(&registrable), name, "{host}");
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
