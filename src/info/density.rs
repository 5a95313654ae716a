//! Continuous distributions written as text — `normal(0, 1)` or
//! `mix(0.5 normal(-2, 0.6), 0.5 normal(2, 0.6))` — and their measures: in closed form between
//! two normals, by adaptive quadrature where a mixture is involved.
//!
//! Two notations are read, in every language, and may be mixed:
//!
//! - calls, which name the standard deviation: `normal(MEAN, SD)` and
//!   `mix(W1 normal(M1, S1), W2 normal(M2, S2), …)`;
//! - the textbook's, which names the variance: `N(μ, σ²)`, so `N(0, 0.2²)` (or `N(0, 0.2^2)`,
//!   or `N(0, 0.04)`) is `normal(0, 0.2)`, and a mixture is a weighted sum,
//!   `0.5 N(−2, 0.6²) + 0.5 N(2, 0.6²)`.
//!
//! Minus signs (−), full-width parentheses and commas (（，）) are read as ASCII ones. English
//! prints the calls ([`Density::text`]), Chinese the textbook's ([`Density::math_text`]).

use num_rational::BigRational;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::exact::{NumberError, parse_exact};
use super::normal::{self, Normal, NormalError};
use super::quadrature::{self, Integral};

/// A density: one normal, or a weighted mixture of normals.
#[derive(Debug, Clone, PartialEq)]
pub enum Density {
    Normal(Normal),
    /// Weights (summing to 1) and components.
    Mixture(Vec<(f64, Normal)>),
}

/// Which number of a density's text is at fault.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Parameter {
    Mean,
    Sd,
    Weight,
}

/// Why a text is not a density. `component` counts mixture components from 1.
#[derive(Debug, Clone, PartialEq)]
pub enum DensityError {
    /// The text does not have the shape `normal(MEAN, SD)` or `mix(W normal(…), …)`.
    Syntax { found: String },
    /// A number that does not parse.
    Number { parameter: Parameter, component: Option<usize>, text: String, error: NumberError },
    /// A number too large for a float.
    NotFinite { parameter: Parameter, component: Option<usize>, text: String },
    /// sd ≤ 0.
    SdNotPositive { component: Option<usize>, text: String },
    /// A negative mixture weight.
    NegativeWeight { component: usize, text: String },
    /// Weights that do not sum to 1 (and normalisation was not asked for).
    WeightsSum { sum: BigRational },
    /// Normalisation asked for but the weights add up to 0.
    ZeroWeights,
    /// More components than [`MAX_COMPONENTS`].
    TooManyComponents { count: usize },
}

/// Most components of a mixture: each integral evaluates every component at every node, and a
/// fit integrates hundreds of times, so a longer mixture would make any answer slow.
pub const MAX_COMPONENTS: usize = 32;

/// A number in its shortest form, in exponent notation beyond 10⁶ and below 10⁻⁴ (1e307,
/// not 308 digits), as `Density::parse` reads it back.
pub fn number_text(x: f64) -> String {
    if x != 0.0 && !(1e-4..1e6).contains(&x.abs()) { format!("{x:e}") } else { format!("{x}") }
}

/// Whether a distribution's text is a density rather than a list of probabilities (which
/// never has a parenthesis): `normal(…)`, `mix(…)`, `N(…)`, a weighted sum of `N(…)`.
pub fn is_density(text: &str) -> bool {
    let t = ascii_marks(text).trim_start().to_ascii_lowercase();
    !t.starts_with(['@', '-']) && (t.contains("normal(") || t.contains("mix(") || t.contains("n("))
}

/// The text with true minus signs and full-width parentheses and commas made ASCII, as a
/// reader typing Chinese may write them.
fn ascii_marks(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '−' => '-',
            '（' => '(',
            '）' => ')',
            '，' => ',',
            c => c,
        })
        .collect()
}

/// Where a component starts in a mixture's part (after its weight): `normal(` or `N(`.
fn component_start(part: &str) -> Option<usize> {
    let lower = part.to_ascii_lowercase();
    lower.find("normal(").or_else(|| lower.find("n("))
}

/// The inside of `name( … )`, if the text is that call.
fn call<'a>(text: &'a str, name: &str) -> Option<&'a str> {
    let t = text.trim();
    let head = t.get(..name.len() + 1)?;
    if !head.eq_ignore_ascii_case(&format!("{name}(")) || !t.ends_with(')') {
        return None;
    }
    Some(&t[name.len() + 1..t.len() - 1])
}

