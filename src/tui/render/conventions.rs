//! The library panel: what scipy, PyTorch, Keras, optax and scikit-learn return for the
//! current P and Q, call by call, in nats as they give them, and whether each is the quantity
//! meant. `kltutor conventions` prints the same with the reasons.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use crate::info::conventions::Returned;
use crate::report::conventions::{values, verdict};
use crate::tui::fit::{self, Kind, Wrapped};
use crate::tui::state::Scrolled;
use crate::tui::state::panel::ConventionsView;
use crate::tui::theme::Theme;

/// Decimal places of the values: six, as the libraries' printouts are usually read.
const PRECISION: usize = 6;

/// Column widths: the library's name, the value, the verdict (`≠ D(P‖Q) = 0.143841`).
const LIBRARY: u16 = 12;
const VALUE: u16 = 10;
const VERDICT: u16 = 19;

pub fn render(
    view: &ConventionsView,
    scroll: usize,
    theme: &Theme,
    area: Rect,
    buf: &mut Buffer,
) -> Scrolled {
    crate::tui::fit::clear(area, buf);
    let inner = super::panel(&crate::t!("tui-conventions-title"), theme, area, buf);
    if inner.height < 3 {
        return Scrolled::default();
    }
    // The call's column takes what the others leave; a call wider than it wraps after a
    // comma, its continuation indented, so no call is ever cut.
    let code_width = inner.width.saturating_sub(LIBRARY + VALUE + VERDICT + 3).max(12);
    let x_code = inner.x + LIBRARY + 1;
    let x_value = x_code + code_width + 1;
    let x_verdict = x_value + VALUE + 1;
    let verdict_width = inner.right().saturating_sub(x_verdict);
    let at = |x: u16, y: u16, w: u16| Rect { x, y, width: w, height: 1 };
    let header = [
        (x_code, code_width, crate::t!("conventions-column-code")),
        (x_value, VALUE, crate::t!("conventions-column-nats")),
    ];
    for (x, w, text) in header {
        fit::draw_row("conventions", &text, theme.dim, at(x, inner.y, w), buf);
    }
    let room = inner.height as usize - 2;
    let first = scroll.min(view.rows.len().saturating_sub(1));
    let mut y = inner.y + 1;
    let mut last = first;
    for (k, row) in view.rows.iter().enumerate().skip(first) {
        let code = fit::wrap(row.call.code(), code_width as usize, Kind::Code);
        let style = if row.matches { theme.good } else { theme.error };
        let verdict = verdict(row, &view.reference, PRECISION);
        // A verdict that says why a call matches here only is wrapped, like the call.
        let verdict = Wrapped::new(&verdict, verdict_width as usize, Kind::Prose, style);
        let height = code.len().max(verdict.rows.len());
        if (y - inner.y - 1) as usize + height > room {
            break;
        }
        let library = row.call.library();
        // The library's name heads its group of calls (and the top row when scrolled into one).
        if k == first || view.rows[k - 1].call.library() != library {
            fit::draw_row("conventions", library.name(), theme.dim, at(inner.x, y, LIBRARY), buf);
        }
        let value = match &row.returned {
            Returned::Scalar(_) => values(&row.returned, PRECISION).0,
            Returned::PerOutcome(v) => crate::t!("tui-conventions-array", count = v.len()),
        };
        // Right-aligned by display width ("2 个值" takes six columns, not four).
        let pad = (VALUE as usize).saturating_sub(crate::tui::text::width(&value));
        let value = format!("{}{value}", " ".repeat(pad));
        fit::draw_row("conventions", &value, theme.text, at(x_value, y, VALUE), buf);
        let verdict_area =
            Rect { x: x_verdict, y, width: verdict_width, height: verdict.rows.len() as u16 };
        fit::draw("conventions", vec![verdict], 0, verdict_area, buf);
        let rows = code.iter().map(|r| Line::styled(r.clone(), theme.text)).collect();
        let area = Rect { x: x_code, y, width: code_width, height: code.len() as u16 };
        fit::draw("conventions", vec![Wrapped::rows(row.call.code().into(), rows)], 0, area, buf);
        y += height as u16;
        last = k + 1;
    }
    let more =
        crate::t!("tui-conventions-more", first = first + 1, last = last, count = view.rows.len());
    let bottom = Rect { y: inner.bottom() - 1, height: 1, ..inner };
    Line::from(Span::styled(more, theme.dim)).render(bottom, buf);
    // Scrolled by calls: a page is what fitted; at the end, as many of the last calls as
    // fit once their code wraps.
    let page = (last - first).max(1);
    let mut used = 0;
    let mut start = view.rows.len();
    while start > 0 {
        let height = fit::wrap(view.rows[start - 1].call.code(), code_width as usize, Kind::Code);
        if used + height.len() > room {
            break;
        }
        used += height.len();
        start -= 1;
    }
    Scrolled { page, last: start.min(view.rows.len().saturating_sub(1)) }
}
