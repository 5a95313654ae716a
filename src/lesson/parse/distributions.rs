//! The distributions of a lesson file: `outcomes`, `[truth]` and `[[model]]` (or `[bins]`
//! and densities), each value checked and reported at its line and column.

use std::ops::Range;

use num_rational::BigRational;
use num_traits::{One, Signed};
use toml::de::{DeTable, DeValue};

use crate::info::binning::Bins;
use crate::info::density::Density;
use crate::info::distribution::{Distribution, DistributionError, Notation, check_values};
use crate::info::exact::parse_exact;
use crate::lesson::diagnostic::Diagnostic;
use crate::lesson::{Continuous, Named};
use crate::t;
use crate::visible::visible;

use super::continuous;
use super::fields::{Checker, Value, find};
use super::{DISTRIBUTION_KEYS, Distributions, MAX_DIGITS, Probabilities, digits};

impl Checker {
    /// `outcomes`, `[truth]` and `[[model]]`: the distributions of a lesson without a grid;
    /// with `[bins]`, the outcomes are the bins and the distributions binned densities.
    pub(super) fn distributions(
        &mut self,
        root: &DeTable<'_>,
        top: &Range<usize>,
    ) -> Option<Distributions> {
        let the_lesson = t!("check-place-lesson");
        let bins = match self.tables(root, "bins", false).first() {
            Some((t, span)) => Some(self.bins(t, span)),
            None if find(root, "bins").is_some() => return None,
            None => None,
        };
        let outcomes = match bins {
            Some(bins) => {
                if let Some(v) = find(root, "outcomes") {
                    self.push(
                        Diagnostic::new(v.span(), t!("check-bins-instead"))
                            .label(t!("check-joint-instead-label"))
                            .help(t!("check-bins-instead-help")),
                    );
                }
                bins.map(|b| (0..b.count).map(|k| continuous::bin_name(&b, k)).collect())
            }
            None => {
                let add = t!("check-add-outcomes");
                self.names(root, "outcomes", &the_lesson, top, &add).map(|(o, _)| o)
            }
        };
        let bins_ref = match &bins {
            Some(Some(b)) => Ok(Some(b)),
            Some(None) => Err(()),
            None => Ok(None),
        };
        let truth = self.tables(root, "truth", false);
        let truth = match truth.first() {
            Some((t, span)) => self.named(t, span, "[truth]", outcomes.as_deref(), bins_ref),
            None => {
                if find(root, "truth").is_none() {
                    self.missing(root, "truth", &the_lesson, top.clone(), &t!("check-add-truth"));
                }
                None
            }
        };
        let model_tables = self.tables(root, "model", true);
        // Other shapes of `model` without tables were reported by `tables`.
        let no_models = find(root, "model")
            .is_none_or(|v| v.get_ref().as_array().is_some_and(|items| items.is_empty()));
        if model_tables.is_empty() && no_models {
            self.missing(root, "model", &the_lesson, top.clone(), &t!("check-add-model"));
        }
        let models: Vec<Option<(Named, Option<Density>)>> = model_tables
            .iter()
            .map(|(t, span)| self.named(t, span, "[[model]]", outcomes.as_deref(), bins_ref))
            .collect();
        let name_spans: Vec<Range<usize>> = model_tables
            .iter()
            .map(|(t, span)| find(t, "name").map_or_else(|| span.clone(), |v| v.span()))
            .collect();
        let named_models: Vec<Option<Named>> =
            models.iter().map(|m| m.as_ref().map(|(n, _)| n.clone())).collect();
        self.unique_names(truth.as_ref().map(|(t, _)| t), &named_models, name_spans);
        let (outcomes, (truth, truth_density)) = (outcomes?, truth?);
        let models: Vec<(Named, Option<Density>)> = models.into_iter().collect::<Option<_>>()?;
        if models.is_empty() {
            return None;
        }
        let continuous = match bins.flatten() {
            Some(bins) => {
                let densities = std::iter::once(truth_density)
                    .chain(models.iter().map(|(_, d)| d.clone()))
                    .collect::<Option<Vec<Density>>>()?;
                Some(Continuous { bins, densities })
            }
            None => None,
        };
        let models = models.into_iter().map(|(n, _)| n).collect();
        Some(Distributions { outcomes, truth, models, continuous })
    }

