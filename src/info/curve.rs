//! The measures along a one-parameter family of models: how D(P‖Q_θ), D(Q_θ‖P), H(P,Q_θ)
//! and JS(P,Q_θ) change as a model moves, for charts.
//!
//! A chart needs a pixel's accuracy, not twelve digits, and a 200-point curve over 256
//! outcomes must be recomputed after every keypress: so the samples are plain f64 sums over
//! precomputed logarithms (two logarithms per outcome and point), clamped at 0 where rounding
//! would dip a divergence below it. The exact kernels give the numbers a student reads.

use super::distribution::Distribution;
use super::unit::Unit;

/// A one-parameter family of models Q_θ.
#[derive(Debug, Clone, Copy)]
pub enum Family<'a> {
    /// Two outcomes: Q_θ = (θ, 1 − θ), starting from the model `from`.
    Coin { from: &'a Distribution },
    /// The path from a model to the truth: Q_t = (1 − t)·Q + t·P, t from 0 (Q) to 1 (P).
    Path { from: &'a Distribution },
    /// One outcome's probability set to θ, the other unlocked outcomes rescaled to make room,
    /// as the nudge keys do; θ runs up to 1 minus the locked outcomes.
    Sweep { from: &'a Distribution, outcome: usize, locks: &'a [bool] },
}

/// Why a family cannot be drawn for this P.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CurveError {
    /// The coin family needs exactly two outcomes.
    NotTwoOutcomes(usize),
    /// The model has a different number of outcomes than P.
    LengthMismatch,
    /// The swept outcome is not an outcome, or it is locked.
    NoSuchOutcome(usize),
}

/// The measures sampled along θ, in one unit; ∞ where a divergence is infinite.
#[derive(Debug, Clone, PartialEq)]
pub struct Curve {
    pub thetas: Vec<f64>,
    pub kl: Vec<f64>,
    pub kl_reverse: Vec<f64>,
    pub cross_entropy: Vec<f64>,
    pub js: Vec<f64>,
    /// The θ of the family's starting model (the current Q).
    pub current: f64,
    /// The smallest and the largest θ drawn: the family's whole range unless a lesson
    /// narrows it.
    pub min: f64,
    pub max: f64,
}

/// Q_θ for one θ, written into `out`.
fn model_at(family: &Family<'_>, p: &[f64], theta: f64, out: &mut [f64]) {
    match family {
        Family::Coin { .. } => {
            out[0] = theta;
            out[1] = 1.0 - theta;
        }
        Family::Path { from } => {
            for ((o, q), p) in out.iter_mut().zip(from.approx()).zip(p) {
                *o = (1.0 - theta) * q + theta * p;
            }
        }
        Family::Sweep { from, outcome, locks } => {
            let locked = |j: usize| locks.get(j).copied().unwrap_or(false);
            let q = from.approx();
            let locked_total: f64 =
                (0..q.len()).filter(|&j| j != *outcome && locked(j)).map(|j| q[j]).sum();
            let free: Vec<usize> = (0..q.len()).filter(|&j| j != *outcome && !locked(j)).collect();
            let free_total: f64 = free.iter().map(|&j| q[j]).sum();
            let remainder = (1.0 - locked_total - theta).max(0.0);
            out.copy_from_slice(q);
            out[*outcome] = theta;
            for &j in &free {
                out[j] = if free_total > 0.0 {
                    q[j] * remainder / free_total
                } else {
                    remainder / free.len() as f64
                };
            }
        }
    }
}

