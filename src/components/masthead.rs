//! The briefing's title, its lede (the briefing's own framing, not a sourced claim) and its
//! size. Renders both the full header and the compact embed header; the page's `embed` class
//! decides which one shows, so the prerendered page fits both views.

use yew::prelude::*;

use super::count_of;

#[derive(Properties, PartialEq)]
pub struct MastheadProps {
    pub title: AttrValue,
    pub summary: AttrValue,
    pub claims: usize,
    pub sources: usize,
    pub outlets: usize,
    pub unconfirmed: usize,
    /// Where "open the full explorer" leads from an embed: the same view, full size.
    pub full_explorer_href: AttrValue,
}

#[component]
pub fn Masthead(props: &MastheadProps) -> Html {
    html! {
        <>
            <header class="masthead">
                <p class="kicker">{"Briefing"}</p>
                <h1 id="briefing-title" dir="auto">{props.title.clone()}</h1>
                if !props.summary.is_empty() {
                    <div class="lede framing">
                        <p class="framing-note">{"The briefing\u{2019}s own framing \u{2014} not a sourced claim"}</p>
                        { for props.summary.split("\n\n").map(|p| html! { <p dir="auto">{p.to_string()}</p> }) }
                    </div>
                }
                <ul class="tally" aria-label="This briefing in numbers">
                    <li>{count_of(props.claims, "claim", "claims")}</li>
                    <li>{count_of(props.sources, "source", "sources")}</li>
                    <li>{count_of(props.outlets, "outlet", "outlets")}</li>
                    <li>{count_of(props.unconfirmed, "unconfirmed", "unconfirmed")}</li>
                </ul>
            </header>
            <header class="embed-header">
                <h1 class="embed-title" dir="auto">{props.title.clone()}</h1>
                <a href={props.full_explorer_href.clone()} target="_blank" rel="noopener">
                    {"Open the full explorer"}<span class="visually-hidden">{" (opens in a new tab)"}</span>
                </a>
            </header>
        </>
    }
}
