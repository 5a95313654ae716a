//! Accurate floating-point kernels over exact inputs.
//!
//! The textbook sum Σ p·ln(p/q) cancels catastrophically when P and Q are close: its terms are
//! of the order of p − q while their sum is of the order of (p − q)², and rounding drives the
//! result negative. Because Σp = Σq = 1 we may add Σ(q − p) = 0 term by term instead, giving
//! D(P‖Q) = Σ q·φ(p/q) with φ(r) = r·ln r − r + 1 ≥ 0. Every term is then non-negative, the sum
//! cannot cancel, and only φ near r = 1 needs care: there the offset t = p/q − 1 is formed from
//! the exact rationals and φ(1 + t) is summed as a series.

use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{Signed, ToPrimitive, Zero};

use super::distribution::Distribution;

/// Below this |t| the series for φ(1 + t) is used: 10 terms reach full precision, and above
/// it the closed form loses at most 2·64 ulps to cancellation.
const SERIES_LIMIT: f64 = 1.0 / 64.0;

/// φ(1 + t) = (1 + t)·ln(1 + t) − t, accurate to a few ulps for every t ≥ −1.
pub fn phi_offset(t: f64) -> f64 {
    if t.abs() < SERIES_LIMIT {
        // φ(1 + t) = Σ_{k≥2} (−t)^k / (k(k−1)), summed from the smallest term up.
        let mut sum = 0.0;
        for k in (2..=12).rev() {
            let k = k as f64;
            sum = sum * -t + 1.0 / (k * (k - 1.0));
        }
        return sum * t * t;
    }
    if t <= -1.0 {
        return 1.0;
    }
    if t.abs() >= 0.5 {
        // Far from 1 nothing cancels much, and ln is cheaper than ln_1p.
        let r = 1.0 + t;
        return r * r.ln() - r + 1.0;
    }
    // Written in t, not r = 1 + t: r·ln r − r + 1 would round at magnitude 1 and lose the
    // small difference.
    ((1.0 + t) * t.ln_1p() - t).max(0.0)
}

/// The two exact cross products of p = a/b and q = c/d over the common denominator b·d.
enum Cross {
    Small { ad: u128, cb: u128 },
    Big { ad: BigInt, cb: BigInt },
}

impl Cross {
    fn of(p: &Distribution, q: &Distribution, i: usize) -> Cross {
        if let (Some((a, b)), Some((c, d))) = (p.small(i), q.small(i)) {
            return Cross::Small { ad: a as u128 * d as u128, cb: c as u128 * b as u128 };
        }
        let ((a, b), (c, d)) = (p.fraction(i), q.fraction(i));
        Cross::Big { ad: a * d, cb: c * b }
    }

    /// (p − q) / q.
    fn over_q(&self) -> f64 {
        match self {
            Cross::Small { ad, cb } => signed_difference(*ad, *cb) / *cb as f64,
            Cross::Big { ad, cb } => big_ratio(ad - cb, cb.clone()),
        }
    }

    /// (p − q) / (p + q).
    fn over_sum(&self) -> f64 {
        match self {
            Cross::Small { ad, cb } => {
                // p + q may overflow u128; its f64 image is accurate enough for the quotient.
                let sum = (*ad as f64) + (*cb as f64);
                signed_difference(*ad, *cb) / sum
            }
            Cross::Big { ad, cb } => big_ratio(ad - cb, ad + cb),
        }
    }
}

fn signed_difference(x: u128, y: u128) -> f64 {
    if x >= y { (x - y) as f64 } else { -((y - x) as f64) }
}

fn big_ratio(numer: BigInt, denom: BigInt) -> f64 {
    BigRational::new_raw(numer, denom).to_f64().unwrap_or(0.0)
}

/// ln x for an exact x > 0, accurate for x near 1 and beyond the range of f64.
pub fn ln_exact(x: &BigRational, approx: f64) -> f64 {
    if (0.5..2.0).contains(&approx) {
        let t = big_ratio(x.numer() - x.denom(), x.denom().clone());
        return t.ln_1p();
    }
    if approx.is_normal() {
        return approx.ln();
    }
    ln_big(x.numer()) - ln_big(x.denom())
}

/// ln n for a positive integer of any size.
fn ln_big(n: &BigInt) -> f64 {
    let bits = n.bits();
    if bits <= 1000 {
        return n.to_f64().unwrap_or(f64::MAX).ln();
    }
    let shift = bits - 64;
    let top = (n >> shift).to_f64().unwrap_or(1.0);
    top.ln() + shift as f64 * std::f64::consts::LN_2
}

/// q·φ(p/q) in nats: the non-negative share of outcome i in D(P‖Q). `None` when q = 0 < p.
///
/// The f64 images are tested first: the exact values are needed only near zero and near a
/// ratio of 1, and touching them costs a cache miss per outcome. The rare paths live in
/// a separate cold function so this one stays small enough to inline into the summing loop.
#[inline]
pub fn kl_share(p: &Distribution, q: &Distribution, i: usize) -> Option<f64> {
    let (pf, qf) = (p.approx()[i], q.approx()[i]);
    let r = pf / qf;
    let t = r - 1.0;
    if r.is_normal() && qf.is_normal() && t.abs() >= SERIES_LIMIT {
        // r is an exact f64 input here, so ln r is as accurate as ln_1p(t) and three times
        // cheaper; t = r − 1 is exact wherever it could cancel (Sterbenz).
        return Some(qf * (r * r.ln() - t).max(0.0));
    }
    kl_share_rare(p, q, i)
}

