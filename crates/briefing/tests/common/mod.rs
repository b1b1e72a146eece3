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

/// The status rules of `lang`, which the tests expect to exist.
fn status_rules(lang: &str) -> &'static briefing::rules::StatusRules {
    &briefing::lang::language(lang)
        .unwrap_or_else(|| panic!("rules for {lang}"))
        .status
}

/// Judges each case with the rules and the reasons of `lang`, and fails listing those that
/// come out otherwise: a case expects `None` for confirmed as reported, else the reason a
/// reader sees without its "Unconfirmed: " (whose words are the deciding ones).
pub fn assert_judged_as_expected(lang: &str, cases: &[(&str, Option<&str>)]) {
    use briefing::i18n::Msg;
    use briefing::model::Status;
    let rules = status_rules(lang);
    let catalog = briefing::lang::catalog_or_english(lang);
    let unconfirmed = format!("{}: ", catalog.t(Msg::BadgeUnconfirmed));
    let mut wrong = Vec::new();
    for &(text, expected) in cases {
        let verdict = rules.judge(None, text);
        let reason = catalog.reason(&verdict.kinds, &verdict.words);
        let got = match verdict.status {
            Status::Confirmed => {
                assert!(
                    reason.starts_with(catalog.t(Msg::BadgeConfirmed)),
                    "{reason}"
                );
                None
            }
            Status::Unconfirmed => Some(
                reason
                    .trim_start_matches(&unconfirmed)
                    .trim_end_matches('.')
                    .to_string(),
            ),
        };
        if got.as_deref() != expected {
            wrong.push(format!(
                "{text}\n    expected {expected:?}\n    got      {got:?}"
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "{} of {} cases:\n{}",
        wrong.len(),
        cases.len(),
        wrong.join("\n")
    );
}

/// Judges each `LABEL<TAB>SENTENCE` line of a labelled fixture (1 = uncertain) with the rules
/// of `lang`, and fails on a sentence judged otherwise unless it is one of `known_misses`, and
/// on a known miss that is now judged right (so the list stays true).
pub fn assert_labelled_as_judged(lang: &str, fixture: &str, known_misses: &[&str]) {
    use briefing::model::Status;
    let rules = status_rules(lang);
    for line in fixture.lines().filter(|l| !l.starts_with('#')) {
        let (label, text) = line.split_once('\t').expect("LABEL<TAB>SENTENCE");
        let expected = if label == "1" {
            Status::Unconfirmed
        } else {
            Status::Confirmed
        };
        let judged = rules.judge(None, text).status;
        assert_eq!(
            judged == expected,
            !known_misses.contains(&text),
            "{text}: judged {judged:?}"
        );
    }
}
