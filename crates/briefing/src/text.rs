//! Text primitives shared by the rules and the queries: accent-insensitive folding, words, slugs
//! and stable hashes. Pure functions on `&str`; no knowledge of claims or markdown.

/// Lowercases and strips accents from the letters news text uses, so "Nicolás" and "NICOLAS"
/// compare equal. A hand table rather than Unicode normalisation: it covers Latin scripts and
/// keeps the WebAssembly small; other scripts are only lowercased.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_folded(&mut out, c);
    }
    out
}

/// Like [`fold`], and also returns, for every byte of the folded text, the byte offset in `s` of
/// the character it came from (plus one entry for the end), so matches can be mapped back.
pub fn fold_with_offsets(s: &str) -> (String, Vec<usize>) {
    let mut out = String::with_capacity(s.len());
    let mut offsets = Vec::with_capacity(s.len() + 1);
    for (i, c) in s.char_indices() {
        let before = out.len();
        push_folded(&mut out, c);
        offsets.resize(offsets.len() + (out.len() - before), i);
    }
    offsets.push(s.len());
    (out, offsets)
}

fn push_folded(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    let plain = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å'
        | 'Ā' | 'Ă' | 'Ą' => "a",
        'ç' | 'ć' | 'č' | 'Ç' | 'Ć' | 'Č' => "c",
        'ď' | 'đ' | 'Ď' | 'Đ' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' | 'È' | 'É' | 'Ê' | 'Ë' | 'Ē' | 'Ė' | 'Ę'
        | 'Ě' => "e",
        'ğ' | 'Ğ' => "g",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' | 'Ì' | 'Í' | 'Î' | 'Ï' | 'Ī' | 'Į' | 'İ' => {
            "i"
        }
        'ł' | 'ľ' | 'Ł' | 'Ľ' => "l",
        'ñ' | 'ń' | 'ň' | 'Ñ' | 'Ń' | 'Ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'Ō'
        | 'Ő' => "o",
        'ř' | 'Ř' => "r",
        'ś' | 'š' | 'ş' | 'ș' | 'Ś' | 'Š' | 'Ş' | 'Ș' => "s",
        'ť' | 'ț' | 'ţ' | 'Ť' | 'Ț' | 'Ţ' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' | 'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ū' | 'Ů' | 'Ű'
        | 'Ų' => "u",
        'ý' | 'ÿ' | 'Ý' | 'Ÿ' => "y",
        'ź' | 'ż' | 'ž' | 'Ź' | 'Ż' | 'Ž' => "z",
        'ß' | 'ẞ' => "ss",
        'æ' | 'Æ' => "ae",
        'œ' | 'Œ' => "oe",
        'þ' | 'Þ' => "th",
        '\u{2018}' | '\u{2019}' | '\u{02BC}' => "'",
        '\u{201C}' | '\u{201D}' => "\"",
        '\u{2010}'..='\u{2015}' => "-",
        '\u{00A0}' => " ",
        // Combining accents, as in text typed or pasted in decomposed form ("a\u{301}").
        '\u{0300}'..='\u{036F}' => "",
        _ => {
            out.push(lower(c));
            return;
        }
    };
    out.push_str(plain);
}

/// Lower case for the cased scripts news is written in (Latin with Vietnamese, pinyin and
/// Romanian letters, modern Greek, Cyrillic, Armenian) by their code-point layout; rarer letters
/// (the rest of Latin Extended-B, archaic Greek) only match in the case they are written. `char::to_lowercase` would be exact for every script, but its tables
/// add ~11 KB to the explorer's WebAssembly; scripts without case are unaffected either way.
fn lower(c: char) -> char {
    let n = u32::from(c);
    let lowered = match n {
        0xC0..=0xDE if n != 0xD7 => n + 0x20,
        // Latin Extended-A and -B, Cyrillic supplement: pairs of upper (even) and lower (odd).
        0x100..=0x137
        | 0x14A..=0x177
        | 0x1A0..=0x1A5
        | 0x1DE..=0x1EF
        | 0x1F8..=0x21F
        | 0x460..=0x481
        | 0x48A..=0x4BF
        | 0x4D0..=0x52F
            if n % 2 == 0 =>
        {
            n + 1
        }
        0x139..=0x148 | 0x179..=0x17E | 0x1CD..=0x1DC | 0x4C1..=0x4CE if n % 2 == 1 => n + 1,
        0x1AF => 0x1B0,
        0x4C0 => 0x4CF,
        0x386 => 0x3AC,
        0x388..=0x38A => n + 37,
        0x38C => 0x3CC,
        0x38E..=0x38F => n + 63,
        0x391..=0x3AB if n != 0x3A2 => n + 0x20,
        0x400..=0x40F => n + 0x50,
        0x410..=0x42F => n + 0x20,
        0x531..=0x556 => n + 0x30,
        0x1E00..=0x1EFF if n % 2 == 0 => n + 1,
        _ => n,
    };
    char::from_u32(lowered).unwrap_or(c)
}

/// A word of folded text with its byte range in that text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Word<'a> {
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
}