/// Samples the four measures at `points` evenly spaced θ over the family's whole range, or
/// over `range` within it.
pub fn sample(
    p: &Distribution,
    family: Family<'_>,
    range: Option<(f64, f64)>,
    points: usize,
    unit: Unit,
) -> Result<Curve, CurveError> {
    let n = p.len();
    let (max, current) = match family {
        Family::Coin { .. } if n != 2 => return Err(CurveError::NotTwoOutcomes(n)),
        Family::Coin { from } if from.len() != n => return Err(CurveError::LengthMismatch),
        Family::Coin { from } => (1.0, from.approx()[0]),
        Family::Path { from } if from.len() != n => return Err(CurveError::LengthMismatch),
        Family::Path { .. } => (1.0, 0.0),
        Family::Sweep { from, .. } if from.len() != n => return Err(CurveError::LengthMismatch),
        Family::Sweep { from, outcome, locks } => {
            if outcome >= n || locks.get(outcome).copied().unwrap_or(false) {
                return Err(CurveError::NoSuchOutcome(outcome));
            }
            let locked: f64 = (0..n)
                .filter(|&j| j != outcome && locks.get(j).copied().unwrap_or(false))
                .map(|j| from.approx()[j])
                .sum();
            (1.0 - locked, from.approx()[outcome])
        }
    };
    let (min, max) = match range {
        Some((lo, hi)) if 0.0 <= lo && lo < hi => (lo.min(max), hi.min(max)),
        _ => (0.0, max),
    };
    let pf = p.approx();
    let ln_p: Vec<f64> = pf.iter().map(|x| x.ln()).collect();
    let scale = unit.from_nats(1.0);
    let mut q = vec![0.0; n];
    let mut curve = Curve {
        thetas: Vec::with_capacity(points),
        kl: Vec::with_capacity(points),
        kl_reverse: Vec::with_capacity(points),
        cross_entropy: Vec::with_capacity(points),
        js: Vec::with_capacity(points),
        current,
        min,
        max,
    };
    for k in 0..points {
        let theta =
            if points > 1 { min + (max - min) * k as f64 / (points - 1) as f64 } else { current };
        model_at(&family, pf, theta, &mut q);
        let (mut kl, mut reverse, mut cross, mut js) = (0.0, 0.0, 0.0, 0.0);
        for i in 0..n {
            let (pi, qi) = (pf[i], q[i]);
            let ln_q = qi.ln();
            if pi > 0.0 {
                kl += pi * (ln_p[i] - ln_q);
                cross -= pi * ln_q;
            }
            if qi > 0.0 {
                reverse += qi * (ln_q - ln_p[i]);
            }
            let m = pi + qi;
            if m > 0.0 {
                let ln_m = (0.5 * m).ln();
                if pi > 0.0 {
                    js += 0.5 * pi * (ln_p[i] - ln_m);
                }
                if qi > 0.0 {
                    js += 0.5 * qi * (ln_q - ln_m);
                }
            }
        }
        curve.thetas.push(theta);
        curve.kl.push(kl.max(0.0) * scale);
        curve.kl_reverse.push(reverse.max(0.0) * scale);
        curve.cross_entropy.push(cross * scale);
        curve.js.push(js.clamp(0.0, std::f64::consts::LN_2) * scale);
    }
    Ok(curve)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::info::Pair;

    fn d(text: &str) -> Distribution {
        Distribution::parse(text, false).unwrap()
    }

    #[test]
    fn the_coin_curves_meet_at_zero_only_at_the_truth() {
        let p = d("1/2 1/2");
        let q = d("1/4 3/4");
        let c = sample(&p, Family::Coin { from: &q }, None, 201, Unit::Bits).unwrap();
        assert_eq!(c.current, 0.25);
        assert_eq!(c.thetas[100], 0.5);
        assert_eq!(c.kl[100], 0.0);
        assert_eq!(c.kl_reverse[100], 0.0);
        assert!(c.kl.iter().enumerate().all(|(k, v)| k == 100 || *v > 0.0));
        // ∞ at the edges for D(P‖Q); D(Q‖P) stays finite there (it is 1 bit).
        assert!(c.kl[0].is_infinite() && c.kl[200].is_infinite());
        assert!((c.kl_reverse[0] - 1.0).abs() < 1e-15);
        assert!(c.js.iter().all(|v| (0.0..=1.0).contains(v)));
    }

    #[test]
    fn samples_agree_with_the_exact_kernels() {
        let (p, q) = (d("0.5 0.3 0.2"), d("0.2 0.2 0.6"));
        let c = sample(&p, Family::Path { from: &q }, None, 5, Unit::Nats).unwrap();
        let exact = Pair { p: &p, q: &q }.summary(Unit::Nats);
        assert!((c.kl[0] - exact.kl.value()).abs() < 1e-14);
        assert!((c.kl_reverse[0] - exact.kl_reverse.value()).abs() < 1e-14);
        assert!((c.cross_entropy[0] - exact.cross_entropy.value()).abs() < 1e-14);
        assert!((c.js[0] - exact.js).abs() < 1e-14);
        assert!(c.kl[4].abs() < 1e-15, "the path ends at P");
        assert!(c.kl.windows(2).all(|w| w[1] <= w[0]), "{:?}", c.kl);
    }

    #[test]
    fn the_sweep_rebalances_like_the_nudge_keys() {
        let (p, q) = (d("0.5 0.3 0.2"), d("0.2 0.2 0.6"));
        let locks = [false, false, true];
        let c =
            sample(&p, Family::Sweep { from: &q, outcome: 0, locks: &locks }, None, 3, Unit::Bits)
                .unwrap();
        assert!((c.max - 0.4).abs() < 1e-15);
        assert_eq!(c.current, 0.2);
        // At θ = max the other free outcome is 0 while p > 0 there: infinite.
        assert!(c.kl[2].is_infinite());
        assert_eq!(
            sample(&p, Family::Sweep { from: &q, outcome: 2, locks: &locks }, None, 3, Unit::Bits),
            Err(CurveError::NoSuchOutcome(2))
        );
        assert_eq!(
            sample(&p, Family::Coin { from: &q }, None, 3, Unit::Bits),
            Err(CurveError::NotTwoOutcomes(3))
        );
    }
}
