//! The explorer's root: the one place state lives (`use_reducer` over `AppState`), the counts
//! and lists derived from it while rendering, and the effects that connect it to the browser
//! (the URL and history, printing, going offline, updates).

use std::cell::RefCell;
use std::rc::Rc;

use briefing::query::{search_terms, StatusFilter};
use briefing::state::{is_embed, Action, AppState, View};
use yew::prelude::*;

use crate::browser;
use crate::bundle::Explorer;
use crate::components::{
    ClaimList, Colophon, EmbedPanel, EmptyState, Masthead, OutletList, SearchBox, StatusToggle,
    TopicChoice, TopicFilters, ViewSwitch, NEW_TAB_NOTE,
};

/// `AppState` as Yew's reducer; the reducing itself is the core's pure `AppState::reduce`.
#[derive(PartialEq)]
pub struct Store(pub AppState);

impl Reducible for Store {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(Store(self.0.clone().reduce(action)))
    }
}

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub explorer: Rc<Explorer>,
    /// For the prerender only: see `ClaimListProps::noscript`.
    #[prop_or_default]
    pub noscript_claims: AttrValue,
}

/// What the browser tells us rather than the reader: known only after hydration, never in the
/// URL, so it stays out of `AppState`.
#[derive(Clone, PartialEq)]
struct Surroundings {
    /// Set once the page has hydrated and applied the URL; tests and scripts wait for it.
    hydrated: bool,
    embed: bool,
    online: bool,
    update_ready: bool,
    base_url: Option<AttrValue>,
}

impl Default for Surroundings {
    fn default() -> Self {
        Surroundings {
            hydrated: false,
            embed: false,
            online: true,
            update_ready: false,
            base_url: None,
        }
    }
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let explorer = props.explorer.clone();
    let store = use_reducer(|| Store(AppState::default()));
    let surroundings = use_state(Surroundings::default);
    let copied = use_state(|| None::<(usize, bool)>);
    let state = &store.0;
    let b = &explorer.briefing;

    let results = use_memo(state.filter.clone(), {
        let explorer = explorer.clone();
        move |filter| explorer.index.results(filter)
    });
    let terms = use_memo(state.filter.search.clone(), |search| search_terms(search));
    let matching = use_memo(results.clone(), |r| r.claims.clone());

    use_browser_bindings(&explorer, &store, &surroundings);
    use_url_sync(&explorer, state, surroundings.embed);
    // Shown again only once the state from the URL has been rendered: nothing visible moves.
    use_effect_with(surroundings.hydrated, |hydrated| {
        if *hydrated {
            browser::set_root_class("restoring", false);
        }
    });
    {
        let selected = state
            .selected
            .and_then(|c| b.claims.get(c))
            .map(|c| c.id.clone());
        use_effect_with(selected, |selected| {
            if let Some(id) = selected {
                browser::scroll_into_view(id);
            }
        });
    }

    let dispatch = |action: fn(usize) -> Action| {
        let store = store.dispatcher();
        Callback::from(move |i: usize| store.dispatch(action(i)))
    };
    let on_toggle_topic = dispatch(Action::ToggleTopic);
    let on_choose_outlet = {
        let store = store.dispatcher();
        Callback::from(move |o: usize| store.dispatch(Action::ChooseOutlet(Some(o))))
    };
    let on_status = {
        let store = store.dispatcher();
        Callback::from(move |s: StatusFilter| store.dispatch(Action::SetStatus(s)))
    };
    let on_search = {
        let store = store.dispatcher();
        Callback::from(move |s: String| store.dispatch(Action::Search(s)))
    };
    let on_view = {
        let store = store.dispatcher();
        Callback::from(move |v: View| store.dispatch(Action::ShowView(v)))
    };
    let on_clear = {
        let store = store.dispatcher();
        Callback::from(move |()| {
            store.dispatch(Action::ClearFilters);
            // The button that was clicked may vanish with the empty state: keep focus nearby.
            browser::focus("claim-search");
        })
    };
    let on_show_more = {
        let (store, explorer, matching, limit) = (
            store.dispatcher(),
            explorer.clone(),
            matching.clone(),
            state.limit,
        );
        Callback::from(move |()| {
            store.dispatch(Action::ShowMore);
            // Focus the first claim the click revealed, once it has been rendered.
            if let Some(&first_new) = matching.get(limit) {
                let id = explorer.briefing.claims[first_new].id.clone();
                gloo_timers::callback::Timeout::new(0, move || browser::focus(&id)).forget();
            }
        })
    };
    // Kept the same across renders: every claim card gets it, and a new callback would make
    // every card render again on every click.
    let on_copy_link = {
        let (store, copied) = (store.dispatcher(), copied.setter());
        use_callback(explorer.clone(), move |c: usize, explorer| {
            store.dispatch(Action::Select(Some(c)));
            let link = AppState {
                selected: Some(c),
                ..AppState::default()
            }
            .to_query(&explorer.briefing);
            let copied = copied.clone();
            browser::copy_text(
                browser::explorer_url(&link),
                Callback::from(move |ok| copied.set(Some((c, ok)))),
            );
        })
    };
    let on_copy_snippet =
        Callback::from(|(text, done): (String, Callback<bool>)| browser::copy_text(text, done));
    let on_reload = Callback::from(|()| browser::reload());
    let clear_outlet = {
        let store = store.dispatcher();
        move |_: MouseEvent| store.dispatch(Action::ChooseOutlet(None))
    };