    /// A list of distinct names that must be there (`outcomes`, a grid's `rows`), with its span.
    pub(super) fn names(
        &mut self,
        table: &DeTable<'_>,
        key: &str,
        place: &str,
        at: &Range<usize>,
        help: &str,
    ) -> Option<(Vec<String>, Range<usize>)> {
        if find(table, key).is_none() {
            self.missing(table, key, place, at.clone(), help);
            return None;
        }
        let (texts, span) = self.strings(table, key)?;
        if texts.is_empty() {
            self.push(
                Diagnostic::new(span, t!("check-names-empty", key = key))
                    .label(t!("check-names-empty-label")),
            );
            return None;
        }
        let mut ok = true;
        // A hash set, not a scan of the earlier ones: a lesson may have 10⁵ outcomes.
        let mut seen = std::collections::HashSet::with_capacity(texts.len());
        for t in &texts {
            if !seen.insert(t.value.as_str()) {
                self.push(
                    Diagnostic::new(
                        t.span.clone(),
                        t!("check-outcome-twice", outcome = visible(&t.value)),
                    )
                    .label(t!("check-outcome-twice-label"))
                    .help(t!("check-outcome-twice-help")),
                );
                ok = false;
            }
        }
        ok.then(|| (texts.into_iter().map(|t| t.value).collect(), span))
    }

    /// A [truth] or [[model]] table: a name and a valid distribution over the outcomes.
    pub(super) fn named(
        &mut self,
        t: &DeTable<'_>,
        span: &Range<usize>,
        place: &str,
        outcomes: Option<&[String]>,
        bins: Result<Option<&Bins>, ()>,
    ) -> Option<(Named, Option<Density>)> {
        self.known_keys(t, DISTRIBUTION_KEYS, place);
        let name = self.required_string(t, "name", place, span, &t!("check-add-name"));
        let normalize = self.boolean(t, "normalize");
        match (find(t, "density"), find(t, "probs"), bins) {
            (Some(v), Some(_), _) => {
                self.push(
                    Diagnostic::new(v.span(), t!("check-density-and-probs"))
                        .label(t!("check-here"))
                        .help(t!("check-density-and-probs-help")),
                );
                return None;
            }
            // The bins are in error (and reported): the density can only be checked itself.
            (Some(v), None, Err(())) => {
                self.density(v, normalize);
                return None;
            }
            (Some(v), None, Ok(None)) => {
                self.push(
                    Diagnostic::new(v.span(), t!("check-density-needs-bins"))
                        .label(t!("check-here"))
                        .help(t!("check-add-bins")),
                );
                return None;
            }
            (Some(v), None, Ok(Some(bins))) => {
                let density = self.density(v, normalize)?;
                let values = bins.probabilities(&density);
                let distribution = Distribution::new(values, Notation::Decimal).ok()?;
                return Some((Named { name: name?.value, distribution }, Some(density)));
            }
            (None, Some(v), Ok(Some(_)) | Err(())) => {
                self.push(
                    Diagnostic::new(v.span(), t!("check-probs-with-bins"))
                        .label(t!("check-here"))
                        .help(t!("check-probs-with-bins-help")),
                );
                return None;
            }
            _ => {}
        }
        let Some(v) = find(t, "probs") else {
            self.missing(t, "probs", place, span.clone(), &t!("check-add-probs"));
            return None;
        };
        let Some(items) = v.get_ref().as_array() else {
            self.wrong_type("probs", v, &t!("check-type-numbers"));
            return None;
        };
        let (values, texts, spans) = self.probabilities(items)?;
        if let Some(outcomes) = outcomes
            && values.len() != outcomes.len()
        {
            self.push(
                Diagnostic::new(
                    v.span(),
                    t!(
                        "check-probs-count",
                        values = values.len(),
                        count = outcomes.len(),
                        outcomes = visible(&outcomes.join(", "))
                    ),
                )
                .label(t!("check-probs-count-label"))
                .help(t!("check-probs-count-help")),
            );
            return None;
        }
        let notation = Notation::of_texts(texts.iter().map(String::as_str));
        // Counts or weights written without `normalize`: the fix is one key.
        let counts = !normalize
            && values.iter().all(|x| !x.is_negative())
            && values.iter().any(|x| *x > BigRational::one());
        let result = if normalize {
            Distribution::normalized(values, notation)
        } else {
            check_values(&values).and_then(|()| Distribution::new(values, notation))
        };
        match result {
            Ok(distribution) => Some((Named { name: name?.value, distribution }, None)),
            Err(e) => {
                let at = e.position().map_or_else(|| v.span(), |at| spans[at - 1].clone());
                let help = match e {
                    _ if counts => t!("check-counts-help"),
                    DistributionError::SumNotOne { .. } => t!("check-sum-help"),
                    _ => t!("check-probability-range-help"),
                };
                self.push(
                    Diagnostic::new(at, e.to_string())
                        .label(t!("check-invalid-probability"))
                        .help(help),
                );
                None
            }
        }
    }

