//! From bins to densities: a density cut into bins of width Δ is a discrete distribution, and
//! as Δ shrinks its KL divergence converges to the continuous one while its entropy grows like
//! −log Δ, with H_Δ + log Δ converging to the differential entropy. The bridge between the
//! discrete and the continuous halves of the course.

use super::density::Density;
use super::numeric::{CompensatedSum, phi_offset};
use super::unit::Unit;

/// Most bins in one discretisation, so no width can make the table slow.
pub const MAX_BINS: usize = 200_000;

/// One discretisation and its measures, in the unit asked for.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Binned {
    pub width: f64,
    pub bins: usize,
    /// D(P_Δ‖Q_Δ).
    pub kl: f64,
    /// H(P_Δ).
    pub entropy: f64,
    /// H(P_Δ) + log Δ, which tends to h(P).
    pub entropy_plus_log_width: f64,
}

/// The probability of each bin [lo + kΔ, lo + (k+1)Δ) under a density.
fn bin_probabilities(d: &Density, lo: f64, width: f64, bins: usize) -> Vec<f64> {
    let parts = d.components();
    (0..bins)
        .map(|k| {
            let (a, b) = (lo + k as f64 * width, lo + (k + 1) as f64 * width);
            parts.iter().map(|(w, n)| w * n.probability_between(a, b)).sum()
        })
        .collect()
}

/// P and Q cut into bins of `width` over a grid covering both (14 sd beyond every component).
pub fn discretize(p: &Density, q: &Density, width: f64, unit: Unit) -> Option<Binned> {
    let (lo, hi) = p
        .components()
        .iter()
        .chain(q.components().iter())
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), (_, n)| {
            (lo.min(n.mean() - 14.0 * n.sd()), hi.max(n.mean() + 14.0 * n.sd()))
        });
    let lo = (lo / width).floor() * width;
    let bins = ((hi - lo) / width).ceil();
    if !(width > 0.0 && bins.is_finite() && bins >= 1.0 && bins <= MAX_BINS as f64) {
        return None;
    }
    let bins = bins as usize;
    let (pb, qb) = (bin_probabilities(p, lo, width, bins), bin_probabilities(q, lo, width, bins));
    let (mut kl, mut entropy) = (CompensatedSum::default(), CompensatedSum::default());
    for (&pi, &qi) in pb.iter().zip(&qb) {
        if pi > 0.0 {
            entropy.add(-pi * pi.ln());
        }
        // q·φ(p/q): non-negative terms, as in the discrete kernels.
        if qi > 0.0 {
            kl.add(qi * phi_offset(pi / qi - 1.0));
        } else if pi > 0.0 {
            kl.add(f64::INFINITY);
        }
    }
    Some(Binned {
        width,
        bins,
        kl: unit.from_nats(kl.total()),
        entropy: unit.from_nats(entropy.total()),
        entropy_plus_log_width: unit.from_nats(entropy.total() + width.ln()),
    })
}

/// The widths of the convergence table: from about the smallest sd down by a factor of 100.
pub fn widths(p: &Density, q: &Density) -> Vec<f64> {
    let smallest = p
        .components()
        .iter()
        .chain(q.components().iter())
        .map(|(_, n)| n.sd())
        .fold(f64::INFINITY, f64::min);
    let scale = 10f64.powf(smallest.log10().round());
    [2.0, 1.0, 0.5, 0.2, 0.1, 0.05, 0.02, 0.01].iter().map(|f| f * scale).collect()
}

/// The convergence table: every width of [`widths`] that fits within [`MAX_BINS`].
pub fn table(p: &Density, q: &Density, unit: Unit) -> Vec<Binned> {
    widths(p, q).into_iter().filter_map(|w| discretize(p, q, w, unit)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::info::density;

    #[test]
    fn converges_to_the_continuous_measures() {
        let p = Density::parse("normal(0, 1)", false).unwrap();
        let q = Density::parse("normal(1, 2)", false).unwrap();
        let rows = table(&p, &q, Unit::Nats);
        assert_eq!(rows.len(), 8);
        let kl = density::kl(&p, &q).nats;
        let h = density::differential_entropy(&p).nats;
        let last = rows.last().unwrap();
        assert!((last.kl - kl).abs() < 1e-4, "{last:?} vs {kl}");
        assert!((last.entropy_plus_log_width - h).abs() < 1e-4, "{last:?} vs {h}");
        // Each halving of Δ adds about ln 2 to the discrete entropy.
        assert!(((rows[5].entropy - rows[4].entropy) - 2f64.ln()).abs() < 1e-3);
        let errors: Vec<f64> = rows.iter().map(|r| (r.kl - kl).abs()).collect();
        assert!(errors.windows(2).all(|w| w[1] <= w[0]), "{errors:?}");
    }

    #[test]
    fn refuses_widths_that_would_need_too_many_bins() {
        let p = Density::parse("normal(0, 1)", false).unwrap();
        assert!(discretize(&p, &p, 1e-9, Unit::Bits).is_none());
        assert!(discretize(&p, &p, 0.0, Unit::Bits).is_none());
    }
}

/// A lesson's bins: `count` bins of `width` from `from`, the first reaching down to −∞ and the
/// last up to +∞, so a density loses no probability to the tails.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bins {
    pub from: f64,
    pub width: f64,
    pub count: usize,
}

/// Decimals a bin's probability is rounded to: short enough to read in a derivation.
const DECIMALS: u32 = 6;

impl Bins {
    /// The middle of bin `k`, which names it.
    pub fn centre(&self, k: usize) -> f64 {
        self.from + (k as f64 + 0.5) * self.width
    }

    /// Bin `k`'s edges; the outer edges of the first and the last bin are infinite.
    pub fn edges(&self, k: usize) -> (f64, f64) {
        let a = if k == 0 { f64::NEG_INFINITY } else { self.from + k as f64 * self.width };
        let last = k + 1 == self.count;
        let b = if last { f64::INFINITY } else { self.from + (k + 1) as f64 * self.width };
        (a, b)
    }

    /// The density's probability in each bin, exact: each rounded to 6 decimals but at least
    /// 10⁻⁶ (so no bin is impossible and no divergence infinite because of rounding), and the
    /// largest bin taking what rounding left over, so that they sum to exactly 1.
    pub fn probabilities(&self, d: &Density) -> Vec<num_rational::BigRational> {
        use num_bigint::BigInt;
        let scale = 10i64.pow(DECIMALS);
        let parts = d.components();
        let mut units: Vec<i64> = (0..self.count)
            .map(|k| {
                let (a, b) = self.edges(k);
                let p: f64 = parts.iter().map(|(w, n)| w * n.probability_between(a, b)).sum();
                ((p * scale as f64).round() as i64).clamp(1, scale)
            })
            .collect();
        let largest = (0..units.len()).max_by_key(|&k| units[k]).unwrap_or(0);
        let others: i64 =
            units.iter().enumerate().filter(|&(k, _)| k != largest).map(|(_, u)| u).sum();
        units[largest] = scale - others;
        units
            .into_iter()
            .map(|u| num_rational::BigRational::new(BigInt::from(u), BigInt::from(scale)))
            .collect()
    }
}
