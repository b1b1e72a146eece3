//! The briefing as the page carries it: a compact text form written at build time into the
//! page (a `<script type="application/x-briefing">` data block, never executed) and read by
//! the explorer at start, so one build of the explorer serves any briefing.
//!
//! In the text form of `textform`. Hand-written because a serde format would cost the explorer
//! more WebAssembly than this whole module; `decode` rejects anything malformed instead of
//! panicking.

use crate::model::{
    Briefing, Change, ChangeCounts, ChangeKind, Claim, Correction, History, Origin, Outlet,
    Section, Source, Status, StatusKind, Topic, VersionRef,
};
use crate::text::{base32, fnv1a};
pub use crate::textform::DecodeError;
use crate::textform::{Reader, Writer};

const MAGIC: &str = "BRF3";
/// The form before corrections and history: still read (by the site, from pages it published).
const MAGIC_2: &str = "BRF2";

/// A briefing as read from a page, with the version the build gave it.
#[derive(Debug, PartialEq, Eq)]
pub struct Decoded {
    /// Changes whenever the briefing does; readers see it beside the date.
    pub version: String,
    pub briefing: Briefing,
}

/// The text form of a briefing, with its version up front: a hash of its content, which its
/// history (written after the content) is not part of.
pub fn encode(b: &Briefing) -> String {
    let mut w = content(b);
    let version = base32(fnv1a(w.0.as_bytes()), 7);
    history(&mut w, b);
    format!("{MAGIC}|{version}|{}", w.0)
}

/// The version readers see: a hash of the briefing's content (not of its history).
pub fn version(b: &Briefing) -> String {
    base32(fnv1a(content(b).0.as_bytes()), 7)
}

fn content(b: &Briefing) -> Writer {
    let mut w = Writer(String::with_capacity(4096));
    w.str(&b.lang);
    w.str(&b.title);
    w.str(&b.summary);
    w.date(b.date);
    w.num(b.sections.len());
    for s in &b.sections {
        w.str(&s.title);
        w.num(s.framing.len());
        for f in &s.framing {
            w.str(f);
        }
    }
    w.num(b.outlets.len());
    for o in &b.outlets {
        w.str(&o.id);
        w.str(&o.name);
    }
    w.num(b.sources.len());
    for s in &b.sources {
        w.str(&s.url);
        w.num(s.outlet);
        w.str(&s.domain);
        w.date(s.date);
    }
    w.num(b.topics.len());
    for t in &b.topics {
        w.str(&t.id);
        w.str(&t.name);
        w.flag(t.origin == Origin::Editorial);
    }
    w.num(b.claims.len());
    for c in &b.claims {
        w.str(&c.id);
        w.num(c.section);
        w.opt_str(c.group.as_deref());
        w.opt_str(c.label.as_deref());
        w.str(&c.text);
        w.nums(&c.sources);
        w.nums(&c.topics);
        w.flag(c.status == Status::Unconfirmed);
        w.str(&c.status_reason);
        let kinds: Vec<usize> = c.status_kinds.iter().map(|&k| k as usize).collect();
        w.nums(&kinds);
        w.num(c.status_words.len());
        for word in &c.status_words {
            w.str(word);
        }
        w.flag(c.status_origin == Origin::Editorial);
        w.flag(c.topics_origin == Origin::Editorial);
        w.num(c.line as usize);
        w.opt_str(c.correction.as_ref().map(|k| k.text.as_str()));
    }
    w
}

fn history(w: &mut Writer, b: &Briefing) {
    let h = &b.history;
    w.num(h.versions.len());
    for v in &h.versions {
        w.str(&v.id);
        w.date(v.date);
        let n = &v.since;
        for count in [n.added, n.rewritten, n.status, n.sources, n.removed] {
            w.num(count);
        }
    }
    w.date(h.updated);
    w.num(h.removed.len());
    for text in &h.removed {
        w.str(text);
    }
    w.opt_str(h.superseded_by.as_deref());
    for c in &b.claims {
        let kinds: Vec<usize> = c.change.kinds.iter().map(|&k| k as usize).collect();
        w.nums(&kinds);
        w.flag(c.change.previous_status.is_some());
        if let Some((status, reason)) = &c.change.previous_status {
            w.flag(*status == Status::Unconfirmed);
            w.str(reason);
        }
        w.num(c.change.earlier_ids.len());
        for id in &c.change.earlier_ids {
            w.str(id);
        }
        w.date(c.correction.as_ref().and_then(|k| k.date));
    }
}

