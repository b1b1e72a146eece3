//! The search box: matches claim text, labels and outlet names, ignoring case and accents.

use briefing::i18n::{Catalog, Msg};
use briefing::state::Action;
use web_sys::HtmlInputElement;
use yew::prelude::*;

pub fn search_box(value: &str, t: &Catalog, on_search: &Callback<Action>) -> Html {
    let oninput = on_search.reform(|e: InputEvent| {
        Action::Search(e.target_unchecked_into::<HtmlInputElement>().value())
    });
    html! {
        <div class="search">
            <label for="claim-search">{t.t(Msg::SearchLabel)}</label>
            <input
                id="claim-search"
                type="search"
                value={value.to_string()}
                {oninput}
                autocomplete="off"
                spellcheck="false"
                maxlength="200"
            />
        </div>
    }
}
