//! Normal distributions and their measures in closed form, in nats.
//!
//! h(N(μ,σ)) = ½·ln(2πeσ²);
//! D(N₁‖N₂) = ln(σ₂/σ₁) + (σ₁² + (μ₁−μ₂)²)/(2σ₂²) − ½;
//! H(N₁,N₂) = h(N₁) + D(N₁‖N₂).
//!
//! The textbook form of D cancels when the two normals are close (ln(σ₂/σ₁) against
//! σ₁²/(2σ₂²) − ½), so it is evaluated as ½·(t − ln(1 + t)) + (μ₁−μ₂)²/(2σ₂²) with
//! t = σ₁²/σ₂² − 1 = (σ₁−σ₂)(σ₁+σ₂)/σ₂², and t − ln(1 + t) by its series when t is small.

use std::f64::consts::PI;

/// A normal distribution N(mean, sd²).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Normal {
    mean: f64,
    sd: f64,
}

/// Why two numbers are not the parameters of a normal distribution.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum NormalError {
    /// The mean is not a finite number.
    MeanNotFinite(f64),
    /// The standard deviation is not finite and positive.
    SdNotPositive(f64),
}

impl Normal {
    pub fn new(mean: f64, sd: f64) -> Result<Normal, NormalError> {
        if !mean.is_finite() {
            return Err(NormalError::MeanNotFinite(mean));
        }
        if !(sd.is_finite() && sd > 0.0) {
            return Err(NormalError::SdNotPositive(sd));
        }
        Ok(Normal { mean, sd })
    }

    pub fn mean(self) -> f64 {
        self.mean
    }

    pub fn sd(self) -> f64 {
        self.sd
    }

    /// ln of the density at x.
    pub fn ln_density(self, x: f64) -> f64 {
        let z = (x - self.mean) / self.sd;
        -0.5 * z * z - self.sd.ln() - 0.5 * (2.0 * PI).ln()
    }

    /// P(a < X ≤ b), accurate in the tails (from erfc on the side away from the mean).
    pub fn probability_between(self, a: f64, b: f64) -> f64 {
        let z = |x: f64| (x - self.mean) / (self.sd * std::f64::consts::SQRT_2);
        let (za, zb) = (z(a), z(b));
        if za >= 0.0 {
            0.5 * (libm::erfc(za) - libm::erfc(zb))
        } else if zb <= 0.0 {
            0.5 * (libm::erfc(-zb) - libm::erfc(-za))
        } else {
            0.5 * (libm::erf(zb) - libm::erf(za))
        }
    }
}

/// h(P) = ½·ln(2πeσ²) = ln σ + ½·(1 + ln 2π), in nats: negative when σ < 1/√(2πe) ≈ 0.242.
pub fn differential_entropy(p: Normal) -> f64 {
    p.sd.ln() + 0.5 * (1.0 + (2.0 * PI).ln())
}

/// The three terms of D(P‖Q) = ln(σ_Q/σ_P) + σ_P²/(2σ_Q²) + (μ_P−μ_Q)²/(2σ_Q²) − ½.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct KlTerms {
    /// ln(σ_Q/σ_P).
    pub log_ratio: f64,
    /// σ_P²/(2σ_Q²).
    pub spread: f64,
    /// (μ_P−μ_Q)²/(2σ_Q²).
    pub shift: f64,
    /// The sum of the three less ½, evaluated without cancellation.
    pub total: f64,
}

/// t − ln(1 + t) for t > −1, accurate to a few ulps also for tiny t.
fn t_minus_ln1p(t: f64) -> f64 {
    if t.abs() < 0.01 {
        // Σ_{k≥2} (−1)^k t^k / k, from the smallest term up: 14 terms reach 1e-28·t².
        let mut sum = 0.0;
        for k in (2..=16).rev() {
            let sign = if k % 2 == 0 { 1.0 } else { -1.0 };
            sum = sum * t + sign / k as f64;
        }
        return sum * t * t;
    }
    t - t.ln_1p()
}

