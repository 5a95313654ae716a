//! The code-words panel: the Huffman code built for P and the one built for the model, each
//! word drawn as a bar as long as it is, and what each code costs per symbol when the symbols
//! come from P. The ideal lengths differ by exactly D(P‖Q); whole-bit codes only on average
//! over long blocks, so the panel says both.

use num_traits::ToPrimitive;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};

use ratatui::widgets::{Cell, Row, Table, Widget};

use crate::info::Amount;
use crate::notation::Style;
use crate::tui::fit::{self, Kind, Wrapped};
use crate::tui::state::LessonState;
use crate::tui::state::panel::CodesView;
use crate::tui::theme::Theme;

/// Cells of bar per bit.
const CELLS_PER_BIT: usize = 2;

fn bar(word: &Option<String>, width: usize) -> String {
    match word {
        None => "—".into(),
        Some(w) if w.is_empty() => "ε".into(),
        Some(w) if (w.len() * CELLS_PER_BIT + w.len() + 1) <= width => {
            format!("{} {w}", "█".repeat(w.len() * CELLS_PER_BIT))
        }
        Some(w) => w.clone(),
    }
}

fn length(l: &Option<num_rational::BigRational>) -> String {
    match l {
        Some(l) => Style::Unicode.decimal(l.to_f64().unwrap_or(f64::NAN), 4),
        None => "∞".into(),
    }
}

pub fn render(view: &CodesView, state: &LessonState, theme: &Theme, area: Rect, buf: &mut Buffer) {
    crate::tui::fit::clear(area, buf);
    let (p, q) = (state.name(0), state.name(state.model + 1));
    let inner = super::panel(&crate::t!("tui-codes-title", p = p, q = q), theme, area, buf);
    if inner.height < 3 {
        return;
    }
    let word_width = (inner.width.saturating_sub(14) / 2) as usize;
    let header = Row::new([
        Cell::from(""),
        Cell::from(crate::t!("tui-codes-code-of", name = p)),
        Cell::from(crate::t!("tui-codes-code-of", name = q)),
    ])
    .style(theme.dim);
    let rows = (0..state.lesson.outcomes.len()).map(|i| {
        let style = theme.item(i == state.outcome);
        Row::new([
            Cell::from(state.lesson.outcomes[i].clone()),
            Cell::from(bar(&view.p.words[i], word_width)),
            Cell::from(bar(&view.q.words[i], word_width)),
        ])
        .style(style)
    });
    let kl = match view.kl {
        Amount::Finite(v) => Style::Unicode.decimal(v, 4),
        Amount::Infinite { .. } => "∞".into(),
    };
    // What the model's code costs beyond the truth's, exactly, from the two expected lengths.
    let extra = match (&view.p_length, &view.q_length) {
        (Some(own), Some(other)) => length(&Some(other - own)),
        _ => "∞".into(),
    };
    let summary: Vec<Wrapped> = [
        crate::t!(
            "tui-codes-lengths",
            p = p,
            q = q,
            own = length(&view.p_length),
            other = length(&view.q_length)
        ),
        crate::t!("tui-codes-extra", p = p, q = q, kl = kl, extra = extra),
    ]
    .iter()
    .map(|line| Wrapped::new(line, inner.width as usize, Kind::Prose, theme.text))
    .collect();
    let summary_rows: u16 = summary.iter().map(|l| l.rows.len() as u16).sum();
    let summary_height = summary_rows.min(inner.height - 2);
    let table_area = Rect { height: inner.height - summary_height, ..inner };
    Table::new(
        rows,
        [Constraint::Length(12), Constraint::Length(word_width as u16), Constraint::Min(4)],
    )
    .header(header)
    .render(table_area, buf);
    let summary_area = Rect { y: inner.bottom() - summary_height, height: summary_height, ..inner };
    let hidden = fit::draw("codes", summary, 0, summary_area, buf);
    if hidden.below > 0 {
        super::more_below(hidden.below, true, theme, area, buf);
    }
}
