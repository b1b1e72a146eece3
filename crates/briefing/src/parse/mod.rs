//! Briefing text -> (Briefing, diagnostics). Never panics and never stops at the first problem:
//! every problem is reported with its line and column in the file as written, and whatever
//! could be understood is still returned.
//!
//! The meaning of the blocks: the first heading is the title; uncited text before the first
//! section is the lede; later headings open sections; a numbered item that is only a bold label
//! opens a group; a cited list item is one claim; a cited paragraph gives one claim per citation;
//! uncited text is the briefing's own framing, never a claim.

mod blocks;
mod citation;
mod unflatten;

use std::collections::HashMap;

use crate::diagnostic::{Diagnostic, LineIndex, Problems, Severity};
use crate::model::{Briefing, Claim, Origin, Outlet, Section, Source, Status, Topic};
use crate::outlet::outlet_name;
use crate::rules;
use crate::text::{base32, fnv1a, fold, squash_spaces};
use blocks::{Block, BlockKind, Inline};
use citation::{check_url, find_citations};

pub use citation::check_url as check_source_url;

/// A parsed briefing and everything wrong with it, errors first in file order.
pub struct Parsed {
    pub briefing: Briefing,
    pub diagnostics: Vec<Diagnostic>,
}

impl Parsed {
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }
}

/// Parses a briefing from its bytes; `file` names it in messages.
pub fn parse(file: &str, bytes: &[u8]) -> Parsed {
    let (text, not_utf8) = match std::str::from_utf8(bytes) {
        Ok(text) => (std::borrow::Cow::Borrowed(text), None),
        Err(e) => {
            let valid = std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or_default();
            (
                String::from_utf8_lossy(bytes),
                Some((
                    LineIndex::new(valid).position(valid.len()),
                    bytes[e.valid_up_to()],
                )),
            )
        }
    };
    let mut problems = Problems::new(file, &text);
    if let Some(((line, col), byte)) = not_utf8 {
        let message = format!(
            "the file is not UTF-8 text (byte 0x{byte:02x} cannot be read); save it as UTF-8"
        );
        problems.report_at(Severity::Error, line, col, message);
    }
    let briefing = Reader::new(&text, &mut problems).read();
    let mut diagnostics = problems.found;
    diagnostics.sort_by_key(|d| (d.severity, d.line, d.col));
    Parsed {
        briefing,
        diagnostics,
    }
}

/// A claim as read, before sources are checked and rules applied.
struct Draft {
    section: usize,
    group: Option<String>,
    label: Option<String>,
    text: String,
    /// Cited URLs with their offsets in the original text.
    urls: Vec<(String, usize)>,
    at: usize,
}

struct Reader<'t, 'r, 'f> {
    original: &'t str,
    problems: &'r mut Problems<'f>,
    unflattened: unflatten::Unflattened,
    title: Option<String>,
    summary: Vec<String>,
    sections: Vec<Section>,
    drafts: Vec<Draft>,
    group: Option<String>,
    /// Heading level of the first section heading; deeper headings are groups.
    section_level: Option<u8>,
}

impl<'t, 'r, 'f> Reader<'t, 'r, 'f> {
    fn new(original: &'t str, problems: &'r mut Problems<'f>) -> Self {
        Reader {
            original,
            problems,
            unflattened: unflatten::unflatten(original),
            title: None,
            summary: Vec::new(),
            sections: Vec::new(),
            drafts: Vec::new(),
            group: None,
            section_level: None,
        }
    }

    fn diagnose(&mut self, severity: Severity, original_offset: usize, message: String) {
        self.problems.report(severity, original_offset, message);
    }

    fn original_offset(&self, block: &Block, text_offset: usize) -> usize {
        self.unflattened
            .original_offset(block.inline.source_offset(text_offset))
    }

    fn read(mut self) -> Briefing {
        if self.original.trim().is_empty() {
            self.diagnose(Severity::Error, 0, "the briefing is empty".to_string());
            return Briefing::default();
        }
        let blocks = blocks::read_blocks(&self.unflattened.text);
        for block in &blocks {
            self.read_block(block);
        }
        if self.title.is_none() {
            self.diagnose(
                Severity::Error,
                0,
                "the briefing has no title; start it with a heading such as `# Title`".to_string(),
            );
        }
        self.finish()
    }

