//! The lesson view: lays out the regions and draws the lines between them.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use crate::info::Quantity;
use crate::lesson::{Answer, variant};
use crate::notation::Style as Notation;
use crate::t;
use crate::tui::fit::{self, Kind, Wrapped};
use crate::tui::keys::{self, Action};
use crate::tui::state::panel::{Panel, Shown};
use crate::tui::state::{Input, LessonState, Page, Purpose};
use crate::tui::text::wrap;
use crate::tui::theme::Theme;

/// The lesson view, top to bottom (see the sketch in `render/mod.rs`): each region is sized
/// here and drawn by a function of its own.
pub fn render(state: &LessonState, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let width = area.width.saturating_sub(2) as usize;
    let step_lines = page_lines(state, theme, width);
    let note_lines = note_lines(state, width);
    let status_lines: Vec<String> =
        state.status.as_deref().map(|s| wrap(s, width)).unwrap_or_default();
    // The lesson's text may take up to half the screen; beyond that it scrolls (J/K).
    let step_height = (step_lines.rows() as u16 + 2).clamp(3, (area.height / 2).max(5));
    let n = state.lesson.outcomes.len() as u16;
    let terms_height = (n + 2).clamp(4, area.height / 4 + 2);
    // While typing: the line, then what is wrong with it, wrapped, so no message is cut off.
    let error_lines: Vec<String> = match &state.input {
        Some(input) => input.error.as_deref().map(|e| wrap(e, width)).unwrap_or_default(),
        None => Vec::new(),
    };
    let status_height = match state.input {
        Some(_) => 1 + error_lines.len() as u16,
        None => status_lines.len() as u16,
    };
    // The header, the footer and what lies between keep their rows: the page's text and then
    // the terms give way on a short screen, the working keeping its six.
    let fixed = 2 + note_lines.len() as u16 + status_height;
    let terms_height = terms_height.min(area.height.saturating_sub(fixed + 6 + 3)).max(3);
    let step_height = step_height.min(area.height.saturating_sub(fixed + 6 + terms_height)).max(3);
    let [header_area, step_area, top, middle, notes_area, status_area, footer_area] =
        Layout::vertical([
            Constraint::Length(1),
            Constraint::Length(step_height),
            Constraint::Min(6),
            Constraint::Length(terms_height),
            Constraint::Length(note_lines.len() as u16),
            Constraint::Length(status_height),
            Constraint::Length(1),
        ])
        .areas(area);
    header(state, theme, header_area, buf);
    step(state, step_lines, theme, step_area, buf);
    working(state, theme, top, middle, buf);
    over_working(state, theme, top.union(middle), buf);
    notes(&note_lines, theme, notes_area, buf);
    match &state.input {
        Some(input) => {
            input_line(state, input, theme, status_area, buf);
            let below =
                Rect { y: status_area.y + 1, height: status_area.height - 1, ..status_area };
            status(&error_lines, theme.error, below, buf);
            super::footer(keys::INPUT, keys::INPUT_FOOTER, theme, footer_area, buf);
        }
        None => {
            status(&status_lines, theme.dim, status_area, buf);
            footer(state, theme, footer_area, buf);
        }
    }
}

/// Comparisons with a model only where the shown quantity compares: a page about one
/// distribution's information or entropy shows what it teaches and nothing not yet taught.
fn comparing(state: &LessonState) -> bool {
    matches!(
        state.quantity,
        Quantity::Kl | Quantity::KlReverse | Quantity::CrossEntropy | Quantity::Js
    )
}

/// The top line: the lesson's title; the unit and the quantity on view, after a mark of
/// unsaved edits.
fn header(state: &LessonState, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let symbol = quantity_on_view(state);
    let mut right = format!("{} · {symbol}", crate::i18n::unit_name(state.unit));
    if state.dirty() {
        right = format!("● {} · {right}", t!("tui-unsaved"));
    }
    super::header(&state.lesson.title, &right, theme, area, buf);
}

