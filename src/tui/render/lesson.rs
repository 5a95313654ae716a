//! The lesson view: lays out the regions and draws the lines between them.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use crate::report::Style as Notation;
use crate::report::formula;
use crate::tui::state::LessonState;
use crate::tui::strings;
use crate::tui::text::wrap;
use crate::tui::theme::Theme;

pub fn render(state: &LessonState, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let c = &state.computed;
    let symbol = formula::symbol(c.derivation.quantity, &c.names, Notation::Unicode);
    let right = format!("{} · {symbol}", state.unit);

    let step_lines = step_text(state, area.width.saturating_sub(4) as usize);
    let step_height = (step_lines.len() as u16 + 2).clamp(3, area.height / 4 + 1);
    let n = state.lesson.outcomes.len() as u16;
    let terms_height = (n + 2).clamp(4, area.height / 4 + 2);
    // The ranking, then why the shown quantity is infinite, each wrapped to the width.
    let note_width = area.width.saturating_sub(2) as usize;
    let note_lines: Vec<(String, bool)> = [(&c.ranking, false), (&c.infinity, true)]
        .into_iter()
        .filter_map(|(note, bad)| note.as_ref().map(|n| (n, bad)))
        .flat_map(|(note, bad)| wrap(note, note_width).into_iter().map(move |l| (l, bad)))
        .collect();
    let status_height = u16::from(state.input.is_some() || state.status.is_some());
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
    super::header(&state.lesson.title, &right, theme, header_area, buf);

    let step_title = if state.lesson.steps.is_empty() {
        " Lesson ".to_string()
    } else {
        format!(" Step {}/{} ", state.step + 1, state.lesson.steps.len())
    };
    let inner = super::panel(&step_title, theme, step_area, buf);
    for (k, line) in step_lines.iter().take(inner.height as usize).enumerate() {
        Line::from(line.as_str()).render(Rect { y: inner.y + k as u16, height: 1, ..inner }, buf);
    }

    let split = if area.width >= 120 { 45 } else { 50 };
    let [bars_area, derivation_area] =
        Layout::horizontal([Constraint::Percentage(split), Constraint::Percentage(100 - split)])
            .areas(top);
    // Room to spare under the bars holds the table of all models.
    let bars_needed = (state.lesson.outcomes.len() * state.dists.len()) as u16 + 2;
    let table = super::models::height(state);
    if state.lesson.models.len() > 1 && bars_area.height >= bars_needed + table {
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
    let [terms_area, sum_area] =
        Layout::horizontal([Constraint::Percentage(split), Constraint::Percentage(100 - split)])
            .areas(middle);
    super::contributions::render(state, theme, terms_area, buf);
    super::decomposition::render(state, theme, sum_area, buf);

    for (k, (note, bad)) in note_lines.iter().enumerate() {
        let style = if *bad { theme.error } else { theme.good };
        let row = Rect { y: notes_area.y + k as u16, height: 1, ..notes_area };
        Line::from(Span::styled(format!(" {note}"), style)).render(row, buf);
    }
    if let Some(input) = &state.input {
        let prompt =
            format!(" {} of {} = ", state.name(state.target), state.lesson.outcomes[state.outcome]);
        let mut spans = vec![
            Span::styled(prompt, theme.key),
            Span::raw(input.text.clone()),
            Span::styled("▏", theme.key),
        ];
        if let Some(error) = &input.error {
            spans.push(Span::styled(format!("  {error}"), theme.error));
        }
        Line::from(spans).render(status_area, buf);
        super::footer(strings::INPUT_FOOTER, theme, footer_area, buf);
        return;
    }
    if let Some(status) = &state.status {
        Line::from(Span::styled(format!(" {status}"), theme.dim)).render(status_area, buf);
    }
    super::footer(strings::LESSON_FOOTER, theme, footer_area, buf);
}

/// The current step's text, wrapped; or a note when the lesson has no steps.
fn step_text(state: &LessonState, width: usize) -> Vec<String> {
    match state.lesson.steps.get(state.step) {
        Some(step) => wrap(&step.text, width),
        None => wrap(strings::NO_STEPS, width),
    }
}