    fn read_block(&mut self, block: &Block) {
        let at = self.unflattened.original_offset(block.start);
        match block.kind {
            BlockKind::Heading(level) => {
                let text = squash_spaces(&block.inline.text);
                if self.title.is_none()
                    && self.drafts.is_empty()
                    && self.sections.is_empty()
                    && self.summary.is_empty()
                {
                    self.title = Some(text);
                } else if self.section_level.is_some_and(|l| level > l) {
                    self.group = Some(text);
                } else {
                    self.section_level.get_or_insert(level);
                    self.sections.push(Section {
                        title: text,
                        framing: Vec::new(),
                    });
                    self.group = None;
                }
            }
            BlockKind::Item { .. } => {
                let citations = find_citations(&block.inline.text);
                if citations.is_empty() && block.inline.links.is_empty() {
                    if let Some(label) = bold_label_only(&block.inline) {
                        self.group = Some(label);
                        return;
                    }
                    self.diagnose(Severity::Warning, at, "this item cites no source, so it is shown as the briefing's own framing, not as a claim".to_string());
                    self.add_framing(strip_citations(&block.inline.text, &citations));
                    return;
                }
                let (label, text) = split_label(
                    &block.inline,
                    &strip_citations(&block.inline.text, &citations),
                );
                let urls = self.cited_urls(block, &citations, 0..block.inline.text.len());
                self.add_draft(label, text, urls, at);
            }
            BlockKind::Paragraph => {
                let citations = find_citations(&block.inline.text);
                let text = &block.inline.text;
                let mut from = 0;
                let mut i = 0;
                while i < citations.len() {
                    // Citations separated only by spaces and punctuation back one claim together.
                    let mut j = i;
                    while j + 1 < citations.len()
                        && text[citations[j].end..citations[j + 1].start]
                            .chars()
                            .all(|c| !c.is_alphanumeric())
                    {
                        j += 1;
                    }
                    let end = citations[j].end
                        + text[citations[j].end..]
                            .find(|c: char| !matches!(c, '.' | ',' | ';' | '!' | '?' | ')'))
                            .unwrap_or(text.len() - citations[j].end);
                    let group = &citations[i..=j];
                    let piece = strip_citations_in(text, from..end, group);
                    let piece_at = self.original_offset(
                        block,
                        from + (text[from..].len() - text[from..].trim_start().len()),
                    );
                    let urls = self.cited_urls(block, group, from..end);
                    let (label, body) = if from == 0 {
                        split_label(&block.inline, &piece)
                    } else {
                        (None, piece)
                    };
                    self.add_draft(label, body, urls, piece_at);
                    from = end;
                    i = j + 1;
                }
                let rest = squash_spaces(&text[from..]);
                if rest.chars().any(char::is_alphanumeric) {
                    self.add_framing(rest);
                }
            }
        }
    }

