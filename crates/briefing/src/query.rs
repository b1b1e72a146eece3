//! Which claims a reader sees for a filter, the counts beside every control, and where a search
//! matched. Pure functions over a briefing; the explorer calls them on every change.

use crate::model::{Briefing, Status};
use crate::text::{fold, fold_with_offsets};

/// A set of topic indices. Topics are few (the rules cap them at a dozen, editors at 64), so a
/// bit set makes "does this claim match any active topic" one instruction.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct TopicSet(u64);

impl TopicSet {
    pub fn of(topics: &[usize]) -> TopicSet {
        TopicSet(
            topics
                .iter()
                .filter(|&&t| t < 64)
                .fold(0, |bits, &t| bits | 1 << t),
        )
    }
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
    pub fn contains(self, topic: usize) -> bool {
        topic < 64 && self.0 & (1 << topic) != 0
    }
    pub fn toggled(self, topic: usize) -> TopicSet {
        if topic < 64 {
            TopicSet(self.0 ^ (1 << topic))
        } else {
            self
        }
    }
    pub fn intersects(self, other: TopicSet) -> bool {
        self.0 & other.0 != 0
    }
    pub fn iter(self) -> impl Iterator<Item = usize> {
        (0..64).filter(move |&t| self.contains(t))
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum StatusFilter {
    #[default]
    All,
    Confirmed,
    Unconfirmed,
}

impl StatusFilter {
    pub const ALL: [StatusFilter; 3] = [
        StatusFilter::All,
        StatusFilter::Confirmed,
        StatusFilter::Unconfirmed,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            StatusFilter::All => "all",
            StatusFilter::Confirmed => "confirmed",
            StatusFilter::Unconfirmed => "unconfirmed",
        }
    }
    pub fn parse(s: &str) -> Option<StatusFilter> {
        StatusFilter::ALL.into_iter().find(|f| f.as_str() == s)
    }
    pub fn fits(self, status: Status) -> bool {
        match self {
            StatusFilter::All => true,
            StatusFilter::Confirmed => status == Status::Confirmed,
            StatusFilter::Unconfirmed => status == Status::Unconfirmed,
        }
    }
}

/// What the reader asked to see. A claim is shown when it has any of the chosen topics (or none
/// are chosen), fits the status, cites the chosen outlet, and contains every search word.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Filter {
    pub topics: TopicSet,
    pub status: StatusFilter,
    pub search: String,
    pub outlet: Option<usize>,
    /// Only the claims that changed since the previous version.
    pub changed: bool,
}

impl Filter {
    pub fn is_default(&self) -> bool {
        *self == Filter::default()
    }
}

/// The words of a search, folded; at most a few, so a pasted paragraph cannot stall the page.
pub fn search_terms(search: &str) -> Vec<String> {
    let mut terms: Vec<String> = Vec::new();
    for term in fold(search).split_whitespace().take(12) {
        if !terms.iter().any(|t| t == term) {
            terms.push(term.to_string());
        }
    }
    terms
}

/// What every claim is matched on, computed once per briefing.
#[derive(Debug, PartialEq)]
pub struct ClaimIndex {
    /// Folded label, text and outlet names, one line each so a term cannot span two of them.
    haystacks: Vec<String>,
    topics: Vec<TopicSet>,
    statuses: Vec<Status>,
    outlets: Vec<Vec<usize>>,
    changed: Vec<bool>,
    topic_count: usize,
    outlet_count: usize,
}

/// Everything a reader sees for a filter: the matching claims and the count beside each control,
/// where each count assumes the reader's other choices stay as they are.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Results {
    /// Claim indices in briefing order.
    pub claims: Vec<usize>,
    /// Per topic: claims that would show with that topic, given status, outlet and search.
    pub topic_counts: Vec<usize>,
    /// All, confirmed, unconfirmed: given topics, outlet and search.
    pub status_counts: [usize; 3],
    /// Per outlet: claims citing it, given topics, status and search.
    pub outlet_counts: Vec<usize>,
}

