//! The editor file beside a briefing (`briefing.edits.toml` for `briefing.md`): editors rename
//! or merge topics, tag claims and set a claim's status with a reason. Editors' choices win over
//! the rules and are marked as editorial. Problems are reported with positions in that file.
//!
//! ```toml
//! [briefing]
//! date = "2026-01-03"              # the date readers see for this version
//! lang = "es"                      # the language it is written in, when detection errs
//! withdrawn = true                 # take it off a site (`scripts/site`)
//!
//! [[topic]]
//! id = "energy-oil"
//! name = "Oil"                     # rename
//!
//! [[topic]]
//! id = "economy"
//! merge_into = "energy-oil"        # fold one topic into another
//!
//! [[claim]]
//! id = "c-0123456789"              # or: text = "words from the claim"
//! topics = ["migration", "Human rights"]   # topic ids, or names of new topics
//! status = "confirmed"
//! reason = "Confirmed to our reporter by the ministry on 3 January."
//! correction = "An earlier version gave the wrong date."  # shown on the claim, dated
//! ```

use serde::Deserialize;
use toml::Spanned;

use crate::diagnostic::{Diagnostic, Problems, Severity};
use crate::model::{Briefing, Correction, Date, Origin, Status, Topic};
use crate::text::{fold, slug, squash_spaces};

