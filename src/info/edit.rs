//! Editing a distribution while keeping it one: set a value, rebalance the rest exactly.
//!
//! Every operation works on exact rationals, so no sequence of edits can leave a sum of
//! 0.9999 or a negative probability behind.

use std::fmt;

use num_bigint::BigInt;
use num_integer::Integer;
use num_rational::BigRational;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::compact::Exact;
use super::distribution::{Distribution, Notation};

/// Why a value cannot be set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EditError {
    /// Every other outcome is locked, so nothing can absorb the change.
    AllOthersLocked,
    /// The value is outside what the locked outcomes leave free (0 to 1 when none is locked).
    OutOfRange { max: BigRational, locked: bool },
    /// The outcome being edited is itself locked.
    Locked,
}

impl fmt::Display for EditError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&match self {
            EditError::AllOthersLocked => crate::t!("edit-all-others-locked"),
            EditError::OutOfRange { max, locked: true } => {
                crate::t!("edit-out-of-range", max = max.to_string())
            }
            EditError::OutOfRange { locked: false, .. } => crate::t!("edit-out-of-range-free"),
            EditError::Locked => crate::t!("edit-locked"),
        })
    }
}

impl std::error::Error for EditError {}

/// The largest value outcome `i` may take: 1 minus the locked others.
pub fn max_value(d: &Distribution, i: usize, locks: &[bool]) -> BigRational {
    let locked: BigRational = (0..d.len())
        .filter(|&j| j != i && locks.get(j).copied().unwrap_or(false))
        .map(|j| d.get(j).into_owned())
        .sum();
    BigRational::one() - locked
}

/// Sets outcome `i` to `value` and rescales the unlocked others proportionally so the total
/// stays exactly 1 (with two outcomes, the other becomes the complement). Unlocked others
/// that are all 0 share the remainder equally.
pub fn set_value(
    d: &Distribution,
    i: usize,
    value: BigRational,
    locks: &[bool],
) -> Result<Distribution, EditError> {
    let locked = |j: usize| locks.get(j).copied().unwrap_or(false);
    if locked(i) {
        return Err(EditError::Locked);
    }
    let free: Vec<usize> = (0..d.len()).filter(|&j| j != i && !locked(j)).collect();
    let max = max_value(d, i, locks);
    if value.is_negative() || value > max {
        let others_locked = (0..d.len()).any(|j| j != i && locked(j));
        return Err(EditError::OutOfRange { max, locked: others_locked });
    }
    if free.is_empty() {
        return if value == *d.get(i) { Ok(d.clone()) } else { Err(EditError::AllOthersLocked) };
    }
    let remainder = &max - &value;
    // The values sum to 1, so the free ones sum to what the locked ones and i leave.
    let free_total = &max - &*d.get(i);
    // One factor for all the free values, and no reduction yet: a lesson may have 10⁵ of them,
    // and those that are snapped to a grid below never need their lowest terms.
    let factor = (!free_total.is_zero()).then(|| &remainder / &free_total);
    let share = &remainder / BigRational::from_integer(free.len().into());
    let mut values: Vec<BigRational> = (0..d.len())
        .map(|j| match (&factor, j == i || locked(j)) {
            (_, true) => d.get(j).into_owned(),
            (Some(factor), false) => {
                let (a, b) = d.fraction(j);
                BigRational::new_raw(a * factor.numer(), b * factor.denom())
            }
            (None, false) => share.clone(),
        })
        .collect();
    values[i] = value;
    if let Some(clean) = on_decimal_grid(d, &values, &free, &remainder) {
        return Ok(clean);
    }
    let reduced = |x: &BigRational| BigRational::new(x.numer().clone(), x.denom().clone());
    if !free.iter().any(|&j| reduced(&values[j]).denom().bits() > MAX_EXACT_BITS) {
        for &j in &free {
            values[j] = reduced(&values[j]);
        }
        return Ok(Distribution::new_unchecked(values, d.notation()));
    }
    let (grid, counts) = snap(&values, &free, &remainder);
    if let Some(on_grid) = on_grid(&values, &free, &counts, &grid) {
        return Ok(Distribution::from_exact(on_grid, d.notation(), None));
    }
    for (&j, count) in free.iter().zip(counts) {
        values[j] = BigRational::new(count, grid.clone());
    }
    Ok(Distribution::new_unchecked(values, d.notation()))
}

