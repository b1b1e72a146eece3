//! The briefing this page carries, and what is derived from it once at start-up.
//!
//! The build writes the briefing into the page as a data block (`codec`'s text form in
//! `<script type="application/x-briefing" id="briefing-data">`); the explorer reads it from
//! there, so one build of the WebAssembly serves every briefing.

use std::rc::Rc;

use briefing::codec::{decode, DecodeError};
use briefing::model::Briefing;
use briefing::query::ClaimIndex;

/// The id of the element that carries the briefing in the page.
pub const DATA_ID: &str = "briefing-data";

/// A briefing with its search index. Compared by identity: there is one per page.
pub struct Explorer {
    pub briefing: Briefing,
    pub index: ClaimIndex,
    /// Changes whenever the briefing changes; readers see it beside the date.
    pub version: String,
}

impl PartialEq for Explorer {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

impl Explorer {
    pub fn new(briefing: Briefing, version: impl Into<String>) -> Rc<Explorer> {
        let index = ClaimIndex::new(&briefing);
        Rc::new(Explorer {
            briefing,
            index,
            version: version.into(),
        })
    }

    /// The explorer for the briefing a page carries (the text of its data block).
    pub fn from_page_data(text: &str) -> Result<Rc<Explorer>, DecodeError> {
        let decoded = decode(text)?;
        Ok(Explorer::new(decoded.briefing, decoded.version))
    }
}
