//! The search box: matches claim text, labels and outlet names, ignoring case and accents.

use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SearchBoxProps {
    pub value: AttrValue,
    pub on_search: Callback<String>,
}

#[component]
pub fn SearchBox(props: &SearchBoxProps) -> Html {
    let oninput = props
        .on_search
        .reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value());
    html! {
        <div class="search">
            <label for="claim-search">{"Search claims, labels and outlets"}</label>
            <input
                id="claim-search"
                type="search"
                value={props.value.clone()}
                {oninput}
                autocomplete="off"
                spellcheck="false"
                maxlength="200"
            />
        </div>
    }
}
