//! A lesson walked page by page as a student walks it, to find the questions an earlier page
//! answers.
//!
//! The walk starts on page 0 and goes on as `n` does. Each page is drawn headless, large
//! enough that nothing is cut: once as it opens, once with each panel its text tells the
//! student to open (`press v`, `` `w` ``, `按 i`), and on a question page again after giving
//! up (`g`), with the same panels, so that the revealed answer and everything it uncovers
//! count for the questions after it. The plain texts count too: a step's text, and an earlier
//! question's prompt, hint, explanation, mistake feedback and the feedback giving up shows.
//!
//! What gives an answer away:
//! - a numeric question's value, as a whole number (not inside `10.2075` or `0.20751`): as
//!   the view prints it (4 decimals), to the decimals its tolerance asks for (3 for the
//!   default 0.0005), or as its exact short decimal (1.75, 0.5; a whole number only with its
//!   unit after it, `2 bits` or `2 比特`). A form the question's own prompt states is not
//!   counted.
//! - a multiple-choice question whose choices are all names of the lesson's distributions
//!   (which model is closer?): the ranking of the models, as the line under the working, as
//!   the models table under its "closest first" title, or in words: the ranking sentence, or
//!   a choice said to be closer (`B is closer`, `B 更接近`, `B 比 C 更接近`).
//!
//! In a lesson of more than [`MAX_TERMS_WORKED_OUT`] outcomes the panels are not opened: their
//! library calls and code words would take seconds a page.
//!
//! A hit on the screen is told by the bordered panel around it, read from its top border,
//! else by the line it is on (the ranking, the status line). The page's own text panel is
//! read as plain text instead, so each part of it is named.

use std::ops::Range;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::i18n::{self, Lang};
use crate::lesson::catalog::Origin;
use crate::lesson::grade;
use crate::lesson::{Answer, Lesson, Question, variant};
use crate::notation::{Style, symbol};
use crate::t;

use super::render;
use super::state::panel::{self, Panel};
use super::state::{LessonState, MAX_TERMS_WORKED_OUT, Page as Current};
use super::theme::Theme;

/// The size every page is drawn at: large enough that nothing is cut.
const WIDTH: u16 = 160;
const HEIGHT: u16 = 80;

/// A page of a lesson.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    /// Step `n`, from 0.
    Step(usize),
    /// Closing question `n`, from 0.
    Question(usize),
}

/// What on a page shows an answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// The step's text.
    Text,
    /// The page's question's prompt.
    Prompt,
    Hint,
    Explanation,
    /// The feedback of one of the page's question's mistakes.
    Mistake,
    /// What giving up the page's question says.
    Feedback,
    /// The derivation ("Step by step").
    Derivation,
    /// The table of every model against the truth.
    ModelsTable,
    /// The line ranking the models.
    Ranking,
    /// The status line.
    Status,
    /// Another line outside the panels, such as why a value is infinite.
    Notes,
    /// Another bordered panel, by its title.
    Block(String),
    /// The panel opened with this key.
    Panel(char),
}

/// A question whose answer an earlier page shows (or its own page, before it is answered).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Leak {
    /// The question, by position in `Lesson::all_questions`.
    pub question: usize,
    /// The answer given away: `D(A‖B) = 0.2075`, or the right choice.
    pub answer: String,
    pub page: Page,
    pub source: Source,
}

/// Every place that shows a question's answer before the question is asked, in the order the
/// walk finds them (page by page), in the language the tutor shows the lesson in.
pub fn leaks(origin: Origin, lesson: &Lesson) -> Vec<Leak> {
    let lang = i18n::for_lesson(lesson.lang, i18n::lang());
    i18n::with_lang(lang, || walk(origin, lesson))
}

/// What gives one question's answer away.
struct Target {
    answer: String,
    kind: Kind,
}

enum Kind {
    /// The forms of the value, any of which shows it.
    Number(Vec<String>),
    /// Names of distributions to choose between: the ranking of the models answers.
    Ranking(Vec<String>),
    /// Nothing the walk recognises.
    Unknown,
}

