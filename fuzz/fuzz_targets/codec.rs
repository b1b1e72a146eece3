//! Any text as a page's briefing: decoding refuses garbage without panicking, and whatever it
//! accepts encodes back to a briefing that decodes the same.
#![no_main]

use briefing::codec::{decode, encode};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Ok(decoded) = decode(text) {
        let again = decode(&encode(&decoded.briefing)).map(|d| d.briefing);
        assert_eq!(again.as_ref(), Ok(&decoded.briefing));
    }
});
