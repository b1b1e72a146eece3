//! The editorial rules: which topics a claim belongs to and whether it is confirmed, each with
//! words a reader can check. Works on claim text and labels; knows nothing of markdown or views.

use crate::model::Status;
use crate::text::{fold, fold_with_offsets, slug, words, Word};

/// A theme of the built-in newsroom lexicon. A term is a word, a word stem ending in `*`, or a
/// phrase of such words separated by spaces.
pub struct Theme {
    pub id: &'static str,
    pub name: &'static str,
    terms: &'static [&'static str],
}

pub const THEMES: &[Theme] = &[
    Theme {
        id: "military",
        name: "Military & security",
        terms: &[
            "militar*",
            "army",
            "armies",
            "navy",
            "naval",
            "troop*",
            "soldier*",
            "airstrike*",
            "strike",
            "strikes",
            "missile*",
            "weapon*",
            "armed",
            "defense",
            "defence",
            "war",
            "wars",
            "warfare",
            "warship*",
            "attack*",
            "bomb*",
            "drone*",
            "invasion",
            "invade*",
            "pentagon",
            "cia",
            "security",
            "forces",
            "deploy*",
            "militia*",
            "ceasefire",
            "insurgen*",
            "airspace",
        ],
    },
    Theme {
        id: "drugs-crime",
        name: "Drugs & crime",
        terms: &[
            "drug",
            "drugs",
            "narcotic*",
            "narco*",
            "cocaine",
            "heroin",
            "fentanyl",
            "cartel*",
            "traffick*",
            "smuggl*",
            "crime*",
            "criminal*",
            "gang*",
            "mafia",
            "laundering",
        ],
    },
    Theme {
        id: "energy-oil",
        name: "Energy & oil",
        terms: &[
            "oil",
            "oilfield*",
            "petroleum",
            "crude",
            "gas",
            "lng",
            "pipeline*",
            "refiner*",
            "opec",
            "fuel*",
            "energy",
            "electricity",
            "power grid",
            "barrel*",
            "coal",
            "nuclear power",
            "renewable*",
            "solar",
        ],
    },
    Theme {
        id: "economy",
        name: "Economy & sanctions",
        terms: &[
            "econom*",
            "sanction*",
            "invest*",
            "inflation",
            "gdp",
            "trade",
            "tariff*",
            "market*",
            "recession",
            "debt",
            "currency",
            "financ*",
            "bank*",
            "compan*",
            "business*",
            "export*",
            "import*",
            "jobs",
            "unemployment",
            "imf",
            "budget*",
            "tax",
            "taxes",
            "prices",
        ],
    },
    Theme {
        id: "diplomacy",
        name: "Diplomacy",
        terms: &[
            "diplomat*",
            "dialogue",
            "talks",
            "negotiat*",
            "summit*",
            "treaty",
            "treaties",
            "agreement*",
            "accord",
            "accords",
            "ambassador*",
            "embassy",
            "embassies",
            "foreign policy",
            "relations",
            "cooperat*",
            "envoy*",
            "mediat*",
            "bilateral",
            "multilateral",
            "united nations",
            "geopolitic*",
            "alliance*",
            "outreach",
            "olive branch",
            "rapprochement",
        ],
    },
    Theme {
        id: "migration",
        name: "Migration",
        terms: &[
            "migra*",
            "immigra*",
            "emigra*",
            "refugee*",
            "asylum",
            "border",
            "borders",
            "deport*",
            "displaced",
        ],
    },
    Theme {
        id: "politics",
        name: "Politics & elections",
        terms: &[
            "election*",
            "elector*",
            "vote",
            "votes",
            "voter*",
            "voting",
            "ballot*",
            "opposition",
            "parliament*",
            "congress*",
            "senate",
            "lawmaker*",
            "legislat*",
            "campaign*",
            "coup",
            "regime",
            "democra*",
            "authoritarian*",
            "protest*",
        ],
    },
    Theme {
        id: "human-rights",
        name: "Human rights",
        terms: &[
            "human rights",
            "prisoner*",
            "detain*",
            "detention",
            "torture",
            "repression",
            "censorship",
            "political prisoners",
            "activist*",
            "freedom of",
        ],
    },
    Theme {
        id: "law-justice",
        name: "Law & justice",
        terms: &[
            "court*",
            "judge*",
            "lawsuit*",
            "indict*",
            "prosecut*",
            "trial",
            "verdict*",
            "sentenc*",
            "arrest*",
            "police",
            "extradit*",
            "law",
            "laws",
            "legal",
            "illegal",
        ],
    },
    Theme {
        id: "health",
        name: "Health",
        terms: &[
            "health",
            "hospital*",
            "disease*",
            "pandemic*",
            "vaccin*",
            "virus*",
            "covid*",
            "medical",
            "medicine*",
            "doctor*",
            "patient*",
            "outbreak*",
        ],
    },
    Theme {
        id: "climate-environment",
        name: "Climate & environment",
        terms: &[
            "climate",
            "emission*",
            "carbon",
            "environment*",
            "pollution",
            "wildfire*",
            "deforestation",
            "global warming",
            "biodiversity",
            "drought*",
        ],
    },
    Theme {
        id: "technology",
        name: "Technology",
        terms: &[
            "technolog*",
            "tech",
            "ai",
            "artificial intelligence",
            "software",
            "cyber*",
            "internet",
            "digital",
            "semiconductor*",
            "chip",
            "chips",
        ],
    },
    Theme {
        id: "disasters",
        name: "Disasters",
        terms: &[
            "earthquake*",
            "hurricane*",
            "storm*",
            "disaster*",
            "tsunami*",
            "evacuat*",
            "flood*",
            "rescue*",
        ],
    },
    Theme {
        id: "science-space",
        name: "Science & space",
        terms: &[
            "scien*",
            "research*",
            "space",
            "nasa",
            "satellite*",
            "astronaut*",
            "rocket*",
        ],
    },
    Theme {
        id: "sport",
        name: "Sport",
        terms: &[
            "sport*",
            "tournament*",
            "league*",
            "olympic*",
            "championship*",
            "football",
            "soccer",
            "athlete*",
        ],
    },
];

