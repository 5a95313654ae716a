//! Parsing numbers into exact rationals.
//!
//! Everything a user can type for a probability — `1/8`, `0.125`, `1.25e-1`, `12.5%` — becomes a
//! `BigRational` with no rounding, so `0.1 + 0.2 + 0.7` is exactly 1 and no later edit can drift.

use std::fmt;

use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::Zero;

/// The largest decimal exponent accepted; `1e-100000000` would otherwise allocate gigabytes.
pub const MAX_EXPONENT: i64 = 4000;

/// Why a piece of text is not a number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NumberError {
    Empty,
    NotANumber,
    Infinite,
    ZeroDenominator,
    ExponentTooLarge,
    Unparsable,
}

impl fmt::Display for NumberError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // What is wrong with a quoted text: the caller writes "`0.x` " before it.
        f.write_str(&match self {
            NumberError::Empty => crate::t!("number-empty"),
            NumberError::NotANumber => crate::t!("number-nan"),
            NumberError::Infinite => crate::t!("number-infinite"),
            NumberError::ZeroDenominator => crate::t!("number-zero-denominator"),
            NumberError::ExponentTooLarge => crate::t!("number-exponent-too-large"),
            NumberError::Unparsable => crate::t!("number-unparsable"),
        })
    }
}

/// `text` with the full-width digits and signs that Chinese and Japanese input methods type
/// (`１．７５`, `1／8`, `４０％`, `0.5，0.5`) as their ASCII forms, the ideographic full stop
/// (`。`) as a point.
pub fn ascii_forms(text: &str) -> std::borrow::Cow<'_, str> {
    if text.is_ascii() {
        return std::borrow::Cow::Borrowed(text);
    }
    std::borrow::Cow::Owned(text.chars().map(ascii_form).collect())
}

/// The ASCII character a full-width one stands for in a number, else the character itself.
pub fn ascii_form(c: char) -> char {
    match c {
        '。' => '.',
        '\u{3000}' => ' ',
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        other => other,
    }
}

/// Parses a number as a person types it: [`parse_exact`], after full-width digits and signs
/// are read as their ASCII forms; a lone comma is a decimal point (`0，5`, `0,5`).
pub fn parse_typed(text: &str) -> Result<BigRational, NumberError> {
    let text = ascii_forms(text);
    if text.matches(',').count() == 1 && !text.contains('.') {
        return parse_exact(&text.replace(',', "."));
    }
    parse_exact(&text)
}

/// Parses a fraction, a decimal, scientific notation or a percentage, exactly.
pub fn parse_exact(text: &str) -> Result<BigRational, NumberError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(NumberError::Empty);
    }
    let bare = text.trim_start_matches(['+', '-']).to_ascii_lowercase();
    if bare == "nan" {
        return Err(NumberError::NotANumber);
    }
    if bare == "inf" || bare == "infinity" || bare == "∞" {
        return Err(NumberError::Infinite);
    }
    if let Some((numer, denom)) = text.split_once('/') {
        let numer = parse_decimal(numer.trim())?;
        let denom = parse_decimal(denom.trim())?;
        if denom.is_zero() {
            return Err(NumberError::ZeroDenominator);
        }
        return Ok(numer / denom);
    }
    if let Some(percent) = text.strip_suffix('%') {
        return Ok(parse_decimal(percent.trim())? / BigRational::from_integer(100.into()));
    }
    parse_decimal(text)
}