impl ClaimIndex {
    pub fn new(briefing: &Briefing) -> ClaimIndex {
        let mut index = ClaimIndex {
            haystacks: Vec::with_capacity(briefing.claims.len()),
            topics: Vec::with_capacity(briefing.claims.len()),
            statuses: Vec::with_capacity(briefing.claims.len()),
            outlets: Vec::with_capacity(briefing.claims.len()),
            changed: Vec::with_capacity(briefing.claims.len()),
            topic_count: briefing.topics.len(),
            outlet_count: briefing.outlets.len(),
        };
        for claim in &briefing.claims {
            let outlets = briefing.claim_outlets(claim);
            let mut haystack = String::new();
            if let Some(label) = &claim.label {
                haystack.push_str(&fold(label));
                haystack.push('\n');
            }
            haystack.push_str(&fold(&claim.text));
            for &o in &outlets {
                haystack.push('\n');
                haystack.push_str(&fold(&briefing.outlets[o].name));
            }
            index.haystacks.push(haystack);
            index.topics.push(TopicSet::of(&claim.topics));
            index.statuses.push(claim.status);
            index.outlets.push(outlets);
            index.changed.push(!claim.change.kinds.is_empty());
        }
        index
    }

    /// One pass over the claims computes the results and every count.
    pub fn results(&self, filter: &Filter) -> Results {
        let terms = search_terms(&filter.search);
        let mut results = Results {
            claims: Vec::new(),
            topic_counts: vec![0; self.topic_count],
            status_counts: [0; 3],
            outlet_counts: vec![0; self.outlet_count],
        };
        for c in 0..self.haystacks.len() {
            if filter.changed && !self.changed[c]
                || !terms.iter().all(|t| self.haystacks[c].contains(t.as_str()))
            {
                continue;
            }
            let topic = filter.topics.is_empty() || filter.topics.intersects(self.topics[c]);
            let status = filter.status.fits(self.statuses[c]);
            let outlet = filter.outlet.is_none_or(|o| self.outlets[c].contains(&o));
            if status && outlet {
                for t in self.topics[c].iter() {
                    results.topic_counts[t] += 1;
                }
            }
            if topic && outlet {
                results.status_counts[0] += 1;
                let i = if self.statuses[c] == Status::Confirmed {
                    1
                } else {
                    2
                };
                results.status_counts[i] += 1;
            }
            if topic && status {
                for &o in &self.outlets[c] {
                    results.outlet_counts[o] += 1;
                }
                if outlet {
                    results.claims.push(c);
                }
            }
        }
        results
    }
}

/// Indices of `counts`, largest count first, ties in index order (outlets backing most claims
/// first). An insertion sort: lists are short (outlets of one briefing), and the standard
/// library's sorts would add several KB to the explorer's WebAssembly.
pub fn most_first(counts: &[usize]) -> Vec<usize> {
    let mut order: Vec<usize> = Vec::with_capacity(counts.len());
    for i in 0..counts.len() {
        let at = order
            .iter()
            .rposition(|&j| counts[j] >= counts[i])
            .map_or(0, |p| p + 1);
        order.insert(at, i);
    }
    order
}

/// Byte ranges of `text` where any search term matches, ignoring case and accents; sorted and
/// merged, ready to be marked.
pub fn highlights(text: &str, terms: &[String]) -> Vec<(usize, usize)> {
    if terms.is_empty() {
        return Vec::new();
    }
    let (folded, offsets) = fold_with_offsets(text);
    let mut ranges: Vec<(usize, usize)> = Vec::new();
    for term in terms {
        let mut from = 0;
        while let Some(at) = folded[from..].find(term.as_str()) {
            let start = from + at;
            let end = start + term.len();
            let (original_start, mut original_end) = (offsets[start], offsets[end]);
            if original_end <= original_start {
                // The term ended inside one character's expansion ("s" in "ß"): mark that character.
                original_end = original_start
                    + text[original_start..]
                        .chars()
                        .next()
                        .map_or(0, char::len_utf8);
            }
            // Kept in order as they come (a few per text) rather than sorted afterwards: the
            // standard sort would add kilobytes to the WebAssembly.
            let at = ranges
                .iter()
                .rposition(|r| *r <= (original_start, original_end))
                .map_or(0, |p| p + 1);
            ranges.insert(at, (original_start, original_end));
            from = start + term.len().max(1);
        }
    }
    let mut merged: Vec<(usize, usize)> = Vec::with_capacity(ranges.len());
    for (start, end) in ranges {
        match merged.last_mut() {
            Some(last) if start <= last.1 => last.1 = last.1.max(end),
            _ => merged.push((start, end)),
        }
    }
    merged
}
