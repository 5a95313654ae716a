//! `[bins]` and `density = "normal(0, 1)"`: densities cut into bins. The outcomes are the
//! bins, named by their centres, and each distribution holds its density's probability in
//! each bin, so every discrete view works on them while the density panel shows the curves
//! and the closed forms.

use std::ops::Range;

use toml::de::DeTable;

use super::fields::{Checker, Value, find};
use crate::info::binning::Bins;
use crate::info::density::Density;
use crate::lesson::diagnostic::Diagnostic;
use crate::t;

pub(crate) const BINS_KEYS: &[&str] = &["from", "to", "width"];

/// Most bins a lesson may cut its densities into: each is an outcome on screen.
pub const MAX_BINS: usize = 400;

/// A bin's name: its centre, shortest, with a true minus sign (`−1.5`).
pub fn bin_name(bins: &Bins, k: usize) -> String {
    let c = bins.centre(k);
    // Rounded to 9 decimals: 0.1-wide bins would otherwise be named 0.15000000000000002.
    let c = (c * 1e9).round() / 1e9;
    let c = if c == 0.0 { 0.0 } else { c };
    crate::notation::true_minus(crate::info::density::number_text(c))
}

impl Checker {
    /// `[bins]`: from, to and a width that divides the range into 2 to `MAX_BINS` bins.
    pub(super) fn bins(&mut self, t: &DeTable<'_>, span: &Range<usize>) -> Option<Bins> {
        let place = "[bins]";
        self.known_keys(t, BINS_KEYS, place);
        let mut get = |key: &str, help: String| {
            if find(t, key).is_none() {
                self.missing(t, key, place, span.clone(), &help);
                return None;
            }
            self.number(t, key)
        };
        let from = get("from", t!("check-add-bins"));
        let to = get("to", t!("check-add-bins"));
        let width = get("width", t!("check-add-bins"));
        let ((from, _), (to, to_span), (width, width_span)) = (from?, to?, width?);
        let problem = |at: Range<usize>, message: String| {
            Diagnostic::new(at, message).label(t!("check-here")).help(t!("check-bins-help"))
        };
        if width <= 0.0 {
            self.push(problem(width_span, t!("check-bins-width", width = width.to_string())));
            return None;
        }
        if to <= from {
            self.push(problem(
                to_span,
                t!("check-bins-order", from = from.to_string(), to = to.to_string()),
            ));
            return None;
        }
        let count = (to - from) / width;
        let whole = count.round();
        if (count - whole).abs() > 1e-9 * count.max(1.0) {
            self.push(problem(
                width_span,
                t!("check-bins-whole", width = width.to_string(), range = (to - from).to_string()),
            ));
            return None;
        }
        if !(2.0..=MAX_BINS as f64).contains(&whole) {
            self.push(problem(
                width_span,
                t!("check-bins-count", count = whole.to_string(), most = MAX_BINS),
            ));
            return None;
        }
        Some(Bins { from, width, count: whole as usize })
    }

    /// A distribution's `density`: a normal or a mixture of normals, as `compute` reads them.
    pub(super) fn density(&mut self, v: &Value<'_>, normalize: bool) -> Option<Density> {
        let text = self.string_value("density", v)?;
        match Density::parse(&text.value, normalize) {
            Ok(d) => Some(d),
            Err(e) => {
                let message = crate::report::continuous::refusal("`density`", &e);
                self.push(
                    Diagnostic::new(text.span, message)
                        .label(t!("check-not-a-density"))
                        .help(t!("check-density-help")),
                );
                None
            }
        }
    }
}
