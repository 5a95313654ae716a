//! A lesson worked out in full, for `kltutor explain`: a handout for a class.

use crate::info::derivation::Side;
use crate::info::{Derivation, Pair, Quantity};
use std::borrow::Cow;

use crate::lesson::variant::{self, interpolate, values_not_in};
use crate::lesson::{Answer, Lesson, Question};
use crate::notation::prose_minus;

use super::Comparison;
use super::continuous::{self, Densities, Named};
use super::document::{self, Block};
use super::formula;
use super::joint::{self, Labels};
use crate::i18n::unit_name;
use crate::info::density::Density;
use crate::notation::{Names, Style};
use crate::t;

/// The comparison of a lesson's truth with its models.
pub fn comparison(lesson: &Lesson) -> Comparison<'_> {
    Comparison {
        p_name: lesson.truth.name.clone(),
        p: &lesson.truth.distribution,
        models: lesson.models.iter().map(|m| (m.name.clone(), &m.distribution)).collect(),
        outcomes: lesson.outcomes.clone(),
        unit: lesson.unit,
        term_limit: None,
    }
}

/// The question as asked: the prompt, and the choices when there are some.
pub fn question_text(lesson: &Lesson, q: &Question) -> String {
    let asked = match &q.answer {
        Answer::Choice { choices, .. } => {
            let letters = choices
                .iter()
                .enumerate()
                .map(|(i, c)| format!("({}) {}", (b'a' + i as u8) as char, prose_minus(c)))
                .collect::<Vec<_>>()
                .join("  ");
            format!("{}\n{letters}", interpolate(&q.prompt, lesson))
        }
        Answer::Numeric { unit, .. }
            if !q.prompt.contains(unit.name()) && !q.prompt.contains(&unit_name(*unit)) =>
        {
            let prompt = interpolate(&q.prompt, lesson);
            t!("report-question-in-unit", prompt = prompt, unit = unit_name(*unit))
        }
        Answer::Numeric { .. } => interpolate(&q.prompt, lesson),
    };
    // A question with numbers of its own says what they are, where its prompt does not.
    let values = values_not_in(&q.prompt, lesson);
    if q.own.is_none() || values.is_empty() {
        asked
    } else {
        t!("report-question-values", question = asked, values = values)
    }
}

/// The right answer, computed by kltutor for numeric questions, with the explanation.
pub fn answer_text(lesson: &Lesson, q: &Question, precision: usize) -> String {
    let answer = match &q.answer {
        Answer::Choice { choices, .. } => crate::lesson::variant::right_choice(lesson, q)
            .map(|k| prose_minus(&choices[k]))
            .unwrap_or_default(),
        Answer::Numeric { quantity, model, unit, .. } => {
            let value = crate::lesson::grade::expected(lesson, *quantity, *model, *unit);
            let symbol = crate::notation::symbol(*quantity, &lesson.names(*model), Style::Unicode);
            format!("{symbol} = {} {}", Style::Unicode.decimal(value, precision), unit_name(*unit))
        }
    };
    match &q.explanation {
        Some(e) => {
            t!("report-answer-explained", answer = answer, explanation = interpolate(e, lesson))
        }
        None => t!("report-answer", answer = answer),
    }
}

/// How each model's measures move along its family: the lesson's `[chart]`, else the coin
/// family for two outcomes and the path to the truth otherwise.
fn charts<'a>(c: &Comparison<'_>, spec: Option<crate::lesson::ChartSpec>) -> Vec<Block<'a>> {
    let charts: Vec<Block<'a>> = c
        .models
        .iter()
        .filter_map(|(name, q)| {
            let p = (c.p_name.as_str(), c.p);
            let chart = super::chart::Chart::new(p, (name, q), &c.outcomes, spec, c.unit)?;
            Some(Block::Chart(Box::new(chart)))
        })
        .collect();
    if charts.is_empty() {
        return charts;
    }
    let mut blocks = vec![Block::Heading(2, t!("chart-heading"))];
    blocks.extend(charts);
    blocks
}

/// The quantities a lesson's steps show and its questions ask for.
fn used(lesson: &Lesson) -> Vec<Quantity> {
    let asked = lesson.all_questions().filter_map(|q| match q.answer {
        Answer::Numeric { quantity, .. } => Some(quantity),
        Answer::Choice { .. } => None,
    });
    lesson.steps.iter().filter_map(|s| s.show.quantity).chain(asked).collect()
}

