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

/// Cuts `text` to at most `max` columns by taking out its middle, so names that differ only
/// at the end ("予報A", "予報B") stay told apart: `予…A`.
pub fn truncate_middle(text: &str, max: usize) -> String {
    if width(text) <= max {
        return text.to_string();
    }
    let chars: Vec<char> = text.chars().collect();
    let w = |c: &char| width(c.encode_utf8(&mut [0; 4]));
    let mut tail = Vec::new();
    let mut used = 1; // the ellipsis
    let budget_tail = (max.saturating_sub(1)) / 2;
    for c in chars.iter().rev() {
        if used + w(c) > 1 + budget_tail {
            break;
        }
        tail.push(*c);
        used += w(c);
    }
    tail.reverse();
    let mut head = String::new();
    for c in &chars {
        if used + w(c) > max {
            break;
        }
        head.push(*c);
        used += w(c);
    }
    format!("{head}…{}", tail.into_iter().collect::<String>())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_cut_in_the_middle_stay_apart() {
        assert_eq!(truncate_middle("forecast-alpha", 8), "fore…pha");
        assert_ne!(truncate_middle("予報予報予報A", 6), truncate_middle("予報予報予報B", 6));
        assert!(width(&truncate_middle("予報予報予報A", 6)) <= 6);
        assert_eq!(truncate_middle("short", 10), "short");
    }

    #[test]
    fn truncates_with_an_ellipsis() {
        assert_eq!(truncate("哪个模型更接近", 7), "哪个模…");
        assert_eq!(truncate("short", 10), "short");
    }
}
