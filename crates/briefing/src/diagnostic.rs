//! Problems found in a briefing or its editor file: a severity, a position and a plain message.
//! Positions are 1-based lines and columns (in characters) of the file as the author wrote it.

use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// The file the problem is in: the briefing, or its editor file.
    pub file: String,
    pub line: u32,
    pub col: u32,
    pub message: String,
}

impl Diagnostic {
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// `FILE:LINE:COL: error: message`, the form compilers use, so editors can jump to it.
impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let severity = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(
            f,
            "{}:{}:{}: {}: {}",
            self.file, self.line, self.col, severity, self.message
        )
    }
}

/// Collects the problems found in one file, placing each by its byte offset in the file.
pub struct Problems<'a> {
    file: &'a str,
    lines: LineIndex<'a>,
    pub found: Vec<Diagnostic>,
}

impl<'a> Problems<'a> {
    pub fn new(file: &'a str, text: &'a str) -> Self {
        Problems {
            file,
            lines: LineIndex::new(text),
            found: Vec::new(),
        }
    }

    pub fn report(&mut self, severity: Severity, offset: usize, message: String) {
        let (line, col) = self.lines.position(offset);
        self.report_at(severity, line, col, message);
    }

    pub fn report_at(&mut self, severity: Severity, line: u32, col: u32, message: String) {
        self.found.push(Diagnostic {
            severity,
            file: self.file.to_string(),
            line,
            col,
            message,
        });
    }

    /// The 1-based line of a byte offset of the file.
    pub fn line(&self, offset: usize) -> u32 {
        self.lines.line(offset)
    }
}

/// Turns byte offsets of a text into line and column numbers.
pub struct LineIndex<'a> {
    text: &'a str,
    /// Byte offset where each line starts.
    starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    pub fn new(text: &'a str) -> Self {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        LineIndex { text, starts }
    }

    /// 1-based line of a byte offset; unlike `position` it does not count characters, which on
    /// a flattened briefing (one very long line) would make reading every claim quadratic.
    pub fn line(&self, offset: usize) -> u32 {
        to_u32(self.starts.partition_point(|&s| s <= offset))
    }

    /// 1-based line and character column of a byte offset (clamped to the text).
    pub fn position(&self, offset: usize) -> (u32, u32) {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let col = self.text[self.starts[line]..offset].chars().count() + 1;
        (to_u32(line + 1), to_u32(col))
    }
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_lines_and_characters() {
        let text = "ab\nçd\n\nx";
        let index = LineIndex::new(text);
        for (offset, expected) in [
            (0, (1, 1)),
            (1, (1, 2)),
            (3, (2, 1)),
            (5, (2, 2)),
            (7, (3, 1)),
            (8, (4, 1)),
            (99, (4, 2)),
        ] {
            assert_eq!(index.position(offset), expected, "offset {offset}");
        }
    }

    #[test]
    fn diagnostics_print_like_a_compiler() {
        let d = Diagnostic {
            severity: Severity::Warning,
            file: "b.md".into(),
            line: 3,
            col: 7,
            message: "this claim cites no source".into(),
        };
        assert_eq!(
            d.to_string(),
            "b.md:3:7: warning: this claim cites no source"
        );
    }
}
