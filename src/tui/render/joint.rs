//! The joint panel of a grid lesson: the grid with its marginals, the product of the
//! marginals, I(X;Y) derived as a KL divergence, the entropies, their identities and the
//! stacked picture — the report of `kltutor compute --joint`, for the lesson's own names and
//! the values as edited. While a question asks for something, only the grids show.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use crate::tui::state::panel::JointView;
use crate::tui::text::wrap;
use crate::tui::theme::Theme;

pub fn render(view: &JointView, scroll: usize, theme: &Theme, area: Rect, buf: &mut Buffer) {
    ratatui::widgets::Clear.render(area, buf);
    let inner = super::panel(&format!(" {} ", crate::t!("tui-joint-title")), theme, area, buf);
    let width = inner.width as usize;
    let mut lines: Vec<Line<'static>> = Vec::new();
    for section in &view.sections {
        if section.measures && !view.reveal {
            continue;
        }
        if !lines.is_empty() {
            lines.push(Line::default());
        }
        lines.extend(
            wrap(&section.heading, width).into_iter().map(|l| Line::styled(l, theme.title)),
        );
        if section.preformatted {
            lines.extend(section.body.lines().map(|l| Line::styled(l.to_string(), theme.text)));
        } else {
            lines
                .extend(wrap(&section.body, width).into_iter().map(|l| Line::styled(l, theme.dim)));
        }
    }
    if !view.reveal {
        lines.push(Line::default());
        lines.extend(
            wrap(&crate::t!("tui-joint-hidden"), width)
                .into_iter()
                .map(|l| Line::from(Span::styled(l, theme.dim))),
        );
    }
    let rows = inner.height as usize;
    let first = scroll.min(lines.len().saturating_sub(rows));
    let below = lines.len().saturating_sub(first + rows);
    for (k, line) in lines.into_iter().skip(first).take(rows).enumerate() {
        line.render(Rect { y: inner.y + k as u16, height: 1, ..inner }, buf);
    }
    if first > 0 {
        super::more_above(first, theme, area, buf);
    }
    if below > 0 {
        super::more_below(below, theme, area, buf);
    }
}
