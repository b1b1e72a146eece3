//! Topic filters: several can be on at once (a claim with any of them shows), each with how
//! many claims it would show, and one button that clears every filter.

use yew::prelude::*;

#[derive(Clone, PartialEq)]
pub struct TopicChoice {
    pub index: usize,
    pub id: AttrValue,
    pub name: AttrValue,
    pub count: usize,
    pub active: bool,
}

#[derive(Properties, PartialEq)]
pub struct TopicFiltersProps {
    pub topics: Vec<TopicChoice>,
    pub on_toggle: Callback<usize>,
    /// Shown only when some filter or search is on.
    pub can_clear: bool,
    pub on_clear: Callback<()>,
}

#[component]
pub fn TopicFilters(props: &TopicFiltersProps) -> Html {
    let on_clear = props.on_clear.reform(|_: MouseEvent| ());
    html! {
        <fieldset class="topic-filters">
            <legend>{"Topics"}</legend>
            <div class="chips">
                { for props.topics.iter().map(|topic| {
                    let on_toggle = props.on_toggle.clone();
                    let index = topic.index;
                    let pressed = if topic.active { "true" } else { "false" };
                    html! {
                        <button type="button" class="chip" data-topic={topic.id.clone()} aria-pressed={pressed} onclick={move |_| on_toggle.emit(index)}>
                            {topic.name.clone()}
                            <span class="count"><span class="visually-hidden">{", "}</span>{topic.count}<span class="visually-hidden">{" claims"}</span></span>
                        </button>
                    }
                }) }
            </div>
            <button type="button" class="clear" onclick={on_clear} hidden={!props.can_clear}>{"Clear all filters"}</button>
        </fieldset>
    }
}
