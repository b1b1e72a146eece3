//! The briefing model: plain data shared by the parser, the rules, the queries and the views.
//! It knows nothing of markdown, Yew or the DOM; everything in it is already decided.

use std::fmt;

/// One briefing: a short article of claims, each backed by one or more sources.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Briefing {
    /// The language it is written in (BCP 47, `en`, `es`): detected from its text or set by
    /// the editor file. Its rules judged the claims; its catalog is the page's first language.
    pub lang: String,
    pub title: String,
    /// The lede: the briefing's own framing, never a sourced claim.
    pub summary: String,
    /// When the briefing was last current: set by an editor, else the newest dated source.
    pub date: Option<Date>,
    pub sections: Vec<Section>,
    /// Claims in briefing order.
    pub claims: Vec<Claim>,
    /// Every distinct source URL, in order of first citation.
    pub sources: Vec<Source>,
    /// Every distinct outlet, in order of first citation.
    pub outlets: Vec<Outlet>,
    /// Topics in display order (most claims first).
    pub topics: Vec<Topic>,
    /// Its earlier versions and what changed since the last one; empty until it is published
    /// again with changes (`scripts/site`). Not part of the briefing's version.
    pub history: History,
}

/// A briefing's past, as its page shows it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct History {
    /// Earlier versions, oldest first, each at `v/<id>/` beside the current page.
    pub versions: Vec<VersionRef>,
    /// When this version was published.
    pub updated: Option<Date>,
    /// The texts of the previous version's claims this one no longer has.
    pub removed: Vec<String>,
    /// Set on an earlier version's own page: the current version's id.
    pub superseded_by: Option<String>,
}

impl History {
    /// Whether there is a previous version to compare with.
    pub fn has_changes(&self) -> bool {
        !self.versions.is_empty()
    }
}

/// An earlier version: its id (the version readers see), when it was published, and what
/// changed from it to the version whose history this is (what a reader who last saw it is told).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VersionRef {
    pub id: String,
    pub date: Option<Date>,
    pub since: ChangeCounts,
}

/// How a claim differs from the previous version's, when it does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChangeKind {
    /// Not in the previous version.
    Added,
    /// The same claim in new words.
    Rewritten,
    /// Its status changed.
    Status,
    /// Sources were added or removed.
    Sources,
}

impl ChangeKind {
    pub const ALL: [ChangeKind; 4] = [
        ChangeKind::Added,
        ChangeKind::Rewritten,
        ChangeKind::Status,
        ChangeKind::Sources,
    ];

    /// Its name in the page (`data-change`) and the JSON form.
    pub fn as_str(self) -> &'static str {
        match self {
            ChangeKind::Added => "added",
            ChangeKind::Rewritten => "rewritten",
            ChangeKind::Status => "status",
            ChangeKind::Sources => "sources",
        }
    }
}

/// A claim's change since the previous version, and its past ids.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Change {
    /// Empty when it did not change.
    pub kinds: Vec<ChangeKind>,
    /// Its status and reason in the previous version, when the status changed.
    pub previous_status: Option<(Status, String)>,
    /// The ids it had in earlier versions (ids follow the text), oldest first, so a reader's
    /// browser can recognise it across any number of rewordings.
    pub earlier_ids: Vec<String>,
}

/// How many claims changed, by kind, and how many are gone: between two versions, or since a
/// reader's last visit.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ChangeCounts {
    pub added: usize,
    pub rewritten: usize,
    pub status: usize,
    pub sources: usize,
    pub removed: usize,
}

impl ChangeCounts {
    pub fn is_empty(&self) -> bool {
        *self == ChangeCounts::default()
    }

    /// Counts one claim's change.
    pub fn add(&mut self, kinds: &[ChangeKind]) {
        for kind in kinds {
            *match kind {
                ChangeKind::Added => &mut self.added,
                ChangeKind::Rewritten => &mut self.rewritten,
                ChangeKind::Status => &mut self.status,
                ChangeKind::Sources => &mut self.sources,
            } += 1;
        }
    }
}

/// An editor's correction of a claim, shown on it with its date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Correction {
    pub text: String,
    /// The day it was first published.
    pub date: Option<Date>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Section {
    /// Empty for claims that come before the first section heading.
    pub title: String,
    /// Text in the section that cites nothing (a thesis, an aside): shown as framing.
    pub framing: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Claim {
    /// Derived from the claim's text only, so it survives rebuilds and reordering.
    pub id: String,
    /// Index into `Briefing::sections`.
    pub section: usize,
    /// The numbered group the claim sits under, e.g. "Key Issues for Discussion".
    pub group: Option<String>,
    /// The bold lead-in, e.g. "Drug Trafficking".
    pub label: Option<String>,
    /// The claim without citation brackets or label.
    pub text: String,
    /// Indices into `Briefing::sources`; never empty.
    pub sources: Vec<usize>,
    /// Indices into `Briefing::topics`; never empty.
    pub topics: Vec<usize>,
    pub status: Status,
    /// Why the claim has its status, in words a reader understands, in the briefing's language.
    pub status_reason: String,
    /// What the rules found, for the reason to be written in any language: the kinds of
    /// wording, in the order they appear, and the deciding words as written. Empty for a
    /// confirmed claim.
    pub status_kinds: Vec<StatusKind>,
    pub status_words: Vec<String>,
    pub status_origin: Origin,
    pub topics_origin: Origin,
    /// 1-based line of the claim in its file, for messages and for editors.
    pub line: u32,
    /// Since the previous version (`History`).
    pub change: Change,
    pub correction: Option<Correction>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Status {
    #[default]
    Confirmed,
    Unconfirmed,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Confirmed => "confirmed",
            Status::Unconfirmed => "unconfirmed",
        }
    }

    pub fn parse(s: &str) -> Option<Status> {
        match s {
            "confirmed" => Some(Status::Confirmed),
            "unconfirmed" => Some(Status::Unconfirmed),
            _ => None,
        }
    }
}

