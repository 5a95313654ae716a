//! Reading a lesson file: every check, every problem reported at its line and column.

use std::ops::Range;

use toml::de::{DeTable, DeValue};

use crate::i18n::Lang;
use crate::info::derivation::Side;
use crate::info::distribution::{Distribution, DistributionError, Notation, check_values};
use crate::info::exact::parse_exact;
use crate::info::{Amount, Quantity, Unit};

use super::diagnostic::{Diagnostic, Report};
use super::{Answer, Focus, Lesson, Mistake, MistakeKind, Named, Question, Step};

mod fields;

use fields::{Checker, find, quoted_list};

/// Lessons are small; a larger file is almost certainly the wrong file.
pub const MAX_FILE_BYTES: usize = 1 << 20;

/// Tolerance of numeric answers unless the question sets one: enough for 3 decimals.
pub const DEFAULT_TOLERANCE: f64 = 0.0005;

pub(crate) const TOP_KEYS: &[&str] =
    &["title", "summary", "lang", "unit", "outcomes", "truth", "model", "step", "question"];
pub(crate) const DISTRIBUTION_KEYS: &[&str] = &["name", "probs", "normalize"];
pub(crate) const STEP_KEYS: &[&str] = &["text", "show", "hide", "question"];
pub(crate) const SHOW_KEYS: &[&str] = &["quantity", "model", "outcome"];
pub(crate) const QUESTION_KEYS: &[&str] = &[
    "prompt",
    "choices",
    "answer",
    "hint",
    "explanation",
    "quantity",
    "model",
    "outcome",
    "unit",
    "tolerance",
    "mistake",
];
pub(crate) const MISTAKE_KEYS: &[&str] = &["kind", "feedback"];
pub(crate) const QUANTITY_NAMES: &[&str] =
    &["information", "entropy", "cross_entropy", "kl", "kl_reverse", "js"];
pub(crate) const MISTAKE_NAMES: &[&str] =
    &["reversed", "cross_entropy", "bits", "nats", "hartleys"];

/// Loads a lesson from the bytes of a file, or reports everything wrong with it.
pub fn parse_lesson(file: &str, bytes: &[u8]) -> Result<Lesson, Report> {
    if bytes.len() > MAX_FILE_BYTES {
        let d = Diagnostic::new(
            0..0,
            format!(
                "the file is {:.1} MiB; a lesson may be at most 1 MiB",
                bytes.len() as f64 / (1 << 20) as f64
            ),
        )
        .label("file too large")
        .help("is this the right file? split very large data into a smaller sample");
        return Err(Report::new(file, "", vec![d]));
    }
    let source = match std::str::from_utf8(bytes) {
        Ok(source) => source,
        Err(e) => {
            let at = e.valid_up_to();
            let lossy = String::from_utf8_lossy(bytes);
            let width = '\u{fffd}'.len_utf8();
            let d = Diagnostic::new(at..at + width, "the file is not valid UTF-8")
                .label("this byte is not UTF-8")
                .help("save the file as UTF-8 (most editors offer it under 'Save with encoding')");
            return Err(Report::new(file, &lossy, vec![d]));
        }
    };
    let mut checker = Checker::default();
    let (root, errors) = DeTable::parse_recoverable(source);
    for e in &errors {
        let span = e.span().unwrap_or(0..0);
        let message = e.message().trim().to_string();
        checker.push(
            Diagnostic::new(span, format!("TOML syntax: {message}"))
                .label("here")
                .help("see the lesson format reference, or run `kltutor new` for a starter file"),
        );
    }
    if !errors.is_empty() {
        return Err(Report::new(file, source, checker.diagnostics));
    }
    let root_span = root.span();
    let lesson = checker.lesson(root.get_ref(), root_span.start..root_span.start);
    match lesson {
        Some(lesson) if checker.diagnostics.is_empty() => Ok(lesson),
        _ => {
            if checker.diagnostics.is_empty() {
                // Every path that gives up reports why; this is a last line of defence.
                checker.push(Diagnostic::new(0..0, "the lesson is incomplete").label("here"));
            }
            Err(Report::new(file, source, checker.diagnostics))
        }
    }
}

