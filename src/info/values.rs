//! Building a distribution value by value, at the speed of the text it is read from.
//!
//! Most values parse without allocating: an integer or decimal becomes a mantissa and a power
//! of ten, a fraction of small integers two words. Their exact sum is kept as it goes — one
//! u128 per power of ten for decimals, one reduced u128 fraction for fractions — so checking
//! that a million values sum to 1, and dividing by the sum, costs integer additions and one big
//! division. Anything else (`1.5/3`, 25-digit numbers) is parsed exactly by
//! [`parse_exact`] and the whole list continues as rationals.
//!
//! Rounded input is accepted in [`SumRule::Rounded`]: probabilities printed by a program sum
//! to 1 only up to the rounding of their last digit and of the floating-point sum that
//! normalised them. The tolerance is the sum, over the values written as decimals, of half a
//! unit of the value's last written digit plus 2⁻⁵³ (one rounding of a double-precision
//! running sum per value), and never more than [`MAX_ROUNDING`].

use num_bigint::BigUint;
use num_rational::BigRational;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::compact::{Exact, pow10};
use super::distribution::{Distribution, DistributionError, Normalization, Notation};
use super::exact::{MAX_EXPONENT, NumberError, parse_exact};

/// The most a sum may differ from 1 and still be taken as 1 up to rounding.
pub const MAX_ROUNDING: f64 = 1e-9;

/// What the sum of the values must be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SumRule {
    /// Exactly 1: lessons, which are teaching material.
    Exact,
    /// 1 up to the rounding of the written digits (see the module documentation); such
    /// values are divided by their exact sum.
    Rounded,
    /// Any positive total: weights or counts, divided by their sum.
    Normalize,
}

/// Why one value cannot be part of the distribution.
#[derive(Debug, Clone, PartialEq)]
pub enum ValueError {
    Number(NumberError),
    Negative(BigRational),
    AboveOne(BigRational),
}

/// A number read without allocating.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Quick {
    /// mantissa · 10^exponent; `decimal` when written with a point, an exponent or `%`.
    Decimal {
        mantissa: u64,
        exponent: i32,
        decimal: bool,
    },
    Fraction(u64, u64),
}

/// Reads a run of ASCII digits into `value` (wrapping: the caller checks the count), returning
/// how many there were; `significant` counts those after the leading zeros.
#[inline]
fn digits(bytes: &[u8], at: &mut usize, value: &mut u64, significant: &mut usize) -> usize {
    let start = *at;
    while let Some(&b) = bytes.get(*at) {
        let d = b.wrapping_sub(b'0');
        if d > 9 {
            break;
        }
        *significant += usize::from(*value != 0 || d != 0);
        *value = value.wrapping_mul(10).wrapping_add(d as u64);
        *at += 1;
    }
    *at - start
}

/// 19 digits always fit in a u64; longer runs are judged by [`parse_exact`].
const SAFE_DIGITS: usize = 19;

