//! Claims or outlets: two views of the same filtered briefing.

use briefing::state::View;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ViewSwitchProps {
    pub active: View,
    pub on_choose: Callback<View>,
}

#[component]
pub fn ViewSwitch(props: &ViewSwitchProps) -> Html {
    let button = |view: View, label: &'static str| {
        let on_choose = props.on_choose.clone();
        let pressed = if props.active == view {
            "true"
        } else {
            "false"
        };
        html! {
            <button type="button" data-view={if view == View::Claims { "claims" } else { "outlets" }} aria-pressed={pressed} onclick={move |_| on_choose.emit(view)}>{label}</button>
        }
    };
    html! {
        <fieldset class="view-switch">
            <legend>{"Show"}</legend>
            <div class="segmented">
                {button(View::Claims, "Claims")}
                {button(View::Outlets, "Outlets")}
            </div>
        </fieldset>
    }
}
