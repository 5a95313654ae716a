//! A question's part of a lesson file: its prompt and answer, what it hides, the mistakes it
//! names, and the numbers it brings of its own.

use std::ops::Range;

use toml::de::{DeTable, DeValue};

use crate::info::{Amount, Quantity, Unit};
use crate::lesson::variant;
use crate::lesson::{
    Answer, Compare, Hidden, Lesson, Mistake, MistakeKind, Named, Own, Question, Vary,
};
use crate::t;
use crate::visible::visible;

use super::fields::{Checker, Text, Value, find, quoted_list};
use super::{
    DEFAULT_TOLERANCE, HIDE_NAMES, MAX_CHOICES, MISTAKE_KEYS, MISTAKE_NAMES, QUESTION_KEYS,
};
use crate::lesson::diagnostic::Diagnostic;

/// The largest denominator of the values `vary = true` draws.
const DEFAULT_DENOMINATORS: u64 = 16;

pub(crate) const VARY_KEYS: &[&str] = &["denominators", "keep"];
pub(crate) const COMPARE_NAMES: &[&str] = &["entropy", "cross_entropy", "kl", "kl_reverse", "js"];

impl Checker {
    pub(super) fn question(
        &mut self,
        t: &DeTable<'_>,
        span: &Range<usize>,
        lesson: &Lesson,
        place: &str,
    ) -> Option<Question> {
        self.known_keys(t, QUESTION_KEYS, place);
        let prompt = self.required_string(t, "prompt", place, span, &t!("check-add-prompt"));
        let hint = self.string(t, "hint");
        let explanation = self.string(t, "explanation");
        let own = self.own(t, lesson, place)?;
        // Model names, stated answers and interpolations refer to the question's own values.
        let written = variant::written(lesson, &own);
        let varied = own.vary.is_some();
        let answer = if find(t, "choices").is_some() {
            self.choice(t, span, &written, place, varied)
        } else if find(t, "quantity").is_some() {
            self.numeric(t, span, &written, place, varied)
        } else {
            self.push(
                Diagnostic::new(span.clone(), t!("check-question-kind", place = place))
                    .label(t!("check-question-kind-label"))
                    .help(t!("check-question-kind-help")),
            );
            None
        };
        let answer = answer?;
        // `hide = true` belongs on a step whose question comes first.
        if let Some(v) = find(t, "hide").filter(|v| v.get_ref().as_bool().is_some()) {
            self.push(
                Diagnostic::new(v.span(), t!("check-question-hide-bool"))
                    .label(t!("check-here"))
                    .help(t!("check-question-hide-bool-help")),
            );
            return None;
        }
        let hide = match self.strings(t, "hide") {
            Some((words, _)) => words.iter().filter_map(|w| self.hidden(w)).collect(),
            None if find(t, "hide").is_some() => return None,
            None => Hidden::defaults(&answer),
        };
        let texts = [prompt.as_ref(), hint.as_ref(), explanation.as_ref()];
        let mut known = true;
        for text in texts.into_iter().flatten() {
            known &= self.interpolations(text, &written);
        }
        let question = Question {
            prompt: prompt?.value,
            answer,
            hint: hint.map(|t| t.value),
            explanation: explanation.map(|t| t.value),
            hide,
            own,
        };
        if varied && !self.draws(t, lesson, &question) {
            return None;
        }
        known.then_some(question)
    }

