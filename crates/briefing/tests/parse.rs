//! The parser, seen from outside: what a briefing becomes, in both input forms, and every
//! problem it reports. Each case is an input and the outline or messages a reader would expect.

use std::time::{Duration, Instant};

use briefing::model::Briefing;
use briefing::parse::parse;
use briefing::synth::synth;

/// A plain-text outline of a parsed briefing: the structure a reader sees, without positions.
fn outline(b: &Briefing) -> String {
    let mut out = format!("title: {}\n", b.title);
    if !b.summary.is_empty() {
        out += &format!("summary: {}\n", b.summary);
    }
    for (s, section) in b.sections.iter().enumerate() {
        out += &format!("section: {}\n", section.title);
        let mut group = None;
        for claim in b.claims.iter().filter(|c| c.section == s) {
            if claim.group != group {
                group = claim.group.clone();
                out += &format!("  group: {}\n", group.as_deref().unwrap_or("-"));
            }
            let label = claim
                .label
                .as_deref()
                .map(|l| format!("[{l}] "))
                .unwrap_or_default();
            let urls: Vec<&str> = b.claim_sources(claim).map(|s| s.url.as_str()).collect();
            out += &format!("  claim: {label}{} <{}>\n", claim.text, urls.join(" "));
        }
        for framing in &section.framing {
            out += &format!("  framing: {framing}\n");
        }
    }
    out
}

fn parse_str(text: &str) -> (Briefing, Vec<String>) {
    let parsed = parse("b.md", text.as_bytes());
    (
        parsed.briefing,
        parsed.diagnostics.iter().map(ToString::to_string).collect(),
    )
}

fn check(input: &str, expected: &str) {
    let (briefing, messages) = parse_str(input);
    assert_eq!(
        outline(&briefing),
        expected,
        "input: {input}\nmessages: {messages:?}"
    );
}

