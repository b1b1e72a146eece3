//! The small pattern language the word lists are written in, shared by the status cues and the
//! topic terms. A pattern is words separated by spaces, each slot matching one word of folded
//! text:
//!
//! - `word` matches that word; `stem*` any word starting with `stem`, `*end` any word ending
//!   with `end` (`*n't`);
//! - `a|b|c` any of the alternatives; `_` any one word;
//! - a slot ending in `?` may be absent (`the?`);
//! - `~N` skips up to N words of any kind (`not ~3 confirmed`);
//! - a term starting with `=` matches the word as written, accents and all, in lower case:
//!   `=*ría` is the Spanish conditional ("habría"), not "historia";
//! - a term ending in `'s` matches the word followed by its "'s", which the words leave out:
//!   `it's` is "it's understood", not "it understood".
//!
//! A match never crosses punctuation: "not, as expected, confirmed" is two stretches of words.
//! Patterns are folded like the text (lower case, no accents), so `según` and `segun` are one.

use crate::text::{fold, words, Word};

/// Folded text cut into words, with where punctuation falls between them.
#[derive(Clone)]
pub struct Tokens<'a> {
    pub folded: &'a str,
    pub words: Vec<Word<'a>>,
    /// Per word: punctuation (other than a hyphen inside a compound, an apostrophe, an
    /// initial's dot or a number's marks) stands between it and the word before.
    pub breaks: Vec<bool>,
    /// Per word: a hyphen alone joins it to the word before, as in a compound ("would-be",
    /// "long-expected").
    pub compound: Vec<bool>,
    /// Per word, as written but in lower case, when the text was given (`with_original`).
    exact: Vec<String>,
}

