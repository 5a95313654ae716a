//! A review run: its header over the lesson view, and its summary, which skills got stronger
//! and when each is due next.
//!
//! ```text
//!  Review · 2 of 6 · Which model is closer?, question 2             n: the next skill due
//! ┌ Reviewed ──────────────────────────────────────────────────────────────────┐
//! │ 1 of 2 right at the first try.                                             │
//! │ ↑ Entropy, question 1          right first time · 3.1 → 10.5 days · due 2026-01-12 │
//! │ ↓ Practice · kl-reverse        again · 2.3 → 0.4 days · due 2026-01-02        │
//! └────────────────────────────────────────────────────────────────────────────┘
//!  q back  ? help
//! ```

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use crate::review::Recall;
use crate::t;
use crate::tui::app::App;
use crate::tui::keys;
use crate::tui::state::{LessonState, ReviewRun};
use crate::tui::text::wrap;
use crate::tui::theme::Theme;
use crate::visible::visible;

/// The review's header, over the lesson view's: where the run is, and once the skill is
/// answered or given up, how to go on.
pub fn header(run: &ReviewRun, lesson: &LessonState, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let title = t!(
        "review-header",
        at = run.at + 1,
        count = run.items.len(),
        name = visible(&run.name()).into_owned()
    );
    let next = if lesson.open_question().is_none() { t!("review-next") } else { String::new() };
    let row = Rect { height: 1, ..area };
    ratatui::widgets::Clear.render(row, buf);
    super::header(&title, &next, theme, row, buf);
}

/// Days as the summary shows them: one decimal.
fn days(d: f64) -> String {
    crate::notation::Style::Unicode.decimal(d, 1)
}

pub fn summary(app: &App, run: &ReviewRun, area: Rect, buf: &mut Buffer) {
    let theme = &app.theme;
    let [header_area, body_area, footer_area] =
        Layout::vertical([Constraint::Length(1), Constraint::Min(3), Constraint::Length(1)])
            .areas(area);
    super::header(&t!("review-title"), &t!("review-summary-header"), theme, header_area, buf);
    let inner = super::panel(&format!(" {} ", t!("review-summary-title")), theme, body_area, buf);
    let width = inner.width as usize;
    let mut lines: Vec<Line> = Vec::new();
    let right = run.reviewed.iter().filter(|r| r.recall == Recall::Good).count();
    let score = if run.reviewed.is_empty() {
        t!("review-summary-none")
    } else {
        t!("review-summary-score", right = right, reviewed = run.reviewed.len())
    };
    lines.extend(wrap(&score, width).into_iter().map(|l| Line::styled(l, theme.highlight)));
    lines.push(Line::raw(""));
    for r in &run.reviewed {
        let (mark, style) = if r.stronger() { ("↑", theme.good) } else { ("↓", theme.error) };
        let how = match r.recall {
            Recall::Good => t!("review-recall-good"),
            Recall::Hard => t!("review-recall-hard"),
            Recall::Again => t!("review-recall-again"),
        };
        let change = if r.stronger() { t!("review-stronger") } else { t!("review-weaker") };
        let line = t!(
            "review-summary-line",
            name = visible(&r.name()).into_owned(),
            how = how,
            change = change,
            before = days(r.before),
            after = days(r.after),
            due = r.due.format("%Y-%m-%d").to_string()
        );
        let mut wrapped = wrap(&line, width.saturating_sub(2)).into_iter();
        if let Some(first) = wrapped.next() {
            lines.push(Line::from(vec![Span::styled(format!("{mark} "), style), Span::raw(first)]));
        }
        lines.extend(wrapped.map(|l| Line::raw(format!("  {l}"))));
    }
    let left = run.items.len().saturating_sub(run.reviewed.len());
    if left > 0 {
        lines.push(Line::raw(""));
        let rest = t!("review-summary-left", count = left);
        lines.extend(wrap(&rest, width).into_iter().map(|l| Line::styled(l, theme.dim)));
    }
    let rows = inner.height as usize;
    let hidden = lines.len().saturating_sub(rows);
    for (k, line) in lines.into_iter().take(rows).enumerate() {
        line.render(Rect { y: inner.y + k as u16, height: 1, ..inner }, buf);
    }
    if hidden > 0 {
        super::more_below(hidden, true, theme, body_area, buf);
    }
    super::footer(keys::REVIEWED, keys::REVIEWED_FOOTER, theme, footer_area, buf);
}
