//! What a stranger wrote, made safe to print: one function for everything that reaches a
//! terminal, a handout or a log.
//!
//! Lesson files, file names and typed input are untrusted. A control character in them could
//! move the cursor, retitle the window, write the clipboard (OSC 52) or reorder text (bidi
//! overrides, "Trojan Source"), so every such character is shown as its escape (`\u{1b}`)
//! instead of being interpreted. Printing goes through here whatever the origin, so no path
//! to the screen needs its own care.

use std::borrow::Cow;

/// Whether `c` would act on a terminal or on the display order of text rather than show.
pub fn is_hazard(c: char) -> bool {
    c.is_control() // C0, DEL and C1
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{061c}')
}

/// `s` with every hazardous character, newlines and tabs included, shown as its escape:
/// for names, paths and values that must stay on one line.
pub fn visible(s: &str) -> Cow<'_, str> {
    escape(s, |_| false)
}

/// `s` with every hazardous character but the newline shown as its escape: for prose that
/// is laid out over several lines.
pub fn visible_text(s: &str) -> Cow<'_, str> {
    escape(s, |c| c == '\n')
}

fn escape(s: &str, keep: impl Fn(char) -> bool) -> Cow<'_, str> {
    if !s.chars().any(|c| is_hazard(c) && !keep(c)) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if is_hazard(c) && !keep(c) {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_is_borrowed_unchanged() {
        assert!(matches!(visible("D(A‖B) = 0.2075 比特"), Cow::Borrowed(_)));
    }

    #[test]
    fn controls_and_bidi_become_escapes() {
        assert_eq!(visible("a\u{1b}]0;pwned\u{7}b"), "a\\u{1b}]0;pwned\\u{7}b");
        assert_eq!(visible("x\u{202e}y\u{2066}z\u{9b}"), "x\\u{202e}y\\u{2066}z\\u{9b}");
        assert_eq!(visible("a\r\nb\t"), "a\\u{d}\\u{a}b\\u{9}");
        assert_eq!(visible_text("a\r\nb"), "a\\u{d}\nb");
        assert!(!visible("\u{7f}\u{85}").chars().any(is_hazard));
    }
}