    /// `[question.truth]`, `[[question.model]]` and `vary`: the numbers a question brings.
    fn own(&mut self, t: &DeTable<'_>, lesson: &Lesson, place: &str) -> Option<Own> {
        let truth_tables = self.tables(t, "truth", false);
        // `model = "B"` names one of the lesson's models; `[[question.model]]` brings models.
        let model_tables = match find(t, "model").map(|v| v.get_ref()) {
            Some(DeValue::Array(_)) => self.tables(t, "model", true),
            _ => Vec::new(),
        };
        let special = lesson.grid.is_some() || lesson.continuous.is_some();
        let mut own = Own::default();
        let outcomes = Some(lesson.outcomes.as_slice());
        if let Some((table, table_span)) = truth_tables.first() {
            if special {
                return self.not_here(table_span, "[question.truth]");
            }
            let place = format!("{place}.truth");
            own.truth = Some(self.named(table, table_span, &place, outcomes, Ok(None))?.0);
        }
        if !model_tables.is_empty() {
            if special {
                return self.not_here(&model_tables[0].1, "[[question.model]]");
            }
            let place = format!("{place}.model");
            let models: Option<Vec<Named>> = model_tables
                .iter()
                .map(|(m, m_span)| self.named(m, m_span, &place, outcomes, Ok(None)).map(|n| n.0))
                .collect();
            own.models = Some(models?);
        }
        if own.truth.is_some() || own.models.is_some() {
            let truth = own.truth.as_ref().unwrap_or(&lesson.truth);
            let models: Vec<Option<Named>> =
                own.models.as_ref().unwrap_or(&lesson.models).iter().cloned().map(Some).collect();
            let spans = if model_tables.is_empty() {
                vec![0..0; models.len()]
            } else {
                model_tables
                    .iter()
                    .map(|(m, m_span)| find(m, "name").map_or_else(|| m_span.clone(), |v| v.span()))
                    .collect()
            };
            self.unique_names(Some(truth), &models, spans);
        }
        if let Some(v) = find(t, "vary") {
            own.vary = Some(self.vary(v, lesson, &own)?);
        }
        Some(own)
    }

    /// Reports numbers of a question's own in a lesson of a grid or of densities, whose
    /// distributions come from the grid or the densities.
    fn not_here(&mut self, span: &Range<usize>, what: &str) -> Option<Own> {
        self.push(
            Diagnostic::new(span.clone(), t!("check-own-not-here", what = what))
                .label(t!("check-here"))
                .help(t!("check-own-not-here-help")),
        );
        None
    }

    /// `vary = true` or `vary = { denominators = 16, keep = ["A"] }`.
    fn vary(&mut self, v: &Value<'_>, lesson: &Lesson, own: &Own) -> Option<Vary> {
        if lesson.continuous.is_some() {
            self.not_here(&v.span(), "vary");
            return None;
        }
        let n = lesson.outcomes.len() as u64;
        let mut vary = Vary { denominators: DEFAULT_DENOMINATORS.max(n), keep: Vec::new() };
        let table = match v.get_ref() {
            DeValue::Boolean(true) => return Some(vary),
            DeValue::Table(table) => table,
            _ => {
                self.wrong_type("vary", v, &t!("check-type-vary"));
                return None;
            }
        };
        self.known_keys(table, VARY_KEYS, "`vary`");
        if let Some((d, at)) = self.number(table, "denominators") {
            if d.fract() != 0.0 || d < n as f64 || d > variant::MOST_DENOMINATORS as f64 {
                self.push(
                    Diagnostic::new(at, t!("check-vary-denominators", count = n as usize))
                        .label(t!("check-here"))
                        .help(t!(
                            "check-vary-denominators-help",
                            count = n as usize,
                            most = variant::MOST_DENOMINATORS as usize
                        )),
                );
                return None;
            }
            vary.denominators = d as u64;
        }
        if let Some((names, _)) = self.strings(table, "keep") {
            let truth = own.truth.as_ref().unwrap_or(&lesson.truth);
            let models = own.models.as_ref().unwrap_or(&lesson.models);
            let all: Vec<&str> = std::iter::once(truth.name.as_str())
                .chain(models.iter().map(|m| m.name.as_str()))
                .collect();
            for name in names {
                match all.iter().position(|n| *n == name.value) {
                    Some(k) if lesson.grid.is_none() => vary.keep.push(k),
                    Some(_) => {
                        self.not_here(&name.span, "keep");
                        return None;
                    }
                    None => {
                        let what = t!("check-what-distribution", name = visible(&name.value));
                        self.unknown(name.span, &what, &name.value, &all);
                        return None;
                    }
                }
            }
        }
        Some(vary)
    }

    /// Whether every try of a varied question finds numbers that keep it meaningful; reports
    /// it at `vary` when not.
    fn draws(&mut self, t: &DeTable<'_>, lesson: &Lesson, question: &Question) -> bool {
        let found = (0..variant::CHECKED_TRIES)
            .all(|k| variant::about(lesson, question, variant::seed_of(0, 0, k)).is_some());
        if !found {
            let span = find(t, "vary").map(|v| v.span()).unwrap_or_default();
            self.push(
                Diagnostic::new(span, t!("check-vary-unsatisfiable", draws = variant::MAX_DRAWS))
                    .label(t!("check-here"))
                    .help(t!("check-vary-unsatisfiable-help")),
            );
        }
        found
    }

