//! The open lesson's questions: which page asks which, how each is going, the numbers each is
//! about (its own, drawn for its try, or the lesson's as written), answering and giving up.
//!
//! While a question's page is shown, the lesson's values and the student's edits to them wait
//! in a [`Stash`], and the lesson shows, and grades, the values the question is about.

use crate::lesson::grade::{self, Grade};
use crate::lesson::{Hidden, Lesson, Named, Question, variant};
use crate::progress::{LessonProgress, QuestionProgress};
use crate::t;

use super::lesson::{Edited, LessonState, Page, lesson_densities, lesson_values};
use super::panel::Panel;
use crate::info::density::Density;
use crate::info::{Distribution, Quantity};

/// How one question is going: the record the score keeps, the choices already tried, and what
/// the student was told last.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Attempt {
    pub record: QuestionProgress,
    /// Multiple-choice answers tried and found wrong, marked so they are not picked again.
    pub tried: Vec<usize>,
    pub feedback: Option<Grade>,
    /// Asked again from the summary, for practice: open until answered right, while the
    /// record keeps how the first pass went.
    pub retry: bool,
}

/// The lesson's values and the student's edits to them, put aside while a question's page
/// shows the values the question is about (and grades): its own, or the lesson's as written.
#[derive(Debug, Clone)]
pub(super) struct Stash {
    pub(super) truth: Named,
    pub(super) models: Vec<Named>,
    pub(super) dists: Vec<Distribution>,
    pub(super) densities: Vec<Density>,
    pub(super) saved: Edited,
    pub(super) locks: Vec<Vec<bool>>,
    pub(super) undo: Vec<Edited>,
    pub(super) redo: Vec<Edited>,
}

impl LessonState {
    /// Continues where the student left off: the page, and how each question went.
    pub fn resume(&mut self, saved: &LessonProgress) {
        self.restore_lesson_values();
        for (&k, &record) in &saved.results {
            let Some(slot) = self.answers.get_mut(k) else { continue };
            slot.record = record;
            let revealed = record.revealed && !record.answered;
            let feedback = match self.lesson_of(k) {
                Some((lesson, question)) if revealed => {
                    Some(Grade { correct: false, feedback: grade::reveal(&lesson, &question) })
                }
                _ if record.answered => {
                    Some(Grade { correct: true, feedback: t!("tui-answered-right") })
                }
                _ => None,
            };
            self.answers[k].feedback = feedback;
        }
        self.go_to_page(saved.page);
    }

    /// Question `id` and the lesson as it sees it: with its own numbers, or its try's drawn
    /// ones, in place of the lesson's as written.
    pub fn lesson_of(&self, id: usize) -> Option<(Lesson, Question)> {
        let mut lesson = self.lesson.clone();
        if let Some(stash) = &self.stash {
            (lesson.truth, lesson.models) = (stash.truth.clone(), stash.models.clone());
        }
        let question = lesson.all_questions().nth(id)?.clone();
        let variant = self.answers.get(id).map_or(0, |a| a.record.variant);
        let seed = variant::seed_of(self.seed, id, variant);
        let about = variant::about(&lesson, &question, seed)?.into_owned();
        Some((about, question))
    }

    /// On a question's page, shows the values the question is about in place of the lesson's
    /// (kept aside with their edits until the page is left).
    pub(super) fn show_question_values(&mut self) {
        let Some((id, _)) = self.question() else { return };
        let Some((about, _)) = self.lesson_of(id) else { return };
        let values = lesson_values(&about);
        let densities = lesson_densities(&about);
        let n = self.lesson.outcomes.len();
        let stash = Stash {
            truth: std::mem::replace(&mut self.lesson.truth, about.truth),
            models: std::mem::replace(&mut self.lesson.models, about.models),
            locks: std::mem::replace(&mut self.locks, vec![vec![false; n]; values.len()]),
            dists: std::mem::replace(&mut self.dists, values.clone()),
            densities: std::mem::replace(&mut self.densities, densities.clone()),
            saved: std::mem::replace(&mut self.saved, (values, densities)),
            undo: std::mem::take(&mut self.undo),
            redo: std::mem::take(&mut self.redo),
        };
        self.model = self.model.min(self.lesson.models.len() - 1);
        self.target = self.target.min(self.dists.len() - 1);
        self.stash = Some(stash);
    }

