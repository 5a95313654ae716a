//! The conventions playground as a report: each library call with its value, in bits too, and
//! why it is or is not the quantity meant. Shared by `kltutor conventions` and the tutor's panel.

use serde_json::{Value, json};

use crate::info::conventions::{Call, Library, Meant, Returned};
use crate::info::{Distribution, Pair, Unit};

use super::columns::{WIDTH, prose};
use super::markup::escape;

/// The reference quantities of P and Q, in nats.
#[derive(Debug, Clone, Copy)]
pub struct Reference {
    pub entropy: f64,
    pub kl: f64,
    pub kl_reverse: f64,
    pub cross_entropy: f64,
}

impl Reference {
    pub fn of(pair: Pair<'_>) -> Reference {
        let s = pair.summary(Unit::Nats);
        Reference {
            entropy: s.entropy_p,
            kl: s.kl.value(),
            kl_reverse: s.kl_reverse.value(),
            cross_entropy: s.cross_entropy.value(),
        }
    }

    pub fn value(&self, meant: Meant) -> f64 {
        match meant {
            Meant::Entropy => self.entropy,
            Meant::Kl => self.kl,
            Meant::KlReverse => self.kl_reverse,
            Meant::CrossEntropy => self.cross_entropy,
        }
    }
}

/// The symbol of a reference quantity.
pub fn symbol(meant: Meant) -> &'static str {
    match meant {
        Meant::Entropy => "H(P)",
        Meant::Kl => "D(P‖Q)",
        Meant::KlReverse => "D(Q‖P)",
        Meant::CrossEntropy => "H(P,Q)",
    }
}

/// One call worked out for these P and Q.
#[derive(Debug, Clone)]
pub struct Row {
    pub call: Call,
    pub returned: Returned,
    /// Whether the call returns the quantity meant (to 1e-9 relative).
    pub matches: bool,
    /// Why a call that is not the quantity meant still returns it for these P and Q: label
    /// smoothing leaves a uniform P as it is.
    pub only_here: Option<String>,
    pub note: String,
}

/// Every call, in the order of [`Call::ALL`].
pub fn rows(p: &Distribution, q: &Distribution, reference: &Reference) -> Vec<Row> {
    Call::ALL
        .into_iter()
        .map(|call| {
            let returned = call.evaluate(p, q);
            let matches = match &returned {
                Returned::Scalar(v) => same(*v, reference.value(call.meant())),
                Returned::PerOutcome(_) => false,
            };
            let finite = reference.value(call.meant()).is_finite();
            let only_here = (matches && finite && call == Call::TorchLabelSmoothing).then(|| {
                let n = p.len();
                let values = p.exact();
                let uniform = values.iter().all(|x| *x == values[0]);
                if uniform {
                    crate::t!("conventions-matches-uniform", symbol = symbol(call.meant()))
                } else {
                    crate::t!("conventions-matches-smoothing", symbol = symbol(call.meant()), n = n)
                }
            });
            Row { call, returned, matches, only_here, note: note(call, p.len()) }
        })
        .collect()
}

fn same(a: f64, b: f64) -> bool {
    a == b || (a.is_finite() && b.is_finite() && (a - b).abs() <= 1e-9 * b.abs())
}

