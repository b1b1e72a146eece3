//! The explorer's one store: the reader's choices (the core's `AppState`, mirrored in the URL)
//! and what the page knows beyond them (what the browser told it, the outcome of the last
//! copy, the embed panel), changed only through `Store::reduce`. Pure: no web APIs, so it is
//! tested natively.

use std::rc::Rc;

use briefing::query::StatusFilter;
use briefing::state::{Action, AppState};
use yew::{AttrValue, Reducible};

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Store {
    pub reader: AppState,
    pub page: Page,
}

/// What the page knows that is not the reader's choice, so never in the URL.
#[derive(Clone, Debug, PartialEq)]
pub struct Page {
    /// Set once the page has hydrated and applied the URL; tests and scripts wait for it.
    pub hydrated: bool,
    pub embed: bool,
    pub online: bool,
    /// A build with another briefing has taken over: offer a reload.
    pub update_ready: bool,
    /// The explorer's address without a query; known only once the page runs in a browser.
    pub base_url: Option<AttrValue>,
    /// What was copied last and whether the browser allowed it.
    pub copied: Option<(Copied, bool)>,
    /// The embed panel, when open: the start its snippets give an embed.
    pub embed_panel: Option<EmbedStart>,
}

impl Default for Page {
    fn default() -> Self {
        Page {
            hydrated: false,
            embed: false,
            online: true,
            update_ready: false,
            base_url: None,
            copied: None,
            embed_panel: None,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Copied {
    /// The link to a claim (its index).
    ClaimLink(usize),
    /// One of the embed panel's snippets (`components::SNIPPETS`).
    Snippet(usize),
}

/// What an embed starts with: the panel's options, reflected in its snippets.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmbedStart {
    pub topic: String,
    pub status: StatusFilter,
    pub height: u32,
}

impl Default for EmbedStart {
    fn default() -> Self {
        EmbedStart {
            topic: String::new(),
            status: StatusFilter::All,
            height: 640,
        }
    }
}

impl EmbedStart {
    /// Takes one form field's new value; anything unexpected leaves the start as it was.
    pub fn with(&self, field: &str, value: &str) -> EmbedStart {
        let mut next = self.clone();
        match field {
            "topic" => next.topic = value.to_string(),
            "status" => next.status = StatusFilter::parse(value).unwrap_or_default(),
            "height" => {
                next.height = value
                    .parse()
                    .map_or(self.height, |h: u32| h.clamp(240, 4000))
            }
            _ => {}
        }
        next
    }
}

pub enum Change {
    /// A choice of the reader's: the core reduces it.
    Reader(Action),
    /// After hydration: the state the URL asks for, and what the page learned.
    Hydrated {
        reader: AppState,
        embed: bool,
        online: bool,
        base_url: String,
    },
    Online(bool),
    UpdateReady,
    Copied(Copied, bool),
    /// Opens or closes the embed panel.
    ToggleEmbedPanel,
    /// One field of the embed panel's form: its name and new value.
    EmbedOption(String, String),
}

impl Store {
    pub fn reduce(self, change: Change) -> Store {
        let Store { reader, mut page } = self;
        let reader = match change {
            Change::Reader(action) => reader.reduce(action),
            Change::Hydrated {
                reader,
                embed,
                online,
                base_url,
            } => {
                page = Page {
                    hydrated: true,
                    embed,
                    online,
                    base_url: Some(base_url.into()),
                    ..page
                };
                reader
            }
            Change::Online(online) => {
                page.online = online;
                reader
            }
            Change::UpdateReady => {
                page.update_ready = true;
                reader
            }
            Change::Copied(what, ok) => {
                page.copied = Some((what, ok));
                reader
            }
            Change::ToggleEmbedPanel => {
                page.embed_panel = match page.embed_panel {
                    Some(_) => None,
                    None => Some(EmbedStart::default()),
                };
                reader
            }
            Change::EmbedOption(field, value) => {
                page.embed_panel = page.embed_panel.map(|start| start.with(&field, &value));
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
        let from_url = AppState::default().reduce(Action::SetStatus(StatusFilter::Unconfirmed));
        let store = Store::default().reduce(Change::Hydrated {
            reader: from_url.clone(),
            embed: true,
            online: false,
            base_url: "https://x.example/b/".into(),
        });
        assert_eq!(store.reader, from_url);
        assert!(store.page.hydrated && store.page.embed && !store.page.online);
        assert_eq!(store.page.base_url.as_deref(), Some("https://x.example/b/"));
    }

    #[test]
    fn the_embed_panel_keeps_sane_options_while_open() {
        let open = Store::default().reduce(Change::ToggleEmbedPanel);
        let set = |store: Store, field: &str, value: &str| {
            store.reduce(Change::EmbedOption(field.into(), value.into()))
        };
        let store = set(set(open, "height", "10"), "status", "unconfirmed");
        let start = store.page.embed_panel.clone().unwrap();
        assert_eq!(start.height, 240);
        assert_eq!(start.status, StatusFilter::Unconfirmed);
        let store = set(set(store, "height", "lots"), "status", "bogus");
        let start = store.page.embed_panel.clone().unwrap();
        assert_eq!((start.height, start.status), (240, StatusFilter::All));
        assert_eq!(set(store.clone(), "action", "x"), store);
        let closed = store.reduce(Change::ToggleEmbedPanel);
        assert_eq!(closed.page.embed_panel, None);
        assert_eq!(
            set(closed, "height", "900").page.embed_panel,
            None,
            "a closed panel takes no options"
        );
    }
}
