//! The joint panel of a grid lesson: the grid with its marginals, the product of the
//! marginals, I(X;Y) derived as a KL divergence, the entropies, their identities and the
//! stacked picture — the report of `kltutor compute --joint`, for the lesson's own names and
//! the values as edited. While a question asks for something, only the grids show.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::sections::Lines;
use crate::tui::state::Scrolled;
use crate::tui::state::panel::JointView;
use crate::tui::theme::Theme;

pub fn render(
    view: &JointView,
    scroll: usize,
    theme: &Theme,
    area: Rect,
    buf: &mut Buffer,
) -> Scrolled {
    crate::tui::fit::clear(area, buf);
    let inner = super::panel(&format!(" {} ", crate::t!("tui-joint-title")), theme, area, buf);
    let mut lines = Lines::new("joint", theme, inner.width);
    let mut noted = false;
    for s in &view.sections {
        if view.reveal || !s.measures {
            lines.section(&s.heading, &s.body, s.preformatted);
        } else if !noted {
            // Where the measures would be, a word on why they are not.
            lines.section("", &crate::t!("tui-measures-hidden"), false);
            noted = true;
        }
    }
    lines.render(scroll, area, inner, buf)
}
