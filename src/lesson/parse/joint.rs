//! `[joint]`: a joint distribution of two variables written as a grid. It stands in for
//! `outcomes`, `[truth]` and `[[model]]`: the outcomes are the cells row by row, the truth is
//! the joint distribution and the one model the product of its marginals, so every view of
//! the course shows I(X;Y) = D(P(x,y) ‖ P(x)·P(y)).

use std::ops::Range;

use num_traits::{One, Signed, ToPrimitive};
use toml::de::DeTable;

use super::fields::{Checker, find};
use crate::i18n::Lang;
use crate::info::distribution::{Distribution, Notation};
use crate::lesson::diagnostic::Diagnostic;
use crate::lesson::{Grid, Named};
use crate::t;
use crate::visible::visible;

pub(crate) const JOINT_KEYS: &[&str] =
    &["rows", "columns", "probs", "normalize", "name", "product"];

/// What a `[joint]` table gives the lesson.
pub(super) struct JointParts {
    pub(super) grid: Grid,
    pub(super) outcomes: Vec<String>,
    pub(super) truth: Named,
    pub(super) product: Named,
}

impl Checker {
    pub(super) fn joint(
        &mut self,
        t: &DeTable<'_>,
        span: &Range<usize>,
        lang: Option<Lang>,
    ) -> Option<JointParts> {
        let place = "[joint]";
        self.known_keys(t, JOINT_KEYS, place);
        let rows = self.names(t, "rows", place, span, &t!("check-add-rows"));
        let columns = self.names(t, "columns", place, span, &t!("check-add-columns"));
        let normalize = self.boolean(t, "normalize");
        let name = self.string(t, "name").map_or_else(|| "J".to_string(), |n| n.value);
        let product = match self.string(t, "product") {
            Some(p) if p.value == name => {
                self.push(
                    Diagnostic::new(p.span, t!("check-name-twice", name = visible(&p.value)))
                        .label(t!("check-name-twice-label"))
                        .help(t!("check-joint-names-help")),
                );
                None
            }
            Some(p) => Some(p.value),
            None => Some(if name == "I" { "P(x)P(y)" } else { "I" }.to_string()),
        };
        let Some(v) = find(t, "probs") else {
            self.missing(t, "probs", place, span.clone(), &t!("check-add-joint-probs"));
            return None;
        };
        let Some(items) = v.get_ref().as_array() else {
            self.wrong_type("probs", v, &t!("check-type-grid"));
            return None;
        };
        let ((rows, rows_span), (columns, columns_span)) = (rows?, columns?);
        if rows.len() < 2 || columns.len() < 2 {
            let at = if rows.len() < 2 { rows_span } else { columns_span };
            self.push(
                Diagnostic::new(
                    at,
                    t!("check-joint-too-small", rows = rows.len(), columns = columns.len()),
                )
                .label(t!("check-joint-too-small-label"))
                .help(t!("check-joint-too-small-help")),
            );
            return None;
        }
        if items.len() != rows.len() {
            self.push(
                Diagnostic::new(
                    v.span(),
                    t!(
                        "check-joint-row-count",
                        found = items.len(),
                        rows = rows.len(),
                        names = visible(&rows.join(", "))
                    ),
                )
                .label(t!("check-joint-row-count-label"))
                .help(t!("check-joint-row-count-help")),
            );
            return None;
        }
        let (mut values, mut texts, mut spans) = (Vec::new(), Vec::new(), Vec::new());
        let mut ok = true;
        for (r, item) in items.iter().enumerate() {
            let Some(cells) = item.get_ref().as_array() else {
                self.wrong_type("probs", item, &t!("check-type-grid-row"));
                ok = false;
                continue;
            };
            let Some((row_values, row_texts, row_spans)) = self.probabilities(cells) else {
                ok = false;
                continue;
            };
            if row_values.len() != columns.len() {
                self.push(
                    Diagnostic::new(
                        item.span(),
                        t!(
                            "check-joint-ragged",
                            row = visible(&rows[r]),
                            found = row_values.len(),
                            columns = columns.len(),
                            names = visible(&columns.join(", "))
                        ),
                    )
                    .label(t!("check-joint-ragged-label"))
                    .help(t!("check-joint-ragged-help")),
                );
                ok = false;
                continue;
            }
            for (c, value) in row_values.iter().enumerate() {
                if value.is_negative() {
                    self.push(
                        Diagnostic::new(
                            row_spans[c].clone(),
                            t!(
                                "check-joint-negative",
                                row = visible(&rows[r]),
                                column = visible(&columns[c]),
                                value = row_texts[c].as_str()
                            ),
                        )
                        .label(t!("check-invalid-probability"))
                        .help(t!("check-probability-range-help")),
                    );
                    ok = false;
                }
            }
            values.extend(row_values);
            texts.extend(row_texts);
            spans.extend(row_spans);
        }
        if !ok {
            return None;
        }
        let notation = Notation::of_texts(texts.iter().map(String::as_str));
        let cells = if normalize {
            match Distribution::normalized(values, notation) {
                Ok(d) => d,
                Err(e) => {
                    self.push(Diagnostic::new(v.span(), e.to_string()).label(t!("check-here")));
                    return None;
                }
            }
        } else {
            let sum: num_rational::BigRational = values.iter().sum();
            if !sum.is_one() {
                let approx = format!("{:.6}", sum.to_f64().unwrap_or(f64::NAN));
                self.push(
                    Diagnostic::new(
                        v.span(),
                        t!("check-joint-sum", sum = sum.to_string(), approx = approx),
                    )
                    .label(t!("check-invalid-probability"))
                    .help(t!("check-sum-help")),
                );
                return None;
            }
            match Distribution::new(values, notation) {
                Ok(d) => d,
                Err(e) => {
                    let at = e.position().map_or_else(|| v.span(), |at| spans[at - 1].clone());
                    self.push(Diagnostic::new(at, e.to_string()).label(t!("check-here")));
                    return None;
                }
            }
        };
        let separator = if lang == Some(Lang::Zh) { "，" } else { ", " };
        let grid = Grid { rows, columns, separator };
        let outcomes: Vec<String> = (0..grid.rows.len())
            .flat_map(|r| (0..grid.columns.len()).map(move |c| (r, c)))
            .map(|(r, c)| grid.cell(r, c))
            .collect();
        let mut seen = std::collections::HashSet::with_capacity(outcomes.len());
        if let Some(twice) = outcomes.iter().find(|o| !seen.insert(o.as_str())) {
            self.push(
                Diagnostic::new(columns_span, t!("check-outcome-twice", outcome = visible(twice)))
                    .label(t!("check-outcome-twice-label"))
                    .help(t!("check-joint-cell-twice-help")),
            );
            return None;
        }
        let joint = grid.joint(&cells)?;
        Some(JointParts {
            outcomes,
            truth: Named { name, distribution: cells },
            product: Named { name: product?, distribution: joint.product() },
            grid,
        })
    }
}
