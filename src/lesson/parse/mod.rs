//! Reading a lesson file: every check, every problem reported at its line and column.

use std::ops::Range;

use toml::de::{DeTable, DeValue};

use crate::i18n::Lang;
use crate::info::derivation::Side;
use crate::info::{Quantity, Unit};
use crate::t;
use crate::visible::visible;

use super::diagnostic::{Diagnostic, Report};
use super::{Continuous, Focus, Hidden, Lesson, Named, Step};

mod chart;
mod continuous;
mod distributions;
mod fields;
mod joint;
mod question;

#[cfg(test)]
pub(crate) use chart::{CHART_KEYS, FAMILY_NAMES};
#[cfg(test)]
pub(crate) use continuous::BINS_KEYS;
#[cfg(test)]
pub(crate) use joint::JOINT_KEYS;

use fields::{Checker, find, quoted_list};
use num_rational::BigRational;

/// Lessons are small; a larger file is almost certainly the wrong file.
pub const MAX_FILE_BYTES: usize = 1 << 20;

/// Tolerance of numeric answers unless the question sets one: enough for 3 decimals.
pub const DEFAULT_TOLERANCE: f64 = 0.0005;

pub(crate) const TOP_KEYS: &[&str] = &[
    "format", "title", "summary", "lang", "unit", "outcomes", "bins", "truth", "model", "joint",
    "chart", "step", "question",
];
pub(crate) const DISTRIBUTION_KEYS: &[&str] = &["name", "probs", "density", "normalize"];
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
    "hide",
    "truth",
    "vary",
    "compare",
    "pick",
];
pub(crate) const MISTAKE_KEYS: &[&str] = &["kind", "feedback"];
pub(crate) const QUANTITY_NAMES: &[&str] =
    &["information", "entropy", "cross_entropy", "kl", "kl_reverse", "js"];
/// The most digits in the numerator or denominator of a lesson's value, once reduced (1e-30,
/// 30 decimals, needs 31).
pub const MAX_DIGITS: usize = 40;

fn digits(n: &num_bigint::BigInt) -> usize {
    n.magnitude().bits() as usize * 30103 / 100000 + 1
}

/// The most choices a question may offer: the tutor answers with the keys 1 to 9.
pub const MAX_CHOICES: usize = 9;
pub(crate) const HIDE_NAMES: &[&str] =
    &["information", "entropy", "cross_entropy", "kl", "kl_reverse", "js", "ranking"];
pub(crate) const MISTAKE_NAMES: &[&str] =
    &["reversed", "cross_entropy", "bits", "nats", "hartleys"];

/// A `probs` array read: the exact values, their texts (for their notation) and their spans.
type Probabilities = (Vec<BigRational>, Vec<String>, Vec<Range<usize>>);

/// What `outcomes`, `[truth]` and `[[model]]` (or `[bins]` and densities) give a lesson.
struct Distributions {
    outcomes: Vec<String>,
    truth: Named,
    models: Vec<Named>,
    continuous: Option<Continuous>,
}

/// A lesson that loads, and the stated answers in it that no longer match its values.
///
/// An author who edits probabilities in the tutor makes the answers they wrote stale; the
/// lesson must keep working for them (the edit-save-edit loop), while `check` and the
/// handouts still insist the answers be updated.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub lesson: Lesson,
    pub stale_answers: Option<Report>,
}

impl Loaded {
    /// The lesson only if nothing in it is stale: what `check` accepts.
    pub fn strict(self) -> Result<Lesson, Report> {
        match self.stale_answers {
            Some(report) => Err(report),
            None => Ok(self.lesson),
        }
    }
}

/// The language a lesson's top-level `lang` names, if it names one kltutor speaks.
pub fn declared_lang(source: &str) -> Option<Lang> {
    let (root, _) = DeTable::parse_recoverable(source);
    let lang = find(root.get_ref(), "lang")?;
    Lang::from_tag(lang.get_ref().as_str()?)
}

/// Loads a lesson from the bytes of a file, or reports everything wrong with it, stale
/// stated answers included.
pub fn parse_lesson(file: &str, bytes: &[u8]) -> Result<Lesson, Report> {
    read_lesson(file, bytes).and_then(Loaded::strict)
}

