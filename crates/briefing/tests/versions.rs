//! Versions of a briefing: which claims are the same across two versions, what changed, and
//! what a returning reader is told.

mod common;

use briefing::model::{ChangeCounts, ChangeKind, Date, Status};
use briefing::versions::{count_changes_since, match_claims, record_changes};
use briefing::visit;
use common::briefing;

fn one_claim(text: &str, url: &str) -> briefing::model::Briefing {
    briefing(&format!("### Briefing\n\n- {text} [{url}]\n"))
}

/// How often matching is wrong on hand-labelled rewrites (`fixtures/rewrites.tsv`): a reworded
/// claim taken for a new one shows as added and removed (the reader loses its history); two
/// different claims taken for one show a rewrite that is not there.
#[test]
fn matching_rewrites_is_mostly_right_on_labelled_pairs() {
    let mut wrong = Vec::new();
    let mut total = 0;
    for line in include_str!("fixtures/rewrites.tsv").lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        let [label, shared, old, new] = fields[..] else {
            panic!("four fields: {line}");
        };
        let new_url = if shared == "yes" {
            "https://example.org/a"
        } else {
            "https://example.org/b"
        };
        let (a, b) = (
            one_claim(old, "https://example.org/a"),
            one_claim(new, new_url),
        );
        let matched = !match_claims(&a, &b).is_empty();
        total += 1;
        if matched != (label == "same") {
            wrong.push(format!("{label}: {old} | {new}"));
        }
    }
    eprintln!(
        "rewrites: {} of {total} pairs matched wrongly:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
    assert!(total >= 40);
    assert!(wrong.len() * 10 <= total, "{wrong:#?}");
}

const V1: &str = include_str!("fixtures/flattened.md");

/// The default briefing a day later: one claim reworded, one strike now confirmed, one claim
/// with a second source, one new claim, one claim gone (the end-to-end tests publish it too).
const V2: &str = include_str!("fixtures/venezuela-v2.md");

fn day(s: &str) -> Date {
    Date::parse_iso(s).unwrap()
}

fn kinds_of(b: &briefing::model::Briefing, starts: &str) -> Vec<ChangeKind> {
    let claim = b.claims.iter().find(|c| c.text.starts_with(starts));
    claim
        .unwrap_or_else(|| panic!("a claim starts {starts:?}"))
        .change
        .kinds
        .clone()
}

#[test]
fn a_new_version_marks_each_kind_of_change_claim_by_claim() {
    let v1 = briefing(V1);
    let mut v2 = briefing(V2);
    record_changes(&v1, "v1abc", &mut v2, Some(day("2026-01-03")));

    assert_eq!(
        kinds_of(&v2, "Maduro called the U.S."),
        [ChangeKind::Rewritten]
    );
    assert_eq!(
        kinds_of(&v2, "Maduro's openness to dialogue"),
        [ChangeKind::Rewritten, ChangeKind::Status]
    );
    assert_eq!(
        kinds_of(&v2, "The U.S. military has conducted"),
        [ChangeKind::Sources]
    );
    assert_eq!(
        kinds_of(&v2, "Venezuela's foreign minister"),
        [ChangeKind::Added]
    );
    assert!(kinds_of(&v2, "He also offered U.S. companies").is_empty());

    let confirmed = v2
        .claims
        .iter()
        .find(|c| c.text.starts_with("Maduro's openness"))
        .unwrap();
    assert_eq!(confirmed.status, Status::Confirmed);
    let (before, reason) = confirmed.change.previous_status.clone().unwrap();
    assert_eq!(before, Status::Unconfirmed);
    assert!(reason.contains("not been officially confirmed"), "{reason}");
    assert_eq!(confirmed.change.earlier_ids.len(), 1);

    assert_eq!(v2.history.removed.len(), 1);
    assert!(v2.history.removed[0].starts_with("The outcome of these discussions"));
    assert_eq!(v2.history.versions.len(), 1);
    assert_eq!(v2.history.versions[0].id, "v1abc");
    assert_eq!(v2.history.updated, Some(day("2026-01-03")));
    let counts = v2.change_counts();
    assert_eq!(
        (
            counts.added,
            counts.rewritten,
            counts.status,
            counts.sources,
            counts.removed
        ),
        (1, 2, 1, 1, 1)
    );
}

#[test]
fn an_unchanged_republication_changes_nothing() {
    let v1 = briefing(V1);
    let mut again = briefing(V1);
    record_changes(&v1, "v1abc", &mut again, None);
    assert!(again.change_counts().is_empty());
    assert!(again.claims.iter().all(|c| c.change.kinds.is_empty()));
}

#[test]
fn a_returning_reader_is_told_what_changed_since_their_visit_across_versions() {
    let v1 = briefing(V1);
    assert_eq!(
        visit::since("v1abc", &v1),
        None,
        "a first version: nothing to say"
    );

    let mut v2 = briefing(V2);
    record_changes(&v1, "v1abc", &mut v2, Some(day("2026-01-03")));
    assert_eq!(visit::since("v1abc", &v2), Some(v2.change_counts()));
    assert_eq!(visit::since("v2def", &v2), None, "the version on the page");

    // Version 3 rewords the reworded claim again: a reader who last saw version 1 still has it
    // counted as reworded (not as new and removed), through the ids it had.
    let v3_text = V2.replace(
        "Maduro called the U.S. a \"brother country\" and stressed",
        "Maduro called the United States a \"brother country\" and stressed",
    );
    let mut v3 = briefing(&v3_text);
    record_changes(&v2, "v2def", &mut v3, Some(day("2026-01-04")));
    assert_eq!(
        kinds_of(&v3, "Maduro called the United States"),
        [ChangeKind::Rewritten]
    );
    // Until the publisher reads version 1 back, nothing is said to its readers.
    assert_eq!(visit::since("v1abc", &v3), None);
    count_changes_since(&mut v3, |id| match id {
        "v1abc" => Some(v1.clone()),
        "v2def" => Some(v2.clone()),
        _ => None,
    });
    let counts = |c: ChangeCounts| (c.added, c.rewritten, c.status, c.sources, c.removed);
    assert_eq!(
        visit::since("v1abc", &v3).map(counts),
        Some((1, 2, 1, 1, 1))
    );
    assert_eq!(
        visit::since("v2def", &v3).map(counts),
        Some((0, 1, 0, 0, 0))
    );
    for seen in ["", "garbage", "v3ghi", "v1abc|2026-01-01"] {
        assert_eq!(visit::since(seen, &v3), None, "{seen:?}");
    }
}
