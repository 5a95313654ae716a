//! Every model against the truth, ranked: shown when the terminal has room for it.
//!
//! While a question is open, the values it conceals are "?" and, if the ranking is concealed
//! too, the models stand in the lesson's order under a title that promises no order.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::widgets::{Cell, Row, Table, Widget};

use crate::tui::state::{LessonState, MODEL_COLUMNS};
use crate::tui::text::{truncate, truncate_middle};
use crate::tui::theme::Theme;

/// The width of a column of values and the gap after it: "0.2075", or a heading like "D(A‖Q)".
const MIN_CELL: u16 = 9;

/// The width of the rank and the model's name.
const NAME_WIDTH: u16 = 10;

/// Rows the panel needs: a header line, one per model, and the borders.
pub fn height(state: &LessonState) -> u16 {
    state.lesson.models.len() as u16 + 3
}

pub fn render(state: &LessonState, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let c = &state.computed;
    let ranked = !state.conceals_ranking();
    let title =
        if ranked { crate::t!("tui-models-title") } else { crate::t!("tui-models-title-plain") };
    let inner = super::panel(&format!(" {title} "), theme, area, buf);
    let room = inner.width.saturating_sub(NAME_WIDTH + 1);
    // As many columns as fit whole: a value needs 7 columns and a gap; at least D(P‖Q).
    let shown = (room / MIN_CELL).clamp(1, MODEL_COLUMNS.len() as u16);
    let cell = (room / shown).max(MIN_CELL);
    let header = std::iter::once(Cell::from(format!(" #  {}", crate::t!("tui-models-model"))))
        .chain(c.model_headings.iter().map(|h| Cell::from(truncate(h, (cell - 1) as usize))));
    let order: Vec<usize> =
        if ranked { c.model_ranking.clone() } else { (0..c.model_values.len()).collect() };
    let rows = order.into_iter().enumerate().map(|(rank, k)| {
        let name = truncate_middle(&state.lesson.models[k].name, NAME_WIDTH as usize - 4);
        let style = theme.highlight_if(k == state.model, theme.series(k + 1));
        let values = MODEL_COLUMNS
            .iter()
            .zip(&c.model_values[k])
            .map(|(&q, text)| Cell::from(if state.conceals(q) { "?" } else { text.as_str() }));
        Row::new(
            std::iter::once(Cell::from(format!(" {}  {name}", rank + 1)).style(style))
                .chain(values),
        )
    });
    let widths = std::iter::once(Constraint::Length(NAME_WIDTH))
        .chain(std::iter::repeat_n(Constraint::Length(cell - 1), shown as usize));
    Table::new(rows, widths)
        .header(Row::new(header).style(theme.dim))
        .column_spacing(1)
        .render(inner, buf);
}
