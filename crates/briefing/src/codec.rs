//! The briefing as the page carries it: a compact text form written at build time into the
//! page (a `<script type="application/x-briefing">` data block, never executed) and read by
//! the explorer at start, so one build of the explorer serves any briefing.
//!
//! Text, not bytes, because it lives in HTML, where brotli finds the same words in the
//! prerendered claims and stores them once. Every field ends with `|`; numbers are decimal;
//! text is percent-escaped where it would break the form or the page (`%`, `|`, `+`, `<`,
//! carriage returns). Hand-written because a serde format would cost the explorer more
//! WebAssembly than this whole module; `decode` rejects anything malformed instead of panicking.

use crate::model::{Briefing, Claim, Date, Origin, Outlet, Section, Source, Status, Topic};
use crate::text::{base32, fnv1a, percent_decode};

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
        w.flag(c.status_origin == Origin::Editorial);
        w.flag(c.topics_origin == Origin::Editorial);
        w.num(c.line as usize);
    }
    let version = base32(fnv1a(w.0.as_bytes()), 7);
    format!("{MAGIC}|{version}|{}", w.0)
}

struct Writer(String);

impl Writer {
    fn num(&mut self, n: usize) {
        self.0.push_str(&n.to_string());
        self.0.push('|');
    }
    fn flag(&mut self, on: bool) {
        self.0.push_str(if on { "1|" } else { "0|" });
    }
    fn str(&mut self, s: &str) {
        for c in s.chars() {
            match c {
                '%' => self.0.push_str("%25"),
                '|' => self.0.push_str("%7C"),
                '+' => self.0.push_str("%2B"),
                '<' => self.0.push_str("%3C"),
                '\r' => self.0.push_str("%0D"),
                c => self.0.push(c),
            }
        }
        self.0.push('|');
    }
    fn opt_str(&mut self, s: Option<&str>) {
        self.flag(s.is_some());
        if let Some(s) = s {
            self.str(s);
        }
    }
    fn nums(&mut self, items: &[usize]) {
        self.num(items.len());
        for &n in items {
            self.num(n);
        }
    }
    fn date(&mut self, d: Option<Date>) {
        match d {
            Some(d) => self.str(&d.to_string()),
            None => self.str(""),
        }
    }
}

/// Why a page's briefing could not be read: only a build mix-up or a damaged page causes it.
#[derive(Debug, PartialEq, Eq)]
pub struct DecodeError;

pub fn decode(text: &str) -> Result<Decoded, DecodeError> {
    let mut r = Reader {
        fields: text.split('|'),
    };
    if r.field()? != MAGIC {
        return Err(DecodeError);
    }
    let version = r.string()?;
    let mut b = Briefing {
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
            origin: r.origin()?,
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
            status_origin: r.origin()?,
            topics_origin: r.origin()?,
            line: u32::try_from(r.num()?).map_err(|_| DecodeError)?,
        };
        if claim.sources.is_empty() || claim.topics.is_empty() {
            return Err(DecodeError);
        }
        b.claims.push(claim);
    }
    // Everything was read: the text ends with the last field's `|`.
    if r.fields.next() != Some("") || r.fields.next().is_some() {
        return Err(DecodeError);
    }
    Ok(Decoded {
        version,
        briefing: b,
    })
}

struct Reader<'a> {
    fields: std::str::Split<'a, char>,
}

impl Reader<'_> {
    fn field(&mut self) -> Result<&str, DecodeError> {
        self.fields.next().ok_or(DecodeError)
    }
    /// A count or an index: digits only, so a damaged page cannot ask for huge memory by
    /// accident (a count is only ever used to read that many more fields).
    fn num(&mut self) -> Result<usize, DecodeError> {
        let field = self.field()?;
        if field.is_empty() || field.len() > 9 || !field.bytes().all(|b| b.is_ascii_digit()) {
            return Err(DecodeError);
        }
        field.parse().map_err(|_| DecodeError)
    }
    fn flag(&mut self) -> Result<bool, DecodeError> {
        match self.field()? {
            "0" => Ok(false),
            "1" => Ok(true),
            _ => Err(DecodeError),
        }
    }
    fn index(&mut self, bound: usize) -> Result<usize, DecodeError> {
        let n = self.num()?;
        if n < bound {
            Ok(n)
        } else {
            Err(DecodeError)
        }
    }
    fn indices(&mut self, bound: usize) -> Result<Vec<usize>, DecodeError> {
        (0..self.num()?).map(|_| self.index(bound)).collect()
    }
    fn string(&mut self) -> Result<String, DecodeError> {
        percent_decode(self.field()?).ok_or(DecodeError)
    }
    fn opt_string(&mut self) -> Result<Option<String>, DecodeError> {
        Ok(if self.flag()? {
            Some(self.string()?)
        } else {
            None
        })
    }
    fn origin(&mut self) -> Result<Origin, DecodeError> {
        Ok(if self.flag()? {
            Origin::Editorial
        } else {
            Origin::Rules
        })
    }
    fn date(&mut self) -> Result<Option<Date>, DecodeError> {
        match self.field()? {
            "" => Ok(None),
            iso => Date::parse_iso(iso).map(Some).ok_or(DecodeError),
        }
    }
}