/// The quantity the view works out, as the header names it: the derivation's, which is always
/// of the truth and the compared model (with the truth selected, the model last compared), or
/// over the working the joint panel's mutual information.
pub fn quantity_on_view(state: &LessonState) -> String {
    if let Some(Shown::Joint(_)) = &state.shown {
        return "I(X;Y)".to_string();
    }
    let c = &state.computed;
    crate::notation::symbol(c.derivation.quantity, &c.names, Notation::Unicode)
}

/// The page's text in its panel, scrolled, with how much is above and below; the verdict on
/// the last answer stays in view at the bottom, however the text above it is scrolled.
fn step(state: &LessonState, lines: PageLines, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let inner = super::panel(&page_title(state), theme, area, buf);
    let pinned: u16 = lines.pinned.iter().map(|l| l.rows.len() as u16).sum();
    let pinned = pinned.min(inner.height.saturating_sub(1));
    let text_area = Rect { height: inner.height - pinned, ..inner };
    let pinned_area = Rect { y: text_area.bottom(), height: pinned, ..inner };
    let hidden = fit::draw("step", lines.text, state.text_scroll, text_area, buf);
    fit::draw("step", lines.pinned, 0, pinned_area, buf);
    if hidden.above > 0 {
        super::more_above(hidden.above, true, theme, area, buf);
    }
    if hidden.below > 0 {
        super::more_below(hidden.below, true, theme, area, buf);
    }
}

/// The page's lines: the text and the question, which scroll, and the verdict, which stays.
struct PageLines {
    text: Vec<Wrapped>,
    pinned: Vec<Wrapped>,
}

impl PageLines {
    fn rows(&self) -> usize {
        self.text.iter().chain(&self.pinned).map(|l| l.rows.len()).sum()
    }
}

/// The working: the bars (and the models table, given room) beside the derivation over
/// `top`; the terms, and beside a comparison its decomposition, over `middle`.
fn working(state: &LessonState, theme: &Theme, top: Rect, middle: Rect, buf: &mut Buffer) {
    let split = if top.width >= 120 { 45 } else { 50 };
    let columns = [Constraint::Percentage(split), Constraint::Percentage(100 - split)];
    let [bars_area, derivation_area] = Layout::horizontal(columns).areas(top);
    let comparing = comparing(state);
    // Room to spare under the bars holds the table of all models.
    let bars_needed = (state.lesson.outcomes.len() * state.dists.len()) as u16 + 2;
    let table = super::models::height(state);
    if comparing && state.lesson.models.len() > 1 && bars_area.height >= bars_needed + table {
        let [bars_area, table_area, _] = Layout::vertical([
            Constraint::Length(bars_needed),
            Constraint::Length(table),
            Constraint::Min(0),
        ])
        .areas(bars_area);
        super::bars::render(state, theme, bars_area, buf);
        super::models::render(state, theme, table_area, buf);
    } else {
        super::bars::render(state, theme, bars_area, buf);
    }
    super::derivation::render(state, theme, derivation_area, buf);
    if comparing {
        let [terms_area, sum_area] = Layout::horizontal(columns).areas(middle);
        super::contributions::render(state, theme, terms_area, buf);
        super::decomposition::render(state, theme, sum_area, buf);
    } else {
        super::contributions::render(state, theme, middle, buf);
    }
}