    /// The values of a `probs` array, exact, with their texts (for their notation) and spans;
    /// `None` once any is reported as not a probability.
    pub(super) fn probabilities(&mut self, items: &[Value<'_>]) -> Option<Probabilities> {
        let mut values = Vec::new();
        let mut texts = Vec::new();
        let mut spans = Vec::new();
        let mut mistyped = false;
        for item in items.iter() {
            let text = match item.get_ref() {
                DeValue::String(s) => s.to_string(),
                DeValue::Float(f) => f.as_str().to_string(),
                DeValue::Integer(i) if i.radix() == 10 => i.as_str().to_string(),
                _ => {
                    self.wrong_type("probs", item, &t!("check-type-probability"));
                    mistyped = true;
                    continue;
                }
            };
            match parse_exact(&text) {
                // Exact sums of many long fractions grow without bound: each value is kept
                // short enough that checking any file stays quick.
                Ok(x) if digits(x.numer()).max(digits(x.denom())) > MAX_DIGITS => {
                    self.push(
                        Diagnostic::new(
                            item.span(),
                            t!("check-too-many-digits", text = visible(&text), most = MAX_DIGITS),
                        )
                        .label(t!("check-too-many-digits-label"))
                        .help(t!("check-too-many-digits-help")),
                    );
                }
                Ok(x) => values.push(x),
                // What a Chinese input method types: say which character, and the fix.
                Err(_) if crate::info::exact::parse_typed(&text).is_ok() => {
                    let wide = text.chars().find(|c| !c.is_ascii()).unwrap_or(' ');
                    let fixed = crate::info::exact::ascii_forms(&text).replace(',', ".");
                    self.push(
                        Diagnostic::new(
                            item.span(),
                            t!(
                                "check-full-width",
                                text = visible(&text),
                                character = wide.to_string(),
                                code = format!("U+{:04X}", wide as u32)
                            ),
                        )
                        .label(t!("check-full-width-label"))
                        .help(t!("check-full-width-help", fixed = fixed)),
                    );
                }
                Err(e) => {
                    self.push(
                        Diagnostic::new(
                            item.span(),
                            t!("number-invalid", text = visible(&text), error = e.to_string()),
                        )
                        .label(t!("check-not-a-probability"))
                        .help(t!("check-probability-help")),
                    );
                }
            }
            texts.push(text);
            spans.push(item.span());
        }
        // A value of the wrong type is reported once, as such, and not again as a wrong count.
        (!mistyped && values.len() == spans.len()).then_some((values, texts, spans))
    }

    /// Reports a model named like the truth or an earlier model, at its `name`.
    pub(super) fn unique_names(
        &mut self,
        truth: Option<&Named>,
        models: &[Option<Named>],
        spans: Vec<Range<usize>>,
    ) {
        let mut seen: std::collections::HashSet<&str> =
            truth.iter().map(|t| t.name.as_str()).collect();
        for (model, span) in models.iter().zip(spans) {
            let Some(model) = model else { continue };
            if !seen.insert(&model.name) {
                self.push(
                    Diagnostic::new(span, t!("check-name-twice", name = visible(&model.name)))
                        .label(t!("check-name-twice-label"))
                        .help(t!("check-name-twice-help")),
                );
            }
        }
    }
}
