//! Topics that discriminate, on briefings in the default briefing's style: the default itself,
//! one about shipping in the Red Sea written for these tests, and two written afterwards (the
//! war in Sudan; Argentina's economy, in Spanish).

mod common;

use briefing::model::Briefing;
use briefing::parse::parse;
use common::default_briefing;

fn red_sea() -> Briefing {
    let parsed = parse("red-sea.md", include_bytes!("fixtures/red-sea.md"));
    assert!(!parsed.has_errors(), "{:?}", parsed.diagnostics);
    parsed.briefing
}

fn counts(b: &Briefing) -> Vec<(String, usize)> {
    b.topics
        .iter()
        .zip(b.topic_counts())
        .map(|(t, n)| (t.id.clone(), n))
        .collect()
}

/// The ids of the topics claim `c` is filed under.
fn topic_ids(b: &Briefing, c: usize) -> Vec<&str> {
    b.claims[c]
        .topics
        .iter()
        .map(|&t| b.topics[t].id.as_str())
        .collect()
}

fn count(b: &Briefing, id: &str) -> usize {
    counts(b)
        .into_iter()
        .find(|(t, _)| t == id)
        .map_or(0, |(_, n)| n)
}

#[test]
fn the_default_briefing_keeps_its_drugs_oil_military_and_diplomacy_topics() {
    let b = default_briefing();
    for id in ["drugs-crime", "energy-oil", "military", "diplomacy"] {
        assert!(count(&b, id) >= 2, "{id}: {:?}", counts(&b));
    }
    assert_eq!(count(&b, "other"), 0, "{:?}", counts(&b));
}

#[test]
fn a_shipping_briefing_gets_shipping_and_insurance_topics_and_no_topic_holds_most_claims() {
    let b = red_sea();
    assert_eq!(b.claims.len(), 17);
    let topics = counts(&b);
    let names: Vec<&str> = b.topics.iter().map(|t| t.name.as_str()).collect();
    assert!(
        names
            .iter()
            .any(|n| n.contains("Shipping") || n.contains("Sea routes") || n.contains("Vessels")),
        "{names:?}"
    );
    assert!(
        names
            .iter()
            .any(|n| n.contains("insurance") || n.contains("Insurance")),
        "{names:?}"
    );
    for (id, n) in &topics {
        assert!(
            *n * 10 <= b.claims.len() * 6,
            "{id} holds {n} of 17: {topics:?}"
        );
    }
    assert!(count(&b, "other") <= 1, "{topics:?}");
}

/// Briefings in the default briefing's style on other subjects, written after the rules, each
/// with the topics an editor would file its claims under.
#[test]
fn briefings_on_other_subjects_get_their_own_topics_and_no_topic_holds_most_claims() {
    for (file, text, expected) in [
        (
            "sudan.md",
            include_str!("fixtures/sudan.md"),
            &["military", "migration", "food-agriculture", "health"][..],
        ),
        (
            "argentina.md",
            include_str!("fixtures/argentina.md"),
            &["prices", "public-finance", "jobs", "politics"][..],
        ),
        (
            "lithium.md",
            include_str!("fixtures/lithium.md"),
            &["mining", "economy", "politics", "climate-environment"][..],
        ),
        (
            "taiwan.md",
            include_str!("fixtures/taiwan.md"),
            &["military", "politics", "shipping", "technology"][..],
        ),
    ] {
        let parsed = parse(file, text.as_bytes());
        assert!(!parsed.has_errors(), "{file}: {:?}", parsed.diagnostics);
        let b = parsed.briefing;
        let topics = counts(&b);
        for id in expected {
            assert!(count(&b, id) >= 1, "{file}: no {id} in {topics:?}");
        }
        for (id, n) in &topics {
            assert!(
                *n * 10 <= b.claims.len() * 6,
                "{file}: {id} holds {n}: {topics:?}"
            );
        }
        assert!(count(&b, "other") <= 1, "{file}: {topics:?}");
    }
}

#[test]
fn a_bold_label_becomes_a_topic_only_when_it_groups_two_claims() {
    // "Denial" heads one claim of the Red Sea briefing: no topic of its own.
    let b = red_sea();
    assert!(
        b.topics.iter().all(|t| t.id != "denial"),
        "{:?}",
        counts(&b)
    );
    let shared = common::briefing(
        "# T\n\n## S\n\n- **Box Office**: The film earned millions [https://a.com/1].\n- **Box Office**: The sequel earned less [https://a.com/2].\n- **Premiere**: The cast walked the red carpet [https://a.com/3].\n",
    );
    assert_eq!(count(&shared, "box-office"), 2, "{:?}", counts(&shared));
    assert!(shared.topics.iter().all(|t| t.id != "premiere"));
}

