//! The open lesson: the student's edits, the page, the answers.

use std::path::Path;

use num_rational::BigRational;

use crate::info::derivation::Side;
use crate::info::edit::{self, EditError};
use crate::info::exact::parse_exact;
use crate::info::{Distribution, Quantity, Unit};
use crate::lesson::Report;
use crate::lesson::catalog::{self, Origin, read_file};
use crate::lesson::grade::{self, Grade};
use crate::lesson::save;
use crate::lesson::{Lesson, Question, Step};
use crate::progress::{LessonProgress, QuestionProgress};
use crate::t;

use super::computed::{Computed, compute};
use super::panel::{Panel, Shown};

/// The steps `[` and `]` choose between for ↑/↓ nudges.
pub const STEP_SIZES: [(i64, i64); 4] = [(1, 1000), (1, 100), (1, 20), (1, 10)];

/// The quantities `m` cycles through; information follows the selected outcome.
fn next_quantity(q: Quantity, outcome: usize) -> Quantity {
    match q {
        Quantity::Js => Quantity::Information { outcome },
        Quantity::Information { .. } => Quantity::Kl,
        other => other.next(),
    }
}

/// What a line of typed input is for.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Purpose {
    /// An exact probability for the selected outcome, opened with `=`.
    #[default]
    Value,
    /// The answer to a numeric question, opened with `a`.
    Answer,
}

/// A line of typed input.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Input {
    pub purpose: Purpose,
    pub text: String,
    pub error: Option<String>,
}

/// What the lesson's current page is.
#[derive(Debug, Clone, Copy)]
pub enum Page<'a> {
    Step {
        number: usize,
        step: &'a Step,
    },
    Question {
        number: usize,
        question: &'a Question,
    },
    /// A lesson with neither steps nor questions.
    Empty,
}

/// How one question is going: the record the score keeps, the choices already tried, and what
/// the student was told last.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Attempt {
    pub record: QuestionProgress,
    /// Multiple-choice answers tried and found wrong, marked so they are not picked again.
    pub tried: Vec<usize>,
    pub feedback: Option<Grade>,
}

/// An open lesson and the student's edits to it.
#[derive(Debug, Clone)]
pub struct LessonState {
    pub origin: Origin,
    pub lesson: Lesson,
    /// The truth, then the models, as edited.
    pub dists: Vec<Distribution>,
    pub locks: Vec<Vec<bool>>,
    pub outcome: usize,
    /// The selected distribution (0 is the truth), which ↑/↓ and `=` edit.
    pub target: usize,
    /// The model the truth is compared with (an index into the lesson's models).
    pub model: usize,
    pub quantity: Quantity,
    pub unit: Unit,
    pub step_size: usize,
    /// The page shown: the lesson's steps, then its closing questions.
    pub page: usize,
    /// How every question is going, by position in `Lesson::all_questions`.
    pub answers: Vec<Attempt>,
    /// Whether the current question's hint is shown.
    pub hint: bool,
    /// Lines scrolled off the top of the derivation.
    pub scroll: usize,
    pub input: Option<Input>,
    pub status: Option<String>,
    /// Diagnostics of the file on disk while it does not load; the last good version stays.
    pub problems: Option<String>,
    pub computed: Computed,
    /// What fills the lower half: the working, the chart or the library calls.
    pub panel: Panel,
    /// The chart or the library calls, worked out while shown.
    pub shown: Option<Shown>,
}

impl LessonState {
    pub fn new(origin: Origin, lesson: Lesson) -> LessonState {
        let dists = lesson_values(&lesson);
        let n = lesson.outcomes.len();
        let locks = vec![vec![false; n]; dists.len()];
        let unit = lesson.unit;
        let computed = compute(&lesson, &dists, 0, Quantity::Kl, unit);
        let mut state = LessonState {
            origin,
            lesson,
            dists,
            locks,
            outcome: 0,
            target: 1,
            model: 0,
            quantity: Quantity::Kl,
            unit,
            step_size: 1,
            page: 0,
            answers: Vec::new(),
            hint: false,
            scroll: 0,
            input: None,
            status: None,
            problems: None,
            computed,
            panel: Panel::Working,
            shown: None,
        };
        state.answers = vec![Attempt::default(); state.lesson.all_questions().count()];
        state.go_to_page(0);
        state
    }

    /// Recomputes everything shown; called after every change.
    fn refresh(&mut self) {
        self.computed = compute(&self.lesson, &self.dists, self.model, self.quantity, self.unit);
        self.shown = Shown::of(self);
    }