/// At most this many topics are offered to readers; more would stop being a filter.
pub const MAX_TOPICS: usize = 12;
/// A claim is tagged with its strongest themes only, so a passing mention does not count.
const MAX_THEMES_PER_CLAIM: usize = 4;
/// A label word counts this much more than a word of the text: it is the author's own tag.
const LABEL_WEIGHT: u32 = 3;

fn term_matches(term: &str, words: &[Word<'_>], at: usize) -> bool {
    term.split(' ').enumerate().all(|(k, part)| {
        words
            .get(at + k)
            .is_some_and(|w| match part.strip_suffix('*') {
                Some(stem) => w.text.starts_with(stem),
                None => w.text == part,
            })
    })
}

/// Every (theme, term) of the lexicon, by the first byte of the term, so a word is compared
/// with a handful of terms rather than all of them.
fn terms_by_first_byte() -> &'static [Vec<(usize, &'static str)>] {
    static TABLE: std::sync::OnceLock<Vec<Vec<(usize, &'static str)>>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = vec![Vec::new(); 256];
        for (t, theme) in THEMES.iter().enumerate() {
            for term in theme.terms {
                table[usize::from(term.as_bytes()[0])].push((t, *term));
            }
        }
        table
    })
}

/// How strongly a text speaks of each theme, indexed like `THEMES`: each word that starts a
/// term of a theme adds `weight` to it once.
fn theme_scores(folded: &str, weight: u32, scores: &mut [u32]) {
    let words = words(folded);
    let table = terms_by_first_byte();
    let mut matched = vec![false; THEMES.len()];
    for at in 0..words.len() {
        matched.fill(false);
        for &(theme, term) in &table[usize::from(words[at].text.as_bytes()[0])] {
            if !matched[theme] && term_matches(term, &words, at) {
                matched[theme] = true;
                scores[theme] += weight;
            }
        }
    }
}