impl Checker {
    fn lesson(&mut self, root: &DeTable<'_>, top: Range<usize>) -> Option<Lesson> {
        self.known_keys(root, TOP_KEYS, "the lesson");
        let title = self.required_string(
            root,
            "title",
            "the lesson",
            &top,
            "add a line such as: title = \"Which model is closer?\"",
        );
        let summary = self.string(root, "summary").map(|t| t.value).unwrap_or_default();
        let lang = self.lang(root);
        let unit = self.unit(root).unwrap_or_default();
        let outcomes = self.outcomes(root, &top);
        let truth = self.tables(root, "truth", false);
        let truth = match truth.first() {
            Some((t, span)) => self.named(t, span, "[truth]", outcomes.as_deref()),
            None => {
                if find(root, "truth").is_none() {
                    self.missing(
                        root,
                        "truth",
                        "the lesson",
                        top.clone(),
                        "add a [truth] table with `name` and `probs`",
                    );
                }
                None
            }
        };
        let model_tables = self.tables(root, "model", true);
        // Other shapes of `model` without tables were reported by `tables`.
        let no_models = find(root, "model")
            .is_none_or(|v| v.get_ref().as_array().is_some_and(|items| items.is_empty()));
        if model_tables.is_empty() && no_models {
            self.missing(
                root,
                "model",
                "the lesson",
                top.clone(),
                "add at least one [[model]] table with `name` and `probs`",
            );
        }
        let models: Vec<Option<Named>> = model_tables
            .iter()
            .map(|(t, span)| self.named(t, span, "[[model]]", outcomes.as_deref()))
            .collect();
        let name_spans: Vec<Range<usize>> = model_tables
            .iter()
            .map(|(t, span)| find(t, "name").map_or_else(|| span.clone(), |v| v.span()))
            .collect();
        self.unique_names(truth.as_ref(), &models, name_spans);
        let (outcomes, truth) = (outcomes?, truth?);
        let models: Vec<Named> = models.into_iter().collect::<Option<_>>()?;
        if models.is_empty() {
            return None;
        }
        let mut lesson = Lesson {
            title: title?.value,
            summary,
            lang,
            unit,
            outcomes,
            truth,
            models,
            steps: Vec::new(),
            questions: Vec::new(),
        };
        for (t, span) in self.tables(root, "step", true) {
            if let Some(step) = self.step(t, &span, &lesson) {
                lesson.steps.push(step);
            }
        }
        for (t, span) in self.tables(root, "question", true) {
            if let Some(question) = self.question(t, &span, &lesson, "[[question]]") {
                lesson.questions.push(question);
            }
        }
        Some(lesson)
    }

    /// The language the lesson is written in: one kltutor has a catalog for.
    fn lang(&mut self, root: &DeTable<'_>) -> Option<Lang> {
        let text = self.string(root, "lang")?;
        let lang = Lang::from_tag(&text.value);
        if lang.is_none() {
            let known: Vec<&str> = Lang::ALL.iter().map(|l| l.tag()).collect();
            self.push(
                Diagnostic::new(
                    text.span,
                    crate::t!("check-unknown-lang", tag = crate::visible::visible(&text.value)),
                )
                .label(crate::t!("check-unknown-lang-label"))
                .help(crate::t!("check-unknown-lang-help", tags = quoted_list(&known))),
            );
        }
        lang
    }

    fn unit(&mut self, table: &DeTable<'_>) -> Option<Unit> {
        let text = self.string(table, "unit")?;
        match text.value.parse::<Unit>() {
            Ok(unit) => Some(unit),
            Err(message) => {
                self.push(Diagnostic::new(text.span, message).label("not a unit"));
                None
            }
        }
    }

