//! Headed sections of a report in a scrolling panel: formulas and grids kept line for line,
//! prose wrapped to the width. The joint and the density panels are drawn with it.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::tui::fit::{self, Kind, Wrapped};
use crate::tui::state::Scrolled;
use crate::tui::theme::Theme;

/// Lines of text, gathered section by section.
pub struct Lines<'t> {
    theme: &'t Theme,
    width: usize,
    panel: &'static str,
    lines: Vec<Wrapped>,
}

impl<'t> Lines<'t> {
    pub fn new(panel: &'static str, theme: &'t Theme, width: u16) -> Lines<'t> {
        Lines { theme, width: width as usize, panel, lines: Vec::new() }
    }

    /// A section after a blank line: its heading (if any), then its body, kept line for line
    /// when `preformatted`.
    pub fn section(&mut self, heading: &str, body: &str, preformatted: bool) {
        if !self.lines.is_empty() {
            self.lines.push(Wrapped::blank());
        }
        let (theme, width) = (self.theme, self.width);
        if !heading.is_empty() {
            self.lines.push(Wrapped::new(heading, width, Kind::Prose, theme.title));
        }
        if preformatted {
            // Formulas and grids line for line; one too wide breaks before an operator.
            let lines = body.lines().map(|l| Wrapped::new(l, width, Kind::Formula, theme.text));
            self.lines.extend(lines);
        } else {
            let lines = body.lines().map(|l| Wrapped::new(l, width, Kind::Prose, theme.dim));
            self.lines.extend(lines);
        }
    }

    /// Draws the lines from `scroll` on into `inner`, the inside of the panel `area`, with
    /// "↑ N more" and "↓ N more" in its borders where lines are out of view.
    pub fn render(self, scroll: usize, area: Rect, inner: Rect, buf: &mut Buffer) -> Scrolled {
        let hidden = fit::draw(self.panel, self.lines, scroll, inner, buf);
        let rows = inner.height as usize;
        let scrolled = Scrolled { page: rows, last: hidden.total.saturating_sub(rows) };
        if hidden.above > 0 {
            super::more_above(hidden.above, true, self.theme, area, buf);
        }
        if hidden.below > 0 {
            super::more_below(hidden.below, true, self.theme, area, buf);
        }
        scrolled
    }
}
