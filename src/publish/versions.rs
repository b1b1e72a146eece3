//! A site's briefing across its versions. Before a changed briefing is published, the page in
//! place is read back (its data block carries the briefing it showed, history included): it is
//! kept at `v/<version>/`, marked as an earlier version, and never written again; the new
//! version records what changed since it (`briefing::versions`). A page that does not read back
//! is reported and left as it is: nothing published is overwritten that could not be kept.

use std::path::Path;

use briefing::codec::{self, Decoded};
use briefing::model::{Briefing, Date};
use briefing::versions::{count_changes_since, date_corrections, keep_history, record_changes};

use super::page::{self, Place};
use super::site::Assets;
use super::{render_page, write_if_changed};
use crate::bundle::DATA_ID;

/// What carrying a briefing's history over did.
#[derive(Default)]
pub struct Carried {
    pub files: usize,
    /// Earlier versions found damaged or missing (reported, never rewritten).
    pub problems: Vec<String>,
    pub failed: bool,
}

/// The briefing a published page carries, as its data block has it.
pub fn page_briefing(html: &str) -> Option<Decoded> {
    codec::decode(page::data_block(html, DATA_ID)?).ok()
}

/// Gives `new`, about to be published in `dir`, its history: from the page in place when it
/// shows the same version, else by keeping that page as an earlier version and recording what
/// changed since it. `today` dates this version. An `Err` (the page in place is damaged) means
/// `new` must not be published.
pub fn carry_over(
    dir: &Path,
    new: &mut Briefing,
    today: Option<Date>,
    assets: &Assets,
) -> Result<Carried, String> {
    let mut carried = Carried::default();
    let current = dir.join("index.html");
    let Ok(html) = std::fs::read_to_string(&current) else {
        date_corrections(new, today);
        return Ok(carried);
    };
    let old = page_briefing(&html).ok_or_else(|| {
        format!(
            "{}:1:1: error: the published page is damaged (its briefing does not read back); it is left as it is and the new version is not published",
            current.display()
        )
    })?;
    if old.version == codec::version(new) {
        keep_history(&old.briefing, new);
    } else {
        carried.files += keep_earlier(dir, &old, &codec::version(new), assets)?;
        record_changes(&old.briefing, &old.version, new, today);
    }
    // Each earlier version's page is checked, and read for what changed since it.
    count_changes_since(new, |id| {
        let page = dir.join("v").join(id).join("index.html");
        match std::fs::read_to_string(&page) {
            Ok(html) => match page_briefing(&html) {
                Some(d) if d.version == id => return Some(d.briefing),
                _ => {
                    carried.problems.push(format!(
                        "{}:1:1: error: this earlier version is damaged; it is left as it is",
                        page.display()
                    ));
                    carried.failed = true;
                }
            },
            Err(_) => carried.problems.push(format!(
                "{}:1:1: warning: this earlier version is missing; its link leads nowhere",
                page.display()
            )),
        }
        None
    });
    Ok(carried)
}

/// Publishes the page in place as the earlier version it now is, unless it already is one:
/// earlier versions are immutable. Returns the files written.
fn keep_earlier(
    dir: &Path,
    old: &Decoded,
    new_version: &str,
    assets: &Assets,
) -> Result<usize, String> {
    let folder = dir.join("v").join(&old.version);
    if folder.join("index.html").exists() {
        return Ok(0);
    }
    let mut earlier = old.briefing.clone();
    earlier.history.superseded_by = Some(new_version.to_string());
    let place = Place {
        assets: "../../../",
        service_worker: Some("../../../sw.js"),
    };
    let page = render_page(&assets.template, &earlier, place, &assets.names)?;
    let mut files = 0;
    for (name, bytes) in [
        ("manifest.webmanifest", page.manifest.as_bytes()),
        ("index.html", page.html.as_bytes()),
    ] {
        files += usize::from(write_if_changed(&folder.join(name), bytes)?);
    }
    Ok(files)
}
