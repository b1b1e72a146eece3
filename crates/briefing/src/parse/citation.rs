//! Citations: `[https://...]` brackets in claim text, and the check that a cited URL is a web
//! address a reader can safely follow. Knows nothing of claims or sections.

use crate::model::Date;
use crate::outlet::{date_in_path, display_domain, registrable_domain};

/// A bracketed citation found in text: its byte range (brackets included) and each URL in it
/// with the URL's own offset.
#[derive(Debug, PartialEq, Eq)]
pub struct Citation<'a> {
    pub start: usize,
    pub end: usize,
    pub urls: Vec<(usize, &'a str)>,
}

/// Longest bracket content still read as a citation; longer brackets are prose.
const MAX_CITATION: usize = 8192;

/// Finds `[scheme:...]` brackets. A bracket counts as a citation when it opens with a URL scheme
/// followed directly by the address (`[https://...]`, `[javascript:...]`), so "[Update: ...]"
/// stays prose while hostile schemes are still caught and reported.
pub fn find_citations(text: &str) -> Vec<Citation<'_>> {
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(rel) = text[from..].find('[') {
        let open = from + rel;
        from = open + 1;
        let inner_start = open + 1 + (text[open + 1..].len() - text[open + 1..].trim_start().len());
        if scheme_len(&text[inner_start..]).is_none() {
            continue;
        }
        let window_end = (inner_start + MAX_CITATION).min(text.len());
        let window = &text[inner_start..floor_char_boundary(text, window_end)];
        let Some(close_rel) = window.find([']', '[']) else {
            continue;
        };
        if window.as_bytes()[close_rel] == b'[' {
            continue;
        }
        let close = inner_start + close_rel;
        let urls = split_urls(&text[inner_start..close])
            .map(|(at, url)| (inner_start + at, url))
            .collect();
        found.push(Citation {
            start: open,
            end: close + 1,
            urls,
        });
        from = close + 1;
    }
    found
}

fn floor_char_boundary(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Splits citation content on whitespace; a comma or semicolon ends a URL only before a space,
/// since URLs (and `data:` URLs especially) may contain both.
fn split_urls(content: &str) -> impl Iterator<Item = (usize, &str)> {
    content
        .split(char::is_whitespace)
        .map(|part| part.trim_end_matches([',', ';']))
        .filter(|part| !part.is_empty())
        .map(move |part| (part.as_ptr() as usize - content.as_ptr() as usize, part))
}

/// Length of a leading `scheme:` if it is followed directly by more address.
fn scheme_len(s: &str) -> Option<usize> {
    let bytes = s.as_bytes();
    if !bytes.first()?.is_ascii_alphabetic() {
        return None;
    }
    let len = bytes
        .iter()
        .take(33)
        .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'.' | b'-'))
        .count();
    let after = bytes.get(len + 1)?;
    (bytes.get(len) == Some(&b':') && !after.is_ascii_whitespace() && *after != b']').then_some(len)
}

/// A checked web address with what a reader sees of it.
#[derive(Debug, PartialEq, Eq)]
pub struct WebAddress {
    /// The URL in normal form, used as the link and to spot repeats.
    pub url: String,
    pub domain: String,
    pub outlet: String,
    pub date: Option<Date>,
}