fn number(
    text: &str,
    parameter: Parameter,
    component: Option<usize>,
) -> Result<(BigRational, f64), DensityError> {
    let text = text.trim();
    let exact = parse_exact(text).map_err(|error| DensityError::Number {
        parameter,
        component,
        text: text.to_string(),
        error,
    })?;
    let value = exact
        .to_f64()
        .filter(|v| v.is_finite())
        .ok_or_else(|| DensityError::NotFinite { parameter, component, text: text.to_string() })?;
    Ok((exact, value))
}

fn parse_normal(text: &str, component: Option<usize>) -> Result<Normal, DensityError> {
    let syntax = || DensityError::Syntax { found: text.trim().to_string() };
    // `normal(MEAN, SD)`, or `N(MEAN, VARIANCE)` with the variance as `SD²` or a number.
    let (inside, variance) = match call(text, "normal") {
        Some(inside) => (inside, false),
        None => (call(text, "n").ok_or_else(syntax)?, true),
    };
    let (mean, sd) = inside.split_once(',').ok_or_else(syntax)?;
    let (_, mean_value) = number(mean, Parameter::Mean, component)?;
    let squared = sd.trim().strip_suffix('²').or_else(|| sd.trim().strip_suffix("^2"));
    let sd_value = match (variance, squared) {
        (true, Some(root)) => number(root, Parameter::Sd, component)?.1,
        (true, None) => {
            let v = number(sd, Parameter::Sd, component)?.1;
            if v > 0.0 { v.sqrt() } else { v }
        }
        (false, _) => number(sd, Parameter::Sd, component)?.1,
    };
    Normal::new(mean_value, sd_value).map_err(|e| match e {
        NormalError::MeanNotFinite(_) => DensityError::NotFinite {
            parameter: Parameter::Mean,
            component,
            text: mean.trim().to_string(),
        },
        NormalError::SdNotPositive(_) => {
            DensityError::SdNotPositive { component, text: sd.trim().to_string() }
        }
    })
}