    /// Every URL a block cites within `range`: bracket citations and markdown links.
    fn cited_urls(
        &self,
        block: &Block,
        citations: &[citation::Citation<'_>],
        range: std::ops::Range<usize>,
    ) -> Vec<(String, usize)> {
        let mut urls: Vec<(String, usize)> = citations
            .iter()
            .flat_map(|c| c.urls.iter())
            .map(|&(at, url)| (url.to_string(), self.original_offset(block, at)))
            .collect();
        urls.extend(
            block
                .inline
                .links
                .iter()
                .filter(|(at, _, _)| range.contains(at))
                .map(|(_, source, url)| (url.clone(), self.unflattened.original_offset(*source))),
        );
        urls
    }

    fn current_section(&mut self) -> usize {
        if self.sections.is_empty() {
            self.sections.push(Section::default());
        }
        self.sections.len() - 1
    }

    fn add_framing(&mut self, text: String) {
        if self.sections.is_empty() {
            self.summary.push(text);
        } else {
            let section = self.current_section();
            self.sections[section].framing.push(text);
        }
    }

    fn add_draft(
        &mut self,
        label: Option<String>,
        text: String,
        urls: Vec<(String, usize)>,
        at: usize,
    ) {
        let section = self.current_section();
        self.drafts.push(Draft {
            section,
            group: self.group.clone(),
            label,
            text,
            urls,
            at,
        });
    }

    /// Checks sources, merges repeats, gives ids, and applies the topic and status rules.
    fn finish(mut self) -> Briefing {
        let mut briefing = Briefing {
            title: self.title.take().unwrap_or_default(),
            summary: self.summary.join("\n\n"),
            ..Briefing::default()
        };
        let mut source_index: HashMap<String, usize> = HashMap::new();
        let mut outlet_index: HashMap<String, usize> = HashMap::new();
        let mut by_text: HashMap<String, usize> = HashMap::new();
        let mut ids: HashMap<String, usize> = HashMap::new();
        let drafts = std::mem::take(&mut self.drafts);
        let mut claim_lines: Vec<u32> = Vec::new();
        for draft in drafts {
            let mut sources: Vec<usize> = Vec::new();
            for (raw, at) in &draft.urls {
                match check_url(raw) {
                    Ok(address) => {
                        let outlet =
                            *outlet_index
                                .entry(address.outlet.clone())
                                .or_insert_with(|| {
                                    briefing.outlets.push(Outlet {
                                        name: outlet_name(&address.outlet),
                                        id: address.outlet.clone(),
                                    });
                                    briefing.outlets.len() - 1
                                });
                        let source =
                            *source_index.entry(address.url.clone()).or_insert_with(|| {
                                briefing.sources.push(Source {
                                    url: address.url,
                                    outlet,
                                    domain: address.domain,
                                    date: address.date,
                                });
                                briefing.sources.len() - 1
                            });
                        if !sources.contains(&source) {
                            sources.push(source);
                        }
                    }
                    Err(message) => self.diagnose(Severity::Error, *at, message),
                }
            }
            let line = self.problems.line(draft.at);
            if sources.is_empty() {
                self.sections[draft.section].framing.push(draft.text);
                continue;
            }
            let key = squash_spaces(&fold(&draft.text));
            if let Some(&first) = by_text.get(&key) {
                self.diagnose(
                    Severity::Warning,
                    draft.at,
                    format!(
                        "this claim repeats the claim on line {}; their sources are merged",
                        claim_lines[first]
                    ),
                );
                let claim: &mut Claim = &mut briefing.claims[first];
                for s in sources {
                    if !claim.sources.contains(&s) {
                        claim.sources.push(s);
                    }
                }
                continue;
            }
            by_text.insert(key.clone(), briefing.claims.len());
            claim_lines.push(line);
            let id = unique_id(&key, &mut ids);
            briefing.claims.push(Claim {
                id,
                section: draft.section,
                group: draft.group,
                label: draft.label,
                text: draft.text,
                sources,
                topics: Vec::new(),
                status: Status::Confirmed,
                status_reason: String::new(),
                status_kinds: Vec::new(),
                status_words: Vec::new(),
                status_origin: Origin::Rules,
                topics_origin: Origin::Rules,
                line,
                change: Default::default(),
                correction: None,
            });
        }
        briefing.lang = crate::lang::detect(&language_sample(&briefing)).to_string();
        if let Some(warning) = no_rules_warning(&briefing.lang) {
            self.diagnose(Severity::Warning, 0, warning);
        }
        briefing.sections = self.sections;
        apply_rules(&mut briefing);
        briefing
    }
}

/// What a briefing's language is told by: its own words, not its addresses.
fn language_sample(b: &Briefing) -> String {
    let mut sample = format!("{}\n{}\n", b.title, b.summary);
    for claim in &b.claims {
        sample.push_str(&claim.text);
        sample.push('\n');
    }
    sample
}

/// The warning for a briefing in a language the rules cannot read yet, if it is one.
pub fn no_rules_warning(lang: &str) -> Option<String> {
    crate::lang::language(lang).is_none().then(|| {
        format!("the briefing is in `{lang}`, which the status and topic rules do not read yet: its claims are judged by the English rules")
    })
}

/// Ids come from the claim's folded text; two different texts that meet the same hash (about
/// one in a million billion) are told apart by order.
fn unique_id(key: &str, ids: &mut HashMap<String, usize>) -> String {
    let base = format!("c-{}", base32(fnv1a(key.as_bytes()), 10));
    let seen = ids.entry(base.clone()).or_insert(0);
    *seen += 1;
    if *seen == 1 {
        base
    } else {
        format!("{base}-{seen}")
    }
}

/// Topics, statuses and reasons by the built-in rules of the briefing's language (English
/// where it has none), the reasons written in its catalog.
pub fn apply_rules(briefing: &mut Briefing) {
    let language = crate::lang::language(&briefing.lang).unwrap_or_else(crate::lang::english);
    let catalog = crate::lang::catalog_or_english(&briefing.lang);
    let headings: Vec<Vec<&str>> = briefing
        .claims
        .iter()
        .map(|c| {
            let section = briefing.sections[c.section].title.as_str();
            c.group.as_deref().into_iter().chain([section]).collect()
        })
        .collect();
    let inputs: Vec<rules::ClaimWords<'_>> = briefing
        .claims
        .iter()
        .zip(&headings)
        .map(|(c, headings)| rules::ClaimWords {
            label: c.label.as_deref(),
            text: &c.text,
            headings,
        })
        .collect();
    let (topics, per_claim) = language.topics.assign(&inputs);
    briefing.topics = topics
        .into_iter()
        .map(|t| Topic {
            id: t.id,
            name: t.name,
            origin: Origin::Rules,
        })
        .collect();
    for (claim, topics) in briefing.claims.iter_mut().zip(per_claim) {
        let verdict = language.status.judge(claim.label.as_deref(), &claim.text);
        claim.topics = topics;
        claim.status = verdict.status;
        claim.status_reason = catalog.reason(&verdict.kinds, &verdict.words);
        claim.status_kinds = verdict.kinds;
        claim.status_words = verdict.words;
    }
    briefing.date = briefing.sources.iter().filter_map(|s| s.date).max();
}

/// The label of an item that is nothing but a bold label ("**Key Issues**", "**Context:**").
fn bold_label_only(inline: &Inline) -> Option<String> {
    let &(start, end) = inline.strong.first()?;
    let outside = format!("{}{}", &inline.text[..start], &inline.text[end..]);
    outside
        .trim()
        .trim_matches(':')
        .trim()
        .is_empty()
        .then(|| squash_spaces(inline.text[start..end].trim().trim_end_matches(':')))
}

/// Splits "**Label**: text" into its label and text. `text` is the block's text with citations
/// already removed, which starts the same way as the inline text.
fn split_label(inline: &Inline, text: &str) -> (Option<String>, String) {
    let leading = inline.text.len() - inline.text.trim_start().len();
    if let Some(&(start, end)) = inline.strong.first() {
        let label = inline.text[start..end].trim();
        let rest = inline.text[end..].trim_start();
        if start == leading && !label.is_empty() && (rest.starts_with(':') || label.ends_with(':'))
        {
            let label_len = text.find(label).map(|i| i + label.len());
            if let Some(after_label) = label_len {
                let body = text[after_label..]
                    .trim_start()
                    .trim_start_matches(':')
                    .trim_start();
                if !body.is_empty() {
                    return (
                        Some(squash_spaces(label.trim_end_matches(':'))),
                        body.to_string(),
                    );
                }
            }
        }
    }
    (None, text.to_string())
}

fn strip_citations(text: &str, citations: &[citation::Citation<'_>]) -> String {
    strip_citations_in(text, 0..text.len(), citations)
}

/// The text of `range` without its citation brackets, with spacing tidied where they were.
fn strip_citations_in(
    text: &str,
    range: std::ops::Range<usize>,
    citations: &[citation::Citation<'_>],
) -> String {
    let mut out = String::with_capacity(range.len());
    let mut from = range.start;
    for c in citations
        .iter()
        .filter(|c| c.start >= range.start && c.end <= range.end)
    {
        out.push_str(&text[from..c.start]);
        let trimmed = out.trim_end().len();
        out.truncate(trimmed);
        if text[c.end..range.end].starts_with(|ch: char| ch.is_alphanumeric()) {
            out.push(' ');
        }
        from = c.end;
    }
    out.push_str(&text[from..range.end]);
    squash_spaces(&out)
}
