//! Lessons: the TOML format, loading with compiler-grade diagnostics, the built-in course.
//!
//! A lesson is a worked example — outcomes, a true distribution, models of it — with the
//! steps of its explanation and questions. Loading checks everything an author can get wrong
//! and reports all of it at once, each problem at its line and column.

pub mod builtin;
pub mod catalog;
pub mod diagnostic;
pub mod grade;
mod parse;
pub mod save;
pub mod schema;

use crate::i18n::Lang;
use crate::info::{Distribution, Pair, Quantity, Unit};
use crate::notation::Names;

pub use diagnostic::{Diagnostic, Report};
pub use parse::{Loaded, MAX_FILE_BYTES, parse_lesson, read_lesson};

/// A named distribution: the truth or a model.
#[derive(Debug, Clone, PartialEq)]
pub struct Named {
    pub name: String,
    pub distribution: Distribution,
}

/// What a step or question points the view at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Focus {
    pub quantity: Option<Quantity>,
    /// Index into `Lesson::models`.
    pub model: Option<usize>,
    pub outcome: Option<usize>,
}

/// One step of a lesson's explanation.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    pub text: String,
    pub show: Focus,
    /// Keep the shown quantity's result hidden until the step's question is answered.
    pub hide: bool,
    pub question: Option<Question>,
}

/// A likely wrong answer to a numeric question, recognised by value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MistakeKind {
    /// The divergence the other way round: D(Q‖P) for D(P‖Q).
    Reversed,
    /// The right quantity in another unit.
    Unit(Unit),
    /// Cross-entropy given for KL, or KL for cross-entropy.
    CrossEntropy,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Mistake {
    pub kind: MistakeKind,
    pub feedback: String,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Answer {
    /// Multiple choice: the index of the right choice.
    Choice { choices: Vec<String>, answer: usize },
    /// A number that kltutor computes (an author's stated value is checked on load).
    Numeric { quantity: Quantity, model: usize, unit: Unit, tolerance: f64, mistakes: Vec<Mistake> },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Question {
    pub prompt: String,
    pub answer: Answer,
    pub hint: Option<String>,
    pub explanation: Option<String>,
}

/// A loaded, fully validated lesson.
#[derive(Debug, Clone, PartialEq)]
pub struct Lesson {
    pub title: String,
    pub summary: String,
    /// The language the lesson is written in (`lang = "zh-CN"`): the tutor and `explain`
    /// speak it unless `--lang` says otherwise. None when the lesson does not say.
    pub lang: Option<Lang>,
    pub unit: Unit,
    pub outcomes: Vec<String>,
    pub truth: Named,
    pub models: Vec<Named>,
    pub steps: Vec<Step>,
    pub questions: Vec<Question>,
}

impl Lesson {
    /// P against model `k`.
    pub fn pair(&self, k: usize) -> Pair<'_> {
        Pair { p: &self.truth.distribution, q: &self.models[k].distribution }
    }

    /// Every question, those inside steps first, in reading order.
    pub fn all_questions(&self) -> impl Iterator<Item = &Question> {
        self.steps.iter().filter_map(|s| s.question.as_ref()).chain(&self.questions)
    }

    /// Names for formulas about the truth and model `k`.
    pub fn names(&self, k: usize) -> Names {
        Names {
            p: self.truth.name.clone(),
            q: self.models.get(k).map_or_else(|| self.truth.name.clone(), |m| m.name.clone()),
            outcomes: self.outcomes.clone(),
        }
    }
}
