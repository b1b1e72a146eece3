//! The explorer's state, the one reducer that changes it, and its form in the page URL.
//! Stores what the reader chose, never what is derived from it (the matching claims, counts).
//! URL input is untrusted: anything unknown, oversized or badly encoded falls back to defaults.

use crate::model::Briefing;
use crate::query::{Filter, StatusFilter, TopicSet};
use crate::text::{percent_decode, percent_encode};

/// Claims shown before "Show more": a typical briefing whole (the default has 11), few enough
/// that a change of filter renders within a frame whatever the size of the briefing. 25 also
/// keeps the median and 90th percentile within a frame, but the slowest changes (the first
/// ones) take 24-32 ms against 18-24 ms with 15 (BENCHMARKS.md).
pub const PAGE: usize = 15;
/// Longest search kept from a URL or the search box.
pub const MAX_SEARCH: usize = 200;
/// Longer query strings are not ours: ignore them rather than parse them.
const MAX_QUERY: usize = 8192;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum View {
    #[default]
    Claims,
    Outlets,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct AppState {
    pub filter: Filter,
    /// The claim a link points at, shown highlighted.
    pub selected: Option<usize>,
    pub view: View,
    /// How many matching claims are rendered.
    pub limit: usize,
    /// The language the reader chose for the page (a BCP 47 code); `None` is the briefing's.
    pub lang: Option<String>,
}

impl Default for AppState {
    fn default() -> Self {
        AppState {
            filter: Filter::default(),
            selected: None,
            view: View::Claims,
            limit: PAGE,
            lang: None,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    ToggleTopic(usize),
    SetStatus(StatusFilter),
    Search(String),
    /// Show the claims one outlet backs (switching to the claims), or stop filtering by outlet.
    ChooseOutlet(Option<usize>),
    ClearFilters,
    Select(Option<usize>),
    ShowMore,
    /// Render every matching claim, for printing.
    ShowAll,
    ShowView(View),
    /// Read the page in another language, or in the briefing's own (`None`).
    SetLang(Option<String>),
    /// Show only what changed since the previous version, or everything again.
    ToggleChanged,
    /// Take the state from the URL (on load, back and forward).
    Restore(AppState),
}

impl AppState {
    pub fn reduce(self, action: Action) -> AppState {
        let filter = self.filter.clone();
        match action {
            Action::ToggleTopic(t) => self.with_filter(Filter {
                topics: filter.topics.toggled(t),
                ..filter
            }),
            Action::SetStatus(status) => self.with_filter(Filter { status, ..filter }),
            Action::ToggleChanged => self.with_filter(Filter {
                changed: !filter.changed,
                ..filter
            }),
            Action::Search(search) => self.with_filter(Filter {
                search: clip(&search, MAX_SEARCH),
                ..filter
            }),
            Action::ChooseOutlet(outlet) => AppState {
                view: View::Claims,
                ..self.with_filter(Filter { outlet, ..filter })
            },
            Action::ClearFilters => self.with_filter(Filter::default()),
            Action::Select(selected) => AppState { selected, ..self },
            Action::ShowMore => AppState {
                limit: self.limit.saturating_add(PAGE),
                ..self
            },
            Action::ShowAll => AppState {
                limit: usize::MAX,
                ..self
            },
            Action::ShowView(view) => AppState { view, ..self },
            Action::SetLang(lang) => AppState { lang, ..self },
            Action::Restore(state) => state,
        }
    }

    /// A new filter starts again from the first page.
    fn with_filter(self, filter: Filter) -> AppState {
        AppState {
            filter,
            limit: PAGE,
            ..self
        }
    }

    /// Reads the state from a URL query (`topic=a,b&status=unconfirmed&q=oil&outlet=x&claim=y`),
    /// ignoring what it does not know.
    pub fn from_query(briefing: &Briefing, query: &str) -> AppState {
        let mut state = AppState::default();
        let query = query.strip_prefix('?').unwrap_or(query);
        if query.len() > MAX_QUERY {
            return state;
        }
        let mut topics: Vec<usize> = Vec::new();
        for pair in query.split('&') {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let Some(value) = percent_decode(value) else {
                continue;
            };
            match key {
                "topic" => {
                    topics.extend(value.split(',').filter_map(|id| briefing.topic_index(id)))
                }
                "status" => {
                    state.filter.status = StatusFilter::parse(&value).unwrap_or(state.filter.status)
                }
                // Longer than the search box allows: not a link the explorer made.
                "q" if value.chars().count() <= MAX_SEARCH => state.filter.search = value,
                "outlet" => {
                    state.filter.outlet = briefing.outlet_index(&value).or(state.filter.outlet)
                }
                "claim" => state.selected = briefing.claim_index(&value).or(state.selected),
                "view" if value == "outlets" => state.view = View::Outlets,
                "lang" if is_language_code(&value) => state.lang = Some(value),
                "changed" => state.filter.changed = value == "1",
                _ => {}
            }
        }
        state.filter.topics = TopicSet::of(&topics);
        state
    }

    /// The URL query for this state, without the leading `?`; empty for the default view.
    pub fn to_query(&self, briefing: &Briefing) -> String {
        let mut pairs: Vec<String> = Vec::new();
        let topics: Vec<&str> = self
            .filter
            .topics
            .iter()
            .filter_map(|t| briefing.topics.get(t))
            .map(|t| t.id.as_str())
            .collect();
        if !topics.is_empty() {
            pairs.push(format!("topic={}", percent_encode(&topics.join(","))));
        }
        if self.filter.status != StatusFilter::All {
            pairs.push(format!("status={}", self.filter.status.as_str()));
        }
        if !self.filter.search.is_empty() {
            pairs.push(format!("q={}", percent_encode(&self.filter.search)));
        }
        if let Some(outlet) = self.filter.outlet.and_then(|o| briefing.outlets.get(o)) {
            pairs.push(format!("outlet={}", percent_encode(&outlet.id)));
        }
        if self.filter.changed {
            pairs.push("changed=1".to_string());
        }
        if let Some(claim) = self.selected.and_then(|c| briefing.claims.get(c)) {
            pairs.push(format!("claim={}", percent_encode(&claim.id)));
        }
        if self.view == View::Outlets {
            pairs.push("view=outlets".to_string());
        }
        if let Some(lang) = &self.lang {
            pairs.push(format!("lang={}", percent_encode(lang)));
        }
        pairs.join("&")
    }
}

/// A language code as BCP 47 writes the simple ones: `es`, `ast`, `pt-BR`. Anything else in a
/// URL is not a language the explorer offers.
fn is_language_code(s: &str) -> bool {
    let mut parts = s.split('-');
    let primary = parts.next().unwrap_or_default();
    (2..=3).contains(&primary.len())
        && primary.bytes().all(|b| b.is_ascii_lowercase())
        && parts.all(|p| (2..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// Whether a query asks for the embed view (`?embed`, `&embed=1`).
pub fn is_embed(query: &str) -> bool {
    query
        .trim_start_matches('?')
        .split('&')
        .any(|pair| pair == "embed" || pair.starts_with("embed="))
}

fn clip(s: &str, max_chars: usize) -> String {
    s.chars().take(max_chars).collect()
}