    let topics: Vec<TopicChoice> = b
        .topics
        .iter()
        .enumerate()
        .map(|(i, t)| TopicChoice {
            index: i,
            id: t.id.clone().into(),
            name: t.name.clone().into(),
            count: results.topic_counts[i],
            active: state.filter.topics.contains(i),
        })
        .collect();
    let query = state.to_query(b);
    let full_explorer_href = if query.is_empty() {
        "./".to_string()
    } else {
        format!("./?{query}")
    };
    // The selected claim stays visible even when it lies beyond the current page.
    let shown = match state
        .selected
        .and_then(|c| matching.iter().position(|&m| m == c))
    {
        Some(position) => state.limit.max(position + 1),
        None => state.limit,
    };
    let summary = crate::components::result_summary(matching.len(), b.claims.len());
    let outlet_counts = Rc::new(results.outlet_counts.clone());

    html! {
        <div class="explorer" data-state={query.clone()} data-version={explorer.version} data-hydrated={surroundings.hydrated.then_some("")}>
            <a class="skip-link" href="#results">{"Skip to the claims"}</a>
            <span id={NEW_TAB_NOTE} hidden=true>{"opens in a new tab"}</span>
            <Masthead
                title={b.title.clone()}
                summary={b.summary.clone()}
                claims={b.claims.len()}
                sources={b.sources.len()}
                outlets={b.outlets.len()}
                unconfirmed={b.unconfirmed_count()}
                full_explorer_href={full_explorer_href}
            />
            <div class="layout">
                <section class="controls" aria-label="Filter the claims">
                    <SearchBox value={state.filter.search.clone()} on_search={on_search} />
                    <StatusToggle active={state.filter.status} counts={results.status_counts} on_choose={on_status} />
                    <TopicFilters topics={topics} on_toggle={on_toggle_topic} can_clear={!state.filter.is_default()} on_clear={on_clear.clone()} />
                    <ViewSwitch active={state.view} on_choose={on_view} />
                </section>
                <main class="results" id="results" tabindex="-1">
                    <p class="result-count" role="status">{summary}</p>
                    if let Some(outlet) = state.filter.outlet.and_then(|o| b.outlets.get(o)) {
                        <p class="active-outlet">
                            {"Claims backed by "}<strong>{outlet.name.clone()}</strong>{" "}
                            <button type="button" class="clear" onclick={clear_outlet}>{"Show all outlets"}</button>
                        </p>
                    }
                    if state.view == View::Outlets {
                        <OutletList explorer={explorer.clone()} counts={outlet_counts} on_choose={on_choose_outlet} />
                    } else if matching.is_empty() {
                        <EmptyState search={state.filter.search.clone()} on_clear={on_clear} />
                    } else {
                        <ClaimList
                            explorer={explorer.clone()}
                            claims={matching.clone()}
                            {shown}
                            terms={terms.clone()}
                            selected={state.selected}
                            show_framing={state.filter.is_default()}
                            copied={*copied}
                            on_copy_link={on_copy_link}
                            on_show_more={on_show_more}
                            noscript={props.noscript_claims.clone()}
                        />
                    }
                </main>
            </div>
            <Colophon date={b.date} version={explorer.version} online={surroundings.online} update_ready={surroundings.update_ready} on_reload={on_reload}>
                <EmbedPanel explorer={explorer.clone()} base_url={surroundings.base_url.clone()} on_copy={on_copy_snippet} />
            </Colophon>
        </div>
    }
}

