//! Drawing: the screens and their regions.
//!
//! The lesson view at 80×24 (wider and taller terminals give the panels more room):
//!
//! ```text
//!  kltutor · Which model is closer?                         bits · D(A‖B)   header
//! ┌ Step 2/7 ──────────────────────────────────────────────────────────┐
//! │ D(A‖B) adds up, outcome by outcome, a·log₂(a/b) ...                  │  the lesson's text
//! └────────────────────────────────────────────────────────────────────┘
//! ┌ Distributions ───────────────┐┌ Step by step ───────────────────────┐
//! │ heads A ███████████     ½     ││ D(A‖B) = Σ a·log₂(a/b)               │  bars | derivation
//! │       B ██████          ¼     ││ = ½·log₂(½÷¼) + ½·log₂(½÷¾)          │
//! └──────────────────────────────┘└─────────────────────────────────────┘
//! ┌ Terms of D(A‖B) ─────────────┐┌ H(A,B) = H(A) + D(A‖B) ─────────────┐
//! │ heads        │█████  +0.5000  ││ ██████████████████░░░░ 1.2075 bits   │  signed terms | sum
//! └──────────────────────────────┘└─────────────────────────────────────┘
//!  B is closer to A than C: 0.2075 < 0.5963 bits                            ranking
//!  ←→ outcome  ↑↓ ±  = type  Tab model  m quantity  u unit  ? help  q back   footer
//! ```

mod bars;
mod browser;
mod chart;
mod codes;
mod contributions;
mod conventions;
mod decomposition;
mod density;
mod derivation;
mod help;
mod joint;
pub(super) mod lesson;
mod models;
mod review;
mod sections;
mod summary;

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::app::{App, Screen};
use super::keys::{self, Action, Binding};
use super::theme::Theme;

/// Below this size the layout cannot be drawn sensibly.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 20;

impl Widget for &App {
    fn render(self, area: Rect, buf: &mut Buffer) {
        if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
            too_small(area, buf, &self.theme);
            return;
        }
        match (self.screen, &self.lesson) {
            (Screen::Lesson, Some(lesson)) => {
                lesson::render(lesson, &self.theme, area, buf);
                if let Some(drill) = &self.practice {
                    practice_header(drill, lesson, &self.theme, area, buf);
                }
                if let Some(run) = &self.review {
                    review::header(run, lesson, &self.theme, area, buf);
                }
            }
            (Screen::Reviewed, _) => match &self.review {
                Some(run) => review::summary(self, run, area, buf),
                None => browser::render(self, area, buf),
            },
            (Screen::Summary, Some(lesson)) => summary::render(self, lesson, area, buf),
            _ => browser::render(self, area, buf),
        }
        if let (Some(_), Some(lesson)) = (self.confirm, &self.lesson) {
            confirm(lesson, &self.theme, area, buf);
        }
        if self.help {
            help::render(self.screen, self.help_scroll, &self.theme, area, buf);
        }
    }
}

/// A practice run's header: the streak and the first-try score, and once the exercise is done
/// with, how to get the next.
fn practice_header(
    drill: &super::state::Drill,
    lesson: &super::state::LessonState,
    theme: &Theme,
    area: Rect,
    buf: &mut Buffer,
) {
    let title = crate::t!(
        "practice-header",
        streak = drill.streak,
        right = drill.right_first,
        done = drill.done
    );
    let next =
        if lesson.open_question().is_none() { crate::t!("practice-next") } else { String::new() };
    let row = Rect { height: 1, ..area };
    crate::tui::fit::clear(row, buf);
    header(&title, &next, theme, row, buf);
}

