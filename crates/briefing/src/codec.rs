//! The briefing as the page carries it: a compact text form written at build time into the
//! page (a `<script type="application/x-briefing">` data block, never executed) and read by
//! the explorer at start, so one build of the explorer serves any briefing.
//!
//! In the text form of `textform`. Hand-written because a serde format would cost the explorer
//! more WebAssembly than this whole module; `decode` rejects anything malformed instead of
//! panicking.

use crate::model::{Briefing, Claim, Origin, Outlet, Section, Source, Status, StatusKind, Topic};
use crate::text::{base32, fnv1a};
pub use crate::textform::DecodeError;
use crate::textform::{Reader, Writer};

const MAGIC: &str = "BRF2";

/// A briefing as read from a page, with the version the build gave it.
#[derive(Debug, PartialEq, Eq)]
pub struct Decoded {
    /// Changes whenever the briefing does; readers see it beside the date.
    pub version: String,
    pub briefing: Briefing,
}

/// The text form of a briefing, with its version (a hash of everything else) up front.
pub fn encode(b: &Briefing) -> String {
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
    }
    let version = base32(fnv1a(w.0.as_bytes()), 7);
    format!("{MAGIC}|{version}|{}", w.0)
}

pub fn decode(text: &str) -> Result<Decoded, DecodeError> {
    let mut r = Reader::new(text);
    if r.field()? != MAGIC {
        return Err(DecodeError);
    }
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
        let framing = (0..r.num()?)
            .map(|_| r.string())
            .collect::<Result<_, _>>()?;
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
            status_kinds: r
                .indices(StatusKind::ALL.len())?
                .into_iter()
                .map(|k| StatusKind::ALL[k])
                .collect(),
            status_words: (0..r.num()?)
                .map(|_| r.string())
                .collect::<Result<_, _>>()?,
            status_origin: origin(&mut r)?,
            topics_origin: origin(&mut r)?,
            line: u32::try_from(r.num()?).map_err(|_| DecodeError)?,
        };
        if claim.sources.is_empty() || claim.topics.is_empty() {
            return Err(DecodeError);
        }
        b.claims.push(claim);
    }
    r.finish()?;
    Ok(Decoded {
        version,
        briefing: b,
    })
}

fn origin(r: &mut Reader<'_>) -> Result<Origin, DecodeError> {
    Ok(if r.flag()? {
        Origin::Editorial
    } else {
        Origin::Rules
    })
}
