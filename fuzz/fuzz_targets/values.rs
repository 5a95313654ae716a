//! compute's value parser on arbitrary bytes: it never panics, whatever it is given.
#![no_main]

use kltutor::info::values::{SumRule, Values};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    for rule in [SumRule::Exact, SumRule::Normalize, SumRule::Rounded] {
        let mut values = Values::new(rule);
        for piece in bytes.split(|b| matches!(b, b',' | b' ' | b'\n')) {
            if values.push_bytes(piece).is_err() {
                break;
            }
        }
        let _ = values.finish();
    }
});