/// The lexicon themes of one claim, strongest first (ties in lexicon order).
pub fn claim_themes(label: Option<&str>, text: &str) -> Vec<usize> {
    let mut scores = vec![0; THEMES.len()];
    if let Some(label) = label {
        theme_scores(&fold(label), LABEL_WEIGHT, &mut scores);
    }
    theme_scores(&fold(text), 1, &mut scores);
    let mut themes: Vec<usize> = (0..THEMES.len()).filter(|&t| scores[t] > 0).collect();
    themes.sort_by_key(|&t| std::cmp::Reverse(scores[t]));
    themes.truncate(MAX_THEMES_PER_CLAIM);
    themes
}

/// A topic proposed for a briefing, before editors have their say.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProposedTopic {
    pub id: String,
    pub name: String,
}

/// Topics for a whole briefing: each claim's lexicon themes; a bold label the lexicon does not
/// know becomes a topic of its own for the claims it heads; anything else falls into "Other".
/// Returns the topics, most used first, and each claim's topic indices.
pub fn assign_topics(claims: &[(Option<&str>, &str)]) -> (Vec<ProposedTopic>, Vec<Vec<usize>>) {
    let mut proposed: Vec<ProposedTopic> = Vec::new();
    let mut per_claim: Vec<Vec<usize>> = Vec::with_capacity(claims.len());
    let mut intern = |id: String, name: String| match proposed.iter().position(|t| t.id == id) {
        Some(i) => i,
        None => {
            proposed.push(ProposedTopic { id, name });
            proposed.len() - 1
        }
    };
    for (label, text) in claims {
        let mut topics: Vec<usize> = claim_themes(*label, text)
            .into_iter()
            .map(|t| intern(THEMES[t].id.to_string(), THEMES[t].name.to_string()))
            .collect();
        if topics.is_empty() {
            let label_id = label.map(slug).filter(|id| !id.is_empty());
            topics.push(match (label_id, label) {
                (Some(id), Some(label)) => intern(id, label.trim().to_string()),
                _ => intern(OTHER_ID.to_string(), OTHER_NAME.to_string()),
            });
        }
        per_claim.push(topics);
    }
    cap_topics(proposed, per_claim)
}

pub const OTHER_ID: &str = "other";
pub const OTHER_NAME: &str = "Other";

/// Orders topics by use and folds everything past `MAX_TOPICS` into "Other", keeping at least
/// one topic on every claim.
fn cap_topics(
    proposed: Vec<ProposedTopic>,
    per_claim: Vec<Vec<usize>>,
) -> (Vec<ProposedTopic>, Vec<Vec<usize>>) {
    let mut counts = vec![0usize; proposed.len()];
    for topics in &per_claim {
        for &t in topics {
            counts[t] += 1;
        }
    }
    let mut order: Vec<usize> = (0..proposed.len()).collect();
    // "Other" goes last whatever its size: it is the least informative filter.
    order.sort_by_key(|&t| (proposed[t].id == OTHER_ID, std::cmp::Reverse(counts[t])));
    let overflow = order.len() > MAX_TOPICS;
    let keep = if overflow {
        MAX_TOPICS - 1
    } else {
        order.len()
    };
    let mut new_index = vec![None; proposed.len()];
    let mut topics: Vec<ProposedTopic> = Vec::new();
    for &old in order.iter().take(keep) {
        new_index[old] = Some(topics.len());
        topics.push(proposed[old].clone());
    }
    let other = if overflow || topics.iter().any(|t| t.id == OTHER_ID) {
        match topics.iter().position(|t| t.id == OTHER_ID) {
            Some(i) => i,
            None => {
                topics.push(ProposedTopic {
                    id: OTHER_ID.to_string(),
                    name: OTHER_NAME.to_string(),
                });
                topics.len() - 1
            }
        }
    } else {
        usize::MAX
    };
    let per_claim = per_claim
        .into_iter()
        .map(|old| {
            let mut kept: Vec<usize> = old.iter().filter_map(|&t| new_index[t]).collect();
            if kept.is_empty() {
                kept.push(other);
            }
            kept
        })
        .collect();
    (topics, per_claim)
}

