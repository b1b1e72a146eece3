//! Any bytes as a briefing: the parser never panics, and what it returns keeps the model's
//! invariants (every claim has sources and topics, ids are unique, positions are real) and
//! survives the bundled form unchanged.
#![no_main]

use briefing::codec::{decode, encode};
use briefing::parse::parse;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let parsed = parse("fuzz.md", data);
    let b = &parsed.briefing;
    let mut ids: Vec<&str> = b.claims.iter().map(|c| c.id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), b.claims.len(), "claim ids are unique");
    for claim in &b.claims {
        assert!(!claim.sources.is_empty() && claim.sources.iter().all(|&s| s < b.sources.len()));
        assert!(!claim.topics.is_empty() && claim.topics.iter().all(|&t| t < b.topics.len()));
        assert!(claim.section < b.sections.len());
        assert!(b.claim_sources(claim).all(|s| s.url.starts_with("http://") || s.url.starts_with("https://")));
    }
    for d in &parsed.diagnostics {
        assert!(d.line >= 1 && d.col >= 1 && !d.message.is_empty());
    }
    if !parsed.has_errors() {
        assert_eq!(decode(&encode(b)).map(|d| d.briefing).as_ref(), Ok(b));
    }
});