/// Loads a lesson from the bytes of a file, setting stale stated answers aside; anything
/// else wrong is reported.
pub fn read_lesson(file: &str, bytes: &[u8]) -> Result<Loaded, Report> {
    if bytes.len() > MAX_FILE_BYTES {
        let size = format!("{:.1}", bytes.len() as f64 / (1 << 20) as f64);
        let d = Diagnostic::new(0..0, t!("check-too-large", size = size))
            .label(t!("check-too-large-label"))
            .help(t!("check-too-large-help"));
        return Err(Report::new(file, "", vec![d]));
    }
    let source = match std::str::from_utf8(bytes) {
        Ok(source) => source,
        Err(e) => {
            let at = e.valid_up_to();
            let lossy = String::from_utf8_lossy(bytes);
            let width = '\u{fffd}'.len_utf8();
            let d = Diagnostic::new(at..at + width, t!("check-not-utf8"))
                .label(t!("check-not-utf8-label"))
                .help(t!("check-not-utf8-help"));
            return Err(Report::new(file, &lossy, vec![d]));
        }
    };
    let mut checker = Checker::default();
    let (root, errors) = DeTable::parse_recoverable(source);
    // The first syntax error is the one to fix: the parser's recovery makes the others, so
    // they are left out, except unquoted percentages, each a problem of its own.
    let mut reported_other = false;
    for e in &errors {
        let span = e.span().unwrap_or(0..0);
        let token = source.get(span.clone()).unwrap_or("").trim();
        if let Some(number) = token.strip_suffix('%').filter(|n| n.parse::<f64>().is_ok()) {
            checker.push(
                Diagnostic::new(span, t!("check-percent-unquoted", text = token))
                    .label(t!("check-here"))
                    .help(t!("check-percent-unquoted-help", number = number)),
            );
        } else if !std::mem::replace(&mut reported_other, true) {
            checker.push(syntax_diagnostic(span, e.message().trim()));
        }
    }
    if !errors.is_empty() {
        return Err(Report::new(file, source, checker.diagnostics));
    }
    let root_span = root.span();
    let lesson = checker.lesson(root.get_ref(), root_span.start..root_span.start);
    match lesson {
        Some(lesson) if checker.diagnostics.is_empty() => {
            let stale = std::mem::take(&mut checker.stale);
            let stale_answers = (!stale.is_empty()).then(|| Report::new(file, source, stale));
            Ok(Loaded { lesson, stale_answers })
        }
        _ => {
            if checker.diagnostics.is_empty() && checker.stale.is_empty() {
                // Every path that gives up reports why; this is a last line of defence.
                checker.push(Diagnostic::new(0..0, t!("check-incomplete")).label(t!("check-here")));
            }
            checker.diagnostics.append(&mut checker.stale);
            Err(Report::new(file, source, checker.diagnostics))
        }
    }
}

/// Where each question stands in a lesson's source, in the order of `Lesson::all_questions`:
/// each step's `[step.question]`, then the `[[question]]`s. Empty for a source that is not
/// TOML; meant for a source that loads, whose questions are these.
pub fn question_spans(source: &str) -> Vec<Range<usize>> {
    let (root, errors) = DeTable::parse_recoverable(source);
    if !errors.is_empty() {
        return Vec::new();
    }
    let mut checker = Checker::default();
    let root = root.get_ref();
    let mut spans = Vec::new();
    for (step, _) in checker.tables(root, "step", true) {
        spans.extend(checker.tables(step, "question", false).into_iter().map(|(_, span)| span));
    }
    spans.extend(checker.tables(root, "question", true).into_iter().map(|(_, span)| span));
    spans
}

/// The quantity a lesson names (`entropy`, `cross_entropy`, `kl`, `kl_reverse`, `js`):
/// entropy of the truth, or of a model when `of_truth` is false.
pub(super) fn named_quantity(name: &str, of_truth: bool) -> Option<Quantity> {
    Some(match name {
        "entropy" if of_truth => Quantity::Entropy(Side::P),
        "entropy" => Quantity::Entropy(Side::Q),
        "cross_entropy" => Quantity::CrossEntropy,
        "kl" => Quantity::Kl,
        "kl_reverse" => Quantity::KlReverse,
        "js" => Quantity::Js,
        _ => return None,
    })
}

/// A TOML syntax error in the words of the catalog: the common ones named with their fix,
/// any other with the parser's own words.
fn syntax_diagnostic(span: Range<usize>, message: &str) -> Diagnostic {
    let known = [
        ("string values must be quoted", "check-syntax-quote", "check-syntax-quote-help"),
        ("missing comma between array elements", "check-syntax-comma", "check-syntax-comma-help"),
        ("invalid boolean", "check-syntax-boolean", "check-syntax-boolean-help"),
        ("unclosed", "check-syntax-unclosed", "check-syntax-unclosed-help"),
        ("duplicate key", "check-syntax-duplicate", "check-syntax-duplicate-help"),
    ];
    let (what, help) = match known.iter().find(|(words, ..)| message.contains(words)) {
        Some((_, what, help)) => (crate::i18n::message(what, &[]), crate::i18n::message(help, &[])),
        None => (t!("check-syntax", message = message), t!("check-syntax-help")),
    };
    Diagnostic::new(span, what).label(t!("check-here")).help(help)
}

