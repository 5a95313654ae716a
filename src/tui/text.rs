//! Wrapping prose for the terminal.
//!
//! Text is wrapped here, by display width, and drawn as separate lines: ratatui's own
//! `Paragraph::wrap` can panic on double-width characters at some widths (ratatui issue
//! #2679), and lessons are written in Chinese too.

/// Wraps `text` to `width` columns; CJK characters count as two, and a run without spaces is
/// broken where it must be.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    if width == 0 {
        return Vec::new();
    }
    let options = textwrap::Options::new(width).break_words(true);
    textwrap::wrap(text, options).into_iter().map(|line| line.into_owned()).collect()
}

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
    fn wraps_cjk_by_display_width() {
        let lines = wrap("真实的概率分布 A：正面和反面各占 1/2。", 10);
        assert!(lines.iter().all(|l| width(l) <= 10), "{lines:?}");
        assert_eq!(lines.concat().replace(' ', ""), "真实的概率分布A：正面和反面各占1/2。");
    }

    #[test]
    fn truncates_with_an_ellipsis() {
        assert_eq!(truncate("哪个模型更接近", 7), "哪个模…");
        assert_eq!(truncate("short", 10), "short");
    }
}
