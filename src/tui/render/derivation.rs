//! The step-by-step derivation of the shown quantity, the selected outcome's terms highlighted.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use crate::notation::Style as Notation;
use crate::report::formula;
use crate::tui::state::LessonState;
use crate::tui::theme::Theme;

/// Decimal places in the derivation.
const PRECISION: usize = 4;

pub fn render(state: &LessonState, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let c = &state.computed;
    let inner = super::panel(&format!(" {} ", crate::t!("tui-step-by-step")), theme, area, buf);
    let d = &c.derivation;
    // Inline, wrapped at term boundaries, keeps the blackboard shape of the derivation; many
    // outcomes read better a line each.
    let layout = if d.terms.len() <= formula::MAX_INLINE_TERMS {
        formula::Layout::Inline
    } else {
        formula::Layout::PerOutcome
    };
    let lines = formula::lines(d, &c.names, Notation::Unicode, layout, PRECISION);
    let lines = if state.hidden() { hide_results(lines, layout) } else { lines };
    let lines = formula::wrap(lines, inner.width as usize);
    let rows = inner.height as usize;
    let scroll = state.scroll.min(lines.len().saturating_sub(rows));
    for (k, line) in lines.iter().skip(scroll).take(rows).enumerate() {
        let spans: Vec<Span> = line
            .iter()
            .map(|piece| {
                let style =
                    if piece.outcome == Some(state.outcome) { theme.highlight } else { theme.text };
                Span::styled(piece.text.clone(), style)
            })
            .collect();
        Line::from(spans).render(Rect { y: inner.y + k as u16, height: 1, ..inner }, buf);
    }
    if lines.len() > rows {
        let more =
            format!(" {}–{} of {} ", scroll + 1, (scroll + rows).min(lines.len()), lines.len());
        let x = area.right().saturating_sub(more.chars().count() as u16 + 1);
        Line::from(Span::styled(more, theme.dim))
            .render(Rect { x, y: area.bottom() - 1, width: area.width.min(20), height: 1 }, buf);
    }
}

/// Keeps the formula and the substitution, and replaces the results with a prompt to answer.
fn hide_results(lines: Vec<formula::Line>, layout: formula::Layout) -> Vec<formula::Line> {
    let keep = if layout == formula::Layout::Inline { 3 } else { 1 };
    let mut kept: Vec<formula::Line> = lines.into_iter().take(keep).collect();
    kept.push(vec![formula::Piece {
        text: format!("= ?  {}", crate::t!("tui-hidden-result")),
        outcome: None,
    }]);
    kept
}