    /// Reports every `{Name}` in a question's text that names no distribution of it.
    fn interpolations(&mut self, text: &Text, lesson: &Lesson) -> bool {
        let unknown = variant::unknown_names(&text.value, lesson);
        let names: Vec<&str> = std::iter::once(lesson.truth.name.as_str())
            .chain(lesson.models.iter().map(|m| m.name.as_str()))
            .collect();
        for (_, name) in &unknown {
            self.push(
                Diagnostic::new(
                    text.span.clone(),
                    t!("check-unknown-interpolation", name = visible(name)),
                )
                .label(t!("check-here"))
                .help(t!("check-interpolation-help", names = quoted_list(&names))),
            );
        }
        unknown.is_empty()
    }

    /// One word of a question's `hide` list.
    fn hidden(&mut self, word: &Text) -> Option<Hidden> {
        let found = Hidden::NAMES.iter().find(|(name, _)| *name == word.value);
        if found.is_none() {
            let what = t!("check-what-hide", word = visible(&word.value));
            self.unknown(word.span.clone(), &what, &word.value, HIDE_NAMES);
        }
        found.map(|(_, h)| *h)
    }

    fn choice(
        &mut self,
        t: &DeTable<'_>,
        span: &Range<usize>,
        lesson: &Lesson,
        place: &str,
        varied: bool,
    ) -> Option<Answer> {
        let (choices, choices_span) = self.strings(t, "choices")?;
        if choices.len() > MAX_CHOICES {
            self.push(
                Diagnostic::new(choices_span, t!("check-too-many-choices", most = MAX_CHOICES))
                    .label(t!("check-too-many-choices-label", count = choices.len()))
                    .help(t!("check-too-many-choices-help")),
            );
            return None;
        }
        let mut seen = std::collections::HashSet::new();
        for choice in &choices {
            if !seen.insert(choice.value.as_str()) {
                self.push(
                    Diagnostic::new(
                        choice.span.clone(),
                        t!("check-choice-twice", choice = visible(&choice.value)),
                    )
                    .label(t!("check-choice-twice-label")),
                );
                return None;
            }
        }
        if choices.len() < 2 {
            self.push(
                Diagnostic::new(choices_span, t!("check-two-choices"))
                    .label(t!("check-two-choices-label")),
            );
            return None;
        }
        let compare = match self.string(t, "compare") {
            Some(text) => Some(self.compare(t, &text, &choices, lesson)?),
            None if find(t, "compare").is_some() => return None,
            None => {
                if let Some(v) = find(t, "pick") {
                    self.push(
                        Diagnostic::new(v.span(), t!("check-pick-needs-compare"))
                            .label(t!("check-here"))
                            .help(t!("check-compare-help")),
                    );
                    return None;
                }
                None
            }
        };
        let names: Vec<&str> = choices.iter().map(|c| c.value.as_str()).collect();
        let computed = compare.as_ref().and_then(|c| variant::pick(lesson, c));
        // `answer = 2`: the choice is named, not numbered.
        if let Some(v) = find(t, "answer").filter(|v| !matches!(v.get_ref(), DeValue::String(_))) {
            let k = v.get_ref().as_integer().and_then(|i| i.as_str().parse::<usize>().ok());
            let help = match k.and_then(|k| names.get(k.wrapping_sub(1))) {
                Some(name) => t!("check-choice-by-name-help", choice = visible(name)),
                None => t!("check-choices-are", choices = quoted_list(&names)),
            };
            self.push(
                Diagnostic::new(v.span(), t!("check-choice-by-name"))
                    .label(t!("check-here"))
                    .help(help),
            );
            return None;
        }
        let stated = self.string(t, "answer");
        let answer = match (stated, computed) {
            (Some(stated), _) if varied => {
                self.push(
                    Diagnostic::new(stated.span, t!("check-vary-stated-answer"))
                        .label(t!("check-here"))
                        .help(t!("check-vary-stated-answer-help")),
                );
                return None;
            }
            (None, None) if varied => {
                self.push(
                    Diagnostic::new(span.clone(), t!("check-vary-needs-compare"))
                        .label(t!("check-here"))
                        .help(t!("check-compare-help")),
                );
                return None;
            }
            (None, Some(index)) => index,
            (None, None) => {
                if find(t, "answer").is_none() {
                    self.missing(t, "answer", place, span.clone(), &t!("check-add-answer"));
                }
                return None;
            }
            (Some(stated), computed) => match names.iter().position(|c| *c == stated.value) {
                Some(index) => {
                    if let Some(right) = computed.filter(|&right| right != index) {
                        self.stale.push(
                            Diagnostic::new(
                                stated.span,
                                t!(
                                    "check-choice-disagrees",
                                    stated = visible(&stated.value),
                                    right = visible(names[right])
                                ),
                            )
                            .label(t!("check-choice-disagrees-label"))
                            .help(t!("check-choice-disagrees-help", right = visible(names[right]))),
                        );
                    }
                    index
                }
                None => {
                    self.push(
                        Diagnostic::new(
                            stated.span,
                            t!("check-answer-not-choice", answer = visible(&stated.value)),
                        )
                        .label(t!("check-answer-not-choice-label"))
                        .help(t!("check-choices-are", choices = quoted_list(&names))),
                    );
                    return None;
                }
            },
        };
        Some(Answer::Choice {
            choices: choices.into_iter().map(|c| c.value).collect(),
            answer,
            compare,
        })
    }