/// The most decimal places a rebalanced decimal distribution is kept to: beyond, values are
/// rescaled exactly as fractions are.
const MAX_DECIMAL_PLACES: u32 = 6;

/// How many decimal places `x` needs, if it has a short decimal form (2^a·5^b denominator).
fn decimal_places(x: &BigRational) -> Option<u32> {
    let mut d = x.denom().clone();
    let (mut twos, mut fives) = (0u32, 0u32);
    let (two, five) = (BigInt::from(2), BigInt::from(5));
    while d.is_multiple_of(&two) && twos <= MAX_DECIMAL_PLACES {
        d /= &two;
        twos += 1;
    }
    while d.is_multiple_of(&five) && fives <= MAX_DECIMAL_PLACES {
        d /= &five;
        fives += 1;
    }
    (d.is_one() && twos.max(fives) <= MAX_DECIMAL_PLACES).then_some(twos.max(fives))
}

/// A distribution written in decimals or percentages, rebalanced to values written as
/// cleanly as its values and the new one are: the free values rounded to the same decimal
/// places (at least whole percents), the rounding handed out by largest remainder so the sum
/// stays exactly 1, and no value that was positive made zero. `None` when the values have no
/// such short form, or the grid cannot hold them.
fn on_decimal_grid(
    d: &Distribution,
    values: &[BigRational],
    free: &[usize],
    remainder: &BigRational,
) -> Option<Distribution> {
    if d.notation() != Notation::Decimal {
        return None;
    }
    let mut places = 2;
    for x in d
        .exact()
        .iter()
        .chain(values.iter().enumerate().filter(|(j, _)| !free.contains(j)).map(|(_, x)| x))
    {
        places = places.max(decimal_places(x)?);
    }
    let grid = BigInt::from(10u64.pow(places));
    let scaled_total = remainder * BigRational::from_integer(grid.clone());
    if !scaled_total.is_integer() {
        return None;
    }
    let total = scaled_total.to_integer();
    let scaled: Vec<BigRational> =
        free.iter().map(|&j| &values[j] * BigRational::from_integer(grid.clone())).collect();
    let mut counts: Vec<BigInt> = scaled.iter().map(|x| x.floor().to_integer()).collect();
    let mut order: Vec<usize> = (0..free.len()).collect();
    order.sort_by(|&a, &b| (&scaled[b] - scaled[b].floor()).cmp(&(&scaled[a] - scaled[a].floor())));
    let assigned: BigInt = counts.iter().sum();
    let residue = (&total - assigned).to_usize()?;
    for &k in order.iter().cycle().take(residue) {
        counts[k] += 1;
    }
    // A value that was positive stays positive: its unit comes from the largest.
    for k in 0..free.len() {
        if counts[k].is_zero() && values[free[k]].is_positive() {
            let largest = (0..free.len()).max_by_key(|&m| counts[m].clone())?;
            if counts[largest] <= BigInt::one() {
                return None;
            }
            counts[largest] -= 1;
            counts[k] += 1;
        }
    }
    let mut clean = values.to_vec();
    for (&j, count) in free.iter().zip(counts) {
        clean[j] = BigRational::new(count, grid.clone());
    }
    Some(Distribution::new_unchecked(clean, Notation::Decimal))
}

