//! What a reader saw of a briefing, kept in their own browser (nothing is sent anywhere), and
//! what changed since: on a later visit, across any number of versions.
//!
//! The record is the version the reader saw. What changed from each earlier version to the one
//! on the page is counted when the page is published (`versions::count_changes_since`) and
//! carried in its history, so the browser only looks it up.

use crate::model::{Briefing, ChangeCounts};

/// What changed since the reader saw version `seen`, if it is an earlier version of `b` and
/// something did change. A record that is not one of its versions counts as no visit.
pub fn since(seen: &str, b: &Briefing) -> Option<ChangeCounts> {
    let earlier = b.history.versions.iter().find(|v| v.id == seen)?;
    (!earlier.since.is_empty()).then_some(earlier.since)
}
