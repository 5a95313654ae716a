//! Validated probability distributions.

use std::fmt;

use num_rational::BigRational;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::exact::{NumberError, parse_exact, split_values};

/// How the author wrote the numbers, so results are shown back the same way.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Notation {
    /// `1/2`, shown as ½.
    #[default]
    Fraction,
    /// `0.5`, shown as 0.5.
    Decimal,
}

impl Notation {
    /// Decimal as soon as one value was written with a decimal point or an exponent.
    pub fn of_texts<'a>(texts: impl IntoIterator<Item = &'a str>) -> Notation {
        let decimal =
            texts.into_iter().any(|t| !t.contains('/') && t.contains(['.', 'e', 'E', '%']));
        if decimal { Notation::Decimal } else { Notation::Fraction }
    }
}

/// What makes a list of values not a probability distribution. Positions count from 1.
#[derive(Debug, Clone, PartialEq)]
pub enum DistributionError {
    Number { position: usize, text: String, error: NumberError },
    Empty,
    Negative { position: usize, value: BigRational },
    AboveOne { position: usize, value: BigRational },
    SumNotOne { sum: BigRational },
    ZeroTotal,
}

impl fmt::Display for DistributionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The sentences are the catalog's (check.ftl), so a Chinese author reads them in Chinese.
        let message = match self {
            DistributionError::Number { position, text, error } => crate::t!(
                "value-not-a-number",
                position = *position,
                text = crate::visible::visible(text),
                error = error.to_string()
            ),
            DistributionError::Empty => crate::t!("value-none"),
            DistributionError::Negative { position, value } => {
                crate::t!("value-negative", position = *position, value = value.to_string())
            }
            DistributionError::AboveOne { position, value } => {
                crate::t!("value-above-one", position = *position, value = value.to_string())
            }
            DistributionError::SumNotOne { sum } => {
                crate::t!("value-sum-not-one", sum = sum.to_string(), approx = approx(sum))
            }
            DistributionError::ZeroTotal => crate::t!("value-zero-total"),
        };
        f.write_str(&message)
    }
}

impl std::error::Error for DistributionError {}

impl DistributionError {
    /// The position (from 1) of the value at fault, when one value is.
    pub fn position(&self) -> Option<usize> {
        match self {
            DistributionError::Number { position, .. }
            | DistributionError::Negative { position, .. }
            | DistributionError::AboveOne { position, .. } => Some(*position),
            _ => None,
        }
    }
}

/// A probability distribution over numbered outcomes: every value in [0, 1], summing to
/// exactly 1.
///
/// The f64 images are kept beside the exact values because every measure reads them per
/// outcome, and converting a big rational each time would dominate the cost.
#[derive(Debug, Clone, PartialEq)]
pub struct Distribution {
    exact: Vec<BigRational>,
    approx: Vec<f64>,
    /// Numerator and denominator where both fit in a u64 (denominator 0 where not): lets the
    /// near-1 ratios be formed exactly in u128 arithmetic without touching the big integers.
    small: Vec<(u64, u64)>,
    notation: Notation,
}

impl Distribution {
    /// Validates exact values as a distribution.
    pub fn new(exact: Vec<BigRational>, notation: Notation) -> Result<Self, DistributionError> {
        check_values(&exact)?;
        let sum: BigRational = exact.iter().sum();
        if !sum.is_one() {
            return Err(DistributionError::SumNotOne { sum });
        }
        Ok(Self::new_unchecked(exact, notation))
    }

    /// Rescales non-negative weights or counts (`1, 3` becomes `1/4, 3/4`).
    pub fn normalized(
        weights: Vec<BigRational>,
        notation: Notation,
    ) -> Result<Self, DistributionError> {
        if weights.is_empty() {
            return Err(DistributionError::Empty);
        }
        if let Some((i, w)) = weights.iter().enumerate().find(|(_, w)| w.is_negative()) {
            return Err(DistributionError::Negative { position: i + 1, value: w.clone() });
        }
        let total: BigRational = weights.iter().sum();
        if total.is_zero() {
            return Err(DistributionError::ZeroTotal);
        }
        // Counts are the common case: reduce them with machine-word gcds, not big ones.
        let small_total = total.is_integer().then(|| total.numer().to_u64()).flatten();
        let scaled = weights
            .into_iter()
            .map(|w| match (small_total, w.is_integer().then(|| w.numer().to_u64()).flatten()) {
                (Some(t), Some(n)) => {
                    let g = num_integer::gcd(n, t);
                    BigRational::new_raw((n / g).into(), (t / g).into())
                }
                _ => w / &total,
            })
            .collect();
        Ok(Self::new_unchecked(scaled, notation))
    }

