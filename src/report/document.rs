//! A report as a list of blocks, built once and rendered as text, Markdown or LaTeX.
//!
//! `compute` and `explain` describe *what* to show here; the renderers decide *how*, so the
//! three formats cannot drift apart in content.

use crate::info::derivation::Side;
use crate::info::{Amount, Derivation, Distribution, Quantity};

use super::{Comparison, MODEL_QUANTITIES, ranking_sentence};
use crate::notation::Names;
use crate::notation::Style;

/// One piece of a report.
#[derive(Debug, Clone)]
pub enum Block<'a> {
    /// A heading; level 1 is the document's title.
    Heading(usize, String),
    /// Prose, wrapped by the renderer.
    Paragraph(String),
    /// The values of named distributions over the outcomes.
    Values { outcomes: Vec<String>, rows: Vec<(String, &'a Distribution)> },
    /// A worked derivation.
    Derivation(Box<Derivation>, Names),
    /// Items, numbered or not.
    List { numbered: bool, items: Vec<String> },
    /// Measures along a family of models (see [`super::chart`]).
    Chart(Box<super::chart::Chart>),
    /// Text kept line for line in a fixed-width font: grids, tables, plots and formulas laid
    /// out in columns.
    Preformatted(String),
}

/// The values of P and every model.
pub fn values<'a>(c: &Comparison<'a>) -> Block<'a> {
    let mut rows = vec![(c.p_name.clone(), c.p)];
    rows.extend(c.models.iter().map(|(name, d)| (name.clone(), *d)));
    Block::Values { outcomes: c.outcomes.clone(), rows }
}

/// What `compute` reports after the values: every derivation, the identity and the ranking.
/// With `headings`, each model's section starts with a heading of that level.
pub fn comparison<'a>(
    c: &Comparison<'a>,
    precision: usize,
    headings: Option<usize>,
) -> Vec<Block<'a>> {
    let mut blocks = Vec::new();
    each_comparison_block(c, precision, headings, &mut |b| blocks.push(b));
    blocks
}

/// The blocks of [`comparison`], handed to `emit` one at a time as they are worked out, so a
/// long report can be written out while it is made rather than held whole.
pub fn each_comparison_block<'a>(
    c: &Comparison<'a>,
    precision: usize,
    headings: Option<usize>,
    emit: &mut dyn FnMut(Block<'a>),
) {
    let mut blocks = Emit(emit);
    let own = Names {
        p: c.p_name.clone(),
        q: c.p_name.clone(),
        outcomes: c.outcomes.clone(),
        values: None,
    };
    let entropy = c.entropy_of_p();
    // Each measure of a million outcomes is a pass over them: the totals already worked out
    // serve the decomposition and the ranking too.
    let entropy_total = (entropy.quantity, entropy.total);
    blocks.push(Block::Derivation(Box::new(entropy), own));
    let mut kls = Vec::with_capacity(c.models.len());
    for k in 0..c.models.len() {
        if let Some(level) = headings {
            blocks.push(Block::Heading(
                level,
                crate::t!("report-against", p = &c.p_name, q = &c.models[k].0),
            ));
        }
        let mut totals = vec![entropy_total];
        for quantity in MODEL_QUANTITIES {
            let d = c.derive(k, quantity);
            totals.push((quantity, d.total));
            blocks.extend(derivation_blocks(d, c.names(k)));
        }
        blocks.push(Block::Paragraph(decomposition(c, k, precision, &totals)));
        kls.push(known(c, k, Quantity::Kl, &totals));
    }
    let model_names: Vec<&str> = c.models.iter().map(|(n, _)| n.as_str()).collect();
    if let Some(sentence) =
        ranking_sentence(&c.p_name, &model_names, &kls, c.unit, Style::Unicode, precision)
    {
        if let Some(level) = headings {
            blocks.push(Block::Heading(level, crate::t!("report-ranking")));
        }
        blocks.push(Block::Paragraph(sentence));
    }
}

/// A sink of blocks that reads like a `Vec` being filled.
pub struct Emit<'e, 'a>(pub &'e mut dyn FnMut(Block<'a>));

impl<'a> Emit<'_, 'a> {
    pub fn push(&mut self, block: Block<'a>) {
        (self.0)(block)
    }

    pub fn extend(&mut self, blocks: impl IntoIterator<Item = Block<'a>>) {
        blocks.into_iter().for_each(|b| (self.0)(b))
    }
}

/// A derivation, followed by why it is infinite when it is.
pub fn derivation_blocks<'a>(d: Derivation, names: Names) -> Vec<Block<'a>> {
    let reason = infinity_reason(&d, &names);
    let mut blocks = vec![Block::Derivation(Box::new(d), names)];
    blocks.extend(reason.map(Block::Paragraph));
    blocks
}

/// "H(A,B) = H(A) + D(A‖B): 1.2075 = 1.0000 + 0.2075 bits".
/// `totals` are values already worked out for model `k`; the others are computed.
pub fn decomposition(
    c: &Comparison<'_>,
    k: usize,
    precision: usize,
    totals: &[(Quantity, Amount)],
) -> String {
    let names = c.names(k);
    let style = Style::Unicode;
    let v = |q: Quantity| style.decimal(known(c, k, q, totals).value(), precision);
    let value = |q: Quantity| known(c, k, q, totals).value();
    let (cross, h, kl) =
        (value(Quantity::CrossEntropy), value(Quantity::Entropy(Side::P)), value(Quantity::Kl));
    // Rounded, the parts may not add up to the rounded whole: then "≈" says so.
    let sign = if cross.is_finite() {
        super::formula::chain_sign(&[h, kl], cross, precision)
    } else {
        "="
    };
    format!(
        "{} = {} + {}: {} {sign} {} + {} {}",
        crate::notation::symbol(Quantity::CrossEntropy, &names, style),
        crate::notation::symbol(Quantity::Entropy(Side::P), &names, style),
        crate::notation::symbol(Quantity::Kl, &names, style),
        v(Quantity::CrossEntropy),
        v(Quantity::Entropy(Side::P)),
        v(Quantity::Kl),
        crate::i18n::unit_name(c.unit)
    )
}

/// Quantity `q` of model `k`: from `totals` when it is there, else computed.
fn known(c: &Comparison<'_>, k: usize, q: Quantity, totals: &[(Quantity, Amount)]) -> Amount {
    totals
        .iter()
        .find(|(quantity, _)| *quantity == q)
        .map_or_else(|| q.evaluate(c.pair(k), c.unit), |(_, total)| *total)
}

/// Why a divergence is infinite, in words.
pub fn infinity_reason(d: &Derivation, names: &Names) -> Option<String> {
    let outcome = d.infinite_cause()?;
    if let Quantity::Information { .. } = d.quantity {
        return Some(crate::t!(
            "report-infinite-information",
            symbol = crate::notation::symbol(d.quantity, names, Style::Unicode),
            p = &names.p,
            outcome = names.outcome(outcome)
        ));
    }
    let (p, q) = match d.quantity {
        Quantity::KlReverse => (&names.q, &names.p),
        _ => (&names.p, &names.q),
    };
    Some(crate::t!(
        "report-infinite",
        symbol = crate::notation::symbol(d.quantity, names, Style::Unicode),
        p = p,
        q = q,
        outcome = names.outcome(outcome)
    ))
}