    /// Shows `panel` in place of the working, or the working again if it is shown already.
    pub fn toggle_panel(&mut self, panel: Panel) {
        self.panel = if self.panel == panel { Panel::Working } else { panel };
        self.shown = Shown::of(self);
    }

    /// Continues where the student left off: the page, and how each question went.
    pub fn resume(&mut self, saved: &LessonProgress) {
        for (&k, &record) in &saved.results {
            let Some(question) = self.lesson.all_questions().nth(k).cloned() else { continue };
            let Some(slot) = self.answers.get_mut(k) else { continue };
            slot.record = record;
            slot.feedback = if record.answered {
                Some(Grade { correct: true, feedback: t!("tui-answered-right") })
            } else if record.revealed {
                Some(Grade { correct: false, feedback: grade::reveal(&self.lesson, &question) })
            } else {
                None
            };
        }
        self.go_to_page(saved.page);
    }

    /// The lesson file, when the lesson comes from one.
    pub fn file(&self) -> Option<&Path> {
        match &self.origin {
            Origin::File(path) => Some(path),
            Origin::Builtin(_) => None,
        }
    }

    /// Reads the file again after an edit: a valid lesson replaces this one at the same page;
    /// an invalid one leaves this one showing, with its diagnostics. Stated answers that no
    /// longer match the values are only noted: the lesson still works, so the author can go
    /// on editing.
    pub fn reload(&mut self) {
        let Some(path) = self.file() else { return };
        match read_file(path) {
            Ok(loaded) => {
                let (page, answers) = (self.page, self.answers.clone());
                let mut fresh = LessonState::new(self.origin.clone(), loaded.lesson);
                if fresh.answers.len() == answers.len() {
                    fresh.answers = answers;
                }
                fresh.go_to_page(page);
                let path = path.display().to_string();
                let reloaded = t!("tui-reloaded", path = crate::visible::visible(&path));
                fresh.status = Some(with_stale_note(reloaded, loaded.stale_answers.as_ref()));
                *self = fresh;
            }
            Err(report) => self.problems = Some(report.render(false)),
        }
    }

    /// Writes the edited probabilities into the lesson file, or a copy of a built-in lesson
    /// into the user's lesson folder; says where.
    ///
    /// Stated answers in the file may refer to the old values: the status line says which
    /// lines to update, without getting in the way of further edits.
    pub fn save(&mut self) {
        self.status = Some(match self.write_values() {
            Ok((message, path)) => match read_file(&path) {
                Ok(loaded) => with_stale_note(message, loaded.stale_answers.as_ref()),
                Err(report) => {
                    self.problems = Some(report.render(false));
                    t!("tui-saved-but-invalid", saved = message)
                }
            },
            Err(e) => t!("tui-not-saved", error = e),
        });
    }

    fn write_values(&self) -> Result<(String, std::path::PathBuf), String> {
        let (path, source, copy) = match &self.origin {
            Origin::File(path) => {
                let source = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
                (path.clone(), source, false)
            }
            Origin::Builtin(builtin) => {
                let dir = catalog::user_dir().ok_or_else(|| t!("tui-no-lesson-folder"))?;
                let path = (1..)
                    .map(|k| match k {
                        1 => dir.join(format!("{}.toml", builtin.id)),
                        k => dir.join(format!("{}-{k}.toml", builtin.id)),
                    })
                    .find(|p| !p.exists())
                    .unwrap_or_default();
                (path, builtin.source.to_string(), true)
            }
        };
        let text = save::with_values(&source, &self.dists)?;
        crate::atomic::write(&path, text.as_bytes()).map_err(|e| e.to_string())?;
        let shown = path.display().to_string();
        let shown = crate::visible::visible(&shown);
        let message =
            if copy { t!("tui-saved-copy", path = shown) } else { t!("tui-saved", path = shown) };
        Ok((message, path))
    }

    /// How many pages the lesson has: one per step, one per closing question.
    pub fn pages(&self) -> usize {
        self.lesson.steps.len() + self.lesson.questions.len()
    }

