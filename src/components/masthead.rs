//! The briefing's title, its lede (the briefing's own framing, not a sourced claim) and its
//! size. Renders both the full header and the compact embed header; the page's `embed` class
//! decides which one shows, so the prerendered page fits both views.

use briefing::model::Briefing;
use yew::prelude::*;

use super::count_of;

/// `full_explorer_href`: where "open the full explorer" leads from an embed (the same view,
/// full size).
pub fn masthead(b: &Briefing, full_explorer_href: String) -> Html {
    html! {
        <>
            <header class="masthead">
                <p class="kicker">{"Briefing"}</p>
                <h1 id="briefing-title" dir="auto">{b.title.clone()}</h1>
                if !b.summary.is_empty() {
                    <div class="lede framing">
                        <p class="framing-note">{"The briefing\u{2019}s own framing \u{2014} not a sourced claim"}</p>
                        { for b.summary.split("\n\n").map(|p| html! { <p dir="auto">{p.to_string()}</p> }) }
                    </div>
                }
                <ul class="tally" aria-label="This briefing in numbers">
                    <li>{count_of(b.claims.len(), "claim", "claims")}</li>
                    <li>{count_of(b.sources.len(), "source", "sources")}</li>
                    <li>{count_of(b.outlets.len(), "outlet", "outlets")}</li>
                    <li>{count_of(b.unconfirmed_count(), "unconfirmed", "unconfirmed")}</li>
                </ul>
            </header>
            <header class="embed-header">
                <h1 class="embed-title" dir="auto">{b.title.clone()}</h1>
                <a href={full_explorer_href} target="_blank" rel="noopener">
                    {"Open the full explorer"}<span class="visually-hidden">{" (opens in a new tab)"}</span>
                </a>
            </header>
        </>
    }
}