fn target(lesson: &Lesson, id: usize, question: &Question) -> Target {
    // The values the question is about at its first try, as the walk's tutor shows them.
    let about = variant::first_try(lesson, id, question);
    match &question.answer {
        Answer::Numeric { quantity, model, unit, tolerance, .. } => {
            let value = grade::expected(&about, *quantity, *model, *unit);
            let name = symbol(*quantity, &about.names(*model), Style::Unicode);
            let answer = format!("{name} = {}", Style::Unicode.decimal(value, 4));
            if !value.is_finite() {
                return Target { answer, kind: Kind::Unknown };
            }
            let mut forms = number_forms(value, *unit, *tolerance);
            forms.retain(|form| tokens(&question.prompt, form).next().is_none());
            Target { answer, kind: Kind::Number(forms) }
        }
        Answer::Choice { choices, .. } => {
            let names = std::iter::once(&lesson.truth).chain(&lesson.models).map(|n| &n.name);
            let ranked = choices.iter().all(|c| names.clone().any(|n| n == c));
            // A ranking shown for the lesson's numbers says nothing of a question's own.
            let kind = if ranked && question.own.is_none() {
                Kind::Ranking(choices.clone())
            } else {
                Kind::Unknown
            };
            let right = variant::right_choice(&about, question).unwrap_or_default();
            Target { answer: choices[right].clone(), kind }
        }
    }
}

/// How a value may be written: as the view prints it, to the decimals the tolerance asks
/// for, and as its exact short decimal (a whole number with its unit after it).
fn number_forms(value: f64, unit: crate::info::Unit, tolerance: f64) -> Vec<String> {
    let s = Style::Unicode;
    let mut forms = vec![s.decimal(value, 4)];
    let asked = (-(2.0 * tolerance).log10()).ceil();
    if (1.0..=12.0).contains(&asked) {
        forms.push(s.decimal(value, asked as usize));
    }
    let short = (0..=3).find(|&k| {
        let scaled = value * 10f64.powi(k);
        (scaled - scaled.round()).abs() < 1e-9 * scaled.abs().max(1.0)
    });
    match short {
        Some(0) => {
            let whole = s.decimal(value, 0);
            for &lang in Lang::ALL {
                let name = i18n::with_lang(lang, || i18n::unit_name(unit));
                forms.push(format!("{whole} {name}"));
                forms.push(format!("{whole}{name}"));
            }
        }
        Some(k) => forms.push(s.decimal(value, k as usize)),
        None => {}
    }
    let mut seen = Vec::new();
    forms.retain(|f| {
        let new = !seen.contains(f);
        seen.push(f.clone());
        new
    });
    forms
}

/// Where `form` stands in `text` as a whole number: not after a digit, a point or a minus
/// sign, not before a digit or a decimal part.
fn tokens<'t>(text: &'t str, form: &'t str) -> impl Iterator<Item = usize> + 't {
    text.match_indices(form).map(|(i, _)| i).filter(move |&i| {
        let before = text[..i].chars().next_back();
        let mut after = text[i + form.len()..].chars();
        let next = after.next();
        let digit = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit());
        let joined_before = digit(before) || matches!(before, Some('.' | '-' | '−'));
        let joined_after = digit(next) || (next == Some('.') && digit(after.next()));
        !joined_before && !joined_after
    })
}

/// Whether `text` says that one of `names` is closer than another.
fn says_closer(text: &str, names: &[String], ranking: Option<&str>) -> bool {
    let sentence = ranking.map(|r| r.chars().take(20).collect::<String>());
    if sentence.is_some_and(|s| !s.is_empty() && text.contains(&s)) {
        return true;
    }
    names.iter().any(|name| {
        text.match_indices(name.as_str()).any(|(i, _)| {
            let before = text[..i].chars().next_back();
            if before.is_some_and(char::is_alphanumeric) {
                return false;
            }
            let rest = &text[i + name.len()..];
            let clause: String = rest
                .chars()
                .take_while(|c| !matches!(c, ',' | '.' | ';' | '，' | '。' | '；' | '\n'))
                .collect();
            let clause = clause.trim_start();
            rest.starts_with(" is closer")
                || clause.starts_with("更接近")
                || (clause.starts_with('比') && clause.contains("更接近"))
        })
    })
}