    fn outcomes(&mut self, root: &DeTable<'_>, top: &Range<usize>) -> Option<Vec<String>> {
        if find(root, "outcomes").is_none() {
            self.missing(
                root,
                "outcomes",
                "the lesson",
                top.clone(),
                "name the outcomes, e.g. outcomes = [\"heads\", \"tails\"]",
            );
            return None;
        }
        let (texts, span) = self.strings(root, "outcomes")?;
        if texts.is_empty() {
            self.push(
                Diagnostic::new(span, "`outcomes` is empty").label("name at least one outcome"),
            );
            return None;
        }
        let mut ok = true;
        for (i, t) in texts.iter().enumerate() {
            if texts[..i].iter().any(|earlier| earlier.value == t.value) {
                self.push(
                    Diagnostic::new(
                        t.span.clone(),
                        format!("the outcome `{}` is named twice", t.value),
                    )
                    .label("a second time here")
                    .help("give every outcome a different name"),
                );
                ok = false;
            }
        }
        ok.then(|| texts.into_iter().map(|t| t.value).collect())
    }

    /// A [truth] or [[model]] table: a name and a valid distribution over the outcomes.
    fn named(
        &mut self,
        t: &DeTable<'_>,
        span: &Range<usize>,
        place: &str,
        outcomes: Option<&[String]>,
    ) -> Option<Named> {
        self.known_keys(t, DISTRIBUTION_KEYS, place);
        let name = self.required_string(t, "name", place, span, "add name = \"A\"");
        let normalize = self.boolean(t, "normalize");
        let Some(v) = find(t, "probs") else {
            self.missing(
                t,
                "probs",
                place,
                span.clone(),
                "add probs = [\"1/2\", \"1/2\"], one value per outcome",
            );
            return None;
        };
        let Some(items) = v.get_ref().as_array() else {
            self.wrong_type("probs", v, "an array of numbers");
            return None;
        };
        let mut values = Vec::new();
        let mut texts = Vec::new();
        let mut spans = Vec::new();
        for item in items.iter() {
            let text = match item.get_ref() {
                DeValue::String(s) => s.to_string(),
                DeValue::Float(f) => f.as_str().to_string(),
                DeValue::Integer(i) if i.radix() == 10 => i.as_str().to_string(),
                _ => {
                    self.wrong_type("probs", item, "a number or a string such as \"1/8\"");
                    continue;
                }
            };
            match parse_exact(&text) {
                Ok(x) => values.push(x),
                Err(e) => {
                    self.push(
                        Diagnostic::new(item.span(), format!("`{}` {e}", text.escape_debug()))
                            .label("not a probability")
                            .help(
                                "write a fraction like \"1/8\", a decimal like 0.125, or 1.25e-1",
                            ),
                    );
                }
            }
            texts.push(text);
            spans.push(item.span());
        }
        if values.len() != spans.len() {
            return None;
        }
        if let Some(outcomes) = outcomes
            && values.len() != outcomes.len()
        {
            self.push(
                Diagnostic::new(
                    v.span(),
                    format!(
                        "`probs` has {} values but there are {} outcomes ({})",
                        values.len(),
                        outcomes.len(),
                        outcomes.join(", ")
                    ),
                )
                .label("one value per outcome")
                .help(
                    "give exactly one probability for each name in `outcomes`, in the same order",
                ),
            );
            return None;
        }
        let notation = Notation::of_texts(texts.iter().map(String::as_str));
        let result = if normalize {
            Distribution::normalized(values, notation)
        } else {
            check_values(&values).and_then(|()| Distribution::new(values, notation))
        };
        match result {
            Ok(distribution) => Some(Named { name: name?.value, distribution }),
            Err(e) => {
                let at = e.position().map_or_else(|| v.span(), |at| spans[at - 1].clone());
                let help = match e {
                    DistributionError::SumNotOne { .. } => {
                        "make the values sum to exactly 1, or add `normalize = true` to rescale them"
                    }
                    _ => "probabilities lie between 0 and 1 and sum to 1",
                };
                self.push(
                    Diagnostic::new(at, e.to_string()).label("invalid probability").help(help),
                );
                None
            }
        }
    }