impl Checker {
    fn lesson(&mut self, root: &DeTable<'_>, top: Range<usize>) -> Option<Lesson> {
        // A lesson in a newer format is not checked further: what this version would say
        // about its keys and values would only mislead.
        if !self.readable_format(root) {
            return None;
        }
        let the_lesson = t!("check-place-lesson");
        self.known_keys(root, TOP_KEYS, &the_lesson);
        let title = self.required_string(root, "title", &the_lesson, &top, &t!("check-add-title"));
        let summary = self.string(root, "summary").map(|t| t.value).unwrap_or_default();
        let lang = self.lang(root);
        let unit = self.unit(root).unwrap_or_default();
        let (grid, outcomes, truth, models, continuous) =
            match self.tables(root, "joint", false).first() {
                Some((t, span)) => {
                    for key in ["outcomes", "truth", "model", "bins"] {
                        if let Some(v) = find(root, key) {
                            let d = Diagnostic::new(v.span(), t!("check-joint-instead", key = key))
                                .label(t!("check-joint-instead-label"))
                                .help(t!("check-joint-instead-help", key = key));
                            self.push(d);
                        }
                    }
                    let parts = self.joint(t, span, lang)?;
                    (Some(parts.grid), parts.outcomes, parts.truth, vec![parts.product], None)
                }
                None if find(root, "joint").is_some() => return None,
                None => {
                    let d = self.distributions(root, &top)?;
                    (None, d.outcomes, d.truth, d.models, d.continuous)
                }
            };
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
            grid,
            continuous,
            chart: None,
        };
        if let Some((t, _)) = self.tables(root, "chart", false).first() {
            lesson.chart = self.chart(t, &lesson);
        }
        // In a grid lesson the model is the product of the marginals, so H(I) − H(J) is the
        // mutual information: a question that hides D(J‖I) hides the entropies too.
        if lesson.grid.is_some() {
            let steps = lesson.steps.iter_mut().filter_map(|s| s.question.as_mut());
            for question in steps.chain(lesson.questions.iter_mut()) {
                if question.hide.contains(&Hidden::Kl) && !question.hide.contains(&Hidden::Entropy)
                {
                    question.hide.push(Hidden::Entropy);
                }
            }
        }
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

    /// Checks the lesson format the file declares, if it does: false when only a newer
    /// kltutor reads it. A declaration that is not a whole number from 1 up is reported and
    /// otherwise ignored.
    fn readable_format(&mut self, root: &DeTable<'_>) -> bool {
        let Some(v) = find(root, "format") else {
            return true;
        };
        let newest = super::FORMAT.to_string();
        let invalid = |shown: String| {
            Diagnostic::new(v.span(), t!("check-format-invalid", value = shown))
                .label(t!("check-format-invalid-label"))
                .help(t!("check-format-invalid-help", newest = newest.clone()))
        };
        let i = match v.get_ref() {
            DeValue::Integer(i) => i,
            DeValue::Float(f) => {
                self.push(invalid(f.as_str().to_string()));
                return true;
            }
            _ => {
                self.wrong_type("format", v, &t!("check-type-integer"));
                return true;
            }
        };
        // A number beyond i128 is newer still, or below 1.
        let negative = i.as_str().starts_with('-');
        let n = i128::from_str_radix(i.as_str(), i.radix()).unwrap_or(if negative {
            i128::MIN
        } else {
            i128::MAX
        });
        if n < 1 {
            self.push(invalid(i.to_string()));
        } else if n > i128::from(super::FORMAT) {
            let format = i.to_string();
            self.push(
                Diagnostic::new(
                    v.span(),
                    t!("check-format-newer", format = format, newest = newest),
                )
                .label(t!("check-format-newer-label"))
                .help(t!("check-format-newer-help")),
            );
            return false;
        }
        true
    }