    /// Puts the lesson's values and their edits back after a question's page.
    pub(super) fn restore_lesson_values(&mut self) {
        let Some(stash) = self.stash.take() else { return };
        (self.lesson.truth, self.lesson.models) = (stash.truth, stash.models);
        (self.dists, self.densities, self.saved) = (stash.dists, stash.densities, stash.saved);
        (self.locks, self.undo, self.redo) = (stash.locks, stash.undo, stash.redo);
        self.model = self.model.min(self.lesson.models.len() - 1);
        self.target = self.target.min(self.dists.len() - 1);
    }

    /// Whether the lesson's values, edited on its steps, differ from the ones a question's
    /// page shows as the lesson wrote them.
    pub(super) fn edits_set_aside(&self) -> bool {
        self.stash.as_ref().is_some_and(|s| {
            let question_about_lesson = self.question().is_some_and(|(_, q)| q.own.is_none());
            question_about_lesson && (&s.dists, &s.densities) != (&self.dists, &self.densities)
        })
    }

    /// Refuses an edit while a question is open: its values are what it grades. Says so.
    pub(super) fn values_fixed(&mut self) -> bool {
        let open = self.open_question().is_some();
        if open {
            self.status = Some(t!("tui-values-fixed"));
        }
        open
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

    /// The current page's question while it is open: not yet answered right nor given up,
    /// or asked again from the summary.
    pub fn open_question(&self) -> Option<&Question> {
        let (id, question) = self.question()?;
        let attempt = &self.answers[id];
        (attempt.retry || !attempt.record.resolved()).then_some(question)
    }

    /// The questions not answered right at the first try, with their positions.
    pub fn missed(&self) -> Vec<(usize, &Question)> {
        self.lesson
            .all_questions()
            .enumerate()
            .filter(|(id, _)| !self.answers[*id].record.first_try_right)
            .collect()
    }

    /// The page that asks question `id`.
    pub(super) fn page_of(&self, id: usize) -> Option<usize> {
        self.question_pages().nth(id)
    }

    /// The page of every question, in the order of `Lesson::all_questions`: the steps that
    /// hold one, then the closing questions.
    fn question_pages(&self) -> impl Iterator<Item = usize> + '_ {
        let steps = &self.lesson.steps;
        let in_steps = (0..steps.len()).filter(|&k| steps[k].question.is_some());
        in_steps.chain((0..self.lesson.questions.len()).map(|k| steps.len() + k))
    }

    /// Asks every missed question again, from the first; the score keeps the first pass.
    pub fn retry_missed(&mut self) {
        let missed: Vec<usize> = self.missed().into_iter().map(|(id, _)| id).collect();
        for &id in &missed {
            let varied = self.lesson.all_questions().nth(id).is_some_and(|q| q.own.vary.is_some());
            let attempt = &mut self.answers[id];
            attempt.record.variant += u32::from(varied);
            attempt.retry = true;
            attempt.tried.clear();
            attempt.feedback = None;
        }
        if let Some(page) = missed.first().and_then(|&id| self.page_of(id)) {
            self.go_to_page(page);
        }
    }

    /// `N`: the open page's question again with fresh numbers, once it is answered or given
    /// up; the first try still counts.
    pub fn another_like_this(&mut self) {
        let Some((id, question)) = self.question() else { return };
        let varied = question.own.vary.is_some();
        self.status = Some(if !varied {
            t!("tui-numbers-fixed")
        } else if self.open_question().is_some() {
            t!("tui-answer-first")
        } else {
            let attempt = &mut self.answers[id];
            attempt.record.variant += 1;
            (attempt.retry, attempt.feedback) = (true, None);
            attempt.tried.clear();
            self.go_to_page(self.page);
            t!("tui-fresh-numbers")
        });
    }