impl Target {
    /// Whether the plain `text` shows the answer.
    fn in_text(&self, text: &str, ranking: Option<&str>) -> bool {
        match &self.kind {
            Kind::Number(forms) => forms.iter().any(|f| tokens(text, f).next().is_some()),
            Kind::Ranking(names) => says_closer(text, names, ranking),
            Kind::Unknown => false,
        }
    }
}

/// The walk's findings so far.
struct Walk {
    targets: Vec<Target>,
    /// The ranking sentence, as the lesson's values give it.
    ranking: Option<String>,
    found: Vec<Leak>,
}

impl Walk {
    fn note(&mut self, question: usize, page: Page, source: Source) {
        let known =
            self.found.iter().any(|l| (l.question, l.page, &l.source) == (question, page, &source));
        if !known {
            let answer = self.targets[question].answer.clone();
            self.found.push(Leak { question, answer, page, source });
        }
    }

    /// Checks a plain text of `page` against the questions `ids`.
    fn text(&mut self, text: &str, ids: Range<usize>, page: Page, source: Source) {
        for id in ids {
            if self.targets[id].in_text(text, self.ranking.as_deref()) {
                self.note(id, page, source.clone());
            }
        }
    }

    /// Checks a drawn page against the questions `ids`. With `plain`, the screen is the page
    /// with the panel of `key` open: only what the panel changed counts, and counts for it.
    fn screen(
        &mut self,
        screen: &Screen,
        plain: Option<(&Screen, char)>,
        state: &LessonState,
        ids: Range<usize>,
        page: Page,
    ) {
        for (y, row) in screen.rows.iter().enumerate() {
            if plain.is_some_and(|(p, _)| p.rows[y].text == row.text) {
                continue;
            }
            for id in ids.clone() {
                let hits: Vec<u16> = match &self.targets[id].kind {
                    Kind::Number(forms) => forms
                        .iter()
                        .flat_map(|f| tokens(&row.text, f).map(|i| row.column(i)))
                        .collect(),
                    Kind::Ranking(_) => screen.ranked(y, state).into_iter().collect(),
                    Kind::Unknown => Vec::new(),
                };
                for x in hits {
                    let source = match plain {
                        Some((_, key)) => Some(Source::Panel(key)),
                        None => screen.source(x, y as u16, state),
                    };
                    if let Some(source) = source {
                        self.note(id, page, source);
                    }
                }
            }
        }
    }
}

fn walk(origin: Origin, lesson: &Lesson) -> Vec<Leak> {
    let theme = Theme::new(false);
    let mut state = LessonState::new(origin, lesson.clone());
    let targets = lesson.all_questions().enumerate().map(|(id, q)| target(lesson, id, q)).collect();
    let ranking = state.computed.ranking.clone();
    let mut walk = Walk { targets, ranking, found: Vec::new() };
    let count = walk.targets.len();
    // Questions asked on the pages before this one.
    let mut asked = 0;
    for k in 0..state.pages() {
        if k > 0 {
            state.next_page();
        }
        let (page, text) = match state.current() {
            Current::Step { number, step } => (Page::Step(number), step.text.clone()),
            Current::Question { number, .. } => (Page::Question(number), String::new()),
            Current::Empty => break,
        };
        let own = state.question().map(|(id, q)| (id, q.clone()));
        walk.text(&text, asked..count, page, Source::Text);
        let mut mentions = text.clone();
        if let Some((id, question)) = &own {
            let later = id + 1..count;
            walk.text(&question.prompt, later.clone(), page, Source::Prompt);
            mentions.push_str(&format!("\n{}", question.prompt));
            for (part, source) in
                [(&question.hint, Source::Hint), (&question.explanation, Source::Explanation)]
            {
                if let Some(part) = part {
                    walk.text(part, later.clone(), page, source);
                }
            }
            if let Answer::Numeric { mistakes, .. } = &question.answer {
                for mistake in mistakes {
                    walk.text(&mistake.feedback, later.clone(), page, Source::Mistake);
                }
            }
            // What the tutor says once it is answered: about the question's own values.
            let about = state.lesson_of(*id).map(|(about, _)| about);
            let revealed = grade::reveal(about.as_ref().unwrap_or(lesson), question);
            for id in later.clone() {
                let explained = walk
                    .found
                    .iter()
                    .any(|l| (l.question, l.page, &l.source) == (id, page, &Source::Explanation));
                if !explained && walk.targets[id].in_text(&revealed, walk.ranking.as_deref()) {
                    walk.note(id, page, Source::Feedback);
                }
            }
        }
        // The library calls and the code words of very many outcomes take seconds each.
        let keys = if lesson.outcomes.len() > MAX_TERMS_WORKED_OUT {
            Vec::new()
        } else {
            panel::told(&mentions, lesson)
        };
        look(&mut walk, &mut state, &theme, &keys, asked..count, page);
        if let Some((id, _)) = own {
            state.give_up();
            look(&mut walk, &mut state, &theme, &keys, id + 1..count, page);
            asked = id + 1;
        }
    }
    walk.found
}

