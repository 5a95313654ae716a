//! Wrapping prose for the terminal.
//!
//! Text is wrapped here, by display width, and drawn as separate lines: ratatui's own
//! `Paragraph::wrap` can panic on double-width characters at some widths (ratatui issue
//! #2679), and lessons are written in Chinese too.

/// Wraps `text` to `width` columns by the Unicode line-breaking rules (see `linebreak`).
pub use crate::i18n::linebreak::wrap;

/// Columns a string takes in a terminal.
pub fn width(text: &str) -> usize {
    textwrap::core::display_width(text)
}

/// Cuts `text` to at most `max` columns, ending with … when anything was cut.
pub fn truncate(text: &str, max: usize) -> String {
    if width(text) <= max {
        return text.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = width(c.encode_utf8(&mut [0; 4]));
        if used + w + 1 > max {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truncates_with_an_ellipsis() {
        assert_eq!(truncate("哪个模型更接近", 7), "哪个模…");
        assert_eq!(truncate("short", 10), "short");
    }
}
