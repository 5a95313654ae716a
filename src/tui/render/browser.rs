//! The lesson browser: the course in order, then the user's lessons.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use crate::lesson::catalog::Origin;
use crate::t;
use crate::tui::app::App;
use crate::tui::keys;
use crate::tui::text::truncate;
use crate::visible;

use super::bars::window_start;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let (browser, theme) = (&app.browser, &app.theme);
    let [header_area, list_area, footer_area] =
        Layout::vertical([Constraint::Length(1), Constraint::Min(3), Constraint::Length(1)])
            .areas(area);
    super::header(
        &t!("tui-browser-header"),
        // Lessons only: practice and review are listed but are not lessons.
        &format!("{} ", t!("tui-browser-count", count = lessons_listed(browser))),
        theme,
        header_area,
        buf,
    );
    let inner = super::panel(&format!(" {} ", t!("tui-browser-title")), theme, list_area, buf);
    // Two rows a lesson: the title, and its summary or where it comes from. The lessons in
    // other languages follow under a heading, which takes a lesson's two rows.
    let slots: Vec<Option<usize>> = (0..browser.entries.len())
        .flat_map(|i| (browser.others == Some(i)).then_some(None).into_iter().chain([Some(i)]))
        .collect();
    let visible = (inner.height as usize / 2).max(1);
    let at = slots.iter().position(|s| *s == Some(browser.selected)).unwrap_or(0);
    let first = window_start(at, slots.len(), visible);
    let width = inner.width as usize;
    for (row, slot) in slots.iter().skip(first).take(visible).enumerate() {
        let y = inner.y + 2 * row as u16;
        let Some(i) = *slot else {
            let heading = format!(" {}", t!("tui-browser-other-language"));
            Line::from(Span::styled(truncate(&heading, width), theme.title))
                .render(Rect { y: y + 1, height: 1, ..inner }, buf);
            continue;
        };
        let entry = &browser.entries[i];
        let selected = i == browser.selected;
        let marker = theme.marker(selected);
        let origin = entry.origin.describe();
        let key = entry.origin.progress_key();
        let status = match app.progress.lessons.get(&key) {
            _ if entry.problem.is_some() => format!(" {}", t!("tui-browser-invalid")),
            Some(p) if p.completed => format!(
                "  ✓ {}",
                t!("tui-browser-completed", right = p.right_first_time(), questions = p.questions)
            ),
            Some(p) => format!(
                "  · {}",
                t!(
                    "tui-browser-progress",
                    page = p.page + 1,
                    pages = p.pages,
                    right = p.right_first_time(),
                    questions = p.questions
                )
            ),
            None => String::new(),
        };
        // Questions remembered for weeks.
        let prefix = format!("{key}#");
        let mastered =
            app.progress.skills.iter().filter(|(id, s)| id.starts_with(&prefix) && s.mastered());
        let status = match mastered.count() {
            0 => status,
            n => format!("{status} · {}", t!("review-mastered", count = n)),
        };
        let name = match entry.origin {
            // The review names how many skills are due, now.
            Origin::Review => t!("review-entry", count = app.due_count()),
            _ => visible::visible(&entry.title).into_owned(),
        };
        let title = format!("{marker}{:>2}  {name}{status}", entry.number);
        let title_style = theme.item(selected);
        let detail = if entry.user_copy {
            t!("tui-browser-your-copy", path = origin)
        } else if entry.summary.is_empty() {
            origin
        } else {
            visible::visible(&entry.summary).into_owned()
        };
        Line::from(Span::styled(truncate(&title, width), title_style))
            .render(Rect { y, height: 1, ..inner }, buf);
        Line::from(Span::styled(truncate(&format!("     {detail}"), width), theme.dim))
            .render(Rect { y: y + 1, height: 1, ..inner }, buf);
    }
    match &app.notice {
        Some(notice) => {
            Line::from(Span::styled(format!(" {notice}"), theme.error)).render(footer_area, buf)
        }
        None => super::footer(keys::BROWSER, keys::BROWSER_FOOTER, theme, footer_area, buf),
    }
    if let Some(problem) = &browser.problem {
        super::problem_panel(
            &format!(" {} ", t!("tui-broken-title")),
            problem,
            theme,
            list_area,
            buf,
        );
    }
}

/// How many of the browser's entries are lessons (the course and the user's own).
fn lessons_listed(browser: &crate::tui::state::Browser) -> usize {
    browser
        .entries
        .iter()
        .filter(|e| matches!(e.origin, Origin::Builtin(_) | Origin::File(_)))
        .count()
}
