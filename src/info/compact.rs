//! How a distribution's exact values are held: compactly when they came from a data file.
//!
//! A million values as `BigRational`s cost over 100 bytes each and an allocation apiece. Values
//! read from data are nearly always integers (counts), decimals or fractions of machine-word
//! integers, so they are kept as words: decimals and counts as integers over one shared total
//! (the power of ten they share cancels when they are divided by their sum), fractions as
//! numerator–denominator pairs over their exact sum. Each exact value is built on demand, which
//! only derivations of small distributions and the rare exact paths of the kernels do.

use std::borrow::Cow;

use num_bigint::{BigInt, BigUint};
use num_rational::BigRational;
use num_traits::{One, ToPrimitive, Zero};

/// The exact values of a distribution.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Exact {
    /// Any rationals: lessons, edits, and values too long for a machine word.
    Rationals {
        values: Vec<BigRational>,
        /// Numerator and denominator where both fit in a u64 (denominator 0 where not): lets
        /// the near-1 ratios be formed exactly in u128 arithmetic.
        small: Vec<(u64, u64)>,
    },
    /// Value i is `mantissas[i] · 10^shifts[i] / total`; `shifts` is empty when all are 0.
    Scaled { mantissas: Vec<u64>, shifts: Vec<u16>, total: BigUint },
    /// Value i is `pairs[i].0 / pairs[i].1 / sum`.
    Fractions { pairs: Vec<(u64, u64)>, sum: BigRational },
}

/// 10^k as a big integer.
pub(crate) fn pow10(k: u32) -> BigUint {
    num_traits::pow(BigUint::from(10u32), k as usize)
}

impl Exact {
    pub fn rationals(values: Vec<BigRational>) -> Exact {
        let small = values
            .iter()
            .map(|v| v.numer().to_u64().zip(v.denom().to_u64()).unwrap_or((0, 0)))
            .collect();
        Exact::Rationals { values, small }
    }

    pub fn len(&self) -> usize {
        match self {
            Exact::Rationals { values, .. } => values.len(),
            Exact::Scaled { mantissas, .. } => mantissas.len(),
            Exact::Fractions { pairs, .. } => pairs.len(),
        }
    }

    fn shift(shifts: &[u16], i: usize) -> u32 {
        shifts.get(i).map_or(0, |&s| s as u32)
    }

    /// Value i, exactly.
    pub fn get(&self, i: usize) -> Cow<'_, BigRational> {
        match self {
            Exact::Rationals { values, .. } => Cow::Borrowed(&values[i]),
            Exact::Scaled { mantissas, shifts, total } => {
                let numer = BigUint::from(mantissas[i]) * pow10(Self::shift(shifts, i));
                Cow::Owned(BigRational::new(numer.into(), total.clone().into()))
            }
            Exact::Fractions { pairs, sum } => {
                let (a, b) = pairs[i];
                Cow::Owned(BigRational::new(a.into(), b.into()) / sum)
            }
        }
    }

    /// Value i as numerator and denominator, not reduced: no gcd, for cross products.
    pub fn fraction(&self, i: usize) -> (BigInt, BigInt) {
        match self {
            Exact::Rationals { values, .. } => {
                (values[i].numer().clone(), values[i].denom().clone())
            }
            Exact::Scaled { mantissas, shifts, total } => {
                let numer = BigUint::from(mantissas[i]) * pow10(Self::shift(shifts, i));
                (numer.into(), total.clone().into())
            }
            Exact::Fractions { pairs, sum } => {
                let (a, b) = pairs[i];
                (BigInt::from(a) * sum.denom(), BigInt::from(b) * sum.numer())
            }
        }
    }

    pub fn is_zero(&self, i: usize) -> bool {
        match self {
            Exact::Rationals { values, .. } => values[i].is_zero(),
            Exact::Scaled { mantissas, .. } => mantissas[i] == 0,
            Exact::Fractions { pairs, .. } => pairs[i].0 == 0,
        }
    }

    /// Value i as a fraction of two u64s (not necessarily reduced), when it is one.
    pub fn small(&self, i: usize) -> Option<(u64, u64)> {
        match self {
            Exact::Rationals { small, .. } => {
                let (numer, denom) = small[i];
                (denom != 0).then_some((numer, denom))
            }
            Exact::Scaled { mantissas, shifts, total } => {
                let total = total.to_u64()?;
                let numer = 10u64.checked_pow(Self::shift(shifts, i))?.checked_mul(mantissas[i])?;
                Some((numer, total))
            }
            Exact::Fractions { pairs, sum } => sum.is_one().then_some(pairs[i]),
        }
    }

    /// The f64 image of every value, each within two ulps of the exact value.
    pub fn approximations(&self) -> Vec<f64> {
        match self {
            Exact::Rationals { values, .. } => {
                values.iter().map(|v| v.to_f64().unwrap_or(0.0)).collect()
            }
            Exact::Scaled { mantissas, shifts, total } => {
                // One correctly rounded factor 10^s / total per shift in use, then one product
                // a value: the per-value cost of a multiplication instead of a big division.
                let top = shifts.iter().copied().max().unwrap_or(0) as usize;
                let mut in_use = vec![shifts.is_empty(); top + 1];
                for &s in shifts {
                    in_use[s as usize] = true;
                }
                let total = BigInt::from(total.clone());
                let factors: Vec<f64> = (0..=top)
                    .map(|s| match in_use[s] {
                        true => BigRational::new(pow10(s as u32).into(), total.clone())
                            .to_f64()
                            .unwrap_or(0.0),
                        false => 0.0,
                    })
                    .collect();
                mantissas
                    .iter()
                    .enumerate()
                    .map(|(i, &m)| m as f64 * factors[Self::shift(shifts, i) as usize])
                    .collect()
            }
            Exact::Fractions { pairs, sum } => {
                let inverse = sum.recip().to_f64().unwrap_or(1.0);
                pairs.iter().map(|&(a, b)| a as f64 / b as f64 * inverse).collect()
            }
        }
    }

    /// Every exact value: borrowed when they are held as rationals, built otherwise.
    pub fn all(&self) -> Cow<'_, [BigRational]> {
        match self {
            Exact::Rationals { values, .. } => Cow::Borrowed(values),
            _ => Cow::Owned((0..self.len()).map(|i| self.get(i).into_owned()).collect()),
        }
    }
}
