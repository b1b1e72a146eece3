//! Whether a claim is confirmed as reported or unconfirmed, and the words that decided it.
//!
//! A claim is unconfirmed when its wording hedges, speculates, forecasts, states a belief or
//! an estimate, sets a condition, leans on unnamed or vague sources, reports one side's claim,
//! or says it is unverified or disputed. The cues are data, one file per language
//! (`lang/<code>/status.toml`); this module reads them and applies them with their scope:
//! not inside quotations, not where a listed word cancels them ("no suggestion that"), not
//! where they only describe a noun ("strikes against alleged smugglers"), not in what a named
//! source is reported to have said it would do ("said it would continue").

use std::cell::OnceCell;
use std::collections::{HashMap, HashSet};

use serde::Deserialize;

use super::pattern::{Pattern, PatternSet, Tokens};
use crate::model::{Status, StatusKind as Kind};
use crate::text::{fold_with_offsets, Word};

/// A claim's status and what decided it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verdict {
    pub status: Status,
    /// The kinds of the cues found, in the order they first appear.
    pub kinds: Vec<Kind>,
    /// The deciding words exactly as written, in order; neighbouring cues are joined.
    pub words: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StatusFile {
    words: WordsFile,
    /// Pattern lists that several cues share, named in a cue's lists as `@name`.
    #[serde(default)]
    lists: HashMap<String, Vec<String>>,
    /// Alternatives that several patterns share, named as one word of a pattern as `$name`.
    #[serde(default)]
    alternatives: HashMap<String, String>,
    cue: Vec<CueFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct WordsFile {
    function: Vec<String>,
    report: Vec<String>,
    #[serde(default)]
    benchmark: Vec<String>,
    #[serde(default)]
    benchmark_stops: Vec<String>,
    #[serde(default)]
    terms: Vec<String>,
    #[serde(default)]
    predicate_links: Vec<String>,
    #[serde(default)]
    asides: Vec<String>,
    #[serde(default)]
    definite: Vec<String>,
    #[serde(default)]
    relatives: Vec<String>,
    #[serde(default)]
    participles: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CueFile {
    kind: String,
    #[serde(rename = "match")]
    patterns: Vec<String>,
    #[serde(default)]
    except: Vec<String>,
    #[serde(default)]
    unless_before: Vec<String>,
    #[serde(default)]
    unless_after: Vec<String>,
    #[serde(default)]
    unless_within: Vec<String>,
    #[serde(default)]
    predicative: bool,
    #[serde(default)]
    not_after_report: bool,
    #[serde(default)]
    benchmark: bool,
    #[serde(default)]
    names: bool,
    #[serde(default)]
    opens_clause: bool,
    #[serde(default)]
    under_terms: bool,
    #[serde(default)]
    attributive: bool,
}

struct Cue {
    kind: Kind,
    /// Words the cue's patterns also catch that are not the cue, matched where it starts.
    except: Vec<Pattern>,
    unless_before: Vec<Pattern>,
    unless_after: Vec<Pattern>,
    unless_within: Vec<Pattern>,
    predicative: bool,
    not_after_report: bool,
    /// The cue can be the benchmark a result is measured against ("ahead of analysts'
    /// expectations"), which a `benchmark` word earlier in its clause says it is.
    benchmark: bool,
    names: bool,
    /// The cue counts only where it opens a clause: "De ratificarse, el tratado..." (a
    /// condition) but not "acaba de ratificarse" (a fact).
    opens_clause: bool,
    /// After a text's terms open its sentence ("Under the proposal, if the truce holds"), the
    /// cue is what the text provides.
    under_terms: bool,
    /// Right after a noun, the cue hedges what the noun is said to be or do, not the claim:
    /// "a boat allegedly carrying drugs", "a boat that allegedly carried drugs".
    attributive: bool,
}

/// One language's status rules, ready to apply.
pub struct StatusRules {
    function: HashSet<String>,
    report: HashSet<String>,
    /// Words that measure a result against a forecast or an estimate: "beat", "in line with".
    benchmark: Vec<Pattern>,
    /// Words a benchmark does not reach across: a new clause ("fell below the target and is
    /// expected to rise") or the clause's own verb ("temperatures below freezing are forecast").
    benchmark_stops: HashSet<String>,
    /// What opens a text's terms: "under the proposal", "under the country's electoral law".
    terms: Vec<Pattern>,
    /// Words that keep a predicative cue the sentence's predicate, as a function word does:
    /// "unlikely before next year", "unknown since Monday".
    predicate_links: HashSet<String>,
    /// Sentence adverbs set off by commas that matches run across: ", however,".
    asides: Vec<Pattern>,
    /// Articles that open a phrase saying who someone is: "one minister, the justice minister,
    /// said" names the minister.
    definite: HashSet<String>,
    /// What opens a relative clause about the noun before it: "that", "who", «a quienes».
    relatives: Vec<Pattern>,
    /// Participles (with what they take) that describe the noun before them: "carrying",
    /// "linked to", «vinculada».
    participles: Vec<Pattern>,
    cues: Vec<Cue>,
    /// Every cue's patterns, by cue.
    patterns: PatternSet,
}

/// Reads a cue's patterns, with each `@name` standing for the shared list of that name and
/// each word `$name` (or `$name?`) for the shared alternatives of that name.
fn patterns(sources: &[String], file: &StatusFile) -> Result<Vec<Pattern>, String> {
    let parse = |source: &str| -> Result<Pattern, String> {
        let mut words = Vec::new();
        for part in source.split_whitespace() {
            match part.strip_prefix('$') {
                Some(name) => {
                    let (name, optional) = match name.strip_suffix('?') {
                        Some(name) => (name, "?"),
                        None => (name, ""),
                    };
                    let alternatives = file.alternatives.get(name).ok_or_else(|| {
                        format!("`{source}`: there are no alternatives `{name}` in [alternatives]")
                    })?;
                    words.push(format!("{alternatives}{optional}"));
                }
                None => words.push(part.to_string()),
            }
        }
        Pattern::parse(&words.join(" "))
    };
    let mut out = Vec::new();
    for source in sources {
        match source.strip_prefix('@') {
            Some(name) => {
                let list = file
                    .lists
                    .get(name)
                    .ok_or_else(|| format!("`{source}`: there is no list `{name}` in [lists]"))?;
                for item in list {
                    if item.starts_with('@') {
                        return Err(format!("`{item}` in [lists] `{name}`: lists do not nest"));
                    }
                    out.push(parse(item)?);
                }
            }
            None => out.push(parse(source)?),
        }
    }
    Ok(out)
}

impl StatusRules {
    /// Reads a language's `status.toml`.
    pub fn parse(text: &str) -> Result<StatusRules, String> {
        let file: StatusFile = toml::from_str(text).map_err(|e| e.to_string())?;
        let folded = |words: &[String]| words.iter().map(|w| crate::text::fold(w)).collect();
        let mut rules = StatusRules {
            function: folded(&file.words.function),
            report: folded(&file.words.report),
            benchmark: patterns(&file.words.benchmark, &file)?,
            benchmark_stops: folded(&file.words.benchmark_stops),
            terms: patterns(&file.words.terms, &file)?,
            predicate_links: folded(&file.words.predicate_links),
            asides: patterns(&file.words.asides, &file)?,
            definite: folded(&file.words.definite),
            relatives: patterns(&file.words.relatives, &file)?,
            participles: patterns(&file.words.participles, &file)?,
            cues: Vec::new(),
            patterns: PatternSet::default(),
        };
        for cue in &file.cue {
            let c = rules.cues.len();
            for pattern in patterns(&cue.patterns, &file)? {
                rules.patterns.add(c, pattern);
            }
            rules.cues.push(Cue {
                kind: Kind::parse(&cue.kind)
                    .ok_or_else(|| format!("`{}` is not a kind of cue", cue.kind))?,
                except: patterns(&cue.except, &file)?,
                unless_before: patterns(&cue.unless_before, &file)?,
                unless_after: patterns(&cue.unless_after, &file)?,
                unless_within: patterns(&cue.unless_within, &file)?,
                predicative: cue.predicative,
                not_after_report: cue.not_after_report,
                benchmark: cue.benchmark,
                names: cue.names,
                opens_clause: cue.opens_clause,
                under_terms: cue.under_terms,
                attributive: cue.attributive,
            });
        }
        Ok(rules)
    }

    /// Reads a claim's label and text for cues.
    pub fn judge(&self, label: Option<&str>, text: &str) -> Verdict {
        let full = match label {
            Some(label) => format!("{label}: {text}"),
            None => text.to_string(),
        };
        let (folded, offsets) = fold_with_offsets(&full);
        let mut tokens = Tokens::with_original(&folded, &full, &offsets);
        tokens.drop_asides(&self.asides);
        let mut found = self.cues(&full, &offsets, &tokens);
        // A source with a phrase before its verb is read without the phrase too, and the cues
        // of both readings count; but not a phrase that names the source ("one minister, Ana
        // Costa, said", "un ministro, el titular de Justicia, dijo").
        let names = |k: usize| {
            capitalised(&full, &offsets, &tokens.words[k])
                || self.definite.contains(tokens.words[k].text)
        };
        let is_report = |w: &str| self.report.contains(w);
        if let Some(bare) = tokens.without_parentheticals(is_report, names) {
            let mut seen: HashSet<_> = found.iter().copied().collect();
            let more = self.cues(&full, &offsets, &bare);
            found.extend(more.into_iter().filter(|&cue| seen.insert(cue)));
        }
        found.sort_unstable_by_key(|&(start, end, _)| (start, end));
        let mut kinds: Vec<Kind> = Vec::new();
        let mut merged: Vec<(usize, usize)> = Vec::new();
        for (start, end, kind) in found {
            if !kinds.contains(&kind) {
                kinds.push(kind);
            }
            match merged.last_mut() {
                Some(last) if folded[last.1..start.max(last.1)].trim().is_empty() => {
                    last.1 = last.1.max(end)
                }
                _ => merged.push((start, end)),
            }
        }
        let words: Vec<String> = merged
            .iter()
            .map(|&(s, e)| full[offsets[s]..offsets[e]].to_string())
            .collect();
        let status = if words.is_empty() {
            Status::Confirmed
        } else {
            Status::Unconfirmed
        };
        Verdict {
            status,
            kinds,
            words,
        }
    }

    /// Where cues count in `tokens` (words of `full`, folded), as byte ranges of the folded
    /// text with their kinds.
    fn cues(
        &self,
        full: &str,
        offsets: &[usize],
        tokens: &Tokens<'_>,
    ) -> Vec<(usize, usize, Kind)> {
        let words = &tokens.words;
        let quoted = quoted(tokens.folded, tokens);
        let starts = sentence_starts(tokens);
        // Per word: whether a word with content comes before it in its sentence.
        let mut after_content = vec![false; words.len()];
        for i in 1..words.len() {
            after_content[i] = starts[i] == starts[i - 1]
                && (after_content[i - 1] || !self.function.contains(words[i - 1].text));
        }
        let capitalised: Vec<bool> = words
            .iter()
            .map(|w| capitalised(full, offsets, w))
            .collect();
        let reported = Reported::new(self, tokens, &starts);
        let context = Context {
            rules: self,
            tokens,
            starts: &starts,
            after_content: &after_content,
            capitalised: &capitalised,
            reported: &reported,
            under_terms: OnceCell::new(),
        };
        let mut found = Vec::new();
        for i in (0..words.len()).filter(|&i| !quoted[i]) {
            self.patterns.matches_at(tokens, i, |c, end| {
                let cue = &self.cues[c];
                if !context.cancelled(cue, i, end) {
                    found.push((words[i].start, words[end - 1].end, cue.kind));
                }
            });
        }
        found
    }
}

/// Whether `word` (of `full`, folded, as `offsets` maps it) was written with a capital.
fn capitalised(full: &str, offsets: &[usize], word: &Word<'_>) -> bool {
    full[offsets[word.start]..].starts_with(char::is_uppercase)
}

/// What a cue's exceptions look at around a match.
struct Context<'r, 't> {
    rules: &'r StatusRules,
    tokens: &'r Tokens<'t>,
    starts: &'r [usize],
    after_content: &'r [bool],
    capitalised: &'r [bool],
    reported: &'r Reported,
    /// Per word, whether a text's terms were opened before it in its sentence ("Under the
    /// proposal, ..."): found once, and only when a cue that yields to them turns up.
    under_terms: OnceCell<Vec<bool>>,
}

/// Per word, where a reporting verb governs it, found once per claim rather than once per cue
/// (a flattened briefing can be one long sentence).
struct Reported {
    /// A reporting verb comes before the word in its sentence.
    before: Vec<bool>,
    /// From the word on, a later clause of its sentence opens with a reporting clause: "it would
    /// continue, the company said".
    trailing: Vec<bool>,
}

impl Reported {
    fn new(rules: &StatusRules, t: &Tokens<'_>, starts: &[usize]) -> Reported {
        let n = t.len();
        let is_report = |k: usize| t.word(k).is_some_and(|w| rules.report.contains(w));
        let mut before = vec![false; n];
        for i in 1..n {
            before[i] = starts[i] == starts[i - 1] && (before[i - 1] || is_report(i - 1));
        }
        let mut trailing = vec![false; n];
        for k in (0..n).rev() {
            let opens = t.breaks[k] && (k..(k + TRAILING_REACH).min(n)).any(is_report);
            let later = k + 1 < n && starts[k + 1] == starts[k] && trailing[k + 1];
            trailing[k] = opens || later;
        }
        Reported { before, trailing }
    }
}

/// How far back a clause's cancelling words are looked for: Spanish takes more words for the
/// same clause ("paga a los agricultores hasta 200 euros por hectárea si", nine).
const CLAUSE_REACH: usize = 10;

/// The most words a relative clause's opening takes: «a los que».
const RELATIVE_REACH: usize = 3;

/// How far into a reporting clause after a comma its verb may come: ", the regional
/// agriculture office stated".
const TRAILING_REACH: usize = 6;

impl Context<'_, '_> {
    /// Whether the cue matched at `start..end` does not count here.
    fn cancelled(&self, cue: &Cue, start: usize, end: usize) -> bool {
        let t = self.tokens;
        if cue.except.iter().any(|p| p.match_at(t, start).is_some()) {
            return true;
        }
        // Part of a compound, the cue describes the noun it joins: "the would-be rescuers", "a
        // long-expected move".
        if (start > 0 && t.compound[start]) || (end < t.len() && t.compound[end]) {
            return true;
        }
        if cue.under_terms && self.under_terms()[start] {
            return true;
        }
        let joined_before = start > 0 && !t.breaks[start];
        if cue.opens_clause && joined_before {
            return true;
        }
        if joined_before && cue.unless_before.iter().any(|p| p.matches_before(t, start)) {
            return true;
        }
        let joined_after = end < t.len() && !t.breaks[end];
        if joined_after
            && cue
                .unless_after
                .iter()
                .any(|p| p.match_at(t, end).is_some())
        {
            return true;
        }
        let sentence = self.starts[start];
        if self.earlier_in_clause(&cue.unless_within, start)
            || (cue.benchmark && self.measured(start))
        {
            return true;
        }
        if cue.attributive && self.describes(start, end) {
            return true;
        }
        // An opening quotation mark does not part a description from its noun: "six alleged
        // \"narco-terrorists\"".
        if cue.predicative
            && (joined_after || self.quote_opens(end))
            && !self.links_predicate(end)
            && self.after_content[start]
        {
            return true;
        }
        if cue.names && self.capitalised[start] {
            let at_start = sentence == start;
            let number_follows = t
                .word(end)
                .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()));
            // "May's government": only a name takes the possessive.
            let possessive = t.takes_s(end - 1);
            if !at_start || number_follows || possessive {
                return true;
            }
        }
        let trailing = end < t.len() && self.starts[end] == sentence && self.reported.trailing[end];
        // A reporting verb anywhere before the cue in its sentence governs it, however far ("said
        // it had restored power to 95 percent of the customers who lost it, and the rest would be
        // reconnected by Thursday"), as does a reporting clause after it.
        if cue.not_after_report && (self.reported.before[start] || trailing) {
            return true;
        }
        false
    }

    /// Where the clause of the word at `start` begins: back to the last punctuation, but no
    /// further than `CLAUSE_REACH`.
    fn clause_start(&self, start: usize) -> usize {
        let from = start.saturating_sub(CLAUSE_REACH).max(self.starts[start]);
        (from + 1..=start)
            .rev()
            .find(|&k| self.tokens.breaks[k])
            .unwrap_or(from)
    }

    /// Whether one of the patterns matches at `k` and ends by `start`, before the cue.
    fn ends_before(&self, patterns: &[Pattern], k: usize, start: usize) -> bool {
        patterns
            .iter()
            .any(|p| p.match_at(self.tokens, k).is_some_and(|end| end <= start))
    }

    /// Per word, whether a text's terms were opened earlier in its sentence: from the end of
    /// each match of a `terms` pattern to the end of the sentence. One pass over the claim, so
    /// a long sentence full of such cues stays linear.
    fn under_terms(&self) -> &[bool] {
        self.under_terms.get_or_init(|| {
            let (t, starts, n) = (self.tokens, self.starts, self.tokens.len());
            let mut under = vec![false; n];
            for k in 0..n {
                for p in &self.rules.terms {
                    if let Some(end) = p
                        .match_at(t, k)
                        .filter(|&e| e < n && starts[e] == starts[k])
                    {
                        under[end] = true;
                    }
                }
            }
            for i in 1..n {
                under[i] = under[i] || (starts[i] == starts[i - 1] && under[i - 1]);
            }
            under
        })
    }

    /// Whether one of the patterns comes before `start` in its clause.
    fn earlier_in_clause(&self, patterns: &[Pattern], start: usize) -> bool {
        !patterns.is_empty()
            && (self.clause_start(start)..start).any(|k| self.ends_before(patterns, k, start))
    }

    /// Whether a benchmark word comes before `start` in its clause with no stop between: the
    /// cue is what a result is measured against.
    fn measured(&self, start: usize) -> bool {
        for k in (self.clause_start(start)..start).rev() {
            if self
                .tokens
                .word(k)
                .is_some_and(|w| self.rules.benchmark_stops.contains(w))
            {
                return false;
            }
            if self.ends_before(&self.rules.benchmark, k, start) {
                return true;
            }
        }
        false
    }

    /// Whether the cue at `start..end` follows a noun and hedges only what picks the noun out:
    /// in a participle's phrase ("a boat allegedly carrying drugs", «una lancha presuntamente
    /// cargada») or a relative clause ("a boat that allegedly carried drugs"). The word before
    /// must have content and not report ("the ship was allegedly carrying", "said that
    /// allegedly" hedge the claim), and nothing may part them: set off by a comma, the clause
    /// says something more of its own ("the strike, which reportedly targeted a dock").
    fn describes(&self, start: usize, end: usize) -> bool {
        let t = self.tokens;
        let sentence = self.starts[start];
        let noun = |k: usize| {
            k >= sentence
                && !t.breaks[k + 1]
                && t.word(k).is_some_and(|w| {
                    // "are still thought to be missing": an adverb, no noun to describe.
                    !self.rules.function.contains(w)
                        && !self.rules.report.contains(w)
                        && !self.rules.predicate_links.contains(w)
                })
        };
        let participle = end < t.len()
            && !t.breaks[end]
            && self
                .rules
                .participles
                .iter()
                .any(|p| p.match_at(t, end).is_some());
        // A name with a participle is a clause of its own: "had Mr. Fowler allegedly cutting".
        if participle && start > sentence && noun(start - 1) && !self.capitalised[start - 1] {
            return true;
        }
        (start.saturating_sub(RELATIVE_REACH)..start).any(|k| {
            k > sentence
                && noun(k - 1)
                && self
                    .rules
                    .relatives
                    .iter()
                    .any(|p| p.match_at(t, k) == Some(start))
        })
    }

    /// Whether only an opening quotation mark stands between the word at `k` and the one
    /// before it.
    fn quote_opens(&self, k: usize) -> bool {
        let t = self.tokens;
        k > 0 && k < t.len() && {
            let between = t.folded[t.words[k - 1].end..t.words[k].start].trim();
            between == "\"" || between == "«"
        }
    }

    /// Whether the word at `k`, after a predicative cue, leaves the cue the predicate.
    fn links_predicate(&self, k: usize) -> bool {
        self.tokens.word(k).is_some_and(|w| {
            self.rules.function.contains(w) || self.rules.predicate_links.contains(w)
        })
    }
}