/// Words that hedge a statement on their own.
const HEDGES: &[&str] = &[
    "alleged",
    "allegedly",
    "allegation",
    "allegations",
    "reportedly",
    "purportedly",
    "purported",
    "supposedly",
    "rumored",
    "rumoured",
    "unconfirmed",
    "unverified",
    "unsubstantiated",
    "uncorroborated",
    "apparently",
    "possibly",
    "presumably",
    "perhaps",
    "likely",
    "unclear",
    "could",
    "may",
    "might",
    "suggest",
    "suggests",
    "suggested",
    "suggesting",
    "suggestion",
    "speculation",
    "speculated",
    "speculative",
];
/// Words that say someone contests the statement.
const DISPUTES: &[&str] = &[
    "denied",
    "denies",
    "deny",
    "disputed",
    "disputes",
    "contested",
];
/// An assertion attributed to one party: hedging unless it is the noun of an everyday process.
const CLAIM_VERBS: &[&str] = &["claim", "claims", "claimed", "claiming"];
const CLAIM_NOUN_CONTEXT: &[&str] = &[
    "insurance",
    "tax",
    "legal",
    "damage",
    "damages",
    "compensation",
    "pension",
    "benefit",
    "benefits",
    "unemployment",
    "patent",
    "wage",
];
const CONFIRMATIONS: &[&str] = &[
    "confirm",
    "confirms",
    "confirmed",
    "confirming",
    "confirmation",
    "verify",
    "verified",
    "verifies",
    "corroborated",
    "substantiated",
    "proven",
    "proved",
];
const NEGATIONS: &[&str] = &[
    "not", "never", "no", "without", "cannot", "neither", "nor", "unable", "yet",
];
/// Words before a capitalised "May" that make it the month.
const MONTH_CONTEXT: &[&str] = &[
    "in", "on", "since", "until", "by", "of", "early", "late", "mid", "last", "next", "this",
];
/// Who an attribution may name without naming anyone.
const UNNAMED: &[&str] = &[
    "unnamed",
    "anonymous",
    "unidentified",
    "sources",
    "rumors",
    "rumours",
    "reports",
    "people",
    "familiar",
    "officials",
    "diplomats",
];

/// A claim's status and the reason a reader is shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verdict {
    pub status: Status,
    /// The hedging words exactly as written, in order.
    pub words: Vec<String>,
}

/// Reads a claim's wording for hedges and disputes, minding negation ("not confirmed" hedges,
/// "no suggestion" does not), attribution ("according to unnamed sources" hedges, quoted speech
/// does not count against the reporter) and everyday senses ("in May", "insurance claims").
pub fn judge(label: Option<&str>, text: &str) -> Verdict {
    let full = match label {
        Some(label) => format!("{label}: {text}"),
        None => text.to_string(),
    };
    let (folded, offsets) = fold_with_offsets(&full);
    let words = words(&folded);
    let quoted = quoted_ranges(&folded);
    let in_quotes = |w: &Word<'_>| quoted.iter().any(|r| r.0 <= w.start && w.end <= r.1);
    let mut spans: Vec<(usize, usize)> = Vec::new();
    for (i, w) in words.iter().enumerate() {
        if in_quotes(w) {
            continue;
        }
        let prev = |k: usize| i.checked_sub(k).map(|j| words[j].text);
        let next = words.get(i + 1).map(|n| n.text);
        let hedged = if HEDGES.contains(&w.text) {
            match w.text {
                "may" => !is_month_or_name(&full, &offsets, &words, i),
                "suggestion" | "speculation" => prev(1) != Some("no"),
                _ => true,
            }
        } else if DISPUTES.contains(&w.text) {
            !(prev(1).is_some_and(|p| NEGATIONS.contains(&p))
                || (prev(2) == Some("no") && prev(1) == Some("longer")))
        } else if CLAIM_VERBS.contains(&w.text) {
            !prev(1).is_some_and(|p| CLAIM_NOUN_CONTEXT.contains(&p))
                && !next.is_some_and(|n| {
                    ["process", "processes", "form", "forms", "adjuster"].contains(&n)
                })
        } else if CONFIRMATIONS.contains(&w.text) {
            if let Some(k) = (1..=4).find(|&k| prev(k).is_some_and(is_negation)) {
                spans.push((words[i - k].start, w.end));
            }
            false
        } else if w.text == "according" && next == Some("to") {
            let unnamed = words[i + 2..]
                .iter()
                .take(3)
                .take_while(|who| UNNAMED.contains(&who.text))
                .last();
            if let Some(who) = unnamed {
                spans.push((w.start, who.end));
            }
            false
        } else {
            false
        };
        if hedged {
            spans.push((w.start, w.end));
        }
    }
    spans.sort_unstable();
    let mut merged: Vec<(usize, usize)> = Vec::new();
    for (start, end) in spans {
        match merged.last_mut() {
            Some(last) if folded[last.1..start.max(last.1)].trim().is_empty() => {
                last.1 = last.1.max(end)
            }
            _ => merged.push((start, end)),
        }
    }
    let words: Vec<String> = merged
        .iter()
        .map(|&(s, e)| full[offsets[s]..offsets[e]].to_string())
        .collect();
    let status = if words.is_empty() {
        Status::Confirmed
    } else {
        Status::Unconfirmed
    };
    Verdict { status, words }
}

