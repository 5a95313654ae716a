//! The lesson browser: the course in order, then the user's lessons.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use crate::tui::app::App;
use crate::tui::strings;
use crate::tui::text::truncate;

use super::bars::window_start;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let (browser, theme) = (&app.browser, &app.theme);
    let [header_area, list_area, footer_area] =
        Layout::vertical([Constraint::Length(1), Constraint::Min(3), Constraint::Length(1)])
            .areas(area);
    super::header(
        "lessons",
        &format!("{} lessons ", browser.entries.len()),
        theme,
        header_area,
        buf,
    );
    let inner = super::panel(strings::BROWSER_TITLE, theme, list_area, buf);
    // Two rows a lesson: the title, and its summary or where it comes from.
    let visible = (inner.height as usize / 2).max(1);
    let first = window_start(browser.selected, browser.entries.len(), visible);
    let width = inner.width as usize;
    for (row, (i, entry)) in
        browser.entries.iter().enumerate().skip(first).take(visible).enumerate()
    {
        let selected = i == browser.selected;
        let marker = if selected { "▶" } else { " " };
        let origin = entry.origin.describe();
        let status = match app.progress.lessons.get(&entry.origin.progress_key()) {
            _ if entry.problem.is_some() => " (invalid)".to_string(),
            Some(p) if p.completed => "  ✓ completed".to_string(),
            Some(p) => format!(
                "  · page {}/{}, {}/{} answered",
                p.page + 1,
                p.pages,
                p.answers.len(),
                p.questions
            ),
            None => String::new(),
        };
        let title = format!("{marker}{:>2}  {}{status}", i + 1, entry.title);
        let title_style = if selected { theme.selected } else { theme.text };
        let detail = if entry.summary.is_empty() { origin } else { entry.summary.clone() };
        let y = inner.y + 2 * row as u16;
        Line::from(Span::styled(truncate(&title, width), title_style))
            .render(Rect { y, height: 1, ..inner }, buf);
        Line::from(Span::styled(truncate(&format!("     {detail}"), width), theme.dim))
            .render(Rect { y: y + 1, height: 1, ..inner }, buf);
    }
    match &app.notice {
        Some(notice) => {
            Line::from(Span::styled(format!(" {notice}"), theme.error)).render(footer_area, buf)
        }
        None => super::footer(strings::BROWSER_FOOTER, theme, footer_area, buf),
    }
    if let Some(problem) = &browser.problem {
        super::problem_panel(strings::BROKEN_TITLE, problem, theme, list_area, buf);
    }
}
