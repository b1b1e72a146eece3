//! Every outlet the briefing cites, with the claims it backs under the reader's other filters,
//! those backing most first; choosing an outlet shows just those claims.

use briefing::i18n::{Catalog, Msg};
use briefing::model::Briefing;
use briefing::state::Action;
use yew::prelude::*;

/// `counts`: per outlet, the claims it backs under the other filters.
pub fn outlet_list(
    b: &Briefing,
    counts: &[usize],
    t: &Catalog,
    on_choose: &Callback<Action>,
) -> Html {
    html! {
        <ul class="outlet-list">
            { for briefing::query::most_first(counts).into_iter().map(|o| {
                let outlet = &b.outlets[o];
                let on_choose = on_choose.clone();
                let count = counts[o];
                let sources = b.sources.iter().filter(|s| s.outlet == o).count();
                let summary = t.fill(Msg::OutletSummary, &[
                    ("articles", &t.n(Msg::ArticlesCount, sources)),
                    ("claims", &t.n(Msg::ClaimsCount, count)),
                ]);
                html! {
                    <li key={outlet.id.clone()} data-outlet={outlet.id.clone()}>
                        <h2 class="outlet-name">{outlet.name.clone()}</h2>
                        <span class="domain">{outlet.id.clone()}</span>
                        <p>{summary}</p>
                        <button type="button" disabled={count == 0} onclick={move |_| on_choose.emit(Action::ChooseOutlet(Some(o)))}>
                            {t.n(Msg::ShowClaims, count)}
                            <span class="visually-hidden">{t.fill(Msg::BackedByHidden, &[("outlet", &outlet.name)])}</span>
                        </button>
                    </li>
                }
            }) }
        </ul>
    }
}
