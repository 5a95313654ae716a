//! JSON reports for scripts: numbers at full precision (shortest round-trip f64), `"inf"`
//! where a quantity is infinite.

use serde_json::{Value, json};

use crate::info::{Amount, Distribution, Pair, Quantity, rank_by_kl};

use super::Comparison;

/// A quantity as JSON: a number, or the string `"inf"`.
pub fn amount(a: Amount) -> Value {
    match a {
        Amount::Finite(v) => json!(v),
        Amount::Infinite { .. } => json!("inf"),
    }
}

/// A float as JSON: full precision, `"inf"`/`"-inf"` where infinite, null for NaN.
pub fn float(x: f64) -> Value {
    if x.is_nan() {
        Value::Null
    } else if x.is_infinite() {
        json!(if x > 0.0 { "inf" } else { "-inf" })
    } else {
        json!(x)
    }
}

/// The outcome responsible for an infinite quantity, by label.
fn cause(a: Amount, c: &Comparison<'_>) -> Value {
    match a {
        Amount::Infinite { outcome } => {
            json!(c.outcomes.get(outcome).cloned().unwrap_or_else(|| format!("x{}", outcome + 1)))
        }
        Amount::Finite(_) => Value::Null,
    }
}

fn exact_values(d: &Distribution) -> Vec<String> {
    d.exact().iter().map(|x| x.to_string()).collect()
}

/// Adds what every distribution reports beside its measures: its exact values when few, and
/// `normalized`, the exact sum its values were divided by, when they were.
fn describe(object: &mut Value, d: &Distribution, listed: bool) {
    if listed {
        object["probs"] = json!(exact_values(d));
    }
    if let Some(n) = d.normalization() {
        object["normalized"] = json!(n.sum().to_string());
    }
}

/// Beyond this many outcomes the per-outcome arrays (names and exact values) are left out:
/// scripts passed them in, and at 10⁶ outcomes they would be most of a very large output.
pub const MAX_LISTED_OUTCOMES: usize = 10_000;

/// Everything `compute --format json` prints.
pub fn comparison(c: &Comparison<'_>) -> Value {
    let unit = c.unit;
    let listed = c.p.len() <= MAX_LISTED_OUTCOMES;
    let summaries: Vec<_> = (0..c.models.len()).map(|k| c.pair(k).summary(unit)).collect();
    let models: Vec<Value> = c
        .models
        .iter()
        .zip(&summaries)
        .map(|((name, q), s)| {
            let mut model = json!({
                "name": name,
                "entropy": s.entropy_q,
                "cross_entropy": amount(s.cross_entropy),
                "kl": amount(s.kl),
                "kl_reverse": amount(s.kl_reverse),
                "js": s.js,
                "kl_infinite_at": cause(s.kl, c),
                "kl_reverse_infinite_at": cause(s.kl_reverse, c),
            });
            describe(&mut model, q, listed);
            model
        })
        .collect();
    let kls: Vec<Amount> = summaries.iter().map(|s| s.kl).collect();
    let ranking: Vec<&str> = rank_by_kl(&kls).into_iter().map(|k| c.models[k].0.as_str()).collect();
    let mut p = json!({ "name": c.p_name, "entropy": crate::info::entropy(c.p, unit) });
    describe(&mut p, c.p, listed);
    if c.models.is_empty() && listed {
        let pair = Pair { p: c.p, q: c.p };
        let information = (0..c.p.len())
            .map(|outcome| amount(Quantity::Information { outcome }.evaluate(pair, unit)));
        p["information"] = json!(information.collect::<Vec<_>>());
    }
    let mut out = json!({
        "unit": unit.name(),
        "outcome_count": c.p.len(),
        "p": p,
        "models": models,
        "ranking": ranking,
    });
    if listed {
        out["outcomes"] = json!(c.outcomes);
    }
    out
}
