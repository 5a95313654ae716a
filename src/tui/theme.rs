//! Every colour and emphasis in one place, so NO_COLOR is one switch.
//!
//! Without colour, meaning is carried by symbols and position: the selection is reversed and
//! marked with ▶, the distributions are named on every bar, negative terms extend left.

use ratatui::style::{Color, Modifier, Style};

/// The styles of the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub title: Style,
    pub border: Style,
    pub focus_border: Style,
    pub text: Style,
    pub dim: Style,
    pub key: Style,
    pub selected: Style,
    pub highlight: Style,
    pub positive: Style,
    pub negative: Style,
    pub error: Style,
    pub good: Style,
    /// The truth's bars, then each model's in turn.
    pub series: [Style; 4],
}

impl Theme {
    /// Colour unless NO_COLOR is set to anything non-empty.
    pub fn from_env() -> Theme {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        Theme::new(!no_color)
    }

    pub fn new(color: bool) -> Theme {
        if !color {
            let plain = Style::new();
            return Theme {
                title: plain.add_modifier(Modifier::BOLD),
                border: plain,
                focus_border: plain.add_modifier(Modifier::BOLD),
                text: plain,
                dim: plain,
                key: plain.add_modifier(Modifier::BOLD),
                selected: plain.add_modifier(Modifier::REVERSED),
                highlight: plain.add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
                positive: plain,
                negative: plain,
                error: plain.add_modifier(Modifier::BOLD),
                good: plain.add_modifier(Modifier::BOLD),
                series: [plain; 4],
            };
        }
        Theme {
            title: Style::new().bold().cyan(),
            border: Style::new().dark_gray(),
            focus_border: Style::new().cyan(),
            text: Style::new(),
            dim: Style::new().dark_gray(),
            key: Style::new().bold().yellow(),
            selected: Style::new().add_modifier(Modifier::REVERSED),
            highlight: Style::new().bold().yellow(),
            positive: Style::new().green(),
            negative: Style::new().red(),
            error: Style::new().bold().red(),
            good: Style::new().bold().green(),
            series: [
                Style::new().fg(Color::Cyan),
                Style::new().fg(Color::Magenta),
                Style::new().fg(Color::Yellow),
                Style::new().fg(Color::Blue),
            ],
        }
    }

    /// The style of distribution `k` (0 is the truth).
    pub fn series(&self, k: usize) -> Style {
        if k == 0 { self.series[0] } else { self.series[1 + (k - 1) % (self.series.len() - 1)] }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn without_colour_no_style_sets_a_colour() {
        let t = Theme::new(false);
        let styles = [
            t.title,
            t.border,
            t.focus_border,
            t.text,
            t.dim,
            t.key,
            t.selected,
            t.highlight,
            t.positive,
            t.negative,
            t.error,
            t.good,
        ];
        for style in styles.iter().chain(&t.series) {
            assert_eq!((style.fg, style.bg), (None, None), "{style:?}");
        }
        assert_ne!(t.selected, t.text, "the selection still shows, by reversal");
    }
}