/// Splits a weighted sum on the `+` signs that are not inside parentheses and follow one
/// (`0.5 N(−2, 0.6²) + 0.5 N(2, 0.6²)`; the `+` of `1e+3` follows a digit).
fn sum_parts(text: &str) -> Vec<&str> {
    let (mut depth, mut start, mut parts) = (0i32, 0, Vec::new());
    for (i, c) in text.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            '+' if depth == 0 && text[start..i].trim_end().ends_with(')') => {
                parts.push(&text[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&text[start..]);
    parts
}

/// Splits on the commas that are not inside parentheses.
fn top_level_parts(text: &str) -> Vec<&str> {
    let (mut depth, mut start, mut parts) = (0i32, 0, Vec::new());
    for (i, c) in text.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&text[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&text[start..]);
    parts
}

impl Density {
    /// Parses `normal(MEAN, SD)` or `mix(W1 normal(M1, S1), W2 normal(M2, S2), …)`; with
    /// `normalize`, mixture weights are rescaled to sum to 1.
    /// `N(M, S²)` and weighted sums of them are read too (see the module's notes).
    pub fn parse(text: &str, normalize: bool) -> Result<Density, DensityError> {
        let text = ascii_marks(text);
        let text = text.as_str();
        let parts = match call(text, "mix") {
            Some(inside) => top_level_parts(inside),
            None => {
                let parts = sum_parts(text);
                // One component with no weight: a single normal.
                if parts.len() == 1
                    && component_start(text).is_some_and(|at| text[..at].trim().is_empty())
                {
                    return Ok(Density::Normal(parse_normal(text, None)?));
                }
                parts
            }
        };
        if parts.len() > MAX_COMPONENTS {
            return Err(DensityError::TooManyComponents { count: parts.len() });
        }
        let mut weights = Vec::new();
        let mut components = Vec::new();
        for (k, part) in parts.into_iter().enumerate() {
            let component = k + 1;
            let part = part.trim();
            let at = component_start(part)
                .ok_or_else(|| DensityError::Syntax { found: part.to_string() })?;
            let weight_text = part[..at].trim();
            let (weight, _) = number(weight_text, Parameter::Weight, Some(component))?;
            if weight.is_negative() {
                return Err(DensityError::NegativeWeight {
                    component,
                    text: weight_text.to_string(),
                });
            }
            weights.push(weight);
            components.push(parse_normal(&part[at..], Some(component))?);
        }
        let sum: BigRational = weights.iter().sum();
        if sum.is_zero() {
            return Err(DensityError::ZeroWeights);
        }
        if !normalize && !sum.is_one() {
            return Err(DensityError::WeightsSum { sum });
        }
        let mixture: Vec<(f64, Normal)> = weights
            .iter()
            .map(|w| (w / &sum).to_f64().unwrap_or(0.0))
            .zip(components)
            .filter(|(w, _)| *w > 0.0)
            .collect();
        Ok(match mixture.as_slice() {
            [(_, only)] => Density::Normal(*only),
            _ => Density::Mixture(mixture),
        })
    }

    /// The density written as `parse` reads it: `normal(0, 1)`, `mix(0.5 normal(-2, 0.6), …)`.
    pub fn text(&self) -> String {
        let normal =
            |n: &Normal| format!("normal({}, {})", number_text(n.mean()), number_text(n.sd()));
        match self {
            Density::Normal(n) => normal(n),
            Density::Mixture(parts) => {
                let parts: Vec<String> =
                    parts.iter().map(|(w, n)| format!("{w} {}", normal(n))).collect();
                format!("mix({})", parts.join(", "))
            }
        }
    }

    /// The density in the textbook's notation, which `parse` reads too: `N(0, 1²)`,
    /// `0.5 N(-2, 0.6²) + 0.5 N(2, 0.6²)`.
    pub fn math_text(&self) -> String {
        let normal = |n: &Normal| format!("N({}, {}²)", number_text(n.mean()), number_text(n.sd()));
        match self {
            Density::Normal(n) => normal(n),
            Density::Mixture(parts) => {
                let parts: Vec<String> =
                    parts.iter().map(|(w, n)| format!("{w} {}", normal(n))).collect();
                parts.join(" + ")
            }
        }
    }

    /// The weighted components (a single normal has weight 1).
    pub fn components(&self) -> Vec<(f64, Normal)> {
        match self {
            Density::Normal(n) => vec![(1.0, *n)],
            Density::Mixture(m) => m.clone(),
        }
    }

    /// ln p(x), computed as a log-sum-exp so that it stays finite far in the tails.
    pub fn ln_density(&self, x: f64) -> f64 {
        match self {
            Density::Normal(n) => n.ln_density(x),
            Density::Mixture(m) => {
                let logs: Vec<f64> = m.iter().map(|(w, n)| w.ln() + n.ln_density(x)).collect();
                let top = logs.iter().copied().fold(f64::NEG_INFINITY, f64::max);
                top + logs.iter().map(|l| (l - top).exp()).sum::<f64>().ln()
            }
        }
    }

    pub fn density(&self, x: f64) -> f64 {
        self.ln_density(x).exp()
    }

    /// The mean and standard deviation of the whole distribution.
    pub fn moments(&self) -> (f64, f64) {
        let parts = self.components();
        let mean: f64 = parts.iter().map(|(w, n)| w * n.mean()).sum();
        let variance: f64 = parts
            .iter()
            .map(|(w, n)| w * (n.sd() * n.sd() + (n.mean() - mean) * (n.mean() - mean)))
            .sum();
        (mean, variance.sqrt())
    }

    /// An interval outside which both densities are negligible: 14 sd beyond every component
    /// (the tail beyond holds less than 1e-44 of any component's mass).
    fn span(&self, other: &Density) -> (f64, f64) {
        let all = self.components().into_iter().chain(other.components());
        all.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), (_, n)| {
            (lo.min(n.mean() - 14.0 * n.sd()), hi.max(n.mean() + 14.0 * n.sd()))
        })
    }
}

/// Relative accuracy asked of every quadrature.
pub const RELATIVE_TOLERANCE: f64 = 1e-10;

/// A measure in nats, exact to rounding where a closed form exists, else by quadrature.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Measured {
    pub nats: f64,
    /// `None` for a closed form; the quadrature's result otherwise.
    pub quadrature: Option<Integral>,
}

impl Measured {
    fn closed(nats: f64) -> Measured {
        Measured { nats, quadrature: None }
    }

    fn integrated(integral: Integral) -> Measured {
        Measured { nats: integral.value, quadrature: Some(integral) }
    }
}

