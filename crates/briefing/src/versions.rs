//! A briefing across its versions: which claims of a new version are new, the same claim in new
//! words, changed in status or in sources, and which claims are gone.
//!
//! Claim ids follow the text, so a reworded claim has a new id. Claims are matched first by id,
//! then, among those left, by how alike their content words are (`dice`), with a bonus for citing
//! the same source; the best pairs above `REWRITE_THRESHOLD` are taken first. Each claim keeps
//! the ids it had before (`Change::earlier_ids`), so what changed since any earlier version can
//! be counted (`changes_since`) however many versions later.

use std::collections::{HashMap, HashSet};

use crate::model::{Briefing, ChangeCounts, ChangeKind, Date, VersionRef};
use crate::text::{fold, words};

/// Two claims this alike (or more) are the same claim reworded.
pub const REWRITE_THRESHOLD: f64 = 0.5;
/// How much sharing a cited source adds to two claims' likeness.
const SHARED_SOURCE_BONUS: f64 = 0.2;

/// How many letters of a word stand for it: "confirmed", "confirms" and "confirmó" are one
/// word to the matcher, which needs no stemmer per language.
const STEM_LETTERS: usize = 5;

/// The words of a claim that say what it is about: folded, of three letters or more (figures
/// like "12" change between versions), not among the language's most frequent, cut to a stem.
fn content_words(text: &str, stopwords: &[String]) -> HashSet<String> {
    words(&fold(text))
        .into_iter()
        .filter(|w| w.text.chars().count() >= 3 && !stopwords.iter().any(|s| s == w.text))
        .map(|w| w.text.chars().take(STEM_LETTERS).collect())
        .collect()
}

/// How alike two claims' content words are, from 0 to 1: the share of their stems that both
/// have (Dice's coefficient).
fn dice(a: &HashSet<String>, b: &HashSet<String>) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    let shared = a.intersection(b).count() as f64;
    shared / (a.len() + b.len()) as f64 * 2.0
}

/// The addresses a claim cites, in no order.
fn source_urls(b: &Briefing, claim: usize) -> HashSet<&str> {
    b.claim_sources(&b.claims[claim])
        .map(|s| s.url.as_str())
        .collect()
}

/// Each claim's index by its id.
fn by_id(b: &Briefing) -> HashMap<&str, usize> {
    b.claims
        .iter()
        .enumerate()
        .map(|(i, c)| (c.id.as_str(), i))
        .collect()
}

/// The claims of a briefing not matched yet, each with its content words and the addresses it
/// cites.
type Unmatched<'a> = Vec<(usize, HashSet<String>, HashSet<&'a str>)>;

fn unmatched<'a>(b: &'a Briefing, taken: &[bool], stopwords: &[String]) -> Unmatched<'a> {
    (0..b.claims.len())
        .filter(|&i| !taken[i])
        .map(|i| {
            let words = content_words(&b.claims[i].text, stopwords);
            (i, words, source_urls(b, i))
        })
        .collect()
}

/// Pairs `(old, new)` of claim indices that are the same claim.
pub fn match_claims(old: &Briefing, new: &Briefing) -> Vec<(usize, usize)> {
    let old_ids = by_id(old);
    let mut pairs = Vec::new();
    let mut old_taken = vec![false; old.claims.len()];
    let mut new_taken = vec![false; new.claims.len()];
    for (n, claim) in new.claims.iter().enumerate() {
        if let Some(&o) = old_ids.get(claim.id.as_str()) {
            pairs.push((o, n));
            old_taken[o] = true;
            new_taken[n] = true;
        }
    }
    // Each claim left is read once, not once per pair it is compared in.
    let stopwords = crate::lang::stopwords(&new.lang);
    let (old_left, new_left) = (
        unmatched(old, &old_taken, stopwords),
        unmatched(new, &new_taken, stopwords),
    );
    let mut candidates: Vec<(f64, usize, usize)> = Vec::new();
    for (o, old_words, old_urls) in &old_left {
        for (n, new_words, new_urls) in &new_left {
            let mut score = dice(old_words, new_words);
            if !old_urls.is_disjoint(new_urls) {
                score += SHARED_SOURCE_BONUS;
            }
            if score >= REWRITE_THRESHOLD {
                candidates.push((score, *o, *n));
            }
        }
    }
    candidates.sort_by(|a, b| b.0.total_cmp(&a.0).then((a.1, a.2).cmp(&(b.1, b.2))));
    for (_, o, n) in candidates {
        if !old_taken[o] && !new_taken[n] {
            old_taken[o] = true;
            new_taken[n] = true;
            pairs.push((o, n));
        }
    }
    pairs.sort_by_key(|&(_, n)| n);
    pairs
}

