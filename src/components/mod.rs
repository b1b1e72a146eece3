//! One small component per file. Each renders plain data from its props and reports what the
//! reader did through callbacks carrying domain values; none reads the URL or the browser.

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
pub use claim_list::{result_summary, ClaimList, ClaimListProps};
pub use colophon::Colophon;
pub use embed_panel::EmbedPanel;
pub use empty_state::EmptyState;
pub use masthead::Masthead;
pub use outlet_list::OutletList;
pub use search_box::SearchBox;
pub use status_toggle::StatusToggle;
pub use topic_filters::{TopicChoice, TopicFilters};
pub use view_switch::ViewSwitch;

/// The id of the one hidden note "opens in a new tab" that every source link points to with
/// `aria-describedby`: screen readers hear it, and a card needs no extra element per link.
pub const NEW_TAB_NOTE: &str = "new-tab-note";

/// "1 claim", "3 claims".
pub fn count_of(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