/// Splits folded text into words: runs of letters, digits and inner apostrophes ("didn't").
/// A trailing possessive "'s" is dropped so "Venezuela's" is the word "venezuela". A percent
/// sign is a word of its own, as "percent" is: "41% of voters" reads "41 % of voters".
pub fn words(folded: &str) -> Vec<Word<'_>> {
    let bytes = folded.as_bytes();
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in folded.char_indices() {
        if c == '%' {
            if let Some(s) = start.take() {
                out.push(word(folded, s, i));
            }
            out.push(word(folded, i, i + 1));
            continue;
        }
        let inner_apostrophe = c == '\''
            && start.is_some()
            && folded[i + 1..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric);
        match (c.is_alphanumeric() || inner_apostrophe, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(word(folded, s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(word(folded, s, bytes.len()));
    }
    out
}

fn word(folded: &str, start: usize, end: usize) -> Word<'_> {
    let text = &folded[start..end];
    let text = text.strip_suffix("'s").unwrap_or(text);
    Word {
        text,
        start,
        end: start + text.len(),
    }
}

/// A URL- and id-safe slug: "Drugs & Crime" becomes "drugs-crime".
pub fn slug(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in fold(s).chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

/// 64-bit FNV-1a. Chosen because it is specified, so ids derived from it never change between
/// Rust versions the way `DefaultHasher` may.
pub fn fnv1a(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}

/// The low `chars * 5` bits of `value` as Crockford-style base32 digits (no i, l, o, u).
pub fn base32(value: u64, chars: usize) -> String {
    const ALPHABET: &[u8; 32] = b"0123456789abcdefghjkmnpqrstvwxyz";
    (0..chars)
        .rev()
        .map(|i| char::from(ALPHABET[((value >> (i * 5)) & 31) as usize]))
        .collect()
}

/// Collapses runs of whitespace to one space and trims the ends.
pub fn squash_spaces(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Encodes a query value; unreserved characters and `,` stay readable.
pub fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b',') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Decodes a query value (`+` is a space); `None` for broken escapes or bytes that are not UTF-8.
pub fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = s
                    .get(i + 1..i + 3)
                    .filter(|h| h.bytes().all(|b| b.is_ascii_hexdigit()))?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_ignores_case_and_accents() {
        for (input, expected) in [
            ("Nicolás Maduro", "nicolas maduro"),
            ("ÉCONOMIE", "economie"),
            ("Straße", "strasse"),
            ("“Brother” country’s", "\"brother\" country's"),
            ("Łódź", "lodz"),
            ("Venezuela\u{301}", "venezuela"),
            ("МОСКВА Ёлка", "москва ёлка"),
            ("ΑΘΗΝΑ Ώρα", "αθηνα ώρα"),
            ("ŒUVRE ŻÓŁW Ǻ", "oeuvre zolw ǻ"),
            ("ՀԱՅ", "հայ"),
            ("北京 ÷×", "北京 ÷×"),
        ] {
            assert_eq!(fold(input), expected, "{input}");
        }
    }

    #[test]
    fn upper_and_lower_case_fold_alike_in_cased_scripts() {
        let ranges = [
            0xC0..=0x17F,
            0x1A0..=0x1A5,
            0x1AF..=0x1B0,
            0x1CD..=0x1DC,
            0x218..=0x21B,
            0x386..=0x3AB,
            0x400..=0x52F,
            0x531..=0x556,
            0x1E00..=0x1EFF,
        ];
        let mismatched: Vec<String> = ranges
            .into_iter()
            .flatten()
            .filter_map(char::from_u32)
            .filter(|c| c.is_uppercase() && c.to_lowercase().count() == 1)
            .filter(|&c| fold(&c.to_string()) != fold(&c.to_lowercase().to_string()))
            .map(|c| format!("{c} U+{:04X}", u32::from(c)))
            .collect();
        assert!(mismatched.is_empty(), "{mismatched:?}");
    }

    #[test]
    fn folded_offsets_point_back_to_the_original() {
        let s = "Ñandú ß";
        let (folded, offsets) = fold_with_offsets(s);
        assert_eq!(folded, "nandu ss");
        assert_eq!(offsets.len(), folded.len() + 1);
        let at = folded.find("du").unwrap();
        assert_eq!(&s[offsets[at]..], "dú ß");
        assert_eq!(offsets[folded.len()], s.len());
    }

    #[test]
    fn words_split_on_punctuation_keep_contractions_and_read_percent_signs() {
        for (text, expected) in [
            (
                "Venezuela's drug-smuggling boats didn't (allegedly) sail.",
                &[
                    "venezuela",
                    "drug",
                    "smuggling",
                    "boats",
                    "didn't",
                    "allegedly",
                    "sail",
                ][..],
            ),
            (
                "41% of voters, 62 % de los votantes",
                &[
                    "41", "%", "of", "voters", "62", "%", "de", "los", "votantes",
                ][..],
            ),
        ] {
            let folded = fold(text);
            let got: Vec<&str> = words(&folded).iter().map(|w| w.text).collect();
            assert_eq!(got, expected, "{text}");
        }
    }

    #[test]
    fn slugs_are_url_safe() {
        for (input, expected) in [
            ("Drugs & Crime", "drugs-crime"),
            ("  Économie / Sanctions ", "economie-sanctions"),
            ("U.S. Talks", "u-s-talks"),
            ("!!!", ""),
        ] {
            assert_eq!(slug(input), expected);
        }
    }

    #[test]
    fn hashes_are_fixed_forever() {
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(base32(0, 4), "0000");
        assert_eq!(base32(31, 2), "0z");
    }
}