    /// Reports a model named like the truth or an earlier model, at its `name`.
    fn unique_names(
        &mut self,
        truth: Option<&Named>,
        models: &[Option<Named>],
        spans: Vec<Range<usize>>,
    ) {
        let mut seen: Vec<&str> = truth.iter().map(|t| t.name.as_str()).collect();
        for (model, span) in models.iter().zip(spans) {
            let Some(model) = model else { continue };
            if seen.contains(&model.name.as_str()) {
                self.push(
                    Diagnostic::new(span, format!("the name `{}` is used twice", model.name))
                        .label("already the name of another distribution")
                        .help("give the truth and every model a different name"),
                );
            }
            seen.push(&model.name);
        }
    }

    /// The model a step or question names, by name.
    fn model_ref(&mut self, t: &DeTable<'_>, lesson: &Lesson) -> Result<Option<usize>, ()> {
        let Some(text) = self.string(t, "model") else {
            return Ok(None);
        };
        if let Some(k) = lesson.models.iter().position(|m| m.name == text.value) {
            return Ok(Some(k));
        }
        let names: Vec<&str> = lesson.models.iter().map(|m| m.name.as_str()).collect();
        let mut d = Diagnostic::new(text.span, format!("there is no model named `{}`", text.value))
            .label("not a model of this lesson");
        d = if text.value == lesson.truth.name {
            d.help(format!(
                "`{}` is the truth; name one of the models: {}",
                text.value,
                quoted_list(&names)
            ))
        } else {
            d.help(format!("the models are {}", quoted_list(&names)))
        };
        self.push(d);
        Err(())
    }

    fn outcome_ref(&mut self, t: &DeTable<'_>, lesson: &Lesson) -> Result<Option<usize>, ()> {
        let Some(text) = self.string(t, "outcome") else {
            return Ok(None);
        };
        if let Some(i) = lesson.outcomes.iter().position(|o| *o == text.value) {
            return Ok(Some(i));
        }
        let names: Vec<&str> = lesson.outcomes.iter().map(String::as_str).collect();
        self.push(
            Diagnostic::new(text.span, format!("there is no outcome named `{}`", text.value))
                .label("not an outcome of this lesson")
                .help(format!("the outcomes are {}", quoted_list(&names))),
        );
        Err(())
    }

    /// A quantity with the model and outcome it needs, resolved against the lesson.
    fn focus(
        &mut self,
        t: &DeTable<'_>,
        lesson: &Lesson,
        need_quantity: bool,
        span: &Range<usize>,
        place: &str,
    ) -> Option<Focus> {
        let model = self.model_ref(t, lesson).ok()?;
        let outcome = self.outcome_ref(t, lesson).ok()?;
        let Some(text) = self.string(t, "quantity") else {
            if need_quantity && find(t, "quantity").is_none() {
                self.missing(
                    t,
                    "quantity",
                    place,
                    span.clone(),
                    &format!("name what is computed: one of {}", quoted_list(QUANTITY_NAMES)),
                );
                return None;
            }
            return Some(Focus { quantity: None, model, outcome });
        };
        let quantity = match text.value.as_str() {
            "information" => match outcome {
                Some(outcome) => Quantity::Information { outcome },
                None => {
                    self.push(
                        Diagnostic::new(text.span, "`information` needs an outcome")
                            .label("information of which outcome?")
                            .help(format!("add outcome = \"{}\"", lesson.outcomes[0])),
                    );
                    return None;
                }
            },
            "entropy" if model.is_none() => Quantity::Entropy(Side::P),
            "entropy" => Quantity::Entropy(Side::Q),
            "cross_entropy" => Quantity::CrossEntropy,
            "kl" => Quantity::Kl,
            "kl_reverse" => Quantity::KlReverse,
            "js" => Quantity::Js,
            other => {
                let what = format!("quantity `{}`", other.escape_debug());
                self.unknown(text.span, &what, other, QUANTITY_NAMES);
                return None;
            }
        };
        let needs_model =
            !matches!(quantity, Quantity::Information { .. } | Quantity::Entropy(Side::P));
        if needs_model && model.is_none() && lesson.models.len() > 1 {
            let names: Vec<&str> = lesson.models.iter().map(|m| m.name.as_str()).collect();
            self.push(
                Diagnostic::new(
                    text.span,
                    format!("`{}` compares the truth with a model, but which one?", text.value),
                )
                .label("no model named")
                .help(format!(
                    "add model = \"{}\" (the models are {})",
                    names[0],
                    quoted_list(&names)
                )),
            );
            return None;
        }
        let model = if needs_model { model.or(Some(0)) } else { model };
        Some(Focus { quantity: Some(quantity), model, outcome })
    }

