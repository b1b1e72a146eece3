//! The explorer's view, one piece per file. Each renders plain data, in the words of the
//! catalog it is given, and reports what the reader did through callbacks carrying domain
//! values; none reads the URL or the browser.
//!
//! None is a Yew component (only the root, `App`, is): they are plain functions returning
//! `Html`, because each component costs the WebAssembly about 2 KB (brotli) of lifecycle code.
//! They re-render with the explorer, which costs little: only a page of cards is rendered, and
//! Yew diffs what did not change without touching the DOM. State lives in the explorer's store
//! (`store`), never here.

mod changes_filter;
mod claim_card;
mod claim_list;
mod colophon;
mod embed_panel;
mod empty_state;
mod language_switch;
mod masthead;
mod outlet_list;
mod search_box;
mod status_toggle;
mod topic_filters;
mod view_switch;

use briefing::i18n::{Catalog, Msg};
use yew::prelude::*;

pub use changes_filter::changes_filter;
pub use claim_list::{claim_list, result_summary, ClaimList};
pub use colophon::colophon;
pub use embed_panel::embed_panel;
pub use empty_state::empty_state;
pub use language_switch::language_switch;
pub use masthead::masthead;
pub use outlet_list::outlet_list;
pub use search_box::search_box;
pub use status_toggle::status_toggle;
pub use topic_filters::{topic_filters, TopicChoice};
pub use view_switch::view_switch;

/// The id of the one hidden note "opens in a new tab" that every source link points to with
/// `aria-describedby`: screen readers hear it, and a card needs no extra element per link.
pub const NEW_TAB_NOTE: &str = "new-tab-note";

/// The number beside a control; screen readers hear it as ", 3 claims".
fn count(n: usize, t: &Catalog) -> Html {
    html! {
        <span class="count"><span class="visually-hidden">{", "}</span>{n}<span class="visually-hidden">{t.n(Msg::CountSuffix, n)}</span></span>
    }
}
