//! The distributions as grouped bars: each outcome, every distribution's value.

use std::borrow::Cow;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use crate::tui::state::LessonState;
use crate::tui::text::{truncate, truncate_middle, width};
use crate::tui::theme::Theme;

/// Eighths of a cell, for bars finer than a character.
const EIGHTHS: [&str; 8] = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"];

/// A bar `fraction` of `cells` wide, in eighths of a cell.
pub fn bar(fraction: f64, cells: usize) -> String {
    let eighths = (fraction.clamp(0.0, 1.0) * (cells * 8) as f64).round() as usize;
    let mut s = "█".repeat(eighths / 8);
    s.push_str(EIGHTHS[eighths % 8]);
    s
}

/// The first of `count` items to show in `rows` rows so that `selected` stays in view.
pub fn window_start(selected: usize, count: usize, rows: usize) -> usize {
    if count <= rows || rows == 0 {
        return 0;
    }
    selected.saturating_sub(rows / 2).min(count - rows)
}

// Outcome i and distribution k address the same cell in several parallel tables.
#[allow(clippy::needless_range_loop)]
pub fn render(state: &LessonState, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let inner = super::panel(&format!(" {} ", crate::t!("tui-distributions")), theme, area, buf);
    let groups = state.dists.len();
    let rows_per_outcome = groups;
    let visible = (inner.height as usize / rows_per_outcome).max(1);
    let n = state.lesson.outcomes.len();
    let first = window_start(state.outcome, n, visible);
    let label_width = state.lesson.outcomes.iter().map(|o| width(o)).max().unwrap_or(1).min(10);
    let name_width = (0..groups).map(|k| width(state.name(k))).max().unwrap_or(1).min(6);
    // Only the outcomes in view are laid out: a lesson may have a hundred thousand.
    let shown = first..n.min(first + visible + 1);
    let c = &state.computed;
    let cells: Vec<Vec<Cow<str>>> = (0..groups)
        .map(|k| shown.clone().map(|i| c.value_text(&state.dists, k, i)).collect())
        .collect();
    let value_width = cells.iter().flatten().map(|c| width(c)).max().unwrap_or(1).min(12) + 2;
    let bar_cells =
        (inner.width as usize).saturating_sub(label_width + name_width + value_width + 5);
    let largest = c.largest;
    // Outcomes out of view are counted in the border, above and below.
    let whole = visible.min(n - first);
    if first > 0 {
        super::more_above(first, false, theme, area, buf);
    }
    if first + whole < n {
        super::more_below(n - first - whole, false, theme, area, buf);
    }
    let mut y = inner.y;
    // Whole groups decide the window; rows left over show the start of the next group.
    for i in first..n {
        for k in 0..groups {
            if y >= inner.bottom() {
                return;
            }
            let selected_outcome = i == state.outcome;
            let label = if k == 0 {
                let marker = theme.marker(selected_outcome);
                let outcome = truncate(&state.lesson.outcomes[i], label_width);
                format!("{marker}{}", pad_to(&outcome, label_width))
            } else {
                " ".repeat(label_width + 1)
            };
            let name = pad_to(&truncate_middle(state.name(k), name_width), name_width);
            let value = state.dists[k].approx()[i];
            let bar_text = pad_to(&bar(value / largest, bar_cells), bar_cells);
            let Some(cell) = cells[k].get(i - first) else { return };
            let editing = selected_outcome && k == state.target;
            let lock = if state.locks[k][i] { "L" } else { " " };
            let label_style = theme.highlight_if(selected_outcome, theme.text);
            let value_style = theme.item(editing);
            let name_style = theme.highlight_if(k == state.target, theme.series(k));
            let line = Line::from(vec![
                Span::styled(label, label_style),
                Span::raw(" "),
                Span::styled(name, name_style),
                Span::raw(" "),
                Span::styled(bar_text, theme.series(k)),
                Span::raw(" "),
                Span::styled(truncate(cell, value_width - 2), value_style),
                Span::styled(lock, theme.key),
            ]);
            line.render(Rect { y, height: 1, ..inner }, buf);
            y += 1;
        }
    }
}

/// Pads with spaces to `cells` columns.
pub fn pad_to(text: &str, cells: usize) -> String {
    format!("{text}{}", " ".repeat(cells.saturating_sub(width(text))))
}