/// Per word, whether it sits inside quotation marks: someone else's words. Double quotes
/// (curly ones are folded to them) open and close alike; guillemets, the Spanish and French
/// marks, say which they do and may hold double quotes inside.
fn quoted(folded: &str, tokens: &Tokens<'_>) -> Vec<bool> {
    let mut ranges: Vec<(usize, usize)> = Vec::new();
    let mut open = None;
    let mut guillemets: Vec<usize> = Vec::new();
    for (i, c) in folded.char_indices() {
        match c {
            '"' if guillemets.is_empty() => match open.take() {
                Some(start) => ranges.push((start, i)),
                None => open = Some(i + 1),
            },
            '«' => guillemets.push(i + c.len_utf8()),
            '»' => {
                if let Some(start) = guillemets.pop() {
                    ranges.push((start, i));
                }
            }
            _ => {}
        }
    }
    tokens
        .words
        .iter()
        .map(|w| ranges.iter().any(|r| r.0 <= w.start && w.end <= r.1))
        .collect()
}

/// Per word, the index of the first word of its sentence. Sentences end at `.`, `!`, `?`, `:`
/// and `;`, but not at the dot of an initial ("U.S. officials"), which does not break words.
fn sentence_starts(tokens: &Tokens<'_>) -> Vec<usize> {
    let mut starts = Vec::with_capacity(tokens.len());
    let mut current = 0;
    for i in 0..tokens.len() {
        if i > 0 && tokens.breaks[i] {
            let between = &tokens.folded[tokens.words[i - 1].end..tokens.words[i].start];
            if between.contains(['.', '!', '?', ':', ';']) {
                current = i;
            }
        }
        starts.push(current);
    }
    starts
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = r#"
        [words]
        function = ["the"]
        report = ["said"]
        [alternatives]
        texts = "bill|deal"
        [lists]
        texts_that = ["$texts that"]
        [[cue]]
        kind = "forecast"
        match = ["would"]
        unless_before = ["@texts_that", "the $texts? which"]
    "#;

    #[test]
    fn shared_lists_and_alternatives_stand_for_their_words() {
        let rules = StatusRules::parse(FILE).unwrap();
        let status = |text: &str| rules.judge(None, text).status;
        assert_eq!(status("Prices would rise."), Status::Unconfirmed);
        assert_eq!(status("A deal that would end the war."), Status::Confirmed);
        assert_eq!(
            status("It passed the bill which would ban it."),
            Status::Confirmed
        );
        assert_eq!(
            status("It passed the law which would ban it."),
            Status::Unconfirmed
        );
    }

    #[test]
    fn a_list_or_alternatives_not_written_are_refused() {
        for (from, to) in [
            ("@texts_that", "@nothing"),
            ("the $texts? which", "the $nothing which"),
        ] {
            let err = StatusRules::parse(&FILE.replace(from, to)).err().unwrap();
            assert!(err.contains("nothing"), "{err}");
        }
    }
}
