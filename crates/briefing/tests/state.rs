//! The explorer's state: one reducer, and a URL form that survives sharing and garbage.

mod common;

use briefing::query::{Filter, StatusFilter, TopicSet};
use briefing::state::{Action, AppState, View, PAGE};
use briefing::text::percent_decode;
use common::default_briefing;

#[test]
fn actions_change_only_what_they_name() {
    let start = AppState {
        limit: 3 * PAGE,
        selected: Some(2),
        ..AppState::default()
    };
    for (action, expected) in [
        (
            Action::ToggleTopic(1),
            AppState {
                filter: Filter {
                    topics: TopicSet::of(&[1]),
                    ..Filter::default()
                },
                selected: Some(2),
                ..AppState::default()
            },
        ),
        (
            Action::SetStatus(StatusFilter::Unconfirmed),
            AppState {
                filter: Filter {
                    status: StatusFilter::Unconfirmed,
                    ..Filter::default()
                },
                selected: Some(2),
                ..AppState::default()
            },
        ),
        (
            Action::Search("oil".into()),
            AppState {
                filter: Filter {
                    search: "oil".into(),
                    ..Filter::default()
                },
                selected: Some(2),
                ..AppState::default()
            },
        ),
        (
            Action::ChooseOutlet(Some(4)),
            AppState {
                filter: Filter {
                    outlet: Some(4),
                    ..Filter::default()
                },
                selected: Some(2),
                ..AppState::default()
            },
        ),
        (
            Action::Select(None),
            AppState {
                limit: 3 * PAGE,
                ..AppState::default()
            },
        ),
        (
            Action::ShowMore,
            AppState {
                limit: 4 * PAGE,
                selected: Some(2),
                ..AppState::default()
            },
        ),
        (
            Action::ShowView(View::Outlets),
            AppState {
                view: View::Outlets,
                limit: 3 * PAGE,
                selected: Some(2),
                ..AppState::default()
            },
        ),
        (
            Action::ShowAll,
            AppState {
                limit: usize::MAX,
                selected: Some(2),
                ..AppState::default()
            },
        ),
    ] {
        assert_eq!(start.clone().reduce(action.clone()), expected, "{action:?}");
    }
}

#[test]
fn toggling_twice_and_clearing_return_to_the_start() {
    let state = AppState::default()
        .reduce(Action::ToggleTopic(3))
        .reduce(Action::ToggleTopic(3));
    assert_eq!(state, AppState::default());
    let busy = AppState::default()
        .reduce(Action::ToggleTopic(0))
        .reduce(Action::SetStatus(StatusFilter::Confirmed))
        .reduce(Action::Search("x".into()))
        .reduce(Action::ChooseOutlet(Some(1)));
    assert_eq!(busy.reduce(Action::ClearFilters), AppState::default());
}

#[test]
fn choosing_an_outlet_shows_its_claims() {
    let state = AppState {
        view: View::Outlets,
        ..AppState::default()
    }
    .reduce(Action::ChooseOutlet(Some(0)));
    assert_eq!(state.view, View::Claims);
}

#[test]
fn searches_are_bounded() {
    let state = AppState::default().reduce(Action::Search("x".repeat(10_000)));
    assert_eq!(state.filter.search.chars().count(), 200);
}

#[test]
fn every_state_survives_the_url() {
    let b = default_briefing();
    let states = [
        AppState::default(),
        AppState {
            filter: Filter {
                topics: TopicSet::of(&[0, 2]),
                ..Filter::default()
            },
            ..AppState::default()
        },
        AppState {
            filter: Filter {
                status: StatusFilter::Unconfirmed,
                search: "Nicolás & co, 100%+ oil?".into(),
                ..Filter::default()
            },
            ..AppState::default()
        },
        AppState {
            filter: Filter {
                outlet: Some(8),
                ..Filter::default()
            },
            selected: Some(10),
            view: View::Outlets,
            lang: Some("es".into()),
            ..AppState::default()
        },
    ];
    for state in states {
        let query = state.to_query(&b);
        assert_eq!(AppState::from_query(&b, &query), state, "{query}");
        assert_eq!(
            AppState::from_query(&b, &format!("?embed&{query}")),
            state,
            "{query}"
        );
    }
    assert_eq!(AppState::default().to_query(&b), "");
}

#[test]
fn urls_read_as_people_write_them() {
    let b = default_briefing();
    let diplomacy = b.topic_index("diplomacy").unwrap();
    let military = b.topic_index("military").unwrap();
    let state = AppState::from_query(
        &b,
        "topic=diplomacy&topic=military&status=confirmed&q=oil+talks",
    );
    assert_eq!(state.filter.topics, TopicSet::of(&[diplomacy, military]));
    assert_eq!(state.filter.status, StatusFilter::Confirmed);
    assert_eq!(state.filter.search, "oil talks");
    assert_eq!(
        AppState::from_query(&b, &format!("claim={}", b.claims[4].id)).selected,
        Some(4)
    );
    for (query, lang) in [
        ("lang=es", Some("es")),
        ("lang=pt-BR", Some("pt-BR")),
        ("lang=ES", None),
    ] {
        assert_eq!(
            AppState::from_query(&b, query).lang.as_deref(),
            lang,
            "{query}"
        );
    }
}

#[test]
fn garbage_in_the_url_falls_back_to_defaults() {
    let b = default_briefing();
    for query in [
        "topic=nonsense&status=maybe&outlet=evil.example&claim=c-nope&view=sideways",
        "lang=english&lang=E&lang=x&lang=<script>&lang=es-",
        "q=%E0%A4%A&topic=%ZZ&status=%",
        "q=%FF%FE",
        "%%%%&&&===&=&topic",
        "topic=,,,,",
        "q=%2B1%",
    ] {
        assert_eq!(
            AppState::from_query(&b, query),
            AppState::default(),
            "{query}"
        );
    }
    let huge = format!("q={}", "a".repeat(100_000));
    assert_eq!(AppState::from_query(&b, &huge), AppState::default());
    let long_search = format!("q={}", "a".repeat(201));
    assert_eq!(AppState::from_query(&b, &long_search), AppState::default());
    let longest = format!("q={}", "a".repeat(200));
    assert_eq!(AppState::from_query(&b, &longest).filter.search.len(), 200);
    assert_eq!(percent_decode("%2B1%"), None);
    assert_eq!(percent_decode("a+b%20c"), Some("a b c".into()));
}

#[test]
fn random_urls_never_panic() {
    let b = default_briefing();
    let alphabet: Vec<char> =
        "topic=status&q%2BE0claim,outlet=view+-_.~é漢\u{202E}0123456789abcdefFF"
            .chars()
            .collect();
    let mut seed: u64 = 42;
    for _ in 0..20_000 {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let len = (seed >> 58) as usize;
        let query: String = (0..len)
            .map(|i| alphabet[((seed >> (i % 50)) as usize + i * 7) % alphabet.len()])
            .collect();
        let state = AppState::from_query(&b, &query);
        assert!(state.filter.topics.iter().all(|t| t < b.topics.len()));
        assert!(state.selected.is_none_or(|c| c < b.claims.len()));
        assert_eq!(AppState::from_query(&b, &state.to_query(&b)), state);
    }
}
