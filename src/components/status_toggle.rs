//! All / Confirmed / Unconfirmed, each with how many claims it would show.

use briefing::i18n::{Catalog, Msg};
use briefing::query::StatusFilter;
use briefing::state::Action;
use yew::prelude::*;

use super::count;

fn name(status: StatusFilter) -> Msg {
    match status {
        StatusFilter::All => Msg::StatusAll,
        StatusFilter::Confirmed => Msg::StatusConfirmed,
        StatusFilter::Unconfirmed => Msg::StatusUnconfirmed,
    }
}

/// `counts`: all, confirmed, unconfirmed.
pub fn status_toggle(
    active: StatusFilter,
    counts: [usize; 3],
    t: &Catalog,
    on_choose: &Callback<Action>,
) -> Html {
    html! {
        <fieldset class="status-toggle">
            <legend>{t.t(Msg::StatusLegend)}</legend>
            <div class="segmented">
                { for StatusFilter::ALL.into_iter().zip(counts).map(|(status, n)| {
                    let on_choose = on_choose.clone();
                    let pressed = if active == status { "true" } else { "false" };
                    html! {
                        <button type="button" data-status={status.as_str()} aria-pressed={pressed} onclick={move |_| on_choose.emit(Action::SetStatus(status))}>
                            {t.t(name(status))}
                            {count(n, t)}
                        </button>
                    }
                }) }
            </div>
        </fieldset>
    }
}
