//! Measuring the status rules on labelled sentences nobody here wrote: `LABEL<TAB>SENTENCE`
//! lines, 1 for an uncertain sentence, each judged as a claim would be (lines starting with `#`
//! are comments).

use crate::lang::Language;
use crate::model::Status;

/// How the rules did: counts of each outcome, and the sentences they got wrong.
#[derive(Debug, Default, PartialEq)]
pub struct StatusBench {
    /// Uncertain, judged unconfirmed.
    pub true_positives: usize,
    /// Certain, judged unconfirmed.
    pub false_positives: usize,
    /// Certain, judged confirmed.
    pub true_negatives: usize,
    /// Uncertain, judged confirmed.
    pub false_negatives: usize,
    /// Lines that are not `0|1<TAB>text`, by line number.
    pub unreadable: Vec<usize>,
    /// Certain sentences judged unconfirmed, with the reason given.
    pub wrongly_unconfirmed: Vec<(String, String)>,
    /// Uncertain sentences judged confirmed.
    pub wrongly_confirmed: Vec<String>,
    /// Per deciding word (lower case): how many sentences it made unconfirmed that were
    /// uncertain, and how many that were certain. What to look at when tuning the cues.
    pub by_cue: std::collections::BTreeMap<String, (usize, usize)>,
}

impl StatusBench {
    pub fn precision(&self) -> f64 {
        ratio(
            self.true_positives,
            self.true_positives + self.false_positives,
        )
    }
    pub fn recall(&self) -> f64 {
        ratio(
            self.true_positives,
            self.true_positives + self.false_negatives,
        )
    }
    /// F1 of the "unconfirmed" class.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Judges every sentence of a `LABEL<TAB>SENTENCE` file as a claim without a label, by the
/// rules of `language`.
pub fn bench_status(tsv: &str, language: &Language) -> StatusBench {
    let mut bench = StatusBench::default();
    let catalog = crate::lang::catalog_or_english(language.code);
    for (n, line) in tsv.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let uncertain = match line.split_once('\t') {
            Some(("1", text)) => (true, text),
            Some(("0", text)) => (false, text),
            _ => {
                bench.unreadable.push(n + 1);
                continue;
            }
        };
        let (uncertain, text) = uncertain;
        let verdict = language.status.judge(None, text);
        let unconfirmed = verdict.status == Status::Unconfirmed;
        for word in &verdict.words {
            let tally = bench.by_cue.entry(word.to_lowercase()).or_default();
            if uncertain {
                tally.0 += 1;
            } else {
                tally.1 += 1;
            }
        }
        match (uncertain, unconfirmed) {
            (true, true) => bench.true_positives += 1,
            (false, false) => bench.true_negatives += 1,
            (false, true) => {
                bench.false_positives += 1;
                bench.wrongly_unconfirmed.push((
                    text.to_string(),
                    catalog.reason(&verdict.kinds, &verdict.words),
                ));
            }
            (true, false) => {
                bench.false_negatives += 1;
                bench.wrongly_confirmed.push(text.to_string());
            }
        }
    }
    bench
}
