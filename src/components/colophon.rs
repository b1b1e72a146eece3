//! The foot of the explorer: which version of the briefing is on screen (its date), its earlier
//! versions, a quiet offline note (shown while the page's boot script marks the page offline),
//! and the embed panel.

use briefing::i18n::{Catalog, Msg};
use briefing::model::Briefing;
use yew::prelude::*;

pub fn colophon(b: &Briefing, version: &str, t: &Catalog, embed_panel: Html) -> Html {
    let h = &b.history;
    let edition = match h.updated.or(b.date) {
        Some(date) => t.fill(
            Msg::EditionDated,
            &[("date", &t.date(date)), ("version", version)],
        ),
        None => t.fill(Msg::Edition, &[("version", version)]),
    };
    html! {
        <footer class="colophon">
            <p class="edition">
                <span class="offline">{t.t(Msg::Offline)}</span>
                {edition}
            </p>
            // An earlier version's page leads to the current one instead (in its header).
            if !h.versions.is_empty() && h.superseded_by.is_none() {
                <details class="versions">
                    <summary>{t.t(Msg::EarlierVersions)}</summary>
                    <ul>
                        { for h.versions.iter().rev().map(|v| {
                            let date = v.date.map(|d| t.date(d)).unwrap_or_default();
                            html! { <li><a href={format!("v/{}/", v.id)}>{t.fill(Msg::VersionOf, &[("version", &v.id), ("date", &date)])}</a></li> }
                        }) }
                    </ul>
                </details>
            }
            {embed_panel}
        </footer>
    }
}
