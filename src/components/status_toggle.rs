//! All / Confirmed / Unconfirmed, each with how many claims it would show.

use briefing::query::StatusFilter;
use briefing::state::Action;
use yew::prelude::*;

fn name(status: StatusFilter) -> &'static str {
    match status {
        StatusFilter::All => "All",
        StatusFilter::Confirmed => "Confirmed",
        StatusFilter::Unconfirmed => "Unconfirmed",
    }
}

/// `counts`: all, confirmed, unconfirmed.
pub fn status_toggle(
    active: StatusFilter,
    counts: [usize; 3],
    on_choose: &Callback<Action>,
) -> Html {
    html! {
        <fieldset class="status-toggle">
            <legend>{"Status"}</legend>
            <div class="segmented">
                { for StatusFilter::ALL.into_iter().zip(counts).map(|(status, count)| {
                    let on_choose = on_choose.clone();
                    let pressed = if active == status { "true" } else { "false" };
                    html! {
                        <button type="button" data-status={status.as_str()} aria-pressed={pressed} onclick={move |_| on_choose.emit(Action::SetStatus(status))}>
                            {name(status)}
                            <span class="count"><span class="visually-hidden">{", "}</span>{count}<span class="visually-hidden">{" claims"}</span></span>
                        </button>
                    }
                }) }
            </div>
        </fieldset>
    }
}
