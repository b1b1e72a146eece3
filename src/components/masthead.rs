//! The briefing's title, its lede (the briefing's own framing, not a sourced claim), its size
//! and its news: what changed in this version, what changed since the reader's last visit, or
//! that this page is an earlier version. Renders both the full header and the compact embed
//! header; the page's `embed` class decides which one shows, so the prerendered page fits both.

use briefing::i18n::{Catalog, Msg};
use briefing::model::{Briefing, ChangeCounts};
use yew::prelude::*;

/// `full_explorer_href`: where "open the full explorer" leads from an embed (the same view,
/// full size). `since_visit`: for a returning reader, what changed since their last visit.
pub fn masthead(
    b: &Briefing,
    t: &Catalog,
    full_explorer_href: String,
    version: &str,
    since_visit: Option<&ChangeCounts>,
) -> Html {
    let h = &b.history;
    let counts = b.change_counts();
    let this_day = h.updated.or(b.date).map(|d| t.date(d)).unwrap_or_default();
    let updated = if counts.is_empty() {
        None
    } else if h.updated.is_some() {
        Some(t.fill(
            Msg::UpdatedOn,
            &[("date", &this_day), ("changes", &t.changes(&counts))],
        ))
    } else {
        Some(t.fill(Msg::Updated, &[("changes", &t.changes(&counts))]))
    };
    // Machine-readable for scripts and tests: "added:1 rewritten:0 status:1 sources:0 removed:1".
    let tally = format!(
        "added:{} rewritten:{} status:{} sources:{} removed:{}",
        counts.added, counts.rewritten, counts.status, counts.sources, counts.removed
    );
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
                if h.superseded_by.is_some() {
                    <p class="news earlier-version" role="note">
                        {t.fill(Msg::EarlierVersionNotice, &[("version", version), ("date", &this_day)])}{" "}
                        <a href="../../">{t.t(Msg::CurrentVersion)}</a>
                    </p>
                }
                if let Some(text) = updated {
                    <p class="news" data-changes={tally}>{text}</p>
                }
                if let Some(since) = since_visit {
                    <p class="news" data-changes-since-visit="" role="status">
                        {t.fill(Msg::SinceVisit, &[("changes", &t.changes(since))])}
                    </p>
                }
                if !h.removed.is_empty() {
                    <details class="removed">
                        <summary>{t.t(Msg::RemovedClaims)}</summary>
                        <ul>{ for h.removed.iter().map(|text| html! { <li dir="auto">{text.clone()}</li> }) }</ul>
                    </details>
                }
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
