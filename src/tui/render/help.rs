//! The help overlay: every key of the current screen.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Widget};

use crate::tui::app::Screen;
use crate::tui::fit::{self, Kind, Wrapped};
use crate::tui::keys;
use crate::tui::text::{width, wrap};
use crate::tui::theme::Theme;

pub fn render(screen: Screen, scroll: usize, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let table = match screen {
        Screen::Browser => keys::BROWSER,
        Screen::Lesson => keys::LESSON,
        Screen::Summary => keys::SUMMARY,
        Screen::Reviewed => keys::REVIEWED,
    };
    let rows: Vec<(&str, String)> = keys::listed(table)
        .map(|b| (b.label, crate::i18n::message(b.help, &[])))
        .chain([("Ctrl-C", crate::t!("keys-ctrl-c"))])
        .collect();
    let key_width = rows.iter().map(|(k, _)| width(k)).max().unwrap_or(1);
    // As wide as the longest line, within the screen; a description too long for it wraps
    // under itself, after the key's column.
    let widest = rows.iter().map(|(_, what)| width(what)).max().unwrap_or(10) + key_width + 3;
    let closing = [crate::t!("tui-copy-hint"), crate::t!("tui-help-close")];
    let widest = closing.iter().map(|l| width(l) + 1).fold(widest, usize::max);
    let popup_width = (widest as u16 + 3).min(area.width);
    let text_width = popup_width.saturating_sub(2) as usize;
    let desc_width = text_width.saturating_sub(key_width + 3).max(8);
    let mut lines: Vec<Wrapped> = rows
        .into_iter()
        .map(|(k, what)| {
            let pieces = wrap(&what, desc_width);
            let rows = pieces
                .iter()
                .enumerate()
                .map(|(n, piece)| {
                    let key = if n == 0 { k } else { "" };
                    Line::from(vec![
                        Span::styled(format!(" {key:<key_width$}  "), theme.key),
                        Span::raw(piece.clone()),
                    ])
                })
                .collect();
            Wrapped::rows(format!("{k} {what}"), rows)
        })
        .collect();
    let copy = format!(" {}", crate::t!("tui-copy-hint"));
    lines.push(Wrapped::new(&copy, text_width, Kind::Prose, theme.dim));
    // How to close and scroll the overlay stays in view at its foot, however it is scrolled.
    let close = format!(" {}", crate::t!("tui-help-close"));
    let pinned = vec![Wrapped::new(&close, text_width, Kind::Prose, theme.dim)];
    let all_rows: usize = lines.iter().chain(&pinned).map(|l| l.rows.len()).sum();
    let [popup] =
        Layout::horizontal([Constraint::Length(popup_width)]).flex(Flex::Center).areas(area);
    let [popup] = Layout::vertical([Constraint::Length((all_rows as u16 + 2).min(area.height))])
        .flex(Flex::Center)
        .areas(popup);
    crate::tui::fit::clear(popup, buf);
    let block = Block::bordered()
        .title(format!(" {} ", crate::t!("tui-help-title")))
        .border_style(theme.focus_border)
        .title_style(theme.title);
    let inner = block.inner(popup);
    block.render(popup, buf);
    let pinned_rows = pinned[0].rows.len() as u16;
    let list = Rect { height: inner.height.saturating_sub(pinned_rows), ..inner };
    let foot = Rect { y: list.bottom(), height: inner.height - list.height, ..inner };
    // Taller than the terminal: ↑↓ scroll, and the border says how much is above and below.
    let hidden = fit::draw("help", lines, scroll, list, buf);
    fit::draw("help", pinned, 0, foot, buf);
    if hidden.above > 0 {
        super::more_above(hidden.above, true, theme, popup, buf);
    }
    if hidden.below > 0 {
        super::more_below(hidden.below, true, theme, popup, buf);
    }
}