fn is_negation(word: &str) -> bool {
    NEGATIONS.contains(&word) || word.ends_with("n't")
}

/// "May" is the month or a name when capitalised mid-sentence, after "in"/"since"..., or before a
/// number; the modal verb is lower case except at the start of a sentence.
fn is_month_or_name(full: &str, offsets: &[usize], words: &[Word<'_>], i: usize) -> bool {
    let original = &full[offsets[words[i].start]..offsets[words[i].end]];
    let capitalised = original.starts_with('M');
    let before = full[..offsets[words[i].start]].trim_end();
    let sentence_start = before.is_empty() || before.ends_with(['.', '!', '?', ':']);
    let after_month_word = i > 0 && MONTH_CONTEXT.contains(&words[i - 1].text);
    let before_number = words
        .get(i + 1)
        .is_some_and(|n| n.text.starts_with(|c: char| c.is_ascii_digit()));
    capitalised && (!sentence_start || after_month_word || before_number)
}

/// Byte ranges of folded text inside double quotes: someone else's words.
fn quoted_ranges(folded: &str) -> Vec<(usize, usize)> {
    let mut ranges = Vec::new();
    let mut open = None;
    for (i, c) in folded.char_indices() {
        if c == '"' {
            match open.take() {
                Some(start) => ranges.push((start, i)),
                None => open = Some(i + 1),
            }
        }
    }
    ranges
}

/// The reason a reader sees for a status decided by these rules.
pub fn reason(verdict: &Verdict, outlet_names: &[&str]) -> String {
    match verdict.status {
        Status::Unconfirmed => format!(
            "Unconfirmed because the text says {}.",
            list(&quote_all(&verdict.words))
        ),
        Status::Confirmed => {
            let shown: Vec<String> = outlet_names.iter().take(3).map(|n| n.to_string()).collect();
            let more = outlet_names.len().saturating_sub(3);
            let mut names = shown;
            if more > 0 {
                names.push(format!("{more} more"));
            }
            format!("Stated without hedging and reported by {}.", list(&names))
        }
    }
}

fn quote_all(words: &[String]) -> Vec<String> {
    words
        .iter()
        .map(|w| format!("\u{201C}{w}\u{201D}"))
        .collect()
}

/// "a", "a and b", "a, b and c".
fn list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn themes(label: Option<&str>, text: &str) -> Vec<&'static str> {
        claim_themes(label, text)
            .into_iter()
            .map(|t| THEMES[t].id)
            .collect()
    }

    #[test]
    fn claims_get_the_themes_they_speak_of() {
        for (label, text, expected) in [
            (
                None,
                "U.S. military strikes against drug-smuggling boats",
                vec!["military", "drugs-crime"],
            ),
            (
                Some("Oil Investments"),
                "He offered U.S. companies access to the sector",
                vec!["economy", "energy-oil"],
            ),
            (
                Some("Drug Trafficking"),
                "Maduro indicated a readiness to negotiate",
                vec!["drugs-crime", "diplomacy"],
            ),
            (
                None,
                "Thousands of migrants crossed the border",
                vec!["migration"],
            ),
            (None, "The striker scored twice", vec![]),
            (None, "A warning was issued", vec![]),
        ] {
            assert_eq!(themes(label, text), expected, "{text}");
        }
    }

    #[test]
    fn every_claim_gets_a_topic_and_unknown_labels_become_topics() {
        let claims = [
            (Some("Box Office"), "The film earned millions"),
            (None, "Nothing in the lexicon here"),
            (None, "Troops were deployed"),
        ];
        let (topics, per_claim) = assign_topics(&claims);
        let ids: Vec<&str> = topics.iter().map(|t| t.id.as_str()).collect();
        assert_eq!(ids, ["box-office", "military", "other"]);
        assert_eq!(topics[0].name, "Box Office");
        assert_eq!(per_claim, [vec![0], vec![2], vec![1]]);
    }

    #[test]
    fn topics_are_capped_and_overflow_goes_to_other() {
        let labels: Vec<String> = (0..20).map(|i| format!("Label {i}")).collect();
        let claims: Vec<(Option<&str>, &str)> = labels
            .iter()
            .map(|l| (Some(l.as_str()), "plain words"))
            .collect();
        let (topics, per_claim) = assign_topics(&claims);
        assert_eq!(topics.len(), MAX_TOPICS);
        assert_eq!(topics.last().unwrap().id, OTHER_ID);
        assert!(per_claim
            .iter()
            .all(|t| !t.is_empty() && t.iter().all(|&i| i < topics.len())));
    }

    #[test]
    fn hedged_and_disputed_wording_makes_a_claim_unconfirmed() {
        for (text, expected) in [
            (
                "The alleged U.S. military strike reportedly targeted a dock",
                vec!["alleged", "reportedly"],
            ),
            (
                "strikes which have not been officially confirmed by the government",
                vec!["not been officially confirmed"],
            ),
            (
                "The report could not be independently verified",
                vec!["could not be independently verified"],
            ),
            (
                "His silence contrasts with his stance, suggesting a strategy",
                vec!["suggesting"],
            ),
            (
                "The outcome could significantly impact relations",
                vec!["could"],
            ),
            (
                "Nicolás Maduro claims Venezuela is ready for talks",
                vec!["claims"],
            ),
            ("The ministry denied the report", vec!["denied"]),
            ("Officials may meet next week", vec!["may"]),
            ("May the talks succeed, he said", vec!["May"]),
            (
                "The attack, according to unnamed sources, hit a port",
                vec!["according to unnamed sources"],
            ),
            ("Talks are UNCONFIRMED", vec!["UNCONFIRMED"]),
        ] {
            let verdict = judge(None, text);
            assert_eq!(verdict.status, Status::Unconfirmed, "{text}");
            assert_eq!(verdict.words, expected, "{text}");
        }
    }

    #[test]
    fn plain_negations_quotes_and_everyday_senses_stay_confirmed() {
        for text in [
            "The ministry confirmed the strike on Tuesday",
            "The talks began in May 2025",
            "Talks resumed on 3 May in Caracas",
            "Prime Minister Theresa May met the delegation",
            "There is no suggestion that the envoy acted improperly",
            "The figures are no longer disputed",
            "Insurance claims rose after the storm",
            "He called the reports \"unverified propaganda\"",
            "According to the ministry, 40 boats were seized",
            "He described the U.S. as a \"brother country\"",
        ] {
            let verdict = judge(None, text);
            assert_eq!(
                verdict.status,
                Status::Confirmed,
                "{text}: {:?}",
                verdict.words
            );
        }
    }

    #[test]
    fn labels_are_read_too() {
        assert_eq!(
            judge(Some("Alleged Strikes"), "Boats were hit").words,
            ["Alleged"]
        );
    }

    #[test]
    fn reasons_are_plain_sentences() {
        let hedged = Verdict {
            status: Status::Unconfirmed,
            words: vec!["alleged".into(), "reportedly".into()],
        };
        assert_eq!(reason(&hedged, &["AP News"]), "Unconfirmed because the text says \u{201C}alleged\u{201D} and \u{201C}reportedly\u{201D}.");
        let plain = Verdict {
            status: Status::Confirmed,
            words: vec![],
        };
        assert_eq!(
            reason(&plain, &["AP News"]),
            "Stated without hedging and reported by AP News."
        );
        assert_eq!(
            reason(&plain, &["A", "B", "C", "D", "E"]),
            "Stated without hedging and reported by A, B, C and 2 more."
        );
    }
}
