//! Checking a student's answer, and recognising the mistakes authors named.

use crate::info::exact::parse_exact;
use crate::info::{Quantity, Unit};
use crate::notation::{Style, symbol};
use crate::t;

use super::{Answer, Lesson, MistakeKind, Question};

/// What the student is told after answering.
#[derive(Debug, Clone, PartialEq)]
pub struct Grade {
    pub correct: bool,
    /// Right or wrong, the value where there is one, and the author's explanation.
    pub feedback: String,
}

/// The value a numeric question expects, computed from the lesson as written.
pub fn expected(lesson: &Lesson, quantity: Quantity, model: usize, unit: Unit) -> f64 {
    quantity.evaluate(lesson.pair(model), unit).value()
}

/// Grades a multiple-choice answer by index.
pub fn choice(question: &Question, picked: usize) -> Option<Grade> {
    let Answer::Choice { choices, answer } = &question.answer else { return None };
    let picked_text = choices.get(picked)?;
    let correct = picked == *answer;
    let verdict = if correct {
        t!("grade-right", answer = picked_text)
    } else {
        t!("grade-choice-wrong", answer = &choices[*answer])
    };
    Some(Grade { correct, feedback: with_explanation(verdict, question) })
}

/// Grades a typed numeric answer: a number, optionally followed by its unit.
pub fn numeric(lesson: &Lesson, question: &Question, text: &str) -> Result<Grade, String> {
    let Answer::Numeric { quantity, model, unit, tolerance, mistakes, .. } = &question.answer
    else {
        return Err(t!("grade-not-numeric"));
    };
    let text = text.trim();
    let (number, unit_word) = match text.rsplit_once(char::is_whitespace) {
        Some((n, u)) if u.parse::<Unit>().is_ok() => (n.trim(), Some(u)),
        _ => (text, None),
    };
    let value = parse_exact(number)
        .map_err(|e| {
            t!("number-invalid", text = crate::visible::visible(number), error = e.to_string())
        })
        .map(|x| num_traits::ToPrimitive::to_f64(&x).unwrap_or(f64::NAN))?;
    let names = lesson.names(*model);
    let s = Style::Unicode;
    let want = expected(lesson, *quantity, *model, *unit);
    let unit_name = crate::i18n::unit_name(*unit);
    let answer = format!("{} = {} {unit_name}", symbol(*quantity, &names, s), s.decimal(want, 4));
    if let Some(written) = unit_word.and_then(|u| u.parse::<Unit>().ok())
        && written != *unit
    {
        let verdict = t!(
            "grade-wrong-unit",
            unit = unit_name,
            written = crate::i18n::unit_name(written),
            answer = answer
        );
        return Ok(Grade { correct: false, feedback: with_explanation(verdict, question) });
    }
    if (value - want).abs() <= *tolerance {
        let verdict = t!("grade-right", answer = answer);
        return Ok(Grade { correct: true, feedback: with_explanation(verdict, question) });
    }
    for mistake in mistakes {
        let (q, u) = match mistake.kind {
            MistakeKind::Reversed => (reversed(*quantity), *unit),
            MistakeKind::Unit(other) => (*quantity, other),
            MistakeKind::CrossEntropy => (swap_cross_entropy(*quantity), *unit),
        };
        if (value - expected(lesson, q, *model, u)).abs() <= *tolerance {
            let verdict =
                t!("grade-mistake", feedback = &mistake.feedback, answer = answer.as_str());
            return Ok(Grade { correct: false, feedback: with_explanation(verdict, question) });
        }
    }
    let verdict = t!("grade-wrong", answer = answer);
    Ok(Grade { correct: false, feedback: with_explanation(verdict, question) })
}

fn reversed(q: Quantity) -> Quantity {
    match q {
        Quantity::Kl => Quantity::KlReverse,
        Quantity::KlReverse => Quantity::Kl,
        other => other,
    }
}

fn swap_cross_entropy(q: Quantity) -> Quantity {
    match q {
        Quantity::Kl => Quantity::CrossEntropy,
        Quantity::CrossEntropy => Quantity::Kl,
        other => other,
    }
}

fn with_explanation(verdict: String, question: &Question) -> String {
    match &question.explanation {
        Some(e) => t!("grade-explained", verdict = verdict, explanation = e),
        None => verdict,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lesson::builtin::Builtin;

    fn coin() -> Lesson {
        Builtin::find("kl-divergence").unwrap().load().unwrap()
    }

    #[test]
    fn numeric_answers_within_the_tolerance_are_right() {
        let lesson = coin();
        let q = &lesson.questions[1];
        for good in ["0.2075", "0.208", "0.2075 bits", " 0.2079 "] {
            assert!(numeric(&lesson, q, good).unwrap().correct, "{good}");
        }
        for bad in ["0.21", "0.2"] {
            assert!(!numeric(&lesson, q, bad).unwrap().correct, "{bad}");
        }
        assert!(numeric(&lesson, q, "abc").unwrap_err().contains("not a number"));
    }

    #[test]
    fn named_mistakes_get_their_feedback() {
        let lesson = coin();
        let q = &lesson.questions[1];
        let reversed = numeric(&lesson, q, "0.1887").unwrap();
        assert!(!reversed.correct && reversed.feedback.contains("That is D(B‖A)"));
        let nats = numeric(&lesson, q, "0.1438").unwrap();
        assert!(!nats.correct && nats.feedback.contains("in nats"), "{}", nats.feedback);
        let unit = numeric(&lesson, q, "0.1438 nats").unwrap();
        assert!(!unit.correct && unit.feedback.contains("asks for bits, not nats"));
    }

    #[test]
    fn choices() {
        let lesson = coin();
        let q = &lesson.questions[0];
        assert!(choice(q, 0).unwrap().correct);
        let wrong = choice(q, 1).unwrap();
        assert!(!wrong.correct && wrong.feedback.starts_with("Not quite: the answer is B."));
        assert_eq!(choice(q, 7), None);
    }
}
