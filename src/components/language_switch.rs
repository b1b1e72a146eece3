//! The languages the page can be read in, each named in itself; the one in use is pressed.
//! Choosing one changes every word of the page but the briefing's own.

use briefing::i18n::{Catalog, Msg};
use briefing::state::Action;
use yew::prelude::*;

/// `current`: the index of the catalog in use; `default`: the briefing's own.
pub fn language_switch(
    catalogs: &[Catalog],
    current: usize,
    default: usize,
    on_choose: &Callback<Action>,
) -> Html {
    if catalogs.len() < 2 {
        return Html::default();
    }
    html! {
        <nav class="languages" aria-label={catalogs[current].t(Msg::Languages).to_string()}>
            { for catalogs.iter().enumerate().map(|(i, c)| {
                let on_choose = on_choose.clone();
                let choice = (i != default).then(|| c.code.clone());
                let pressed = if i == current { "true" } else { "false" };
                html! {
                    <button type="button" data-lang={c.code.clone()} lang={c.code.clone()} dir={c.dir.as_str()} aria-pressed={pressed} onclick={move |_| on_choose.emit(Action::SetLang(choice.clone()))}>
                        {c.name.clone()}
                    </button>
                }
            }) }
        </nav>
    }
}
