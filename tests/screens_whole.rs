//! Every page of every built-in lesson, with each panel open, at the sizes students use (down to
//! 60×20, the smallest the tutor draws): each line a panel meant to show — the header, the
//! footer, the notes and the status line and every panel's title included — is on the screen
//! whole (re-joined across its wraps), or ends in the cut marker in a panel whose keys show the
//! rest; and a panel with lines out of view says so in its border.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use kltutor::lesson::builtin::COURSE;
use kltutor::lesson::catalog::Origin;
use kltutor::tui::App;
use kltutor::tui::fit::{CUT, Record, recording};
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
    if y >= buffer.area.bottom() {
        return out;
    }
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

/// The panels whose keys bring a line cut short into view: none. Every line must fit or wrap.
const SHOWS_THE_REST: &[&str] = &[];

/// Whether row `y` from `x` for `width` columns holds a sign that rows are out of view: an
/// arrow (`↑ 3 more`, `↓ 5 more`) or a range (`1–8 of 10`).
fn indicator(buffer: &ratatui::buffer::Buffer, x: u16, y: u16, width: u16) -> bool {
    if y >= buffer.area.bottom() {
        return false;
    }
    let row = read(buffer, x, y, width as usize);
    row.contains(['↑', '↓', '–'])
}

/// What is wrong with how the logical lines were drawn: a row not in the buffer as drawn
/// (cut by its area or drawn over), a line neither whole nor ending in the cut marker where a
/// key shows the rest, rows out of view that no border tells of.
fn problems(
    terminal: &ratatui::Terminal<ratatui::backend::TestBackend>,
    record: &Record,
) -> Vec<String> {
    let buffer = terminal.backend().buffer();
    let mut out = Vec::new();
    for d in &record.lines {
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
        if joined != logical && !(cut && SHOWS_THE_REST.contains(&d.panel.as_str())) {
            out.push(format!(
                "[{}] {:?} shows as {:?}",
                d.panel,
                d.logical,
                d.rows.iter().map(|r| &r.1).collect::<Vec<_>>()
            ));
        }
    }
    for w in &record.windows {
        let a = w.area;
        let (x, width) = (a.x.saturating_sub(1), a.width + 2);
        let above = a.y.checked_sub(1).is_some_and(|y| indicator(buffer, x, y, width))
            || (a.bottom()..a.bottom() + 3).any(|y| indicator(buffer, x, y, width));
        let below = (a.bottom()..a.bottom() + 3).any(|y| indicator(buffer, x, y, width));
        if w.hidden.above > 0 && !above {
            out.push(format!(
                "[{}] {} rows above {a:?} and no sign of them",
                w.panel, w.hidden.above
            ));
        }
        if w.hidden.below > 0 && !below {
            out.push(format!(
                "[{}] {} rows below {a:?} and no sign of them",
                w.panel, w.hidden.below
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
                    for (w, h) in [(60, 20), (80, 24), (100, 30), (120, 40)] {
                        let (terminal, drawn) = recording(|| screen::draw(&app, w, h));
                        seen.extend(drawn.lines.iter().map(|d| d.panel.clone()));
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
        "header",
        "footer",
        "title",
        "notes",
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
    failures.sort();
    failures.dedup();
    failures.truncate(400);
    assert!(count == 0, "{count} lines cut or drawn over:\n{}", failures.join("\n"));
}

/// The header names the quantity the derivation below works out, for every distribution Tab
/// selects and every quantity `m` shows: with the truth selected, the pair last compared.
#[test]
fn the_header_names_what_the_derivation_works_out() {
    let origin = Origin::Builtin(COURSE.iter().find(|b| b.id == "kl-divergence").unwrap());
    let mut app = opened(origin);
    let distributions = app.lesson.as_ref().unwrap().dists.len();
    for _ in 0..7 {
        for _ in 0..distributions {
            key(&mut app, KeyCode::Tab);
            let (_, record) = recording(|| screen::draw(&app, 80, 24));
            let header = record.lines.iter().rfind(|d| d.panel == "header").unwrap();
            let first = record.lines.iter().find(|d| d.panel == "derivation").unwrap();
            let symbol = first.logical.split(" = ").next().unwrap();
            assert_eq!(header.logical.rsplit(" · ").next().unwrap(), symbol, "{}", first.logical);
        }
        key(&mut app, KeyCode::Char('m'));
    }
}
