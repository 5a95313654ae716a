//! The help overlay: every key of the current screen.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Widget};

use crate::tui::app::Screen;
use crate::tui::keys;
use crate::tui::theme::Theme;

pub fn render(screen: Screen, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let table = match screen {
        Screen::Browser => keys::BROWSER,
        Screen::Lesson => keys::LESSON,
    };
    let rows: Vec<(&str, String)> = keys::listed(table)
        .map(|b| (b.label, crate::i18n::message(b.help, &[])))
        .chain([("Ctrl-C", crate::t!("keys-ctrl-c"))])
        .collect();
    let key_width = rows.iter().map(|(k, _)| k.chars().count()).max().unwrap_or(1);
    let mut lines: Vec<Line> = rows
        .into_iter()
        .map(|(k, what)| {
            Line::from(vec![
                Span::styled(format!(" {k:<key_width$}  "), theme.key),
                Span::raw(what),
            ])
        })
        .collect();
    // On a short screen the copy hint gives way first: how to close help must stay.
    if lines.len() + 4 <= area.height as usize {
        lines.push(Line::from(Span::styled(format!(" {}", crate::t!("tui-copy-hint")), theme.dim)));
    }
    lines.push(Line::from(Span::styled(format!(" {}", crate::t!("tui-help-close")), theme.dim)));
    let width = lines.iter().map(|l| l.width()).max().unwrap_or(10) as u16 + 3;
    let [popup] = Layout::horizontal([Constraint::Length(width.min(area.width))])
        .flex(Flex::Center)
        .areas(area);
    let [popup] = Layout::vertical([Constraint::Length((lines.len() as u16 + 2).min(area.height))])
        .flex(Flex::Center)
        .areas(popup);
    Clear.render(popup, buf);
    let block = Block::bordered()
        .title(format!(" {} ", crate::t!("tui-help-title")))
        .border_style(theme.focus_border)
        .title_style(theme.title);
    let inner = block.inner(popup);
    block.render(popup, buf);
    for (k, line) in lines.into_iter().take(inner.height as usize).enumerate() {
        line.render(Rect { y: inner.y + k as u16, height: 1, ..inner }, buf);
    }
}