/// Why the call differs from the textbook quantity, or that it does not.
pub fn note(call: Call, n: usize) -> String {
    use Call::*;
    match call {
        ScipyEntropy => crate::t!("conventions-note-scipy-entropy"),
        ScipyEntropyPq => crate::t!("conventions-note-scipy-entropy-pq"),
        ScipyEntropySwapped => crate::t!("conventions-note-scipy-swapped"),
        ScipyEntropyRows => crate::t!("conventions-note-scipy-rows"),
        ScipyRelEntr => crate::t!("conventions-note-scipy-rel-entr"),
        ScipyKlDiv => crate::t!("conventions-note-scipy-kl-div"),
        TorchKlBatchmean => crate::t!("conventions-note-torch-batchmean"),
        TorchKlSum => crate::t!("conventions-note-torch-sum"),
        TorchKlMean => crate::t!("conventions-note-torch-mean", n = n),
        TorchKlLogTarget => crate::t!("conventions-note-torch-log-target"),
        TorchKlProbabilities => crate::t!("conventions-note-torch-probabilities"),
        TorchKlProbabilitiesMean => crate::t!("conventions-note-torch-probabilities-mean", n = n),
        TorchCrossEntropy => crate::t!("conventions-note-torch-cross-entropy"),
        TorchCrossEntropyProbabilities => crate::t!("conventions-note-torch-probabilities-logits"),
        TorchLabelSmoothing => crate::t!("conventions-note-torch-label-smoothing", n = n),
        TorchBinaryCrossEntropy => crate::t!("conventions-note-torch-bce", n = n),
        KerasKlDivergence => crate::t!("conventions-note-keras-kl"),
        KerasCategoricalCrossentropy => crate::t!("conventions-note-keras-cce"),
        OptaxKlDivergence => crate::t!("conventions-note-optax-kl"),
        OptaxSoftmaxCrossEntropy => crate::t!("conventions-note-optax-cross-entropy"),
        SklearnLogLoss => crate::t!("conventions-note-sklearn-log-loss"),
    }
}

/// A number as Python prints it at `precision` places (`inf`, `nan`), with a true minus sign
/// (`−1.193147`, `−inf`) as everywhere a number is shown to a reader.
pub fn number(x: f64, precision: usize) -> String {
    if x.is_nan() {
        "nan".into()
    } else if x.is_infinite() {
        if x > 0.0 { "inf".into() } else { "−inf".into() }
    } else {
        let text = format!("{x:.precision$}");
        // −0.000000 would claim a sign the rounded value does not have.
        if text.starts_with('-') && !text.bytes().any(|b| (b'1'..=b'9').contains(&b)) {
            text[1..].to_string()
        } else {
            crate::notation::true_minus(text)
        }
    }
}

/// The value in nats and in bits, as shown in a table.
pub fn values(returned: &Returned, precision: usize) -> (String, String) {
    let list = |v: &[f64], scale: f64| {
        let items: Vec<String> = v.iter().map(|x| number(x / scale, precision)).collect();
        format!("[{}]", items.join(", "))
    };
    let ln2 = std::f64::consts::LN_2;
    match returned {
        Returned::Scalar(v) => (number(*v, precision), number(v / ln2, precision)),
        Returned::PerOutcome(v) => (list(v, 1.0), list(v, ln2)),
    }
}

/// "= D(P‖Q)" or "≠ D(P‖Q) = 0.143841".
pub fn verdict(row: &Row, reference: &Reference, precision: usize) -> String {
    let meant = row.call.meant();
    if let Some(only_here) = &row.only_here {
        only_here.clone()
    } else if row.matches {
        crate::t!("conventions-matches", symbol = symbol(meant))
    } else {
        crate::t!(
            "conventions-differs",
            symbol = symbol(meant),
            value = textbook(reference.value(meant), precision)
        )
    }
}

/// A textbook value, which kltutor states (∞ where Python would print `inf`).
fn textbook(x: f64, precision: usize) -> String {
    if x.is_infinite() && x > 0.0 { "∞".into() } else { number(x, precision) }
}

/// The reference line: the four textbook quantities in nats and bits.
fn reference_lines(reference: &Reference, precision: usize) -> Vec<String> {
    [Meant::Kl, Meant::KlReverse, Meant::Entropy, Meant::CrossEntropy]
        .into_iter()
        .map(|m| {
            let v = reference.value(m);
            crate::t!(
                "conventions-reference",
                symbol = symbol(m),
                nats = textbook(v, precision),
                bits = textbook(v / std::f64::consts::LN_2, precision)
            )
        })
        .collect()
}