    /// The questions whose answers the page must keep off the screen: its own while open,
    /// and, where it shows the lesson's values in a view of the student's choosing (another
    /// quantity or model than its step shows, `m` and Tab), every question on a later page that
    /// asks about them and is not answered yet: a question asks what no earlier page has shown.
    /// What a step itself shows, and a panel its text tells the student to open, is the
    /// author's to choose, and `check` judges it; `later` says whether the view is another.
    fn guarding(&self, later: bool) -> impl Iterator<Item = &Question> {
        let lesson_values = later && self.question().is_none_or(|(_, q)| q.own.is_none());
        // Drawing asks this several times a frame: one pass, nothing allocated.
        let later = self.lesson.all_questions().zip(self.question_pages()).zip(&self.answers);
        let later = later.filter(move |((q, page), attempt)| {
            lesson_values
                && q.own.is_none()
                && *page > self.page
                && (attempt.retry || !attempt.record.resolved())
        });
        self.open_question().into_iter().chain(later.map(|((q, _), _)| q))
    }

    /// Whether the view is the one the page's step points it at.
    fn on_step_focus(&self) -> bool {
        let Page::Step { step, .. } = self.current() else { return false };
        let model = step.show.model.is_none_or(|m| m == self.model);
        step.show.quantity.is_some_and(|q| Hidden::of(q) == Hidden::of(self.quantity)) && model
    }

    /// Whether `quantity` must not be shown: a question it would answer is still to come.
    pub fn conceals(&self, quantity: Quantity) -> bool {
        self.guarding(!self.on_step_focus()).any(|q| q.conceals(quantity))
    }

    /// Whether the chart, the library calls and the code words wait: they work out the
    /// measures of the pair whatever quantity is on view, so while a question they could
    /// answer is to come, switching the view (`m`) must not open a way round it.
    pub fn panel_waits(&self, panel: Panel) -> bool {
        let told = match self.current() {
            Page::Step { step, .. } => super::panel::told(&step.text, &self.lesson)
                .iter()
                .any(|&(_, p)| p == panel || (p, panel) == (Panel::Chart, Panel::PathChart)),
            _ => false,
        };
        self.guarding(!told).any(|q| !q.hide.is_empty())
    }

    /// Whether the ranking of the models must not be shown.
    pub fn conceals_ranking(&self) -> bool {
        self.guarding(!self.on_step_focus()).any(Question::conceals_ranking)
    }

    /// Questions answered right at the first try, and questions answered right at all (a
    /// wrong try or giving up is not an answer).
    pub fn score(&self) -> (usize, usize) {
        let right = self.answers.iter().filter(|a| a.record.first_try_right).count();
        let answered = self.answers.iter().filter(|a| a.record.answered);
        (right, answered.count())
    }

    /// Picks choice `k` of the current multiple-choice question. A choice already tried, or a
    /// question already done with, is left alone.
    pub fn choose(&mut self, k: usize) {
        let Some((id, question)) = self.question() else { return };
        if self.open_question().is_none() || self.answers[id].tried.contains(&k) {
            return;
        }
        if let Some(grade) = grade::choice(&self.lesson, question, k) {
            let attempt = &mut self.answers[id];
            attempt.record.attempt(grade.correct);
            if grade.correct {
                attempt.retry = false;
            } else {
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
                let open = self.open_question().is_some();
                let attempt = &mut self.answers[id];
                if open {
                    attempt.record.attempt(grade.correct);
                    attempt.retry &= !grade.correct;
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
        if self.open_question().is_none() {
            return;
        }
        let feedback = grade::reveal(&self.lesson, question);
        let attempt = &mut self.answers[id];
        if !attempt.record.resolved() {
            attempt.record.revealed = true;
        }
        attempt.retry = false;
        attempt.feedback = Some(Grade { correct: false, feedback });
    }
}
