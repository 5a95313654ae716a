//! Writing edited probabilities back into a lesson file, changing nothing else.
//!
//! The author's file is theirs: only the distributions the student changed are written, each
//! value in the notation the author used for it (a fraction string stays a fraction, a
//! percentage a percentage, a TOML number a number), and every other byte — comments, layout,
//! inline tables, line endings, a byte-order mark — stays as it was. This is a pure function
//! of the text; writing the file is `write_lesson`'s business.

use std::path::Path;

use num_bigint::BigInt;
use num_integer::Integer;
use num_rational::BigRational;
use num_traits::{One, Signed, Zero};
use toml_edit::{DocumentMut, Item, Value};

use crate::info::Distribution;
use crate::info::density::Density;
use crate::info::exact::parse_exact;
use crate::notation::terminating_decimal;
use crate::t;

/// The new text of a lesson, and whether some value could not be written in the author's
/// notation (1/3 as a decimal) and became a fraction string instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Saved {
    pub text: String,
    pub fractions_written: bool,
}

/// The source with each distribution the student changed (`edited` differs from `original`,
/// the truth then the models) written back, and nothing else touched.
pub fn with_values(
    source: &str,
    original: &[Distribution],
    edited: &[Distribution],
) -> Result<Saved, String> {
    if original.len() != edited.len() {
        return Err(t!("save-models-changed"));
    }
    let changed: Vec<usize> =
        (0..edited.len()).filter(|&k| original[k].exact() != edited[k].exact()).collect();
    edit_document(source, !changed.is_empty(), |doc| {
        let mut fractions_written = false;
        // A grid lesson's one model is the product of the joint's marginals: only the grid is
        // the author's.
        let grid = doc.contains_key("joint");
        if changed.contains(&0) {
            let key = if grid { "joint" } else { "truth" };
            let truth = doc
                .get_mut(key)
                .and_then(Item::as_table_like_mut)
                .ok_or_else(|| t!("save-no-table", table = format!("[{key}]")))?;
            fractions_written |= set_distribution(truth, &edited[0])?;
        }
        if !grid {
            let models = model_tables(doc)?;
            if models.len() + 1 != edited.len() {
                return Err(t!("save-models-changed"));
            }
            for (k, table) in models.into_iter().enumerate() {
                if changed.contains(&(k + 1)) {
                    fractions_written |= set_distribution(table, &edited[k + 1])?;
                }
            }
        }
        Ok(fractions_written)
    })
}

/// The source with the `density` of each distribution the student changed written anew, in
/// the form `parse` reads, and nothing else touched.
pub fn with_densities(
    source: &str,
    original: &[Density],
    edited: &[Density],
) -> Result<Saved, String> {
    if original.len() != edited.len() {
        return Err(t!("save-models-changed"));
    }
    let changed: Vec<usize> = (0..edited.len()).filter(|&k| original[k] != edited[k]).collect();
    edit_document(source, !changed.is_empty(), |doc| {
        let write = |table: &mut dyn toml_edit::TableLike, d: &Density| {
            let value = table
                .get_mut("density")
                .and_then(Item::as_value_mut)
                .ok_or_else(|| t!("save-no-density"))?;
            let decor = value.decor().clone();
            // Written in the notation the file used: the calls, or the textbook's N(μ, σ²).
            let calls = value.as_str().is_none_or(|old| {
                let old = old.to_ascii_lowercase();
                old.contains("normal(") || old.contains("mix(")
            });
            *value = Value::from(if calls { d.text() } else { d.math_text() });
            *value.decor_mut() = decor;
            Ok::<(), String>(())
        };
        if changed.contains(&0) {
            let truth = doc.get_mut("truth").and_then(Item::as_table_like_mut);
            write(truth.ok_or_else(|| t!("save-no-table", table = "[truth]"))?, &edited[0])?;
        }
        let models = model_tables(doc)?;
        if models.len() + 1 != edited.len() {
            return Err(t!("save-models-changed"));
        }
        for (k, table) in models.into_iter().enumerate() {
            if changed.contains(&(k + 1)) {
                write(table, &edited[k + 1])?;
            }
        }
        Ok(false)
    })
}

/// Parses the source, lets `edit` change the document (returning whether it had to write
/// fractions), and gives the text back with the source's byte-order mark and line endings.
fn edit_document(
    source: &str,
    changed: bool,
    edit: impl FnOnce(&mut DocumentMut) -> Result<bool, String>,
) -> Result<Saved, String> {
    let (bom, body) = match source.strip_prefix('\u{feff}') {
        Some(body) => ("\u{feff}", body),
        None => ("", source),
    };
    let mut doc: DocumentMut = body
        .parse()
        .map_err(|e: toml_edit::TomlError| t!("save-unparsable", error = e.to_string()))?;
    if !changed {
        return Ok(Saved { text: source.to_string(), fractions_written: false });
    }
    let fractions_written = edit(&mut doc)?;
    let mut text = doc.to_string();
    // toml_edit writes the line breaks it creates as LF; a CRLF file stays CRLF throughout.
    if body.contains("\r\n") {
        text = text.replace("\r\n", "\n").replace('\n', "\r\n");
    }
    Ok(Saved { text: format!("{bom}{text}"), fractions_written })
}