/// ∫ p(x)·g(x) dx over the span of both densities.
fn expect(p: &Density, q: &Density, g: impl Fn(f64, f64) -> f64) -> Integral {
    integral(p, q, |x| {
        let lp = p.ln_density(x);
        if lp == f64::NEG_INFINITY { 0.0 } else { lp.exp() * g(lp, x) }
    })
}

/// ∫ f over the span of both densities, split at every component mean so each bump starts on
/// its own interval.
fn integral(p: &Density, q: &Density, f: impl FnMut(f64) -> f64) -> Integral {
    let (lo, hi) = p.span(q);
    let mut cuts: Vec<f64> = p.components().iter().map(|(_, n)| n.mean()).collect();
    cuts.extend(q.components().iter().map(|(_, n)| n.mean()));
    cuts.push(lo);
    cuts.push(hi);
    cuts.sort_by(f64::total_cmp);
    cuts.dedup();
    if cuts.len() < 2 {
        // The densities are narrower than f64 can resolve at their location (sd 1e-10 at
        // 1e10): no interval to integrate over, so no value to claim.
        return Integral { value: f64::NAN, error: f64::INFINITY, converged: false };
    }
    quadrature::integrate(f, &cuts, RELATIVE_TOLERANCE, 0.0)
}

/// JS(P, Q) = ½·D(P‖M) + ½·D(Q‖M) with M = (P + Q)/2, always by quadrature (no closed form
/// exists even for two normals); at most ln 2 nats.
pub fn js(p: &Density, q: &Density) -> Measured {
    let mut i = integral(p, q, |x| {
        let (lp, lq) = (p.ln_density(x), q.ln_density(x));
        let top = lp.max(lq);
        if top == f64::NEG_INFINITY {
            return 0.0;
        }
        // ln m = ln((p + q)/2), as a log-sum-exp so the tails do not underflow.
        let lm = top + (((lp - top).exp() + (lq - top).exp()) / 2.0).ln();
        let term = |l: f64| if l == f64::NEG_INFINITY { 0.0 } else { 0.5 * l.exp() * (l - lm) };
        term(lp) + term(lq)
    });
    i.value = i.value.clamp(0.0, std::f64::consts::LN_2);
    Measured::integrated(i)
}

/// D(P‖Q) = ∫ p·ln(p/q).
pub fn kl(p: &Density, q: &Density) -> Measured {
    match (p, q) {
        (Density::Normal(a), Density::Normal(b)) => Measured::closed(normal::kl(*a, *b)),
        _ => {
            let mut i = expect(p, q, |lp, x| lp - q.ln_density(x));
            // Rounding can leave a tiny negative where the truth is 0.
            if i.value < 0.0 {
                i.value = 0.0;
            }
            Measured::integrated(i)
        }
    }
}

/// H(P, Q) = −∫ p·ln q.
pub fn cross_entropy(p: &Density, q: &Density) -> Measured {
    match (p, q) {
        (Density::Normal(a), Density::Normal(b)) => Measured::closed(normal::cross_entropy(*a, *b)),
        _ => Measured::integrated(expect(p, q, |_, x| -q.ln_density(x))),
    }
}

