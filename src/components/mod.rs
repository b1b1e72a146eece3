//! The explorer's view, one piece per file. Each renders plain data and reports what the reader
//! did through callbacks carrying domain values; none reads the URL or the browser.
//!
//! Only `ClaimCard` is a Yew component: there are many cards, and one whose props did not
//! change skips rendering. The rest are plain functions returning `Html`: they re-render with
//! the explorer anyway, and each component costs the WebAssembly about 2 KB (brotli) of
//! lifecycle code. State lives in the explorer's store (`store`), never here.

mod claim_card;
mod claim_list;
mod colophon;
mod embed_panel;
mod empty_state;
mod masthead;
mod outlet_list;
mod search_box;
mod status_toggle;
mod topic_filters;
mod view_switch;

pub use claim_card::ClaimCard;
pub use claim_list::{claim_list, result_summary, ClaimList};
pub use colophon::{colophon, Colophon};
pub use embed_panel::embed_panel;
pub use empty_state::empty_state;
pub use masthead::masthead;
pub use outlet_list::outlet_list;
pub use search_box::search_box;
pub use status_toggle::status_toggle;
pub use topic_filters::{topic_filters, TopicChoice};
pub use view_switch::view_switch;

/// The id of the one hidden note "opens in a new tab" that every source link points to with
/// `aria-describedby`: screen readers hear it, and a card needs no extra element per link.
pub const NEW_TAB_NOTE: &str = "new-tab-note";

/// "1 claim", "3 claims".
pub fn count_of(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