    fn step(&mut self, t: &DeTable<'_>, span: &Range<usize>, lesson: &Lesson) -> Option<Step> {
        self.known_keys(t, STEP_KEYS, "[[step]]");
        let text = self.required_string(
            t,
            "text",
            "[[step]]",
            span,
            "add text = \"what this step explains\"",
        );
        let show = match self.tables(t, "show", false).first() {
            Some((show, show_span)) => {
                self.known_keys(show, SHOW_KEYS, "`show`");
                self.focus(show, lesson, false, show_span, "`show`")
            }
            None => Some(Focus::default()),
        };
        let hide = self.boolean(t, "hide");
        let question = match self.tables(t, "question", false).first() {
            Some((q, q_span)) => Some(self.question(q, q_span, lesson, "[step.question]")?),
            None => None,
        };
        if hide && question.is_none() {
            self.push(
                Diagnostic::new(
                    find(t, "hide").map_or(span.clone(), |v| v.span()),
                    "`hide = true` needs a question to answer",
                )
                .label("hidden until what is answered?")
                .help("add a [step.question] under this step, or remove `hide`"),
            );
            return None;
        }
        Some(Step { text: text?.value, show: show?, hide, question })
    }

    fn question(
        &mut self,
        t: &DeTable<'_>,
        span: &Range<usize>,
        lesson: &Lesson,
        place: &str,
    ) -> Option<Question> {
        self.known_keys(t, QUESTION_KEYS, place);
        let prompt =
            self.required_string(t, "prompt", place, span, "add prompt = \"the question to ask\"");
        let hint = self.string(t, "hint").map(|t| t.value);
        let explanation = self.string(t, "explanation").map(|t| t.value);
        let answer = if find(t, "choices").is_some() {
            self.choice(t, span, place)
        } else if find(t, "quantity").is_some() {
            self.numeric(t, span, lesson, place)
        } else {
            self.push(
                Diagnostic::new(span.clone(), format!("{place} has neither `choices` nor `quantity`"))
                    .label("what kind of question is this?")
                    .help("a multiple-choice question has `choices` and `answer`; a numeric one names the `quantity` kltutor computes"),
            );
            None
        };
        Some(Question { prompt: prompt?.value, answer: answer?, hint, explanation })
    }

