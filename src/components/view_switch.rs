//! Claims or outlets: two views of the same filtered briefing.

use briefing::state::{Action, View};
use yew::prelude::*;

/// A plain view function rather than a component: it is two buttons, re-rendered with the
/// explorer anyway, and a component of its own would cost the WebAssembly about 2 KB.
pub fn view_switch(active: View, on_choose: &Callback<Action>) -> Html {
    let button = |view: View, name: &'static str, label: &'static str| {
        let on_choose = on_choose.clone();
        let pressed = if active == view { "true" } else { "false" };
        html! {
            <button type="button" data-view={name} aria-pressed={pressed} onclick={move |_| on_choose.emit(Action::ShowView(view))}>{label}</button>
        }
    };
    html! {
        <fieldset class="view-switch">
            <legend>{"Show"}</legend>
            <div class="segmented">
                {button(View::Claims, "claims", "Claims")}
                {button(View::Outlets, "outlets", "Outlets")}
            </div>
        </fieldset>
    }
}
