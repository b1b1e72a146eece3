//! The briefing core: the model of a briefing, the parser that reads one, the rules that give
//! claims their topics and status, the queries and the state of the explorer.
//!
//! Rules every module keeps:
//! - No Yew, no web-sys, no I/O outside `load`: everything here runs and is tested natively.
//! - Nothing panics on input. Problems are `Diagnostic` values with `file:line:col`.
//! - No knowledge of any particular briefing: nothing about one story is written into the code.
//! - Modules behind the `authoring` feature (markdown, TOML, URLs, JSON) are for the build and
//!   the command line; the explorer's WebAssembly uses only the rest.

pub mod codec;
pub mod diagnostic;
pub mod i18n;
pub mod model;
pub mod query;
pub mod state;
pub mod synth;
pub mod text;
pub mod textform;
pub mod visit;

#[cfg(feature = "authoring")]
pub mod bench;
#[cfg(feature = "authoring")]
pub mod edits;
#[cfg(feature = "authoring")]
pub mod export;
#[cfg(feature = "authoring")]
pub mod lang;
#[cfg(feature = "authoring")]
pub mod load;
#[cfg(feature = "authoring")]
pub mod outlet;
#[cfg(feature = "authoring")]
pub mod parse;
#[cfg(feature = "authoring")]
pub mod plural;
#[cfg(feature = "authoring")]
pub mod rules;
#[cfg(feature = "authoring")]
pub mod versions;
