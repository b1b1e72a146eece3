//! The explorer's one store: the reader's choices (the core's `AppState`, mirrored in the URL)
//! and what the page knows beyond them (hydrated or not, embedded or not, the outcome of the
//! last copy), changed only through `Store::reduce`. Pure: no web APIs, so it is tested
//! natively. (Connectivity and the service worker's updates are the page's boot script's: they
//! concern the page, not the explorer.)

use std::rc::Rc;

use briefing::model::ChangeCounts;
use briefing::state::{Action, AppState};
use yew::Reducible;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Store {
    pub reader: AppState,
    pub page: Page,
}

/// What the page knows that is not the reader's choice, so never in the URL.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Page {
    /// Set once the page has hydrated and applied the URL; tests and scripts wait for it.
    pub hydrated: bool,
    pub embed: bool,
    /// The claim whose link was copied last, and whether the browser allowed it.
    pub copied: Option<(usize, bool)>,
    /// For a returning reader: what changed since their last visit.
    pub since_visit: Option<ChangeCounts>,
}

pub enum Change {
    /// A choice of the reader's: the core reduces it.
    Reader(Action),
    /// After hydration: the state the URL asks for, and what the page learned.
    Hydrated {
        reader: AppState,
        embed: bool,
        since_visit: Option<ChangeCounts>,
    },
    /// The link to a claim was copied (or the browser refused).
    Copied(usize, bool),
}

impl Store {
    pub fn reduce(self, change: Change) -> Store {
        let Store { reader, mut page } = self;
        let reader = match change {
            Change::Reader(action) => reader.reduce(action),
            Change::Hydrated {
                reader,
                embed,
                since_visit,
            } => {
                page = Page {
                    hydrated: true,
                    embed,
                    since_visit,
                    ..page
                };
                reader
            }
            Change::Copied(claim, ok) => {
                page.copied = Some((claim, ok));
                reader
            }
        };
        Store { reader, page }
    }
}

impl Reducible for Store {
    type Action = Change;
    fn reduce(self: Rc<Self>, change: Change) -> Rc<Self> {
        Rc::new(Rc::unwrap_or_clone(self).reduce(change))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_reader_choices_go_through_the_core() {
        let store = Store::default().reduce(Change::Reader(Action::ToggleTopic(2)));
        assert!(store.reader.filter.topics.contains(2));
        assert_eq!(store.page, Page::default());
    }

    #[test]
    fn hydration_applies_the_url_and_what_the_browser_said() {
        let from_url = AppState::default().reduce(Action::SetStatus(
            briefing::query::StatusFilter::Unconfirmed,
        ));
        let since = Some(ChangeCounts {
            added: 2,
            ..ChangeCounts::default()
        });
        let store = Store::default().reduce(Change::Hydrated {
            reader: from_url.clone(),
            embed: true,
            since_visit: since,
        });
        assert_eq!(store.reader, from_url);
        assert!(store.page.hydrated && store.page.embed);
        assert_eq!(store.page.since_visit, since);
    }

    #[test]
    fn a_copy_is_remembered_for_its_claim() {
        let store = Store::default().reduce(Change::Copied(3, false));
        assert_eq!(store.page.copied, Some((3, false)));
    }
}
