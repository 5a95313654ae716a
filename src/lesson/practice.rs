//! Drills beyond the lessons: endless fresh exercises of each kind the course asks, each a
//! one-question lesson built from random distributions with small denominators (2–6
//! outcomes, denominators up to 16), so the arithmetic stays doable on paper.
//!
//! Generation is pure and seeded: the same seed gives the same exercises, for tests and for a
//! class working through the same set.

use crate::info::{Distribution, Quantity, Unit};
use crate::t;

use super::{Answer, Compare, Hidden, Lesson, Mistake, MistakeKind, Named, Own, Question, Vary};

pub use super::variant::Rng;

/// A kind of exercise.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Topic {
    Information,
    Entropy,
    CrossEntropy,
    Kl,
    KlReverse,
    Closer,
    Js,
    Units,
}

impl Topic {
    pub const ALL: [Topic; 8] = [
        Topic::Information,
        Topic::Entropy,
        Topic::CrossEntropy,
        Topic::Kl,
        Topic::KlReverse,
        Topic::Closer,
        Topic::Js,
        Topic::Units,
    ];

    /// The name on the command line (`kltutor practice kl`).
    pub fn name(self) -> &'static str {
        match self {
            Topic::Information => "information",
            Topic::Entropy => "entropy",
            Topic::CrossEntropy => "cross-entropy",
            Topic::Kl => "kl",
            Topic::KlReverse => "kl-reverse",
            Topic::Closer => "closer",
            Topic::Js => "js",
            Topic::Units => "units",
        }
    }
}

/// The largest denominator of an exercise's values.
const DENOMINATORS: u64 = 16;

fn random_distribution(rng: &mut Rng, n: usize) -> Distribution {
    super::variant::random_distribution(rng, n, DENOMINATORS)
}