/// h(P) = −∫ p·ln p: differential entropy, which can be negative.
pub fn differential_entropy(p: &Density) -> Measured {
    match p {
        Density::Normal(a) => Measured::closed(normal::differential_entropy(*a)),
        _ => Measured::integrated(expect(p, p, |lp, _| -lp)),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_mixture_has_at_most_32_components() {
        let part = "1 normal(0, 1)";
        let many = format!("mix({})", vec![part; 33].join(", "));
        assert_eq!(
            super::Density::parse(&many, true),
            Err(super::DensityError::TooManyComponents { count: 33 })
        );
        let most = format!("mix({})", vec![part; 32].join(", "));
        assert!(super::Density::parse(&most, true).is_ok());
    }

    use super::*;

    fn d(text: &str) -> Density {
        Density::parse(text, false).unwrap()
    }

    #[test]
    fn parses_both_forms() {
        assert_eq!(d(" normal(0, 1) "), Density::Normal(Normal::new(0.0, 1.0).unwrap()));
        let m = d("mix(0.5 normal(-2,0.6), 1/2 Normal(2, 0.6))");
        assert_eq!(m.components().len(), 2);
        assert_eq!(m.moments().0, 0.0);
        assert!(is_density("mix(1 normal(0,1))") && !is_density("0.5, 0.5"));
    }

    #[test]
    fn reads_the_textbooks_notation() {
        assert_eq!(d("N(0, 0.2²)"), d("normal(0, 0.2)"));
        assert_eq!(d("N(0, 0.2^2)"), d("normal(0, 0.2)"));
        assert_eq!(d("N（−1，4）"), d("normal(-1, 2)"));
        let sum = d("0.5 N(−2, 0.6²) + 0.5 N(2, 0.6²)");
        assert_eq!(sum, d("mix(0.5 normal(-2, 0.6), 0.5 normal(2, 0.6))"));
        assert_eq!(d("mix(1/2 N(-2, 0.36), 1/2 normal(2, 0.6))"), sum);
        for text in ["N(1e+3, 2²)", "0.25 N(-1, 1²) + 0.75 N(1e+2, 3²)"] {
            assert_eq!(d(&d(text).math_text()), d(text), "{text}");
        }
        assert_eq!(sum.math_text(), "0.5 N(-2, 0.6²) + 0.5 N(2, 0.6²)");
        assert!(is_density("N(0, 1)") && is_density("0.5 N(0, 1) + 0.5 N(1, 1)"));
        assert!(!is_density("-") && !is_density("@run(1).csv") && !is_density("1/2, 1/2"));
        assert!(matches!(
            Density::parse("N(0, -1)", false),
            Err(DensityError::SdNotPositive { .. })
        ));
    }

    #[test]
    fn names_what_is_wrong() {
        let err = |t| Density::parse(t, false).unwrap_err();
        assert!(matches!(err("normal(0)"), DensityError::Syntax { .. }));
        assert!(matches!(
            err("normal(0, -1)"),
            DensityError::SdNotPositive { component: None, .. }
        ));
        assert!(matches!(
            err("normal(x, 1)"),
            DensityError::Number { parameter: Parameter::Mean, .. }
        ));
        assert!(matches!(
            err("normal(nan, 1)"),
            DensityError::Number { error: NumberError::NotANumber, .. }
        ));
        assert!(matches!(
            err("mix(0.5 normal(0,1), -0.5 normal(1,1))"),
            DensityError::NegativeWeight { component: 2, .. }
        ));
        assert!(matches!(
            err("mix(0.5 normal(0,1), 0.4 normal(1,0))"),
            DensityError::SdNotPositive { component: Some(2), .. }
        ));
        assert!(matches!(
            err("mix(0.5 normal(0,1), 0.4 normal(1,1))"),
            DensityError::WeightsSum { .. }
        ));
        assert!(matches!(err("normal(1e400, 1)"), DensityError::NotFinite { .. }));
        assert!(Density::parse("mix(1 normal(0,1), 3 normal(1,1))", true).is_ok());
    }

    #[test]
    fn js_is_zero_for_equal_densities_and_ln_2_for_disjoint_ones() {
        let p = d("normal(0,1)");
        assert!(js(&p, &p).nats.abs() < 1e-15);
        let far = js(&p, &d("normal(1000,1)")).nats;
        assert!((far - std::f64::consts::LN_2).abs() < 1e-12, "{far}");
        let some = js(&p, &d("normal(1,2)"));
        assert!(some.quadrature.unwrap().converged && some.nats > 0.0);
    }

    #[test]
    fn unresolvable_densities_claim_no_value() {
        let p = d("mix(0.5 normal(1e10,1e-10), 0.5 normal(1e10,2e-10))");
        let q = d("normal(1e10,1e-10)");
        let m = kl(&p, &q);
        assert!(m.nats.is_nan() && !m.quadrature.unwrap().converged);
    }

    #[test]
    fn quadrature_agrees_with_the_closed_form() {
        // A "mixture" of two identical normals is that normal, but goes through quadrature.
        let p = d("mix(0.5 normal(0,1), 0.5 normal(0,1))");
        let q = Density::Normal(Normal::new(1.0, 2.0).unwrap());
        let want = normal::kl(Normal::new(0.0, 1.0).unwrap(), Normal::new(1.0, 2.0).unwrap());
        let got = kl(&p, &q);
        assert!(got.quadrature.unwrap().converged);
        assert!(((got.nats - want) / want).abs() < 1e-10, "{got:?} vs {want}");
        let h = differential_entropy(&p).nats;
        assert!((h - normal::differential_entropy(Normal::new(0.0, 1.0).unwrap())).abs() < 1e-10);
    }
}
