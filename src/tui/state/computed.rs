//! Everything the lesson view shows, worked out by `info` once per change, never while drawing.
//!
//! Numbers are formatted here too, so drawing a frame only lays out text.

use std::borrow::Cow;

use crate::info::derivation::Side;
use crate::info::{
    Amount, Derivation, Distribution, Pair, Quantity, Summary, Unit,
    derivation::approximate_shares, information_content, rank_by_kl,
};
use crate::lesson::Lesson;
use crate::notation::{Names, Style, symbol};
use crate::report::formula::{self, MAX_INLINE_TERMS};
use crate::report::{document, ranking_sentence};

/// Everything shown in the lesson view, computed from the state once per change.
#[derive(Debug, Clone)]
pub struct Computed {
    pub derivation: Derivation,
    pub names: Names,
    /// Each outcome's share of the shown quantity (information content for `Information`).
    pub per_outcome: Vec<Amount>,
    /// Every measure of the truth against each model, in model order.
    pub summaries: Vec<Summary>,
    pub entropy_p: f64,
    pub cross_entropy: Amount,
    pub kl: Amount,
    pub ranking: Option<String>,
    /// Why the shown quantity is infinite, in words.
    pub infinity: Option<String>,
    /// That a term of probability 0 is 0 by convention, when the derivation has one.
    pub convention: Option<String>,
    /// The derivation as the view prints it.
    pub working: Working,
    /// Each distribution's probabilities as the bars print them, in outcome order; empty in a
    /// lesson of more than [`MAX_TERMS_WORKED_OUT`] outcomes (see [`Computed::value_text`]).
    pub values: Vec<Vec<String>>,
    /// The largest probability of any distribution: a bar as long as the panel is wide.
    pub largest: f64,
    /// The headings of the models table, one a quantity of [`MODEL_COLUMNS`].
    pub model_headings: Vec<String>,
    /// Each model's values of [`MODEL_COLUMNS`] against the truth, in model order.
    pub model_values: Vec<Vec<String>>,
    /// The models from closest to the truth to farthest, by D(P‖Q).
    pub model_ranking: Vec<usize>,
}

/// The derivation with every number formatted, in the layout the view shows.
#[derive(Debug, Clone)]
pub enum Working {
    /// Every stage on one line, terms side by side: few terms.
    Inline(Vec<formula::Line>),
    /// A line an outcome, scrolled through.
    PerOutcome(formula::PerOutcome),
    /// Too many outcomes to work out every term (see [`MAX_TERMS_WORKED_OUT`]): only the
    /// definition and the total; the terms in view are worked out when drawn.
    InView(formula::PerOutcome),
}

/// The quantities of the models table, in its column order.
pub const MODEL_COLUMNS: [Quantity; 4] =
    [Quantity::Kl, Quantity::KlReverse, Quantity::CrossEntropy, Quantity::Js];

/// Decimal places of the values shown.
pub const PRECISION: usize = 4;

/// Beyond this many outcomes the terms are worked out, and the probabilities formatted, only
/// for the lines in view, when they are drawn (see [`Working::InView`] and
/// [`Computed::value_text`]): every term of 10⁵ outcomes would take a second.
pub const MAX_TERMS_WORKED_OUT: usize = 1000;

/// Works out everything the lesson view shows.
pub(super) fn compute(
    lesson: &Lesson,
    dists: &[Distribution],
    model: usize,
    quantity: Quantity,
    unit: Unit,
) -> Computed {
    let p = &dists[0];
    let pair = Pair { p, q: &dists[model + 1] };
    let names = lesson.names(model);
    let (derivation, per_outcome) = match quantity {
        Quantity::Information { .. } => (
            Derivation::new(quantity, pair, unit),
            (0..p.len()).map(|i| information_content(p, i, unit)).collect(),
        ),
        _ if p.len() > MAX_TERMS_WORKED_OUT => {
            (Derivation::total_only(quantity, pair, unit), approximate_shares(quantity, pair, unit))
        }
        _ => {
            let derivation = Derivation::new(quantity, pair, unit);
            let shares = derivation.shares(p.len());
            (derivation, shares)
        }
    };
    let summaries: Vec<Summary> = dists[1..].iter().map(|q| Pair { p, q }.summary(unit)).collect();
    let kls: Vec<Amount> = summaries.iter().map(|s| s.kl).collect();
    let model_names: Vec<&str> = lesson.models.iter().map(|m| m.name.as_str()).collect();
    let ranking =
        ranking_sentence(&lesson.truth.name, &model_names, &kls, unit, Style::Unicode, PRECISION);
    let infinity = document::infinity_reason(&derivation, &names);
    let convention = formula::zero_convention_note(&derivation);
    let working = working(&derivation, &names, p.len());
    let values = if p.len() > MAX_TERMS_WORKED_OUT {
        Vec::new()
    } else {
        dists.iter().map(|d| (0..d.len()).map(|i| value_text(d, i)).collect()).collect()
    };
    let largest = dists
        .iter()
        .flat_map(|d| d.approx().iter().copied())
        .fold(0.0f64, f64::max)
        .max(f64::MIN_POSITIVE);
    let generic = Names { p: names.p.clone(), q: "Q".into(), outcomes: vec![], values: None };
    let model_headings =
        MODEL_COLUMNS.iter().map(|&q| symbol(q, &generic, Style::Unicode)).collect();
    let model_values = summaries
        .iter()
        .map(|s| {
            [s.kl, s.kl_reverse, s.cross_entropy, Amount::Finite(s.js)]
                .iter()
                .map(|v| Style::Unicode.decimal(v.value(), PRECISION))
                .collect()
        })
        .collect();
    Computed {
        entropy_p: Quantity::Entropy(Side::P).evaluate(pair, unit).value(),
        cross_entropy: pair.cross_entropy(unit),
        kl: kls[model],
        derivation,
        names,
        per_outcome,
        summaries,
        ranking,
        infinity,
        convention,
        working,
        values,
        largest,
        model_headings,
        model_values,
        model_ranking: rank_by_kl(&kls),
    }
}

impl Computed {
    /// Distribution `k`'s probability of outcome `i` as the bars print it: formatted once
    /// per change, or in a lesson of more than [`MAX_TERMS_WORKED_OUT`] outcomes, when drawn
    /// (only the outcomes in view are).
    pub fn value_text(&self, dists: &[Distribution], k: usize, i: usize) -> Cow<'_, str> {
        match self.values.get(k) {
            Some(texts) => Cow::Borrowed(&texts[i]),
            None => Cow::Owned(value_text(&dists[k], i)),
        }
    }
}

/// Outcome `i`'s probability as the bars print it: `¼`, `0.26`.
fn value_text(d: &Distribution, i: usize) -> String {
    Style::Unicode.rational(&d.get(i), d.notation())
}

/// The derivation formatted in the layout the view shows: inline, wrapped at term boundaries,
/// keeps the blackboard shape of a short derivation; many outcomes read better a line each.
fn working(d: &Derivation, names: &Names, outcomes: usize) -> Working {
    let style = Style::Unicode;
    if d.terms.is_empty() && outcomes > MAX_TERMS_WORKED_OUT {
        Working::InView(formula::PerOutcome::new(d, names, style, PRECISION))
    } else if d.terms.len() <= MAX_INLINE_TERMS {
        Working::Inline(formula::lines(d, names, style, formula::Layout::Inline, PRECISION))
    } else {
        Working::PerOutcome(formula::PerOutcome::new(d, names, style, PRECISION))
    }
}
