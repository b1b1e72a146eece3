//! The browser around the explorer: the URL and history, the clipboard, scrolling and focus,
//! the service worker and the panic message. Called from effects and event handlers only.
//! Every call tolerates a missing API (sandboxed frames, old browsers) by doing nothing.

use std::cell::Cell;
use std::rc::Rc;

use gloo_events::EventListener;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::Callback;

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

fn document() -> Option<web_sys::Document> {
    window()?.document()
}

pub fn element(id: &str) -> Option<web_sys::Element> {
    document()?.get_element_by_id(id)
}

/// The text inside an element, such as a data block the build wrote into the page.
pub fn element_text(id: &str) -> Option<String> {
    element(id)?.text_content()
}

/// The page's query string without the `?`.
pub fn location_query() -> String {
    window()
        .and_then(|w| w.location().search().ok())
        .map(|s| s.trim_start_matches('?').to_string())
        .unwrap_or_default()
}

/// Writes the explorer's state into the address bar. An embed never pushes history entries:
/// the host page's back button belongs to the host.
pub fn set_query(query: &str, embed: bool, replace: bool) {
    let Some(window) = window() else { return };
    let Ok(history) = window.history() else {
        return;
    };
    let search = match (embed, query.is_empty()) {
        (true, true) => "?embed".to_string(),
        (true, false) => format!("?embed&{query}"),
        (false, true) => String::new(),
        (false, false) => format!("?{query}"),
    };
    let path = window.location().pathname().unwrap_or_default();
    let hash = window.location().hash().unwrap_or_default();
    let url = format!("{path}{search}{hash}");
    // A sandboxed frame can refuse history changes; the view still works without them.
    let _ = if replace || embed {
        history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
    } else {
        history.push_state_with_url(&JsValue::NULL, "", Some(&url))
    };
}

/// Runs `f` once the next frame has been painted: for work a reader need not wait for.
/// Pages that are not painting (a hidden tab, a frame scrolled out of sight) run it within
/// a quarter of a second all the same.
pub fn after_next_paint(f: impl FnOnce() + 'static) {
    let Some(window) = window() else { return };
    let once = Rc::new(Cell::new(Some(f)));
    let run = move || {
        if let Some(f) = once.take() {
            f();
        }
    };
    let fallback = run.clone();
    gloo_timers::callback::Timeout::new(250, fallback).forget();
    // A frame's animation callbacks run just before its paint; a task queued from one runs
    // after it.
    let queue = Closure::once_into_js(move || {
        gloo_timers::callback::Timeout::new(0, run).forget();
    });
    let _ = window.request_animation_frame(queue.unchecked_ref());
}

/// The full explorer's address for a state: what a reader shares.
pub fn explorer_url(query: &str) -> String {
    let Some(location) = window().map(|w| w.location()) else {
        return String::new();
    };
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    if query.is_empty() {
        format!("{origin}{path}")
    } else {
        format!("{origin}{path}?{query}")
    }
}

/// Copies text and reports whether the browser allowed it (frames need `clipboard-write`).
pub fn copy_text(text: String, done: Callback<bool>) {
    let Some(navigator) = window().map(|w| w.navigator()) else {
        done.emit(false);
        return;
    };
    let has_clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .is_ok_and(|c| !c.is_undefined());
    if !has_clipboard {
        done.emit(false);
        return;
    }
    let promise = navigator.clipboard().write_text(&text);
    // Promise callbacks rather than a future: futures would add their executor to the
    // WebAssembly for this one use. Copying is rare; the callback not called is leaked.
    let failed = done.clone();
    let copied = Closure::once(move |_: JsValue| done.emit(true));
    let refused = Closure::once(move |_: JsValue| failed.emit(false));
    let _ = promise.then2(&copied, &refused);
    copied.forget();
    refused.forget();
}

pub fn scroll_into_view(id: &str) {
    if let Some(element) = element(id) {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Center);
        element.scroll_into_view_with_scroll_into_view_options(&options);
    }
}

pub fn focus(id: &str) {
    if let Some(element) = element(id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

/// Opens every `<details>` matching `selector`: a printed page shows every reason.
pub fn open_all(selector: &str) {
    let Some(found) = document().and_then(|d| d.query_selector_all(selector).ok()) else {
        return;
    };
    for i in 0..found.length() {
        if let Some(element) = found
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        {
            let _ = element.set_attribute("open", "");
        }
    }
}

/// Sets or clears a class on `<html>`, where the page's inline script put its first guesses.
pub fn set_root_class(class: &str, on: bool) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = if on {
            root.class_list().add_1(class)
        } else {
            root.class_list().remove_1(class)
        };
    }
}

pub fn on_window(
    event: &'static str,
    callback: impl FnMut(&web_sys::Event) + 'static,
) -> Option<EventListener> {
    window().map(|w| EventListener::new(&w, event, callback))
}

pub fn online() -> bool {
    window().is_none_or(|w| w.navigator().on_line())
}

/// The service worker container, if this page may use one: not in a frame sandboxed without
/// same-origin (where touching it throws), not over `file:` or plain `http:` other than this
/// machine, and not in development builds, so `trunk serve` never meets a stale worker.
fn service_workers() -> Option<web_sys::ServiceWorkerContainer> {
    let window = window()?;
    let secure = js_sys::Reflect::get(&window, &JsValue::from_str("isSecureContext"))
        .ok()?
        .as_bool()?;
    let navigator = window.navigator();
    let container = js_sys::Reflect::get(&navigator, &JsValue::from_str("serviceWorker")).ok()?;
    if !secure || container.is_undefined() {
        return None;
    }
    container.dyn_into().ok()
}

/// Registers the worker that keeps the explorer available offline, and reports when a worker
/// from a build with another briefing takes over, so the reader can reload into it.
pub fn register_service_worker(
    page_version: String,
    on_update: Callback<()>,
) -> Vec<EventListener> {
    let Some(container) = service_workers() else {
        return Vec::new();
    };
    if cfg!(debug_assertions) {
        // Development: remove any worker a release build left on this origin.
        let cleanup = Closure::<dyn FnMut(JsValue)>::new(|registration: JsValue| {
            if let Ok(registration) = registration.dyn_into::<web_sys::ServiceWorkerRegistration>()
            {
                let _ = registration.unregister();
            }
        });
        let _ = container.get_registration().then(&cleanup);
        cleanup.forget();
        return Vec::new();
    }
    let _ = container.register("./sw.js");
    let origin = window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default();
    let asked = container.clone();
    let ask_version = EventListener::new(&container, "controllerchange", move |_| {
        if let Some(worker) = asked.controller() {
            let _ = worker.post_message(&JsValue::from_str("version"));
        }
    });
    let hear_version = EventListener::new(&container, "message", move |event| {
        let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else {
            return;
        };
        if event.origin() != origin {
            return;
        }
        let version =
            js_sys::Reflect::get(&event.data(), &JsValue::from_str("briefingExplorerVersion"))
                .ok()
                .and_then(|v| v.as_string());
        if version.is_some_and(|v| v != page_version) {
            on_update.emit(());
        }
    });
    vec![ask_version, hear_version]
}

pub fn reload() {
    if let Some(window) = window() {
        let _ = window.location().reload();
    }
}
