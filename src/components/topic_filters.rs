//! Topic filters: several can be on at once (a claim with any of them shows), each with how
//! many claims it would show, and one button that clears every filter.

use briefing::i18n::{Catalog, Msg};
use briefing::state::Action;
use yew::prelude::*;

use super::count;

#[derive(Clone, PartialEq)]
pub struct TopicChoice {
    pub index: usize,
    pub id: AttrValue,
    pub name: AttrValue,
    pub count: usize,
    pub active: bool,
}

/// `can_clear`: the clear button shows only when some filter or search is on.
pub fn topic_filters(
    topics: &[TopicChoice],
    t: &Catalog,
    on_toggle: &Callback<Action>,
    can_clear: bool,
    on_clear: &Callback<()>,
) -> Html {
    let on_clear = on_clear.reform(|_: MouseEvent| ());
    html! {
        <fieldset class="topic-filters">
            <legend>{t.t(Msg::TopicsLegend)}</legend>
            <div class="chips">
                { for topics.iter().map(|topic| {
                    let on_toggle = on_toggle.clone();
                    let index = topic.index;
                    let pressed = if topic.active { "true" } else { "false" };
                    html! {
                        <button type="button" class="chip" data-topic={topic.id.clone()} aria-pressed={pressed} onclick={move |_| on_toggle.emit(Action::ToggleTopic(index))}>
                            {topic.name.clone()}
                            {count(topic.count, t)}
                        </button>
                    }
                }) }
            </div>
            <button type="button" class="clear" onclick={on_clear} hidden={!can_clear}>{t.t(Msg::ClearFilters)}</button>
        </fieldset>
    }
}
