//! The symbols of mathematical notation, in Unicode or in LaTeX.
//!
//! Text, Markdown and the terminal UI write ½·log₂ ⅔; LaTeX writes \frac{1}{2}\cdot\log_2.
//! Everything that builds a formula asks a `Style`, so there is one formula builder.

use num_bigint::BigInt;
use num_integer::Integer;
use num_rational::BigRational;
use num_traits::{One, Signed, ToPrimitive};

use crate::info::{Notation, Unit};

/// How formulas are spelled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    Unicode,
    Latex,
}

/// Fractions with a single-glyph Unicode form.
const VULGAR: [(i64, i64, &str); 18] = [
    (1, 2, "½"),
    (1, 3, "⅓"),
    (2, 3, "⅔"),
    (1, 4, "¼"),
    (3, 4, "¾"),
    (1, 5, "⅕"),
    (2, 5, "⅖"),
    (3, 5, "⅗"),
    (4, 5, "⅘"),
    (1, 6, "⅙"),
    (5, 6, "⅚"),
    (1, 7, "⅐"),
    (1, 8, "⅛"),
    (3, 8, "⅜"),
    (5, 8, "⅝"),
    (7, 8, "⅞"),
    (1, 9, "⅑"),
    (1, 10, "⅒"),
];

/// Longest fraction written out in full; past it a decimal reads better.
const MAX_FRACTION_CHARS: usize = 13;

impl Style {
    pub fn minus(self) -> &'static str {
        match self {
            Style::Unicode => "−",
            Style::Latex => "-",
        }
    }

    /// A space that survives in formulas (LaTeX ignores plain spaces in math).
    pub fn space(self) -> &'static str {
        match self {
            Style::Unicode => " ",
            Style::Latex => "\\ ",
        }
    }

    pub fn times(self) -> &'static str {
        match self {
            Style::Unicode => "·",
            Style::Latex => " \\cdot ",
        }
    }

    pub fn divide(self) -> &'static str {
        match self {
            Style::Unicode => "÷",
            Style::Latex => " \\div ",
        }
    }

    pub fn sum(self) -> &'static str {
        match self {
            Style::Unicode => "Σ ",
            Style::Latex => "\\sum ",
        }
    }

    pub fn infinity(self) -> &'static str {
        match self {
            Style::Unicode => "∞",
            Style::Latex => "\\infty",
        }
    }

    pub fn parallel(self) -> &'static str {
        match self {
            Style::Unicode => "‖",
            Style::Latex => " \\parallel ",
        }
    }

    pub fn approx(self) -> &'static str {
        match self {
            Style::Unicode => "≈",
            Style::Latex => "\\approx ",
        }
    }

    /// The logarithm of the unit: log₂, ln or log₁₀.
    pub fn log(self, unit: Unit) -> &'static str {
        match (self, unit) {
            (Style::Unicode, Unit::Bits) => "log₂",
            (Style::Unicode, Unit::Nats) => "ln",
            (Style::Unicode, Unit::Hartleys) => "log₁₀",
            (Style::Latex, Unit::Bits) => "\\log_2",
            (Style::Latex, Unit::Nats) => "\\ln",
            (Style::Latex, Unit::Hartleys) => "\\log_{10}",
        }
    }

    /// Text as it appears inside a formula: LaTeX needs `\text{}` and escapes.
    pub fn text(self, s: &str) -> String {
        match self {
            Style::Unicode => s.to_string(),
            Style::Latex => format!("\\text{{{}}}", latex_text(s)),
        }
    }

    /// A decimal with `precision` places and a true minus sign.
    pub fn decimal(self, x: f64, precision: usize) -> String {
        if x.is_infinite() {
            let sign = if x < 0.0 { self.minus() } else { "" };
            return format!("{sign}{}", self.infinity());
        }
        let text = format!("{:.*}", precision, x.abs());
        // −0.0000 would claim a sign the rounded value does not have.
        let negative = x < 0.0 && text.bytes().any(|b| (b'1'..=b'9').contains(&b));
        if negative { format!("{}{text}", self.minus()) } else { text }
    }

    /// An exact rational as the author would write it: ½ or 0.5, 3/16 or 0.1875.
    /// `x` as an operand beside other symbols: a slash fraction is parenthesised, so
    /// `log₂(4/3)` and `¼÷(3/16)` cannot be misread; glyphs (⅔), decimals and LaTeX's stacked
    /// fractions need no parentheses.
    pub fn operand(self, x: &BigRational, notation: Notation) -> String {
        let text = self.rational(x, notation);
        if self == Style::Unicode && text.contains('/') { format!("({text})") } else { text }
    }

    pub fn rational(self, x: &BigRational, notation: Notation) -> String {
        let sign = if x.is_negative() { self.minus() } else { "" };
        let x = x.abs();
        if x.is_integer() {
            return format!("{sign}{}", x.numer());
        }
        if notation == Notation::Decimal
            && let Some(decimal) = terminating_decimal(&x)
        {
            return format!("{sign}{decimal}");
        }
        if self == Style::Unicode
            && let Some((_, _, glyph)) = VULGAR
                .iter()
                .find(|(n, d, _)| *x.numer() == BigInt::from(*n) && *x.denom() == BigInt::from(*d))
        {
            return format!("{sign}{glyph}");
        }
        let (n, d) = (x.numer().to_string(), x.denom().to_string());
        if n.len() + d.len() + 1 > MAX_FRACTION_CHARS {
            return format!("{sign}{}{}", self.approx(), significant(x.to_f64().unwrap_or(0.0)));
        }
        match self {
            Style::Unicode => format!("{sign}{n}/{d}"),
            Style::Latex => format!("{sign}\\tfrac{{{n}}}{{{d}}}"),
        }
    }
}

