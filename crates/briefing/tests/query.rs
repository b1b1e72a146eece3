//! What a reader sees for each filter: the matching claims and the counts beside the controls.

mod common;

use briefing::query::{highlights, search_terms, ClaimIndex, Filter, StatusFilter, TopicSet};
use common::{briefing, default_briefing};

const SMALL: &str = "# T\n\n## S\n\n\
- **Oil**: Crude output rose in Nicolás's region [https://apnews.com/a].\n\
- Troops allegedly crossed the border [https://www.euronews.com/b].\n\
- Talks on oil and migrants began [https://apnews.com/c] [https://www.scmp.com/d].\n";

fn ids(b: &briefing::model::Briefing, claims: &[usize]) -> Vec<String> {
    claims
        .iter()
        .map(|&c| {
            b.claims[c]
                .text
                .split_whitespace()
                .next()
                .unwrap()
                .to_string()
        })
        .collect()
}

fn topics(b: &briefing::model::Briefing, names: &[&str]) -> TopicSet {
    TopicSet::of(
        &names
            .iter()
            .map(|n| b.topic_index(n).unwrap_or_else(|| panic!("no topic {n}")))
            .collect::<Vec<_>>(),
    )
}

#[test]
fn filters_pick_the_claims_a_reader_asked_for() {
    let b = briefing(SMALL);
    let index = ClaimIndex::new(&b);
    for (filter, expected) in [
        (Filter::default(), vec!["Crude", "Troops", "Talks"]),
        (
            Filter {
                topics: topics(&b, &["energy-oil"]),
                ..Filter::default()
            },
            vec!["Crude", "Talks"],
        ),
        (
            Filter {
                topics: topics(&b, &["energy-oil", "military"]),
                ..Filter::default()
            },
            vec!["Crude", "Troops", "Talks"],
        ),
        (
            Filter {
                status: StatusFilter::Unconfirmed,
                ..Filter::default()
            },
            vec!["Troops"],
        ),
        (
            Filter {
                status: StatusFilter::Confirmed,
                ..Filter::default()
            },
            vec!["Crude", "Talks"],
        ),
        (
            Filter {
                search: "NICOLAS".into(),
                ..Filter::default()
            },
            vec!["Crude"],
        ),
        (
            Filter {
                search: "oil  talks".into(),
                ..Filter::default()
            },
            vec!["Talks"],
        ),
        (
            Filter {
                search: "euronews".into(),
                ..Filter::default()
            },
            vec!["Troops"],
        ),
        (
            Filter {
                search: "oil".into(),
                ..Filter::default()
            },
            vec!["Crude", "Talks"],
        ),
        (
            Filter {
                outlet: b.outlet_index("apnews.com"),
                ..Filter::default()
            },
            vec!["Crude", "Talks"],
        ),
        (
            Filter {
                outlet: b.outlet_index("scmp.com"),
                status: StatusFilter::Unconfirmed,
                ..Filter::default()
            },
            vec![],
        ),
        (
            Filter {
                search: "zebra".into(),
                ..Filter::default()
            },
            vec![],
        ),
    ] {
        assert_eq!(
            ids(&b, &index.results(&filter).claims),
            expected,
            "{filter:?}"
        );
    }
}

#[test]
fn counts_assume_the_readers_other_choices() {
    let b = briefing(SMALL);
    let index = ClaimIndex::new(&b);
    let energy = b.topic_index("energy-oil").unwrap();
    let military = b.topic_index("military").unwrap();
    let unconfirmed = index.results(&Filter {
        status: StatusFilter::Unconfirmed,
        ..Filter::default()
    });
    assert_eq!(unconfirmed.topic_counts[energy], 0);
    assert_eq!(unconfirmed.topic_counts[military], 1);
    assert_eq!(
        unconfirmed.status_counts,
        [3, 2, 1],
        "status counts ignore the status choice itself"
    );
    let energy_only = index.results(&Filter {
        topics: TopicSet::of(&[energy]),
        ..Filter::default()
    });
    assert_eq!(
        energy_only.topic_counts[military], 1,
        "topic counts ignore the topic choice: topics combine with OR"
    );
    assert_eq!(energy_only.status_counts, [2, 2, 0]);
    let apnews = b.outlet_index("apnews.com").unwrap();
    assert_eq!(energy_only.outlet_counts[apnews], 2);
}

#[test]
fn the_default_briefing_counts_add_up() {
    let b = default_briefing();
    let index = ClaimIndex::new(&b);
    let all = index.results(&Filter::default());
    assert_eq!(all.claims.len(), 11);
    assert_eq!(all.status_counts, [11, 5, 6]);
    assert_eq!(all.topic_counts, b.topic_counts());
    for t in 0..b.topics.len() {
        let one = index.results(&Filter {
            topics: TopicSet::of(&[t]),
            ..Filter::default()
        });
        assert_eq!(one.claims.len(), all.topic_counts[t]);
        assert_eq!(
            one.status_counts[0],
            one.status_counts[1] + one.status_counts[2]
        );
    }
}

#[test]
fn search_terms_are_folded_and_bounded() {
    assert_eq!(
        search_terms("  Nicolás  MADURO nicolas "),
        ["nicolas", "maduro"]
    );
    assert_eq!(search_terms(&"word ".repeat(100)).len(), 1);
    assert_eq!(
        search_terms(&(0..100).map(|i| format!("w{i} ")).collect::<String>()).len(),
        12
    );
}

#[test]
fn highlights_mark_what_matched_in_the_original_text() {
    for (text, search, expected) in [
        (
            "Nicolás Maduro met NICOLAS",
            "nicolas",
            vec!["Nicolás", "NICOLAS"],
        ),
        ("oil and soil", "oil", vec!["oil", "oil"]),
        ("Straße", "s", vec!["S", "ß"]),
        (
            "drug-smuggling drugs",
            "drug smug",
            vec!["drug", "smug", "drug"],
        ),
        ("nothing here", "", vec![]),
    ] {
        let marks: Vec<&str> = highlights(text, &search_terms(search))
            .into_iter()
            .map(|(s, e)| &text[s..e])
            .collect();
        assert_eq!(marks, expected, "{text} / {search}");
    }
}

#[test]
fn outlets_backing_most_claims_come_first_ties_in_citation_order() {
    for (counts, expected) in [
        (vec![], vec![]),
        (vec![3], vec![0]),
        (vec![1, 4, 0, 4, 2], vec![1, 3, 4, 0, 2]),
        (vec![0, 0, 0], vec![0, 1, 2]),
        (vec![1, 2, 3, 4], vec![3, 2, 1, 0]),
    ] {
        assert_eq!(briefing::query::most_first(&counts), expected, "{counts:?}");
    }
}