/// Parses `[+-]digits[.digits][e[+-]digits]`, the shape TOML floats and most tools print.
fn parse_decimal(text: &str) -> Result<BigRational, NumberError> {
    let (negative, rest) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    let (mantissa, exponent) = match rest.find(['e', 'E']) {
        Some(at) => {
            let exp_text = &rest[at + 1..];
            let digits = exp_text.trim_start_matches(['+', '-']);
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return Err(NumberError::Unparsable);
            }
            if digits.len() > 6 {
                return Err(NumberError::ExponentTooLarge);
            }
            let exp: i64 = exp_text.parse().map_err(|_| NumberError::Unparsable)?;
            (&rest[..at], exp)
        }
        None => (rest, 0),
    };
    // TOML allows `_` between digits; accept it so TOML numbers and strings read alike.
    let mantissa: String = mantissa.chars().filter(|&c| c != '_').collect();
    let (whole, frac) = mantissa.split_once('.').unwrap_or((&mantissa, ""));
    if whole.is_empty() && frac.is_empty()
        || !whole.bytes().chain(frac.bytes()).all(|b| b.is_ascii_digit())
    {
        return Err(NumberError::Unparsable);
    }
    let digits = format!("{whole}{frac}");
    let mut numer: BigInt = digits.parse().map_err(|_| NumberError::Unparsable)?;
    if negative {
        numer = -numer;
    }
    let scale = exponent - frac.len() as i64;
    if scale.abs() > MAX_EXPONENT + digits.len() as i64 {
        return Err(NumberError::ExponentTooLarge);
    }
    let power = num_traits::pow(BigInt::from(10), scale.unsigned_abs() as usize);
    Ok(if scale >= 0 {
        BigRational::from_integer(numer * power)
    } else {
        BigRational::new(numer, power)
    })
}

/// Parses a list of values separated by commas, whitespace or both.
pub fn split_values(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| c == ',' || c.is_whitespace()).filter(|piece| !piece.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use num_traits::One;

    fn r(n: i64, d: i64) -> BigRational {
        BigRational::new(n.into(), d.into())
    }

    #[test]
    fn reads_what_a_chinese_input_method_types() {
        assert_eq!(parse_typed("１．７５").unwrap(), r(7, 4));
        assert_eq!(parse_typed("0，5").unwrap(), r(1, 2));
        assert_eq!(parse_typed("1／8").unwrap(), r(1, 8));
        assert_eq!(parse_typed("４０％").unwrap(), r(2, 5));
        assert_eq!(parse_typed("0,5").unwrap(), r(1, 2));
        assert_eq!(ascii_forms("0.5，0.5"), "0.5,0.5");
        assert!(parse_exact("１/8").is_err(), "a lesson file keeps ASCII digits");
    }

    #[test]
    fn reads_every_notation_exactly() {
        assert_eq!(parse_exact("1/8").unwrap(), r(1, 8));
        assert_eq!(parse_exact("0.125").unwrap(), r(1, 8));
        assert_eq!(parse_exact("1.25e-1").unwrap(), r(1, 8));
        assert_eq!(parse_exact("12.5%").unwrap(), r(1, 8));
        assert_eq!(parse_exact(" .5 ").unwrap(), r(1, 2));
        assert_eq!(parse_exact("+3E2").unwrap(), r(300, 1));
        assert_eq!(parse_exact("-0.1").unwrap(), r(-1, 10));
        assert_eq!(parse_exact("1_000").unwrap(), r(1000, 1));
        let tiny = parse_exact("0.000000000000000000000000000001").unwrap();
        assert_eq!(tiny, BigRational::new(1.into(), num_traits::pow(BigInt::from(10), 30)));
    }

    #[test]
    fn decimals_sum_exactly() {
        let sum: BigRational = ["0.1", "0.2", "0.7"].iter().map(|t| parse_exact(t).unwrap()).sum();
        assert_eq!(sum, BigRational::one());
        let thirds: BigRational = (0..3).map(|_| parse_exact("1/3").unwrap()).sum();
        assert_eq!(thirds, BigRational::one());
    }

    #[test]
    fn names_what_is_wrong() {
        assert_eq!(parse_exact(""), Err(NumberError::Empty));
        assert_eq!(parse_exact("NaN"), Err(NumberError::NotANumber));
        assert_eq!(parse_exact("-inf"), Err(NumberError::Infinite));
        assert_eq!(parse_exact("1/0"), Err(NumberError::ZeroDenominator));
        assert_eq!(parse_exact("1e-99999999"), Err(NumberError::ExponentTooLarge));
        assert_eq!(parse_exact("1e-5000"), Err(NumberError::ExponentTooLarge));
        for bad in ["abc", "1/", "0x10", "1e", "1.2.3", ".", "--1", "1/2/3"] {
            assert_eq!(parse_exact(bad), Err(NumberError::Unparsable), "{bad}");
        }
    }

    #[test]
    fn splits_on_commas_and_whitespace() {
        let pieces: Vec<_> = split_values("1/2, 1/4\n1/8\t1/8,").collect();
        assert_eq!(pieces, ["1/2", "1/4", "1/8", "1/8"]);
    }
}
