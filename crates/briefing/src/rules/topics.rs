//! Which topics a briefing offers and which claims each holds. The lexicon is data, one file
//! per language (`lang/<code>/topics.toml`); this module scores each claim against it and
//! shapes the topics into filters that discriminate:
//!
//! - a claim takes the topics its words speak of most (its bold label counts extra);
//! - a bold label becomes a topic of its own only when it groups at least two claims;
//! - a topic that would hold most of a briefing splits into its narrower topics;
//! - a claim whose words match nothing is placed by its label, group and section headings,
//!   and only then falls into "Other";
//! - at most `MAX_TOPICS` are offered, most used first.

use std::collections::HashMap;

use serde::Deserialize;

use super::pattern::{Pattern, PatternSet, Tokens};
use crate::text::{fold, slug};

/// At most this many topics are offered to readers; more would stop being a filter.
pub const MAX_TOPICS: usize = 12;
/// A claim is tagged with its strongest topics only, so a passing mention does not count.
const MAX_TOPICS_PER_CLAIM: usize = 3;
/// A label word counts this much more than a word of the text: it is the author's own tag.
const LABEL_WEIGHT: u32 = 3;
/// A topic holding more than this share of a briefing of `SPLIT_FROM` claims or more splits.
const SPLIT_SHARE: f64 = 0.6;
const SPLIT_FROM: usize = 8;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TopicsFile {
    other: TopicEntry,
    topic: Vec<TopicEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TopicEntry {
    id: String,
    name: String,
    #[serde(default)]
    terms: Vec<String>,
    #[serde(default)]
    narrower: Vec<TopicEntry>,
}

/// A topic of the lexicon, and the narrower topics that can replace it.
pub struct Theme {
    pub id: String,
    pub name: String,
    narrower: Lexicon,
}

/// Topics and every term of theirs, by topic.
#[derive(Default)]
struct Lexicon {
    themes: Vec<Theme>,
    terms: PatternSet,
}

impl Lexicon {
    fn read(entries: Vec<TopicEntry>) -> Result<Lexicon, String> {
        let mut lexicon = Lexicon::default();
        for entry in entries {
            let t = lexicon.themes.len();
            for term in &entry.terms {
                let pattern =
                    Pattern::parse(term).map_err(|e| format!("topic `{}`: {e}", entry.id))?;
                lexicon.terms.add(t, pattern);
            }
            lexicon.themes.push(Theme {
                narrower: Lexicon::read(entry.narrower)?,
                id: entry.id,
                name: entry.name,
            });
        }
        Ok(lexicon)
    }

    /// How strongly a text speaks of each theme, `weight` for each word that starts a term of
    /// it (once per theme and word).
    fn add_scores(&self, text: &str, weight: u32, scores: &mut [u32]) {
        let folded = fold(text);
        let tokens = Tokens::new(&folded);
        let mut counted = vec![false; self.themes.len()];
        for at in 0..tokens.len() {
            counted.fill(false);
            self.terms.matches_at(&tokens, at, |t, _| {
                if !counted[t] {
                    counted[t] = true;
                    scores[t] += weight;
                }
            });
        }
    }

    /// Scores for a claim's label (which counts extra) and text.
    fn scores(&self, label: Option<&str>, text: &str) -> Vec<u32> {
        let mut scores = vec![0; self.themes.len()];
        if let Some(label) = label {
            self.add_scores(label, LABEL_WEIGHT, &mut scores);
        }
        self.add_scores(text, 1, &mut scores);
        scores
    }
}

/// One language's topic lexicon.
pub struct TopicRules {
    lexicon: Lexicon,
    other: (String, String),
}

/// A topic proposed for a briefing, before editors have their say.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProposedTopic {
    pub id: String,
    pub name: String,
}

/// What the rules read of one claim: its bold label, its text, and the headings it sits under
/// (group, section), which place it only when its own words match nothing.
#[derive(Clone, Copy, Debug, Default)]
pub struct ClaimWords<'a> {
    pub label: Option<&'a str>,
    pub text: &'a str,
    pub headings: &'a [&'a str],
}

impl TopicRules {
    pub fn parse(text: &str) -> Result<TopicRules, String> {
        let file: TopicsFile = toml::from_str(text).map_err(|e| e.to_string())?;
        Ok(TopicRules {
            lexicon: Lexicon::read(file.topic)?,
            other: (file.other.id, file.other.name),
        })
    }

    /// The lexicon themes of one claim, strongest first (ties in lexicon order): those that
    /// score at least half as much as the strongest.
    pub fn claim_themes(&self, claim: &ClaimWords<'_>) -> Vec<usize> {
        let mut scores = self.lexicon.scores(claim.label, claim.text);
        if scores.iter().all(|&s| s == 0) {
            for heading in claim.headings {
                self.lexicon.add_scores(heading, 1, &mut scores);
            }
        }
        strongest(&scores)
    }

