//! The browser around the explorer: the URL and history, the clipboard, scrolling and focus,
//! the page's language. Called from effects and event handlers only.
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

/// An attribute of `<html>`, where the page's inline script leaves what it found out.
pub fn root_attribute(name: &str) -> Option<String> {
    document()?.document_element()?.get_attribute(name)
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

/// The page's language and direction, on `<html>`, where assistive technology and the
/// stylesheet read them.
pub fn set_language(code: &str, dir: &str) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", code);
        let _ = root.set_attribute("dir", dir);
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
