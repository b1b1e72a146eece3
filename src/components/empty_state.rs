//! What a reader sees when nothing matches, with the way back.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EmptyStateProps {
    pub search: AttrValue,
    pub on_clear: Callback<()>,
}

#[component]
pub fn EmptyState(props: &EmptyStateProps) -> Html {
    let on_clear = props.on_clear.reform(|_: MouseEvent| ());
    html! {
        <div class="empty-state">
            <h2>{"No claims match"}</h2>
            if props.search.is_empty() {
                <p>{"No claim in this briefing fits all of the filters you chose."}</p>
            } else {
                <p>{"No claim fits the filters and contains \u{201C}"}{props.search.clone()}{"\u{201D}."}</p>
            }
            <button type="button" class="clear" onclick={on_clear}>{"Clear all filters"}</button>
        </div>
    }
}
