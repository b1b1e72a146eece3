//! The foot of the explorer: which version of the briefing is on screen (its date), a quiet
//! offline note (shown while the page's boot script marks the page offline), and the embed
//! panel.

use briefing::i18n::{Catalog, Msg};
use briefing::model::Date;
use yew::prelude::*;

pub fn colophon(date: Option<Date>, version: &str, t: &Catalog, embed_panel: Html) -> Html {
    let edition = match date {
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
            {embed_panel}
        </footer>
    }
}
