//! "Show what changed": only the claims this version changed, or every claim again. Shown only
//! when something changed.

use briefing::i18n::{Catalog, Msg};
use briefing::state::Action;
use yew::prelude::*;

use super::count;

/// `changed`: how many claims changed in this version; `on`: whether only they are shown.
pub fn changes_filter(changed: usize, on: bool, t: &Catalog, act: &Callback<Action>) -> Html {
    if changed == 0 {
        return Html::default();
    }
    html! {
        <button type="button" class="show-changes" aria-pressed={if on { "true" } else { "false" }} onclick={act.reform(|_| Action::ToggleChanged)}>
            {t.t(Msg::ShowChanges)}{count(changed, t)}
        </button>
    }
}
