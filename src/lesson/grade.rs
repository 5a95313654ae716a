//! Checking a student's answer, and recognising the mistakes authors named.

use crate::info::exact::parse_typed;
use crate::info::{Quantity, Unit};
use crate::notation::{Style, symbol};
use crate::t;

use super::variant::{interpolate, mistaken, right_choice};
use super::{Answer, Continuous, Lesson, MistakeKind, Question};
use crate::info::derivation::Side;

/// What the student is told after answering.
#[derive(Debug, Clone, PartialEq)]
pub struct Grade {
    pub correct: bool,
    /// Right or wrong, the value where there is one, and the author's explanation.
    pub feedback: String,
}

/// The value a numeric question expects, computed from the lesson as written. In a lesson of
/// densities it is the densities' own (in closed form between normals, by quadrature with a
/// mixture), which the bins only approach; an outcome's information is its bin's.
pub fn expected(lesson: &Lesson, quantity: Quantity, model: usize, unit: Unit) -> f64 {
    match lesson.continuous.as_ref().and_then(|c| of_densities(c, quantity, model)) {
        Some(nats) => unit.from_nats(nats),
        None => binned(lesson, quantity, model, unit),
    }
}

/// The value of `quantity` for the lesson's distributions: in a lesson of densities, its bins'.
pub fn binned(lesson: &Lesson, quantity: Quantity, model: usize, unit: Unit) -> f64 {
    quantity.evaluate(lesson.pair(model), unit).value()
}

/// `quantity` between the truth's density and model `model`'s, in nats.
fn of_densities(c: &Continuous, quantity: Quantity, model: usize) -> Option<f64> {
    use crate::info::density;
    let (p, q) = (c.densities.first()?, c.densities.get(model + 1)?);
    let measured = match quantity {
        Quantity::Kl => density::kl(p, q),
        Quantity::KlReverse => density::kl(q, p),
        Quantity::CrossEntropy => density::cross_entropy(p, q),
        Quantity::Js => density::js(p, q),
        Quantity::Entropy(Side::P) => density::differential_entropy(p),
        Quantity::Entropy(Side::Q) => density::differential_entropy(q),
        Quantity::Information { .. } => return None,
    };
    Some(measured.nats)
}

/// Grades a multiple-choice answer by index. A wrong choice is told so, never what the right
/// one is: the student picks again, or gives up.
pub fn choice(lesson: &Lesson, question: &Question, picked: usize) -> Option<Grade> {
    let Answer::Choice { choices, .. } = &question.answer else { return None };
    choices.get(picked)?;
    let answer = right_choice(lesson, question)?;
    let correct = picked == answer;
    let feedback = if correct {
        let answer = crate::notation::prose_minus(&choices[answer]);
        with_explanation(t!("grade-right", answer = answer), lesson, question)
    } else {
        t!("grade-choice-wrong")
    };
    Some(Grade { correct, feedback })
}

/// Grades a typed numeric answer: a number, optionally followed by its unit. An answer in
/// another unit than asked is not graded: the student is told to write it in the asked one.
///
/// A wrong answer hears what kind of wrong it is (an author-named mistake, or one kltutor
/// knows: another unit, the reversed divergence, cross-entropy for KL and back, a wrong
/// sign; else too high or too low), never the value: the first try is what counts.
pub fn numeric(lesson: &Lesson, question: &Question, text: &str) -> Result<Grade, String> {
    let Answer::Numeric { quantity, model, unit, tolerance, mistakes, .. } = &question.answer
    else {
        return Err(t!("grade-not-numeric"));
    };
    let typed = crate::info::exact::ascii_forms(text);
    let text = typed.trim();
    let (number, unit_word) = match text.rsplit_once(char::is_whitespace) {
        Some((n, u)) if u.parse::<Unit>().is_ok() => (n.trim(), Some(u)),
        _ => (text, None),
    };
    let value = parse_typed(number)
        .map_err(|e| match e {
            crate::info::exact::NumberError::Empty => t!("tui-input-empty"),
            e => {
                t!("number-invalid", text = crate::visible::visible(number), error = e.to_string())
            }
        })
        .map(|x| num_traits::ToPrimitive::to_f64(&x).unwrap_or(f64::NAN))?;
    let want = expected(lesson, *quantity, *model, *unit);
    if let Some(written) = unit_word.and_then(|u| u.parse::<Unit>().ok())
        && written != *unit
    {
        return Err(t!(
            "grade-wrong-unit",
            unit = crate::i18n::unit_name(*unit),
            written = crate::i18n::unit_name(written)
        ));
    }
    if close_enough(value, want, *tolerance, number) {
        let verdict = t!("grade-right", answer = answer_text(lesson, question));
        return Ok(Grade { correct: true, feedback: with_explanation(verdict, lesson, question) });
    }
    // A mistake's value is recognised as leniently as the right one: rounded or cut off.
    let near = |q: Quantity, u: Unit| {
        let v = expected(lesson, q, *model, u);
        v.is_finite() && (v - want).abs() > *tolerance && close_enough(value, v, *tolerance, number)
    };
    // The author's words first, then what kltutor recognises by itself.
    let known = mistakes.iter().map(|m| (m.kind, Some(m.feedback.clone())));
    let automatic = automatic_mistakes(*unit).into_iter().map(|kind| (kind, None));
    for (kind, feedback) in known.chain(automatic) {
        let (q, u) = mistaken(kind, *quantity, *unit);
        if (q, u) != (*quantity, *unit) && near(q, u) {
            let feedback =
                feedback.unwrap_or_else(|| automatic_feedback(lesson, kind, q, *model, u));
            return Ok(Grade {
                correct: false,
                feedback: t!("grade-mistake", feedback = feedback),
            });
        }
    }
    // The cross-entropy asked, the entropy given: the code built for P, not for Q.
    let entropy = Quantity::Entropy(Side::P);
    if *quantity == Quantity::CrossEntropy && near(entropy, *unit) {
        let symbol = symbol(entropy, &lesson.names(*model), Style::Unicode);
        let feedback = t!("grade-auto-entropy-for-cross", symbol = symbol);
        return Ok(Grade { correct: false, feedback: t!("grade-mistake", feedback = feedback) });
    }
    // In a lesson of densities, the bins' value is close to the densities' but not it.
    if lesson.continuous.is_some() {
        let bins = binned(lesson, *quantity, *model, *unit);
        if (bins - want).abs() > *tolerance && close_enough(value, bins, *tolerance, number) {
            let symbol = symbol(*quantity, &lesson.names(*model), Style::Unicode);
            let feedback = t!("grade-auto-bins", symbol = symbol);
            return Ok(Grade {
                correct: false,
                feedback: t!("grade-mistake", feedback = feedback),
            });
        }
    }
    if value < 0.0 && want > 0.0 && (value + want).abs() <= *tolerance {
        let symbol = symbol(*quantity, &lesson.names(*model), Style::Unicode);
        let feedback = t!("grade-auto-sign", symbol = symbol);
        return Ok(Grade { correct: false, feedback: t!("grade-mistake", feedback = feedback) });
    }
    let verdict = if value > want { t!("grade-too-high") } else { t!("grade-too-low") };
    Ok(Grade { correct: false, feedback: verdict })
}