/// Six significant digits: fixed-point from 0.0001 up, scientific below.
fn significant(x: f64) -> String {
    if x >= 1e-4 {
        let places = (5 - x.log10().floor() as i32).max(0) as usize;
        let text = format!("{x:.places$}");
        if text.contains('.') {
            text.trim_end_matches('0').trim_end_matches('.').to_string()
        } else {
            text
        }
    } else {
        format!("{x:.5e}")
    }
}

/// The exact decimal of a fraction whose denominator is 2^a·5^b, if it is short.
pub fn terminating_decimal(x: &BigRational) -> Option<String> {
    let mut d = x.denom().clone();
    let mut places = 0usize;
    let ten = BigInt::from(10);
    let mut numer = x.numer().clone();
    while !d.is_one() {
        let (two, five) = (BigInt::from(2), BigInt::from(5));
        if d.is_multiple_of(&ten) {
            d /= &ten;
        } else if d.is_multiple_of(&two) {
            d /= &two;
            numer *= 5;
        } else if d.is_multiple_of(&five) {
            d /= &five;
            numer *= 2;
        } else {
            return None;
        }
        places += 1;
        if places > 15 {
            return None;
        }
    }
    let digits = numer.to_string();
    let digits = format!("{digits:0>width$}", width = places + 1);
    let (whole, frac) = digits.split_at(digits.len() - places);
    let frac = frac.trim_end_matches('0');
    Some(if frac.is_empty() { whole.to_string() } else { format!("{whole}.{frac}") })
}

/// Characters of lessons and reports that pdflatex's text mode lacks, as LaTeX that works in
/// text, inside `\text{}` and in `alltt` alike: math through `\ensuremath`, never `$`.
pub const LATEX_CHARACTERS: &[(char, &str)] = &[
    ('‖', "\\ensuremath{\\|}"),
    ('·', "\\ensuremath{\\cdot}"),
    ('−', "\\ensuremath{-}"),
    ('≈', "\\ensuremath{\\approx}"),
    ('≠', "\\ensuremath{\\neq}"),
    ('≤', "\\ensuremath{\\leq}"),
    ('≥', "\\ensuremath{\\geq}"),
    ('∞', "\\ensuremath{\\infty}"),
    ('Σ', "\\ensuremath{\\Sigma}"),
    ('∑', "\\ensuremath{\\Sigma}"),
    ('∫', "\\ensuremath{\\int}"),
    ('÷', "\\ensuremath{\\div}"),
    ('×', "\\ensuremath{\\times}"),
    ('∘', "\\ensuremath{\\circ}"),
    ('•', "\\ensuremath{\\bullet}"),
    ('⌈', "\\ensuremath{\\lceil}"),
    ('⌉', "\\ensuremath{\\rceil}"),
    ('⌊', "\\ensuremath{\\lfloor}"),
    ('⌋', "\\ensuremath{\\rfloor}"),
    ('→', "\\ensuremath{\\rightarrow}"),
    ('←', "\\ensuremath{\\leftarrow}"),
    ('↑', "\\ensuremath{\\uparrow}"),
    ('↓', "\\ensuremath{\\downarrow}"),
    ('α', "\\ensuremath{\\alpha}"),
    ('β', "\\ensuremath{\\beta}"),
    ('γ', "\\ensuremath{\\gamma}"),
    ('δ', "\\ensuremath{\\delta}"),
    ('ε', "\\ensuremath{\\varepsilon}"),
    ('θ', "\\ensuremath{\\theta}"),
    ('λ', "\\ensuremath{\\lambda}"),
    ('μ', "\\ensuremath{\\mu}"),
    ('µ', "\\ensuremath{\\mu}"),
    ('π', "\\ensuremath{\\pi}"),
    ('σ', "\\ensuremath{\\sigma}"),
    ('τ', "\\ensuremath{\\tau}"),
    ('φ', "\\ensuremath{\\varphi}"),
    ('ω', "\\ensuremath{\\omega}"),
    ('Δ', "\\ensuremath{\\Delta}"),
    ('Θ', "\\ensuremath{\\Theta}"),
    ('Π', "\\ensuremath{\\Pi}"),
    ('Ω', "\\ensuremath{\\Omega}"),
    ('⁰', "\\textsuperscript{0}"),
    ('¹', "\\textsuperscript{1}"),
    ('²', "\\textsuperscript{2}"),
    ('³', "\\textsuperscript{3}"),
    ('⁴', "\\textsuperscript{4}"),
    ('⁵', "\\textsuperscript{5}"),
    ('⁶', "\\textsuperscript{6}"),
    ('⁷', "\\textsuperscript{7}"),
    ('⁸', "\\textsuperscript{8}"),
    ('⁹', "\\textsuperscript{9}"),
    ('⁻', "\\textsuperscript{\\ensuremath{-}}"),
    ('₀', "\\textsubscript{0}"),
    ('₁', "\\textsubscript{1}"),
    ('₂', "\\textsubscript{2}"),
    ('₃', "\\textsubscript{3}"),
    ('₄', "\\textsubscript{4}"),
    ('₅', "\\textsubscript{5}"),
    ('₆', "\\textsubscript{6}"),
    ('₇', "\\textsubscript{7}"),
    ('₈', "\\textsubscript{8}"),
    ('₉', "\\textsubscript{9}"),
    ('½', "\\ensuremath{\\tfrac{1}{2}}"),
    ('⅓', "\\ensuremath{\\tfrac{1}{3}}"),
    ('⅔', "\\ensuremath{\\tfrac{2}{3}}"),
    ('¼', "\\ensuremath{\\tfrac{1}{4}}"),
    ('¾', "\\ensuremath{\\tfrac{3}{4}}"),
    ('⅕', "\\ensuremath{\\tfrac{1}{5}}"),
    ('⅖', "\\ensuremath{\\tfrac{2}{5}}"),
    ('⅗', "\\ensuremath{\\tfrac{3}{5}}"),
    ('⅘', "\\ensuremath{\\tfrac{4}{5}}"),
    ('⅙', "\\ensuremath{\\tfrac{1}{6}}"),
    ('⅚', "\\ensuremath{\\tfrac{5}{6}}"),
    ('⅐', "\\ensuremath{\\tfrac{1}{7}}"),
    ('⅛', "\\ensuremath{\\tfrac{1}{8}}"),
    ('⅜', "\\ensuremath{\\tfrac{3}{8}}"),
    ('⅝', "\\ensuremath{\\tfrac{5}{8}}"),
    ('⅞', "\\ensuremath{\\tfrac{7}{8}}"),
    ('⅑', "\\ensuremath{\\tfrac{1}{9}}"),
    ('⅒', "\\ensuremath{\\tfrac{1}{10}}"),
    ('…', "\\ldots{}"),
    ('–', "--"),
    ('—', "---"),
    ('‘', "`"),
    ('’', "'"),
    ('“', "``"),
    ('”', "''"),
];

