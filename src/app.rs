//! The explorer's root: the one place state lives (`use_reducer` over the `Store`), the counts
//! and lists derived from it while rendering, and the effects that connect it to the browser
//! (the URL and history, printing, the page's language).

use std::rc::Rc;

use briefing::i18n::Msg;
use briefing::query::search_terms;
use briefing::state::{is_embed, Action, AppState, View};
use briefing::visit;
use yew::prelude::*;

use crate::browser;
use crate::bundle::Explorer;
use crate::components::{
    changes_filter, claim_list, colophon, embed_panel, empty_state, language_switch, masthead,
    outlet_list, search_box, status_toggle, topic_filters, view_switch, ClaimList, TopicChoice,
    NEW_TAB_NOTE,
};
use crate::store::{Change, Store};

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub explorer: Rc<Explorer>,
    /// For the prerender only: see `ClaimList::noscript`.
    #[prop_or_default]
    pub noscript_claims: AttrValue,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let explorer = props.explorer.clone();
    let store = use_reducer(Store::default);
    let (state, page) = (&store.reader, &store.page);
    let b = &explorer.briefing;
    let lang = explorer.lang(state.lang.as_deref());
    let t = &explorer.catalogs[lang];

    // Derived on each render, never stored: a filter's results take one pass over the claims
    // (0.2 ms at 10,000, BENCHMARKS.md), cheaper than a memo's code in the WebAssembly.
    let results = explorer.index.results(&state.filter);
    let terms = Rc::new(search_terms(&state.filter.search));
    let matching = Rc::new(results.claims.clone());

    use_browser_bindings(&explorer, &store);
    use_url_sync(&explorer, state, page.embed);
    {
        let selected = state
            .selected
            .and_then(|c| b.claims.get(c))
            .map(|c| c.id.clone());
        let explorer = explorer.clone();
        use_effect_with(
            (page.hydrated, selected, lang),
            move |(hydrated, selected, lang)| {
                // The list is shown again only once the URL's state has been rendered: nothing
                // visible moves. The page's language and direction follow the catalog in use (the
                // build wrote the first one's). Then a linked claim is brought into view.
                if *hydrated {
                    browser::set_root_class("restoring", false);
                    let t = &explorer.catalogs[*lang];
                    browser::set_language(&t.code, t.dir.as_str());
                }
                if let Some(id) = selected {
                    browser::scroll_into_view(id);
                }
            },
        );
    }

    let change = {
        let store = store.dispatcher();
        Callback::from(move |change: Change| store.dispatch(change))
    };
    // Every choice the controls report is an action of the core's.
    let act = change.reform(Change::Reader);
    let on_clear = {
        let act = act.clone();
        Callback::from(move |()| {
            act.emit(Action::ClearFilters);
            // The button that was clicked may vanish with the empty state: keep focus nearby.
            browser::focus("claim-search");
        })
    };
    let on_show_more = {
        let (act, explorer, matching, limit) =
            (act.clone(), explorer.clone(), matching.clone(), state.limit);
        Callback::from(move |()| {
            act.emit(Action::ShowMore);
            // Focus the first claim the click revealed, once it has been rendered.
            if let Some(&first_new) = matching.get(limit) {
                let id = explorer.briefing.claims[first_new].id.clone();
                gloo_timers::callback::Timeout::new(0, move || browser::focus(&id)).forget();
            }
        })
    };
    let on_copy_link = {
        let (act, change, explorer) = (act.clone(), change.clone(), explorer.clone());
        Callback::from(move |c: usize| {
            act.emit(Action::Select(Some(c)));
            let link = AppState {
                selected: Some(c),
                ..AppState::default()
            }
            .to_query(&explorer.briefing);
            let change = change.clone();
            browser::copy_text(
                browser::explorer_url(&link),
                Callback::from(move |ok| change.emit(Change::Copied(c, ok))),
            );
        })
    };
    let clear_outlet = act.reform(|_: MouseEvent| Action::ChooseOutlet(None));

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
    let summary = crate::components::result_summary(matching.len(), b.claims.len(), t);
    let changed = b
        .claims
        .iter()
        .filter(|c| !c.change.kinds.is_empty())
        .count();
    let (backed_before, backed_after) = t.around(Msg::BackedBy, "outlet");

    html! {
        <div class="explorer" data-state={query.clone()} data-version={explorer.version.clone()} data-hydrated={page.hydrated.then_some("")}>
            <a class="skip-link" href="#results">{t.t(Msg::SkipToClaims)}</a>
            <span id={NEW_TAB_NOTE} hidden=true>{t.t(Msg::NewTab)}</span>
            {language_switch(&explorer.catalogs, lang, explorer.lang(None), &act)}
            {masthead(b, t, full_explorer_href, &explorer.version, page.since_visit.as_ref())}
            <div class="layout">
                <section class="controls" aria-label={t.t(Msg::FilterLabel).to_string()}>
                    {search_box(&state.filter.search, t, &act)}
                    {status_toggle(state.filter.status, results.status_counts, t, &act)}
                    {changes_filter(changed, state.filter.changed, t, &act)}
                    {topic_filters(&topics, t, &act, !state.filter.is_default(), &on_clear)}
                    {view_switch(state.view, t, &act)}
                </section>
                <main class="results" id="results" tabindex="-1">
                    <p class="result-count" role="status">{summary}</p>
                    if let Some(outlet) = state.filter.outlet.and_then(|o| b.outlets.get(o)) {
                        <p class="active-outlet">
                            {backed_before}<strong>{outlet.name.clone()}</strong>{backed_after}{" "}
                            <button type="button" class="clear" onclick={clear_outlet}>{t.t(Msg::ShowAllOutlets)}</button>
                        </p>
                    }
                    if state.view == View::Outlets {
                        {outlet_list(b, &results.outlet_counts, t, &act)}
                    } else if matching.is_empty() {
                        {empty_state(&state.filter.search, t, &on_clear)}
                    } else {
                        {claim_list(&ClaimList {
                            explorer: explorer.clone(),
                            lang,
                            claims: matching.clone(),
                            shown,
                            terms: terms.clone(),
                            selected: state.selected,
                            show_framing: state.filter.is_default(),
                            copied: page.copied,
                            on_copy_link: on_copy_link.clone(),
                            on_show_more: on_show_more.clone(),
                            noscript: props.noscript_claims.clone(),
                        })}
                    }
                </main>
            </div>
            {colophon(b, &explorer.version, t, embed_panel(t, page.hydrated))}
        </div>
    }
}

