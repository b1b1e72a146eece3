//! `briefing`: check, export and count briefings from the command line.

use std::path::Path;
use std::process::ExitCode;

use briefing::export::{to_claimreview, to_csv, to_json};
use briefing::load::load;
use briefing::parse::Parsed;

const USAGE: &str = "usage:
  briefing check FILE...                              report problems as FILE:LINE:COL: error|warning: message
  briefing export FILE [--format json|csv|claimreview]  write the briefing to stdout (default json)
  briefing stats FILE                                 count claims, sources, outlets, topics, unconfirmed claims
  briefing synth --claims N [--seed S] [--flat]       write a synthetic briefing of N claims";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("briefing: {message}\n\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn run(args: &[String]) -> Result<ExitCode, String> {
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
                    println!("{d}");
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
            let out = match format {
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
            println!("{}", out.trim_end());
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
            println!("claims: {}", b.claims.len());
            println!("sources: {}", b.sources.len());
            println!("outlets: {}", b.outlets.len());
            println!("topics: {}", b.topics.len());
            println!("unconfirmed: {}", b.unconfirmed_count());
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
            print!("{}", briefing::synth::synth(claims, seed, flat));
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
