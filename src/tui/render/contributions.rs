//! Each outcome's signed share of the shown quantity, as bars diverging from a zero line.
//!
//! ratatui's BarChart draws only non-negative values; the negative terms of a divergence are
//! exactly what surprises students, so they get a widget of their own.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use crate::info::{Amount, Quantity};
use crate::notation::Style as Notation;
use crate::tui::state::LessonState;
use crate::tui::text::{truncate, width};
use crate::tui::theme::Theme;

use super::bars::{bar, pad_to, window_start};

/// Signed values around a zero line, one row each, one row selected.
pub struct Diverging<'a> {
    pub labels: &'a [String],
    pub amounts: &'a [Amount],
    pub selected: usize,
    pub theme: &'a Theme,
}

impl Widget for Diverging<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let theme = self.theme;
        let n = self.amounts.len();
        let first = window_start(self.selected, n, area.height as usize);
        let label_width = self.labels.iter().map(|l| width(l)).max().unwrap_or(1).min(10) + 1;
        let value_width = 9;
        let half = (area.width as usize).saturating_sub(label_width + value_width + 3) / 2;
        let largest = self
            .amounts
            .iter()
            .filter_map(|a| match a {
                Amount::Finite(x) => Some(x.abs()),
                Amount::Infinite { .. } => None,
            })
            .fold(0.0f64, f64::max)
            .max(f64::MIN_POSITIVE);
        let rows = self.labels.iter().zip(self.amounts).enumerate();
        for (row, (label, amount)) in rows.skip(first).take(area.height as usize) {
            let (left, right, text, style) = match *amount {
                Amount::Infinite { .. } => {
                    (String::new(), "█".repeat(half), "+∞".to_string(), theme.error)
                }
                Amount::Finite(x) if x < 0.0 => (
                    bar(-x / largest, half),
                    String::new(),
                    Notation::Unicode.decimal(x, 4),
                    theme.negative,
                ),
                Amount::Finite(x) => {
                    let text = Notation::Unicode.decimal(x, 4);
                    let signed =
                        if text.starts_with('0') && x == 0.0 { text } else { format!("+{text}") };
                    (String::new(), bar(x / largest, half), signed, theme.positive)
                }
            };
            let marker = theme.marker(row == self.selected);
            let label_style = theme.highlight_if(row == self.selected, theme.text);
            let left: String = format!("{}{left}", " ".repeat(half.saturating_sub(width(&left))));
            let line = Line::from(vec![
                Span::styled(
                    pad_to(&format!("{marker}{}", truncate(label, label_width - 1)), label_width),
                    label_style,
                ),
                Span::raw(" "),
                Span::styled(left, style),
                Span::styled("│", theme.dim),
                Span::styled(pad_to(&right, half), style),
                Span::raw(" "),
                Span::styled(text, style),
            ]);
            let y = area.y + (row - first) as u16;
            line.render(Rect { y, height: 1, ..area }, buf);
        }
    }
}

pub fn render(state: &LessonState, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let c = &state.computed;
    let title = match c.derivation.quantity {
        Quantity::Information { .. } => format!(" {} ", crate::t!("tui-information-title")),
        q => format!(
            " {} ",
            crate::t!(
                "tui-terms-title",
                symbol = crate::notation::symbol(q, &c.names, Notation::Unicode)
            )
        ),
    };
    let inner = super::panel(&title, theme, area, buf);
    if state.hidden() {
        Line::from(Span::styled(crate::t!("tui-hidden-terms"), theme.dim)).render(inner, buf);
        return;
    }
    let (labels, amounts) = (&state.lesson.outcomes, &c.per_outcome);
    Diverging { labels, amounts, selected: state.outcome, theme }.render(inner, buf);
    // More outcomes than rows: the borders say how many are out of view (←→ bring them in).
    let rows = inner.height as usize;
    let first = window_start(state.outcome, amounts.len(), rows);
    if first > 0 {
        super::more_above(first, false, theme, area, buf);
    }
    let below = amounts.len().saturating_sub(first + rows);
    if below > 0 {
        super::more_below(below, false, theme, area, buf);
    }
}