/// Every value as a count of 1/grid, when all are whole counts that fit in a word (always so
/// without locks): held as integers over one total, with no gcd a value.
fn on_grid(
    values: &[BigRational],
    free: &[usize],
    counts: &[BigInt],
    grid: &BigInt,
) -> Option<Exact> {
    let mut mantissas = vec![0u64; values.len()];
    for (&j, count) in free.iter().zip(counts) {
        mantissas[j] = count.to_u64()?;
    }
    let mut free = free.iter().peekable();
    for (j, x) in values.iter().enumerate() {
        if free.next_if_eq(&&j).is_some() {
            continue;
        }
        let (count, rest) = (x.numer() * grid).div_rem(x.denom());
        mantissas[j] = if rest.is_zero() { count.to_u64()? } else { return None };
    }
    Some(Exact::Scaled { mantissas, shifts: Vec::new(), total: grid.to_biguint()? })
}

/// Denominators beyond 2^20 (about 10^6) are snapped to a decimal grid: exact proportional
/// rescaling multiplies denominators at every edit, and after a few dozen edits the numbers
/// would grow without bound and read as noise. Simple results (½ → ¼, ¼) stay as they are.
const MAX_EXACT_BITS: u64 = 20;

/// Significant digits every rebalanced non-zero value keeps when snapped.
const SNAP_DIGITS: i32 = 9;

/// Puts the free values on a grid 1/G fine enough to keep `SNAP_DIGITS` significant digits
/// of the smallest non-zero one, handing out the rounding residue by largest remainder so
/// they still sum to exactly `remainder`: returns G and each free value's count of 1/G.
/// Values that were zero stay zero; values that were positive stay positive.
fn snap(values: &[BigRational], free: &[usize], remainder: &BigRational) -> (BigInt, Vec<BigInt>) {
    let smallest = free
        .iter()
        .filter(|&&j| values[j].is_positive())
        .map(|&j| values[j].to_f64().unwrap_or(0.0))
        .fold(1.0f64, f64::min)
        .max(f64::MIN_POSITIVE);
    let places = (SNAP_DIGITS - smallest.log10().floor() as i32).max(SNAP_DIGITS) as usize;
    let decimal = num_traits::pow(BigInt::from(10), places);
    let grid = remainder.denom().lcm(&decimal);
    let total = (remainder * BigRational::from_integer(grid.clone())).to_integer();
    // value · grid = whole + remainder/denominator, by one integer division each (no gcd).
    let (mut counts, remainders): (Vec<BigInt>, Vec<f64>) = free
        .iter()
        .map(|&j| {
            let (whole, rest) = (values[j].numer() * &grid).div_rem(values[j].denom());
            let denom = values[j].denom().to_f64().unwrap_or(f64::INFINITY);
            (whole, rest.to_f64().unwrap_or(0.0) / denom)
        })
        .unzip();
    let assigned: BigInt = counts.iter().sum();
    let mut order: Vec<usize> = (0..free.len()).collect();
    // Largest remainder first (to double precision: the sum is exact whichever get the units).
    order.sort_by(|&a, &b| remainders[b].total_cmp(&remainders[a]));
    let residue = (total - assigned).to_usize().unwrap_or(0);
    for &k in order.iter().take(residue) {
        counts[k] += 1;
    }
    (grid, counts)
}

