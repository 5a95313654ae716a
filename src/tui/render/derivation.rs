//! The step-by-step derivation of the shown quantity, the selected outcome's terms highlighted.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use crate::info::{Derivation, Pair, Quantity};
use crate::notation::Style as Notation;
use crate::report::formula;
use crate::tui::state::LessonState;
use crate::tui::state::MAX_TERMS_WORKED_OUT;
use crate::tui::text::width;
use crate::tui::theme::Theme;

/// Decimal places in the derivation.
const PRECISION: usize = 4;

pub fn render(state: &LessonState, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let c = &state.computed;
    let inner = super::panel(&format!(" {} ", crate::t!("tui-step-by-step")), theme, area, buf);
    let d = &c.derivation;
    // Inline, wrapped at term boundaries, keeps the blackboard shape of the derivation; many
    // outcomes read better a line each.
    let worked_out_in_view = d.terms.is_empty() && state.dists[0].len() > MAX_TERMS_WORKED_OUT;
    let layout = if !worked_out_in_view && d.terms.len() <= formula::MAX_INLINE_TERMS {
        formula::Layout::Inline
    } else {
        formula::Layout::PerOutcome
    };
    let rows = inner.height as usize;
    let style = Notation::Unicode;
    // Inline derivations are short and scroll by rows; per-outcome ones scroll by lines, and
    // only the lines in view are laid out, however many outcomes there are.
    let (lines, scroll, all) = match layout {
        _ if state.hidden() => {
            let lines = match layout {
                formula::Layout::Inline => formula::lines(d, &c.names, style, layout, PRECISION),
                formula::Layout::PerOutcome => {
                    formula::per_outcome_window(d, &c.names, style, PRECISION, 0, 1).0
                }
            };
            let lines = formula::wrap(hide_results(lines, layout), inner.width as usize);
            let all = lines.len();
            (lines, 0, all)
        }
        _ if worked_out_in_view => {
            let all = terms_in_view(state, 0, 0).1;
            let scroll = state.scroll.min(all.saturating_sub(rows));
            let (lines, _) = terms_in_view(state, scroll, rows);
            (formula::wrap(lines, inner.width as usize), scroll, all)
        }
        formula::Layout::Inline => {
            let lines = formula::lines(d, &c.names, style, layout, PRECISION);
            let lines = formula::wrap(lines, inner.width as usize);
            let scroll = state.scroll.min(lines.len().saturating_sub(rows));
            let all = lines.len();
            (lines.into_iter().skip(scroll).collect(), scroll, all)
        }
        formula::Layout::PerOutcome => {
            let all = formula::per_outcome_len(d);
            let scroll = state.scroll.min(all.saturating_sub(rows));
            let (lines, _) =
                formula::per_outcome_window(d, &c.names, style, PRECISION, scroll, rows);
            (formula::wrap(lines, inner.width as usize), scroll, all)
        }
    };
    for (k, line) in lines.iter().take(rows).enumerate() {
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
    if all > rows {
        let last = (scroll + rows).min(all);
        let more = format!(
            " {} ",
            crate::t!("tui-lines-shown", first = scroll + 1, last = last, count = all)
        );
        let w = width(&more) as u16;
        let x = area.right().saturating_sub(w + 1);
        let row = Rect { x, y: area.bottom() - 1, width: w.min(area.width), height: 1 };
        Line::from(Span::styled(more, theme.dim)).render(row, buf);
    }
}

/// Lines `first..first + count` of a derivation whose terms were not worked out in advance
/// (a lesson of many outcomes), working out just the terms in view; and how many lines the
/// whole derivation has.
fn terms_in_view(state: &LessonState, first: usize, count: usize) -> (Vec<formula::Line>, usize) {
    let c = &state.computed;
    let d = &c.derivation;
    let n = state.dists[0].len();
    let per = if d.quantity == Quantity::Js { 2 } else { 1 };
    let all = n * per + 2;
    let wanted = first.min(all)..(first + count).min(all);
    // The definition and the total: all a derivation without terms has.
    let ends =
        formula::lines(d, &c.names, Notation::Unicode, formula::Layout::PerOutcome, PRECISION);
    let mut out = Vec::with_capacity(wanted.len());
    if wanted.start == 0 && !wanted.is_empty() {
        out.push(ends[0].clone());
    }
    let terms = wanted.start.max(1) - 1..wanted.end.min(all - 1).saturating_sub(1);
    if !terms.is_empty() {
        let outcomes = terms.start / per..terms.end.div_ceil(per);
        let pair = Pair { p: &state.dists[0], q: &state.dists[state.model + 1] };
        let w = Derivation::window(d.quantity, pair, d.unit, outcomes.clone(), d.total);
        let skip = formula::head_len(&w) + terms.start - outcomes.start * per;
        let style = Notation::Unicode;
        out.extend(
            formula::per_outcome_window(&w, &c.names, style, PRECISION, skip, terms.len()).0,
        );
    }
    if wanted.end == all && !wanted.is_empty() {
        out.push(ends[ends.len() - 1].clone());
    }
    (out, all)
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
