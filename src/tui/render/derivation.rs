//! The step-by-step derivation of the shown quantity, the selected outcome's terms highlighted.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use crate::info::{Derivation, Pair, Quantity};
use crate::notation::Style as Notation;
use crate::report::formula;
use crate::tui::fit::{self, Wrapped, wrap_pieces};
use crate::tui::state::{LessonState, PRECISION, Scrolled, Working};
use crate::tui::text::width;
use crate::tui::theme::Theme;

pub fn render(state: &LessonState, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let inner = super::panel(&format!(" {} ", crate::t!("tui-step-by-step")), theme, area, buf);
    let rows = inner.height as usize;
    let columns = inner.width as usize;
    // Inline derivations are short and scroll by rows; per-outcome ones scroll by lines, and
    // only the lines in view are laid out, however many outcomes there are.
    let (lines, scroll, all, by_rows) = match &state.computed.working {
        _ if state.hidden() => {
            let lines = hide_results(&state.computed.working);
            let all = lines.len();
            (lines, 0, all, true)
        }
        Working::Inline(lines) => (lines.clone(), state.scroll, lines.len(), true),
        Working::PerOutcome(text) => {
            let all = text.line_count();
            let last = last_page(all, rows, columns, |k| text.window(k, 1));
            let scroll = state.scroll.min(last);
            state.scrolled.set(Scrolled { page: rows, last });
            (text.window(scroll, rows), scroll, all, false)
        }
        Working::InView(ends) => {
            let all = terms_in_view(state, ends, 0, 0).1;
            let last = last_page(all, rows, columns, |k| terms_in_view(state, ends, k, 1).0);
            let scroll = state.scroll.min(last);
            state.scrolled.set(Scrolled { page: rows, last });
            let (lines, _) = terms_in_view(state, ends, scroll, rows);
            (lines, scroll, all, false)
        }
    };
    let wrapped: Vec<Wrapped> = lines
        .iter()
        .map(|line| {
            let rows = wrap_pieces(line, columns)
                .into_iter()
                .map(|row| {
                    let spans: Vec<Span<'static>> = row
                        .into_iter()
                        .map(|piece| {
                            let selected = piece.outcome == Some(state.outcome);
                            Span::styled(piece.text, theme.highlight_if(selected, theme.text))
                        })
                        .collect();
                    Line::from(spans)
                })
                .collect();
            Wrapped::rows(formula::join(line), rows)
        })
        .collect();
    let shown = fit::draw("derivation", wrapped, if by_rows { scroll } else { 0 }, inner, buf);
    if by_rows {
        state.scrolled.set(Scrolled { page: rows, last: shown.total.saturating_sub(rows) });
    }
    // What the border says is in view: rows of an inline derivation, lines of a long one.
    let (first, last, count) = if by_rows {
        (shown.above, (shown.above + rows).min(shown.total), shown.total)
    } else {
        let first = scroll + shown.first_whole.unwrap_or(0);
        (first, first + shown.whole, all)
    };
    if first > 0 || last < count {
        let more = format!(
            " {} ",
            crate::t!("tui-lines-shown", first = first + 1, last = last, count = count)
        );
        let w = width(&more) as u16;
        let x = area.right().saturating_sub(w + 1);
        let row = Rect { x, y: area.bottom() - 1, width: w.min(area.width), height: 1 };
        Line::from(Span::styled(more, theme.dim)).render(row, buf);
    }
}

/// The first line of the last page of a derivation of `all` lines: as many lines from the end
/// as fit in `rows` once wrapped to `columns`, so its total can always be scrolled into view.
fn last_page(
    all: usize,
    rows: usize,
    columns: usize,
    line: impl Fn(usize) -> Vec<formula::Line>,
) -> usize {
    let mut used = 0;
    let mut start = all;
    while start > 0 {
        let height: usize = line(start - 1).iter().map(|l| wrap_pieces(l, columns).len()).sum();
        if used + height > rows {
            break;
        }
        used += height;
        start -= 1;
    }
    // A single line taller than the panel still gets a page of its own.
    start.min(all.saturating_sub(1))
}

/// Lines `first..first + count` of a derivation whose terms were not worked out in advance
/// (a lesson of many outcomes), working out just the terms in view; and how many lines the
/// whole derivation has. `ends` holds the definition and the total.
fn terms_in_view(
    state: &LessonState,
    ends: &formula::PerOutcome,
    first: usize,
    count: usize,
) -> (Vec<formula::Line>, usize) {
    let c = &state.computed;
    let d = &c.derivation;
    let n = state.dists[0].len();
    let per = if d.quantity == Quantity::Js { 2 } else { 1 };
    let all = n * per + 2;
    let wanted = first.min(all)..(first + count).min(all);
    let mut out = Vec::with_capacity(wanted.len());
    if wanted.start == 0 && !wanted.is_empty() {
        out.push(ends.head[0].clone());
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
        out.push(ends.total.clone());
    }
    (out, all)
}

/// The formula and the substitution, and in place of the results a prompt to answer.
fn hide_results(working: &Working) -> Vec<formula::Line> {
    let mut kept: Vec<formula::Line> = match working {
        Working::Inline(lines) => lines.iter().take(3).cloned().collect(),
        Working::PerOutcome(text) | Working::InView(text) => text.head[..1].to_vec(),
    };
    kept.push(vec![formula::Piece {
        text: format!("= ?  {}", crate::t!("tui-hidden-result")),
        outcome: None,
    }]);
    kept
}
