//! The numbers a question is about: the lesson's, its own, or drawn afresh for each try.
//!
//! A worked example teaches with one pair of distributions; a question that asks about the
//! same pair tests reading, not understanding. So a question may bring its own distributions
//! (`[question.truth]`, `[[question.model]]`) or draw new ones for every try (`vary`), with
//! small denominators so the arithmetic stays doable on paper, and only draws that keep the
//! question meaningful: no model equal to the truth, no tie between the choices of a "which
//! is closer", no answer too small to tell from a mistake. Practice draws its exercises with
//! the same generator.
//!
//! Drawing is pure and seeded: the same seed, question and try give the same numbers.

use std::borrow::Cow;

use num_rational::BigRational;

use crate::info::derivation::Side;
use crate::info::{Distribution, Notation, Quantity, Unit};
use crate::notation::Style;

use super::{Answer, Compare, Lesson, MistakeKind, Own, Question};

/// How many draws a question may take to find meaningful numbers before `check` calls its
/// `vary` unsatisfiable: enough that a satisfiable one essentially never runs out.
pub const MAX_DRAWS: usize = 2000;

/// The tries `check` draws for each varied question, to be sure each try finds numbers.
pub const CHECKED_TRIES: u32 = 8;

/// The largest denominator `vary` may ask for: beyond it values stop being doable by hand.
pub const MOST_DENOMINATORS: u64 = 100;

/// Distinct compared values or answers closer than this (in bits) read as a tie.
const APART: f64 = 0.01;

/// SplitMix64: a tiny, well-studied generator; plenty for choosing numbers.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A whole number in `low..=high`.
    pub fn between(&mut self, low: u64, high: u64) -> u64 {
        low + self.next_u64() % (high - low + 1)
    }
}

/// A distribution over `n` outcomes with one denominator d (n ≤ d ≤ `most`), every value at
/// least 1/d: a random split of d into n positive parts. `most` must be at least `n`.
pub fn random_distribution(rng: &mut Rng, n: usize, most: u64) -> Distribution {
    let d = rng.between(n.max(2) as u64, most.max(n as u64));
    let mut cuts: Vec<u64> = Vec::new();
    while cuts.len() < n - 1 {
        let c = rng.between(1, d - 1);
        if !cuts.contains(&c) {
            cuts.push(c);
        }
    }
    cuts.sort_unstable();
    let bounds: Vec<u64> = std::iter::once(0).chain(cuts).chain(std::iter::once(d)).collect();
    let values = bounds
        .windows(2)
        .map(|w| BigRational::new(((w[1] - w[0]) as i64).into(), (d as i64).into()))
        .collect();
    Distribution::new(values, Notation::Fraction).expect("parts of d over d sum to 1")
}

/// The seed of try `variant` of question `id` of a lesson, from the tutor's seed.
pub fn seed_of(seed: u64, id: usize, variant: u32) -> u64 {
    let mut rng = Rng::new(seed ^ ((id as u64) << 32) ^ u64::from(variant));
    rng.next_u64()
}

/// A seed for a lesson that its title alone decides: every student of a class meets the same
/// numbers at the same try, unless the tutor is given `--seed`.
pub fn lesson_seed(lesson: &Lesson) -> u64 {
    // FNV-1a: stable across builds and platforms, unlike the standard hasher.
    lesson
        .title
        .bytes()
        .fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3))
}

/// The lesson as question `question` sees it at the try seeded `seed`: its own or freshly
/// drawn distributions in place of the lesson's. `None` when `vary` found no meaningful
/// numbers within [`MAX_DRAWS`] draws (`check` refuses such a lesson).
pub fn about<'a>(lesson: &'a Lesson, question: &Question, seed: u64) -> Option<Cow<'a, Lesson>> {
    let written = written(lesson, &question.own);
    let Some(vary) = &question.own.vary else { return Some(written) };
    let written = written.into_owned();
    let n = lesson.outcomes.len();
    let mut rng = Rng::new(seed);
    for _ in 0..MAX_DRAWS {
        let mut drawn = written.clone();
        if !vary.keep.contains(&0) {
            drawn.truth.distribution = random_distribution(&mut rng, n, vary.denominators);
        }
        match lesson.grid.as_ref() {
            // A grid's model is the product of its marginals: it follows the drawn joint.
            Some(grid) => match grid.joint(&drawn.truth.distribution) {
                Some(joint) => drawn.models[0].distribution = joint.product(),
                None => continue,
            },
            None => {
                for (k, model) in drawn.models.iter_mut().enumerate() {
                    if !vary.keep.contains(&(k + 1)) {
                        model.distribution = random_distribution(&mut rng, n, vary.denominators);
                    }
                }
            }
        }
        if meaningful(&drawn, question) {
            return Some(Cow::Owned(drawn));
        }
    }
    None
}

