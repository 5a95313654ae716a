//! Headed sections of a report in a scrolling panel: formulas and grids kept line for line,
//! prose wrapped to the width. The joint and the density panels are drawn with it.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Widget;

use crate::tui::text::wrap;
use crate::tui::theme::Theme;

/// Lines of text, gathered section by section.
pub struct Lines<'t> {
    theme: &'t Theme,
    width: usize,
    lines: Vec<Line<'static>>,
}

impl<'t> Lines<'t> {
    pub fn new(theme: &'t Theme, width: u16) -> Lines<'t> {
        Lines { theme, width: width as usize, lines: Vec::new() }
    }

    /// A section after a blank line: its heading (if any), then its body, kept line for line
    /// when `preformatted`.
    pub fn section(&mut self, heading: &str, body: &str, preformatted: bool) {
        if !self.lines.is_empty() {
            self.lines.push(Line::default());
        }
        let theme = self.theme;
        if !heading.is_empty() {
            let heading =
                wrap(heading, self.width).into_iter().map(|l| Line::styled(l, theme.title));
            self.lines.extend(heading);
        }
        if preformatted {
            self.lines.extend(body.lines().map(|l| Line::styled(l.to_string(), theme.text)));
        } else {
            self.prose(body);
        }
    }

    fn prose(&mut self, text: &str) {
        let theme = self.theme;
        self.lines.extend(wrap(text, self.width).into_iter().map(|l| Line::styled(l, theme.dim)));
    }

    /// Draws the lines from `scroll` on into `inner`, the inside of the panel `area`, with
    /// "↑ N more" and "↓ N more" in its borders where lines are out of view.
    pub fn render(self, scroll: usize, area: Rect, inner: Rect, buf: &mut Buffer) {
        let rows = inner.height as usize;
        let first = scroll.min(self.lines.len().saturating_sub(rows));
        let below = self.lines.len().saturating_sub(first + rows);
        for (k, line) in self.lines.into_iter().skip(first).take(rows).enumerate() {
            line.render(Rect { y: inner.y + k as u16, height: 1, ..inner }, buf);
        }
        if first > 0 {
            super::more_above(first, self.theme, area, buf);
        }
        if below > 0 {
            super::more_below(below, self.theme, area, buf);
        }
    }
}
