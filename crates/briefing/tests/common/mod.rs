//! Briefings the tests share.
// Each test crate compiles this module and uses part of it.
#![allow(dead_code)]

use briefing::model::Briefing;
use briefing::parse::parse;

pub fn default_briefing() -> Briefing {
    parse("briefing.md", include_bytes!("../fixtures/flattened.md")).briefing
}

pub fn briefing(text: &str) -> Briefing {
    let parsed = parse("b.md", text.as_bytes());
    assert!(!parsed.has_errors(), "{:?}", parsed.diagnostics);
    parsed.briefing
}
