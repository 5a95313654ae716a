//! JSON reports for scripts: numbers at full precision (shortest round-trip f64), `"inf"`
//! where a quantity is infinite.

use serde_json::{Value, json};

use crate::info::{Amount, rank_by_kl};

use super::Comparison;

/// A quantity as JSON: a number, or the string `"inf"`.
pub fn amount(a: Amount) -> Value {
    match a {
        Amount::Finite(v) => json!(v),
        Amount::Infinite { .. } => json!("inf"),
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

fn exact_values(d: &crate::info::Distribution) -> Vec<String> {
    d.exact().iter().map(|x| x.to_string()).collect()
}

/// Everything `compute --format json` prints.
pub fn comparison(c: &Comparison<'_>) -> Value {
    let unit = c.unit;
    let kls = c.kls();
    let models: Vec<Value> = c
        .models
        .iter()
        .enumerate()
        .map(|(k, (name, q))| {
            let s = c.pair(k).summary(unit);
            json!({
                "name": name,
                "probs": exact_values(q),
                "entropy": s.entropy_q,
                "cross_entropy": amount(s.cross_entropy),
                "kl": amount(s.kl),
                "kl_reverse": amount(s.kl_reverse),
                "js": s.js,
                "kl_infinite_at": cause(s.kl, c),
                "kl_reverse_infinite_at": cause(s.kl_reverse, c),
            })
        })
        .collect();
    let ranking: Vec<&str> = rank_by_kl(&kls).into_iter().map(|k| c.models[k].0.as_str()).collect();
    json!({
        "unit": unit.name(),
        "outcomes": c.outcomes,
        "p": {
            "name": c.p_name,
            "probs": exact_values(c.p),
            "entropy": crate::info::entropy(c.p, unit),
        },
        "models": models,
        "ranking": ranking,
    })
}