/// What takes the place of the working: the chart or the library calls, unless a question is
/// waiting for the values they would give away; over everything, the file's problems.
fn over_working(state: &LessonState, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let scrolled = match (&state.shown, state.panel_waits(state.panel)) {
        (Some(Shown::Chart(Some(view))), false) => {
            super::chart::render(view, theme, area, buf);
            None
        }
        (Some(Shown::Codes(view)), false) => {
            super::codes::render(view, state, theme, area, buf);
            None
        }
        (Some(Shown::Conventions(view)), false) => {
            Some(super::conventions::render(view, state.scroll, theme, area, buf))
        }
        // The grid is the lesson's input and stays in view; its measures hide themselves.
        (Some(Shown::Joint(view)), _) => {
            Some(super::joint::render(view, state.scroll, theme, area, buf))
        }
        (Some(Shown::Density(view)), _) => {
            Some(super::density::render(view, state.scroll, theme, area, buf))
        }
        _ => None,
    };
    // PgDn and PgUp move the panel on top, when it scrolls.
    if let Some(scrolled) = scrolled {
        state.scrolled.set(scrolled);
    }
    if let Some(problems) = &state.problems {
        super::problem_panel(&t!("tui-problems-title"), problems, theme, area, buf);
    }
}

/// The ranking (only beside a comparison), then why the shown quantity is infinite, each
/// wrapped to `width`; whether each line tells of a problem.
fn note_lines(state: &LessonState, width: usize) -> Vec<(String, bool)> {
    let c = &state.computed;
    let ranking_hidden = !comparing(state) || state.conceals_ranking();
    let notes = [
        (&c.ranking, false, ranking_hidden),
        (&c.infinity, true, state.hidden()),
        (&c.convention, false, state.hidden()),
    ];
    notes
        .into_iter()
        .filter(|&(_, _, concealed)| !concealed)
        .filter_map(|(note, bad, _)| note.as_ref().map(|n| (n, bad)))
        .flat_map(|(note, bad)| wrap(note, width).into_iter().map(move |l| (l, bad)))
        .collect()
}

/// The notes under the working, a problem in the error style, else in the good one.
fn notes(lines: &[(String, bool)], theme: &Theme, area: Rect, buf: &mut Buffer) {
    for (k, (note, bad)) in lines.iter().enumerate() {
        let style = if *bad { theme.error } else { theme.good };
        let row = Rect { y: area.y + k as u16, height: 1, ..area };
        Line::from(Span::styled(format!(" {note}"), style)).render(row, buf);
        fit::note("notes", format!(" {note}"), vec![(row, format!(" {note}"))]);
    }
}

/// The line being typed: what it is for, the text and the cursor, and what is wrong with it.
fn input_line(state: &LessonState, input: &Input, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let prompt = match input.purpose {
        Purpose::Value if !state.densities.is_empty() => {
            format!(" {} ", t!("tui-input-density", distribution = state.name(state.target)))
        }
        Purpose::Value => format!(
            " {} ",
            t!(
                "tui-input-value",
                distribution = state.name(state.target),
                outcome = &state.lesson.outcomes[state.outcome]
            )
        ),
        Purpose::Answer => format!(" {} ", t!("tui-input-answer")),
    };
    let spans = vec![
        Span::styled(prompt, theme.key),
        Span::raw(input.text.as_str()),
        Span::styled("▏", theme.key),
    ];
    Line::from(spans).render(area, buf);
}

/// What the last action did, or what is wrong with a typed line, over as many lines as it
/// takes.
fn status(lines: &[String], style: Style, area: Rect, buf: &mut Buffer) {
    for (k, line) in lines.iter().enumerate().take(area.height as usize) {
        let row = Rect { y: area.y + k as u16, height: 1, ..area };
        Line::from(Span::styled(format!(" {line}"), style)).render(row, buf);
        fit::note("status", format!(" {line}"), vec![(row, format!(" {line}"))]);
    }
}

