//! `briefing`: check, export and count briefings from the command line.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use briefing::export::{to_claimreview, to_csv, to_json};
use briefing::load::load;
use briefing::parse::Parsed;

const USAGE: &str = "usage:
  briefing check FILE...                              report problems as FILE:LINE:COL: error|warning: message
  briefing export FILE [--format json|csv|claimreview]  write the briefing to stdout (default json)
  briefing stats FILE                                 count claims, sources, outlets, topics, unconfirmed claims
  briefing synth --claims N [--seed S] [--flat]       write a synthetic briefing of N claims
  briefing bench-status FILE.tsv [--errors N] [--cues] [--lang CODE]
                                                      measure the status rules on LABEL<TAB>SENTENCE lines
                                                      (1 = uncertain); --errors N shows N misjudged of each kind,
                                                      --cues how often each deciding word was right; the rules of
                                                      the sentences' language, or of --lang";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut out = String::new();
    let code = match run(&args, &mut out) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("briefing: {message}\n\n{USAGE}");
            ExitCode::from(2)
        }
    };
    // Written at once, and a reader that stops early (`| head`) is not an error.
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(out.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            eprintln!("briefing: cannot write the output: {e}");
            ExitCode::FAILURE
        }
        _ => code,
    }
}

/// Appends a line to the output.
macro_rules! say {
    ($out:expr, $($arg:tt)*) => {{
        $out.push_str(&format!($($arg)*));
        $out.push('\n');
    }};
}

fn run(args: &[String], out: &mut String) -> Result<ExitCode, String> {
    let (command, rest) = args.split_first().ok_or("no command given")?;
    match command.as_str() {
        "check" => {
            if rest.is_empty() {
                return Err("check needs at least one FILE".into());
            }
            let mut failed = false;
            for file in rest {
                let loaded = load(Path::new(file));
                for d in &loaded.diagnostics {
                    say!(out, "{d}");
                }
                failed |= loaded.has_errors();
            }
            Ok(if failed {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            })
        }
        "export" => {
            let (file, options) = rest.split_first().ok_or("export needs a FILE")?;
            let format = match options {
                [] => "json",
                [flag, value] if flag == "--format" => value.as_str(),
                _ => return Err(format!("unexpected arguments: {}", options.join(" "))),
            };
            let loaded = checked(file)?;
            let Some(loaded) = loaded else {
                return Ok(ExitCode::FAILURE);
            };
            let b = &loaded.briefing;
            let text = match format {
                "json" => serde_json::to_string_pretty(&to_json(b)).map_err(|e| e.to_string())?,
                "csv" => to_csv(b),
                "claimreview" => {
                    serde_json::to_string_pretty(&to_claimreview(b)).map_err(|e| e.to_string())?
                }
                other => {
                    return Err(format!(
                        "unknown format `{other}`; use json, csv or claimreview"
                    ))
                }
            };
            say!(out, "{}", text.trim_end());
            Ok(ExitCode::SUCCESS)
        }
        "stats" => {
            let [file] = rest else {
                return Err("stats needs exactly one FILE".into());
            };
            let Some(loaded) = checked(file)? else {
                return Ok(ExitCode::FAILURE);
            };
            let b = &loaded.briefing;
            say!(out, "claims: {}", b.claims.len());
            say!(out, "sources: {}", b.sources.len());
            say!(out, "outlets: {}", b.outlets.len());
            say!(out, "topics: {}", b.topics.len());
            say!(out, "unconfirmed: {}", b.unconfirmed_count());
            Ok(ExitCode::SUCCESS)
        }
        "synth" => {
            let mut claims = None;
            let mut seed = 1;
            let mut flat = false;
            let mut it = rest.iter();
            while let Some(arg) = it.next() {
                match arg.as_str() {
                    "--claims" => claims = it.next().and_then(|n| n.parse::<usize>().ok()),
                    "--seed" => {
                        seed = it
                            .next()
                            .and_then(|n| n.parse().ok())
                            .ok_or("--seed needs a number")?
                    }
                    "--flat" => flat = true,
                    other => return Err(format!("unexpected argument `{other}`")),
                }
            }
            let claims = claims.ok_or("synth needs --claims N")?;
            out.push_str(&briefing::synth::synth(claims, seed, flat));
            Ok(ExitCode::SUCCESS)
        }
        "bench-status" => {
            let (file, options) = rest.split_first().ok_or("bench-status needs a FILE.tsv")?;
            let (mut errors, mut cues, mut lang) = (0, false, None);
            let mut it = options.iter();
            while let Some(option) = it.next() {
                match option.as_str() {
                    "--errors" => {
                        let n = it.next().ok_or("--errors needs a number")?;
                        errors = n
                            .parse::<usize>()
                            .map_err(|_| format!("--errors needs a number, not `{n}`"))?;
                    }
                    "--cues" => cues = true,
                    "--lang" => {
                        lang = Some(it.next().ok_or("--lang needs a language code")?.clone())
                    }
                    other => return Err(format!("unexpected argument `{other}`")),
                }
            }
            let text = std::fs::read_to_string(file).map_err(|e| format!("{file}: {e}"))?;
            let code = lang.unwrap_or_else(|| briefing::lang::detect(&text).to_string());
            let language = briefing::lang::language(&code)
                .ok_or_else(|| format!("no status rules for the language `{code}`"))?;
            let bench = briefing::bench::bench_status(&text, language);
            for line in &bench.unreadable {
                eprintln!("{file}:{line}:1: warning: not a LABEL<TAB>SENTENCE line (LABEL is 0 or 1); skipped");
            }
            say!(
                out,
                "sentences: {}  uncertain: {}",
                bench.true_positives
                    + bench.false_positives
                    + bench.true_negatives
                    + bench.false_negatives,
                bench.true_positives + bench.false_negatives
            );
            say!(
                out,
                "precision {:.3}  recall {:.3}  F1 {:.3}   (of \"unconfirmed\")",
                bench.precision(),
                bench.recall(),
                bench.f1()
            );
            say!(
                out,
                "true positives {}  false positives {}  true negatives {}  false negatives {}",
                bench.true_positives,
                bench.false_positives,
                bench.true_negatives,
                bench.false_negatives
            );
            if cues {
                let mut rows: Vec<(&String, &(usize, usize))> = bench.by_cue.iter().collect();
                rows.sort_by_key(|(_, (right, wrong))| std::cmp::Reverse(right + wrong));
                say!(out, "\ndeciding words: uncertain (right) / certain (wrong)");
                for (word, (right, wrong)) in rows {
                    say!(out, "  {right:5} {wrong:5}  {word}");
                }
            }
            if errors > 0 {
                say!(out, "\ncertain, judged unconfirmed (false positives):");
                for (text, reason) in bench.wrongly_unconfirmed.iter().take(errors) {
                    say!(out, "  {text}\n    -> {reason}");
                }
                say!(out, "\nuncertain, judged confirmed (false negatives):");
                for text in bench.wrongly_confirmed.iter().take(errors) {
                    say!(out, "  {text}");
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        other => Err(format!("unknown command `{other}`")),
    }
}

/// Loads a file, printing its problems to stderr; `None` when it has errors.
fn checked(file: &str) -> Result<Option<Parsed>, String> {
    let loaded = load(Path::new(file));
    for d in &loaded.diagnostics {
        eprintln!("{d}");
    }
    Ok((!loaded.has_errors()).then_some(loaded))
}
