//! Properties that hold for every briefing and every filter, checked over many generated ones.

use briefing::model::Status;
use briefing::parse::parse;
use briefing::query::{ClaimIndex, Filter, StatusFilter, TopicSet};
use briefing::synth::synth;

#[test]
fn invariants_hold_for_generated_briefings_and_filters() {
    for seed in 0..25u64 {
        let claims = 1 + (seed as usize * 37) % 300;
        let parsed = parse("s.md", synth(claims, seed, seed % 2 == 0).as_bytes());
        assert!(!parsed.has_errors(), "{:?}", parsed.diagnostics);
        let b = parsed.briefing;
        assert_eq!(b.claims.len(), claims);
        let mut ids: Vec<&str> = b.claims.iter().map(|c| c.id.as_str()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), claims, "ids are unique");
        assert!(b.topics.len() <= briefing::rules::MAX_TOPICS);
        for claim in &b.claims {
            assert!(!claim.sources.is_empty(), "every claim has a source");
            assert!(!claim.topics.is_empty(), "every claim has a topic");
            assert!(!claim.status_reason.is_empty());
            assert!(claim.sources.iter().all(|&s| s < b.sources.len()));
        }
        let index = ClaimIndex::new(&b);
        let all = index.results(&Filter::default());
        for (i, &status) in StatusFilter::ALL.iter().enumerate() {
            for t in 0..b.topics.len() {
                let filter = Filter {
                    topics: TopicSet::of(&[t, (t + seed as usize) % b.topics.len()]),
                    status,
                    search: ["", "oil", "border"][i].into(),
                    outlet: None,
                    changed: false,
                };
                let results = index.results(&filter);
                assert!(
                    results.claims.iter().all(|c| all.claims.contains(c)),
                    "filtered results are a subset"
                );
                assert!(
                    results.claims.windows(2).all(|w| w[0] < w[1]),
                    "results keep briefing order"
                );
                assert_eq!(
                    results.status_counts[0],
                    results.status_counts[1] + results.status_counts[2],
                    "status counts add up"
                );
                let shown = results.claims.len();
                assert_eq!(
                    shown, results.status_counts[i],
                    "the chosen status count is what is shown"
                );
                let confirmed = results
                    .claims
                    .iter()
                    .filter(|&&c| b.claims[c].status == Status::Confirmed)
                    .count();
                assert!(status != StatusFilter::Unconfirmed || confirmed == 0);
            }
        }
    }
}