    /// Topics for a whole briefing. Returns the topics, most used first, and each claim's topic
    /// indices (never empty).
    pub fn assign(&self, claims: &[ClaimWords<'_>]) -> (Vec<ProposedTopic>, Vec<Vec<usize>>) {
        let mut proposed: Vec<ProposedTopic> = Vec::new();
        // By id, so that thousands of shared labels do not make each lookup a scan.
        let mut index: HashMap<String, usize> = HashMap::new();
        let mut intern = |id: &str, name: &str| {
            if let Some(&i) = index.get(id) {
                return i;
            }
            proposed.push(ProposedTopic {
                id: id.to_string(),
                name: name.to_string(),
            });
            index.insert(id.to_string(), proposed.len() - 1);
            proposed.len() - 1
        };
        // The lexicon's topics, by theme index, for every claim.
        let themes: Vec<Vec<usize>> = claims.iter().map(|c| self.claim_themes(c)).collect();
        let mut per_claim: Vec<Vec<usize>> = vec![Vec::new(); claims.len()];
        for (t, theme) in self.lexicon.themes.iter().enumerate() {
            let holders: Vec<usize> = (0..claims.len())
                .filter(|&c| themes[c].contains(&t))
                .collect();
            if holders.is_empty() {
                continue;
            }
            for (c, topic) in self.split(theme, claims, &holders) {
                let (id, name) = topic;
                let topic = intern(id, name);
                if !per_claim[c].contains(&topic) {
                    per_claim[c].push(topic);
                }
            }
        }
        // Bold labels the lexicon does not know, shared by two claims or more.
        let labels: Vec<Option<String>> = claims
            .iter()
            .map(|c| c.label.map(slug).filter(|s| !s.is_empty()))
            .collect();
        // Counted once: counting per claim made a briefing of labelled claims quadratic.
        let mut holders: HashMap<&str, usize> = HashMap::new();
        for id in labels.iter().flatten() {
            *holders.entry(id).or_default() += 1;
        }
        for (c, claim) in claims.iter().enumerate() {
            let (Some(id), Some(label)) = (&labels[c], claim.label) else {
                continue;
            };
            let shared = holders[id.as_str()] >= 2;
            let known = self.lexicon.themes.iter().any(|t| &t.id == id);
            if shared && !known {
                let topic = intern(id, label.trim());
                if !per_claim[c].contains(&topic) {
                    per_claim[c].push(topic);
                }
            }
        }
        for topics in &mut per_claim {
            if topics.is_empty() {
                topics.push(intern(&self.other.0, &self.other.1));
            }
        }
        cap(proposed, per_claim, &self.other)
    }

    /// The topic of each holder of `theme`: the theme itself, or, when it holds most of the
    /// briefing and its narrower topics tell the holders apart, those narrower topics.
    fn split<'t>(
        &'t self,
        theme: &'t Theme,
        claims: &[ClaimWords<'_>],
        holders: &[usize],
    ) -> Vec<(usize, (&'t str, &'t str))> {
        let whole = |t: &'t Theme| -> Vec<(usize, (&'t str, &'t str))> {
            holders
                .iter()
                .map(|&c| (c, (t.id.as_str(), t.name.as_str())))
                .collect()
        };
        let too_broad = claims.len() >= SPLIT_FROM
            && holders.len() as f64 > SPLIT_SHARE * claims.len() as f64
            && !theme.narrower.themes.is_empty();
        if !too_broad {
            return whole(theme);
        }
        let narrower: Vec<Vec<usize>> = holders
            .iter()
            .map(|&c| strongest(&theme.narrower.scores(claims[c].label, claims[c].text)))
            .collect();
        let used = (0..theme.narrower.themes.len())
            .filter(|&n| narrower.iter().filter(|ns| ns.contains(&n)).count() >= 2)
            .count();
        if used < 2 {
            return whole(theme);
        }
        let mut out = Vec::new();
        for (k, &c) in holders.iter().enumerate() {
            if narrower[k].is_empty() {
                out.push((c, (theme.id.as_str(), theme.name.as_str())));
            }
            for &n in &narrower[k] {
                let t = &theme.narrower.themes[n];
                out.push((c, (t.id.as_str(), t.name.as_str())));
            }
        }
        out
    }
}

/// The themes that score at least half the best score, strongest first, at most a few.
fn strongest(scores: &[u32]) -> Vec<usize> {
    let best = scores.iter().copied().max().unwrap_or(0);
    if best == 0 {
        return Vec::new();
    }
    let mut themes: Vec<usize> = (0..scores.len())
        .filter(|&t| scores[t] > 0 && 2 * scores[t] >= best)
        .collect();
    themes.sort_by_key(|&t| std::cmp::Reverse(scores[t]));
    themes.truncate(MAX_TOPICS_PER_CLAIM);
    themes
}

/// Orders topics by use and folds everything past `MAX_TOPICS` into "Other", keeping at least
/// one topic on every claim.
fn cap(
    proposed: Vec<ProposedTopic>,
    per_claim: Vec<Vec<usize>>,
    other: &(String, String),
) -> (Vec<ProposedTopic>, Vec<Vec<usize>>) {
    let mut counts = vec![0usize; proposed.len()];
    for topics in &per_claim {
        for &t in topics {
            counts[t] += 1;
        }
    }
    let mut order: Vec<usize> = (0..proposed.len()).collect();
    // "Other" goes last whatever its size: it is the least informative filter.
    order.sort_by_key(|&t| (proposed[t].id == other.0, std::cmp::Reverse(counts[t])));
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
    let other_index = match topics.iter().position(|t| t.id == other.0) {
        Some(i) => i,
        None if overflow => {
            topics.push(ProposedTopic {
                id: other.0.clone(),
                name: other.1.clone(),
            });
            topics.len() - 1
        }
        None => usize::MAX,
    };
    let per_claim = per_claim
        .into_iter()
        .map(|old| {
            let mut kept: Vec<usize> = old.iter().filter_map(|&t| new_index[t]).collect();
            if kept.is_empty() {
                kept.push(other_index);
            }
            kept
        })
        .collect();
    (topics, per_claim)
}
