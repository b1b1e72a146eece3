//! The briefing compiled into the explorer, and what is derived from it once at start-up.

use std::rc::Rc;

use briefing::model::Briefing;
use briefing::query::ClaimIndex;

/// The bundled briefing, written by `build.rs`.
const BUNDLE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/briefing.bin"));
/// Changes whenever the bundled briefing changes.
pub const VERSION: &str = include_str!(concat!(env!("OUT_DIR"), "/briefing.version"));

/// A briefing with its search index. Compared by identity: there is one per page.
pub struct Explorer {
    pub briefing: Briefing,
    pub index: ClaimIndex,
    pub version: &'static str,
}

impl PartialEq for Explorer {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

impl Explorer {
    pub fn new(briefing: Briefing, version: &'static str) -> Rc<Explorer> {
        let index = ClaimIndex::new(&briefing);
        Rc::new(Explorer {
            briefing,
            index,
            version,
        })
    }

    /// The briefing this build bundled. `build.rs` wrote and checked the bytes, so failing to
    /// read them is a broken build, not bad input.
    pub fn bundled() -> Rc<Explorer> {
        let briefing =
            briefing::codec::decode(BUNDLE).expect("build.rs bundles a readable briefing");
        Explorer::new(briefing, VERSION)
    }
}