pub fn decode(text: &str) -> Result<Decoded, DecodeError> {
    let mut r = Reader::new(text);
    let current = match r.field()? {
        MAGIC => true,
        MAGIC_2 => false,
        _ => return Err(DecodeError),
    };
    let version = r.string()?;
    let mut b = Briefing {
        lang: r.string()?,
        title: r.string()?,
        summary: r.string()?,
        date: r.date()?,
        ..Briefing::default()
    };
    for _ in 0..r.num()? {
        let title = r.string()?;
        let framing = r.strings()?;
        b.sections.push(Section { title, framing });
    }
    for _ in 0..r.num()? {
        b.outlets.push(Outlet {
            id: r.string()?,
            name: r.string()?,
        });
    }
    for _ in 0..r.num()? {
        let source = Source {
            url: r.string()?,
            outlet: r.index(b.outlets.len())?,
            domain: r.string()?,
            date: r.date()?,
        };
        b.sources.push(source);
    }
    for _ in 0..r.num()? {
        b.topics.push(Topic {
            id: r.string()?,
            name: r.string()?,
            origin: origin(&mut r)?,
        });
    }
    for _ in 0..r.num()? {
        let claim = Claim {
            id: r.string()?,
            section: r.index(b.sections.len())?,
            group: r.opt_string()?,
            label: r.opt_string()?,
            text: r.string()?,
            sources: r.indices(b.sources.len())?,
            topics: r.indices(b.topics.len())?,
            status: if r.flag()? {
                Status::Unconfirmed
            } else {
                Status::Confirmed
            },
            status_reason: r.string()?,
            status_kinds: r.kinds(&StatusKind::ALL)?,
            status_words: r.strings()?,
            status_origin: origin(&mut r)?,
            topics_origin: origin(&mut r)?,
            line: u32::try_from(r.num()?).map_err(|_| DecodeError)?,
            change: Change::default(),
            correction: if current {
                r.opt_string()?.map(|text| Correction { text, date: None })
            } else {
                None
            },
        };
        if claim.sources.is_empty() || claim.topics.is_empty() {
            return Err(DecodeError);
        }
        b.claims.push(claim);
    }
    if current {
        b.history = read_history(&mut r, &mut b.claims)?;
    }
    r.finish()?;
    Ok(Decoded {
        version,
        briefing: b,
    })
}

fn read_history(r: &mut Reader<'_>, claims: &mut [Claim]) -> Result<History, DecodeError> {
    let mut h = History::default();
    for _ in 0..r.num()? {
        let (id, date) = (r.string()?, r.date()?);
        let since = ChangeCounts {
            added: r.num()?,
            rewritten: r.num()?,
            status: r.num()?,
            sources: r.num()?,
            removed: r.num()?,
        };
        h.versions.push(VersionRef { id, date, since });
    }
    h.updated = r.date()?;
    h.removed = r.strings()?;
    h.superseded_by = r.opt_string()?;
    for c in claims {
        c.change.kinds = r.kinds(&ChangeKind::ALL)?;
        if r.flag()? {
            let status = if r.flag()? {
                Status::Unconfirmed
            } else {
                Status::Confirmed
            };
            c.change.previous_status = Some((status, r.string()?));
        }
        c.change.earlier_ids = r.strings()?;
        let date = r.date()?;
        if let Some(correction) = &mut c.correction {
            correction.date = date;
        }
    }
    Ok(h)
}

fn origin(r: &mut Reader<'_>) -> Result<Origin, DecodeError> {
    Ok(if r.flag()? {
        Origin::Editorial
    } else {
        Origin::Rules
    })
}
