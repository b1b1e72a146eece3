//! The form a page carries its briefing in reads back exactly, with a version that follows the
//! content, and damaged text is refused, not trusted.

mod common;

use briefing::codec::{decode, encode, DecodeError};
use briefing::parse::parse;
use briefing::synth::synth;
use common::{briefing, default_briefing};

#[test]
fn briefings_read_back_exactly() {
    let synthetic = parse("s.md", synth(500, 3, false).as_bytes()).briefing;
    let awkward = briefing(
        "# 100% <b>|+</b>\r\n\n## Part\n\n- **A|B**: x+y < z % [https://a.com/?q=1%7C2+3].\n",
    );
    for b in [
        default_briefing(),
        synthetic,
        awkward,
        briefing::model::Briefing::default(),
    ] {
        assert_eq!(decode(&encode(&b)).map(|d| d.briefing), Ok(b));
    }
}

#[test]
fn the_text_is_safe_inside_a_page() {
    let text = encode(&briefing(
        "# </script><!-- \r\n\n## P\n\n- a</SCRIPT> [https://a.com/x].\n",
    ));
    assert!(!text.contains('<') && !text.contains('\r'), "{text}");
}

#[test]
fn the_version_follows_the_content() {
    let one = decode(&encode(&default_briefing())).unwrap().version;
    let mut changed = default_briefing();
    changed.claims[0].text.push('!');
    let two = decode(&encode(&changed)).unwrap().version;
    assert_eq!(one.len(), 7);
    assert_ne!(one, two);
    assert_eq!(decode(&encode(&default_briefing())).unwrap().version, one);
}

#[test]
fn damaged_text_is_refused() {
    let text = encode(&default_briefing());
    for cut in 0..text.len() {
        if text.is_char_boundary(cut) {
            assert_eq!(decode(&text[..cut]), Err(DecodeError), "cut at {cut}");
        }
    }
    assert_eq!(decode(&format!("{text}x|")), Err(DecodeError));
    assert_eq!(decode("XXXX|"), Err(DecodeError));
    assert_eq!(decode("BRF2|v|t|s||99999999999|"), Err(DecodeError));
    let fields: Vec<&str> = text.split('|').collect();
    for at in 1..fields.len() {
        for value in ["", "-1", "x", "%", "4294967296"] {
            let mut changed = fields.clone();
            changed[at] = value;
            let _ = decode(&changed.join("|"));
        }
    }
}

/// What a version changed travels with it, and does not change its version: the version names
/// the content, so republishing the same content keeps the same id.
#[test]
fn history_reads_back_and_leaves_the_version_alone() {
    use briefing::model::{Correction, Date};
    let v1 = default_briefing();
    let mut v2 = default_briefing();
    v2.claims.remove(3);
    v2.claims[0].text = "Maduro's openness to talks follows U.S. strikes on boats.".into();
    v2.claims[1].correction = Some(Correction {
        text: "An earlier version misnamed the outlet.".into(),
        date: None,
    });
    let plain = decode(&encode(&v2)).unwrap().version;
    let today = Date::parse_iso("2026-01-03");
    briefing::versions::record_changes(&v1, "abc1234", &mut v2, today);
    assert!(!v2.change_counts().is_empty());
    let read = decode(&encode(&v2)).unwrap();
    assert_eq!(read.briefing, v2);
    assert_eq!(read.version, plain);
}
