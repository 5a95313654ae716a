//! The help overlay: every key of the current screen.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Widget};

use crate::tui::app::Screen;
use crate::tui::keys;
use crate::tui::theme::Theme;

pub fn render(screen: Screen, scroll: usize, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let table = match screen {
        Screen::Browser => keys::BROWSER,
        Screen::Lesson => keys::LESSON,
        Screen::Summary => keys::SUMMARY,
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
    lines.push(Line::from(Span::styled(format!(" {}", crate::t!("tui-copy-hint")), theme.dim)));
    lines.push(Line::from(Span::styled(format!(" {}", crate::t!("tui-help-close")), theme.dim)));
    let width = lines.iter().map(|l| l.width()).max().unwrap_or(10) as u16 + 3;
    let [popup] = Layout::horizontal([Constraint::Length(width.min(area.width))])
        .flex(Flex::Center)
        .areas(area);
    let [popup] = Layout::vertical([Constraint::Length((lines.len() as u16 + 2).min(area.height))])
        .flex(Flex::Center)
        .areas(popup);
    crate::tui::fit::clear(popup, buf);
    let block = Block::bordered()
        .title(format!(" {} ", crate::t!("tui-help-title")))
        .border_style(theme.focus_border)
        .title_style(theme.title);
    let inner = block.inner(popup);
    block.render(popup, buf);
    // Taller than the terminal: ↑↓ scroll, and the border says how much is below.
    let rows = inner.height as usize;
    let scroll = scroll.min(lines.len().saturating_sub(rows));
    let below = lines.len().saturating_sub(scroll + rows);
    for (k, line) in lines.into_iter().skip(scroll).take(rows).enumerate() {
        line.render(Rect { y: inner.y + k as u16, height: 1, ..inner }, buf);
    }
    if below > 0 {
        super::more_below(below, theme, popup, buf);
    }
}