/// The LaTeX for `c` from [`LATEX_CHARACTERS`], if it has one there.
pub fn latex_character(c: char) -> Option<&'static str> {
    LATEX_CHARACTERS.iter().find(|(m, _)| *m == c).map(|(_, latex)| *latex)
}

/// Text for LaTeX's text mode: specials escaped, the characters pdflatex lacks written as
/// LaTeX ([`LATEX_CHARACTERS`]).
pub fn latex_text(s: &str) -> String {
    let escaped = latex_escape(s);
    let mut out = String::with_capacity(escaped.len());
    for c in escaped.chars() {
        match latex_character(c) {
            Some(latex) => out.push_str(latex),
            None => out.push(c),
        }
    }
    out
}

/// Escapes the characters LaTeX treats specially.
pub fn latex_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\textbackslash{}"),
            '{' | '}' | '$' | '&' | '#' | '_' | '%' => {
                out.push('\\');
                out.push(c);
            }
            '^' => out.push_str("\\^{}"),
            '<' => out.push_str("\\textless{}"),
            '>' => out.push_str("\\textgreater{}"),
            '|' => out.push_str("\\textbar{}"),
            '~' => out.push_str("\\~{}"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(n: i64, d: i64) -> BigRational {
        BigRational::new(n.into(), d.into())
    }

    #[test]
    fn fractions_read_as_written() {
        let u = Style::Unicode;
        assert_eq!(u.rational(&r(1, 2), Notation::Fraction), "½");
        assert_eq!(u.rational(&r(2, 3), Notation::Fraction), "⅔");
        assert_eq!(u.rational(&r(3, 16), Notation::Fraction), "3/16");
        assert_eq!(u.rational(&r(3, 16), Notation::Decimal), "0.1875");
        assert_eq!(u.rational(&r(2, 3), Notation::Decimal), "⅔");
        assert_eq!(u.rational(&r(-5, 1), Notation::Fraction), "−5");
        assert_eq!(u.rational(&r(1, 100_000), Notation::Decimal), "0.00001");
        assert_eq!(Style::Latex.rational(&r(1, 2), Notation::Fraction), "\\tfrac{1}{2}");
        let long = BigRational::new(3_841_923_456i64.into(), 10_000_000_007i64.into());
        assert_eq!(u.rational(&long, Notation::Fraction), "≈0.384192");
    }

    #[test]
    fn decimals_never_show_negative_zero() {
        assert_eq!(Style::Unicode.decimal(-0.00001, 4), "0.0000");
        assert_eq!(Style::Unicode.decimal(-0.29248, 4), "−0.2925");
        assert_eq!(Style::Unicode.decimal(f64::INFINITY, 4), "∞");
    }
}
