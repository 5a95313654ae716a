//! Step-by-step derivations as data.
//!
//! Every front end — plain text, Markdown, LaTeX, JSON and the terminal UI — renders the same
//! `Derivation`, so the arithmetic a student reads is the arithmetic that was computed. A term
//! keeps each stage of its working: the substituted ratio (½ ÷ ¼), the simplified ratio (2),
//! the logarithm (exactly 1, or ≈ −0.5850) and the signed contribution.

use num_rational::BigRational;
use num_traits::{One, ToPrimitive, Zero};

use super::distribution::{Distribution, Notation};
use super::measures::{Amount, Pair, entropy, information_content};
use super::numeric::{exact_log, ln_exact};
use super::unit::Unit;

/// Which distribution of a pair a quantity speaks of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Side {
    P,
    Q,
}

/// A quantity that can be derived.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Quantity {
    /// −log p(x) for one outcome of P.
    Information { outcome: usize },
    /// H(P) or H(Q).
    Entropy(Side),
    /// H(P, Q).
    CrossEntropy,
    /// D(P‖Q).
    Kl,
    /// D(Q‖P).
    KlReverse,
    /// JS(P, Q).
    Js,
}

impl Quantity {
    /// The quantities a lesson view cycles through, in teaching order.
    pub const CYCLE: [Quantity; 6] = [
        Quantity::Kl,
        Quantity::KlReverse,
        Quantity::CrossEntropy,
        Quantity::Entropy(Side::P),
        Quantity::Entropy(Side::Q),
        Quantity::Js,
    ];

    /// The value of this quantity for a pair, by the accurate kernels.
    pub fn evaluate(self, pair: Pair<'_>, unit: Unit) -> Amount {
        match self {
            Quantity::Information { outcome } => information_content(pair.p, outcome, unit),
            Quantity::Entropy(Side::P) => Amount::Finite(entropy(pair.p, unit)),
            Quantity::Entropy(Side::Q) => Amount::Finite(entropy(pair.q, unit)),
            Quantity::CrossEntropy => pair.cross_entropy(unit),
            Quantity::Kl => pair.kl(unit),
            Quantity::KlReverse => pair.reversed().kl(unit),
            Quantity::Js => Amount::Finite(pair.js(unit)),
        }
    }

    pub fn next(self) -> Quantity {
        let at = Self::CYCLE.iter().position(|&q| q == self).unwrap_or(Self::CYCLE.len() - 1);
        Self::CYCLE[(at + 1) % Self::CYCLE.len()]
    }
}

/// log_b(ratio), as exactly as it is known.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Log {
    /// The ratio is an integer power of the base: log₂ 8 = 3.
    Exact(i64),
    /// A decimal value, in the derivation's unit.
    Approx(f64),
    /// The ratio is x ÷ 0 with x > 0.
    Infinite,
    /// The coefficient is 0, so the term is 0 by the convention 0·log 0 = 0.
    Vanishing,
}

impl Log {
    pub fn value(self) -> f64 {
        match self {
            Log::Exact(k) => k as f64,
            Log::Approx(v) => v,
            Log::Infinite => f64::INFINITY,
            Log::Vanishing => 0.0,
        }
    }
}

/// One outcome's term: coefficient · log_b(numerator ÷ denominator).
#[derive(Debug, Clone, PartialEq)]
pub struct Term {
    pub outcome: usize,
    /// Which distribution the numerator comes from (JS has a term for each).
    pub side: Side,
    pub coefficient: BigRational,
    pub numerator: BigRational,
    pub denominator: BigRational,
    /// numerator ÷ denominator, reduced; `None` when the denominator is 0.
    pub ratio: Option<BigRational>,
    pub log: Log,
    /// The exact contribution when the logarithm is exact (½·1 = ½).
    pub exact_contribution: Option<BigRational>,
    /// coefficient · log, signed, in the unit: negative terms are real and worth showing.
    pub contribution: Amount,
}

/// A worked derivation of one quantity.
#[derive(Debug, Clone, PartialEq)]
pub struct Derivation {
    pub quantity: Quantity,
    pub unit: Unit,
    /// How the inputs were written, so results are shown back the same way.
    pub notation: Notation,
    pub terms: Vec<Term>,
    /// For JS: the mixture M = (P + Q)/2, outcome by outcome.
    pub mixture: Vec<BigRational>,
    /// Computed by the accurate kernels, not by adding the rounded terms.
    pub total: Amount,
}

impl Derivation {
    /// Works out `quantity` for the pair, in `unit`.
    pub fn new(quantity: Quantity, pair: Pair<'_>, unit: Unit) -> Derivation {
        Self::window(quantity, pair, unit, 0..pair.p.len(), quantity.evaluate(pair, unit))
    }

    /// The terms of the outcomes in `outcomes` only, beside a `total` already known: what a
    /// view scrolled through a long derivation shows.
    pub fn window(
        quantity: Quantity,
        pair: Pair<'_>,
        unit: Unit,
        outcomes: std::ops::Range<usize>,
        total: Amount,
    ) -> Derivation {
        let (p, q) = (pair.p, pair.q);
        let one = BigRational::one();
        let mut mixture = Vec::new();
        let terms = match quantity {
            Quantity::Information { outcome } => {
                vec![term(outcome, Side::P, &one, &one, &p.get(outcome), unit)]
            }
            Quantity::Entropy(side) => {
                let d = if side == Side::P { p } else { q };
                outcomes.map(|i| term(i, side, &d.get(i), &one, &d.get(i), unit)).collect()
            }
            Quantity::CrossEntropy => {
                outcomes.map(|i| term(i, Side::P, &p.get(i), &one, &q.get(i), unit)).collect()
            }
            Quantity::Kl => {
                outcomes.map(|i| term(i, Side::P, &p.get(i), &p.get(i), &q.get(i), unit)).collect()
            }
            Quantity::KlReverse => {
                outcomes.map(|i| term(i, Side::Q, &q.get(i), &q.get(i), &p.get(i), unit)).collect()
            }
            Quantity::Js => {
                let half = BigRational::new(1.into(), 2.into());
                let mut terms = Vec::with_capacity(2 * outcomes.len());
                for i in outcomes {
                    let m = (&*p.get(i) + &*q.get(i)) * &half;
                    for (side, x) in [(Side::P, p.get(i)), (Side::Q, q.get(i))] {
                        terms.push(term(i, side, &(&*x * &half), &x, &m, unit));
                    }
                    mixture.push(m);
                }
                terms
            }
        };
        Derivation { quantity, unit, notation: merged_notation(p, q), terms, mixture, total }
    }