    /// The language the lesson is written in: one kltutor has a catalog for.
    fn lang(&mut self, root: &DeTable<'_>) -> Option<Lang> {
        let text = self.string(root, "lang")?;
        let lang = Lang::from_tag(&text.value);
        if lang.is_none() {
            let known: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
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
                self.push(Diagnostic::new(text.span, message).label(t!("check-not-a-unit")));
                None
            }
        }
    }

    /// The model a step or question names, by name.
    fn model_ref(&mut self, t: &DeTable<'_>, lesson: &Lesson) -> Result<Option<usize>, ()> {
        // `[[question.model]]`: the question's own models, not a reference to one.
        if find(t, "model").is_some_and(|v| v.get_ref().as_array().is_some()) {
            return Ok(None);
        }
        let Some(text) = self.string(t, "model") else {
            return Ok(None);
        };
        if let Some(k) = lesson.models.iter().position(|m| m.name == text.value) {
            return Ok(Some(k));
        }
        let names: Vec<&str> = lesson.models.iter().map(|m| m.name.as_str()).collect();
        let name = visible(&text.value).into_owned();
        let mut d = Diagnostic::new(text.span, t!("check-no-model", name = name.as_str()))
            .label(t!("check-no-model-label"));
        d = if text.value == lesson.truth.name {
            d.help(t!("check-model-is-truth", name = name, models = quoted_list(&names)))
        } else {
            d.help(t!("check-models-are", models = quoted_list(&names)))
        };
        self.push(d);
        Err(())
    }

    pub(super) fn outcome_ref(
        &mut self,
        t: &DeTable<'_>,
        lesson: &Lesson,
    ) -> Result<Option<usize>, ()> {
        let Some(text) = self.string(t, "outcome") else {
            return Ok(None);
        };
        if let Some(i) = lesson.outcomes.iter().position(|o| *o == text.value) {
            return Ok(Some(i));
        }
        // Bins are named with a true minus sign (−1.5); a hyphen typed for it finds them too.
        let minus = text.value.replace('-', "−");
        if let Some(i) = lesson.outcomes.iter().position(|o| *o == minus) {
            return Ok(Some(i));
        }
        let names: Vec<&str> = lesson.outcomes.iter().map(String::as_str).collect();
        self.push(
            Diagnostic::new(text.span, t!("check-no-outcome", name = visible(&text.value)))
                .label(t!("check-no-outcome-label"))
                .help(t!("check-outcomes-are", outcomes = quoted_list(&names))),
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
                let help = t!("check-add-quantity", quantities = quoted_list(QUANTITY_NAMES));
                self.missing(t, "quantity", place, span.clone(), &help);
                return None;
            }
            return Some(Focus { quantity: None, model, outcome });
        };
        let quantity = match text.value.as_str() {
            "information" => match outcome {
                Some(outcome) => Quantity::Information { outcome },
                None => {
                    self.push(
                        Diagnostic::new(text.span, t!("check-information-outcome"))
                            .label(t!("check-information-outcome-label"))
                            .help(t!(
                                "check-information-outcome-help",
                                outcome = visible(&lesson.outcomes[0])
                            )),
                    );
                    return None;
                }
            },
            other => match named_quantity(other, model.is_none()) {
                Some(quantity) => quantity,
                None => {
                    let what = t!("check-what-quantity", name = visible(other));
                    self.unknown(text.span, &what, other, QUANTITY_NAMES);
                    return None;
                }
            },
        };
        let needs_model =
            !matches!(quantity, Quantity::Information { .. } | Quantity::Entropy(Side::P));
        if needs_model && model.is_none() && lesson.models.len() > 1 {
            let names: Vec<&str> = lesson.models.iter().map(|m| m.name.as_str()).collect();
            self.push(
                Diagnostic::new(
                    text.span,
                    t!("check-which-model", quantity = visible(&text.value)),
                )
                .label(t!("check-which-model-label"))
                .help(t!(
                    "check-which-model-help",
                    model = visible(names[0]),
                    models = quoted_list(&names)
                )),
            );
            return None;
        }
        let model = if needs_model { model.or(Some(0)) } else { model };
        Some(Focus { quantity: Some(quantity), model, outcome })
    }

    fn step(&mut self, t: &DeTable<'_>, span: &Range<usize>, lesson: &Lesson) -> Option<Step> {
        self.known_keys(t, STEP_KEYS, "[[step]]");
        let text = self.required_string(t, "text", "[[step]]", span, &t!("check-add-text"));
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
                    t!("check-hide-needs-question"),
                )
                .label(t!("check-hide-needs-question-label"))
                .help(t!("check-hide-needs-question-help")),
            );
            return None;
        }
        let show = show?;
        let mut question = question;
        if hide && let Some(q) = &mut question {
            let shown = show.quantity.map(Hidden::of).into_iter().chain([Hidden::Ranking]);
            for h in shown {
                if !q.hide.contains(&h) {
                    q.hide.push(h);
                }
            }
        }
        Some(Step { text: text?.value, show, hide, question })
    }
}
