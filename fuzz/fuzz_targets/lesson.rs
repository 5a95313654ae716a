//! The lesson loader on arbitrary bytes: it never panics, and nothing it prints carries a
//! control or bidi character.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    if let Err(report) = kltutor::lesson::parse_lesson("fuzz.toml", bytes) {
        let text = report.render(false);
        assert!(!text.chars().any(|c| kltutor::visible::is_hazard(c) && c != '\n'), "{text:?}");
    }
});