/// Accepts only absolute `http`/`https` URLs with a real host; the message says what is wrong
/// in words an author can act on.
pub fn check_url(raw: &str) -> Result<WebAddress, String> {
    let scheme = scheme_len(raw).map(|len| raw[..len].to_ascii_lowercase());
    match scheme.as_deref() {
        Some("http" | "https") => {}
        Some(other) => {
            return Err(format!(
                "the citation `{}` uses the `{other}:` scheme; only http and https links can be sources",
                shorten(raw)
            ))
        }
        None => return Err(format!("`{}` is not a URL; a citation needs an http or https address", shorten(raw))),
    }
    let after_scheme = &raw[raw.find(':').map_or(0, |i| i + 1)..];
    if !after_scheme.starts_with("//") {
        return Err(format!(
            "malformed URL `{}`: expected `//` after the scheme",
            shorten(raw)
        ));
    }
    let parsed =
        url::Url::parse(raw).map_err(|e| format!("malformed URL `{}`: {e}", shorten(raw)))?;
    let host = match parsed.host() {
        Some(url::Host::Domain(domain)) if domain.contains('.') && !domain.starts_with('.') => {
            domain.to_string()
        }
        Some(url::Host::Domain(_)) => {
            return Err(format!(
                "malformed URL `{}`: the host has no domain name",
                shorten(raw)
            ))
        }
        Some(host) => host.to_string(),
        None => return Err(format!("malformed URL `{}`: it has no host", shorten(raw))),
    };
    let registrable = registrable_domain(&host);
    Ok(WebAddress {
        date: date_in_path(parsed.path()),
        domain: display_domain(&host),
        outlet: registrable,
        url: parsed.into(),
    })
}

/// Keeps messages readable when a citation is huge.
fn shorten(s: &str) -> String {
    const MAX: usize = 80;
    if s.chars().count() <= MAX {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(MAX).collect::<String>())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn urls(text: &str) -> Vec<Vec<&str>> {
        find_citations(text)
            .into_iter()
            .map(|c| c.urls.into_iter().map(|(_, u)| u).collect())
            .collect()
    }

    #[test]
    fn citations_are_brackets_that_open_with_a_scheme() {
        for (text, expected) in [
            ("a claim [https://a.com/x].", vec![vec!["https://a.com/x"]]),
            (
                "two [https://a.com] [http://b.org/y]",
                vec![vec!["https://a.com"], vec!["http://b.org/y"]],
            ),
            (
                "list [https://a.com, https://b.com]",
                vec![vec!["https://a.com", "https://b.com"]],
            ),
            (
                "hostile [JavaScript:alert(1)] and [data:text/html,x]",
                vec![vec!["JavaScript:alert(1)"], vec!["data:text/html,x"]],
            ),
            (
                "[Update: the ministry replied] and [1] and [see below]",
                vec![],
            ),
            ("spaced [ https://a.com ]", vec![vec!["https://a.com"]]),
            (
                "broken [https://exa mple.com]",
                vec![vec!["https://exa", "mple.com"]],
            ),
            ("unclosed [https://a.com and more", vec![]),
        ] {
            assert_eq!(urls(text), expected, "{text}");
        }
    }

    #[test]
    fn citation_ranges_cover_the_brackets() {
        let text = "x [https://a.com] y";
        let c = &find_citations(text)[0];
        assert_eq!(&text[c.start..c.end], "[https://a.com]");
        assert_eq!(c.urls[0].0, 3);
    }

    #[test]
    fn only_web_addresses_are_sources() {
        for (raw, expected) in [
            (
                "https://www.euronews.com/2026/01/02/maduro",
                Ok(("euronews.com", "euronews.com", Some("2026-01-02"))),
            ),
            (
                "HTTPS://APNEWS.com/article/x",
                Ok(("apnews.com", "apnews.com", None)),
            ),
            ("javascript:alert(1)", Err("uses the `javascript:` scheme")),
            ("JAVASCRIPT:alert(1)", Err("uses the `javascript:` scheme")),
            ("data:text/html,<script>", Err("uses the `data:` scheme")),
            ("https:/example.com", Err("expected `//` after the scheme")),
            ("https://", Err("malformed URL")),
            ("https://exa", Err("the host has no domain name")),
            ("mple.com", Err("is not a URL")),
            ("http://[::1", Err("malformed URL")),
        ] {
            let got = check_url(raw);
            match (got, expected) {
                (Ok(a), Ok((domain, outlet, date))) => {
                    assert_eq!(
                        (a.domain.as_str(), a.outlet.as_str()),
                        (domain, outlet),
                        "{raw}"
                    );
                    assert_eq!(a.date.map(|d| d.to_string()).as_deref(), date, "{raw}");
                }
                (Err(message), Err(part)) => assert!(message.contains(part), "{raw}: {message}"),
                (got, _) => panic!("{raw}: unexpected {got:?}"),
            }
        }
    }
}
