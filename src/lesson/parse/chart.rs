//! `[chart]`: the family of models a lesson charts its measures along, and the range of θ.

use std::ops::Range;

use toml::de::{DeTable, DeValue};

use super::fields::{Checker, find};
use crate::lesson::diagnostic::Diagnostic;
use crate::lesson::{Along, ChartSpec, Lesson};
use crate::t;
use crate::visible::visible;

pub(crate) const CHART_KEYS: &[&str] = &["family", "outcome", "range"];
pub(crate) const FAMILY_NAMES: &[&str] = &["sweep", "coin", "path"];

impl Checker {
    pub(super) fn chart(&mut self, t: &DeTable<'_>, lesson: &Lesson) -> Option<ChartSpec> {
        self.known_keys(t, CHART_KEYS, "[chart]");
        let outcome = self.outcome_ref(t, lesson).ok()?;
        let outcomes = &lesson.outcomes;
        let along = match self.string(t, "family") {
            None => Along::Sweep(outcome),
            Some(text) => match text.value.as_str() {
                "sweep" => Along::Sweep(outcome),
                "path" => Along::Path,
                "coin" if outcomes.len() == 2 => Along::Coin,
                "coin" => {
                    self.push(
                        Diagnostic::new(
                            text.span,
                            t!("check-coin-outcomes", count = outcomes.len()),
                        )
                        .label(t!("check-here"))
                        .help(t!("check-coin-outcomes-help")),
                    );
                    return None;
                }
                other => {
                    let what = t!("check-what-family", family = visible(other));
                    self.unknown(text.span, &what, other, FAMILY_NAMES);
                    return None;
                }
            },
        };
        let range = match find(t, "range") {
            None => None,
            Some(v) => Some(self.range(v.get_ref(), v.span())?),
        };
        Some(ChartSpec { along, range })
    }

    /// `range = [lo, hi]`: two numbers with 0 ≤ lo < hi ≤ 1.
    fn range(&mut self, v: &DeValue<'_>, span: Range<usize>) -> Option<(f64, f64)> {
        let number = |item: &DeValue<'_>| match item {
            DeValue::Float(f) => f.as_str().parse::<f64>().ok(),
            DeValue::Integer(i) => i.as_str().parse::<f64>().ok(),
            _ => None,
        };
        let values: Option<Vec<f64>> =
            v.as_array().map(|items| items.iter().map(|i| number(i.get_ref())).collect())?;
        let problem = match values.as_deref() {
            Some(&[lo, hi])
                if (0.0..=1.0).contains(&lo) && (0.0..=1.0).contains(&hi) && lo < hi =>
            {
                return Some((lo, hi));
            }
            Some(&[lo, hi]) if lo >= hi => {
                t!("check-range-order", lo = lo.to_string(), hi = hi.to_string())
            }
            Some(&[lo, hi]) => t!("check-range-outside", lo = lo.to_string(), hi = hi.to_string()),
            _ => t!("check-range-shape"),
        };
        self.push(
            Diagnostic::new(span, problem).label(t!("check-here")).help(t!("check-range-help")),
        );
        None
    }
}