/// Moves outcome `i` by `delta`, stopping at the bounds the locks allow.
pub fn nudge(
    d: &Distribution,
    i: usize,
    delta: &BigRational,
    locks: &[bool],
) -> Result<Distribution, EditError> {
    let max = max_value(d, i, locks);
    let target = (&*d.get(i) + delta).clamp(BigRational::zero(), max);
    set_value(d, i, target, locks)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(n: i64, d: i64) -> BigRational {
        BigRational::new(n.into(), d.into())
    }

    fn dist(text: &str) -> Distribution {
        Distribution::parse(text, false).unwrap()
    }

    fn sum(d: &Distribution) -> BigRational {
        d.exact().iter().sum()
    }

    #[test]
    fn percentages_rebalance_to_whole_percents() {
        let d = Distribution::parse("40% 30% 20% 10%", false).unwrap();
        let up = nudge(&d, 0, &r(1, 100), &[false; 4]).unwrap();
        assert_eq!(*up.exact(), [r(41, 100), r(29, 100), r(20, 100), r(10, 100)]);
        assert_eq!(sum(&up), BigRational::one());
        let d = Distribution::parse("0.5 0.25 0.25", false).unwrap();
        let set = set_value(&d, 0, r(1, 3), &[false; 3]).unwrap();
        assert_eq!(set.exact()[1], r(1, 3), "a value with no decimal form is rescaled exactly");
    }

    #[test]
    fn two_outcomes_take_the_complement() {
        let d = nudge(&dist("1/4 3/4"), 0, &r(1, 100), &[false, false]).unwrap();
        assert_eq!(*d.exact(), [r(26, 100), r(74, 100)]);
    }

    #[test]
    fn others_rescale_proportionally_and_locks_hold() {
        let d = set_value(&dist("1/2 1/4 1/4"), 0, r(0, 1), &[false, false, false]).unwrap();
        assert_eq!(*d.exact(), [r(0, 1), r(1, 2), r(1, 2)]);
        let d = set_value(&dist("1/2 1/4 1/4"), 0, r(1, 4), &[false, true, false]).unwrap();
        assert_eq!(*d.exact(), [r(1, 4), r(1, 4), r(1, 2)]);
        assert_eq!(sum(&d), BigRational::one());
    }

    #[test]
    fn zeros_share_the_remainder_equally() {
        let d = set_value(&dist("1 0 0"), 0, r(1, 2), &[false; 3]).unwrap();
        assert_eq!(*d.exact(), [r(1, 2), r(1, 4), r(1, 4)]);
    }

    #[test]
    fn nudges_stop_at_the_bounds() {
        let d = nudge(&dist("0.995 0.005"), 0, &r(1, 100), &[false, false]).unwrap();
        assert_eq!(*d.exact(), [r(1, 1), r(0, 1)]);
        let d = nudge(&dist("1/2 1/4 1/4"), 0, &r(1, 1), &[false, true, false]).unwrap();
        assert_eq!(*d.exact(), [r(3, 4), r(1, 4), r(0, 1)]);
    }

    #[test]
    fn tiny_probabilities_survive_rebalancing() {
        let mut d = dist("0.5 0.3 0.2");
        d = set_value(&d, 1, r(1, 3), &[false; 3]).unwrap();
        d = set_value(
            &d,
            2,
            BigRational::new(1.into(), num_traits::pow(BigInt::from(10), 30)),
            &[false; 3],
        )
        .unwrap();
        for k in 0..50 {
            d = nudge(&d, k % 2, &r(1, 100), &[false; 3]).unwrap();
            assert!(d.get(2).is_positive());
            assert_eq!(sum(&d), BigRational::one());
        }
    }

    #[test]
    fn refuses_what_cannot_balance() {
        let d = dist("1/2 1/4 1/4");
        assert_eq!(
            set_value(&d, 0, r(1, 3), &[false, true, true]),
            Err(EditError::AllOthersLocked)
        );
        assert_eq!(set_value(&d, 0, r(1, 3), &[true, false, false]), Err(EditError::Locked));
        assert_eq!(
            set_value(&d, 0, r(9, 10), &[false, true, false]),
            Err(EditError::OutOfRange { max: r(3, 4), locked: true })
        );
        let free = set_value(&d, 0, r(3, 2), &[false; 3]).unwrap_err();
        assert_eq!(free, EditError::OutOfRange { max: r(1, 1), locked: false });
        assert!(!free.to_string().contains("lock"), "{free}");
    }

    #[test]
    fn many_edits_keep_an_exact_distribution_with_bounded_numbers() {
        let mut d = dist("0.1 0.2 0.3 0.4");
        for k in 0..200 {
            let delta = if k % 3 == 0 { r(-7, 1000) } else { r(1, 100) };
            d = nudge(&d, k % 4, &delta, &[false; 4]).unwrap();
            assert_eq!(sum(&d), BigRational::one());
            assert!(d.exact().iter().all(|x| x.is_positive()));
            assert!(d.exact().iter().all(|x| x.denom().bits() <= 64), "{:?}", d.exact());
        }
    }
}
