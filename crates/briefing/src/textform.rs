//! The text form data takes in a page (the briefing, the message catalogs): fields that each end
//! with `|`, numbers in decimal, text percent-escaped where it would break the form or the page
//! (`%`, `|`, `+`, `<`, carriage returns). Text, not bytes, because it lives in HTML, where
//! brotli finds the same words in the prerendered markup and stores them once. Reading refuses
//! anything malformed instead of panicking.

use crate::model::Date;
use crate::text::percent_decode;

/// Why data in a page could not be read: only a build mix-up or a damaged page causes it.
#[derive(Debug, PartialEq, Eq)]
pub struct DecodeError;

#[derive(Default)]
pub struct Writer(pub String);

impl Writer {
    pub fn num(&mut self, n: usize) {
        self.0.push_str(&n.to_string());
        self.0.push('|');
    }
    pub fn flag(&mut self, on: bool) {
        self.0.push_str(if on { "1|" } else { "0|" });
    }
    pub fn str(&mut self, s: &str) {
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
    pub fn opt_str(&mut self, s: Option<&str>) {
        self.flag(s.is_some());
        if let Some(s) = s {
            self.str(s);
        }
    }
    pub fn nums(&mut self, items: &[usize]) {
        self.num(items.len());
        for &n in items {
            self.num(n);
        }
    }
    pub fn date(&mut self, d: Option<Date>) {
        match d {
            Some(d) => self.str(&d.to_string()),
            None => self.str(""),
        }
    }
}

pub struct Reader<'a> {
    fields: std::str::Split<'a, char>,
}

impl<'a> Reader<'a> {
    pub fn new(text: &'a str) -> Reader<'a> {
        Reader {
            fields: text.split('|'),
        }
    }

    /// Everything was read: the text ends with the last field's `|`.
    pub fn finish(mut self) -> Result<(), DecodeError> {
        if self.fields.next() != Some("") || self.fields.next().is_some() {
            return Err(DecodeError);
        }
        Ok(())
    }

    pub fn field(&mut self) -> Result<&str, DecodeError> {
        self.fields.next().ok_or(DecodeError)
    }
    /// A count or an index: digits only, so a damaged page cannot ask for huge memory by
    /// accident (a count is only ever used to read that many more fields).
    pub fn num(&mut self) -> Result<usize, DecodeError> {
        let field = self.field()?;
        if field.is_empty() || field.len() > 9 || !field.bytes().all(|b| b.is_ascii_digit()) {
            return Err(DecodeError);
        }
        field.parse().map_err(|_| DecodeError)
    }
    pub fn flag(&mut self) -> Result<bool, DecodeError> {
        match self.field()? {
            "0" => Ok(false),
            "1" => Ok(true),
            _ => Err(DecodeError),
        }
    }
    pub fn index(&mut self, bound: usize) -> Result<usize, DecodeError> {
        let n = self.num()?;
        if n < bound {
            Ok(n)
        } else {
            Err(DecodeError)
        }
    }
    pub fn indices(&mut self, bound: usize) -> Result<Vec<usize>, DecodeError> {
        (0..self.num()?).map(|_| self.index(bound)).collect()
    }
    pub fn string(&mut self) -> Result<String, DecodeError> {
        percent_decode(self.field()?).ok_or(DecodeError)
    }
    /// A count, then that many of `all`, by index.
    pub fn kinds<T: Copy>(&mut self, all: &[T]) -> Result<Vec<T>, DecodeError> {
        let mut out = Vec::new();
        for _ in 0..self.num()? {
            out.push(all[self.index(all.len())?]);
        }
        Ok(out)
    }
    /// A count, then that many strings.
    pub fn strings(&mut self) -> Result<Vec<String>, DecodeError> {
        let mut out = Vec::new();
        for _ in 0..self.num()? {
            out.push(self.string()?);
        }
        Ok(out)
    }
    pub fn opt_string(&mut self) -> Result<Option<String>, DecodeError> {
        Ok(if self.flag()? {
            Some(self.string()?)
        } else {
            None
        })
    }
    pub fn date(&mut self) -> Result<Option<Date>, DecodeError> {
        match self.field()? {
            "" => Ok(None),
            iso => Date::parse_iso(iso).map(Some).ok_or(DecodeError),
        }
    }
}