impl<'a> Tokens<'a> {
    pub fn new(folded: &'a str) -> Tokens<'a> {
        let words = words(folded);
        let breaks = (0..words.len())
            .map(|i| {
                i > 0 && {
                    let between = &folded[words[i - 1].end..words[i].start];
                    // The dot of an initial joins ("U.S. officials", "J. Smith"): one name.
                    let initial =
                        words[i - 1].text.chars().count() == 1 && between.trim_end() == ".";
                    let digits_follow = words[i].text.starts_with(|c: char| c.is_ascii_digit());
                    // So do a number's decimal and thousands marks ("0.6 percent", "2,000
                    // people", "1.198 personas"): one number, not two clauses.
                    let number = digits_follow
                        && matches!(between, "." | ",")
                        && words[i - 1].text.ends_with(|c: char| c.is_ascii_digit());
                    // A currency sign is part of its amount ("claimed $4.5 million in
                    // expenses"), not a clause's edge.
                    let amount =
                        digits_follow && matches!(between.trim(), "$" | "€" | "£" | "¥" | "₹");
                    is_break(between) && !initial && !number && !amount
                }
            })
            .collect();
        let compound = (0..words.len())
            .map(|i| i > 0 && &folded[words[i - 1].end..words[i].start] == "-")
            .collect();
        Tokens {
            folded,
            words,
            breaks,
            compound,
            exact: Vec::new(),
        }
    }

    /// Tokens that also know each word as written: `offsets` maps each byte of `folded` to
    /// its place in `original` (`text::fold_with_offsets`).
    pub fn with_original(folded: &'a str, original: &str, offsets: &[usize]) -> Tokens<'a> {
        let mut tokens = Tokens::new(folded);
        tokens.exact = tokens
            .words
            .iter()
            .map(|w| original[offsets[w.start]..offsets[w.end]].to_lowercase())
            .collect();
        tokens
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// The word at `i`, if any.
    pub fn word(&self, i: usize) -> Option<&'a str> {
        self.words.get(i).map(|w| w.text)
    }

    /// Takes out an aside set off by commas, so that matches run across it as if it were not
    /// written ("a Hamas official, however, said" is "a Hamas official said"; "un funcionario,
    /// sin embargo, dijo"). An aside opening its sentence ("However, officials said") has no
    /// comma before it and stays. Quotes still come from the text as written.
    pub fn drop_asides(&mut self, asides: &[Pattern]) {
        let spans = self.spans(|t, i| {
            asides
                .iter()
                .find_map(|aside| aside.match_at(t, i))
                .filter(|&end| end < t.len() && t.comma_before(end))
        });
        self.remove(&spans);
    }

    /// The same words without a phrase set off by commas between a subject and its reporting
    /// verb, so that a source reads as if the phrase were not written: "residents in Miran
    /// Shah, about 12 miles from the border, said" is "residents in Miran Shah said", "a third
    /// source, described as close to the talks, said" is "a third source said". A phrase whose
    /// first word `names` says names the source stays. None when there is no such phrase. The
    /// phrase holds cues of its own, so the caller reads both.
    pub fn without_parentheticals(
        &self,
        is_report: impl Fn(&str) -> bool,
        names: impl Fn(usize) -> bool,
    ) -> Option<Tokens<'a>> {
        let spans = self.spans(|t, i| {
            (i + 1..(i + PARENTHETICAL_REACH + 1).min(t.len()))
                .find(|&k| t.breaks[k])
                .filter(|&k| t.comma_before(k) && is_report(t.words[k].text) && !names(i))
        });
        (!spans.is_empty()).then(|| {
            let mut bare = self.clone();
            bare.remove(&spans);
            bare
        })
    }

    /// The spans that open after a comma at their start and end where `end_of` says.
    fn spans(&self, end_of: impl Fn(&Self, usize) -> Option<usize>) -> Vec<(usize, usize)> {
        let mut spans = Vec::new();
        let mut i = 1;
        while i < self.len() {
            match Some(i)
                .filter(|&i| self.comma_before(i))
                .and_then(|i| end_of(self, i))
            {
                Some(end) => {
                    spans.push((i, end));
                    i = end;
                }
                None => i += 1,
            }
        }
        spans
    }

    /// Takes the words of `spans` out, the word after each joining the word before it.
    fn remove(&mut self, spans: &[(usize, usize)]) {
        if spans.is_empty() {
            return;
        }
        let mut keep = vec![true; self.len()];
        for &(start, end) in spans {
            keep[start..end].fill(false);
            self.breaks[end] = false;
        }
        retain_kept(&mut self.words, &keep);
        retain_kept(&mut self.breaks, &keep);
        retain_kept(&mut self.compound, &keep);
        retain_kept(&mut self.exact, &keep);
    }

    /// Whether a lone comma stands between the word at `i` and the word before.
    fn comma_before(&self, i: usize) -> bool {
        self.folded[self.words[i - 1].end..self.words[i].start].trim() == ","
    }

    /// Whether the word at `i` was written with an "'s" that `text::words` left out of it:
    /// "it's" (a contraction) or "May's" (a possessive). Folding made every apostrophe ASCII.
    pub fn takes_s(&self, i: usize) -> bool {
        self.folded[self.words[i].end..].starts_with("'s")
    }
}

/// How many words a phrase between a subject and its reporting verb may hold: longer, it is
/// more likely a clause of its own than an aside.
const PARENTHETICAL_REACH: usize = 10;

/// Keeps the items whose place in `keep` is true (an empty `items` stays empty).
fn retain_kept<T>(items: &mut Vec<T>, keep: &[bool]) {
    let mut keep = keep.iter();
    items.retain(|_| keep.next() != Some(&false));
}

/// Whether the text between two words separates them: any punctuation but a compound's
/// hyphen ("drug-smuggling") or a possessive's apostrophe.
fn is_break(between: &str) -> bool {
    // `text::words` leaves a possessive's "'s" between the words ("Maduro's government").
    let between = between.strip_prefix("'s").unwrap_or(between);
    between
        .chars()
        .any(|c| !c.is_whitespace() && c != '-' && c != '\'')
        || (between.contains('-') && between.contains(char::is_whitespace))
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Term {
    Word(String),
    Stem(String),
    Suffix(String),
    Any,
    /// A term to compare with the word as written (accents kept).
    Exact(Box<Term>),
    /// A term for a word followed by "'s", which `text::words` leaves out of the word: "it's
    /// understood" (a contraction) or "May's government" (a possessive).
    WithS(Box<Term>),
}

impl Term {
    fn matches(&self, tokens: &Tokens<'_>, at: usize) -> bool {
        let word = match self {
            Term::Exact(term) => return tokens.exact.get(at).is_some_and(|w| term.matches_word(w)),
            Term::WithS(term) => return term.matches(tokens, at) && tokens.takes_s(at),
            _ => tokens.words[at].text,
        };
        self.matches_word(word)
    }

    fn matches_word(&self, word: &str) -> bool {
        match self {
            Term::Word(w) => w == word,
            Term::Stem(s) => word.starts_with(s.as_str()),
            Term::Suffix(s) => word.ends_with(s.as_str()),
            Term::Any => true,
            Term::Exact(term) | Term::WithS(term) => term.matches_word(word),
        }
    }

    /// The term the index sees: a word with its "'s" is found by the word.
    fn indexed(&self) -> &Term {
        match self {
            Term::WithS(term) => term.indexed(),
            _ => self,
        }
    }

    fn read(alternative: &str) -> Option<Term> {
        if let Some(word) = alternative
            .strip_suffix("'s")
            .or_else(|| alternative.strip_suffix("’s"))
        {
            return Some(Term::WithS(Box::new(Term::read(word)?)));
        }
        if let Some(exact) = alternative.strip_prefix('=') {
            let term = Term::read_folded(&exact.to_lowercase())?;
            return Some(Term::Exact(Box::new(term)));
        }
        Term::read_folded(&fold(alternative))
    }

    fn read_folded(text: &str) -> Option<Term> {
        Some(match text {
            "" | "*" => return None,
            "_" => Term::Any,
            _ => match (text.strip_suffix('*'), text.strip_prefix('*')) {
                (Some(stem), _) => Term::Stem(stem.to_string()),
                (None, Some(end)) => Term::Suffix(end.to_string()),
                (None, None) => Term::Word(text.to_string()),
            },
        })
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Slot {
    Word { terms: Vec<Term>, optional: bool },
    Gap(usize),
}

/// A parsed pattern.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pattern {
    slots: Vec<Slot>,
    source: String,
}

/// Patterns, each with the index of what it belongs to (a cue, a topic), indexed by how a match
/// can start, so that each word of a text is tried against a handful of them, not all: rules
/// stay linear in the length of the text whatever the size of the word lists.
pub struct PatternSet {
    patterns: Vec<(usize, Pattern)>,
    by_word: std::collections::HashMap<String, Vec<usize>>,
    by_byte: Vec<Vec<usize>>,
    anywhere: Vec<usize>,
}

impl Default for PatternSet {
    fn default() -> Self {
        PatternSet {
            patterns: Vec::new(),
            by_word: std::collections::HashMap::new(),
            by_byte: vec![Vec::new(); 256],
            anywhere: Vec::new(),
        }
    }
}

impl PatternSet {
    pub fn add(&mut self, owner: usize, pattern: Pattern) {
        let p = self.patterns.len();
        match (pattern.first_words(), pattern.first_bytes()) {
            (Some(words), _) => {
                for w in words {
                    self.by_word.entry(w.to_string()).or_default().push(p);
                }
            }
            (None, Some(bytes)) => {
                for b in bytes {
                    let list = &mut self.by_byte[usize::from(b)];
                    if !list.contains(&p) {
                        list.push(p);
                    }
                }
            }
            (None, None) => self.anywhere.push(p),
        }
        self.patterns.push((owner, pattern));
    }

    /// Calls `found(owner, end)` for every pattern that matches at word `at`.
    pub fn matches_at(&self, tokens: &Tokens<'_>, at: usize, mut found: impl FnMut(usize, usize)) {
        let Some(word) = tokens.word(at) else { return };
        let by_word = self.by_word.get(word).map_or(&[][..], Vec::as_slice);
        let by_byte = &self.by_byte[usize::from(word.as_bytes()[0])];
        for &p in by_word.iter().chain(by_byte).chain(&self.anywhere) {
            let (owner, pattern) = &self.patterns[p];
            if let Some(end) = pattern.match_at(tokens, at) {
                found(*owner, end);
            }
        }
    }
}

/// Gaps are short: matching stays linear in the length of the text.
const MAX_GAP: usize = 6;

impl Pattern {
    pub fn parse(source: &str) -> Result<Pattern, String> {
        let mut slots = Vec::new();
        for part in source.split_whitespace() {
            if let Some(n) = part.strip_prefix('~') {
                let n: usize = n
                    .parse()
                    .map_err(|_| format!("`{part}` in `{source}`: a gap is ~ and a number"))?;
                if n == 0 || n > MAX_GAP {
                    return Err(format!(
                        "`{part}` in `{source}`: a gap skips 1 to {MAX_GAP} words"
                    ));
                }
                slots.push(Slot::Gap(n));
                continue;
            }
            let (body, optional) = match part.strip_suffix('?') {
                Some(body) => (body, true),
                None => (part, false),
            };
            // The text's words never hold a hyphen ("drug-smuggling" is two words joined), so a
            // term with one would silently never match.
            if body.contains('-') {
                return Err(format!(
                    "`{part}` in `{source}`: a hyphen joins two words; write them as two"
                ));
            }
            let mut terms = Vec::new();
            for alternative in body.split('|') {
                terms.push(Term::read(alternative).ok_or_else(|| {
                    format!("`{part}` in `{source}` has an empty alternative or a bare `*`")
                })?);
            }
            // "ha sido|han sido acusado" reads as three words ("ha", "sido|han", "sido|acusado"),
            // never as two alternatives: a word offered by two neighbouring slots is that slip.
            if let Some(Slot::Word { terms: before, .. }) = slots.last() {
                if let Some(Term::Word(w)) = terms
                    .iter()
                    .find(|t| matches!(t, Term::Word(_)) && before.contains(t))
                {
                    return Err(format!(
                        "`{w}` in two words in a row of `{source}`: a space starts the next word, \
                         even inside alternatives; write two patterns"
                    ));
                }
            }
            slots.push(Slot::Word { terms, optional });
        }
        match (slots.first(), slots.last()) {
            (
                Some(Slot::Word {
                    optional: false, ..
                }),
                Some(Slot::Word { .. }),
            ) => Ok(Pattern {
                slots,
                source: source.to_string(),
            }),
            (None, _) => Err("an empty pattern".to_string()),
            _ => Err(format!(
                "`{source}` must start with a word that is not optional and end with a word"
            )),
        }
    }

    pub fn source(&self) -> &str {
        &self.source
    }

    /// The words a match can start with, for indexing: `None` when the first slot is a stem or
    /// any word, which must be tried everywhere.
    pub fn first_words(&self) -> Option<Vec<&str>> {
        let Some(Slot::Word { terms, .. }) = self.slots.first() else {
            return None;
        };
        terms
            .iter()
            .map(|t| match t.indexed() {
                Term::Word(w) => Some(w.as_str()),
                _ => None,
            })
            .collect()
    }

    /// The first byte a match can start with, when every first alternative is a word or stem.
    pub fn first_bytes(&self) -> Option<Vec<u8>> {
        let Some(Slot::Word { terms, .. }) = self.slots.first() else {
            return None;
        };
        terms
            .iter()
            .map(|t| match t.indexed() {
                Term::Word(w) | Term::Stem(w) => w.as_bytes().first().copied(),
                _ => None,
            })
            .collect()
    }

    /// Whether the pattern matches at word `at`; the index just past the match if so. Among
    /// several ways to match (optional words, gaps), the shortest is taken.
    pub fn match_at(&self, tokens: &Tokens<'_>, at: usize) -> Option<usize> {
        match_slots(&self.slots, tokens, at, at, None)
    }

    /// Whether the pattern matches the words that end just before `end`.
    pub fn matches_before(&self, tokens: &Tokens<'_>, end: usize) -> bool {
        (1..=self.slots.len() + MAX_GAP)
            .filter_map(|n| end.checked_sub(n))
            .any(|start| match_slots(&self.slots, tokens, start, start, Some(end)).is_some())
    }
}

/// `first` is where the match began: later words may not have punctuation before them. With
/// `want`, only a match ending there counts (a gap then takes as many words as it needs).
fn match_slots(
    slots: &[Slot],
    tokens: &Tokens<'_>,
    at: usize,
    first: usize,
    want: Option<usize>,
) -> Option<usize> {
    let Some((slot, rest)) = slots.split_first() else {
        return want.is_none_or(|w| w == at).then_some(at);
    };
    let joined = |i: usize| i == first || !tokens.breaks[i];
    match slot {
        Slot::Word { terms, optional } => {
            let here =
                at < tokens.len() && joined(at) && terms.iter().any(|t| t.matches(tokens, at));
            if here {
                if let Some(end) = match_slots(rest, tokens, at + 1, first, want) {
                    return Some(end);
                }
            }
            if *optional {
                match_slots(rest, tokens, at, first, want)
            } else {
                None
            }
        }
        Slot::Gap(n) => (0..=*n)
            .take_while(|&skip| skip == 0 || at + skip - 1 < tokens.len() && joined(at + skip - 1))
            .find_map(|skip| match_slots(rest, tokens, at + skip, first, want)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matches(pattern: &str, text: &str) -> Option<String> {
        let pattern = Pattern::parse(pattern).unwrap();
        let (folded, offsets) = crate::text::fold_with_offsets(text);
        let tokens = Tokens::with_original(&folded, text, &offsets);
        (0..tokens.len()).find_map(|at| {
            pattern
                .match_at(&tokens, at)
                .map(|end| folded[tokens.words[at].start..tokens.words[end - 1].end].to_string())
        })
    }

    #[test]
    fn patterns_match_words_stems_alternatives_gaps_and_optional_words() {
        for (pattern, text, expected) in [
            ("might", "It might rain", Some("might")),
            ("might", "Mighty winds", None),
            ("confirm*", "They confirmed it", Some("confirmed")),
            (
                "is|are expected to",
                "Rates are expected to rise",
                Some("are expected to"),
            ),
            (
                "not ~3 confirmed",
                "has not been officially confirmed",
                Some("not been officially confirmed"),
            ),
            (
                "not ~1 confirmed",
                "has not been officially confirmed",
                None,
            ),
            (
                "people familiar with the? _",
                "people familiar with talks said",
                Some("people familiar with talks"),
            ),
            (
                "people familiar with the? _",
                "people familiar with the talks",
                Some("people familiar with the talks"),
            ),
            (
                "según fuentes",
                "Segun FUENTES cercanas",
                Some("segun fuentes"),
            ),
            (
                "*n't ~2 verified",
                "It couldn't be verified",
                Some("couldn't be verified"),
            ),
            ("not ~3 confirmed", "not, as expected, confirmed", None),
            // A word with its "'s", which the words leave out: the contraction, not the pronoun.
            (
                "it's understood",
                "It's understood that",
                Some("it's understood"),
            ),
            (
                "it's understood",
                "It’s understood that",
                Some("it's understood"),
            ),
            ("it's understood", "It understood the risks", None),
            (
                "it's ~1 reported",
                "it's been reported",
                Some("it's been reported"),
            ),
            ("said ~2 would", "said it would go", Some("said it would")),
            ("said ~2 would", "said. It would go", None),
            ("drug smuggling", "drug-smuggling", Some("drug-smuggling")),
            ("war crimes", "war - crimes", None),
            ("=*ría", "La central habría sufrido fisuras", Some("habria")),
            ("=*ría", "Es la historia de siempre", None),
            ("=según =fuentes", "segun fuentes", None),
            // A number's marks join it; other punctuation after a number still breaks.
            (
                "below ~4 forecast",
                "below the 0.6 percent forecast",
                Some("below the 0.6 percent forecast"),
            ),
            (
                "hold ~2 people",
                "could hold 2,000 people",
                Some("hold 2,000 people"),
            ),
            ("rose ~2 percent", "rose 5, percent", None),
            // So does a currency sign before its amount.
            (
                "claimed ~3 in",
                "claimed $4.5 million in expenses",
                Some("claimed $4.5 million in"),
            ),
            ("rose ~2 million", "rose $ . 4 million", None),
        ] {
            assert_eq!(
                matches(pattern, text).as_deref(),
                expected,
                "{pattern} in {text}"
            );
        }
    }

    #[test]
    fn a_pattern_before_a_word_may_end_after_a_gap() {
        let before = |pattern: &str, text: &str| {
            let pattern = Pattern::parse(pattern).unwrap();
            let folded = fold(text);
            let tokens = Tokens::new(&folded);
            // Just before the last word, as `unless_before` asks.
            pattern.matches_before(&tokens, tokens.len() - 1)
        };
        assert!(before("fares on ~2 _", "fares on the network rise"));
        assert!(before("fares on ~2 _", "fares on network rise"));
        assert!(!before(
            "fares on ~2 _",
            "fares on the London bus network rise"
        ));
        assert!(!before("fares on ~2 _", "fares, on the network rise"));
    }

    #[test]
    fn a_phrase_between_a_subject_and_its_reporting_verb_can_be_read_without() {
        let bare = |text: &str| {
            let folded = fold(text);
            let tokens = Tokens::new(&folded);
            // As the status rules have it: "said" reports, and a capital opens a name.
            let names = |k: usize| text[tokens.words[k].start..].starts_with(char::is_uppercase);
            tokens
                .without_parentheticals(|w| w == "said", names)
                .map(|t| t.words.iter().map(|w| w.text).collect::<Vec<_>>().join(" "))
        };
        assert_eq!(
            bare("Residents in the town, about 12 miles from the border, said they saw it.")
                .as_deref(),
            Some("residents in the town said they saw it")
        );
        // A phrase that names the speaker stays, as does one too long to be an aside, or one
        // that no reporting verb closes.
        assert_eq!(bare("One minister, Ana Costa, said it passed."), None);
        assert_eq!(
            bare("Residents, who had waited in the cold for eleven long hours outside, said so."),
            None
        );
        assert_eq!(bare("The ship, hit twice, sank."), None);
    }

    #[test]
    fn malformed_patterns_are_refused_with_a_reason() {
        for bad in [
            "",
            "~2 word",
            "word ~2",
            "the? word",
            "a ~0 b",
            "a ~9 b",
            "a || b",
            "*",
            "well-placed sources",
            "ha sido|han sido acusado",
        ] {
            assert!(Pattern::parse(bad).is_err(), "{bad}");
        }
    }
}
