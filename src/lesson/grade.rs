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

/// The lesson whose values `question` is about: the one place that says which distributions
/// a question's answer is worked out from. Today every question asks about its lesson's own.
pub fn about<'a>(lesson: &'a Lesson, _question: &Question) -> &'a Lesson {
    lesson
}

/// Grades a multiple-choice answer by index. A wrong choice is told so, never what the right
/// one is: the student picks again, or gives up.
pub fn choice(question: &Question, picked: usize) -> Option<Grade> {
    let Answer::Choice { choices, answer } = &question.answer else { return None };
    choices.get(picked)?;
    let correct = picked == *answer;
    let feedback = if correct {
        with_explanation(t!("grade-right", answer = &choices[*answer]), question)
    } else {
        t!("grade-choice-wrong")
    };
    Some(Grade { correct, feedback })
}

/// Grades a typed numeric answer: a number, optionally followed by its unit.
///
/// A wrong answer hears what kind of wrong it is (an author-named mistake, another unit,
/// too high or too low), never the value: the first try is what counts.
pub fn numeric(lesson: &Lesson, question: &Question, text: &str) -> Result<Grade, String> {
    let Answer::Numeric { quantity, model, unit, tolerance, mistakes, .. } = &question.answer
    else {
        return Err(t!("grade-not-numeric"));
    };
    let lesson = about(lesson, question);
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
    let want = expected(lesson, *quantity, *model, *unit);
    if let Some(written) = unit_word.and_then(|u| u.parse::<Unit>().ok())
        && written != *unit
    {
        let verdict = t!(
            "grade-wrong-unit",
            unit = crate::i18n::unit_name(*unit),
            written = crate::i18n::unit_name(written)
        );
        return Ok(Grade { correct: false, feedback: verdict });
    }
    if close_enough(value, want, *tolerance, number) {
        let verdict = t!("grade-right", answer = answer_text(lesson, question));
        return Ok(Grade { correct: true, feedback: with_explanation(verdict, question) });
    }
    for mistake in mistakes {
        let (q, u) = match mistake.kind {
            MistakeKind::Reversed => (reversed(*quantity), *unit),
            MistakeKind::Unit(other) => (*quantity, other),
            MistakeKind::CrossEntropy => (swap_cross_entropy(*quantity), *unit),
        };
        if (value - expected(lesson, q, *model, u)).abs() <= *tolerance {
            let verdict = t!("grade-mistake", feedback = &mistake.feedback);
            return Ok(Grade { correct: false, feedback: verdict });
        }
    }
    let verdict = if value > want { t!("grade-too-high") } else { t!("grade-too-low") };
    Ok(Grade { correct: false, feedback: verdict })
}

/// What giving up shows: the answer, and the author's explanation.
pub fn reveal(lesson: &Lesson, question: &Question) -> String {
    with_explanation(t!("grade-revealed", answer = answer_text(lesson, question)), question)
}

/// The right answer in words: the choice, or the quantity with its value and unit.
pub fn answer_text(lesson: &Lesson, question: &Question) -> String {
    match &question.answer {
        Answer::Choice { choices, answer } => choices[*answer].clone(),
        Answer::Numeric { quantity, model, unit, .. } => {
            let lesson = about(lesson, question);
            let s = Style::Unicode;
            let want = expected(lesson, *quantity, *model, *unit);
            let symbol = symbol(*quantity, &lesson.names(*model), s);
            format!("{symbol} = {} {}", s.decimal(want, 4), crate::i18n::unit_name(*unit))
        }
    }
}

/// Right within the tolerance, or, for an answer written to at least the decimals the
/// tolerance asks for (3 for the default 0.0005), within one unit of its last digit: a value
/// cut off ("0.207" for 0.20752) counts like a rounded one ("0.208").
fn close_enough(value: f64, want: f64, tolerance: f64, written: &str) -> bool {
    let off = (value - want).abs();
    if off <= tolerance {
        return true;
    }
    let decimals = written
        .split_once('.')
        .map_or(0, |(_, f)| f.chars().take_while(char::is_ascii_digit).count());
    let asked = (-(2.0 * tolerance).log10()).ceil();
    decimals > 0
        && asked.is_finite()
        && decimals as f64 >= asked
        && off < 10f64.powi(-(decimals as i32))
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
        // D(A‖B) = 0.20752…: rounded or cut off at the three decimals asked, both are right.
        for good in ["0.2075", "0.208", "0.207", "0.2075 bits", " 0.2079 "] {
            assert!(numeric(&lesson, q, good).unwrap().correct, "{good}");
        }
        for bad in ["0.21", "0.2", "0.206", "0.2065"] {
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
        for wrong in [&reversed, &nats, &unit] {
            assert!(!wrong.feedback.contains("0.2075"), "never the answer: {}", wrong.feedback);
        }
    }

    #[test]
    fn other_wrong_answers_hear_which_way_they_are_off() {
        let lesson = coin();
        let q = &lesson.questions[1];
        let high = numeric(&lesson, q, "0.5").unwrap();
        let low = numeric(&lesson, q, "0.1").unwrap();
        assert!(high.feedback.contains("too high") && low.feedback.contains("too low"));
        assert!(!high.feedback.contains("0.2075") && !low.feedback.contains("0.2075"));
        let revealed = reveal(&lesson, q);
        assert!(revealed.contains("D(A‖B) = 0.2075 bits"), "{revealed}");
    }

    #[test]
    fn choices() {
        let lesson = coin();
        let q = &lesson.questions[0];
        assert!(choice(q, 0).unwrap().correct);
        let wrong = choice(q, 1).unwrap();
        assert!(!wrong.correct && !wrong.feedback.contains('B'), "{}", wrong.feedback);
        assert_eq!(choice(q, 7), None);
    }
}