/// Topic filters are bit sets in the explorer; more would not be a usable filter anyway.
pub const MAX_TOPICS: usize = 64;

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct EditsFile {
    #[serde(default)]
    briefing: BriefingEdits,
    #[serde(default)]
    topic: Vec<TopicEdit>,
    #[serde(default)]
    claim: Vec<ClaimEdit>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct BriefingEdits {
    date: Option<Spanned<String>>,
    lang: Option<Spanned<String>>,
    #[serde(default)]
    withdrawn: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TopicEdit {
    id: Spanned<String>,
    name: Option<String>,
    merge_into: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ClaimEdit {
    id: Option<Spanned<String>>,
    text: Option<Spanned<String>>,
    #[serde(default)]
    topics: Vec<Spanned<String>>,
    status: Option<Spanned<String>>,
    reason: Option<String>,
    correction: Option<Spanned<String>>,
}

/// Whether an editor file takes its briefing off the site (`[briefing] withdrawn = true`). A
/// file that does not read withdraws nothing.
pub fn withdrawn(text: &str) -> bool {
    toml::from_str::<EditsFile>(text).is_ok_and(|e| e.briefing.withdrawn)
}

/// Applies an editor file to a briefing; returns what was wrong with the file.
pub fn apply(briefing: &mut Briefing, file: &str, text: &str) -> Vec<Diagnostic> {
    let mut editor = Problems::new(file, text);
    let edits: EditsFile = match toml::from_str(text) {
        Ok(edits) => edits,
        Err(e) => {
            let at = e.span().map_or(0, |s| s.start);
            editor.report(
                Severity::Error,
                at,
                format!("the editor file cannot be read: {}", e.message().trim()),
            );
            return editor.found;
        }
    };
    // First, as the rules of the language decide the topics and statuses edited below.
    if let Some(lang) = edits.briefing.lang {
        let code = lang.get_ref().trim().to_ascii_lowercase();
        if crate::lang::catalog(&code).is_none() {
            let known: Vec<&str> = crate::lang::catalogs()
                .iter()
                .map(|c| c.code.as_str())
                .collect();
            editor.report(
                Severity::Error,
                lang.span().start,
                format!(
                    "no language `{}`; the languages are: {}",
                    lang.get_ref(),
                    known.join(", ")
                ),
            );
        } else if code != briefing.lang {
            briefing.lang = code;
            if let Some(warning) = crate::parse::no_rules_warning(&briefing.lang) {
                editor.report(Severity::Warning, lang.span().start, warning);
            }
            crate::parse::apply_rules(briefing);
        }
    }
    if let Some(date) = edits.briefing.date {
        match Date::parse_iso(date.get_ref()) {
            Some(d) => briefing.date = Some(d),
            None => editor.report(
                Severity::Error,
                date.span().start,
                format!("`{}` is not a date; write it as YYYY-MM-DD", date.get_ref()),
            ),
        }
    }
    for edit in &edits.topic {
        edit_topic(briefing, edit, &mut editor);
    }
    for edit in &edits.claim {
        edit_claim(briefing, edit, &mut editor);
    }
    if briefing.topics.len() > MAX_TOPICS {
        editor.report(
            Severity::Error,
            0,
            format!(
                "the briefing has {} topics; at most {MAX_TOPICS} can be offered to readers",
                briefing.topics.len()
            ),
        );
    }
    editor.found
}

fn known_topics(briefing: &Briefing) -> String {
    briefing
        .topics
        .iter()
        .map(|t| t.id.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

fn edit_topic(briefing: &mut Briefing, edit: &TopicEdit, editor: &mut Problems<'_>) {
    let Some(topic) = briefing.topic_index(edit.id.get_ref()) else {
        editor.report(
            Severity::Warning,
            edit.id.span().start,
            format!(
                "no topic `{}` in this briefing; its topics are: {}",
                edit.id.get_ref(),
                known_topics(briefing)
            ),
        );
        return;
    };
    if let Some(name) = &edit.name {
        briefing.topics[topic].name = squash_spaces(name);
        briefing.topics[topic].origin = Origin::Editorial;
    }
    if let Some(target) = &edit.merge_into {
        let Some(into) = briefing.topic_index(target.get_ref()) else {
            editor.report(
                Severity::Warning,
                target.span().start,
                format!(
                    "cannot merge into `{}`: no such topic; its topics are: {}",
                    target.get_ref(),
                    known_topics(briefing)
                ),
            );
            return;
        };
        if into == topic {
            return;
        }
        for claim in &mut briefing.claims {
            if let Some(i) = claim.topics.iter().position(|&t| t == topic) {
                claim.topics.remove(i);
                if !claim.topics.contains(&into) {
                    claim.topics.insert(i, into);
                }
                claim.topics_origin = Origin::Editorial;
            }
        }
        briefing.topics[into].origin = Origin::Editorial;
        remove_topic(briefing, topic);
    }
}

fn remove_topic(briefing: &mut Briefing, topic: usize) {
    briefing.topics.remove(topic);
    for claim in &mut briefing.claims {
        for t in &mut claim.topics {
            if *t > topic {
                *t -= 1;
            }
        }
    }
}

fn edit_claim(briefing: &mut Briefing, edit: &ClaimEdit, editor: &mut Problems<'_>) {
    let found = match (&edit.id, &edit.text) {
        (Some(id), _) => briefing.claim_index(id.get_ref()).ok_or_else(|| {
            (
                id.span().start,
                format!("no claim has the id `{}`", id.get_ref()),
            )
        }),
        (None, Some(text)) => {
            let needle = squash_spaces(&fold(text.get_ref()));
            let matches: Vec<usize> = (0..briefing.claims.len())
                .filter(|&c| squash_spaces(&fold(&briefing.claims[c].text)).contains(&needle))
                .collect();
            match matches.as_slice() {
                [one] => Ok(*one),
                [] => Err((
                    text.span().start,
                    format!(
                        "no claim contains the text \u{201C}{}\u{201D}",
                        text.get_ref()
                    ),
                )),
                _ => Err((
                    text.span().start,
                    format!(
                        "{} claims contain the text \u{201C}{}\u{201D}; use the claim's id",
                        matches.len(),
                        text.get_ref()
                    ),
                )),
            }
        }
        (None, None) => Err((
            0,
            "a [[claim]] edit needs an `id` or a `text` to find its claim".to_string(),
        )),
    };
    let claim = match found {
        Ok(claim) => claim,
        Err((at, message)) => {
            editor.report(Severity::Warning, at, message);
            return;
        }
    };
    for tag in &edit.topics {
        let topic = match briefing
            .topic_index(tag.get_ref())
            .or_else(|| briefing.topic_index(&slug(tag.get_ref())))
        {
            Some(t) => t,
            None if slug(tag.get_ref()).is_empty() => {
                editor.report(
                    Severity::Warning,
                    tag.span().start,
                    "a topic needs a name with letters or digits".to_string(),
                );
                continue;
            }
            None => {
                briefing.topics.push(Topic {
                    id: slug(tag.get_ref()),
                    name: squash_spaces(tag.get_ref()),
                    origin: Origin::Editorial,
                });
                briefing.topics.len() - 1
            }
        };
        let claim = &mut briefing.claims[claim];
        if !claim.topics.contains(&topic) {
            claim.topics.push(topic);
        }
        claim.topics_origin = Origin::Editorial;
    }
    if let Some(status) = &edit.status {
        let Some(value) = Status::parse(status.get_ref()) else {
            editor.report(
                Severity::Error,
                status.span().start,
                format!(
                    "status must be \"confirmed\" or \"unconfirmed\", not \"{}\"",
                    status.get_ref()
                ),
            );
            return;
        };
        let reason = match &edit.reason {
            Some(reason) if !reason.trim().is_empty() => squash_spaces(reason),
            _ => {
                editor.report(
                    Severity::Warning,
                    status.span().start,
                    "give a `reason` for the status: readers are shown it".to_string(),
                );
                "Set by the editors.".to_string()
            }
        };
        let claim = &mut briefing.claims[claim];
        claim.status = value;
        claim.status_reason = reason;
        claim.status_origin = Origin::Editorial;
    }
    if let Some(correction) = &edit.correction {
        let text = squash_spaces(correction.get_ref());
        if text.is_empty() {
            editor.report(
                Severity::Warning,
                correction.span().start,
                "the correction is empty; readers would see nothing".to_string(),
            );
        } else {
            briefing.claims[claim].correction = Some(Correction { text, date: None });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::parse;

    const BRIEFING: &str = "# Title\n\n## Part\n\n- **Oil**: Crude output rose [https://a.com/x].\n- Troops allegedly crossed [https://b.com/y].\n";

    fn edited(edits: &str) -> (Briefing, Vec<String>) {
        let mut briefing = parse("b.md", BRIEFING.as_bytes()).briefing;
        let messages = apply(&mut briefing, "b.edits.toml", edits)
            .iter()
            .map(ToString::to_string)
            .collect();
        (briefing, messages)
    }

    fn topic_names(briefing: &Briefing, claim: usize) -> Vec<String> {
        briefing.claims[claim]
            .topics
            .iter()
            .map(|&t| briefing.topics[t].name.clone())
            .collect()
    }

    #[test]
    fn editors_rename_merge_and_tag() {
        let (b, messages) = edited(
            "[[topic]]\nid = \"energy-oil\"\nname = \"Oil\"\n\n[[topic]]\nid = \"military\"\nmerge_into = \"energy-oil\"\n\n[[claim]]\ntext = \"troops allegedly\"\ntopics = [\"Border security\"]\n",
        );
        assert!(messages.is_empty(), "{messages:?}");
        assert_eq!(topic_names(&b, 0), ["Oil"]);
        assert_eq!(topic_names(&b, 1), ["Oil", "Border security"]);
        assert_eq!(
            b.topics
                .iter()
                .find(|t| t.id == "border-security")
                .unwrap()
                .origin,
            Origin::Editorial
        );
        assert_eq!(b.claims[1].topics_origin, Origin::Editorial);
        assert_eq!(b.claims[0].topics_origin, Origin::Rules);
    }

    #[test]
    fn editors_set_status_with_a_reason() {
        let (b, _) = edited("[[claim]]\ntext = \"Troops\"\nstatus = \"confirmed\"\nreason = \"Seen by our reporter.\"\n");
        assert_eq!(b.claims[1].status, Status::Confirmed);
        assert_eq!(b.claims[1].status_reason, "Seen by our reporter.");
        assert_eq!(b.claims[1].status_origin, Origin::Editorial);
    }

    #[test]
    fn problems_in_the_editor_file_have_positions() {
        for (edits, expected) in [
            ("[[claim]]\nid = \"c-nothing\"\n", "b.edits.toml:2:6: warning: no claim has the id `c-nothing`"),
            ("[[claim]]\ntext = \"Troops\"\nstatus = \"maybe\"\n", "b.edits.toml:3:10: error: status must be \"confirmed\" or \"unconfirmed\", not \"maybe\""),
            ("[briefing]\ndate = \"tomorrow\"\n", "b.edits.toml:2:8: error: `tomorrow` is not a date; write it as YYYY-MM-DD"),
            ("[[topic]]\nid = \"sport\"\nname = \"x\"\n", "b.edits.toml:2:6: warning: no topic `sport` in this briefing; its topics are: military, energy-oil"),
            ("[[claim]\n", "b.edits.toml:1:"),
            ("[[claim]]\ntext = \"r\"\n", "b.edits.toml:2:8: warning: 2 claims contain the text"),
        ] {
            let (_, messages) = edited(edits);
            assert!(messages.iter().any(|m| m.starts_with(expected)), "{edits}: {messages:?}");
        }
    }
}