fn is_divergence(q: Quantity) -> bool {
    matches!(q, Quantity::Kl | Quantity::KlReverse | Quantity::Js)
}

/// All the numbers of a lesson that compares no models by a divergence: only the kinds of
/// quantity it teaches, so a first lesson on information content is not answered with KL
/// divergences it has not met. Information for every outcome (of a long distribution, for
/// the outcomes the lesson names), H(P), then each model's cross-entropy and entropy.
fn taught<'a>(c: &Comparison<'_>, used: &[Quantity], blocks: &mut document::Emit<'_, 'a>) {
    let uses = |q: Quantity| {
        used.iter().any(|u| {
            *u == q
                || matches!((u, q), (Quantity::Information { .. }, Quantity::Information { .. }))
        })
    };
    let own = || Names {
        p: c.p_name.clone(),
        q: c.p_name.clone(),
        outcomes: c.outcomes.clone(),
        values: None,
    };
    let alone = Pair { p: c.p, q: c.p };
    // Every outcome's information when they fit a table, else those the lesson names.
    let outcomes: Vec<usize> = if c.p.len() <= super::text::MAX_TABLE_OUTCOMES {
        (0..c.p.len()).filter(|_| uses(Quantity::Information { outcome: 0 })).collect()
    } else {
        let mut named: Vec<usize> = used
            .iter()
            .filter_map(|q| match q {
                Quantity::Information { outcome } => Some(*outcome),
                _ => None,
            })
            .collect();
        named.sort_unstable();
        named.dedup();
        named
    };
    for outcome in outcomes {
        let d = Derivation::new(Quantity::Information { outcome }, alone, c.unit);
        blocks.extend(document::derivation_blocks(d, own()));
    }
    if uses(Quantity::Entropy(Side::P)) {
        blocks.push(Block::Derivation(Box::new(c.entropy_of_p()), own()));
    }
    for k in 0..c.models.len() {
        if uses(Quantity::CrossEntropy) {
            blocks.push(Block::Heading(3, t!("report-against", p = &c.p_name, q = &c.models[k].0)));
            blocks.extend(document::derivation_blocks(
                c.derive(k, Quantity::CrossEntropy),
                c.names(k),
            ));
        }
        if uses(Quantity::Entropy(Side::Q)) {
            blocks.extend(document::derivation_blocks(
                c.derive(k, Quantity::Entropy(Side::Q)),
                c.names(k),
            ));
        }
    }
}

/// A `[joint]` lesson's grid worked out under its row and column names: the joint with its
/// marginals, the product, I(X;Y) term by term, the entropies, the identities, the picture.
fn grid<'a>(lesson: &Lesson, precision: usize) -> Vec<Block<'a>> {
    let Some((grid, joint)) =
        lesson.grid.as_ref().and_then(|g| Some((g, g.joint(&lesson.truth.distribution)?)))
    else {
        return Vec::new();
    };
    let labels = Labels { rows: grid.rows.clone(), columns: grid.columns.clone() };
    let mut blocks = vec![Block::Heading(2, t!("report-joint"))];
    for section in joint::sections(&joint, &labels, lesson.unit, precision) {
        if !section.heading.is_empty() {
            blocks.push(Block::Heading(3, section.heading));
        }
        blocks.push(if section.preformatted {
            Block::Preformatted(section.body)
        } else {
            Block::Paragraph(section.body)
        });
    }
    blocks
}

/// A lesson of densities worked out as densities: the truth against every model, plotted,
/// in closed form or by quadrature, the bins converging, the fits to a mixture.
fn densities<'a>(lesson: &Lesson, precision: usize) -> Vec<Block<'a>> {
    let Some([p, models @ ..]) = lesson.continuous.as_ref().map(|c| c.densities.as_slice()) else {
        return Vec::new();
    };
    let named = |name: &str, density: &Density| Named {
        name: name.to_string(),
        text: super::continuous::written(density),
        density: density.clone(),
    };
    let densities = Densities {
        p: named(&lesson.truth.name, p),
        models: lesson.models.iter().zip(models).map(|(m, d)| named(&m.name, d)).collect(),
        unit: lesson.unit,
    };
    let heading = t!("report-densities", p = &lesson.truth.name);
    let mut blocks = vec![Block::Heading(2, heading)];
    for (heading, body) in continuous::sections(&densities, precision) {
        blocks.push(Block::Heading(3, heading));
        blocks.push(Block::Preformatted(body));
    }
    blocks.extend(continuous::closing(&densities, precision).into_iter().map(Block::Paragraph));
    blocks
}