/// Once, after hydration: read the URL, then follow back/forward, printing, connectivity and
/// updates of the service worker.
#[hook]
fn use_browser_bindings(
    explorer: &Rc<Explorer>,
    store: &UseReducerHandle<Store>,
    surroundings: &UseStateHandle<Surroundings>,
) {
    let explorer = explorer.clone();
    let dispatcher = store.dispatcher();
    let surroundings = surroundings.clone();
    use_effect_with((), move |()| {
        let query = browser::location_query();
        dispatcher.dispatch(Action::Restore(AppState::from_query(
            &explorer.briefing,
            &query,
        )));
        let current = Rc::new(RefCell::new(Surroundings {
            hydrated: true,
            embed: is_embed(&query),
            online: browser::online(),
            update_ready: false,
            base_url: Some(browser::explorer_url("").into()),
        }));
        surroundings.set(current.borrow().clone());
        let change = move |update: fn(&mut Surroundings)| {
            let (current, surroundings) = (current.clone(), surroundings.clone());
            move || {
                update(&mut current.borrow_mut());
                surroundings.set(current.borrow().clone());
            }
        };
        let on_popstate = {
            let (dispatcher, explorer) = (dispatcher.clone(), explorer.clone());
            move |_: &web_sys::Event| {
                dispatcher.dispatch(Action::Restore(AppState::from_query(
                    &explorer.briefing,
                    &browser::location_query(),
                )))
            }
        };
        let on_print = {
            let dispatcher = dispatcher.clone();
            move |_: &web_sys::Event| {
                dispatcher.dispatch(Action::ShowAll);
                browser::open_all("details.reason");
            }
        };
        let went_offline = change(|s| s.online = false);
        let came_online = change(|s| s.online = true);
        let updated = change(|s| s.update_ready = true);
        let mut listeners: Vec<_> = [
            browser::on_window("popstate", on_popstate),
            browser::on_window("beforeprint", on_print),
            browser::on_window("offline", move |_| went_offline()),
            browser::on_window("online", move |_| came_online()),
        ]
        .into_iter()
        .flatten()
        .collect();
        listeners.extend(browser::register_service_worker(
            explorer.version,
            Callback::from(move |()| updated()),
        ));
        move || drop(listeners)
    });
}

/// Mirrors the state into the address bar: a new history entry for each choice, a replaced one
/// while typing a search (and always inside an embed). Skips the render before the URL is read.
#[hook]
fn use_url_sync(explorer: &Rc<Explorer>, state: &AppState, embed: bool) {
    let previous = use_mut_ref(|| None::<AppState>);
    // The newest state not yet written, and whether it may replace the current history entry.
    let pending = use_mut_ref(|| None::<(AppState, bool)>);
    let explorer = explorer.clone();
    use_effect_with((state.clone(), embed), move |(state, embed)| {
        let Some(before) = previous.replace(Some(state.clone())) else {
            return;
        };
        // Typing replaces the current entry; one step of a reader's choosing adds one.
        let typing = before.filter.search != state.filter.search;
        {
            let mut newest = pending.borrow_mut();
            let replace = typing && newest.as_ref().is_none_or(|(_, earlier)| *earlier);
            *newest = Some((state.clone(), replace));
        }
        let embed = *embed;
        // Chromium's pushState costs more than a millisecond (and fetches the page icon again):
        // it waits until the change is on screen. Only the newest state is written, compared
        // with the address as it is then (after a back/forward it already matches).
        browser::after_next_paint(move || {
            let Some((state, replace)) = pending.borrow_mut().take() else {
                return;
            };
            let b = &explorer.briefing;
            let query = state.to_query(b);
            let in_url = AppState::from_query(b, &browser::location_query()).to_query(b);
            if query != in_url {
                browser::set_query(&query, embed, replace);
            }
        });
    });
}
