//! Fitting one normal to a density in either direction of KL: the picture behind variational
//! inference.
//!
//! Minimising D(P‖Q) over normals Q has a closed answer: Q takes P's mean and variance
//! (moment matching), so it spreads over every mode of P. Minimising D(Q‖P) has none; it is
//! found numerically (Nelder–Mead on the mean and log-sd, started from every component and
//! from the moment match, with a bound on iterations) and settles on one mode, since Q pays
//! infinitely for mass where P has none but nothing for the modes of P it leaves out.

use super::density::{self, Density};
use super::normal::Normal;

/// Most Nelder–Mead iterations from one starting point.
pub const MAX_ITERATIONS: usize = 300;

/// The simplex is considered collapsed when its parameters agree to this.
const PARAMETER_TOLERANCE: f64 = 1e-9;

/// The normal that minimises D(P‖Q): P's own mean and standard deviation.
pub fn forward(p: &Density) -> Normal {
    let (mean, sd) = p.moments();
    Normal::new(mean, sd).unwrap_or(p.components()[0].1)
}

/// The result of minimising D(Q‖P) over normals Q.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ReverseFit {
    pub q: Normal,
    /// D(Q‖P) at the minimum, in nats.
    pub kl: f64,
    /// Iterations used, over all starts.
    pub iterations: usize,
    /// Whether the best start's simplex collapsed before the bound on iterations.
    pub converged: bool,
}

/// D(Q‖P) for Q = N(mean, e^log_sd); ∞ for parameters no normal has.
fn reverse_kl(p: &Density, mean: f64, log_sd: f64) -> f64 {
    match Normal::new(mean, log_sd.exp()) {
        Ok(q) if log_sd.abs() < 700.0 => density::kl(&Density::Normal(q), p).nats,
        _ => f64::INFINITY,
    }
}

/// The normal that minimises D(Q‖P).
pub fn reverse(p: &Density) -> ReverseFit {
    let mut starts: Vec<(f64, f64)> =
        p.components().iter().map(|(_, n)| (n.mean(), n.sd().ln())).collect();
    let matched = forward(p);
    starts.push((matched.mean(), matched.sd().ln()));
    let mut best: Option<ReverseFit> = None;
    let mut iterations = 0;
    for start in starts {
        let (point, value, used, converged) =
            nelder_mead(|x: [f64; 2]| reverse_kl(p, x[0], x[1]), [start.0, start.1]);
        iterations += used;
        let Ok(q) = Normal::new(point[0], point[1].exp()) else { continue };
        // Ties (a symmetric truth) keep the first start: the leftmost mode.
        if best.is_none_or(|b| value < b.kl - 1e-12) {
            best = Some(ReverseFit { q, kl: value, iterations: 0, converged });
        }
    }
    let fallback = ReverseFit {
        q: matched,
        kl: reverse_kl(p, matched.mean(), matched.sd().ln()),
        iterations: 0,
        converged: false,
    };
    ReverseFit { iterations, ..best.unwrap_or(fallback) }
}

/// Minimises f over the plane from `start`: (point, value, iterations, converged).
fn nelder_mead(f: impl Fn([f64; 2]) -> f64, start: [f64; 2]) -> ([f64; 2], f64, usize, bool) {
    let mut simplex = [start, [start[0] + 0.5, start[1]], [start[0], start[1] + 0.3]];
    let mut values = simplex.map(&f);
    for iteration in 0..MAX_ITERATIONS {
        let mut order = [0, 1, 2];
        order.sort_by(|&a, &b| values[a].total_cmp(&values[b]));
        simplex = order.map(|k| simplex[k]);
        values = order.map(|k| values[k]);
        let size = (1..3)
            .map(|k| {
                (simplex[k][0] - simplex[0][0]).abs().max((simplex[k][1] - simplex[0][1]).abs())
            })
            .fold(0.0, f64::max);
        if size < PARAMETER_TOLERANCE {
            return (simplex[0], values[0], iteration, true);
        }
        let centroid =
            [(simplex[0][0] + simplex[1][0]) / 2.0, (simplex[0][1] + simplex[1][1]) / 2.0];
        let along = |t: f64| {
            [
                centroid[0] + t * (simplex[2][0] - centroid[0]),
                centroid[1] + t * (simplex[2][1] - centroid[1]),
            ]
        };
        let reflected = along(-1.0);
        let fr = f(reflected);
        if fr < values[0] {
            let expanded = along(-2.0);
            let fe = f(expanded);
            (simplex[2], values[2]) = if fe < fr { (expanded, fe) } else { (reflected, fr) };
        } else if fr < values[1] {
            (simplex[2], values[2]) = (reflected, fr);
        } else {
            let contracted = if fr < values[2] { along(-0.5) } else { along(0.5) };
            let fc = f(contracted);
            if fc < values[2].min(fr) {
                (simplex[2], values[2]) = (contracted, fc);
            } else {
                for k in 1..3 {
                    simplex[k] = [
                        (simplex[0][0] + simplex[k][0]) / 2.0,
                        (simplex[0][1] + simplex[k][1]) / 2.0,
                    ];
                    values[k] = f(simplex[k]);
                }
            }
        }
    }
    let at = (0..3).min_by(|&a, &b| values[a].total_cmp(&values[b])).unwrap_or(0);
    (simplex[at], values[at], MAX_ITERATIONS, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forward_covers_both_modes_and_reverse_seeks_one() {
        let p = Density::parse("mix(0.5 normal(-2,0.6), 0.5 normal(2,0.6))", false).unwrap();
        let f = forward(&p);
        assert_eq!(f.mean(), 0.0);
        assert!((f.sd() - (4.0f64 + 0.36).sqrt()).abs() < 1e-15);
        let r = reverse(&p);
        assert!(r.converged, "{r:?}");
        // scipy 1.17.1 (optimize.minimize Nelder-Mead over integrate.quad) finds the minimum
        // at N(−1.99707828, 0.60485642) with D(Q‖P) = 0.6918360050285668: one mode, a shade
        // under ln 2.
        assert!((r.q.mean() + 1.997_078_28).abs() < 1e-7, "{r:?}");
        assert!((r.q.sd() - 0.604_856_42).abs() < 1e-7, "{r:?}");
        assert!((r.kl - 0.691_836_005_028_566_8).abs() < 1e-12, "{r:?}");
        assert!(r.iterations <= 3 * MAX_ITERATIONS);
    }

    #[test]
    fn a_normal_truth_is_fitted_exactly_both_ways() {
        let p = Density::parse("normal(1, 2)", false).unwrap();
        let r = reverse(&p);
        assert!((r.q.mean() - 1.0).abs() < 1e-6 && (r.q.sd() - 2.0).abs() < 1e-6, "{r:?}");
        assert!(r.kl < 1e-12);
    }
}