    /// What the current page shows.
    pub fn current(&self) -> Page<'_> {
        let steps = &self.lesson.steps;
        match steps.get(self.page) {
            Some(step) => Page::Step { number: self.page, step },
            None => {
                let k = self.page - steps.len();
                match self.lesson.questions.get(k) {
                    Some(question) => Page::Question { number: k, question },
                    None => Page::Empty,
                }
            }
        }
    }

    /// The current page's question and its position in `Lesson::all_questions`.
    pub fn question(&self) -> Option<(usize, &Question)> {
        let step_questions =
            |upto: usize| self.lesson.steps[..upto].iter().filter(|s| s.question.is_some()).count();
        match self.current() {
            Page::Step { number, step } => {
                step.question.as_ref().map(|q| (step_questions(number), q))
            }
            Page::Question { number, question } => {
                Some((step_questions(self.lesson.steps.len()) + number, question))
            }
            Page::Empty => None,
        }
    }

    /// How the current page's question is going.
    pub fn attempt(&self) -> Option<&Attempt> {
        self.question().and_then(|(id, _)| self.answers.get(id))
    }

    /// The current page's question while it is open: not yet answered right nor given up.
    pub fn open_question(&self) -> Option<&Question> {
        let (id, question) = self.question()?;
        (!self.answers[id].record.resolved()).then_some(question)
    }

    /// Whether `quantity` must not be shown: the open question asks it, or could be read
    /// off it.
    pub fn conceals(&self, quantity: Quantity) -> bool {
        self.open_question().is_some_and(|q| q.conceals(quantity))
    }

    /// Whether the ranking of the models must not be shown.
    pub fn conceals_ranking(&self) -> bool {
        self.open_question().is_some_and(Question::conceals_ranking)
    }

    /// Whether the shown quantity's results are hidden.
    pub fn hidden(&self) -> bool {
        self.conceals(self.quantity)
    }

    /// Questions answered right at the first try, and questions answered at all.
    pub fn score(&self) -> (usize, usize) {
        let right = self.answers.iter().filter(|a| a.record.first_try_right).count();
        let tried = self.answers.iter().filter(|a| a.record.attempts > 0 || a.record.revealed);
        (right, tried.count())
    }

    /// Shows page `k`, pointing the view where its step says.
    pub fn go_to_page(&mut self, k: usize) {
        self.page = k.min(self.pages().saturating_sub(1));
        self.hint = false;
        if let Some(step) = self.lesson.steps.get(self.page) {
            let show = step.show;
            if let Some(model) = show.model {
                self.model = model;
                self.target = model + 1;
            }
            if let Some(outcome) = show.outcome {
                self.outcome = outcome;
            }
            if let Some(quantity) = show.quantity {
                self.quantity = quantity;
                // A quantity of the truth alone: the truth is what edits should change.
                if matches!(quantity, Quantity::Information { .. } | Quantity::Entropy(Side::P)) {
                    self.target = 0;
                }
            }
            self.scroll = 0;
        }
        self.refresh();
    }

    pub fn next_page(&mut self) {
        if self.page + 1 < self.pages() {
            self.go_to_page(self.page + 1);
        }
    }

    pub fn previous_page(&mut self) {
        if self.page > 0 {
            self.go_to_page(self.page - 1);
        }
    }

    /// Picks choice `k` of the current multiple-choice question. A choice already tried, or a
    /// question already done with, is left alone.
    pub fn choose(&mut self, k: usize) {
        let Some((id, question)) = self.question() else { return };
        let attempt = &self.answers[id];
        if attempt.record.resolved() || attempt.tried.contains(&k) {
            return;
        }
        if let Some(grade) = grade::choice(question, k) {
            let attempt = &mut self.answers[id];
            attempt.record.attempt(grade.correct);
            if !grade.correct {
                attempt.tried.push(k);
            }
            attempt.feedback = Some(grade);
        }
    }

    /// Grades the typed answer; a malformed one stays on the input line with its error.
    pub fn submit_answer(&mut self) {
        let (Some((id, question)), Some(input)) = (self.question(), &self.input) else { return };
        match grade::numeric(&self.lesson, question, &input.text) {
            Ok(grade) => {
                let attempt = &mut self.answers[id];
                if !attempt.record.resolved() {
                    attempt.record.attempt(grade.correct);
                    attempt.feedback = Some(grade);
                }
                self.input = None;
            }
            Err(error) => {
                if let Some(input) = &mut self.input {
                    input.error = Some(error);
                }
            }
        }
    }

    /// Gives up on the open question: the answer is shown, and the score says so.
    pub fn give_up(&mut self) {
        let Some((id, question)) = self.question() else { return };
        if self.answers[id].record.resolved() {
            return;
        }
        let feedback = grade::reveal(&self.lesson, question);
        let attempt = &mut self.answers[id];
        attempt.record.revealed = true;
        attempt.feedback = Some(Grade { correct: false, feedback });
    }

    pub fn select_outcome(&mut self, forward: bool) {
        let n = self.lesson.outcomes.len();
        self.outcome = if forward { (self.outcome + 1) % n } else { (self.outcome + n - 1) % n };
        if let Quantity::Information { .. } = self.quantity {
            self.quantity = Quantity::Information { outcome: self.outcome };
        }
        self.refresh();
    }

    /// Tab: the next distribution; selecting a model also compares the truth with it.
    pub fn select_distribution(&mut self, forward: bool) {
        let n = self.dists.len();
        self.target = if forward { (self.target + 1) % n } else { (self.target + n - 1) % n };
        if self.target > 0 {
            self.model = self.target - 1;
        }
        self.refresh();
    }

    pub fn cycle_quantity(&mut self) {
        self.quantity = next_quantity(self.quantity, self.outcome);
        self.scroll = 0;
        self.refresh();
    }

    pub fn cycle_unit(&mut self) {
        self.unit = self.unit.next();
        self.refresh();
    }

    pub fn change_step_size(&mut self, larger: bool) {
        self.step_size = if larger {
            (self.step_size + 1).min(STEP_SIZES.len() - 1)
        } else {
            self.step_size.saturating_sub(1)
        };
        self.status = Some(t!("tui-step-size", step = self.step_text()));
    }

    fn step_text(&self) -> String {
        let (n, d) = STEP_SIZES[self.step_size];
        format!("{n}/{d}")
    }

    fn apply(&mut self, result: Result<Distribution, EditError>) {
        match result {
            Ok(d) => {
                self.dists[self.target] = d;
                self.status = None;
                self.refresh();
            }
            Err(e) => self.status = Some(e.to_string()),
        }
    }

    /// ↑/↓: moves the selected probability by the step, rebalancing the others.
    pub fn nudge(&mut self, up: bool) {
        let (n, d) = STEP_SIZES[self.step_size];
        let delta = BigRational::new(if up { n } else { -n }.into(), d.into());
        let result =
            edit::nudge(&self.dists[self.target], self.outcome, &delta, &self.locks[self.target]);
        self.apply(result);
    }

    /// Sets the selected probability to a typed value; an error stays on the input line.
    pub fn submit_input(&mut self) {
        let Some(input) = &self.input else { return };
        let result = parse_exact(&input.text)
            .map_err(|e| format!("`{}` {e}", input.text.trim()))
            .and_then(|value| {
                edit::set_value(
                    &self.dists[self.target],
                    self.outcome,
                    value,
                    &self.locks[self.target],
                )
                .map_err(|e| e.to_string())
            });
        match result {
            Ok(d) => {
                self.input = None;
                self.apply(Ok(d));
            }
            Err(error) => {
                if let Some(input) = &mut self.input {
                    input.error = Some(error);
                }
            }
        }
    }

    pub fn toggle_lock(&mut self) {
        let lock = &mut self.locks[self.target][self.outcome];
        *lock = !*lock;
        let outcome = crate::visible::visible(&self.lesson.outcomes[self.outcome]);
        self.status = Some(if *lock {
            t!("tui-locked", outcome = outcome)
        } else {
            t!("tui-unlocked", outcome = outcome)
        });
    }

    /// Back to the lesson's own values, with no locks; the view stays where it is.
    pub fn reset(&mut self) {
        self.dists = lesson_values(&self.lesson);
        self.locks.iter_mut().flatten().for_each(|lock| *lock = false);
        self.status = Some(t!("tui-reset"));
        self.refresh();
    }

    pub fn scroll(&mut self, down: bool) {
        self.scroll = if down { self.scroll + 1 } else { self.scroll.saturating_sub(1) };
    }

    /// The name of distribution `k` (0 is the truth).
    pub fn name(&self, k: usize) -> &str {
        if k == 0 { &self.lesson.truth.name } else { &self.lesson.models[k - 1].name }
    }
}

/// The truth, then the models, as the lesson wrote them.
fn lesson_values(lesson: &Lesson) -> Vec<Distribution> {
    std::iter::once(&lesson.truth).chain(&lesson.models).map(|n| n.distribution.clone()).collect()
}

/// What the status line says about stated answers that no longer match the values.
pub fn stale_note(report: &Report) -> String {
    let lines: Vec<String> = report.lines().iter().map(usize::to_string).collect();
    t!("tui-answers-stale", lines = lines.join(", "))
}

fn with_stale_note(message: String, stale: Option<&Report>) -> String {
    match stale {
        Some(report) => t!("tui-then", first = message, then = stale_note(report)),
        None => message,
    }
}