/// Draws the page, then with each of `keys`' panels open, and checks what shows.
fn look(
    walk: &mut Walk,
    state: &mut LessonState,
    theme: &Theme,
    keys: &[(char, Panel)],
    ids: Range<usize>,
    page: Page,
) {
    let plain = Screen::draw(state, theme);
    walk.screen(&plain, None, state, ids.clone(), page);
    for &(key, panel) in keys {
        state.toggle_panel(panel);
        let shown = Screen::draw(state, theme);
        walk.screen(&shown, Some((&plain, key)), state, ids.clone(), page);
        state.close_panel();
    }
}

/// A drawn page, read back as text.
struct Screen {
    rows: Vec<Row>,
    frames: Vec<Frame>,
}

/// One row of the screen: its text, and the column where each character starts.
struct Row {
    text: String,
    starts: Vec<(usize, u16)>,
}

impl Row {
    /// The column of the character at byte `at`.
    fn column(&self, at: usize) -> u16 {
        let k = self.starts.partition_point(|&(byte, _)| byte <= at);
        self.starts[k.saturating_sub(1)].1
    }

    /// The text between columns `from` and `to`.
    fn between(&self, from: u16, to: u16) -> &str {
        let byte = |x: u16| {
            self.starts.iter().find(|&&(_, column)| column >= x).map_or(self.text.len(), |s| s.0)
        };
        &self.text[byte(from)..byte(to).max(byte(from))]
    }
}

/// A bordered panel on the screen.
struct Frame {
    left: u16,
    right: u16,
    top: u16,
    bottom: u16,
    title: String,
}

impl Screen {
    fn draw(state: &LessonState, theme: &Theme) -> Screen {
        let area = Rect::new(0, 0, WIDTH, HEIGHT);
        let mut buf = Buffer::empty(area);
        render::lesson::render(state, theme, area, &mut buf);
        Screen::read(&buf)
    }

    fn read(buf: &Buffer) -> Screen {
        let area = buf.area;
        let rows: Vec<Row> = (0..area.height)
            .map(|y| {
                let (mut text, mut starts, mut skip) = (String::new(), Vec::new(), 0);
                for x in 0..area.width {
                    if skip > 0 {
                        skip -= 1;
                        continue;
                    }
                    let symbol = buf[(x, y)].symbol();
                    skip = super::text::width(symbol).saturating_sub(1);
                    starts.push((text.len(), x));
                    text.push_str(symbol);
                }
                Row { text, starts }
            })
            .collect();
        let at = |x: u16, y: u16| buf[(x, y)].symbol();
        let mut frames = Vec::new();
        for top in 0..area.height {
            for left in 0..area.width {
                if at(left, top) != "┌" {
                    continue;
                }
                let right = (left + 1..area.width).find(|&x| at(x, top) == "┐");
                let bottom = (top + 1..area.height).find(|&y| at(left, y) == "└");
                if let (Some(right), Some(bottom)) = (right, bottom) {
                    let title = rows[top as usize].between(left + 1, right);
                    let title = title.trim_matches(|c| c == '─' || c == ' ').to_string();
                    frames.push(Frame { left, right, top, bottom, title });
                }
            }
        }
        Screen { rows, frames }
    }

