//! Mathematical notation shared by everything that shows a lesson: what distributions and
//! outcomes are called, the symbols of the quantities (D(A‖B), H(A,B)), and how numbers are
//! written (½, 0.2075, −0.2925), in Unicode or LaTeX.
//!
//! It sits below both `lesson` (which names quantities in its diagnostics and writes exact
//! values back to files) and `report`/`tui` (which lay out whole derivations), so neither
//! needs the other for a symbol or a number.

pub mod style;

use crate::info::Quantity;
use crate::info::derivation::Side;

pub use style::{Style, latex_character, latex_escape, latex_text, terminating_decimal};

/// What the distributions and outcomes are called.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Names {
    pub p: String,
    pub q: String,
    pub outcomes: Vec<String>,
    /// How a formula writes one value of each, when not by a letter (`a` for A): `P(x)` for
    /// the marginal of X, `P(x,y)` for a joint distribution.
    pub values: Option<[String; 2]>,
}

impl Names {
    /// The letter standing for one value of a distribution in a formula: `a` for A, `p` for a
    /// longer name.
    fn letter(name: &str, fallback: char) -> String {
        let mut chars = name.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) if c.is_alphabetic() => c.to_lowercase().collect(),
            _ => fallback.to_string(),
        }
    }

    pub(crate) fn p_letter(&self) -> String {
        match &self.values {
            Some([p, _]) => p.clone(),
            None => Self::letter(&self.p, 'p'),
        }
    }

    pub(crate) fn q_letter(&self) -> String {
        if let Some([_, q]) = &self.values {
            return q.clone();
        }
        let letter = Self::letter(&self.q, 'q');
        if letter == self.p_letter() { "q".into() } else { letter }
    }

    pub fn outcome(&self, i: usize) -> String {
        self.outcomes.get(i).cloned().unwrap_or_else(|| format!("x{}", i + 1))
    }
}

/// A number's text with a true minus sign in place of a leading hyphen: −1.5.
pub fn true_minus(text: String) -> String {
    match text.strip_prefix('-') {
        Some(rest) => format!("−{rest}"),
        None => text,
    }
}

/// A choice or a value written by a lesson, shown to a reader: a hyphen standing for a minus
/// (`-1.19`, at the start or after a space or a bracket, before a digit) as the true minus
/// sign, so a line never mixes the two; hyphens within words and code stay.
pub fn prose_minus(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (k, &c) in chars.iter().enumerate() {
        let before = k.checked_sub(1).map(|j| chars[j]);
        let after = chars.get(k + 1);
        let minus = c == '-'
            && before.is_none_or(|b| b.is_whitespace() || b == '(' || b == '[')
            && after.is_some_and(|a| a.is_ascii_digit() || *a == '.');
        out.push(if minus { '−' } else { c });
    }
    out
}

/// The name of a quantity: D(A‖B), H(A,B), JS(A,B), I(heads).
pub fn symbol(quantity: Quantity, names: &Names, style: Style) -> String {
    let (p, q) = (style.text(&names.p), style.text(&names.q));
    match quantity {
        Quantity::Information { outcome } => format!("I({})", style.text(&names.outcome(outcome))),
        Quantity::Entropy(Side::P) => format!("H({p})"),
        Quantity::Entropy(Side::Q) => format!("H({q})"),
        Quantity::CrossEntropy => format!("H({p},{q})"),
        Quantity::Kl => format!("D({p}{}{q})", style.parallel()),
        Quantity::KlReverse => format!("D({q}{}{p})", style.parallel()),
        Quantity::Js => format!("JS({p},{q})"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prose_minus_changes_only_a_sign() {
        assert_eq!(prose_minus("-1.193147"), "−1.193147");
        assert_eq!(prose_minus("(c) -0.5 and x-1, log-loss"), "(c) −0.5 and x-1, log-loss");
    }
}