/// The whole lesson: values, every step with its derivation, all the numbers, the questions
/// and their answers.
pub fn lesson(lesson: &Lesson, precision: usize) -> Vec<Block<'_>> {
    let mut blocks = Vec::new();
    each_block(lesson, precision, &mut |b| blocks.push(b));
    blocks
}

/// The blocks of [`lesson`], handed to `emit` one at a time as they are worked out: `explain`
/// writes each out before the next is made, so a lesson of 10⁵ outcomes streams.
pub fn each_block<'a>(lesson: &'a Lesson, precision: usize, emit: &mut dyn FnMut(Block<'a>)) {
    let mut blocks = document::Emit(emit);
    blocks.push(Block::Heading(1, lesson.title.clone()));
    if !lesson.summary.is_empty() {
        blocks.push(Block::Paragraph(lesson.summary.clone()));
    }
    let c = comparison(lesson);
    blocks.push(document::values(&c));
    if !lesson.steps.is_empty() {
        blocks.push(Block::Heading(2, t!("report-step-by-step")));
    }
    // A derivation the previous step already showed is not repeated; the step's own outcome
    // is quoted instead.
    let mut shown = None;
    let questions: Vec<(Cow<Lesson>, &Question)> = lesson
        .all_questions()
        .enumerate()
        .map(|(id, q)| (variant::first_try(lesson, id, q), q))
        .collect();
    let mut in_steps = questions.iter();
    for (i, step) in lesson.steps.iter().enumerate() {
        blocks.push(Block::Heading(3, t!("report-step", number = i + 1)));
        blocks.push(Block::Paragraph(step.text.clone()));
        // A predict-before-reveal step asks first, as the tutor does.
        let question = step
            .question
            .as_ref()
            .and_then(|_| in_steps.next())
            .map(|(seen, q)| t!("report-question", question = question_text(seen, q)));
        if step.hide
            && let Some(question) = &question
        {
            blocks.push(Block::Paragraph(question.clone()));
        }
        if let Some(quantity) = step.show.quantity {
            let model = step.show.model.unwrap_or(0);
            let d = Derivation::new(quantity, lesson.pair(model), lesson.unit);
            let names = lesson.names(model);
            if shown != Some((quantity, model)) {
                blocks.extend(document::derivation_blocks(d, names));
                shown = Some((quantity, model));
            } else if let Some(outcome) = step.show.outcome {
                let terms = formula::outcome_terms(&d, &names, Style::Unicode, outcome, precision);
                blocks.push(Block::Paragraph(t!(
                    "report-outcome-term",
                    outcome = names.outcome(outcome),
                    terms = terms
                )));
            }
        }
        if let Some(question) = question.filter(|_| !step.hide) {
            blocks.push(Block::Paragraph(question));
        }
    }
    blocks.push(Block::Heading(2, t!("report-all-numbers")));
    let used = used(lesson);
    if used.is_empty() || used.iter().any(|q| is_divergence(*q)) {
        document::each_comparison_block(&c, precision, Some(3), blocks.0);
    } else {
        taught(&c, &used, &mut blocks);
    }
    blocks.extend(grid(lesson, precision));
    blocks.extend(densities(lesson, precision));
    blocks.extend(charts(&c, lesson.chart));
    if !questions.is_empty() {
        blocks.push(Block::Heading(2, t!("report-questions")));
        blocks.push(Block::List {
            numbered: true,
            items: questions.iter().map(|(seen, q)| question_text(seen, q)).collect(),
        });
        blocks.push(Block::Heading(2, t!("report-answers")));
        blocks.push(Block::List {
            numbered: true,
            items: questions.iter().map(|(seen, q)| answer_text(seen, q, precision)).collect(),
        });
    }
}
