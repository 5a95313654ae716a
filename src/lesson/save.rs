//! Writing edited probabilities back into a lesson file, changing nothing else.
//!
//! toml_edit keeps the author's comments, ordering and formatting; only the values that
//! differ from what the file says are rewritten, each keeping the spacing around it.

use num_rational::BigRational;
use toml_edit::{DocumentMut, Item, Value};

use crate::info::exact::parse_exact;
use crate::info::{Distribution, Notation};
use crate::notation::terminating_decimal;
use crate::t;

/// The source with each distribution's `probs` set to `dists` (the truth, then the models).
pub fn with_values(source: &str, dists: &[Distribution]) -> Result<String, String> {
    let mut doc: DocumentMut = source
        .parse()
        .map_err(|e: toml_edit::TomlError| t!("save-unparsable", error = e.to_string()))?;
    let (truth, models) = dists.split_first().ok_or_else(|| t!("save-nothing"))?;
    let truth_table = doc
        .get_mut("truth")
        .and_then(Item::as_table_like_mut)
        .ok_or_else(|| t!("save-no-table", table = "[truth]"))?;
    set_probs(truth_table.get_mut("probs"), truth)?;
    let model_tables = doc
        .get_mut("model")
        .and_then(Item::as_array_of_tables_mut)
        .ok_or_else(|| t!("save-no-table", table = "[[model]]"))?;
    if model_tables.len() != models.len() {
        return Err(t!("save-models-changed"));
    }
    for (table, d) in model_tables.iter_mut().zip(models) {
        set_probs(table.get_mut("probs"), d)?;
    }
    Ok(doc.to_string())
}

fn set_probs(item: Option<&mut Item>, d: &Distribution) -> Result<(), String> {
    let array = item.and_then(Item::as_array_mut).ok_or_else(|| t!("save-no-probs"))?;
    if array.len() != d.len() {
        return Err(t!("save-outcomes-changed"));
    }
    for (value, new) in array.iter_mut().zip(d.exact().iter()) {
        if written(value).as_ref() == Some(new) {
            continue;
        }
        let decor = value.decor().clone();
        *value = replacement(value, new, d.notation());
        *value.decor_mut() = decor;
    }
    Ok(())
}

/// The exact value an item of `probs` says, if it says one.
fn written(value: &Value) -> Option<BigRational> {
    let text = match value {
        Value::String(s) => s.value().clone(),
        Value::Float(f) => f.display_repr().to_string(),
        Value::Integer(i) => i.display_repr().to_string(),
        _ => return None,
    };
    parse_exact(&text).ok()
}

/// The new item: a TOML number where the old one was a number and the value is a short
/// decimal, a string otherwise (`"13/50"`, `"0.26"`), so it is read back exactly.
fn replacement(old: &Value, new: &BigRational, notation: Notation) -> Value {
    let decimal = terminating_decimal(new);
    let was_number = matches!(old, Value::Float(_) | Value::Integer(_));
    match decimal {
        Some(text) if was_number => {
            text.parse::<f64>().map_or_else(|_| Value::from(text), Value::from)
        }
        Some(text) if notation == Notation::Decimal => Value::from(text),
        _ => Value::from(new.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dist(text: &str) -> Distribution {
        Distribution::parse(text, false).unwrap()
    }

    const SOURCE: &str = r#"# My lesson, with comments everywhere.
title = "Coin"   # the title
outcomes = ["heads", "tails"]

[truth]
name = "A"
probs = ["1/2",   "1/2"]  # fair

# The model
[[model]]
name = "B"
probs = [
  0.25,   # heads
  0.75,   # tails
]

[[model]]
name = "C"
probs = ["1/8", "7/8"]
"#;

    #[test]
    fn only_the_changed_values_change() {
        let out =
            with_values(SOURCE, &[dist("1/2 1/2"), dist("0.26 0.74"), dist("1/3 2/3")]).unwrap();
        let expected = SOURCE
            .replace("  0.25,   # heads", "  0.26,   # heads")
            .replace("  0.75,   # tails", "  0.74,   # tails")
            .replace(r#"probs = ["1/8", "7/8"]"#, r#"probs = ["1/3", "2/3"]"#);
        assert_eq!(out, expected);
    }

    #[test]
    fn unchanged_values_leave_the_file_byte_for_byte() {
        let out =
            with_values(SOURCE, &[dist("1/2 1/2"), dist("1/4 3/4"), dist("1/8 7/8")]).unwrap();
        assert_eq!(out, SOURCE);
    }

    #[test]
    fn a_changed_shape_is_refused() {
        let err = with_values(SOURCE, &[dist("1/2 1/2"), dist("1/4 3/4")]).unwrap_err();
        assert!(err.contains("models changed"));
    }
}