/// The question before leaving with unsaved edits, wrapped over the rows above the last: the
/// file the edits go to, or for a built-in lesson its title and where its copy goes.
fn confirm(lesson: &super::state::LessonState, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let path = lesson.save_destination().map(|p| p.display().to_string());
    let path = path.as_deref().map(crate::visible::visible);
    let question = match (&lesson.origin, path) {
        (crate::lesson::catalog::Origin::Builtin(_), Some(path)) => crate::t!(
            "tui-confirm-leave-builtin",
            title = crate::visible::visible(&lesson.lesson.title),
            path = path
        ),
        (_, Some(path)) => crate::t!("tui-confirm-leave", file = path),
        (origin, None) => crate::t!("tui-confirm-leave", file = origin.describe()),
    };
    let width = area.width.saturating_sub(1) as usize;
    let rows = super::text::wrap(&question, width).len().clamp(1, 3) as u16;
    let ask = Rect { y: area.bottom() - 1 - rows, height: rows, ..area };
    let keys_row = Rect { y: area.bottom() - 1, height: 1, ..area };
    crate::tui::fit::clear(ask.union(keys_row), buf);
    let line = crate::tui::fit::Wrapped::new(
        &question,
        width,
        crate::tui::fit::Kind::Prose,
        theme.highlight,
    );
    let text = Rect { x: area.x + 1, width: area.width.saturating_sub(1), ..ask };
    crate::tui::fit::draw("confirm", vec![line], 0, text, buf);
    footer(keys::CONFIRM, keys::CONFIRM_FOOTER, theme, keys_row, buf);
}

fn too_small(area: Rect, buf: &mut Buffer, theme: &Theme) {
    let lines = vec![
        Line::from(Span::styled("kltutor", theme.title)),
        Line::from(crate::t!("tui-too-small", size = format!("{MIN_WIDTH}×{MIN_HEIGHT}"))),
        Line::from(crate::t!(
            "tui-too-small-now",
            size = format!("{}×{}", area.width, area.height)
        )),
    ];
    let top = area.height.saturating_sub(lines.len() as u16) / 2;
    let area = Rect { y: area.y + top, height: area.height - top, ..area };
    Paragraph::new(lines).alignment(Alignment::Center).render(area, buf);
}

/// The bottom line: keys and what they do. When it does not fit, entries are dropped from the
/// middle: the first keys and the last (help, back) always show.
/// The footer: each action's keys and a word for it, from the key table; entries drop out of
/// the middle until the rest fit.
fn footer(table: &[Binding], actions: &[Action], theme: &Theme, area: Rect, buf: &mut Buffer) {
    footer_saying(table, actions, &[], theme, area, buf)
}

/// A footer in which some keys are told by other words (catalog ids), for a view where they
/// do something else: on the density panel ←→ move the mean.
fn footer_saying(
    table: &[Binding],
    actions: &[Action],
    words: &[(Action, &str)],
    theme: &Theme,
    area: Rect,
    buf: &mut Buffer,
) {
    let word = |b: &Binding| words.iter().find(|(a, _)| *a == b.action).map_or(b.word, |w| w.1);
    let mut shown: Vec<(&str, String)> = actions
        .iter()
        .filter_map(|&a| keys::described(table, a))
        .map(|b| (b.short, crate::i18n::message(word(b), &[])))
        .collect();
    let entry_width =
        |(key, what): &(&str, String)| super::text::width(key) + super::text::width(what) + 3;
    while shown.len() > 3 && shown.iter().map(entry_width).sum::<usize>() + 1 > area.width as usize
    {
        shown.remove(shown.len() - 3);
    }
    let mut spans = vec![Span::raw(" ")];
    for (key, what) in shown {
        spans.push(Span::styled(key, theme.key));
        spans.push(Span::styled(format!(" {what}  "), theme.dim));
    }
    let line = Line::from(spans);
    let text: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
    line.render(area, buf);
    let text = text.trim_end().to_string();
    crate::tui::fit::note("footer", text.clone(), vec![(area, text)]);
}

/// "↑ N more" in the top border of a panel scrolled past its start: lines of text, or items
/// (outcomes, bars) of a list.
fn more_above(hidden: usize, lines: bool, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let more = if lines {
        crate::t!("tui-more-lines-above", count = hidden)
    } else {
        crate::t!("tui-more-above", count = hidden)
    };
    let more = format!(" {more} ");
    let w = super::text::width(&more) as u16;
    let x = area.right().saturating_sub(w + 1);
    let row = Rect { x, y: area.y, width: w.min(area.width), height: 1 };
    Line::from(Span::styled(more, theme.dim)).render(row, buf);
}

