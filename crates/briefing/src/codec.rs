//! A compact binary form of a briefing, written at build time and read by the explorer at start.
//! Hand-written because a serde format would cost the explorer more WebAssembly than this whole
//! module; `decode` rejects anything malformed instead of panicking.

use crate::model::{Briefing, Claim, Date, Origin, Outlet, Section, Source, Status, Topic};

const MAGIC: &[u8; 4] = b"BRF1";

pub fn encode(b: &Briefing) -> Vec<u8> {
    let mut w = Writer(Vec::with_capacity(4096));
    w.0.extend_from_slice(MAGIC);
    w.str(&b.title);
    w.str(&b.summary);
    w.date(b.date);
    w.len(b.sections.len());
    for s in &b.sections {
        w.str(&s.title);
        w.strs(&s.framing);
    }
    w.len(b.outlets.len());
    for o in &b.outlets {
        w.str(&o.id);
        w.str(&o.name);
    }
    w.len(b.sources.len());
    for s in &b.sources {
        w.str(&s.url);
        w.num(s.outlet);
        w.str(&s.domain);
        w.date(s.date);
    }
    w.len(b.topics.len());
    for t in &b.topics {
        w.str(&t.id);
        w.str(&t.name);
        w.0.push(origin_byte(t.origin));
    }
    w.len(b.claims.len());
    for c in &b.claims {
        w.str(&c.id);
        w.num(c.section);
        w.opt_str(c.group.as_deref());
        w.opt_str(c.label.as_deref());
        w.str(&c.text);
        w.nums(&c.sources);
        w.nums(&c.topics);
        w.0.push(u8::from(c.status == Status::Unconfirmed));
        w.str(&c.status_reason);
        w.0.push(origin_byte(c.status_origin));
        w.0.push(origin_byte(c.topics_origin));
        w.num(c.line as usize);
    }
    w.0
}

fn origin_byte(o: Origin) -> u8 {
    u8::from(o == Origin::Editorial)
}

struct Writer(Vec<u8>);

impl Writer {
    fn num(&mut self, mut n: usize) {
        loop {
            let byte = (n & 0x7f) as u8;
            n >>= 7;
            if n == 0 {
                self.0.push(byte);
                return;
            }
            self.0.push(byte | 0x80);
        }
    }
    fn len(&mut self, n: usize) {
        self.num(n);
    }
    fn str(&mut self, s: &str) {
        self.num(s.len());
        self.0.extend_from_slice(s.as_bytes());
    }
    fn opt_str(&mut self, s: Option<&str>) {
        match s {
            Some(s) => {
                self.0.push(1);
                self.str(s);
            }
            None => self.0.push(0),
        }
    }
    fn strs(&mut self, items: &[String]) {
        self.len(items.len());
        for s in items {
            self.str(s);
        }
    }
    fn nums(&mut self, items: &[usize]) {
        self.len(items.len());
        for &n in items {
            self.num(n);
        }
    }
    fn date(&mut self, d: Option<Date>) {
        match d {
            Some(d) => {
                self.0
                    .extend_from_slice(&[1, (d.year >> 8) as u8, d.year as u8, d.month, d.day])
            }
            None => self.0.push(0),
        }
    }
}

/// Why bundled bytes could not be read: only a build mix-up or corruption can cause it.
#[derive(Debug, PartialEq, Eq)]
pub struct DecodeError;

pub fn decode(bytes: &[u8]) -> Result<Briefing, DecodeError> {
    let mut r = Reader { bytes, at: 0 };
    if r.take(4)? != MAGIC {
        return Err(DecodeError);
    }
    let mut b = Briefing {
        title: r.string()?,
        summary: r.string()?,
        date: r.date()?,
        ..Briefing::default()
    };
    for _ in 0..r.len()? {
        b.sections.push(Section {
            title: r.string()?,
            framing: r.strings()?,
        });
    }
    for _ in 0..r.len()? {
        b.outlets.push(Outlet {
            id: r.string()?,
            name: r.string()?,
        });
    }
    for _ in 0..r.len()? {
        let source = Source {
            url: r.string()?,
            outlet: r.index(b.outlets.len())?,
            domain: r.string()?,
            date: r.date()?,
        };
        b.sources.push(source);
    }
    for _ in 0..r.len()? {
        b.topics.push(Topic {
            id: r.string()?,
            name: r.string()?,
            origin: r.origin()?,
        });
    }
    for _ in 0..r.len()? {
        let claim = Claim {
            id: r.string()?,
            section: r.index(b.sections.len())?,
            group: r.opt_string()?,
            label: r.opt_string()?,
            text: r.string()?,
            sources: r.indices(b.sources.len())?,
            topics: r.indices(b.topics.len())?,
            status: if r.byte()? == 1 {
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
    if r.at != bytes.len() {
        return Err(DecodeError);
    }
    Ok(b)
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], DecodeError> {
        let end = self
            .at
            .checked_add(n)
            .filter(|&e| e <= self.bytes.len())
            .ok_or(DecodeError)?;
        let slice = &self.bytes[self.at..end];
        self.at = end;
        Ok(slice)
    }
    fn byte(&mut self) -> Result<u8, DecodeError> {
        Ok(self.take(1)?[0])
    }
    fn num(&mut self) -> Result<usize, DecodeError> {
        let mut n: usize = 0;
        for shift in (0..64).step_by(7) {
            let byte = self.byte()?;
            n |= usize::from(byte & 0x7f)
                .checked_shl(shift)
                .ok_or(DecodeError)?;
            if byte & 0x80 == 0 {
                return Ok(n);
            }
        }
        Err(DecodeError)
    }
    /// A count of items that each take at least one byte, so garbage cannot ask for huge memory.
    fn len(&mut self) -> Result<usize, DecodeError> {
        let n = self.num()?;
        if n > self.bytes.len() - self.at {
            return Err(DecodeError);
        }
        Ok(n)
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
        (0..self.len()?).map(|_| self.index(bound)).collect()
    }
    fn string(&mut self) -> Result<String, DecodeError> {
        let n = self.num()?;
        let bytes = self.take(n)?;
        String::from_utf8(bytes.to_vec()).map_err(|_| DecodeError)
    }
    fn strings(&mut self) -> Result<Vec<String>, DecodeError> {
        (0..self.len()?).map(|_| self.string()).collect()
    }
    fn opt_string(&mut self) -> Result<Option<String>, DecodeError> {
        match self.byte()? {
            0 => Ok(None),
            1 => Ok(Some(self.string()?)),
            _ => Err(DecodeError),
        }
    }
    fn origin(&mut self) -> Result<Origin, DecodeError> {
        match self.byte()? {
            0 => Ok(Origin::Rules),
            1 => Ok(Origin::Editorial),
            _ => Err(DecodeError),
        }
    }
    fn date(&mut self) -> Result<Option<Date>, DecodeError> {
        match self.byte()? {
            0 => Ok(None),
            1 => {
                let b = self.take(4)?;
                Date::new(u16::from(b[0]) << 8 | u16::from(b[1]), b[2], b[3])
                    .map(Some)
                    .ok_or(DecodeError)
            }
            _ => Err(DecodeError),
        }
    }
}