/// The lesson as question `id` sees it at its first try, as the tutor first shows it (and
/// handouts print it); the lesson itself should its `vary` find no numbers.
pub fn first_try<'a>(lesson: &'a Lesson, id: usize, question: &Question) -> Cow<'a, Lesson> {
    about(lesson, question, seed_of(lesson_seed(lesson), id, 0)).unwrap_or(Cow::Borrowed(lesson))
}

/// Every distribution of `lesson` that `text` does not show (as `{A}`) with its values,
/// `A = (½, ½), B = (¼, ¾)`; empty when it shows them all.
pub fn values_not_in(text: &str, lesson: &Lesson) -> String {
    std::iter::once(&lesson.truth)
        .chain(&lesson.models)
        .filter(|n| !text.contains(&format!("{{{}}}", n.name)))
        .filter_map(|n| values_of(lesson, &n.name).map(|v| format!("{} = {v}", n.name)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The lesson with the distributions a question writes out in place of its own.
pub fn written<'a>(lesson: &'a Lesson, own: &Own) -> Cow<'a, Lesson> {
    if own.truth.is_none() && own.models.is_none() {
        return Cow::Borrowed(lesson);
    }
    let mut written = lesson.clone();
    if let Some(truth) = &own.truth {
        written.truth = truth.clone();
    }
    if let Some(models) = &own.models {
        written.models = models.clone();
    }
    Cow::Owned(written)
}

/// Whether `lesson`'s values keep `question` worth asking: every model differs from the truth
/// and from the others; a numeric answer is finite and stands apart from zero and from the
/// reversed divergence; a compared choice has no tie.
fn meaningful(lesson: &Lesson, question: &Question) -> bool {
    let all: Vec<&Distribution> =
        std::iter::once(&lesson.truth).chain(&lesson.models).map(|n| &n.distribution).collect();
    for (k, a) in all.iter().enumerate() {
        if all[..k].contains(a) {
            return false;
        }
    }
    match &question.answer {
        Answer::Numeric { quantity, model, unit, tolerance, .. } => {
            let value = quantity.evaluate(lesson.pair(*model), *unit).value();
            let apart = |other: Quantity| {
                let v = other.evaluate(lesson.pair(*model), *unit).value();
                (v - value).abs() > 2.0 * tolerance
            };
            value.is_finite()
                && value.abs() >= APART
                && match quantity {
                    Quantity::Kl => apart(Quantity::KlReverse),
                    Quantity::KlReverse => apart(Quantity::Kl),
                    _ => true,
                }
        }
        // A uniform distribution has the most entropy there is: no comparison to work out.
        Answer::Choice { compare: Some(compare), .. }
            if matches!(compare.quantity, Quantity::Entropy(_))
                && compare.of.iter().any(|&d| uniform(all[d])) =>
        {
            false
        }
        Answer::Choice { compare: Some(compare), .. } => {
            let values: Vec<f64> =
                compare.of.iter().map(|&d| compared(lesson, compare.quantity, d)).collect();
            values.iter().all(|v| v.is_finite())
                && values
                    .iter()
                    .enumerate()
                    .all(|(k, a)| values[..k].iter().all(|b| (a - b).abs() >= APART))
        }
        Answer::Choice { compare: None, .. } => true,
    }
}

fn uniform(d: &Distribution) -> bool {
    let values = d.exact();
    values.iter().all(|x| *x == values[0])
}

/// The compared value of distribution `d` (0 the truth, k + 1 model k), in bits: its entropy,
/// or the quantity between the truth and it.
pub fn compared(lesson: &Lesson, quantity: Quantity, d: usize) -> f64 {
    match (quantity, d) {
        (Quantity::Entropy(_), 0) => {
            Quantity::Entropy(Side::P).evaluate(lesson.pair(0), Unit::Bits).value()
        }
        (Quantity::Entropy(_), k) => {
            Quantity::Entropy(Side::Q).evaluate(lesson.pair(k - 1), Unit::Bits).value()
        }
        (_, 0) => f64::NAN,
        (q, k) => q.evaluate(lesson.pair(k - 1), Unit::Bits).value(),
    }
}

/// The index of the right choice on `lesson`'s values.
pub fn right_choice(lesson: &Lesson, question: &Question) -> Option<usize> {
    let Answer::Choice { answer, compare, .. } = &question.answer else { return None };
    match compare {
        Some(compare) => pick(lesson, compare),
        None => Some(*answer),
    }
}

/// The choice `compare` picks on `lesson`'s values.
pub fn pick(lesson: &Lesson, compare: &Compare) -> Option<usize> {
    let values = compare.of.iter().map(|&d| compared(lesson, compare.quantity, d));
    let mut best: Option<(usize, f64)> = None;
    for (k, v) in values.enumerate() {
        let better = match best {
            None => true,
            Some((_, b)) => (compare.largest && v > b) || (!compare.largest && v < b),
        };
        if better {
            best = Some((k, v));
        }
    }
    best.map(|(k, _)| k)
}

/// The quantity a recognised mistake gives in place of a numeric question's, and its unit.
pub fn mistaken(kind: MistakeKind, quantity: Quantity, unit: Unit) -> (Quantity, Unit) {
    match kind {
        MistakeKind::Reversed => match quantity {
            Quantity::Kl => (Quantity::KlReverse, unit),
            Quantity::KlReverse => (Quantity::Kl, unit),
            other => (other, unit),
        },
        MistakeKind::Unit(other) => (quantity, other),
        MistakeKind::CrossEntropy => match quantity {
            Quantity::Kl => (Quantity::CrossEntropy, unit),
            Quantity::CrossEntropy => (Quantity::Kl, unit),
            other => (other, unit),
        },
    }
}

/// `text` with every `{Name}` of a distribution replaced by its values, `(¼, ¾)`; `{{` and
/// `}}` stand for braces.
pub fn interpolate(text: &str, lesson: &Lesson) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(['{', '}']) {
        out.push_str(&rest[..at]);
        let after = &rest[at..];
        if after.starts_with("{{") || after.starts_with("}}") {
            out.push_str(&after[..1]);
            rest = &after[2..];
            continue;
        }
        match (after.starts_with('{'), after.find('}')) {
            (true, Some(end)) => {
                let name = &after[1..end];
                match values_of(lesson, name) {
                    Some(values) => out.push_str(&values),
                    None => out.push_str(&after[..=end]),
                }
                rest = &after[end + 1..];
            }
            _ => {
                out.push_str(&after[..1]);
                rest = &after[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The names a text interpolates that are not distributions of `lesson`, with their byte
/// ranges in the text.
pub fn unknown_names(text: &str, lesson: &Lesson) -> Vec<(std::ops::Range<usize>, String)> {
    let mut unknown = Vec::new();
    let mut from = 0;
    while let Some(at) = text[from..].find('{').map(|k| k + from) {
        if text[at..].starts_with("{{") {
            from = at + 2;
            continue;
        }
        let Some(end) = text[at..].find('}').map(|k| k + at) else { break };
        let name = &text[at + 1..end];
        if values_of(lesson, name).is_none() {
            unknown.push((at..end + 1, name.to_string()));
        }
        from = end + 1;
    }
    unknown
}

/// A distribution's values as a prompt shows them: `(¼, ¾)`.
fn values_of(lesson: &Lesson, name: &str) -> Option<String> {
    let named = std::iter::once(&lesson.truth).chain(&lesson.models).find(|n| n.name == name)?;
    let d = &named.distribution;
    let values: Vec<String> =
        d.exact().iter().map(|x| Style::Unicode.rational(x, d.notation())).collect();
    Some(format!("({})", values.join(", ")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lesson::builtin::Builtin;
    use crate::lesson::{Own, Vary};

    fn coin() -> Lesson {
        Builtin::find("kl-divergence").unwrap().load().unwrap()
    }

    #[test]
    fn prompts_show_the_values_they_name() {
        let lesson = coin();
        assert_eq!(
            interpolate("Is {B} closer than {C}?", &lesson),
            "Is (¼, ¾) closer than (⅛, ⅞)?"
        );
        assert_eq!(interpolate("{{B}} and {X}", &lesson), "{B} and {X}");
        assert_eq!(unknown_names("{A} {X} {{Y}}", &lesson), vec![(4..7, "X".to_string())]);
    }

    #[test]
    fn varied_questions_draw_meaningful_numbers_again_for_each_try() {
        let lesson = coin();
        let mut question = lesson.questions[0].clone();
        question.own =
            Own { vary: Some(Vary { denominators: 16, keep: vec![0] }), ..Own::default() };
        let compare = Compare { quantity: Quantity::Kl, largest: false, of: vec![1, 2] };
        question.answer = Answer::Choice {
            choices: vec!["B".into(), "C".into()],
            answer: 0,
            compare: Some(compare),
        };
        let mut seen = Vec::new();
        for variant in 0..20 {
            let drawn = about(&lesson, &question, seed_of(1, 0, variant)).unwrap();
            assert_eq!(drawn.truth, lesson.truth, "the truth is kept");
            let a = compared(&drawn, Quantity::Kl, 1);
            let b = compared(&drawn, Quantity::Kl, 2);
            assert!((a - b).abs() >= APART, "no tie: {a} {b}");
            assert_eq!(right_choice(&drawn, &question), Some(usize::from(b < a)));
            seen.push(drawn.models[0].distribution.clone());
            let again = about(&lesson, &question, seed_of(1, 0, variant)).unwrap();
            assert_eq!(again.models, drawn.models, "seeded");
        }
        seen.dedup();
        assert!(seen.len() > 10, "fresh numbers each try");
    }
}
