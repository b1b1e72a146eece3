//! The `briefing` command as an editor or a script uses it.

use std::path::PathBuf;
use std::process::Command;

fn run(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_briefing"))
        .args(args)
        .output()
        .expect("run briefing");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn fixture(name: &str) -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
        .display()
        .to_string()
}

fn temp_file(name: &str, text: &[u8]) -> String {
    let dir = std::env::temp_dir().join(format!("briefing-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path.display().to_string()
}

#[test]
fn check_is_quiet_and_succeeds_on_a_clean_briefing() {
    assert_eq!(
        run(&["check", &fixture("flattened.md"), &fixture("multiline.md")]),
        (0, String::new(), String::new())
    );
}

#[test]
fn check_prints_every_problem_and_fails_on_errors() {
    let bad = temp_file(
        "bad.md",
        b"# T\n\n- A [javascript:alert(1)]\n- B with no source\n",
    );
    let (code, out, _) = run(&["check", &bad]);
    assert_eq!(code, 1);
    assert_eq!(
        out,
        format!("{bad}:3:6: error: the citation `javascript:alert(1)` uses the `javascript:` scheme; only http and https links can be sources\n{bad}:4:1: warning: this item cites no source, so it is shown as the briefing's own framing, not as a claim\n")
    );
    let warned = temp_file(
        "warned.md",
        b"# T\n\n- B with no source\n- C [https://a.com/c]\n",
    );
    assert_eq!(run(&["check", &warned]).0, 0, "warnings alone do not fail");
    assert_eq!(run(&["check", "/no/such/file.md"]).0, 1);
}

#[test]
fn export_writes_the_documented_json_form() {
    let (code, out, _) = run(&["export", &fixture("flattened.md"), "--format", "json"]);
    assert_eq!(code, 0);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert!(json["title"]
        .as_str()
        .unwrap()
        .starts_with("Venezuela's Diplomatic Shift"));
    let claims = json["claims"].as_array().unwrap();
    assert_eq!(claims.len(), 11);
    for claim in claims {
        for key in ["id", "section", "text", "status", "status_reason"] {
            assert!(claim[key].is_string(), "{key} in {claim}");
        }
        assert!(["confirmed", "unconfirmed"].contains(&claim["status"].as_str().unwrap()));
        assert!(!claim["topics"].as_array().unwrap().is_empty());
        for source in claim["sources"].as_array().unwrap() {
            assert!(source["url"].as_str().unwrap().starts_with("https://"));
            assert!(source["outlet"].is_string());
        }
    }
    let strike = claims
        .iter()
        .find(|c| {
            c["text"]
                .as_str()
                .unwrap()
                .contains("alleged U.S. military strike")
        })
        .unwrap();
    assert_eq!(strike["status"], "unconfirmed");
    assert!(strike["status_reason"]
        .as_str()
        .unwrap()
        .contains("reportedly"));
    let topics = json["topics"].as_array().unwrap();
    let total: u64 = topics.iter().map(|t| t["count"].as_u64().unwrap()).sum();
    assert!(total >= 11);
}

#[test]
fn export_writes_csv_and_claimreview() {
    let (code, csv, _) = run(&["export", &fixture("flattened.md"), "--format", "csv"]);
    assert_eq!(code, 0);
    assert_eq!(csv.lines().count(), 12);
    assert!(csv.starts_with(
        "id,section,group,label,text,topics,status,status_reason,outlets,source_urls,outlet_count"
    ));
    let (code, ld, _) = run(&[
        "export",
        &fixture("flattened.md"),
        "--format",
        "claimreview",
    ]);
    assert_eq!(code, 0);
    let ld: serde_json::Value = serde_json::from_str(&ld).unwrap();
    assert_eq!(ld["@context"], "https://schema.org");
    let reviews = ld["@graph"].as_array().unwrap();
    assert_eq!(reviews.len(), 11);
    assert_eq!(reviews[0]["@type"], "ClaimReview");
    assert_eq!(reviews[0]["reviewRating"]["alternateName"], "Unconfirmed");
    assert!(reviews[0]["itemReviewed"]["appearance"][0]["url"]
        .as_str()
        .unwrap()
        .starts_with("https://apnews.com/"));
}

#[test]
fn export_refuses_a_briefing_with_errors() {
    let bad = temp_file("bad-export.md", b"# T\n\n- A [data:text/html,x]\n");
    let (code, out, err) = run(&["export", &bad]);
    assert_eq!((code, out.as_str()), (1, ""));
    assert!(err.contains(":3:6: error:"), "{err}");
    assert_eq!(
        run(&["export", &fixture("flattened.md"), "--format", "xml"]).0,
        2
    );
}

#[test]
fn stats_count_what_readers_see() {
    let (code, out, _) = run(&["stats", &fixture("flattened.md")]);
    assert_eq!(code, 0);
    assert_eq!(
        out,
        "claims: 11\nsources: 10\noutlets: 9\ntopics: 6\nunconfirmed: 6\n"
    );
}

#[test]
fn editor_files_beside_the_briefing_are_applied() {
    let b = temp_file(
        "edited.md",
        b"# T\n\n- Troops allegedly crossed [https://a.com/x]\n",
    );
    temp_file("edited.edits.toml", b"[[claim]]\ntext = \"troops\"\nstatus = \"confirmed\"\nreason = \"Seen by our reporter.\"\n");
    let (code, out, _) = run(&["export", &b]);
    assert_eq!(code, 0);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(json["claims"][0]["status"], "confirmed");
    assert_eq!(json["claims"][0]["status_origin"], "editorial");
    assert_eq!(json["claims"][0]["status_reason"], "Seen by our reporter.");
}

#[test]
fn synth_writes_briefings_that_check_clean() {
    let (code, text, _) = run(&["synth", "--claims", "250", "--flat"]);
    assert_eq!(code, 0);
    assert_eq!(text.lines().count(), 1);
    let path = temp_file("synth.md", text.as_bytes());
    let (_, stats, _) = run(&["stats", &path]);
    assert!(stats.starts_with("claims: 250\n"), "{stats}");
}

#[test]
fn bench_status_measures_the_rules_on_labelled_sentences() {
    let (code, out, err) = run(&["bench-status", &fixture("news-status.tsv")]);
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("sentences: 64  uncertain: 32\n"), "{out}");
    assert!(out.contains("precision ") && out.contains("recall ") && out.contains("F1 "));
    assert!(out.contains("true positives ") && out.contains("false negatives "));
    let wrong = temp_file(
        "bench.tsv",
        "1\tThe ship sank.\n0\tThe ship may sink.\n2\tnot a label\n".as_bytes(),
    );
    let (code, out, err) = run(&["bench-status", &wrong, "--errors", "5", "--cues"]);
    assert_eq!(code, 0);
    assert!(out.contains("precision 0.000  recall 0.000"), "{out}");
    assert!(
        out.contains("  The ship may sink.\n    -> Unconfirmed: a hedge (\u{201C}may\u{201D}).\n"),
        "{out}"
    );
    assert!(
        out.contains("uncertain, judged confirmed (false negatives):\n  The ship sank.\n"),
        "{out}"
    );
    assert!(out.contains("      0     1  may"), "{out}");
    assert!(
        err.contains("bench.tsv:3:1: warning: not a LABEL<TAB>SENTENCE line"),
        "{err}"
    );
    assert_eq!(run(&["bench-status", &wrong, "--errors", "many"]).0, 2);
}