/// Once, after hydration: read the URL, then follow back/forward and printing.
#[hook]
fn use_browser_bindings(explorer: &Rc<Explorer>, store: &UseReducerHandle<Store>) {
    let explorer = explorer.clone();
    let dispatcher = store.dispatcher();
    use_effect_with((), move |()| {
        let query = browser::location_query();
        let mut reader = AppState::from_query(&explorer.briefing, &query);
        // A language the page does not offer is not kept: the briefing's own is shown.
        reader.lang = reader
            .lang
            .filter(|l| explorer.catalogs.iter().any(|c| &c.code == l));
        // A returning reader is told what changed since their last visit: the page's script
        // found the version they saw in this browser's storage (`data-seen`).
        let since_visit = browser::root_attribute("data-seen")
            .and_then(|seen| visit::since(&seen, &explorer.briefing));
        dispatcher.dispatch(Change::Hydrated {
            reader,
            embed: is_embed(&query),
            since_visit,
        });
        let on_popstate = {
            let (dispatcher, explorer) = (dispatcher.clone(), explorer.clone());
            move |_: &web_sys::Event| {
                dispatcher.dispatch(Change::Reader(Action::Restore(AppState::from_query(
                    &explorer.briefing,
                    &browser::location_query(),
                ))))
            }
        };
        let on_print = {
            let dispatcher = dispatcher.clone();
            move |_: &web_sys::Event| {
                dispatcher.dispatch(Change::Reader(Action::ShowAll));
                browser::open_all("details.reason");
            }
        };
        let listeners: Vec<_> = [
            browser::on_window("popstate", on_popstate),
            browser::on_window("beforeprint", on_print),
        ]
        .into_iter()
        .flatten()
        .collect();
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