    /// The quantity's total without its terms: for distributions too long to list.
    pub fn total_only(quantity: Quantity, pair: Pair<'_>, unit: Unit) -> Derivation {
        Derivation {
            quantity,
            unit,
            notation: merged_notation(pair.p, pair.q),
            terms: Vec::new(),
            mixture: Vec::new(),
            total: quantity.evaluate(pair, unit),
        }
    }

    /// Every outcome's share of the total (its term, or both its terms for JS), in one pass.
    pub fn shares(&self, outcomes: usize) -> Vec<Amount> {
        let mut shares = vec![Amount::Finite(0.0); outcomes];
        for term in &self.terms {
            let share = &mut shares[term.outcome];
            *share = match (*share, term.contribution) {
                (Amount::Finite(sum), Amount::Finite(x)) => Amount::Finite(sum + x),
                (Amount::Finite(_), infinite) => infinite,
                (infinite, _) => infinite,
            };
        }
        shares
    }

    /// The outcome that makes the total infinite, if any.
    pub fn infinite_cause(&self) -> Option<usize> {
        match self.total {
            Amount::Infinite { outcome } => Some(outcome),
            Amount::Finite(_) => None,
        }
    }
}

fn merged_notation(p: &Distribution, q: &Distribution) -> Notation {
    if p.notation() == Notation::Decimal || q.notation() == Notation::Decimal {
        Notation::Decimal
    } else {
        Notation::Fraction
    }
}

/// Every outcome's signed share of `quantity` (p·log(p/q) for D(P‖Q), both halves for JS),
/// from the f64 images: the bars of a distribution too long to derive term by term.
pub fn approximate_shares(quantity: Quantity, pair: Pair<'_>, unit: Unit) -> Vec<Amount> {
    let (p, q) = (pair.p, pair.q);
    let (pf, qf) = (p.approx(), q.approx());
    let nats = |x: f64| Amount::Finite(unit.from_nats(x));
    // x·ln(x/y): 0 where x is 0, infinite (naming the outcome) where only y is.
    let divergence = |i: usize, x: (f64, bool), y: (f64, bool)| match (x.1, y.1) {
        (true, _) => nats(0.0),
        (false, true) => Amount::Infinite { outcome: i },
        (false, false) => nats(x.0 * (x.0 / y.0).ln()),
    };
    (0..p.len())
        .map(|i| {
            let (pi, qi) = ((pf[i], p.is_zero(i)), (qf[i], q.is_zero(i)));
            match quantity {
                Quantity::Information { .. } => information_content(p, i, unit),
                Quantity::Entropy(side) => {
                    let (x, zero) = if side == Side::P { pi } else { qi };
                    nats(if zero { 0.0 } else { -x * x.ln() })
                }
                Quantity::CrossEntropy if p.is_zero(i) => nats(0.0),
                Quantity::CrossEntropy if q.is_zero(i) => Amount::Infinite { outcome: i },
                Quantity::CrossEntropy => nats(-pf[i] * qf[i].ln()),
                Quantity::Kl => divergence(i, pi, qi),
                Quantity::KlReverse => divergence(i, qi, pi),
                Quantity::Js => {
                    let m = (pf[i] + qf[i]) / 2.0;
                    let half = |x: f64| if x == 0.0 { 0.0 } else { x / 2.0 * (x / m).ln() };
                    nats(half(pf[i]) + half(qf[i]))
                }
            }
        })
        .collect()
}

/// coefficient · log_b(numerator ÷ denominator), with every stage kept.
fn term(
    outcome: usize,
    side: Side,
    coefficient: &BigRational,
    numerator: &BigRational,
    denominator: &BigRational,
    unit: Unit,
) -> Term {
    let ratio = (!denominator.is_zero()).then(|| numerator / denominator);
    let log = if coefficient.is_zero() {
        Log::Vanishing
    } else {
        match &ratio {
            None => Log::Infinite,
            Some(r) => match unit.integer_base().and_then(|b| exact_log(r, b)) {
                Some(k) => Log::Exact(k),
                None if r.is_one() => Log::Exact(0),
                None => Log::Approx(unit.from_nats(ln_exact(r, r.to_f64().unwrap_or(0.0)))),
            },
        }
    };
    let exact_contribution = match log {
        Log::Exact(k) => Some(coefficient * BigRational::from_integer(k.into())),
        Log::Vanishing => Some(BigRational::zero()),
        _ => None,
    };
    let contribution = match log {
        Log::Infinite => Amount::Infinite { outcome },
        _ => Amount::Finite(match &exact_contribution {
            Some(exact) => exact.to_f64().unwrap_or(0.0),
            None => coefficient.to_f64().unwrap_or(0.0) * log.value(),
        }),
    };
    Term {
        outcome,
        side,
        coefficient: coefficient.clone(),
        numerator: numerator.clone(),
        denominator: denominator.clone(),
        ratio,
        log,
        exact_contribution,
        contribution,
    }
}