/// Plain text: one block per library, its setup line, then each call.
pub fn text(p: &Distribution, q: &Distribution, precision: usize) -> String {
    let reference = Reference::of(Pair { p, q });
    let rows = rows(p, q, &reference);
    let mut out = format!("{}\n", crate::t!("conventions-title"));
    for line in reference_lines(&reference, precision) {
        out.push_str(&format!("  {line}\n"));
    }
    for library in Library::ALL {
        out.push_str(&format!("\n{}\n", library.name()));
        for line in library.setup(p.approx(), q.approx()).lines() {
            out.push_str(&format!("  >>> {line}\n"));
        }
        for row in rows.iter().filter(|r| r.call.library() == library) {
            let (nats, bits) = values(&row.returned, precision);
            // The value and the verdict on one line, or on a line each when that is too long.
            let (returned, verdict) = (
                crate::t!("conventions-value", nats = nats, bits = bits),
                verdict(row, &reference, precision),
            );
            let one = format!("{returned}   {verdict}");
            let value = if textwrap::core::display_width(&one) + 6 <= WIDTH {
                prose(&one, WIDTH, "      ")
            } else {
                format!(
                    "{}\n{}",
                    prose(&returned, WIDTH, "      "),
                    prose(&verdict, WIDTH, "      ")
                )
            };
            out.push_str(&format!(
                "  >>> {}\n{}\n{}\n",
                row.call.code(),
                value,
                prose(&row.note, WIDTH, "      ")
            ));
        }
    }
    out
}

/// Markdown: the setup in a code block and a table per library.
pub fn markdown(p: &Distribution, q: &Distribution, precision: usize) -> String {
    let reference = Reference::of(Pair { p, q });
    let rows = rows(p, q, &reference);
    let mut out = format!("# {}\n\n", crate::t!("conventions-title"));
    for line in reference_lines(&reference, precision) {
        out.push_str(&format!("- {line}\n"));
    }
    for library in Library::ALL {
        out.push_str(&format!(
            "\n## {}\n\n```python\n{}\n```\n\n| {} | {} | {} | {} |\n|---|---:|---:|---|\n",
            library.name(),
            library.setup(p.approx(), q.approx()),
            crate::t!("conventions-column-code"),
            crate::t!("conventions-column-nats"),
            crate::t!("conventions-column-bits"),
            crate::t!("conventions-column-why"),
        ));
        for row in rows.iter().filter(|r| r.call.library() == library) {
            let (nats, bits) = values(&row.returned, precision);
            out.push_str(&format!(
                "| `{}` | {} | {} | {} |\n",
                row.call.code().replace('|', "\\|"),
                nats,
                bits,
                crate::t!(
                    "conventions-why",
                    verdict = escape(&verdict(row, &reference, precision)),
                    note = escape(&row.note)
                )
            ));
        }
    }
    out
}

fn json_returned(returned: &Returned, scale: f64) -> Value {
    match returned {
        Returned::Scalar(v) => super::json::float(v / scale),
        Returned::PerOutcome(v) => v.iter().map(|x| super::json::float(x / scale)).collect(),
    }
}

/// JSON: one object per call with its library, setup, code, value (nats), bits and note.
pub fn json(p: &Distribution, q: &Distribution) -> Value {
    let reference = Reference::of(Pair { p, q });
    let rows = rows(p, q, &reference);
    let calls: Vec<Value> = rows
        .iter()
        .map(|row| {
            json!({
                "library": row.call.library().name(),
                "setup": row.call.library().setup(p.approx(), q.approx()),
                "code": row.call.code(),
                "value": json_returned(&row.returned, 1.0),
                "bits": json_returned(&row.returned, std::f64::consts::LN_2),
                "meant": symbol(row.call.meant()),
                "matches": row.matches,
                "note": row.note,
            })
        })
        .collect();
    json!({
        "unit": "nats",
        "p": p.approx(),
        "q": q.approx(),
        "reference": {
            "kl": super::json::float(reference.kl),
            "kl_reverse": super::json::float(reference.kl_reverse),
            "entropy": super::json::float(reference.entropy),
            "cross_entropy": super::json::float(reference.cross_entropy),
        },
        "calls": calls,
    })
}
