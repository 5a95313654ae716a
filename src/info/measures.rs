//! Entropy, cross-entropy, Kullback–Leibler and Jensen–Shannon divergence.
//!
//! Conventions: 0·log 0 = 0; D(P‖Q) and H(P, Q) are infinite when some outcome has p > 0 and
//! q = 0, and the result names the first such outcome; D(P‖P) is exactly 0; a divergence is
//! never negative; JS is the divergence itself (not its square root), at most 1 bit.

use std::fmt;

use super::distribution::Distribution;
use num_traits::Zero;

use super::numeric::{CompensatedSum, cross_share, js_share, kl_share, ln_exact};
use super::unit::Unit;

/// A quantity of information that may be infinite.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Amount {
    Finite(f64),
    /// Infinite because of this outcome (0-based): p > 0 where q = 0.
    Infinite {
        outcome: usize,
    },
}

impl Amount {
    /// The value as f64, `f64::INFINITY` when infinite.
    pub fn value(self) -> f64 {
        match self {
            Amount::Finite(v) => v,
            Amount::Infinite { .. } => f64::INFINITY,
        }
    }

    pub fn is_infinite(self) -> bool {
        matches!(self, Amount::Infinite { .. })
    }
}

/// Two distributions over the same outcomes.
#[derive(Debug, Clone, Copy)]
pub struct Pair<'a> {
    pub p: &'a Distribution,
    pub q: &'a Distribution,
}

/// The distributions have different numbers of outcomes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LengthMismatch {
    pub expected: usize,
    pub found: usize,
}

impl fmt::Display for LengthMismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::t!("length-mismatch", found = self.found, expected = self.expected))
    }
}

impl std::error::Error for LengthMismatch {}

impl<'a> Pair<'a> {
    pub fn new(p: &'a Distribution, q: &'a Distribution) -> Result<Self, LengthMismatch> {
        if p.len() != q.len() {
            return Err(LengthMismatch { expected: p.len(), found: q.len() });
        }
        Ok(Self { p, q })
    }

    /// The same pair the other way round, for D(Q‖P).
    pub fn reversed(self) -> Pair<'a> {
        Pair { p: self.q, q: self.p }
    }

    /// Adds the non-negative shares of every outcome, or names the first infinite one.
    ///
    /// Blocks of 128 are summed plainly (relative error at most 128 ulps, as no share is
    /// negative) and the block sums with compensation: as accurate as compensating every
    /// term, without its chain of dependent additions on the hot path.
    fn sum_shares(self, unit: Unit, share: impl Fn(usize) -> Option<f64>) -> Amount {
        const BLOCK: usize = 128;
        let n = self.p.len();
        let mut sum = CompensatedSum::default();
        for start in (0..n).step_by(BLOCK) {
            let mut block = 0.0;
            for i in start..(start + BLOCK).min(n) {
                match share(i) {
                    Some(x) => block += x,
                    None => return Amount::Infinite { outcome: i },
                }
            }
            sum.add(block);
        }
        Amount::Finite(unit.from_nats(sum.total()))
    }

    /// D(P‖Q) = Σ p·log(p/q).
    pub fn kl(self, unit: Unit) -> Amount {
        let (p, q) = (self.p, self.q);
        self.sum_shares(unit, |i| kl_share(p, q, i))
    }

    /// H(P, Q) = −Σ p·log q.
    pub fn cross_entropy(self, unit: Unit) -> Amount {
        let (p, q) = (self.p, self.q);
        self.sum_shares(unit, |i| cross_share(p, q, i))
    }

    /// JS(P, Q) = ½·D(P‖M) + ½·D(Q‖M) with M = (P + Q)/2; always finite, at most 1 bit.
    pub fn js(self, unit: Unit) -> f64 {
        let (p, q) = (self.p, self.q);
        let nats = self
            .sum_shares(Unit::Nats, |i| Some(js_share(p, q, i)))
            .value()
            .min(std::f64::consts::LN_2);
        unit.from_nats(nats)
    }

    /// Every measure of this pair at once.
    pub fn summary(self, unit: Unit) -> Summary {
        Summary {
            entropy_p: entropy(self.p, unit),
            entropy_q: entropy(self.q, unit),
            cross_entropy: self.cross_entropy(unit),
            kl: self.kl(unit),
            kl_reverse: self.reversed().kl(unit),
            js: self.js(unit),
        }
    }
}

/// H(P) = −Σ p·log p.
pub fn entropy(p: &Distribution, unit: Unit) -> f64 {
    Pair { p, q: p }.cross_entropy(unit).value()
}

/// −log p(x): how surprising outcome x is; infinite for an impossible outcome.
pub fn information_content(p: &Distribution, outcome: usize, unit: Unit) -> Amount {
    let x = p.get(outcome);
    if x.is_zero() {
        return Amount::Infinite { outcome };
    }
    Amount::Finite(unit.from_nats(-ln_exact(&x, p.approx()[outcome])))
}

/// All measures of P against one model Q, in one unit.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Summary {
    pub entropy_p: f64,
    pub entropy_q: f64,
    pub cross_entropy: Amount,
    pub kl: Amount,
    pub kl_reverse: Amount,
    pub js: f64,
}

/// Model indices ordered from closest to P to farthest, by D(P‖Q); ties keep their order.
pub fn rank_by_kl(kls: &[Amount]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..kls.len()).collect();
    order.sort_by(|&a, &b| kls[a].value().total_cmp(&kls[b].value()));
    order
}
