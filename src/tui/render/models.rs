//! Every model against the truth, ranked: shown when the terminal has room for it.
//!
//! While a question is open, the values it conceals are "?" and, if the ranking is concealed
//! too, the models stand in the lesson's order under a title that promises no order.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use crate::tui::state::{LessonState, MODEL_COLUMNS};
use crate::tui::text::{truncate, truncate_middle};
use crate::tui::theme::Theme;

use super::bars::pad_to;

/// The width of a column of values: "0.2075" and a gap, or a heading like "D(A‖Q)".
const MIN_CELL: usize = 9;

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
    let name_width = 10;
    let room = (inner.width as usize).saturating_sub(name_width + 1);
    // As many columns as fit whole: a value needs 7 columns and a gap; at least D(P‖Q).
    let shown = (room / MIN_CELL).clamp(1, MODEL_COLUMNS.len());
    let cell = (room / shown).max(MIN_CELL);
    let mut header = pad_to(&format!(" #  {}", crate::t!("tui-models-model")), name_width + 1);
    for heading in &c.model_headings[..shown] {
        header.push_str(&pad_to(&truncate(heading, cell.saturating_sub(1)), cell));
    }
    Line::from(Span::styled(header, theme.dim)).render(Rect { height: 1, ..inner }, buf);
    let order: Vec<usize> =
        if ranked { c.model_ranking.clone() } else { (0..c.model_values.len()).collect() };
    for (rank, k) in order.into_iter().enumerate() {
        let y = inner.y + 1 + rank as u16;
        if y >= inner.bottom() {
            break;
        }
        let mut spans = vec![Span::styled(
            pad_to(
                &format!(
                    " {}  {}",
                    rank + 1,
                    truncate_middle(&state.lesson.models[k].name, name_width - 4)
                ),
                name_width + 1,
            ),
            if k == state.model { theme.highlight } else { theme.series(k + 1) },
        )];
        for (&q, text) in MODEL_COLUMNS[..shown].iter().zip(&c.model_values[k]) {
            let text = if state.conceals(q) { "?" } else { text };
            spans.push(Span::raw(pad_to(text, cell)));
        }
        Line::from(spans).render(Rect { y, height: 1, ..inner }, buf);
    }
}
