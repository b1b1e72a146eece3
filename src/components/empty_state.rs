//! What a reader sees when nothing matches, with the way back.

use yew::prelude::*;

pub fn empty_state(search: &str, on_clear: &Callback<()>) -> Html {
    let on_clear = on_clear.reform(|_: MouseEvent| ());
    html! {
        <div class="empty-state">
            <h2>{"No claims match"}</h2>
            if search.is_empty() {
                <p>{"No claim in this briefing fits all of the filters you chose."}</p>
            } else {
                <p>{"No claim fits the filters and contains \u{201C}"}{search.to_string()}{"\u{201D}."}</p>
            }
            <button type="button" class="clear" onclick={on_clear}>{"Clear all filters"}</button>
        </div>
    }
}