    /// Parses a list of values written as text, exactly.
    pub fn parse_list<'a>(
        texts: impl IntoIterator<Item = &'a str>,
        normalize: bool,
    ) -> Result<Self, DistributionError> {
        let texts: Vec<&str> = texts.into_iter().collect();
        let values = parse_values(&texts)?;
        let notation = Notation::of_texts(texts.iter().copied());
        if normalize { Self::normalized(values, notation) } else { Self::new(values, notation) }
    }

    /// Parses `1/2, 1/2` or `0.5 0.5`: the command line's and data files' form.
    pub fn parse(text: &str, normalize: bool) -> Result<Self, DistributionError> {
        Self::parse_list(split_values(text), normalize)
    }

    pub(crate) fn new_unchecked(exact: Vec<BigRational>, notation: Notation) -> Self {
        let approx = exact.iter().map(|v| v.to_f64().unwrap_or(0.0)).collect();
        let small = exact
            .iter()
            .map(|v| v.numer().to_u64().zip(v.denom().to_u64()).unwrap_or((0, 0)))
            .collect();
        Self { exact, approx, small, notation }
    }

    pub fn len(&self) -> usize {
        self.exact.len()
    }

    pub fn is_empty(&self) -> bool {
        self.exact.is_empty()
    }

    pub fn exact(&self) -> &[BigRational] {
        &self.exact
    }

    pub fn get(&self, outcome: usize) -> &BigRational {
        &self.exact[outcome]
    }

    pub(crate) fn approx(&self) -> &[f64] {
        &self.approx
    }

    pub(crate) fn small(&self, outcome: usize) -> Option<(u64, u64)> {
        let (numer, denom) = self.small[outcome];
        (denom != 0).then_some((numer, denom))
    }

    pub fn notation(&self) -> Notation {
        self.notation
    }
}

/// A rational as a short decimal: six places, trailing zeros dropped.
fn approx(x: &BigRational) -> String {
    let text = format!("{:.6}", x.to_f64().unwrap_or(f64::NAN));
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// Parses each text, naming the first one that is not a number.
pub fn parse_values(texts: &[&str]) -> Result<Vec<BigRational>, DistributionError> {
    texts
        .iter()
        .enumerate()
        .map(|(i, text)| {
            parse_exact(text).map_err(|error| DistributionError::Number {
                position: i + 1,
                text: text.to_string(),
                error,
            })
        })
        .collect()
}

/// Checks each value lies in [0, 1]: the checks that do not need the sum.
pub fn check_values(values: &[BigRational]) -> Result<(), DistributionError> {
    if values.is_empty() {
        return Err(DistributionError::Empty);
    }
    for (i, v) in values.iter().enumerate() {
        if v.is_negative() {
            return Err(DistributionError::Negative { position: i + 1, value: v.clone() });
        }
        if *v > BigRational::one() {
            return Err(DistributionError::AboveOne { position: i + 1, value: v.clone() });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(n: i64, d: i64) -> BigRational {
        BigRational::new(n.into(), d.into())
    }

    #[test]
    fn accepts_exact_sums() {
        assert!(Distribution::parse("0.1, 0.2, 0.7", false).is_ok());
        assert!(Distribution::parse("1/3 1/3 1/3", false).is_ok());
        assert_eq!(Distribution::parse("0.5 0.5", false).unwrap().notation(), Notation::Decimal);
        assert_eq!(Distribution::parse("1/2 1/2", false).unwrap().notation(), Notation::Fraction);
    }

    #[test]
    fn reports_each_problem_with_its_position() {
        let err = |t| Distribution::parse(t, false).unwrap_err();
        assert!(matches!(err("0.5 x"), DistributionError::Number { position: 2, .. }));
        assert!(matches!(err("1/2 1/0"), DistributionError::Number { position: 2, .. }));
        assert_eq!(err("1.5 -0.5"), DistributionError::AboveOne { position: 1, value: r(3, 2) });
        assert_eq!(err("0.5 -0.5 1"), DistributionError::Negative { position: 2, value: r(-1, 2) });
        assert_eq!(err(""), DistributionError::Empty);
        assert_eq!(err("0.3 0.3"), DistributionError::SumNotOne { sum: r(3, 5) });
        assert!(err("0.3 0.3").to_string().contains("sum to 3/5 (≈ 0.6)"));
    }

    #[test]
    fn normalizes_weights_and_counts() {
        let d = Distribution::parse("1,3", true).unwrap();
        assert_eq!(d.exact(), [r(1, 4), r(3, 4)]);
        assert_eq!(Distribution::parse("0 0", true).unwrap_err(), DistributionError::ZeroTotal);
        assert!(matches!(
            Distribution::parse("1 -1", true).unwrap_err(),
            DistributionError::Negative { position: 2, .. }
        ));
    }
}