/// What a pipeline that loses line breaks would make of a multi-line briefing.
fn flatten(multiline: &str) -> String {
    multiline
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

const SMALL: &[&str] = &[
    "# A Short Briefing\n\nThe lede frames it.\n\n## First Part\n\n- A plain claim [https://a.com/1].\n- **Label**: A labelled claim [https://b.org/2].\n",
    "### Talks Resume Amid Tensions\n\nIn a new round, envoys met.\n\n### Key Points\n\n1. **Security**\n   - Troops moved north [https://a.com/x].\n   - Boats were seized [https://a.com/y] [https://c.net/z].\n2. **Economy**\n   - Prices rose [https://d.com/p].\n\n### Conclusion\n\n**The thesis of the briefing is stated here** and it goes on.\n\n1. **Outlook**: Talks may continue [https://e.com/q].\n",
    "## Title Only Heading\n\nFirst claim in prose [https://a.com/1]. Second claim [https://b.com/2]. A closing remark.\n",
];

#[test]
fn the_default_briefing_reads_the_same_in_both_forms() {
    let flat = include_str!("fixtures/flattened.md");
    let multi = include_str!("fixtures/multiline.md");
    let (a, a_messages) = parse_str(flat);
    let (b, b_messages) = parse_str(multi);
    assert_eq!(a_messages, Vec::<String>::new());
    assert_eq!(b_messages, Vec::<String>::new());
    assert_eq!(outline(&a), outline(&b));
    let ids = |b: &Briefing| b.claims.iter().map(|c| c.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(&a), ids(&b));
    assert_eq!(a.claims.len(), 11);
    assert_eq!(a.sources.len(), 10, "a URL cited twice is one source");
    assert_eq!(
        a.outlets.len(),
        9,
        "an outlet cited through two URLs is one outlet"
    );
}

#[test]
fn the_default_briefing_has_the_expected_outline() {
    let (b, _) = parse_str(include_str!("fixtures/flattened.md"));
    let outline = outline(&b);
    for line in [
        "title: Venezuela's Diplomatic Shift: Maduro Opens Dialogue with the U.S. Amid Military Tensions\n",
        "summary: In a surprising turn of events, Venezuelan President Nicolás Maduro has expressed",
        "section: Structure of the Response\n  group: Context of the Announcement\n  claim: Maduro's openness to dialogue",
        "which have not been officially confirmed by the Venezuelan government. <https://apnews.com/article/",
        "  group: Key Issues for Discussion\n  claim: [Drug Trafficking] Maduro indicated a readiness",
        "section: Supporting Evidence and Data\n  claim: [Military Actions] The U.S. military has conducted",
        "section: Conclusion: A Potential Path Forward\n  claim: [Diplomatic Engagement] Maduro's outreach",
        "  framing: Maduro's willingness to engage in dialogue with the U.S. represents a significant diplomatic shift that could lead",
    ] {
        assert!(outline.contains(line), "missing {line:?} in\n{outline}");
    }
}

#[test]
fn multi_line_briefings_and_their_flattened_form_agree() {
    for multi in SMALL {
        let (a, _) = parse_str(multi);
        let (b, messages) = parse_str(&flatten(multi));
        assert_eq!(
            outline(&a),
            outline(&b),
            "flattened: {}\nmessages: {messages:?}",
            flatten(multi)
        );
    }
    for seed in 1..4 {
        let (a, _) = parse_str(&synth(120, seed, false));
        let (b, _) = parse_str(&synth(120, seed, true));
        assert_eq!(a.claims.len(), 120);
        assert_eq!(outline(&a), outline(&b));
    }
}

#[test]
fn structure_is_recovered() {
    check(
        SMALL[1],
        "title: Talks Resume Amid Tensions\nsummary: In a new round, envoys met.\n\
         section: Key Points\n  group: Security\n  claim: Troops moved north. <https://a.com/x>\n  claim: Boats were seized. <https://a.com/y https://c.net/z>\n  group: Economy\n  claim: Prices rose. <https://d.com/p>\n\
         section: Conclusion\n  claim: [Outlook] Talks may continue. <https://e.com/q>\n  framing: The thesis of the briefing is stated here and it goes on.\n",
    );
    check(
        SMALL[2],
        "title: Title Only Heading\nsection: \n  claim: First claim in prose. <https://a.com/1>\n  claim: Second claim. <https://b.com/2>\n  framing: A closing remark.\n",
    );
    check(
        "# T\n\n## S\n\n- See [the report](https://a.com/r) and <https://b.com/s>\n",
        "title: T\nsection: S\n  claim: See the report and https://b.com/s <https://a.com/r https://b.com/s>\n",
    );
}

#[test]
fn hostile_text_stays_text() {
    let (b, _) = parse_str(
        "# T <img src=x onerror=alert(1)>\n\n## S\n\n- Claim <script>alert(1)</script> \u{202E}evil **x** [https://a.com]\n- <b onclick=x>raw</b> [https://b.com]\n",
    );
    assert_eq!(b.title, "T <img src=x onerror=alert(1)>");
    assert_eq!(
        b.claims[0].text,
        "Claim <script>alert(1)</script> \u{202E}evil x"
    );
    assert_eq!(b.claims[1].text, "<b onclick=x>raw</b>");
}

#[test]
fn every_problem_is_reported_with_its_position() {
    for (input, expected) in [
        ("", &["b.md:1:1: error: the briefing is empty"][..]),
        ("  \n\n ", &["b.md:1:1: error: the briefing is empty"]),
        ("Just a claim [https://a.com/x].\n", &["b.md:1:1: error: the briefing has no title; start it with a heading such as `# Title`"]),
        (
            "# T\n\n- Bad link [javascript:alert(1)].\n- Worse [JaVaScRiPt:alert(2)] and [data:text/html,x]\n",
            &[
                "b.md:3:13: error: the citation `javascript:alert(1)` uses the `javascript:` scheme; only http and https links can be sources",
                "b.md:4:10: error: the citation `JaVaScRiPt:alert(2)` uses the `javascript:` scheme; only http and https links can be sources",
                "b.md:4:36: error: the citation `data:text/html,x` uses the `data:` scheme; only http and https links can be sources",
            ],
        ),
        ("# T\n\n- Link [x](javascript:alert(1)) here\n", &["b.md:3:8: error: the citation `javascript:alert(1)` uses the `javascript:` scheme; only http and https links can be sources"]),
        ("# T\n\n- Claim [https:/a.com/x].\n", &["b.md:3:10: error: malformed URL `https:/a.com/x`: expected `//` after the scheme"]),
        ("# T\n\n- Claim [https://exa mple.com].\n", &[
            "b.md:3:10: error: malformed URL `https://exa`: the host has no domain name",
            "b.md:3:22: error: `mple.com` is not a URL; a citation needs an http or https address",
        ]),
        ("# T\n\n- A claim with no source.\n", &["b.md:3:1: warning: this item cites no source, so it is shown as the briefing's own framing, not as a claim"]),
        ("# T\n\n- Same claim [https://a.com/1].\n- Same  CLAIM [https://b.com/2].\n", &["b.md:4:1: warning: this claim repeats the claim on line 3; their sources are merged"]),
        (
            "### T In a flat file, the lede. - First [https://a.com/1]. - Second [ftp://a.com/2].",
            &["b.md:1:70: error: the citation `ftp://a.com/2` uses the `ftp:` scheme; only http and https links can be sources"],
        ),
    ] {
        let (_, messages) = parse_str(input);
        assert_eq!(messages, expected, "input: {input:?}");
    }
}

#[test]
fn bytes_that_are_not_utf8_are_an_error_and_the_rest_is_still_read() {
    let parsed = parse(
        "b.md",
        b"# T\n\n- caf\xff claim [https://a.com/1]\n- Other [javascript:x]\n",
    );
    let messages: Vec<String> = parsed.diagnostics.iter().map(ToString::to_string).collect();
    assert_eq!(
        messages,
        [
            "b.md:3:6: error: the file is not UTF-8 text (byte 0xff cannot be read); save it as UTF-8",
            "b.md:4:10: error: the citation `javascript:x` uses the `javascript:` scheme; only http and https links can be sources",
        ]
    );
    assert_eq!(parsed.briefing.claims.len(), 1);
}

#[test]
fn ids_depend_on_the_text_only() {
    let (a, _) = parse_str(
        "# T\n\n## One\n\n- Alpha claim [https://a.com/1].\n- Beta claim [https://a.com/2].\n",
    );
    let (b, _) = parse_str("# Other title\n\n## Two\n\n- **Label**: Beta  claim [https://z.com/9].\n\n## Three\n\n- ALPHA claim [https://a.com/1].\n");
    assert_eq!(a.claims[0].id, b.claims[1].id);
    assert_eq!(a.claims[1].id, b.claims[0].id);
    assert_ne!(a.claims[0].id, a.claims[1].id);
    // Pinned: a change here breaks every shared link to a claim.
    assert_eq!(a.claims[0].id, "c-s9w13xj37q");
    let (default, _) = parse_str(include_str!("fixtures/flattened.md"));
    assert_eq!(default.claims[0].id, "c-3tr04dem4v");
}

/// Parses `text` a few times and keeps the fastest run, so a busy machine does not fail the test.
fn fastest_parse(text: &str) -> Duration {
    (0..3)
        .map(|_| {
            let start = Instant::now();
            let parsed = parse("big.md", text.as_bytes());
            assert!(!parsed.has_errors());
            start.elapsed()
        })
        .min()
        .unwrap()
}

#[test]
fn parsing_time_grows_linearly() {
    for flattened in [false, true] {
        let per_claim = synth(1000, 7, flattened).len() / 1000;
        let claims = (1 << 20) / per_claim + 1;
        let (one, two) = (synth(claims, 7, flattened), synth(claims * 2, 7, flattened));
        let (t1, t2) = (fastest_parse(&one), fastest_parse(&two));
        let ratio = t2.as_secs_f64() / t1.as_secs_f64();
        // Linear is 2; quadratic would be 4. comrak's check uses the same kind of margin.
        assert!(
            ratio < 3.2,
            "flattened={flattened}: {} bytes took {t1:?}, {} bytes took {t2:?} (x{ratio:.2})",
            one.len(),
            two.len()
        );
    }
}