/// D(P‖Q) in nats, with its terms.
///
/// Ratios of standard deviations beyond f64's range (1e-300 against 1e300) are taken through
/// their logarithms, so the result is finite wherever the true value is, and ∞ only where it
/// exceeds f64's range.
pub fn kl_terms(p: Normal, q: Normal) -> KlTerms {
    let (s1, s2) = (p.sd, q.sd);
    let ratio = s1 / s2;
    let log_ratio = s2.ln() - s1.ln();
    let shift_z = (p.mean - q.mean) / s2;
    let shift = 0.5 * shift_z * shift_z;
    let t = (s1 - s2) / s2 * ((s1 + s2) / s2);
    let total = if t.is_finite() && t > -1.0 && ratio > 0.0 {
        0.5 * t_minus_ln1p(t) + shift
    } else {
        0.5 * (ratio * ratio - 1.0) + log_ratio + shift
    };
    KlTerms { log_ratio, spread: 0.5 * ratio * ratio, shift, total }
}

/// D(P‖Q) in nats.
pub fn kl(p: Normal, q: Normal) -> f64 {
    kl_terms(p, q).total
}

/// H(P, Q) = ½·ln(2πσ_Q²) + (σ_P² + (μ_P−μ_Q)²)/(2σ_Q²), in nats; ∞ only beyond f64's range.
pub fn cross_entropy(p: Normal, q: Normal) -> f64 {
    let ratio = p.sd / q.sd;
    let shift_z = (p.mean - q.mean) / q.sd;
    q.sd.ln() + 0.5 * (2.0 * PI).ln() + 0.5 * (ratio * ratio + shift_z * shift_z)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(m: f64, s: f64) -> Normal {
        Normal::new(m, s).unwrap()
    }

    #[test]
    fn textbook_values() {
        // ln 2 + (1 + 1)/8 − ½
        let want = 2f64.ln() + 0.25 - 0.5;
        assert!((kl(n(0.0, 1.0), n(1.0, 2.0)) - want).abs() < 1e-15);
        assert_eq!(kl(n(3.0, 0.5), n(3.0, 0.5)), 0.0);
        let h = cross_entropy(n(0.0, 1.0), n(1.0, 2.0));
        assert!((h - (differential_entropy(n(0.0, 1.0)) + want)).abs() < 1e-15);
        assert!(differential_entropy(n(0.0, 0.1)) < 0.0);
    }

    #[test]
    fn kl_does_not_depend_on_the_scale() {
        let a = kl(n(0.0, 1.0), n(1.0, 2.0));
        let b = kl(n(0.0, 1000.0), n(1000.0, 2000.0));
        assert!((a - b).abs() < 1e-15);
    }

    #[test]
    fn extreme_scales_stay_finite_where_the_truth_is() {
        // ln(1e600) + (0 + 1e600)/(2·1e600) − ½ = 600·ln 10.
        let d = kl(n(0.0, 1e-300), n(1e300, 1e300));
        assert!((d - 600.0 * std::f64::consts::LN_10).abs() < 1e-9, "{d}");
        // The other way the true value is about 1e1200: beyond f64, so ∞, never NaN.
        assert_eq!(kl(n(1e300, 1e300), n(0.0, 1e-300)), f64::INFINITY);
        assert!(cross_entropy(n(1e300, 1e300), n(0.0, 1e-300)).is_infinite());
        assert!(!kl(n(-1e308, 1e308), n(1e308, 1e-308)).is_nan());
    }

    #[test]
    fn refuses_bad_parameters() {
        assert_eq!(Normal::new(0.0, 0.0), Err(NormalError::SdNotPositive(0.0)));
        assert_eq!(Normal::new(0.0, -1.0), Err(NormalError::SdNotPositive(-1.0)));
        assert!(matches!(Normal::new(f64::NAN, 1.0), Err(NormalError::MeanNotFinite(_))));
        assert!(matches!(Normal::new(0.0, f64::INFINITY), Err(NormalError::SdNotPositive(_))));
    }

    #[test]
    fn tail_probabilities_keep_their_digits() {
        let p = n(0.0, 1.0).probability_between(10.0, 11.0);
        // Φ(−10) − Φ(−11) = 7.6198530241604…e−24 − 1.9106595744986…e−28
        assert!(((p - 7.619_662_0e-24) / 7.619_662_0e-24).abs() < 1e-7, "{p:e}");
    }
}
