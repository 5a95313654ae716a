//! Every page of every built-in lesson, with each panel open, at the sizes students use: each
//! line a panel meant to show is on the screen whole (re-joined across its wraps), or ends in
//! the cut marker with the rest a key away.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use kltutor::lesson::builtin::COURSE;
use kltutor::lesson::catalog::Origin;
use kltutor::tui::App;
use kltutor::tui::fit::{CUT, Drawn, recording};
use kltutor::tui::theme::Theme;

mod screen;

fn key(app: &mut App, code: KeyCode) {
    app.handle_key(KeyEvent::new(code, KeyModifiers::NONE));
}

fn opened(origin: Origin) -> App {
    let course: Vec<Origin> = COURSE.iter().map(Origin::Builtin).collect();
    let mut app = App::new(course, Theme::new(false));
    app.open(origin);
    app
}

/// The text of `width` columns of row `y` from `x`, a wide character counted once.
fn read(buffer: &ratatui::buffer::Buffer, x: u16, y: u16, width: usize) -> String {
    let mut out = String::new();
    let mut used = 0;
    let mut col = x;
    while used < width && col < buffer.area.right() {
        let symbol = buffer[(col, y)].symbol();
        let w = textwrap::core::display_width(symbol).max(1);
        out.push_str(symbol);
        used += w;
        col += w as u16;
    }
    out
}

fn bare(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// What is wrong with how the logical lines were drawn: a row not in the buffer as drawn
/// (cut by its area or drawn over), a line neither whole nor ending in the cut marker.
fn problems(
    terminal: &ratatui::Terminal<ratatui::backend::TestBackend>,
    drawn: &[Drawn],
) -> Vec<String> {
    let buffer = terminal.backend().buffer();
    let mut out = Vec::new();
    for d in drawn {
        for (rect, text) in &d.rows {
            let w = textwrap::core::display_width(text);
            let there = read(buffer, rect.x, rect.y, w);
            if w > rect.width as usize || there != *text {
                out.push(format!(
                    "[{}] row {:?} drawn as {text:?}, reads {there:?}",
                    d.panel, rect
                ));
            }
        }
        let joined: String = d.rows.iter().map(|(_, t)| bare(t)).collect();
        let logical = bare(&d.logical);
        let cut = joined
            .strip_suffix(CUT)
            .or_else(|| joined.strip_suffix('→'))
            .is_some_and(|head| logical.starts_with(head));
        if joined != logical && !cut {
            out.push(format!(
                "[{}] {:?} shows as {:?}",
                d.panel,
                d.logical,
                d.rows.iter().map(|r| &r.1).collect::<Vec<_>>()
            ));
        }
    }
    out
}

#[test]
fn every_line_of_every_panel_is_whole_or_marked() {
    let mut failures = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    for builtin in COURSE.iter() {
        let origin = Origin::Builtin(builtin);
        let id = origin.id().to_string();
        let lang =
            if id.ends_with("-zh") { kltutor::i18n::Lang::Zh } else { kltutor::i18n::Lang::En };
        kltutor::i18n::with_lang(lang, || {
            let mut app = opened(origin);
            let pages = app.lesson.as_ref().unwrap().pages();
            for page in 0..=pages {
                if page == pages {
                    // The summary after the last page.
                    app.lesson.as_mut().unwrap().go_to_page(pages - 1);
                    app.screen = kltutor::tui::app::Screen::Summary;
                } else {
                    app.lesson.as_mut().unwrap().go_to_page(page);
                }
                let panels: &[char] =
                    if page == pages { &['-', '?'] } else { &['-', 'c', 'v', 'w', 'i', 'd', '?'] };
                for &panel in panels {
                    if panel != '-' {
                        key(&mut app, KeyCode::Char(panel));
                    }
                    for (w, h) in [(80, 24), (100, 30), (120, 40)] {
                        let (terminal, drawn) = recording(|| screen::draw(&app, w, h));
                        seen.extend(drawn.iter().map(|d| d.panel.clone()));
                        for p in problems(&terminal, &drawn) {
                            failures
                                .push(format!("{id} page {page} panel {panel} at {w}×{h}: {p}"));
                        }
                    }
                    app.help = false;
                    if panel != '-' && page < pages {
                        app.lesson.as_mut().unwrap().close_panel();
                    }
                }
            }
        });
    }
    for panel in [
        "step",
        "derivation",
        "chart",
        "conventions",
        "codes",
        "joint",
        "density",
        "help",
        "summary",
    ] {
        assert!(seen.contains(panel), "no line of the {panel} panel was checked: {seen:?}");
    }
    let count = failures.len();
    failures.truncate(60);
    assert!(count == 0, "{count} lines cut or drawn over:\n{}", failures.join("\n"));
}
