//! What a reader sees when nothing matches, with the way back.

use briefing::i18n::{Catalog, Msg};
use yew::prelude::*;

pub fn empty_state(search: &str, t: &Catalog, on_clear: &Callback<()>) -> Html {
    let on_clear = on_clear.reform(|_: MouseEvent| ());
    html! {
        <div class="empty-state">
            <h2>{t.t(Msg::NoMatchTitle)}</h2>
            if search.is_empty() {
                <p>{t.t(Msg::NoMatchFilters)}</p>
            } else {
                <p>{t.fill(Msg::NoMatchSearch, &[("search", search)])}</p>
            }
            <button type="button" class="clear" onclick={on_clear}>{t.t(Msg::ClearFilters)}</button>
        </div>
    }
}
