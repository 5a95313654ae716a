//! Derivations rendered for people and scripts: plain text, Markdown, LaTeX and JSON.

pub mod chart;
pub mod codes;
pub mod columns;
pub mod continuous;
pub mod conventions;
pub mod document;
pub mod formula;
pub mod handout;
pub mod joint;
pub mod json;
pub mod latex;
pub mod markdown;
pub mod markup;
pub mod text;

use crate::info::derivation::Side;
use crate::info::{Amount, Derivation, Distribution, Pair, Quantity, Unit, rank_by_kl};
use crate::notation::{Names, Style};
use crate::t;

pub use document::Block;
pub use formula::Layout;

/// The order in which a model's quantities are worked out: the headline first.
pub const MODEL_QUANTITIES: [Quantity; 5] = [
    Quantity::Kl,
    Quantity::KlReverse,
    Quantity::CrossEntropy,
    Quantity::Entropy(Side::Q),
    Quantity::Js,
];

/// The output formats of documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Latex,
}

/// Renders a document in a format.
pub fn render(blocks: &[Block<'_>], format: Format, precision: usize) -> String {
    match format {
        Format::Text => text::render(blocks, precision),
        Format::Markdown => markdown::render(blocks, precision),
        Format::Latex => latex::render(blocks, precision),
    }
}

/// A true distribution P and the models compared against it: what every report describes.
#[derive(Debug, Clone)]
pub struct Comparison<'a> {
    pub p_name: String,
    pub p: &'a Distribution,
    pub models: Vec<(String, &'a Distribution)>,
    pub outcomes: Vec<String>,
    pub unit: Unit,
    /// Beyond this many outcomes a derivation shows its formula and total, not its terms.
    pub term_limit: Option<usize>,
}

impl Comparison<'_> {
    /// Names for the pair of P and model `k`.
    pub fn names(&self, k: usize) -> Names {
        Names {
            p: self.p_name.clone(),
            q: self.models[k].0.clone(),
            outcomes: self.outcomes.clone(),
            values: None,
        }
    }

    pub fn pair(&self, k: usize) -> Pair<'_> {
        Pair { p: self.p, q: self.models[k].1 }
    }

    pub fn derive(&self, k: usize, quantity: Quantity) -> Derivation {
        self.derivation(quantity, self.pair(k))
    }

    /// H(P), worked out.
    pub fn entropy_of_p(&self) -> Derivation {
        self.derivation(Quantity::Entropy(Side::P), Pair { p: self.p, q: self.p })
    }

    /// Whether derivations list their terms.
    pub fn lists_terms(&self) -> bool {
        self.term_limit.is_none_or(|limit| self.p.len() <= limit)
    }

    fn derivation(&self, quantity: Quantity, pair: Pair<'_>) -> Derivation {
        if self.lists_terms() {
            Derivation::new(quantity, pair, self.unit)
        } else {
            Derivation::total_only(quantity, pair, self.unit)
        }
    }
}

/// "B is closer to A than C: 0.2075 < 0.5963 bits", or the full order for several models.
pub fn ranking_sentence(
    p_name: &str,
    model_names: &[&str],
    kls: &[Amount],
    unit: Unit,
    style: Style,
    precision: usize,
) -> Option<String> {
    if kls.len() < 2 {
        return None;
    }
    let order = rank_by_kl(kls);
    let value = |k: usize| style.decimal(kls[k].value(), precision);
    let (best, next) = (order[0], order[1]);
    let (a, b, unit) = (model_names[best], model_names[next], crate::i18n::unit_name(unit));
    let sentence = if kls[best].is_infinite() {
        t!("report-ranking-infinite", a = a, b = b, p = p_name)
    } else if kls[best].value() == kls[next].value() {
        t!("report-ranking-equal", a = a, b = b, p = p_name, value = value(best), unit = unit)
    } else {
        t!(
            "report-ranking-closer",
            a = a,
            b = b,
            p = p_name,
            a_value = value(best),
            b_value = value(next),
            unit = unit
        )
    };
    if order.len() > 2 {
        let all: Vec<String> =
            order.iter().map(|&k| format!("{} {}", model_names[k], value(k))).collect();
        return Some(t!("report-ranking-order", sentence = sentence, order = all.join(", ")));
    }
    Some(sentence)
}
