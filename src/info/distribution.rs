//! Validated probability distributions.

use std::borrow::Cow;
use std::fmt;

use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::compact::Exact;
use super::exact::{NumberError, split_values};
use super::values::{SumRule, ValueError, Values};

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
    /// The error of the value at `position` (from 1), written `text`.
    pub fn at(position: usize, text: &str, error: ValueError) -> DistributionError {
        match error {
            ValueError::Number(error) => {
                DistributionError::Number { position, text: text.to_string(), error }
            }
            ValueError::Negative(value) => DistributionError::Negative { position, value },
            ValueError::AboveOne(value) => DistributionError::AboveOne { position, value },
        }
    }

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

/// Why values were divided by their sum, and the exact sum they had.
#[derive(Debug, Clone, PartialEq)]
pub enum Normalization {
    /// The user asked for it (`--normalize`, `normalize = true`): weights or counts.
    Requested(BigRational),
    /// The sum differed from 1 by no more than the rounding of the written digits explains.
    Rounding(BigRational),
}

impl Normalization {
    /// The exact sum of the values as written.
    pub fn sum(&self) -> &BigRational {
        match self {
            Normalization::Requested(sum) | Normalization::Rounding(sum) => sum,
        }
    }
}

/// A probability distribution over numbered outcomes: every value in [0, 1], summing to
/// exactly 1.
///
/// The f64 images are kept beside the exact values because every measure reads them per
/// outcome, and building an exact value each time would dominate the cost.
///
/// Two distributions are equal when their values and notation are, however they are held.
#[derive(Debug, Clone)]
pub struct Distribution {
    exact: Exact,
    approx: Vec<f64>,
    notation: Notation,
    normalization: Option<Normalization>,
}

impl PartialEq for Distribution {
    fn eq(&self, other: &Self) -> bool {
        self.notation == other.notation && *self.exact() == *other.exact()
    }
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
        let normalization = (!total.is_one()).then(|| Normalization::Requested(total.clone()));
        // Counts are the common case: held as words over their total, with no gcd at all.
        let counts: Option<Vec<u64>> =
            weights.iter().map(|w| w.is_integer().then(|| w.numer().to_u64()).flatten()).collect();
        if let (Some(mantissas), Some(sum)) = (counts, total.numer().to_biguint()) {
            let exact = Exact::Scaled { mantissas, shifts: Vec::new(), total: sum };
            return Ok(Self::from_exact(exact, notation, normalization));
        }
        let scaled = weights.into_iter().map(|w| w / &total).collect();
        Ok(Self::from_exact(Exact::rationals(scaled), notation, normalization))
    }

    /// Parses a list of values written as text, exactly; `normalize` divides weights by their
    /// sum, and without it the sum must be exactly 1.
    pub fn parse_list<'a>(
        texts: impl IntoIterator<Item = &'a str>,
        normalize: bool,
    ) -> Result<Self, DistributionError> {
        let rule = if normalize { SumRule::Normalize } else { SumRule::Exact };
        let mut values = Values::new(rule);
        for (i, text) in texts.into_iter().enumerate() {
            values.push(text).map_err(|e| DistributionError::at(i + 1, text, e))?;
        }
        values.finish()
    }

    /// Parses `1/2, 1/2` or `0.5 0.5`: the command line's and data files' form.
    pub fn parse(text: &str, normalize: bool) -> Result<Self, DistributionError> {
        Self::parse_list(split_values(text), normalize)
    }

    pub(crate) fn new_unchecked(exact: Vec<BigRational>, notation: Notation) -> Self {
        Self::from_exact(Exact::rationals(exact), notation, None)
    }

    pub(crate) fn from_exact(
        exact: Exact,
        notation: Notation,
        normalization: Option<Normalization>,
    ) -> Self {
        let approx = exact.approximations();
        Self { exact, approx, notation, normalization }
    }

    pub fn len(&self) -> usize {
        self.exact.len()
    }

    pub fn is_empty(&self) -> bool {
        self.exact.len() == 0
    }

    /// Every value, exactly (built on demand for values read from data).
    pub fn exact(&self) -> Cow<'_, [BigRational]> {
        self.exact.all()
    }

    /// The value of one outcome, exactly.
    pub fn get(&self, outcome: usize) -> Cow<'_, BigRational> {
        self.exact.get(outcome)
    }

    /// Whether an outcome is impossible, without building its exact value.
    pub fn is_zero(&self, outcome: usize) -> bool {
        self.exact.is_zero(outcome)
    }

    pub(crate) fn approx(&self) -> &[f64] {
        &self.approx
    }

    /// One outcome's value as a fraction that need not be reduced.
    pub(crate) fn fraction(&self, outcome: usize) -> (BigInt, BigInt) {
        self.exact.fraction(outcome)
    }

    pub(crate) fn small(&self, outcome: usize) -> Option<(u64, u64)> {
        self.exact.small(outcome)
    }

    pub fn notation(&self) -> Notation {
        self.notation
    }

    /// Whether the values were divided by their sum, and why.
    pub fn normalization(&self) -> Option<&Normalization> {
        self.normalization.as_ref()
    }
}

/// A rational as a short decimal: six places, trailing zeros dropped.
fn approx(x: &BigRational) -> String {
    let text = format!("{:.6}", x.to_f64().unwrap_or(f64::NAN));
    text.trim_end_matches('0').trim_end_matches('.').to_string()
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
        assert_eq!(*d.exact(), [r(1, 4), r(3, 4)]);
        assert_eq!(Distribution::parse("0 0", true).unwrap_err(), DistributionError::ZeroTotal);
        assert!(matches!(
            Distribution::parse("1 -1", true).unwrap_err(),
            DistributionError::Negative { position: 2, .. }
        ));
    }
}
