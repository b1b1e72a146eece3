//! The briefing this page carries, the page's words in every language it offers, and what is
//! derived from them once at start-up.
//!
//! The build writes both into the page as data blocks (`codec`'s and `i18n`'s text forms in
//! `<script type="application/x-briefing">` elements); the explorer reads them from there, so
//! one build of the WebAssembly serves every briefing, in every language.

use std::rc::Rc;

use briefing::codec::{self, DecodeError};
use briefing::i18n::{self, Catalog};
use briefing::model::Briefing;
use briefing::query::ClaimIndex;

/// The id of the element that carries the briefing in the page.
pub const DATA_ID: &str = "briefing-data";
/// The id of the element that carries the message catalogs.
pub const CATALOGS_ID: &str = "catalog-data";

/// A briefing with its search index and catalogs. Compared by identity: there is one per page.
pub struct Explorer {
    pub briefing: Briefing,
    pub index: ClaimIndex,
    /// Changes whenever the briefing changes; readers see it beside the date.
    pub version: String,
    /// Every language the page can be read in; never empty.
    pub catalogs: Vec<Catalog>,
}

impl PartialEq for Explorer {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

impl Explorer {
    pub fn new(
        briefing: Briefing,
        version: impl Into<String>,
        catalogs: Vec<Catalog>,
    ) -> Rc<Explorer> {
        let index = ClaimIndex::new(&briefing);
        Rc::new(Explorer {
            briefing,
            index,
            version: version.into(),
            catalogs,
        })
    }

    /// The explorer for the data blocks a page carries: its briefing and its catalogs.
    pub fn from_page_data(briefing: &str, catalogs: &str) -> Result<Rc<Explorer>, DecodeError> {
        let decoded = codec::decode(briefing)?;
        let catalogs = i18n::decode(catalogs)?;
        if catalogs.is_empty() {
            return Err(DecodeError);
        }
        Ok(Explorer::new(decoded.briefing, decoded.version, catalogs))
    }

    /// The catalog to read the page in: the reader's choice if the page offers it, else the
    /// briefing's language, else the first.
    pub fn lang(&self, choice: Option<&str>) -> usize {
        let find = |code: &str| self.catalogs.iter().position(|c| c.code == code);
        choice
            .and_then(find)
            .or_else(|| find(&self.briefing.lang))
            .unwrap_or(0)
    }
}
