//! The library panel: what scipy, PyTorch, Keras, optax and scikit-learn return for the
//! current P and Q, call by call, in nats as they give them, and whether each is the quantity
//! meant. `kltutor conventions` prints the same with the reasons.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Row, Table, Widget};

use crate::info::conventions::Returned;
use crate::report::conventions::{values, verdict};
use crate::tui::state::panel::ConventionsView;
use crate::tui::theme::Theme;

/// Decimal places of the values: six, as the libraries' printouts are usually read.
const PRECISION: usize = 6;

/// Column widths: the library's name, the value, the verdict (`≠ D(P‖Q) = 0.143841`).
const LIBRARY: u16 = 12;
const VALUE: u16 = 10;
const VERDICT: u16 = 19;

pub fn render(view: &ConventionsView, scroll: usize, theme: &Theme, area: Rect, buf: &mut Buffer) {
    crate::tui::fit::clear(area, buf);
    let inner = super::panel(&crate::t!("tui-conventions-title"), theme, area, buf);
    if inner.height < 2 {
        return;
    }
    let header = Row::new([
        Cell::from(""),
        Cell::from(crate::t!("conventions-column-code")),
        Cell::from(crate::t!("conventions-column-nats")),
        Cell::from(""),
    ])
    .style(theme.dim);
    let visible = inner.height.saturating_sub(2) as usize;
    let first = scroll.min(view.rows.len().saturating_sub(visible));
    let rows = view.rows.iter().enumerate().skip(first).take(visible).map(|(k, row)| {
        let library = row.call.library();
        // The library's name heads its group of calls (and the top row when scrolled into one).
        let heads = k == first || view.rows[k - 1].call.library() != library;
        let name = if heads { library.name() } else { "" };
        let value = match &row.returned {
            Returned::Scalar(_) => values(&row.returned, PRECISION).0,
            Returned::PerOutcome(v) => crate::t!("tui-conventions-array", count = v.len()),
        };
        let style = if row.matches { theme.good } else { theme.error };
        Row::new([
            Cell::from(Span::styled(name, theme.dim)),
            Cell::from(Span::styled(row.call.code(), theme.text)),
            Cell::from(Line::from(value).right_aligned()),
            Cell::from(Span::styled(verdict(row, &view.reference, PRECISION), style)),
        ])
    });
    let code_width = inner.width.saturating_sub(LIBRARY + VALUE + VERDICT + 3);
    let widths = [
        Constraint::Length(LIBRARY),
        Constraint::Length(code_width),
        Constraint::Length(VALUE),
        Constraint::Min(VERDICT),
    ];
    Table::new(rows, widths)
        .header(header)
        .column_spacing(1)
        .render(Rect { height: inner.height - 1, ..inner }, buf);
    let more = crate::t!(
        "tui-conventions-more",
        first = first + 1,
        last = (first + visible).min(view.rows.len()),
        count = view.rows.len()
    );
    let bottom = Rect { y: inner.bottom() - 1, height: 1, ..inner };
    Line::from(Span::styled(more, theme.dim)).render(bottom, buf);
}