#[test]
fn claims_whose_words_match_nothing_are_placed_by_their_headings() {
    let b = common::briefing(
        "# T\n\n## Shipping disruption\n\n- The line said the delays continue [https://a.com/1].\n\n## Elsewhere\n\n- The film earned millions [https://a.com/2].\n",
    );
    assert_eq!(topic_ids(&b, 0), ["shipping"]);
    assert_eq!(b.topics[b.claims[1].topics[0]].id, "other");
}

/// A claim, a topic, and whether the claim belongs under it: words in another sense ("food
/// security", "an appeal for aid", "Banco Central", "de acuerdo con") make no topic.
const SENSES: &[(&str, &str, bool)] = &[
    (
        "Monitors declared a food security emergency in the camp.",
        "military",
        false,
    ),
    (
        "The UN's appeal for the region is a third funded.",
        "law-justice",
        false,
    ),
    (
        "The court of appeal upheld the sentence.",
        "law-justice",
        true,
    ),
    (
        "Las reservas del Banco Central superaron los 30.000 millones.",
        "energy-oil",
        false,
    ),
    (
        "La pobreza alcanzó al 52 %, de acuerdo con la universidad.",
        "diplomacy",
        false,
    ),
    (
        "Los sindicatos convocaron a un paro general.",
        "economy",
        true,
    ),
    (
        "Polls suggest the ruling party's candidate holds a narrow lead.",
        "law-justice",
        false,
    ),
    (
        "The supreme court ruling overturned the ban.",
        "law-justice",
        true,
    ),
    (
        "The plan could speed up the energy transition.",
        "shipping",
        false,
    ),
    (
        "The pact allows troops to train in each other's territory.",
        "shipping",
        false,
    ),
    (
        "Lithium extraction uses scarce water in the Atacama.",
        "mining",
        true,
    ),
    (
        "China staged live-fire drills around the island.",
        "military",
        true,
    ),
    (
        "La minera estatal negocia con los operadores del salar.",
        "mining",
        true,
    ),
    (
        "Investigators are trying to determine what caused the explosion.",
        "economy",
        false,
    ),
    (
        "The drug reduced hospital admissions by 40% in a trial of 5,000 patients.",
        "drugs-crime",
        false,
    ),
    (
        "The drug reduced hospital admissions by 40% in a trial of 5,000 patients.",
        "law-justice",
        false,
    ),
    (
        "The drug reduced hospital admissions by 40% in a trial of 5,000 patients.",
        "health",
        true,
    ),
    (
        "Unless the two sides reach a deal by Friday, the strike will go ahead.",
        "military",
        false,
    ),
    (
        "Unless the two sides reach a deal by Friday, the strike will go ahead.",
        "economy",
        true,
    ),
    (
        "Health workers have vaccinated 200,000 people since the start of the campaign.",
        "politics",
        false,
    ),
    (
        "The former president went on trial for corruption on Monday.",
        "law-justice",
        true,
    ),
    (
        "Muchos vecinos huyeron cuando se intensificaron los combates.",
        "diplomacy",
        false,
    ),
    (
        "Muchos vecinos huyeron cuando se intensificaron los combates.",
        "military",
        true,
    ),
    (
        "El pleno rechazó la moción de censura por 150 votos.",
        "human-rights",
        false,
    ),
    (
        "El incendio calcinó más de 4.000 hectáreas.",
        "disasters",
        true,
    ),
];

#[test]
fn words_in_another_sense_do_not_make_a_topic() {
    for &(text, topic, expected) in SENSES {
        let b = common::briefing(&format!("# T\n\n- {text} [https://a.com/1]\n"));
        let topics = topic_ids(&b, 0);
        assert_eq!(topics.contains(&topic), expected, "{text}: {topics:?}");
    }
}

#[test]
fn every_claim_has_a_topic_and_topics_are_capped() {
    let labels: Vec<String> = (0..20)
        .flat_map(|i| {
            [
                format!("- **Label {i}**: plain words number {i} [https://a.com/{i}a]."),
                format!("- **Label {i}**: more plain words number {i} [https://a.com/{i}b]."),
            ]
        })
        .collect();
    let b = common::briefing(&format!("# T\n\n## S\n\n{}\n", labels.join("\n")));
    assert_eq!(b.topics.len(), briefing::rules::MAX_TOPICS);
    assert_eq!(b.topics.last().unwrap().id, "other");
    assert!(b.claims.iter().all(|c| !c.topics.is_empty()));
}