/// The models, written as `[[model]]` tables or as an inline array `model = [{ … }]`.
fn model_tables(doc: &mut DocumentMut) -> Result<Vec<&mut dyn toml_edit::TableLike>, String> {
    let missing = || t!("save-no-table", table = "[[model]]");
    match doc.get_mut("model").ok_or_else(missing)? {
        Item::ArrayOfTables(tables) => {
            Ok(tables.iter_mut().map(|t| t as &mut dyn toml_edit::TableLike).collect())
        }
        Item::Value(Value::Array(array)) => array
            .iter_mut()
            .map(|v| match v {
                Value::InlineTable(t) => Ok(t as &mut dyn toml_edit::TableLike),
                _ => Err(missing()),
            })
            .collect(),
        _ => Err(missing()),
    }
}

/// Writes `d` into a distribution's table. A `normalize = true` distribution gets the
/// smallest whole weights in the same ratios; any other gets each value in the notation of
/// the item it replaces. True when some value had to become a fraction string.
fn set_distribution(
    table: &mut dyn toml_edit::TableLike,
    d: &Distribution,
) -> Result<bool, String> {
    let normalized = table.get("normalize").and_then(Item::as_bool) == Some(true);
    let array =
        table.get_mut("probs").and_then(Item::as_array_mut).ok_or_else(|| t!("save-no-probs"))?;
    // A grid's rows are arrays; its cells, row by row, are the distribution's values.
    let mut items: Vec<&mut Value> = Vec::with_capacity(d.len());
    for item in array.iter_mut() {
        match item {
            Value::Array(row) => items.extend(row.iter_mut()),
            other => items.push(other),
        }
    }
    if items.len() != d.len() {
        return Err(t!("save-outcomes-changed"));
    }
    let values = d.exact();
    let targets: Vec<BigRational> = if normalized {
        whole_weights(&values).into_iter().map(BigRational::from_integer).collect()
    } else {
        values.to_vec()
    };
    let mut fractions = false;
    for (value, new) in items.into_iter().zip(&targets) {
        if written(value).as_ref() == Some(new) {
            continue;
        }
        let (replacement, exact) = in_notation_of(value, new);
        fractions |= !exact;
        let decor = value.decor().clone();
        *value = replacement;
        *value.decor_mut() = decor;
    }
    Ok(fractions)
}

/// The smallest whole numbers in the ratios of `values`.
fn whole_weights(values: &[BigRational]) -> Vec<BigInt> {
    let lcm = values.iter().fold(BigInt::one(), |l, v| l.lcm(v.denom()));
    let scaled: Vec<BigInt> = values.iter().map(|v| (v * &lcm).to_integer()).collect();
    let gcd = scaled.iter().fold(BigInt::zero(), |g, v| g.gcd(v));
    if gcd.is_zero() {
        return scaled;
    }
    scaled.into_iter().map(|v| v / &gcd).collect()
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

/// How an item of `probs` was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Form {
    Number,
    Fraction,
    Percentage,
    Decimal,
}

fn form(value: &Value) -> Form {
    match value {
        Value::Float(_) | Value::Integer(_) => Form::Number,
        Value::String(s) if s.value().trim_end().ends_with('%') => Form::Percentage,
        Value::String(s) if s.value().contains('/') => Form::Fraction,
        _ => Form::Decimal,
    }
}

/// `new` written as `old` was, and whether that form could hold it exactly (if not, it is a
/// fraction string: exact, and read back the same).
fn in_notation_of(old: &Value, new: &BigRational) -> (Value, bool) {
    let fraction = || Value::from(fraction_text(new));
    match form(old) {
        Form::Fraction => (fraction(), true),
        Form::Percentage => match terminating_decimal(&(new * BigInt::from(100))) {
            Some(text) => (Value::from(format!("{text}%")), true),
            None => (fraction(), false),
        },
        Form::Number => match terminating_decimal(new) {
            Some(text) if new.is_integer() => {
                text.parse::<i64>().map_or_else(|_| (fraction(), false), |i| (Value::from(i), true))
            }
            // A decimal that f64 prints back the same is a TOML float; longer ones stay exact
            // as strings.
            Some(text) => match text.parse::<f64>() {
                Ok(f) if f.to_string() == text => (Value::from(f), true),
                _ => (Value::from(text), true),
            },
            None => (fraction(), false),
        },
        Form::Decimal => match terminating_decimal(new) {
            Some(text) => (Value::from(text), true),
            None => (fraction(), false),
        },
    }
}