/// Parses the common shapes — `[+]digits[.digits][e±digits][%]` and `digits/digits` — into
/// words, with the sign apart; `None` for anything else, which [`parse_exact`] then judges.
#[inline]
fn quick(text: &[u8]) -> Option<(bool, Quick)> {
    let (negative, rest) = match text.first()? {
        b'-' => (true, &text[1..]),
        b'+' => (false, &text[1..]),
        _ => (false, text),
    };
    let mut at = 0;
    let mut mantissa = 0u64;
    let mut significant = 0;
    let whole = digits(rest, &mut at, &mut mantissa, &mut significant);
    if rest.get(at) == Some(&b'/') {
        at += 1;
        let (mut denom, mut denom_significant) = (0u64, 0);
        let written = digits(rest, &mut at, &mut denom, &mut denom_significant);
        let fits = significant <= SAFE_DIGITS && denom_significant <= SAFE_DIGITS;
        return (fits && whole > 0 && written > 0 && at == rest.len() && denom != 0)
            .then_some((negative, Quick::Fraction(mantissa, denom)));
    }
    let mut frac = 0;
    let point = rest.get(at) == Some(&b'.');
    if point {
        at += 1;
        frac = digits(rest, &mut at, &mut mantissa, &mut significant);
    }
    if whole + frac == 0 || significant > SAFE_DIGITS {
        return None;
    }
    let mut exponent = -(frac as i32);
    let mut decimal = point;
    if let Some(b'e' | b'E') = rest.get(at) {
        at += 1;
        let sign = match rest.get(at) {
            Some(b'-') => {
                at += 1;
                -1
            }
            Some(b'+') => {
                at += 1;
                1
            }
            _ => 1,
        };
        let (mut written, mut ignored) = (0u64, 0);
        let count = digits(rest, &mut at, &mut written, &mut ignored);
        if count == 0 || count > 6 {
            return None;
        }
        exponent += sign * written as i32;
        decimal = true;
    }
    if rest.get(at) == Some(&b'%') {
        at += 1;
        exponent -= 2;
        decimal = true;
    }
    (at == rest.len() && exponent.unsigned_abs() as i64 <= MAX_EXPONENT)
        .then_some((negative, Quick::Decimal { mantissa, exponent, decimal }))
}

/// Decimal exponents are stored offset by this, so every accepted one indexes an array.
const OFFSET: i32 = MAX_EXPONENT as i32 + 20;

/// Decimals and counts: mantissas with their exponents, and the exact sum per exponent.
#[derive(Debug, Default)]
struct Decimals {
    mantissas: Vec<u64>,
    exponents: Vec<i16>,
    /// Σ mantissa per exponent (index exponent + OFFSET); full sums move to `spilled`.
    sums: Vec<u128>,
    spilled: Vec<(i32, BigUint)>,
    /// How many values written as decimals have each exponent: the rounding tolerance.
    written: Vec<u32>,
    lowest: i32,
    highest: i32,
}

impl Decimals {
    fn push(&mut self, mantissa: u64, exponent: i32, decimal: bool) {
        if self.sums.is_empty() {
            self.sums = vec![0; 2 * OFFSET as usize + 1];
            self.written = vec![0; 2 * OFFSET as usize + 1];
            (self.lowest, self.highest) = (i32::MAX, i32::MIN);
        }
        let index = (exponent + OFFSET) as usize;
        if decimal {
            self.written[index] += 1;
        }
        self.mantissas.push(mantissa);
        self.exponents.push(exponent as i16);
        if mantissa == 0 {
            return;
        }
        self.lowest = self.lowest.min(exponent);
        self.highest = self.highest.max(exponent);
        let sum = &mut self.sums[index];
        match sum.checked_add(mantissa as u128) {
            Some(s) => *sum = s,
            None => {
                self.spilled.push((exponent, BigUint::from(*sum)));
                *sum = mantissa as u128;
            }
        }
    }

    /// The exact sum as an integer count of 10^lowest.
    fn total(&self) -> BigUint {
        let mut total = BigUint::zero();
        if self.highest < self.lowest {
            return total;
        }
        for e in self.lowest..=self.highest {
            let sum = self.sums[(e + OFFSET) as usize];
            if sum != 0 {
                total += BigUint::from(sum) * pow10((e - self.lowest) as u32);
            }
        }
        for (e, sum) in &self.spilled {
            total += sum * pow10((e - self.lowest) as u32);
        }
        total
    }

    /// Σ over values written as decimals of half a unit of their last digit, plus 2⁻⁵³.
    fn allowance(&self) -> f64 {
        let mut allowance = 0.0;
        for (index, &count) in self.written.iter().enumerate().filter(|(_, c)| **c > 0) {
            allowance += count as f64 * rounding_of(index as i32 - OFFSET);
        }
        allowance
    }

    fn value(&self, i: usize) -> BigRational {
        decimal_value(self.mantissas[i], self.exponents[i] as i32)
    }

