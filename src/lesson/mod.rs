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
pub mod practice;
pub mod save;
pub mod schema;
pub mod variant;

use crate::i18n::Lang;
use crate::info::{Distribution, Pair, Quantity, Unit};
use crate::notation::Names;

pub use diagnostic::{Diagnostic, Report, Severity};
pub use parse::{Loaded, MAX_FILE_BYTES, parse_lesson, question_spans, read_lesson};

/// The newest lesson format this kltutor reads. A lesson may declare the format it is written
/// in (`format = 1`); one declaring a newer format is refused with a plain message rather than
/// misread. Raise it when a change to the format would make older versions misread a lesson.
pub const FORMAT: u32 = 1;

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
    /// Multiple choice: the index of the right choice, or what works it out from the values
    /// the question is about (so a question with fresh numbers knows its answer).
    Choice { choices: Vec<String>, answer: usize, compare: Option<Compare> },
    /// A number that kltutor computes (an author's stated value is checked on load).
    Numeric { quantity: Quantity, model: usize, unit: Unit, tolerance: f64, mistakes: Vec<Mistake> },
}

/// A choice question's answer worked out from the values: the choice whose distribution has
/// the smallest (or largest) value of a quantity (`compare = "kl"`, `pick = "largest"`).
#[derive(Debug, Clone, PartialEq)]
pub struct Compare {
    /// Entropy (of each choice's distribution) or a measure of the truth against each model.
    pub quantity: Quantity,
    pub largest: bool,
    /// The distribution each choice names: 0 the truth, k + 1 model k.
    pub of: Vec<usize>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Question {
    pub prompt: String,
    pub answer: Answer,
    pub hint: Option<String>,
    pub explanation: Option<String>,
    /// What stays off the screen until the question is answered right or given up.
    pub hide: Vec<Hidden>,
    /// Distributions of its own, so the worked example teaches with one pair and the
    /// question asks about another.
    pub own: Own,
}

/// The distributions a question brings in place of the lesson's: written out, drawn afresh
/// for every try, or both (what `vary` keeps comes from here or from the lesson).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Own {
    pub truth: Option<Named>,
    pub models: Option<Vec<Named>>,
    pub vary: Option<Vary>,
}

impl Own {
    /// Whether the question is about the lesson's own values.
    pub fn is_none(&self) -> bool {
        self.truth.is_none() && self.models.is_none() && self.vary.is_none()
    }
}

/// Fresh distributions for every try (`vary = { denominators = 16 }`): values with
/// denominators up to `denominators`, every outcome possible; the distributions `keep`
/// names (0 the truth, k + 1 model k) stay as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Vary {
    pub denominators: u64,
    pub keep: Vec<usize>,
}

impl Question {
    /// Whether `quantity` is kept hidden while this question is open.
    pub fn conceals(&self, quantity: Quantity) -> bool {
        self.hide.contains(&Hidden::of(quantity))
    }

    /// Whether the ranking of the models is kept hidden while this question is open: asked
    /// for, or implied by a hidden D(P‖Q), which the ranking states for every model.
    pub fn conceals_ranking(&self) -> bool {
        self.hide.contains(&Hidden::Ranking) || self.hide.contains(&Hidden::Kl)
    }
}

/// Something a question keeps off the screen until it is answered: a kind of quantity (for
/// every model and in every unit), or the ranking of the models.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hidden {
    Information,
    Entropy,
    CrossEntropy,
    Kl,
    KlReverse,
    Js,
    Ranking,
}

