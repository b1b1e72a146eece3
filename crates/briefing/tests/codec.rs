//! The bundled form of a briefing reads back exactly, and corrupt bytes are refused, not trusted.

mod common;

use briefing::codec::{decode, encode, DecodeError};
use briefing::parse::parse;
use briefing::synth::synth;
use common::default_briefing;

#[test]
fn briefings_read_back_exactly() {
    let synthetic = parse("s.md", synth(500, 3, false).as_bytes()).briefing;
    for b in [
        default_briefing(),
        synthetic,
        briefing::model::Briefing::default(),
    ] {
        assert_eq!(decode(&encode(&b)), Ok(b));
    }
}

#[test]
fn corrupt_bytes_are_refused() {
    let bytes = encode(&default_briefing());
    for cut in 0..bytes.len() {
        assert_eq!(decode(&bytes[..cut]), Err(DecodeError), "cut at {cut}");
    }
    let mut longer = bytes.clone();
    longer.push(0);
    assert_eq!(decode(&longer), Err(DecodeError));
    assert_eq!(decode(b"XXXX"), Err(DecodeError));
    for at in 4..bytes.len() {
        for value in [0x00, 0x7f, 0x80, 0xff] {
            let mut flipped = bytes.clone();
            flipped[at] = value;
            let _ = decode(&flipped);
        }
    }
}