    /// The smallest panel around column `x` of row `y`.
    fn frame(&self, x: u16, y: u16) -> Option<&Frame> {
        self.frames
            .iter()
            .filter(|f| (f.left..=f.right).contains(&x) && (f.top..=f.bottom).contains(&y))
            .min_by_key(|f| (f.right - f.left) as u32 * (f.bottom - f.top) as u32)
    }

    /// What shows the hit at column `x` of row `y`; `None` inside the page's text, which is
    /// read as plain text.
    fn source(&self, x: u16, y: u16, state: &LessonState) -> Option<Source> {
        match self.frame(x, y) {
            Some(f) if (f.left, f.top) == (0, 1) => None,
            Some(f) if f.title == t!("tui-step-by-step") => Some(Source::Derivation),
            Some(f)
                if [t!("tui-models-title"), t!("tui-models-title-plain")].contains(&f.title) =>
            {
                Some(Source::ModelsTable)
            }
            Some(f) => Some(Source::Block(f.title.clone())),
            None => {
                let line = self.rows[y as usize].text.trim();
                let part_of =
                    |text: &Option<String>| text.as_deref().is_some_and(|t| t.contains(line));
                Some(if part_of(&state.computed.ranking) {
                    Source::Ranking
                } else if part_of(&state.status) {
                    Source::Status
                } else {
                    Source::Notes
                })
            }
        }
    }

    /// Where row `y` ranks the models: a column on the ranking line, or in the models table
    /// under its "closest first" title.
    fn ranked(&self, y: usize, state: &LessonState) -> Option<u16> {
        let row = &self.rows[y];
        let line = row.text.trim();
        if line.is_empty() {
            return None;
        }
        match self.frame(row.column(row.text.find(line)?), y as u16) {
            Some(f) if f.title == t!("tui-models-title") && f.top as usize + 1 == y => {
                Some(f.left + 1)
            }
            Some(_) => None,
            None => {
                let ranking = state.computed.ranking.as_deref()?;
                ranking.contains(line).then(|| row.column(row.text.find(line).unwrap_or(0)))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_count_only_whole() {
        let found = |text: &str, form: &str| tokens(text, form).count();
        assert_eq!(found("D = 0.2075 bits", "0.2075"), 1);
        assert_eq!(found("10.2075 and 0.20751 and −0.2075", "0.2075"), 0);
        assert_eq!(found("0.2075.", "0.2075"), 1);
        assert_eq!(found("0.2075.5", "0.2075"), 0);
    }

    #[test]
    fn forms_of_a_value() {
        let forms = number_forms(1.75, crate::info::Unit::Bits, 0.0005);
        assert_eq!(forms, ["1.7500", "1.750", "1.75"]);
        let whole = number_forms(2.0, crate::info::Unit::Bits, 0.0005);
        assert!(whole.contains(&"2 bits".to_string()) && whole.contains(&"2 比特".to_string()));
        assert!(!whole.contains(&"2".to_string()));
    }

    #[test]
    fn closer_in_words() {
        let names = ["B".to_string(), "C".to_string()];
        assert!(says_closer("0.2 < 0.5, so B is closer to A than C.", &names, None));
        assert!(says_closer("所以 B 比 C 更接近 A。", &names, None));
        assert!(!says_closer("AB is closer", &names, None));
        assert!(!says_closer("Compare B with C.", &names, None));
    }

    #[test]
    fn panels_named_in_text() {
        let lesson =
            crate::lesson::builtin::Builtin::find("kl-divergence").unwrap().load().unwrap();
        let keys = |text: &str| -> Vec<char> {
            panel::told(text, &lesson).into_iter().map(|(k, _)| k).collect()
        };
        assert_eq!(keys("Press v to see every call"), ['v']);
        assert_eq!(keys("the code words (`w`) and press c."), ['c', 'w']);
        assert_eq!(keys("按 c 会把两条曲线画出来"), ['c']);
        assert!(keys("press i for the grid").is_empty(), "no grid in this lesson");
        assert!(keys("a vector, with a weight").is_empty());
    }
}