/// The kinds of wording that make a claim unconfirmed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StatusKind {
    Hedge,
    Speculation,
    Belief,
    Forecast,
    Condition,
    Estimate,
    Unnamed,
    Claim,
    Unverified,
    Disputed,
}

impl StatusKind {
    pub const ALL: [StatusKind; 10] = [
        StatusKind::Hedge,
        StatusKind::Speculation,
        StatusKind::Belief,
        StatusKind::Forecast,
        StatusKind::Condition,
        StatusKind::Estimate,
        StatusKind::Unnamed,
        StatusKind::Claim,
        StatusKind::Unverified,
        StatusKind::Disputed,
    ];

    /// Its name in data files and the JSON form.
    pub fn as_str(self) -> &'static str {
        match self {
            StatusKind::Hedge => "hedge",
            StatusKind::Speculation => "speculation",
            StatusKind::Belief => "belief",
            StatusKind::Forecast => "forecast",
            StatusKind::Condition => "condition",
            StatusKind::Estimate => "estimate",
            StatusKind::Unnamed => "unnamed",
            StatusKind::Claim => "claim",
            StatusKind::Unverified => "unverified",
            StatusKind::Disputed => "disputed",
        }
    }

    pub fn parse(s: &str) -> Option<StatusKind> {
        StatusKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// Who decided a claim's status or topics: the built-in rules or an editor.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Origin {
    #[default]
    Rules,
    Editorial,
}

impl Origin {
    pub fn as_str(self) -> &'static str {
        match self {
            Origin::Rules => "rules",
            Origin::Editorial => "editorial",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    pub url: String,
    /// Index into `Briefing::outlets`.
    pub outlet: usize,
    /// The host without `www.`, e.g. `apnews.com`.
    pub domain: String,
    /// Publication date when the URL carries one (`/2026/01/02/`).
    pub date: Option<Date>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outlet {
    /// The registrable domain, e.g. `firstpost.com`; stable across builds.
    pub id: String,
    pub name: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Topic {
    /// A slug, stable for a given theme or label, used in URLs and the JSON form.
    pub id: String,
    pub name: String,
    pub origin: Origin,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if year.is_multiple_of(4)
                && (!year.is_multiple_of(100) || year.is_multiple_of(400)) =>
            {
                29
            }
            2 => 28,
            _ => return None,
        };
        ((1900..=2200).contains(&year) && (1..=days).contains(&day)).then_some(Date {
            year,
            month,
            day,
        })
    }

    /// Parses `YYYY-MM-DD`.
    pub fn parse_iso(s: &str) -> Option<Date> {
        let mut parts = s.split('-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return None;
        }
        Date::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Briefing {
    /// What changed since the previous version.
    pub fn change_counts(&self) -> ChangeCounts {
        let mut counts = ChangeCounts {
            removed: self.history.removed.len(),
            ..ChangeCounts::default()
        };
        for claim in &self.claims {
            counts.add(&claim.change.kinds);
        }
        counts
    }

    pub fn claim_sources<'a>(&'a self, claim: &'a Claim) -> impl Iterator<Item = &'a Source> + 'a {
        claim.sources.iter().map(|&s| &self.sources[s])
    }

    /// Indices of the outlets a claim cites, without repeats, in citation order.
    pub fn claim_outlets(&self, claim: &Claim) -> Vec<usize> {
        let mut outlets: Vec<usize> = Vec::with_capacity(claim.sources.len());
        for source in self.claim_sources(claim) {
            if !outlets.contains(&source.outlet) {
                outlets.push(source.outlet);
            }
        }
        outlets
    }

    /// The outlets that back a claim independently of each other, in citation order: one per
    /// readable name, so an outlet cited under two domains (`bbc.com`, `bbc.co.uk`) counts once.
    pub fn independent_outlets(&self, claim: &Claim) -> Vec<usize> {
        let mut outlets: Vec<usize> = Vec::with_capacity(claim.sources.len());
        for o in self.claim_outlets(claim) {
            if !outlets
                .iter()
                .any(|&k| self.outlets[k].name == self.outlets[o].name)
            {
                outlets.push(o);
            }
        }
        outlets
    }

    /// Indices of the claims that cite an outlet, in briefing order.
    pub fn claims_backed_by(&self, outlet: usize) -> Vec<usize> {
        (0..self.claims.len())
            .filter(|&c| {
                self.claim_sources(&self.claims[c])
                    .any(|s| s.outlet == outlet)
            })
            .collect()
    }

    /// How many claims carry each topic, indexed like `topics`.
    pub fn topic_counts(&self) -> Vec<usize> {
        let mut counts = vec![0; self.topics.len()];
        for claim in &self.claims {
            for &t in &claim.topics {
                counts[t] += 1;
            }
        }
        counts
    }

    pub fn unconfirmed_count(&self) -> usize {
        self.claims
            .iter()
            .filter(|c| c.status == Status::Unconfirmed)
            .count()
    }

    pub fn claim_index(&self, id: &str) -> Option<usize> {
        self.claims.iter().position(|c| c.id == id)
    }

    pub fn topic_index(&self, id: &str) -> Option<usize> {
        self.topics.iter().position(|t| t.id == id)
    }

    pub fn outlet_index(&self, id: &str) -> Option<usize> {
        self.outlets.iter().position(|o| o.id == id)
    }
}