/// `kl_share` at zeros, at ratios beyond f64's range and at ratios within 1/64 of 1.
#[cold]
#[inline(never)]
fn kl_share_rare(p: &Distribution, q: &Distribution, i: usize) -> Option<f64> {
    let (pf, qf) = (p.approx()[i], q.approx()[i]);
    if p.is_zero(i) {
        return Some(qf);
    }
    if q.is_zero(i) {
        return None;
    }
    let r = pf / qf;
    if !r.is_normal() || !qf.is_normal() {
        // Far from 1, so the plain form cannot cancel.
        let ln_ratio = ln_exact(&p.get(i), pf) - ln_exact(&q.get(i), qf);
        return Some((pf * ln_ratio - pf + qf).max(0.0));
    }
    Some(qf * phi_offset(Cross::of(p, q, i).over_q()))
}

/// m·(φ(p/m) + φ(q/m))/2 with m = (p + q)/2, in nats: outcome i's share of JS(P, Q).
pub fn js_share(p: &Distribution, q: &Distribution, i: usize) -> f64 {
    let (pf, qf) = (p.approx()[i], q.approx()[i]);
    let m = (pf + qf) / 2.0;
    if m == 0.0 {
        return 0.0;
    }
    let estimate = (pf - qf) / (pf + qf);
    let s = if estimate.abs() < SERIES_LIMIT { Cross::of(p, q, i).over_sum() } else { estimate };
    m * (phi_offset(s) + phi_offset(-s)) / 2.0
}

/// −p·ln q in nats, the share of outcome i in H(P, Q) (and in H(P) when q = p).
///
/// Only a q near 1, where ln q cancels, or beyond the range of f64, needs the exact value.
pub fn cross_share(p: &Distribution, q: &Distribution, i: usize) -> Option<f64> {
    if p.is_zero(i) {
        return Some(0.0);
    }
    if q.is_zero(i) {
        return None;
    }
    let qf = q.approx()[i];
    if qf.is_normal() && qf < 0.5 {
        return Some(-p.approx()[i] * qf.ln());
    }
    Some(-p.approx()[i] * ln_exact(&q.get(i), qf))
}

/// Neumaier's compensated sum: the error stays near one rounding whatever the count.
#[derive(Default)]
pub struct CompensatedSum {
    sum: f64,
    compensation: f64,
}

impl CompensatedSum {
    pub fn add(&mut self, x: f64) {
        let t = self.sum + x;
        if self.sum.abs() >= x.abs() {
            self.compensation += (self.sum - t) + x;
        } else {
            self.compensation += (x - t) + self.sum;
        }
        self.sum = t;
    }

    pub fn total(&self) -> f64 {
        self.sum + self.compensation
    }
}

/// Whether x is exactly `base` raised to an integer power, and which.
pub fn exact_log(x: &BigRational, base: u32) -> Option<i64> {
    if !x.is_positive() {
        return None;
    }
    let base = BigInt::from(base);
    let power_of = |n: &BigInt| -> Option<i64> {
        let mut n = n.clone();
        let mut k = 0;
        while n > BigInt::from(1) {
            if !(&n % &base).is_zero() {
                return None;
            }
            n /= &base;
            k += 1;
        }
        Some(k)
    };
    let up = power_of(x.numer())?;
    let down = power_of(x.denom())?;
    // A reduced fraction of two powers of the base has 1 on one side.
    Some(up - down)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(n: i64, d: i64) -> BigRational {
        BigRational::new(n.into(), d.into())
    }

    #[test]
    fn phi_is_continuous_at_the_series_limit() {
        for t in [SERIES_LIMIT * 0.999_999, SERIES_LIMIT * 1.000_001] {
            for t in [t, -t] {
                let closed = (1.0 + t) * t.ln_1p() - t;
                assert!((phi_offset(t) - closed).abs() / closed < 1e-13, "t = {t}");
            }
        }
        assert_eq!(phi_offset(0.0), 0.0);
        assert_eq!(phi_offset(-1.0), 1.0);
    }

    #[test]
    fn logs_of_exact_powers() {
        assert_eq!(exact_log(&r(8, 1), 2), Some(3));
        assert_eq!(exact_log(&r(1, 4), 2), Some(-2));
        assert_eq!(exact_log(&r(1, 1), 10), Some(0));
        assert_eq!(exact_log(&r(2, 3), 2), None);
        assert_eq!(exact_log(&r(1000, 1), 10), Some(3));
        assert_eq!(exact_log(&r(6, 1), 2), None);
    }

    #[test]
    fn ln_exact_handles_huge_and_tiny() {
        let tiny = BigRational::new(1.into(), num_traits::pow(BigInt::from(10), 400));
        let ln = ln_exact(&tiny, 0.0);
        assert!((ln + 400.0 * std::f64::consts::LN_10).abs() < 1e-10);
        let near_one = r(1_000_000_000_001, 1_000_000_000_000);
        assert!((ln_exact(&near_one, 1.0) - 1e-12).abs() < 1e-24);
    }
}
