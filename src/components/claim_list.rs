//! The matching claims under their sections and groups, in briefing order, a page at a time.
//! The briefing's own framing (text that cites nothing) shows only in the unfiltered view,
//! marked as framing, never as a claim.

use std::rc::Rc;

use briefing::i18n::{Catalog, Msg};
use yew::prelude::*;

use super::claim_card::{claim_card, ClaimCardProps};
use crate::bundle::Explorer;

/// A plain function's arguments, not a component's props: the list is rendered once per
/// change of the explorer, and its cards are the components that skip unchanged renders.
pub struct ClaimList {
    pub explorer: Rc<Explorer>,
    /// The catalog the page is read in.
    pub lang: usize,
    /// Matching claims in briefing order.
    pub claims: Rc<Vec<usize>>,
    /// How many to render.
    pub shown: usize,
    pub terms: Rc<Vec<String>>,
    pub selected: Option<usize>,
    pub show_framing: bool,
    pub copied: Option<(usize, bool)>,
    pub on_copy_link: Callback<usize>,
    pub on_show_more: Callback<()>,
    /// The claims beyond the first page, as `<noscript>` markup for readers without JavaScript.
    /// Only the prerender fills it in; in the browser it stays empty, and hydration adopts
    /// whatever the prerender wrote here without comparing (raw HTML is not compared).
    pub noscript: AttrValue,
}

pub fn claim_list(props: &ClaimList) -> Html {
    let b = &props.explorer.briefing;
    let t = &props.explorer.catalogs[props.lang];
    let shown = &props.claims[..props.shown.min(props.claims.len())];
    let mut by_section: Vec<Vec<usize>> = vec![Vec::new(); b.sections.len()];
    for &c in shown {
        by_section[b.claims[c].section].push(c);
    }
    let sections = b.sections.iter().enumerate().filter(|(s, section)| {
        !by_section[*s].is_empty() || (props.show_framing && !section.framing.is_empty())
    });
    let remaining = props.claims.len() - shown.len();
    let on_show_more = props.on_show_more.reform(|_: MouseEvent| ());
    html! {
        <div class="claim-list">
            { for sections.map(|(s, section)| {
                let claims = &by_section[s];
                html! {
                    <section class="section" key={s}>
                        if !section.title.is_empty() { <h2 dir="auto">{section.title.clone()}</h2> }
                        if props.show_framing {
                            { for section.framing.iter().map(|f| html! {
                                <div class="framing">
                                    <p class="framing-note">{t.t(Msg::FramingNote)}</p>
                                    <p dir="auto">{f.clone()}</p>
                                </div>
                            }) }
                        }
                        { render_claims(props, claims) }
                    </section>
                }
            }) }
            if remaining > 0 {
                <button type="button" class="show-more" onclick={on_show_more}>
                    {t.n(Msg::ShowMore, remaining)}
                </button>
            }
            { Html::from_html_unchecked(props.noscript.clone()) }
        </div>
    }
}

/// Claims of one section, with a heading wherever their group changes.
fn render_claims(props: &ClaimList, claims: &[usize]) -> Html {
    let b = &props.explorer.briefing;
    let mut out: Vec<Html> = Vec::with_capacity(claims.len() + 4);
    let mut group: Option<&str> = None;
    for &c in claims {
        let claim = &b.claims[c];
        let claim_group = claim.group.as_deref();
        if claim_group != group {
            if let Some(name) = claim_group {
                out.push(html! { <h3 class="group" dir="auto" key={format!("g{c}")}>{name.to_string()}</h3> });
            }
            group = claim_group;
        }
        let copied = props.copied.filter(|(at, _)| *at == c).map(|(_, ok)| ok);
        out.push(claim_card(&ClaimCardProps {
            explorer: props.explorer.clone(),
            lang: props.lang,
            claim: c,
            terms: props.terms.clone(),
            selected: props.selected == Some(c),
            heading_level: if claim_group.is_some() { 4 } else { 3 },
            copied,
            on_copy_link: props.on_copy_link.clone(),
        }));
    }
    out.into_iter().collect()
}

/// "Showing 3 of 11 claims", for the live region.
pub fn result_summary(shown: usize, total: usize, t: &Catalog) -> String {
    if shown == total {
        t.n(Msg::ShowingAll, total)
    } else {
        t.fill_n(Msg::ShowingSome, total, &[("shown", &shown.to_string())])
    }
}
