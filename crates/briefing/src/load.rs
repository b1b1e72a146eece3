//! Reading a briefing from disk with its editor file, for the command line and the build.

use std::path::{Path, PathBuf};

use crate::diagnostic::{Diagnostic, Severity};
use crate::edits;
use crate::model::Briefing;
use crate::parse::{parse, Parsed};

/// `briefing.md` -> `briefing.edits.toml`, beside it.
pub fn edits_path(path: &Path) -> PathBuf {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    path.with_file_name(format!("{stem}.edits.toml"))
}

/// Parses the briefing at `path` and applies its editor file when there is one.
pub fn load(path: &Path) -> Parsed {
    let name = path.display().to_string();
    let problem = |file: String, message: String| Diagnostic {
        severity: Severity::Error,
        file,
        line: 1,
        col: 1,
        message,
    };
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) => {
            let diagnostics = vec![problem(name, format!("cannot read the briefing: {e}"))];
            return Parsed {
                briefing: Briefing::default(),
                diagnostics,
            };
        }
    };
    let mut parsed = parse(&name, &bytes);
    let edits_path = edits_path(path);
    if let Ok(bytes) = std::fs::read(&edits_path) {
        let edits_name = edits_path.display().to_string();
        match String::from_utf8(bytes) {
            Ok(text) => {
                parsed
                    .diagnostics
                    .extend(edits::apply(&mut parsed.briefing, &edits_name, &text))
            }
            Err(_) => parsed.diagnostics.push(problem(
                edits_name,
                "the editor file is not UTF-8 text; save it as UTF-8".into(),
            )),
        }
    }
    parsed
}