/// "↓ N more" in the bottom border of a panel whose content does not fit: lines of text, or
/// items of a list.
fn more_below(hidden: usize, lines: bool, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let more = if lines {
        crate::t!("tui-more-lines-below", count = hidden)
    } else {
        crate::t!("tui-more-below", count = hidden)
    };
    let more = format!(" {more} ");
    let w = super::text::width(&more) as u16;
    let x = area.right().saturating_sub(w + 1);
    let row = Rect { x, y: area.bottom().saturating_sub(1), width: w.min(area.width), height: 1 };
    Line::from(Span::styled(more, theme.dim)).render(row, buf);
}

/// Diagnostics over `area`, in a red-bordered panel.
fn problem_panel(title: &str, problems: &str, theme: &Theme, area: Rect, buf: &mut Buffer) {
    crate::tui::fit::clear(area, buf);
    let inner = framed(title, theme.error, theme.error, area, buf);
    let lines = problems.lines().flat_map(|l| super::text::wrap(l, inner.width as usize));
    for (k, line) in lines.take(inner.height as usize).enumerate() {
        Line::raw(line).render(Rect { y: inner.y + k as u16, height: 1, ..inner }, buf);
    }
}

/// A bordered panel with a title; returns the area inside the border.
fn panel(title: &str, theme: &Theme, area: Rect, buf: &mut Buffer) -> Rect {
    framed(title, theme.border, theme.title, area, buf)
}

/// A panel's title as it fits its top border: whole, or without its closing remark in
/// brackets, or without its last parts after " · " (keys the footer names too).
fn fitted_title(title: &str, room: usize) -> String {
    let width = super::text::width;
    let mut title = title.to_string();
    if width(&title) <= room {
        return title;
    }
    let padded = title.ends_with(' ');
    let trimmed = title.trim_end();
    for (open, close) in [(" (", ")"), ("（", "）")] {
        if let Some(at) = trimmed.strip_suffix(close).and_then(|t| t.rfind(open)) {
            title = format!("{}{}", &trimmed[..at], if padded { " " } else { "" });
            break;
        }
    }
    while width(&title) > room {
        let Some(at) = title.trim_end().rfind(" · ") else { break };
        title = format!("{} ", &title[..at]);
    }
    title
}

fn framed(title: &str, border: Style, title_style: Style, area: Rect, buf: &mut Buffer) -> Rect {
    let title = &fitted_title(title, area.width.saturating_sub(2) as usize);
    let block = ratatui::widgets::Block::bordered()
        .title(title.as_str())
        .border_style(border)
        .title_style(title_style);
    let inner = block.inner(area);
    block.render(area, buf);
    // The title sits on the top border after its corner, and must fit there.
    let on_border =
        Rect { x: area.x + 1, y: area.y, width: area.width.saturating_sub(2), height: 1 };
    crate::tui::fit::note("title", title.to_string(), vec![(on_border, title.to_string())]);
    inner
}

/// The top line: the app's name, the screen's title, and a note on the right.
fn header(title: &str, right: &str, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let right_width = super::text::width(right) as u16 + 1;
    // The app's name goes first when the title would not fit beside it.
    let room = area.width.saturating_sub(right_width + 1) as usize;
    let branded = super::text::width(title) + 11 <= room;
    let shown = super::text::truncate(title, if branded { room - 11 } else { room });
    let mut spans = vec![Span::raw(" ")];
    if branded {
        spans = vec![Span::styled(" kltutor", theme.title), Span::styled(" · ", theme.dim)];
    }
    spans.push(Span::styled(shown, theme.text.bold()));
    let line = Line::from(spans);
    let left: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
    line.render(area, buf);
    let title = if branded { format!(" kltutor · {title}") } else { format!(" {title}") };
    let x = area.right().saturating_sub(right_width);
    let right_area = Rect { x, width: right_width, ..area };
    Line::from(Span::styled(right, theme.dim)).render(right_area, buf);
    let fit = crate::tui::fit::note;
    fit("header", title, vec![(area, left)]);
    if !right.is_empty() {
        fit("header", right.to_string(), vec![(right_area, right.to_string())]);
    }
}