    /// `compare = "kl"` (and `pick`): the quantity that decides a choice question, each
    /// choice naming a distribution (a model, or for entropy the truth too).
    fn compare(
        &mut self,
        t: &DeTable<'_>,
        text: &Text,
        choices: &[Text],
        lesson: &Lesson,
    ) -> Option<Compare> {
        let Some(quantity) = super::named_quantity(&text.value, false) else {
            let what = t!("check-what-quantity", name = visible(&text.value));
            self.unknown(text.span.clone(), &what, &text.value, COMPARE_NAMES);
            return None;
        };
        let largest = match self.string(t, "pick") {
            None => false,
            Some(p) if p.value == "smallest" => false,
            Some(p) if p.value == "largest" => true,
            Some(p) => {
                let what = t!("check-what-pick", word = visible(&p.value));
                self.unknown(p.span, &what, &p.value, &["smallest", "largest"]);
                return None;
            }
        };
        let entropy = matches!(quantity, Quantity::Entropy(_));
        let mut of = Vec::new();
        for choice in choices {
            let model = lesson.models.iter().position(|m| m.name == choice.value);
            let found = match model {
                Some(k) => Some(k + 1),
                None if entropy && lesson.truth.name == choice.value => Some(0),
                None => None,
            };
            let Some(d) = found else {
                let names: Vec<&str> = std::iter::once(&lesson.truth)
                    .filter(|_| entropy)
                    .chain(&lesson.models)
                    .map(|n| n.name.as_str())
                    .collect();
                self.push(
                    Diagnostic::new(
                        choice.span.clone(),
                        t!("check-choice-not-distribution", choice = visible(&choice.value)),
                    )
                    .label(t!("check-here"))
                    .help(t!("check-choice-not-distribution-help", names = quoted_list(&names))),
                );
                return None;
            };
            of.push(d);
        }
        Some(Compare { quantity, largest, of })
    }

    fn numeric(
        &mut self,
        t: &DeTable<'_>,
        span: &Range<usize>,
        lesson: &Lesson,
        place: &str,
        varied: bool,
    ) -> Option<Answer> {
        let focus = self.focus(t, lesson, true, span, place)?;
        let quantity = focus.quantity?;
        let model = focus.model.unwrap_or(0);
        let unit = self.unit(t).unwrap_or(lesson.unit);
        let tolerance = match self.number(t, "tolerance") {
            Some((x, _)) if x >= 0.0 => x,
            Some((_, at)) => {
                self.push(
                    Diagnostic::new(at, t!("check-negative-tolerance"))
                        .label(t!("check-negative-tolerance-label")),
                );
                return None;
            }
            None => DEFAULT_TOLERANCE,
        };
        let stated = self.number(t, "answer");
        let expected = quantity.evaluate(lesson.pair(model), unit);
        let symbol = crate::notation::symbol(
            quantity,
            &lesson.names(model),
            crate::notation::Style::Unicode,
        );
        if varied {
            if let Some((_, at)) = stated {
                self.push(
                    Diagnostic::new(at, t!("check-vary-stated-answer"))
                        .label(t!("check-here"))
                        .help(t!("check-vary-stated-answer-help")),
                );
                return None;
            }
        } else if let Amount::Infinite { .. } = expected {
            self.push(
                Diagnostic::new(
                    span.clone(),
                    t!("check-infinite-answer", symbol = symbol.as_str()),
                )
                .label(t!("check-infinite-answer-label"))
                .help(t!("check-infinite-answer-help")),
            );
            return None;
        }
        if let Some((value, at)) = &stated {
            // In a lesson of densities, the densities' value, not the bins'.
            let want = crate::lesson::grade::expected(lesson, quantity, model, unit);
            if (value - want).abs() > tolerance {
                self.stale.push(
                    Diagnostic::new(
                        at.clone(),
                        t!(
                            "check-answer-disagrees",
                            stated = value.to_string(),
                            symbol = symbol.as_str(),
                            value = format!("{want:.6}"),
                            unit = crate::i18n::unit_name(unit)
                        ),
                    )
                    .label(match mistaken_for(lesson, quantity, model, unit, *value, tolerance) {
                        // The classic slips: say which quantity the stated value is.
                        Some(other) => t!("check-answer-is-other", other = other),
                        None => t!(
                            "check-answer-disagrees-label",
                            difference = format!("{:.6}", (value - want).abs()),
                            tolerance = tolerance.to_string()
                        ),
                    })
                    .help(t!("check-answer-disagrees-help", value = format!("{want:.4}"))),
                );
            }
        }
        let mut mistakes = Vec::new();
        for (m, m_span) in self.tables(t, "mistake", true) {
            mistakes.push(self.mistake(m, &m_span, quantity, unit)?);
        }
        Some(Answer::Numeric { quantity, model, unit, tolerance, mistakes })
    }