/// The lesson's keys; while a question is open, the keys to answer it first.
fn footer(state: &LessonState, theme: &Theme, area: Rect, buf: &mut Buffer) {
    // On the density panel the arrows move the mean and the sd. (A group of keys is told by
    // its first row: ← for ←→.)
    let density = state.panel == Panel::Density;
    let words: &[(Action, &str)] = if density {
        &[(Action::OutcomePrevious, "keys-word-mean"), (Action::NudgeUp, "keys-word-sd")]
    } else {
        &[]
    };
    let answer_key = match state.open_question().map(|q| &q.answer) {
        Some(Answer::Choice { .. }) => Action::Choose,
        Some(Answer::Numeric { .. }) => Action::Answer,
        None => {
            let actions = if density { keys::DENSITY_FOOTER } else { keys::LESSON_FOOTER };
            return super::footer_saying(keys::LESSON, actions, words, theme, area, buf);
        }
    };
    let actions: Vec<Action> =
        std::iter::once(answer_key).chain(keys::QUESTION_FOOTER.iter().copied()).collect();
    super::footer_saying(keys::LESSON, &actions, words, theme, area, buf);
}

/// " Step 2/7 " or " Question 1/2 ", with how many questions are answered.
fn page_title(state: &LessonState) -> String {
    let (right, answered) = state.score();
    let page = match state.current() {
        Page::Step { number, .. } => {
            t!("tui-page-step", number = number + 1, count = state.lesson.steps.len())
        }
        // Questions are counted as the header counts them: those in steps too.
        Page::Question { .. } => {
            let number = state.question().map_or(0, |(id, _)| id) + 1;
            t!("tui-page-question", number = number, count = state.answers.len())
        }
        Page::Empty => t!("tui-page-lesson"),
    };
    if state.answers.is_empty() {
        format!(" {page} ")
    } else {
        let progress = t!(
            "tui-page-answered",
            answered = answered,
            count = state.answers.len(),
            right = right
        );
        format!(" {page} · {progress} ")
    }
}

/// The page's text, its question, hint and verdict, wrapped to `width`.
fn page_lines(state: &LessonState, theme: &Theme, width: usize) -> PageLines {
    let plain = |text: &str, style| -> Vec<Wrapped> {
        text.lines().map(|l| Wrapped::new(l, width, Kind::Prose, style)).collect()
    };
    let mut lines = match state.current() {
        Page::Step { step, .. } => plain(&step.text, theme.text),
        Page::Question { .. } => Vec::new(),
        Page::Empty => plain(&t!("tui-no-steps"), theme.dim),
    };
    let Some((_, question)) = state.question() else {
        return PageLines { text: lines, pinned: Vec::new() };
    };
    let prompt = variant::interpolate(&question.prompt, &state.lesson);
    lines.extend(plain(&t!("tui-question", prompt = prompt), theme.highlight));
    match &question.answer {
        Answer::Choice { choices, .. } => {
            let tried = state.attempt().map(|a| a.tried.as_slice()).unwrap_or_default();
            let listed: Vec<String> = choices
                .iter()
                .enumerate()
                .map(|(k, c)| {
                    let mark = if tried.contains(&k) { "✗" } else { "" };
                    format!("{}){mark} {}", k + 1, crate::notation::prose_minus(c))
                })
                .collect();
            // On one line when they fit; else a line each, so no choice is cut in two.
            let joined = listed.join("   ");
            if crate::tui::text::width(&joined) <= width {
                lines.extend(plain(&joined, theme.text));
            } else {
                lines.extend(listed.iter().flat_map(|choice| plain(choice, theme.text)));
            }
        }
        Answer::Numeric { unit, .. } => {
            let unit = crate::i18n::unit_name(*unit);
            lines.extend(plain(&t!("tui-press-a", unit = unit), theme.dim));
        }
    }
    if state.hint {
        let hint = match &question.hint {
            Some(hint) => t!("tui-hint", hint = variant::interpolate(hint, &state.lesson)),
            None => t!("tui-no-hint"),
        };
        lines.extend(plain(&hint, theme.dim));
    }
    let mut pinned = Vec::new();
    if let Some(grade) = state.attempt().and_then(|a| a.feedback.as_ref()) {
        let (mark, style) = if grade.correct { ("✓", theme.good) } else { ("✗", theme.error) };
        pinned.extend(plain(&format!("{mark} {}", grade.feedback), style));
    }
    PageLines { text: lines, pinned }
}