    fn choice(&mut self, t: &DeTable<'_>, span: &Range<usize>, place: &str) -> Option<Answer> {
        let (choices, choices_span) = self.strings(t, "choices")?;
        if choices.len() < 2 {
            self.push(
                Diagnostic::new(
                    choices_span,
                    "a multiple-choice question needs at least two choices",
                )
                .label("too few choices"),
            );
            return None;
        }
        let Some(answer) = self.string(t, "answer") else {
            if find(t, "answer").is_none() {
                self.missing(
                    t,
                    "answer",
                    place,
                    span.clone(),
                    "add answer = \"…\", one of the choices",
                );
            }
            return None;
        };
        let names: Vec<&str> = choices.iter().map(|c| c.value.as_str()).collect();
        match names.iter().position(|c| *c == answer.value) {
            Some(index) => Some(Answer::Choice {
                choices: choices.into_iter().map(|c| c.value).collect(),
                answer: index,
            }),
            None => {
                self.push(
                    Diagnostic::new(
                        answer.span,
                        format!("the answer `{}` is not among the choices", answer.value),
                    )
                    .label("not one of the choices")
                    .help(format!("the choices are {}", quoted_list(&names))),
                );
                None
            }
        }
    }

    fn numeric(
        &mut self,
        t: &DeTable<'_>,
        span: &Range<usize>,
        lesson: &Lesson,
        place: &str,
    ) -> Option<Answer> {
        let focus = self.focus(t, lesson, true, span, place)?;
        let quantity = focus.quantity?;
        let model = focus.model.unwrap_or(0);
        let unit = self.unit(t).unwrap_or(lesson.unit);
        let tolerance = match self.number(t, "tolerance") {
            Some((x, _)) if x >= 0.0 => x,
            Some((_, at)) => {
                self.push(
                    Diagnostic::new(at, "`tolerance` must not be negative").label("negative"),
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
        if let Amount::Infinite { .. } = expected {
            self.push(
                Diagnostic::new(
                    span.clone(),
                    format!("{symbol} is infinite, so it cannot be a numeric answer"),
                )
                .label("infinite")
                .help("ask a multiple-choice question about it instead"),
            );
            return None;
        }
        if let Some((value, at)) = &stated {
            let want = expected.value();
            if (value - want).abs() > tolerance {
                self.push(
                    Diagnostic::new(at.clone(), format!("the stated answer {value} disagrees with {symbol} = {want:.6} {unit}, which kltutor computes"))
                        .label(format!("differs by {:.6}, more than the tolerance {tolerance}", (value - want).abs()))
                        .help(format!("write answer = {want:.4}, or remove `answer` and let kltutor compute it")),
                );
                return None;
            }
        }
        let mut mistakes = Vec::new();
        for (m, m_span) in self.tables(t, "mistake", true) {
            mistakes.push(self.mistake(m, &m_span, quantity, unit)?);
        }
        Some(Answer::Numeric { quantity, model, unit, tolerance, mistakes })
    }

    fn mistake(
        &mut self,
        t: &DeTable<'_>,
        span: &Range<usize>,
        quantity: Quantity,
        unit: Unit,
    ) -> Option<Mistake> {
        self.known_keys(t, MISTAKE_KEYS, "[[question.mistake]]");
        let kind_text = self.required_string(
            t,
            "kind",
            "[[question.mistake]]",
            span,
            "name the mistake: kind = \"reversed\"",
        );
        let feedback = self.required_string(
            t,
            "feedback",
            "[[question.mistake]]",
            span,
            "add feedback = \"what the student should know\"",
        );
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
                    Diagnostic::new(kind_text.span, format!("the mistake `{}` does not apply to this quantity", kind_text.value))
                        .label("cannot be recognised here")
                        .help("`reversed` applies to kl and kl_reverse; `cross_entropy` to kl and cross_entropy"),
                );
                return None;
            }
            other => match other.parse::<Unit>() {
                Ok(u) if u != unit => MistakeKind::Unit(u),
                Ok(_) => {
                    self.push(
                        Diagnostic::new(
                            kind_text.span,
                            format!("the question is already in {unit}"),
                        )
                        .label("same unit as the question"),
                    );
                    return None;
                }
                Err(_) => {
                    let what = format!("mistake `{}`", other.escape_debug());
                    self.unknown(kind_text.span, &what, other, MISTAKE_NAMES);
                    return None;
                }
            },
        };
        Some(Mistake { kind, feedback: feedback?.value })
    }
}