/// Writes into `new` what changed since `old` (the version published as `old_version`): each
/// claim's change, the claims gone, and the list of earlier versions. `today` dates this
/// version and any correction first published in it.
pub fn record_changes(old: &Briefing, old_version: &str, new: &mut Briefing, today: Option<Date>) {
    let pairs = match_claims(old, new);
    let mut matched_old = vec![false; old.claims.len()];
    for claim in &mut new.claims {
        claim.change = Default::default();
        claim.change.kinds.push(ChangeKind::Added);
    }
    for &(o, n) in &pairs {
        matched_old[o] = true;
        let before = &old.claims[o];
        let sources_changed = source_urls(old, o) != source_urls(new, n);
        let claim = &mut new.claims[n];
        let mut kinds = Vec::new();
        let mut earlier = before.change.earlier_ids.clone();
        if before.id != claim.id {
            kinds.push(ChangeKind::Rewritten);
            earlier.push(before.id.clone());
        }
        if before.status != claim.status {
            kinds.push(ChangeKind::Status);
            claim.change.previous_status = Some((before.status, before.status_reason.clone()));
        }
        if sources_changed {
            kinds.push(ChangeKind::Sources);
        }
        claim.change.kinds = kinds;
        claim.change.earlier_ids = earlier;
        if let (Some(now), Some(then)) = (&mut claim.correction, &before.correction) {
            if now.text == then.text {
                now.date = then.date;
            }
        }
    }
    date_corrections(new, today);
    // What changed since each older version is not known from `old`: `count_changes_since`.
    let mut versions: Vec<VersionRef> = old
        .history
        .versions
        .iter()
        .map(|v| VersionRef {
            since: ChangeCounts::default(),
            ..v.clone()
        })
        .collect();
    new.history.updated = today;
    new.history.removed = old
        .claims
        .iter()
        .zip(&matched_old)
        .filter(|(_, matched)| !**matched)
        .map(|(c, _)| c.text.clone())
        .collect();
    // Since the previous version, what changed is what this version's claims now say.
    versions.push(VersionRef {
        id: old_version.to_string(),
        date: old.history.updated.or(old.date),
        since: new.change_counts(),
    });
    new.history.versions = versions;
}

/// What changed from `earlier` (any earlier version) to `new`, as a reader who last saw
/// `earlier` is told: a claim of `new` is one `earlier` had when it has the same id or had it
/// before (`Change::earlier_ids`), so a claim reworded twice is still one claim.
pub fn changes_since(earlier: &Briefing, new: &Briefing) -> ChangeCounts {
    let earlier_ids = by_id(earlier);
    let mut matched = vec![false; earlier.claims.len()];
    let mut counts = ChangeCounts::default();
    for (n, claim) in new.claims.iter().enumerate() {
        let found = earlier_ids.get(claim.id.as_str()).or_else(|| {
            let mut ids = claim.change.earlier_ids.iter().rev();
            ids.find_map(|id| earlier_ids.get(id.as_str()))
        });
        let Some(&i) = found else {
            counts.added += 1;
            continue;
        };
        matched[i] = true;
        let before = &earlier.claims[i];
        counts.rewritten += usize::from(before.id != claim.id);
        counts.status += usize::from(before.status != claim.status);
        counts.sources += usize::from(source_urls(earlier, i) != source_urls(new, n));
    }
    counts.removed = matched.iter().filter(|m| !**m).count();
    counts
}

/// Fills in what changed since each earlier version of `new`, given that version's briefing as
/// published (`earlier(id)`, `None` when it cannot be read: then nothing is said of it).
pub fn count_changes_since(new: &mut Briefing, mut earlier: impl FnMut(&str) -> Option<Briefing>) {
    let counts: Vec<ChangeCounts> = new
        .history
        .versions
        .iter()
        .map(|v| earlier(&v.id).map_or_else(ChangeCounts::default, |b| changes_since(&b, new)))
        .collect();
    for (v, since) in new.history.versions.iter_mut().zip(counts) {
        v.since = since;
    }
}

/// Carries an unchanged briefing's history over from its previous publication (the same
/// version, published again by a newer build).
pub fn keep_history(old: &Briefing, new: &mut Briefing) {
    new.history = old.history.clone();
    for (claim, before) in new.claims.iter_mut().zip(&old.claims) {
        claim.change = before.change.clone();
        if let (Some(now), Some(then)) = (&mut claim.correction, &before.correction) {
            now.date = then.date;
        }
    }
}

/// Dates the corrections not dated yet: they are first published `today`.
pub fn date_corrections(new: &mut Briefing, today: Option<Date>) {
    for claim in &mut new.claims {
        if let Some(correction) = &mut claim.correction {
            correction.date = correction.date.or(today);
        }
    }
}
