//! Any text as the page's query string: reading it never panics, stays within the briefing,
//! and the state it gives survives a trip through the URL unchanged.
#![no_main]

use std::sync::OnceLock;

use briefing::model::Briefing;
use briefing::parse::parse;
use briefing::state::AppState;
use libfuzzer_sys::fuzz_target;

fn briefing() -> &'static Briefing {
    static BRIEFING: OnceLock<Briefing> = OnceLock::new();
    BRIEFING.get_or_init(|| parse("briefing.md", include_bytes!("../../data/briefing.md")).briefing)
}

fuzz_target!(|query: &str| {
    let b = briefing();
    let state = AppState::from_query(b, query);
    assert!(state.filter.topics.iter().all(|t| t < b.topics.len()));
    assert!(state.filter.outlet.is_none_or(|o| o < b.outlets.len()));
    assert!(state.selected.is_none_or(|c| c < b.claims.len()));
    assert!(state.filter.search.chars().count() <= briefing::state::MAX_SEARCH);
    assert_eq!(AppState::from_query(b, &state.to_query(b)), state);
});
