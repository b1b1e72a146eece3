//! Any bytes as a bundled briefing: decoding refuses garbage without panicking, and whatever it
//! accepts encodes back to a briefing that decodes the same.
#![no_main]

use briefing::codec::{decode, encode};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(b) = decode(data) {
        assert_eq!(decode(&encode(&b)).as_ref(), Ok(&b));
    }
});