fn fraction_text(r: &BigRational) -> String {
    if r.is_integer() {
        r.numer().to_string()
    } else {
        format!("{}/{}", r.numer(), r.denom().abs())
    }
}

/// Why a save failed, kept apart from the message so callers can tell the cases apart.
#[derive(Debug)]
pub enum SaveError {
    /// The file could not be read as it is now.
    Read(std::io::Error),
    /// The new text could not be made (the file changed shape, or does not parse).
    Edit(String),
    /// The file could not be replaced; it is as it was.
    Write(std::io::Error),
}

impl std::fmt::Display for SaveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SaveError::Read(e) => f.write_str(&t!("save-cannot-read", error = e.to_string())),
            SaveError::Edit(e) => f.write_str(e),
            SaveError::Write(e) => f.write_str(&t!("save-cannot-write", error = e.to_string())),
        }
    }
}

/// Applies the student's edits to the lesson file as it is on disk now (so changes made in an
/// editor meanwhile are kept) and replaces it atomically, through a symlink to its target and
/// keeping its permission bits.
pub fn write_lesson(
    path: &Path,
    edit: impl FnOnce(&str) -> Result<Saved, String>,
) -> Result<Saved, SaveError> {
    let target = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    let source = std::fs::read_to_string(&target).map_err(SaveError::Read)?;
    // Replacing by rename would get past a read-only file: the author's flag is respected.
    if std::fs::metadata(&target).is_ok_and(|m| m.permissions().readonly()) {
        let denied =
            std::io::Error::new(std::io::ErrorKind::PermissionDenied, t!("save-read-only"));
        return Err(SaveError::Write(denied));
    }
    let saved = edit(&source).map_err(SaveError::Edit)?;
    if saved.text != source {
        crate::atomic::write(&target, saved.text.as_bytes()).map_err(SaveError::Write)?;
    }
    Ok(saved)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dist(text: &str) -> Distribution {
        Distribution::parse(text, false).unwrap()
    }

    fn counts(text: &str) -> Distribution {
        Distribution::parse(text, true).unwrap()
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

    fn original() -> Vec<Distribution> {
        vec![dist("1/2 1/2"), dist("1/4 3/4"), dist("1/8 7/8")]
    }

    #[test]
    fn only_the_changed_values_change() {
        let out = with_values(
            SOURCE,
            &original(),
            &[dist("1/2 1/2"), dist("0.26 0.74"), dist("1/3 2/3")],
        )
        .unwrap();
        let expected = SOURCE
            .replace("  0.25,   # heads", "  0.26,   # heads")
            .replace("  0.75,   # tails", "  0.74,   # tails")
            .replace(r#"probs = ["1/8", "7/8"]"#, r#"probs = ["1/3", "2/3"]"#);
        assert_eq!(out, Saved { text: expected, fractions_written: false });
    }

    #[test]
    fn a_grid_is_written_cell_by_cell_and_its_product_is_not_written() {
        let source = "title = \"Grid\"\n\n[joint]\nrows = [\"a\", \"b\"]\ncolumns = [\"x\", \"y\"]\nprobs = [\n  [0.3, \"1/10\"],  # a\n  [0.1, 0.5],\n]\n";
        let before = [dist("0.3 0.1 0.1 0.5"), dist("0.16 0.24 0.24 0.36")];
        let after = [dist("0.35 0.05 0.1 0.5"), dist("0.18 0.22 0.27 0.33")];
        let out = with_values(source, &before, &after).unwrap();
        let expected = source.replace("[0.3, \"1/10\"]", "[0.35, \"1/20\"]");
        assert_eq!(out, Saved { text: expected, fractions_written: false });
    }

    #[test]
    fn a_changed_density_is_written_in_place() {
        let source = "title = \"Normals\"\n\n[truth]\nname = \"P\"\ndensity = \"normal(0, 1)\"  # the truth\n\n[[model]]\nname = \"Q\"\ndensity = 'normal(1, 2)'\n";
        let d = |t: &str| Density::parse(t, false).unwrap();
        let before = [d("normal(0, 1)"), d("normal(1, 2)")];
        let after = [d("normal(0, 1)"), d("normal(0.5, 1.5)")];
        let out = with_densities(source, &before, &after).unwrap();
        let expected = source.replace("'normal(1, 2)'", "\"normal(0.5, 1.5)\"");
        assert_eq!(out.text, expected);
        assert_eq!(with_densities(source, &before, &before).unwrap().text, source);
    }

    #[test]
    fn unchanged_values_leave_the_file_byte_for_byte() {
        let out = with_values(SOURCE, &original(), &original()).unwrap();
        assert_eq!(out.text, SOURCE);
    }

    #[test]
    fn a_changed_shape_is_refused() {
        let two = [dist("1/2 1/2"), dist("1/4 3/4")];
        let err = with_values(SOURCE, &two, &two.clone().map(|d| d)).map(|_| ());
        assert!(err.is_ok(), "nothing changed, nothing to refuse");
        let edited = [dist("1/2 1/2"), dist("1/3 2/3")];
        let err = with_values(SOURCE, &two, &edited).unwrap_err();
        assert!(err.contains("models changed"), "{err}");
    }

    #[test]
    fn each_value_keeps_its_notation() {
        let source = r#"title = "T"
outcomes = ["a", "b", "c"]
[truth]
name = "P"
probs = ["50%", "30%", "20%"]
[[model]]
name = "Q"
probs = ["0.5", "0.25", "0.25"]
"#;
        let original = [dist("50% 30% 20%"), dist("0.5 0.25 0.25")];
        let edited = [dist("3/8 3/8 1/4"), dist("0.5 0.3 0.2")];
        let out = with_values(source, &original, &edited).unwrap();
        assert!(out.text.contains(r#"probs = ["37.5%", "37.5%", "25%"]"#), "{}", out.text);
        assert!(out.text.contains(r#"probs = ["0.5", "0.3", "0.2"]"#), "{}", out.text);
        assert!(!out.fractions_written);
        // No decimal or percentage holds 1/3: a fraction string, and the caller is told.
        let edited = [dist("1/3 1/3 1/3"), dist("0.5 0.25 0.25")];
        let out = with_values(source, &original, &edited).unwrap();
        assert!(out.text.contains(r#"probs = ["1/3", "1/3", "1/3"]"#), "{}", out.text);
        assert!(out.fractions_written);
    }

    #[test]
    fn counts_stay_counts_and_untouched_counts_stay_put() {
        let source = "title = \"T\"\noutcomes = [\"a\", \"b\", \"c\"]\n[truth]\nname = \"P\"\n\
                      probs = [5, 3, 2]\nnormalize = true\n[[model]]\nname = \"Q\"\nprobs = \
                      [\"1/3\", \"1/3\", \"1/3\"]\n";
        let original = [counts("5 3 2"), dist("1/3 1/3 1/3")];
        let edited = [counts("5 3 2"), dist("1/2 1/4 1/4")];
        let out = with_values(source, &original, &edited).unwrap();
        assert!(out.text.contains("probs = [5, 3, 2]"), "untouched counts: {}", out.text);
        let edited = [dist("1/2 1/4 1/4"), dist("1/3 1/3 1/3")];
        let out = with_values(source, &original, &edited).unwrap();
        assert!(out.text.contains("probs = [2, 1, 1]\nnormalize = true"), "{}", out.text);
    }

    #[test]
    fn crlf_bom_inline_tables_and_dotted_keys_survive() {
        let source = "\u{feff}title = \"T\"\r\noutcomes = [\"a\", \"b\"]\r\ntruth.name = \"P\"\r\n\
                      truth.probs = [\"1/2\", \"1/2\"] # the truth\r\n\r\nmodel = [\r\n  { name = \
                      \"Q\", probs = [\"1/4\", \"3/4\"] }, # first\r\n]\r\n";
        let original = [dist("1/2 1/2"), dist("1/4 3/4")];
        let edited = [dist("3/5 2/5"), dist("1/5 4/5")];
        let out = with_values(source, &original, &edited).unwrap();
        let expected = source
            .replace(r#"truth.probs = ["1/2", "1/2"]"#, r#"truth.probs = ["3/5", "2/5"]"#)
            .replace(r#"probs = ["1/4", "3/4"]"#, r#"probs = ["1/5", "4/5"]"#);
        assert_eq!(out.text, expected);
    }

    #[test]
    fn a_comment_on_the_edited_line_stays() {
        let source = "title = \"T\"\noutcomes = [\"a\", \"b\"]\n[truth]\nname = \"P\"\n\
                      probs = [0.5, 0.5] # keep me\n[[model]]\nname = \"Q\"\nprobs = [0.25, 0.75]\n";
        let original = [dist("0.5 0.5"), dist("0.25 0.75")];
        let edited = [dist("0.6 0.4"), dist("0.25 0.75")];
        let out = with_values(source, &original, &edited).unwrap();
        assert!(out.text.contains("probs = [0.6, 0.4] # keep me"), "{}", out.text);
    }

    #[test]
    fn smallest_whole_weights() {
        let r = |n: i64, d: i64| BigRational::new(n.into(), d.into());
        let w = whole_weights(&[r(1, 2), r(1, 4), r(1, 4)]);
        assert_eq!(w, [2, 1, 1].map(BigInt::from));
    }
}
