//! One claim: its label and text (search matches marked), topics, status with the reason on
//! demand, and its numbered sources. A claim is never rendered without its sources.

use std::rc::Rc;

use briefing::i18n::Msg;
use briefing::model::{ChangeKind, Origin, Status};
use briefing::query::highlights;
use yew::prelude::*;

use super::NEW_TAB_NOTE;
use crate::bundle::Explorer;

pub struct ClaimCardProps {
    pub explorer: Rc<Explorer>,
    /// The catalog the page is read in.
    pub lang: usize,
    pub claim: usize,
    /// Folded search terms to mark in the text.
    pub terms: Rc<Vec<String>>,
    /// The claim a shared link points at.
    pub selected: bool,
    /// Under a group heading the label is one level deeper.
    pub heading_level: u8,
    /// Whether the last copy of this claim's link worked; `None` before any copy.
    pub copied: Option<bool>,
    pub on_copy_link: Callback<usize>,
}

/// `text` with every search match in a `<mark>`.
pub fn marked(text: &str, terms: &[String]) -> Html {
    let ranges = highlights(text, terms);
    if ranges.is_empty() {
        return html! { {text.to_string()} };
    }
    let mut parts: Vec<Html> = Vec::with_capacity(ranges.len() * 2 + 1);
    let mut at = 0;
    for (start, end) in ranges {
        if start > at {
            parts.push(html! { {text[at..start].to_string()} });
        }
        parts.push(html! { <mark>{text[start..end].to_string()}</mark> });
        at = end;
    }
    if at < text.len() {
        parts.push(html! { {text[at..].to_string()} });
    }
    parts.into_iter().collect()
}

pub fn claim_card(props: &ClaimCardProps) -> Html {
    let b = &props.explorer.briefing;
    let t = &props.explorer.catalogs[props.lang];
    let claim = &b.claims[props.claim];
    let unconfirmed = claim.status == Status::Unconfirmed;
    let why = t.t(if unconfirmed {
        Msg::WhyUnconfirmed
    } else {
        Msg::WhyConfirmed
    });
    let editorial = claim.status_origin == Origin::Editorial;
    // The rules' reason in the reader's language; an editor's, as the editor wrote it.
    let reason = if editorial {
        claim.status_reason.clone()
    } else {
        t.reason(&claim.status_kinds, &claim.status_words)
    };
    let backing: Vec<&str> = b
        .independent_outlets(claim)
        .into_iter()
        .map(|o| b.outlets[o].name.as_str())
        .collect();
    let on_copy = {
        let (callback, index) = (props.on_copy_link.clone(), props.claim);
        move |_: MouseEvent| callback.emit(index)
    };
    let copy_label = t.t(match props.copied {
        Some(true) => Msg::LinkCopied,
        Some(false) => Msg::LinkCopyFailed,
        None => Msg::CopyLink,
    });
    let label_tag = if props.heading_level > 3 { "h4" } else { "h3" };
    let kinds = &claim.change.kinds;
    let change = (!kinds.is_empty()).then(|| {
        let mut names = String::new();
        for kind in kinds {
            if !names.is_empty() {
                names.push(' ');
            }
            names.push_str(kind.as_str());
        }
        names
    });
    let previous = claim
        .change
        .previous_status
        .as_ref()
        .map(|(status, reason)| {
            let status = t.t(if *status == Status::Unconfirmed {
                Msg::BadgeUnconfirmed
            } else {
                Msg::BadgeConfirmed
            });
            // The rules' reasons begin with the status ("Unconfirmed: ..."); an editor's may not.
            let reason = if reason.starts_with(status) {
                reason.clone()
            } else {
                format!("{status}. {reason}")
            };
            t.fill(Msg::PreviousStatus, &[("reason", &reason)])
        });
    html! {
        <article class="claim" key={claim.id.clone()} id={claim.id.clone()} data-claim-id={claim.id.clone()} data-change={change} aria-current={props.selected.then_some("true")} tabindex="-1">
            if let Some(label) = &claim.label {
                <@{label_tag} class="claim-label" dir="auto">{marked(label, &props.terms)}</@>
            }
            <p class="claim-text" dir="auto">{marked(&claim.text, &props.terms)}</p>
            if let Some(correction) = &claim.correction {
                <p class="correction">
                    <strong>{match correction.date {
                        Some(date) => t.fill(Msg::CorrectionDated, &[("date", &t.date(date))]),
                        None => t.t(Msg::Correction).to_string(),
                    }}</strong>{" "}<span dir="auto">{correction.text.clone()}</span>
                </p>
            }
            <div class="claim-meta">
                // Literal classes: a computed class costs Yew's class-set code in the WebAssembly.
                if unconfirmed {
                    <span class="badge unconfirmed">{t.t(Msg::BadgeUnconfirmed)}</span>
                } else {
                    <span class="badge confirmed">{t.t(Msg::BadgeConfirmed)}</span>
                }
                { for kinds.iter().map(|&k| html! { <span class="badge change">{t.t(tag(k))}</span> }) }
                <ul class="claim-topics" aria-label={t.t(Msg::ClaimTopics).to_string()}>
                    { for claim.topics.iter().map(|&t| html! { <li>{b.topics[t].name.clone()}</li> }) }
                </ul>
            </div>
            <details class="reason">
                <summary>{why}</summary>
                <p>
                    if editorial { <strong>{t.t(Msg::EditorsNote)}</strong> }
                    {reason}
                    <span class="backing">{" "}{t.corroboration(&backing)}{"."}</span>
                </p>
                if let Some(previous) = previous {
                    <p class="previous">{previous}</p>
                }
            </details>
            <ol class="sources" aria-label={t.n(Msg::SourcesFor, claim.sources.len())}>
                { for b.claim_sources(claim).map(|source| html! {
                    <li>
                        <a href={source.url.clone()} target="_blank" rel="noopener noreferrer" aria-describedby={NEW_TAB_NOTE}>
                            {b.outlets[source.outlet].name.clone()}
                        </a>
                        <span class="domain">{source.domain.clone()}</span>
                        if let Some(date) = source.date {
                            <time datetime={date.to_string()}>{t.date(date)}</time>
                        }
                    </li>
                }) }
            </ol>
            <button type="button" class="copy-link" onclick={on_copy}>{copy_label}</button>
        </article>
    }
}

/// The tag a changed claim wears.
fn tag(kind: ChangeKind) -> Msg {
    match kind {
        ChangeKind::Added => Msg::TagAdded,
        ChangeKind::Rewritten => Msg::TagRewritten,
        ChangeKind::Status => Msg::TagStatus,
        ChangeKind::Sources => Msg::TagSources,
    }
}
