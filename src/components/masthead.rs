//! The briefing's title, its lede (the briefing's own framing, not a sourced claim) and its
//! size. Renders both the full header and the compact embed header; the page's `embed` class
//! decides which one shows, so the prerendered page fits both views.

use briefing::i18n::{Catalog, Msg};
use briefing::model::Briefing;
use yew::prelude::*;

/// `full_explorer_href`: where "open the full explorer" leads from an embed (the same view,
/// full size).
pub fn masthead(b: &Briefing, t: &Catalog, full_explorer_href: String) -> Html {
    html! {
        <>
            <header class="masthead">
                <p class="kicker">{t.t(Msg::Kicker)}</p>
                <h1 id="briefing-title" dir="auto">{b.title.clone()}</h1>
                if !b.summary.is_empty() {
                    <div class="lede framing">
                        <p class="framing-note">{t.t(Msg::FramingNote)}</p>
                        { for b.summary.split("\n\n").map(|p| html! { <p dir="auto">{p.to_string()}</p> }) }
                    </div>
                }
                <ul class="tally" aria-label={t.t(Msg::TallyLabel).to_string()}>
                    <li>{t.n(Msg::ClaimsCount, b.claims.len())}</li>
                    <li>{t.n(Msg::SourcesCount, b.sources.len())}</li>
                    <li>{t.n(Msg::OutletsCount, b.outlets.len())}</li>
                    <li>{t.n(Msg::UnconfirmedCount, b.unconfirmed_count())}</li>
                </ul>
            </header>
            <header class="embed-header">
                <h1 class="embed-title" dir="auto">{b.title.clone()}</h1>
                <a href={full_explorer_href} target="_blank" rel="noopener">
                    {t.t(Msg::OpenFull)}<span class="visually-hidden">{t.t(Msg::OpensNewTab)}</span>
                </a>
            </header>
        </>
    }
}