    pub(super) fn mistake(
        &mut self,
        t: &DeTable<'_>,
        span: &Range<usize>,
        quantity: Quantity,
        unit: Unit,
    ) -> Option<Mistake> {
        self.known_keys(t, MISTAKE_KEYS, "[[question.mistake]]");
        let place = "[[question.mistake]]";
        let kind_text = self.required_string(t, "kind", place, span, &t!("check-add-kind"));
        let feedback = self.required_string(t, "feedback", place, span, &t!("check-add-feedback"));
        let kind_text = kind_text?;
        let kind = match kind_text.value.as_str() {
            "reversed" if matches!(quantity, Quantity::Kl | Quantity::KlReverse) => {
                MistakeKind::Reversed
            }
            "cross_entropy" if matches!(quantity, Quantity::Kl | Quantity::CrossEntropy) => {
                MistakeKind::CrossEntropy
            }
            "reversed" | "cross_entropy" => {
                self.push(
                    Diagnostic::new(
                        kind_text.span,
                        t!("check-mistake-not-applicable", mistake = visible(&kind_text.value)),
                    )
                    .label(t!("check-mistake-not-applicable-label"))
                    .help(t!("check-mistake-not-applicable-help")),
                );
                return None;
            }
            other => match other.parse::<Unit>() {
                Ok(u) if u != unit => MistakeKind::Unit(u),
                Ok(_) => {
                    self.push(
                        Diagnostic::new(
                            kind_text.span,
                            t!("check-same-unit", unit = crate::i18n::unit_name(unit)),
                        )
                        .label(t!("check-same-unit-label")),
                    );
                    return None;
                }
                Err(_) => {
                    let what = t!("check-what-mistake", name = visible(other));
                    self.unknown(kind_text.span, &what, other, MISTAKE_NAMES);
                    return None;
                }
            },
        };
        Some(Mistake { kind, feedback: feedback?.value })
    }
}

/// What a stated answer that is not `quantity` is instead, when it is a classic slip: the
/// reversed divergence, cross-entropy for KL (or KL for cross-entropy), another unit.
fn mistaken_for(
    lesson: &Lesson,
    quantity: Quantity,
    model: usize,
    unit: Unit,
    stated: f64,
    tolerance: f64,
) -> Option<String> {
    let kinds = crate::lesson::grade::automatic_mistakes(unit).into_iter();
    kinds.map(|kind| variant::mistaken(kind, quantity, unit)).find_map(|(q, u)| {
        let value = crate::lesson::grade::expected(lesson, q, model, u);
        let differs = (q, u) != (quantity, unit);
        (differs && (value - stated).abs() <= tolerance).then(|| {
            let symbol =
                crate::notation::symbol(q, &lesson.names(model), crate::notation::Style::Unicode);
            format!(
                "{symbol} = {} {}",
                crate::notation::Style::Unicode.decimal(value, 4),
                crate::i18n::unit_name(u)
            )
        })
    })
}
