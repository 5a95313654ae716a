//! Every colour and emphasis in one place, so NO_COLOR is one switch.
//!
//! Without colour, meaning is carried by symbols and position: the selection is reversed and
//! marked with ▶, the distributions are named on every bar, negative terms extend left.
//! With colour, the palette is only as rich as the terminal says it can show: 24-bit colour
//! only where COLORTERM says so, 256 colours only for a `*256color` TERM, else the 16 basic
//! colours every terminal (the Linux console included) has.

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

/// How many colours the terminal can show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Depth {
    None,
    Basic,
    Indexed,
    True,
}

impl Depth {
    /// What the environment says: NO_COLOR (set and not empty) turns colour off; COLORTERM
    /// `truecolor` or `24bit` allows 24-bit colour; a TERM ending in `256color`, 256 colours;
    /// anything else, the 16 basic colours.
    pub fn from_vars(no_color: Option<&str>, colorterm: Option<&str>, term: Option<&str>) -> Depth {
        if no_color.is_some_and(|v| !v.is_empty()) {
            Depth::None
        } else if colorterm.is_some_and(|c| matches!(c, "truecolor" | "24bit")) {
            Depth::True
        } else if term.is_some_and(|t| t.ends_with("256color")) {
            Depth::Indexed
        } else {
            Depth::Basic
        }
    }

    pub fn from_env() -> Depth {
        let var = |name| std::env::var(name).ok();
        Depth::from_vars(
            var("NO_COLOR").as_deref(),
            var("COLORTERM").as_deref(),
            var("TERM").as_deref(),
        )
    }
}

impl Theme {
    /// As much colour as the terminal can show, none under NO_COLOR.
    pub fn from_env() -> Theme {
        Theme::with_depth(Depth::from_env())
    }

    /// The 16-colour theme, or none.
    pub fn new(color: bool) -> Theme {
        Theme::with_depth(if color { Depth::Basic } else { Depth::None })
    }

    pub fn with_depth(depth: Depth) -> Theme {
        if depth == Depth::None {
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
        let basic = Theme {
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
        };
        // Richer terminals get softer greys and series colours that stay apart on dark and
        // light backgrounds; the roles stay the same.
        let (grey, series) = match depth {
            Depth::True => (
                Color::Rgb(128, 128, 128),
                [
                    Color::Rgb(86, 182, 194),
                    Color::Rgb(198, 120, 221),
                    Color::Rgb(229, 192, 123),
                    Color::Rgb(97, 175, 239),
                ],
            ),
            Depth::Indexed => (
                Color::Indexed(244),
                [Color::Indexed(37), Color::Indexed(170), Color::Indexed(179), Color::Indexed(75)],
            ),
            Depth::Basic | Depth::None => return basic,
        };
        Theme {
            border: Style::new().fg(grey),
            dim: Style::new().fg(grey),
            series: series.map(|c| Style::new().fg(c)),
            ..basic
        }
    }

    /// The style of distribution `k` (0 is the truth).
    pub fn series(&self, k: usize) -> Style {
        if k == 0 { self.series[0] } else { self.series[1 + (k - 1) % (self.series.len() - 1)] }
    }

    /// An item of a list or table: reversed when it is the one selected.
    pub fn item(&self, selected: bool) -> Style {
        if selected { self.selected } else { self.text }
    }

    /// Text of the selected outcome, model or distribution, which stands out; `otherwise`
    /// where it is not selected.
    pub fn highlight_if(&self, selected: bool, otherwise: Style) -> Style {
        if selected { self.highlight } else { otherwise }
    }

    /// The mark before the selected item of a list, or a space as wide.
    pub fn marker(&self, selected: bool) -> &'static str {
        if selected { "▶" } else { " " }
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

    #[test]
    fn the_selected_item_stands_out_with_and_without_colour() {
        for t in [Theme::new(false), Theme::new(true)] {
            assert_eq!((t.item(true), t.item(false)), (t.selected, t.text));
            assert_eq!(t.highlight_if(true, t.series(1)), t.highlight);
            assert_eq!(t.highlight_if(false, t.series(1)), t.series(1));
            let (on, off) = (t.marker(true), t.marker(false));
            assert!(on != off && on.chars().count() == off.chars().count());
        }
    }

    fn colours(t: &Theme) -> Vec<Color> {
        let styles = [t.title, t.border, t.dim, t.key, t.highlight, t.error, t.good];
        styles.iter().chain(&t.series).filter_map(|s| s.fg).collect()
    }

    #[test]
    fn the_palette_follows_what_the_terminal_can_show() {
        assert_eq!(
            Depth::from_vars(Some("1"), Some("truecolor"), Some("xterm-256color")),
            Depth::None
        );
        assert_eq!(Depth::from_vars(Some(""), Some("truecolor"), None), Depth::True);
        assert_eq!(Depth::from_vars(None, Some("24bit"), Some("linux")), Depth::True);
        assert_eq!(Depth::from_vars(None, None, Some("xterm-256color")), Depth::Indexed);
        assert_eq!(Depth::from_vars(None, None, Some("linux")), Depth::Basic);
        assert_eq!(Depth::from_vars(None, None, None), Depth::Basic);
        let basic = colours(&Theme::with_depth(Depth::Basic));
        assert!(basic.iter().all(|c| !matches!(c, Color::Rgb(..) | Color::Indexed(_))));
        let indexed = colours(&Theme::with_depth(Depth::Indexed));
        assert!(indexed.iter().all(|c| !matches!(c, Color::Rgb(..))));
        assert!(indexed.iter().any(|c| matches!(c, Color::Indexed(_))));
        let rgb = colours(&Theme::with_depth(Depth::True));
        assert!(rgb.iter().any(|c| matches!(c, Color::Rgb(..))));
    }
}