/// One fresh exercise of `topic` (of a random kind when `None`), as a one-question lesson
/// whose question draws its numbers afresh at each try (see [`super::variant`]).
pub fn exercise(topic: Option<Topic>, rng: &mut Rng) -> Lesson {
    let topic = topic.unwrap_or_else(|| Topic::ALL[rng.between(0, 7) as usize]);
    let n = rng.between(2, 6) as usize;
    let outcomes: Vec<String> = (0..n).map(|i| ((b'a' + i as u8) as char).to_string()).collect();
    let truth = Named { name: "P".into(), distribution: random_distribution(rng, n) };
    let mut models = vec![Named { name: "Q".into(), distribution: random_distribution(rng, n) }];
    // Q = P would make every divergence 0: a question worth asking has a model that differs.
    while models[0].distribution == truth.distribution {
        models[0].distribution = random_distribution(rng, n);
    }
    let mut lesson = Lesson {
        title: t!("practice-title"),
        summary: t!("practice-summary"),
        lang: None,
        unit: Unit::Bits,
        outcomes,
        truth,
        models,
        steps: Vec::new(),
        questions: Vec::new(),
        grid: None,
        continuous: None,
        chart: None,
    };
    let numeric = |quantity: Quantity, unit: Unit, mistakes: Vec<Mistake>| Answer::Numeric {
        quantity,
        model: 0,
        unit,
        tolerance: 0.0005,
        mistakes,
    };
    let mistake =
        |kind: MistakeKind, id: &str| Mistake { kind, feedback: crate::i18n::message(id, &[]) };
    let (prompt, answer) = match topic {
        Topic::Information => {
            let outcome = rng.between(0, n as u64 - 1) as usize;
            let name = lesson.outcomes[outcome].clone();
            (
                t!("practice-ask-information", outcome = name),
                numeric(
                    Quantity::Information { outcome },
                    Unit::Bits,
                    vec![mistake(MistakeKind::Unit(Unit::Nats), "practice-mistake-nats")],
                ),
            )
        }
        Topic::Entropy => (
            t!("practice-ask-entropy"),
            numeric(
                Quantity::Entropy(crate::info::derivation::Side::P),
                Unit::Bits,
                vec![mistake(MistakeKind::Unit(Unit::Nats), "practice-mistake-nats")],
            ),
        ),
        Topic::CrossEntropy => (
            t!("practice-ask-cross-entropy"),
            numeric(
                Quantity::CrossEntropy,
                Unit::Bits,
                vec![mistake(MistakeKind::CrossEntropy, "practice-mistake-kl-for-cross")],
            ),
        ),
        Topic::Kl => (
            t!("practice-ask-kl"),
            numeric(
                Quantity::Kl,
                Unit::Bits,
                vec![
                    mistake(MistakeKind::Reversed, "practice-mistake-reversed"),
                    mistake(MistakeKind::CrossEntropy, "practice-mistake-cross-for-kl"),
                ],
            ),
        ),
        Topic::KlReverse => (
            t!("practice-ask-kl-reverse"),
            numeric(
                Quantity::KlReverse,
                Unit::Bits,
                vec![mistake(MistakeKind::Reversed, "practice-mistake-reversed")],
            ),
        ),
        Topic::Js => (t!("practice-ask-js"), numeric(Quantity::Js, Unit::Bits, Vec::new())),
        Topic::Units => {
            let bits = Quantity::Entropy(crate::info::derivation::Side::P)
                .evaluate(lesson.pair(0), Unit::Bits)
                .value();
            let shown = crate::notation::Style::Unicode.decimal(bits, 4);
            (
                t!("practice-ask-units", bits = shown),
                numeric(
                    Quantity::Entropy(crate::info::derivation::Side::P),
                    Unit::Nats,
                    vec![mistake(MistakeKind::Unit(Unit::Bits), "practice-mistake-still-bits")],
                ),
            )
        }
        Topic::Closer => {
            let second = random_distribution(rng, n);
            lesson.models.push(Named { name: "R".into(), distribution: second });
            let compare = Compare { quantity: Quantity::Kl, largest: false, of: vec![1, 2] };
            let choices = vec!["Q".into(), "R".into()];
            (
                t!("practice-ask-closer"),
                Answer::Choice { choices, answer: 0, compare: Some(compare) },
            )
        }
    };
    // The numbers are drawn by the tutor for each try, as for a lesson's varied question;
    // the conversion drill states a value worked out from these ones, so they stay.
    let vary =
        (topic != Topic::Units).then(|| Vary { denominators: DENOMINATORS, keep: Vec::new() });
    let hide = match topic {
        // Information's value is every term of entropy; entropy hides information too.
        Topic::Entropy | Topic::Units => vec![Hidden::Entropy, Hidden::Information],
        _ => Hidden::defaults(&answer),
    };
    lesson.questions.push(Question {
        prompt,
        answer,
        hint: Some(t!("practice-hint")),
        explanation: None,
        hide,
        own: Own { vary, ..Own::default() },
    });
    lesson
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_gives_the_same_exercises() {
        let (mut a, mut b) = (Rng::new(7), Rng::new(7));
        for _ in 0..20 {
            assert_eq!(exercise(None, &mut a), exercise(None, &mut b));
        }
    }

    #[test]
    fn exercises_are_small_and_answerable() {
        let mut rng = Rng::new(1);
        for topic in Topic::ALL {
            for _ in 0..50 {
                let lesson = exercise(Some(topic), &mut rng);
                assert!((2..=6).contains(&lesson.outcomes.len()));
                for d in std::iter::once(&lesson.truth).chain(&lesson.models) {
                    for v in d.distribution.exact().iter() {
                        assert!(*v.denom() <= 16.into() && *v.numer() > 0.into(), "{v}");
                    }
                }
                let question = &lesson.questions[0];
                let lesson = super::super::variant::about(&lesson, question, rng.next_u64())
                    .expect("practice draws its numbers");
                if let Answer::Numeric { quantity, unit, .. } = question.answer {
                    let value = quantity.evaluate(lesson.pair(0), unit);
                    assert!(value.value().is_finite(), "{topic:?}: {value:?}");
                }
                assert!(!question.hide.is_empty(), "{topic:?} hides its answer");
            }
        }
    }
}
