//! The end of a lesson: the score, each missed question with its answer worked out in one
//! line, and where to go next.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use crate::info::Derivation;
use crate::lesson::{Answer, Lesson, Question};
use crate::notation::Style as Notation;
use crate::report::formula;
use crate::t;
use crate::tui::app::App;
use crate::tui::fit::{self, Kind, Wrapped};
use crate::tui::keys;
use crate::tui::state::LessonState;
use crate::visible::visible;

pub fn render(app: &App, lesson: &LessonState, area: Rect, buf: &mut Buffer) {
    let theme = &app.theme;
    let [header_area, body_area, next_area, footer_area] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(3),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(area);
    super::header(
        &visible(&lesson.lesson.title),
        &t!("tui-summary-header"),
        theme,
        header_area,
        buf,
    );
    let inner = super::panel(&format!(" {} ", t!("tui-summary-title")), theme, body_area, buf);
    let width = inner.width as usize;
    let (right, _) = lesson.score();
    let total = lesson.answers.len();
    let mut lines: Vec<Wrapped> = Vec::new();
    let score = if total == 0 {
        t!("tui-summary-no-questions")
    } else {
        t!("tui-summary-score", right = right, questions = total)
    };
    lines.push(Wrapped::new(&score, width, Kind::Prose, theme.highlight));
    let missed = lesson.missed();
    if !missed.is_empty() {
        lines.push(Wrapped::blank());
        lines.push(Wrapped::new(&t!("tui-summary-missed"), width, Kind::Prose, theme.text));
    }
    for (id, question) in missed {
        let record = lesson.answers[id].record;
        let how = if record.revealed {
            t!("tui-summary-revealed")
        } else if record.answered {
            t!("tui-summary-later", attempts = record.attempts as usize)
        } else {
            t!("tui-summary-unanswered")
        };
        let about = lesson.lesson_of(id);
        let text = match &about {
            Some((seen, _)) => crate::lesson::variant::interpolate(&question.prompt, seen),
            None => question.prompt.clone(),
        };
        let prompt = format!("✗ {}. {}  {how}", id + 1, visible(&text));
        lines.push(Wrapped::new(&prompt, width, Kind::Prose, theme.error));
        // A question not yet answered keeps its answer: retrying asks it first.
        if let (true, Some((seen, _))) = (record.resolved(), &about) {
            let worked = format!("   → {}", worked_out(seen, question));
            lines.push(Wrapped::new(&worked, width, Kind::Formula, theme.text));
        }
    }
    let hidden = fit::draw("summary", lines, 0, inner, buf);
    if hidden.below > 0 {
        super::more_below(hidden.below, true, theme, body_area, buf);
    }
    // The browser has every title already: nothing is read from disk while drawing.
    let next = app
        .next_lesson()
        .and_then(|origin| app.browser.entries.iter().find(|e| e.origin == origin));
    let next = match next {
        Some(entry) => t!("tui-summary-next", title = visible(&entry.title)),
        None => t!("tui-summary-last"),
    };
    Line::from(Span::styled(format!(" {next}"), theme.dim)).render(next_area, buf);
    super::footer(keys::SUMMARY, keys::SUMMARY_FOOTER, theme, footer_area, buf);
}

/// The right answer in one line: the choice, or the quantity's derivation from its substituted
/// values to its value (`D(A‖B) = ½·log₂(½÷¼) + ½·log₂(½÷¾) = 0.2075 bits`; for JS the mixture
/// follows: `…, m = (½, ⅜, ⅛)`).
fn worked_out(lesson: &Lesson, question: &Question) -> String {
    let answer = crate::lesson::grade::answer_text(lesson, question);
    let Answer::Numeric { quantity, model, unit, .. } = &question.answer else {
        return answer;
    };
    // The densities' value is not worked out from the bins: the answer stands alone.
    if lesson.continuous.is_some() {
        return answer;
    }
    let d = Derivation::new(*quantity, lesson.pair(*model), *unit);
    let names = lesson.names(*model);
    let lines = formula::lines(&d, &names, Notation::Unicode, formula::Layout::Inline, 4);
    // The definition (and for JS the mixture), the substituted terms, …, the total.
    let head = formula::head_len(&d);
    if lines.len() < head + 2 || d.terms.len() > formula::MAX_INLINE_TERMS {
        return answer;
    }
    let symbol = crate::notation::symbol(*quantity, &names, Notation::Unicode);
    let substituted = formula::join(&lines[head]);
    // From exact values to the value rounded as shown: "=" is true at the precision shown.
    let total = formula::total(&d, Notation::Unicode, 4);
    let mixture =
        lines[1..head].iter().map(|l| format!(", {}", formula::join(l))).collect::<String>();
    format!("{symbol} {} = {total}{mixture}", substituted.trim())
}
