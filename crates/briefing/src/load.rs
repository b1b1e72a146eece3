//! Reading a briefing from disk with its editor file, for the command line and the build.

use std::path::{Path, PathBuf};

use crate::diagnostic::{Diagnostic, Severity};
use crate::edits;
use crate::model::Briefing;
use crate::parse::parse;

pub struct Loaded {
    pub briefing: Briefing,
    pub diagnostics: Vec<Diagnostic>,
}

impl Loaded {
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }
}

/// `briefing.md` -> `briefing.edits.toml`, beside it.
pub fn edits_path(path: &Path) -> PathBuf {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    path.with_file_name(format!("{stem}.edits.toml"))
}

/// Parses the briefing at `path` and applies its editor file when there is one.
pub fn load(path: &Path) -> Loaded {
    let name = path.display().to_string();
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) => {
            let message = format!("cannot read the briefing: {e}");
            return Loaded {
                briefing: Briefing::default(),
                diagnostics: vec![Diagnostic {
                    severity: Severity::Error,
                    file: name,
                    line: 1,
                    col: 1,
                    message,
                }],
            };
        }
    };
    let parsed = parse(&name, &bytes);
    let mut loaded = Loaded {
        briefing: parsed.briefing,
        diagnostics: parsed.diagnostics,
    };
    let edits_path = edits_path(path);
    if let Ok(bytes) = std::fs::read(&edits_path) {
        let edits_name = edits_path.display().to_string();
        match String::from_utf8(bytes) {
            Ok(text) => {
                loaded
                    .diagnostics
                    .extend(edits::apply(&mut loaded.briefing, &edits_name, &text))
            }
            Err(_) => loaded.diagnostics.push(Diagnostic {
                severity: Severity::Error,
                file: edits_name,
                line: 1,
                col: 1,
                message: "the editor file is not UTF-8 text; save it as UTF-8".to_string(),
            }),
        }
    }
    loaded
}