    /// The values divided by their sum: integers over one total.
    fn into_exact(self, total: BigUint) -> Exact {
        let lowest = self.lowest;
        let shifts: Vec<u16> = if self.lowest == self.highest {
            Vec::new()
        } else {
            self.exponents
                .iter()
                .zip(&self.mantissas)
                .map(|(&e, &m)| if m == 0 { 0 } else { (e as i32 - lowest) as u16 })
                .collect()
        };
        Exact::Scaled { mantissas: self.mantissas, shifts, total }
    }
}

/// What rounding may have done to one value whose last written digit is worth 10^exponent:
/// half that unit, plus 2⁻⁵³ for the double-precision sum that normalised the values.
fn rounding_of(exponent: i32) -> f64 {
    0.5 * 10f64.powi(exponent) + f64::EPSILON / 2.0
}

/// The exponent of the last written digit of a decimal outside the quick shapes
/// (`0.000…1` with many digits, `1_000.5`), or `None` for a fraction.
fn last_digit_exponent(text: &str) -> Option<i32> {
    if text.contains('/') {
        return None;
    }
    let (text, percent) = match text.strip_suffix('%') {
        Some(t) => (t, -2),
        None => (text, 0),
    };
    let (mantissa, exponent) = match text.split_once(['e', 'E']) {
        Some((m, e)) => (m, e.parse::<i32>().ok()?),
        None => (text, 0),
    };
    let frac = mantissa
        .split_once('.')
        .map_or(0, |(_, f)| f.chars().filter(|c| c.is_ascii_digit()).count());
    Some(exponent - frac as i32 + percent)
}

fn decimal_value(mantissa: u64, exponent: i32) -> BigRational {
    let power = pow10(exponent.unsigned_abs());
    let mantissa = BigUint::from(mantissa);
    if exponent >= 0 {
        BigRational::from_integer((mantissa * power).into())
    } else {
        BigRational::new(mantissa.into(), power.into())
    }
}

/// Fractions of two words, and their exact sum as a reduced u128 fraction while it fits.
#[derive(Debug)]
struct Fractions {
    pairs: Vec<(u64, u64)>,
    small_sum: Option<(u128, u128)>,
    big_sum: BigRational,
}

impl Default for Fractions {
    fn default() -> Self {
        Fractions { pairs: Vec::new(), small_sum: Some((0, 1)), big_sum: BigRational::zero() }
    }
}

impl Fractions {
    fn push(&mut self, a: u64, b: u64) {
        self.pairs.push((a, b));
        if let Some((n, d)) = self.small_sum {
            self.small_sum = add_small(n, d, a as u128, b as u128);
            if self.small_sum.is_none() {
                self.big_sum = BigRational::new(n.into(), d.into());
            } else {
                return;
            }
        }
        self.big_sum += BigRational::new(a.into(), b.into());
    }

    fn sum(&self) -> BigRational {
        match self.small_sum {
            Some((n, d)) => BigRational::new(n.into(), d.into()),
            None => self.big_sum.clone(),
        }
    }
}

/// n/d + a/b in u128, with d a multiple of b in the common case (fractions of one total).
fn add_small(n: u128, d: u128, a: u128, b: u128) -> Option<(u128, u128)> {
    if d.is_multiple_of(b) {
        return Some((n.checked_add(a.checked_mul(d / b)?)?, d));
    }
    let g = num_integer::gcd(d, b);
    let denom = (d / g).checked_mul(b)?;
    let numer = n.checked_mul(b / g)?.checked_add(a.checked_mul(d / g)?)?;
    let g = num_integer::gcd(numer, denom);
    Some((numer / g, denom / g))
}

#[derive(Debug, Default)]
enum Store {
    #[default]
    Empty,
    Decimals(Decimals),
    Fractions(Fractions),
    Rationals(Vec<BigRational>),
}

/// A distribution being read, one value at a time.
#[derive(Debug)]
pub struct Values {
    rule: SumRule,
    store: Store,
    decimal_notation: bool,
    /// The rounding allowance of decimals held outside the `Decimals` store.
    allowance: f64,
}

impl Values {
    pub fn new(rule: SumRule) -> Values {
        Values { rule, store: Store::Empty, decimal_notation: false, allowance: 0.0 }
    }

