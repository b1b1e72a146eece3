//! All / Confirmed / Unconfirmed, each with how many claims it would show.

use briefing::query::StatusFilter;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StatusToggleProps {
    pub active: StatusFilter,
    /// All, confirmed, unconfirmed.
    pub counts: [usize; 3],
    pub on_choose: Callback<StatusFilter>,
}

fn name(status: StatusFilter) -> &'static str {
    match status {
        StatusFilter::All => "All",
        StatusFilter::Confirmed => "Confirmed",
        StatusFilter::Unconfirmed => "Unconfirmed",
    }
}

#[component]
pub fn StatusToggle(props: &StatusToggleProps) -> Html {
    html! {
        <fieldset class="status-toggle">
            <legend>{"Status"}</legend>
            <div class="segmented">
                { for StatusFilter::ALL.into_iter().zip(props.counts).map(|(status, count)| {
                    let on_choose = props.on_choose.clone();
                    let pressed = if props.active == status { "true" } else { "false" };
                    html! {
                        <button type="button" data-status={status.as_str()} aria-pressed={pressed} onclick={move |_| on_choose.emit(status)}>
                            {name(status)}
                            <span class="count"><span class="visually-hidden">{", "}</span>{count}<span class="visually-hidden">{" claims"}</span></span>
                        </button>
                    }
                }) }
            </div>
        </fieldset>
    }
}
