//! Briefing Explorer: the Yew view of the briefing a page carries.
//!
//! Rules every module keeps:
//! - Components render plain data from props and report what the reader did through
//!   `Callback`s carrying domain values (a topic index, a status); none holds explorer state.
//! - State lives in `app` and changes only through `briefing::state::AppState::reduce`.
//! - Only `browser` touches web APIs beyond the DOM Yew renders; it is called from effects and
//!   event handlers, never while rendering, so the server renderer can run every component.
//! - The first render is the same on the server and in the browser (hydration): anything read
//!   from the URL or the browser is applied in effects, after hydration. The one difference is
//!   raw markup Yew does not compare: the `<noscript>` claims the prerender adds (`prerender`).

pub mod app;
pub mod browser;
pub mod bundle;
pub mod components;
#[cfg(feature = "ssr")]
pub mod prerender;
#[cfg(feature = "ssr")]
pub mod publish;
pub mod store;