    pub fn len(&self) -> usize {
        match &self.store {
            Store::Empty => 0,
            Store::Decimals(d) => d.mantissas.len(),
            Store::Fractions(f) => f.pairs.len(),
            Store::Rationals(r) => r.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Adds one value written as text.
    pub fn push(&mut self, text: &str) -> Result<(), ValueError> {
        self.push_bytes(text.as_bytes())
    }

    /// Adds one value written as bytes, straight from a file's buffer: only a value outside
    /// the common shapes is checked for UTF-8 and parsed the slow way.
    pub fn push_bytes(&mut self, bytes: &[u8]) -> Result<(), ValueError> {
        match quick(bytes) {
            Some((false, number)) => {
                self.check_at_most_one(&number)?;
                self.push_quick(number);
                Ok(())
            }
            Some((true, number)) if is_zero(&number) => {
                self.push_quick(number);
                Ok(())
            }
            _ => {
                let text = std::str::from_utf8(bytes)
                    .map_err(|_| ValueError::Number(NumberError::Unparsable))?;
                let value = parse_exact(text).map_err(ValueError::Number)?;
                if value.is_negative() {
                    return Err(ValueError::Negative(value));
                }
                if self.rule != SumRule::Normalize && value > BigRational::one() {
                    return Err(ValueError::AboveOne(value));
                }
                if !text.contains('/') && text.contains(['.', 'e', 'E', '%']) {
                    self.decimal_notation = true;
                    self.allowance += last_digit_exponent(text).map_or(0.0, rounding_of);
                }
                self.rationals().push(value);
                Ok(())
            }
        }
    }

    fn check_at_most_one(&self, number: &Quick) -> Result<(), ValueError> {
        if self.rule == SumRule::Normalize {
            return Ok(());
        }
        let above = match *number {
            Quick::Decimal { mantissa, exponent, .. } => {
                mantissa != 0
                    && (exponent >= 0 && !(mantissa == 1 && exponent == 0)
                        || exponent < 0
                            && exponent > -20
                            && mantissa > 10u64.pow(exponent.unsigned_abs()))
            }
            Quick::Fraction(a, b) => a > b,
        };
        if above { Err(ValueError::AboveOne(quick_value(*number))) } else { Ok(()) }
    }

    fn push_quick(&mut self, number: Quick) {
        match (&mut self.store, number) {
            (Store::Empty, Quick::Decimal { .. }) => {
                self.store = Store::Decimals(Decimals::default())
            }
            (Store::Empty, Quick::Fraction(..)) => {
                self.store = Store::Fractions(Fractions::default())
            }
            _ => {}
        }
        match (&mut self.store, number) {
            (Store::Decimals(d), Quick::Decimal { mantissa, exponent, decimal }) => {
                self.decimal_notation |= decimal;
                d.push(mantissa, exponent, decimal);
            }
            (Store::Fractions(f), Quick::Fraction(a, b)) => f.push(a, b),
            _ => {
                if let Quick::Decimal { decimal: true, exponent, .. } = number {
                    self.decimal_notation = true;
                    self.allowance += rounding_of(exponent);
                }
                self.rationals().push(quick_value(number));
            }
        }
    }

    /// The values as rationals, converting those read so far: for mixed or unusual lists.
    fn rationals(&mut self) -> &mut Vec<BigRational> {
        let values = match std::mem::take(&mut self.store) {
            Store::Empty => Vec::new(),
            Store::Decimals(d) => {
                self.allowance += d.allowance();
                (0..d.mantissas.len()).map(|i| d.value(i)).collect()
            }
            Store::Fractions(f) => {
                f.pairs.iter().map(|&(a, b)| BigRational::new(a.into(), b.into())).collect()
            }
            Store::Rationals(r) => r,
        };
        self.store = Store::Rationals(values);
        match &mut self.store {
            Store::Rationals(r) => r,
            _ => unreachable!("the store was just made rationals"),
        }
    }

    /// The distribution, if the values' sum satisfies the rule.
    pub fn finish(self) -> Result<Distribution, DistributionError> {
        let notation = if self.decimal_notation { Notation::Decimal } else { Notation::Fraction };
        let (rule, allowance) = (self.rule, self.allowance);
        let (exact, normalization) = match self.store {
            Store::Empty => return Err(DistributionError::Empty),
            Store::Decimals(d) => {
                let total = d.total();
                let sum = match total.is_zero() {
                    true => BigRational::zero(),
                    false => {
                        BigRational::from_integer(total.clone().into()) * decimal_value(1, d.lowest)
                    }
                };
                let normalization = judge(rule, &sum, d.allowance() + allowance)?;
                (d.into_exact(total), normalization)
            }
            Store::Fractions(f) => {
                let sum = f.sum();
                let normalization = judge(rule, &sum, allowance)?;
                (Exact::Fractions { pairs: f.pairs, sum }, normalization)
            }
            Store::Rationals(r) => {
                let sum: BigRational = r.iter().sum();
                let normalization = judge(rule, &sum, allowance)?;
                let values = match sum.is_one() {
                    true => r,
                    false => r.into_iter().map(|v| v / &sum).collect(),
                };
                (Exact::rationals(values), normalization)
            }
        };
        Ok(Distribution::from_exact(exact, notation, normalization))
    }
}

/// Whether `sum` is acceptable under `rule`, and how the values were normalised if they were;
/// `allowance` is what rounding may explain, capped at [`MAX_ROUNDING`].
fn judge(
    rule: SumRule,
    sum: &BigRational,
    allowance: f64,
) -> Result<Option<Normalization>, DistributionError> {
    let tolerance = allowance.min(MAX_ROUNDING);
    if sum.is_one() {
        return Ok(None);
    }
    let off_by = || (sum - BigRational::one()).abs().to_f64().unwrap_or(f64::INFINITY);
    match rule {
        SumRule::Normalize if sum.is_zero() => Err(DistributionError::ZeroTotal),
        SumRule::Normalize => Ok(Some(Normalization::Requested(sum.clone()))),
        SumRule::Rounded if off_by() <= tolerance => Ok(Some(Normalization::Rounding(sum.clone()))),
        _ => Err(DistributionError::SumNotOne { sum: sum.clone() }),
    }
}

fn is_zero(number: &Quick) -> bool {
    matches!(number, Quick::Decimal { mantissa: 0, .. } | Quick::Fraction(0, _))
}

fn quick_value(number: Quick) -> BigRational {
    match number {
        Quick::Decimal { mantissa, exponent, .. } => decimal_value(mantissa, exponent),
        Quick::Fraction(a, b) => BigRational::new(a.into(), b.into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(texts: &[&str], rule: SumRule) -> Result<Distribution, DistributionError> {
        let mut values = Values::new(rule);
        for t in texts {
            values.push(t).unwrap();
        }
        values.finish()
    }

    fn r(n: i64, d: i64) -> BigRational {
        BigRational::new(n.into(), d.into())
    }

    #[test]
    fn quick_numbers() {
        let dec = |m, e, d| Some((false, Quick::Decimal { mantissa: m, exponent: e, decimal: d }));
        assert_eq!(quick(b"0.125"), dec(125, -3, true));
        assert_eq!(quick(b"1.25e-1"), dec(125, -3, true));
        assert_eq!(quick(b"12.5%"), dec(125, -3, true));
        assert_eq!(quick(b"7"), dec(7, 0, false));
        assert_eq!(quick(b"5."), dec(5, 0, true));
        assert_eq!(quick(b".5"), dec(5, -1, true));
        assert_eq!(quick(b"3/8"), Some((false, Quick::Fraction(3, 8))));
        // Leading zeros are not significant: 21 digits written, 4 of them significant.
        assert_eq!(quick(b"0.00000000000000001234"), dec(1234, -20, true));
        assert_eq!(quick(b"-0.5").map(|q| q.0), Some(true));
        let slow =
            ["1/0", "1.5/3", "0.3.1", "1e", ".", "1_000", "99999999999999999999", "1e1234567"];
        for slow in slow {
            assert_eq!(quick(slow.as_bytes()), None, "{slow}");
        }
    }

    #[test]
    fn every_store_gives_the_same_exact_values() {
        let decimals = read(&["0.25", "0.5", "25%"], SumRule::Exact).unwrap();
        let fractions = read(&["1/4", "1/2", "1/4"], SumRule::Exact).unwrap();
        let mixed = read(&["1/4", "0.5", "25%"], SumRule::Exact).unwrap();
        let want = [r(1, 4), r(1, 2), r(1, 4)];
        for d in [&decimals, &fractions, &mixed] {
            assert_eq!(*d.exact(), want);
            assert_eq!(d.approx(), [0.25, 0.5, 0.25]);
        }
        assert_eq!(decimals.notation(), Notation::Decimal);
        assert_eq!(fractions.notation(), Notation::Fraction);
    }

    #[test]
    fn counts_are_normalised_exactly() {
        let d = read(&["1", "3", "0"], SumRule::Normalize).unwrap();
        assert_eq!(*d.exact(), [r(1, 4), r(3, 4), r(0, 1)]);
        assert_eq!(d.normalization(), Some(&Normalization::Requested(r(4, 1))));
        assert_eq!(d.small(1), Some((3, 4)));
        assert_eq!(read(&["0", "0.0"], SumRule::Normalize), Err(DistributionError::ZeroTotal));
    }

    #[test]
    fn rounding_is_forgiven_only_where_the_digits_explain_it() {
        // Thirds to 16 places sum to 1 − 1e-16, within 3 × 0.5e-16.
        let thirds = ["0.3333333333333333"; 3];
        let d = read(&thirds, SumRule::Rounded).unwrap();
        let sum = r(9_999_999_999_999_999, 10_000_000_000_000_000);
        assert_eq!(d.normalization(), Some(&Normalization::Rounding(sum.clone())));
        assert_eq!(*d.get(0), r(1, 3));
        assert_eq!(read(&thirds, SumRule::Exact), Err(DistributionError::SumNotOne { sum }));
        // Three places: the rounding could explain it, but it is above the 1e-9 cap.
        assert!(read(&["0.333"; 3], SumRule::Rounded).is_err());
        // Too many digits for a machine word: read exactly the slow way, forgiven the same.
        let long = ["0.33333333333333333333333"; 3];
        assert!(read(&long, SumRule::Rounded).unwrap().normalization().is_some());
        assert_eq!(last_digit_exponent("1_000.25e-3"), Some(-5));
        assert_eq!(last_digit_exponent("12.5%"), Some(-3));
        // Exact fractions are never forgiven.
        assert!(read(&["1/3", "1/3", "1/3", "1/1000000000000"], SumRule::Rounded).is_err());
    }

    #[test]
    fn values_are_checked_as_they_come() {
        let mut values = Values::new(SumRule::Rounded);
        assert_eq!(values.push("-0.5"), Err(ValueError::Negative(r(-1, 2))));
        assert_eq!(values.push("1.5"), Err(ValueError::AboveOne(r(3, 2))));
        assert_eq!(values.push("3/2"), Err(ValueError::AboveOne(r(3, 2))));
        assert_eq!(values.push("2"), Err(ValueError::AboveOne(r(2, 1))));
        assert_eq!(values.push("0.3.1"), Err(ValueError::Number(NumberError::Unparsable)));
        assert!(
            values.push("-0").is_ok() && values.push("1").is_ok() && values.push("0.1").is_ok()
        );
        let mut weights = Values::new(SumRule::Normalize);
        assert!(weights.push("12").is_ok());
    }

    #[test]
    fn long_and_spread_values_stay_exact() {
        let tiny = "0.000000000000000000000000000001";
        let d =
            read(&[tiny, "1e-300", "0.5", "99999999999999999999e-20"], SumRule::Normalize).unwrap();
        let total = d.exact().iter().sum::<BigRational>();
        assert!(total.is_one());
        assert!(d.approx()[1] > 0.0 && d.approx()[1] < 1e-299);
    }
}