impl Hidden {
    /// The words of a question's `hide` list.
    pub const NAMES: [(&'static str, Hidden); 7] = [
        ("information", Hidden::Information),
        ("entropy", Hidden::Entropy),
        ("cross_entropy", Hidden::CrossEntropy),
        ("kl", Hidden::Kl),
        ("kl_reverse", Hidden::KlReverse),
        ("js", Hidden::Js),
        ("ranking", Hidden::Ranking),
    ];

    /// The kind of `quantity`.
    pub fn of(quantity: Quantity) -> Hidden {
        match quantity {
            Quantity::Information { .. } => Hidden::Information,
            Quantity::Entropy(_) => Hidden::Entropy,
            Quantity::CrossEntropy => Hidden::CrossEntropy,
            Quantity::Kl => Hidden::Kl,
            Quantity::KlReverse => Hidden::KlReverse,
            Quantity::Js => Hidden::Js,
        }
    }

    /// What a question hides when its author does not say.
    ///
    /// A numeric question hides the asked quantity and the value of every mistake it lists;
    /// KL and cross-entropy hide each other too, since H(P,Q) = H(P) + D(P‖Q) with H(P) on
    /// screen gives one from the other; information hides entropy, whose derivation works out
    /// every outcome's information. A multiple-choice question hides every divergence,
    /// the cross-entropy and the ranking, any of which could give the choice away.
    pub fn defaults(answer: &Answer) -> Vec<Hidden> {
        let mut hide = match answer {
            Answer::Choice { .. } => vec![
                Hidden::Kl,
                Hidden::KlReverse,
                Hidden::CrossEntropy,
                Hidden::Js,
                Hidden::Ranking,
            ],
            Answer::Numeric { quantity, mistakes, .. } => {
                let asked = Hidden::of(*quantity);
                let mut hide = vec![asked];
                if matches!(asked, Hidden::Kl | Hidden::CrossEntropy) {
                    hide.extend([Hidden::Kl, Hidden::CrossEntropy]);
                }
                // Entropy's derivation works out log(1/p) for every outcome, and each
                // divergence's the log of a ratio with p in it.
                if asked == Hidden::Information {
                    hide.extend([Hidden::Entropy, Hidden::Kl, Hidden::KlReverse, Hidden::Js]);
                }
                // H(P) = H(P,Q) − D(P‖Q): the two on screen give the entropy away.
                if asked == Hidden::Entropy {
                    hide.push(Hidden::Kl);
                }
                for mistake in mistakes {
                    match mistake.kind {
                        MistakeKind::Reversed => hide.push(match asked {
                            Hidden::Kl => Hidden::KlReverse,
                            _ => Hidden::Kl,
                        }),
                        MistakeKind::CrossEntropy => {
                            hide.extend([Hidden::Kl, Hidden::CrossEntropy])
                        }
                        MistakeKind::Unit(_) => {}
                    }
                }
                hide
            }
        };
        let mut seen = Vec::new();
        hide.retain(|h| {
            let new = !seen.contains(h);
            seen.push(*h);
            new
        });
        hide
    }
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
    /// Set when the lesson gives a joint distribution of two variables (`[joint]`): its
    /// outcomes are the grid's cells, row by row, its truth the joint and its one model the
    /// product of the marginals.
    pub grid: Option<Grid>,
    /// Set when the lesson's distributions are densities cut into bins (`[bins]` and
    /// `density = "normal(0, 1)"`): the outcomes are the bins, each distribution the
    /// probabilities of its density's bins.
    pub continuous: Option<Continuous>,
    /// What the chart (`c`) draws the measures along, when the lesson says (`[chart]`).
    pub chart: Option<ChartSpec>,
}

/// The family of models a lesson's chart runs along, and the part of it drawn.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ChartSpec {
    pub along: Along,
    /// The θ drawn, within [0, 1]; the family's whole range when `None`.
    pub range: Option<(f64, f64)>,
}

/// A one-parameter family of models.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Along {
    /// One outcome's probability swept from 0 to 1, the others rebalanced (as ↑↓ do): this
    /// outcome's, or the selected one's when `None`.
    Sweep(Option<usize>),
    /// A two-outcome model (θ, 1 − θ).
    Coin,
    /// The path from the model to the truth, (1 − t)·Q + t·P.
    Path,
}

/// The densities behind a binned lesson.
#[derive(Debug, Clone, PartialEq)]
pub struct Continuous {
    pub bins: crate::info::binning::Bins,
    /// The truth's density, then each model's.
    pub densities: Vec<crate::info::density::Density>,
}

/// The names of a joint distribution's rows (values of X) and columns (values of Y).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grid {
    pub rows: Vec<String>,
    pub columns: Vec<String>,
    /// Between a row's and a column's name in a cell's name: `, ` or, in a Chinese lesson, `，`.
    pub separator: &'static str,
}

impl Grid {
    /// The name of the cell at `row`, `column` as an outcome: `rain, umbrella` (`雨，带伞`).
    pub fn cell(&self, row: usize, column: usize) -> String {
        format!("{}{}{}", self.rows[row], self.separator, self.columns[column])
    }

    /// The joint distribution `truth` is, read row by row over this grid.
    pub fn joint(&self, truth: &Distribution) -> Option<crate::info::joint::Joint> {
        crate::info::joint::Joint::from_cells(self.rows.len(), self.columns.len(), truth.clone())
            .ok()
    }
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
            values: None,
        }
    }
}