/// What giving up shows: the answer, and the author's explanation.
pub fn reveal(lesson: &Lesson, question: &Question) -> String {
    with_explanation(t!("grade-revealed", answer = answer_text(lesson, question)), lesson, question)
}

/// The mistakes every numeric question recognises without its author naming them.
pub fn automatic_mistakes(asked: Unit) -> Vec<MistakeKind> {
    let mut kinds = vec![MistakeKind::Reversed, MistakeKind::CrossEntropy];
    kinds.extend(Unit::ALL.into_iter().filter(|&u| u != asked).map(MistakeKind::Unit));
    kinds
}

/// What kltutor says of a mistake it recognised by itself: what the answer is instead.
fn automatic_feedback(
    lesson: &Lesson,
    kind: MistakeKind,
    q: Quantity,
    model: usize,
    u: Unit,
) -> String {
    let symbol = symbol(q, &lesson.names(model), Style::Unicode);
    match kind {
        MistakeKind::Reversed => t!("grade-auto-reversed", symbol = symbol),
        MistakeKind::Unit(unit) => {
            t!("grade-auto-unit", symbol = symbol, unit = crate::i18n::unit_name(unit))
        }
        MistakeKind::CrossEntropy if q == Quantity::CrossEntropy => {
            t!("grade-auto-cross-for-kl", symbol = symbol)
        }
        MistakeKind::CrossEntropy => {
            t!("grade-auto-kl-for-cross", symbol = symbol, unit = crate::i18n::unit_name(u))
        }
    }
}

/// The right answer in words: the choice, or the quantity with its value and unit.
pub fn answer_text(lesson: &Lesson, question: &Question) -> String {
    match &question.answer {
        Answer::Choice { choices, .. } => right_choice(lesson, question)
            .map(|k| crate::notation::prose_minus(&choices[k]))
            .unwrap_or_default(),
        Answer::Numeric { quantity, model, unit, .. } => {
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

fn with_explanation(verdict: String, lesson: &Lesson, question: &Question) -> String {
    match &question.explanation {
        Some(e) => t!("grade-explained", verdict = verdict, explanation = interpolate(e, lesson)),
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
        // Graded on the lesson's A and B; the feedback is the author's, written for the
        // question's own model R.
        let reversed = numeric(&lesson, q, "0.1887").unwrap();
        // Cut off at the decimals asked (D(B‖A) = 0.18872…), a mistake is still recognised.
        let cut = numeric(&lesson, q, "0.188").unwrap();
        assert!(cut.feedback == reversed.feedback, "{}", cut.feedback);
        assert!(!reversed.correct && reversed.feedback.contains("That is D(R‖A)"));
        let nats = numeric(&lesson, q, "0.1438").unwrap();
        assert!(!nats.correct && nats.feedback.contains("in nats"), "{}", nats.feedback);
        let unit = numeric(&lesson, q, "0.1438 nats").unwrap_err();
        assert!(unit.contains("asks for bits, not nats"), "{unit}");
        for wrong in [&reversed, &nats] {
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
        assert!(choice(&lesson, q, 0).unwrap().correct);
        let wrong = choice(&lesson, q, 1).unwrap();
        assert!(!wrong.correct && !wrong.feedback.contains('B'), "{}", wrong.feedback);
        assert_eq!(choice(&lesson, q, 7), None);
    }
}
