//! Everything the lesson view shows, worked out by `info` once per change, never while drawing.

use crate::info::derivation::Side;
use crate::info::{
    Amount, Derivation, Distribution, Pair, Quantity, Summary, Unit,
    derivation::approximate_shares, information_content,
};
use crate::lesson::Lesson;
use crate::notation::{Names, Style};
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
}

/// Beyond this many outcomes the terms are worked out only for the lines in view, when they
/// are drawn (see `render::derivation`): every term of 10⁵ outcomes would take a second.
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
    let ranking = ranking_sentence(&lesson.truth.name, &model_names, &kls, unit, Style::Unicode, 4);
    let infinity = document::infinity_reason(&derivation, &names);
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
    }
}
