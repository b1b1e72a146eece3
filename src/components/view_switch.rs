//! Claims or outlets: two views of the same filtered briefing.

use briefing::i18n::{Catalog, Msg};
use briefing::state::{Action, View};
use yew::prelude::*;

pub fn view_switch(active: View, t: &Catalog, on_choose: &Callback<Action>) -> Html {
    let button = |view: View, name: &'static str, label: Msg| {
        let on_choose = on_choose.clone();
        let pressed = if active == view { "true" } else { "false" };
        html! {
            <button type="button" data-view={name} aria-pressed={pressed} onclick={move |_| on_choose.emit(Action::ShowView(view))}>{t.t(label)}</button>
        }
    };
    html! {
        <fieldset class="view-switch">
            <legend>{t.t(Msg::ShowLegend)}</legend>
            <div class="segmented">
                {button(View::Claims, "claims", Msg::ViewClaims)}
                {button(View::Outlets, "outlets", Msg::ViewOutlets)}
            </div>
        </fieldset>
    }
}
