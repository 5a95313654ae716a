//! Every equation kltutor prints is true as printed: fractions that are arguments or
//! divisors are parenthesised, and where the rounded terms do not add up to the rounded total,
//! "≈" stands before it, never "=".

use kltutor::info::{Derivation, Quantity, Unit};
use kltutor::lesson::builtin::COURSE;
use kltutor::notation::Style;
use kltutor::report::formula::{self, Layout};

/// Every derivation of every built-in lesson: each quantity, model and unit.
fn derivations() -> Vec<(String, Derivation, kltutor::notation::Names)> {
    let mut out = Vec::new();
    for builtin in COURSE.iter() {
        let lesson = builtin.load().unwrap();
        for model in 0..lesson.models.len() {
            let mut quantities: Vec<Quantity> = Quantity::CYCLE.to_vec();
            quantities.extend(
                (0..lesson.outcomes.len()).map(|outcome| Quantity::Information { outcome }),
            );
            for quantity in quantities {
                for unit in [Unit::Bits, Unit::Nats, Unit::Hartleys] {
                    let d = Derivation::new(quantity, lesson.pair(model), unit);
                    out.push((
                        format!("{} {quantity:?} {unit:?} model {model}", builtin.id),
                        d,
                        lesson.names(model),
                    ));
                }
            }
        }
    }
    out
}

fn text(line: &formula::Line) -> String {
    line.iter().map(|p| p.text.as_str()).collect()
}

/// A slash fraction right after a logarithm or around a ÷ with no parentheses.
fn bare_fraction(line: &str) -> bool {
    let chars: Vec<char> = line.chars().collect();
    let digit_slash_digit = |at: usize| {
        chars[at..].iter().take_while(|c| c.is_ascii_digit()).count() > 0
            && chars[at..].iter().find(|c| !c.is_ascii_digit()) == Some(&'/')
    };
    for (k, &c) in chars.iter().enumerate() {
        let next = k + 1;
        if next < chars.len() && c == '÷' && digit_slash_digit(next) {
            return true;
        }
        // "3/16÷": a fraction as the dividend.
        if c == '÷' && k > 0 && chars[k - 1].is_ascii_digit() {
            let run: String =
                chars[..k].iter().rev().take_while(|c| c.is_ascii_digit() || **c == '/').collect();
            if run.contains('/') {
                return true;
            }
        }
    }
    ["log₂ ", "ln ", "log₁₀ "].iter().any(|log| {
        line.match_indices(log).any(|(at, _)| {
            let rest: Vec<char> = line[at + log.len()..].chars().collect();
            let digits = rest.iter().take_while(|c| c.is_ascii_digit()).count();
            digits > 0 && rest.get(digits) == Some(&'/')
        })
    })
}

/// The numbers of a line of rounded values: "= 0.5000 − 0.2925" gives [0.5, -0.2925].
fn signed_numbers(line: &str) -> Vec<f64> {
    let mut out = Vec::new();
    let mut sign = 1.0;
    for word in line.split_whitespace() {
        match word {
            "=" | "≈" | "+" => sign = 1.0,
            "−" => sign = -1.0,
            w => {
                let (neg, digits) = match w.strip_prefix('−') {
                    Some(d) => (-1.0, d),
                    None => (1.0, w),
                };
                if let Ok(v) = digits.parse::<f64>() {
                    out.push(sign * neg * v);
                }
                sign = 1.0;
            }
        }
    }
    out
}

#[test]
fn fractions_as_arguments_and_divisors_are_parenthesised() {
    for (what, d, names) in derivations() {
        for layout in [Layout::Inline, Layout::PerOutcome] {
            for line in formula::lines(&d, &names, Style::Unicode, layout, 4) {
                let line = text(&line);
                assert!(!bare_fraction(&line), "{what}: {line}");
            }
        }
    }
    assert!(bare_fraction("= ½·log₂ 4/3") && bare_fraction("¼÷3/16") && bare_fraction("3/16÷¼"));
    assert!(
        !bare_fraction("= ½·log₂(4/3)") && !bare_fraction("¼÷(3/16)") && !bare_fraction("(3/16)÷¼")
    );
}

#[test]
fn a_sum_of_rounded_terms_equals_its_total_or_says_approximately() {
    let mut approximate = 0;
    for (what, d, names) in derivations() {
        let lines: Vec<String> = formula::lines(&d, &names, Style::Unicode, Layout::Inline, 4)
            .iter()
            .map(text)
            .collect();
        let [.., sum, total] = lines.as_slice() else { continue };
        if d.terms.len() < 2 || sum.contains('∞') || total.contains('∞') || sum.contains('·') {
            continue;
        }
        let terms: f64 = signed_numbers(sum).iter().sum();
        let printed = signed_numbers(total)[0];
        let adds_up = (terms - printed).abs() < 0.00005;
        if adds_up {
            assert!(total.starts_with("= "), "{what}: {sum} / {total}");
        } else {
            approximate += 1;
            assert!(total.starts_with("≈ "), "{what}: {sum} does not add up to {total}");
        }
    }
    assert!(approximate > 0, "the course has sums that round apart; they must show ≈");
}

#[test]
fn a_formatted_per_outcome_layout_windows_like_the_derivation() {
    for (what, d, names) in derivations() {
        let formatted = formula::PerOutcome::new(&d, &names, Style::Unicode, 4);
        let all = formula::per_outcome_len(&d);
        assert_eq!(formatted.line_count(), all, "{what}");
        assert_eq!(
            formatted.window(0, all),
            formula::lines(&d, &names, Style::Unicode, Layout::PerOutcome, 4),
            "{what}"
        );
        for first in 0..=all + 1 {
            for count in 0..=all + 1 - first {
                let expected =
                    formula::per_outcome_window(&d, &names, Style::Unicode, 4, first, count);
                assert_eq!(formatted.window(first, count), expected.0, "{what} {first}+{count}");
            }
        }
    }
}
