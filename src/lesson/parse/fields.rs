//! Reading TOML values with spans, reporting each wrong or unknown one: the generic half of
//! the lesson checker.

use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::super::diagnostic::{Diagnostic, is_forbidden_control};
use super::chart::FAMILY_NAMES;
use super::{HIDE_NAMES, MISTAKE_NAMES, QUANTITY_NAMES};
use crate::t;
use crate::visible::visible;

pub(super) type Value<'i> = Spanned<DeValue<'i>>;

#[derive(Default)]
pub(super) struct Checker {
    pub(super) diagnostics: Vec<Diagnostic>,
    /// Stated answers that disagree with the values: kept apart, because the lesson still
    /// teaches (kltutor grades against what it computes), while `check` rejects them.
    pub(super) stale: Vec<Diagnostic>,
}

/// A string read from the file, with where it was.
pub(super) struct Text {
    pub(super) value: String,
    pub(super) span: Range<usize>,
}

pub(super) fn find<'t, 'i>(table: &'t DeTable<'i>, key: &str) -> Option<&'t Value<'i>> {
    table.iter().find(|(k, _)| k.get_ref() == key).map(|(_, v)| v)
}

fn type_name(v: &DeValue<'_>) -> String {
    match v {
        DeValue::String(_) => t!("check-type-string"),
        DeValue::Integer(_) => t!("check-type-integer"),
        DeValue::Float(_) => t!("check-type-float"),
        DeValue::Boolean(_) => t!("check-type-boolean"),
        DeValue::Datetime(_) => t!("check-type-date"),
        DeValue::Array(_) => t!("check-type-array"),
        DeValue::Table(_) => t!("check-type-table"),
    }
}

/// The closest allowed word, if it is close enough to be what was meant.
pub(super) fn did_you_mean<'a>(word: &str, allowed: &[&'a str]) -> Option<&'a str> {
    let word = word.to_lowercase();
    allowed
        .iter()
        .map(|&a| (a, strsim::damerau_levenshtein(&word, a)))
        .filter(|&(a, d)| d <= 2.max(a.len() / 3) || word.starts_with(a) || a.starts_with(&word))
        .min_by_key(|&(_, d)| d)
        .map(|(a, _)| a)
}

pub(super) fn quoted_list(words: &[&str]) -> String {
    words.iter().map(|w| format!("`{w}`")).collect::<Vec<_>>().join(", ")
}

impl Checker {
    pub(super) fn push(&mut self, d: Diagnostic) {
        self.diagnostics.push(d);
    }

    /// Reports keys that are not in `allowed`, suggesting the nearest one.
    pub(super) fn known_keys(&mut self, table: &DeTable<'_>, allowed: &[&str], place: &str) {
        for (key, _) in table.iter() {
            let name = key.get_ref().as_ref();
            if !allowed.contains(&name) {
                let what = t!("check-what-key", key = visible(name), place = place);
                self.unknown(key.span(), &what, name, allowed);
            }
        }
    }

    /// Reports a word that is not one of `allowed`, suggesting the nearest.
    pub(super) fn unknown(&mut self, span: Range<usize>, what: &str, word: &str, allowed: &[&str]) {
        let list = quoted_list(allowed);
        let (label, all) = match allowed {
            QUANTITY_NAMES => (t!("check-not-a-quantity"), t!("check-quantities-are", list = list)),
            MISTAKE_NAMES => (t!("check-not-a-mistake"), t!("check-mistakes-are", list = list)),
            HIDE_NAMES => (t!("check-not-hideable"), t!("check-hideable-are", list = list)),
            FAMILY_NAMES => (t!("check-not-a-family"), t!("check-families-are", list = list)),
            _ => (t!("check-not-a-key"), t!("check-keys-are", list = list)),
        };
        let help = match did_you_mean(word, allowed) {
            Some(near) => t!("check-did-you-mean", word = near),
            None => all,
        };
        self.push(Diagnostic::new(span, t!("check-unknown", what = what)).label(label).help(help));
    }

    /// Reports a missing key, unless a misspelling of it is there (reported as unknown).
    pub(super) fn missing(
        &mut self,
        table: &DeTable<'_>,
        key: &str,
        place: &str,
        at: Range<usize>,
        help: &str,
    ) {
        let misspelt = |k: &str| k != key && did_you_mean(k, &[key]).is_some();
        if table.iter().any(|(k, _)| misspelt(k.get_ref())) {
            return;
        }
        self.push(
            Diagnostic::new(at, t!("check-missing", place = place, key = key))
                .label(t!("check-missing-label", key = key))
                .help(help.to_string()),
        );
    }

    pub(super) fn wrong_type(&mut self, key: &str, v: &Value<'_>, expected: &str) {
        self.push(
            Diagnostic::new(
                v.span(),
                t!(
                    "check-wrong-type",
                    key = key,
                    expected = expected,
                    found = type_name(v.get_ref())
                ),
            )
            .label(t!("check-wrong-type-label", expected = expected)),
        );
    }

    /// Checks text for control characters, which could drive the terminal.
    pub(super) fn clean(&mut self, value: &str, span: &Range<usize>) -> bool {
        // Controls could drive the terminal; bidi overrides and isolates reorder what is
        // shown ("Trojan Source"); a CR not before a LF overwrites the line it is on.
        let bare_cr = |at: usize, c: char| c == '\r' && value[at..].chars().nth(1) != Some('\n');
        let found = value.char_indices().enumerate().find(|&(_, (at, c))| {
            is_forbidden_control(c)
                || crate::visible::is_hazard(c) && !matches!(c, '\n' | '\t' | '\r')
                || bare_cr(at, c)
        });
        match found.map(|(k, (_, c))| (k, c)) {
            None => true,
            Some((at, c)) => {
                self.push(
                    Diagnostic::new(
                        span.clone(),
                        t!(
                            "check-control",
                            code = format!("U+{:04X}", c as u32),
                            position = at + 1
                        ),
                    )
                    .label(t!("check-control-label"))
                    .help(t!("check-control-help")),
                );
                false
            }
        }
    }

    pub(super) fn string_value(&mut self, key: &str, v: &Value<'_>) -> Option<Text> {
        match v.get_ref().as_str() {
            Some(s) => {
                // A CRLF file's multi-line strings end their lines in CR LF: the text keeps
                // the line breaks, not the carriage returns, which would reach the terminal.
                let text = Text { value: tidy(&s.replace("\r\n", "\n")), span: v.span() };
                self.clean(s, &text.span).then_some(text)
            }
            None => {
                self.wrong_type(key, v, &t!("check-type-string"));
                None
            }
        }
    }

    pub(super) fn string(&mut self, table: &DeTable<'_>, key: &str) -> Option<Text> {
        find(table, key).and_then(|v| self.string_value(key, v))
    }

    pub(super) fn required_string(
        &mut self,
        table: &DeTable<'_>,
        key: &str,
        place: &str,
        at: &Range<usize>,
        help: &str,
    ) -> Option<Text> {
        if find(table, key).is_none() {
            self.missing(table, key, place, at.clone(), help);
            return None;
        }
        let text = self.string(table, key)?;
        if text.value.trim().is_empty() {
            self.push(
                Diagnostic::new(text.span.clone(), t!("check-empty", key = key))
                    .label(t!("check-empty-label")),
            );
            return None;
        }
        Some(text)
    }

    pub(super) fn strings(
        &mut self,
        table: &DeTable<'_>,
        key: &str,
    ) -> Option<(Vec<Text>, Range<usize>)> {
        let v = find(table, key)?;
        let Some(items) = v.get_ref().as_array() else {
            self.wrong_type(key, v, &t!("check-type-strings"));
            return None;
        };
        let texts: Vec<Option<Text>> =
            items.iter().map(|item| self.string_value(key, item)).collect();
        texts.into_iter().collect::<Option<Vec<_>>>().map(|t| (t, v.span()))
    }

    pub(super) fn boolean(&mut self, table: &DeTable<'_>, key: &str) -> bool {
        match find(table, key) {
            None => false,
            Some(v) => v.get_ref().as_bool().unwrap_or_else(|| {
                self.wrong_type(key, v, &t!("check-type-true-false"));
                false
            }),
        }
    }

    pub(super) fn number(&mut self, table: &DeTable<'_>, key: &str) -> Option<(f64, Range<usize>)> {
        let v = find(table, key)?;
        let text = match v.get_ref() {
            DeValue::Integer(i) => i.as_str().to_string(),
            DeValue::Float(f) => f.as_str().to_string(),
            DeValue::String(s) => s.to_string(),
            _ => {
                self.wrong_type(key, v, &t!("check-type-number"));
                return None;
            }
        };
        match text.trim().parse::<f64>() {
            Ok(x) if x.is_finite() => Some((x, v.span())),
            _ => {
                self.push(
                    Diagnostic::new(v.span(), t!("check-not-finite", key = key))
                        .label(t!("check-not-finite-label")),
                );
                None
            }
        }
    }

    /// A table, or an array of tables when `many`; each with its span.
    pub(super) fn tables<'t, 'i>(
        &mut self,
        table: &'t DeTable<'i>,
        key: &str,
        many: bool,
    ) -> Vec<(&'t DeTable<'i>, Range<usize>)> {
        let Some(v) = find(table, key) else {
            return Vec::new();
        };
        match (v.get_ref(), many) {
            (DeValue::Table(t), false) => vec![(t, v.span())],
            (DeValue::Array(items), true) => items
                .iter()
                .filter_map(|item| match item.get_ref() {
                    DeValue::Table(t) => Some((t, item.span())),
                    _ => {
                        self.wrong_type(key, item, &t!("check-type-table"));
                        None
                    }
                })
                .collect(),
            (DeValue::Table(_), true) => {
                self.push(
                    Diagnostic::new(v.span(), t!("check-array-of-tables", key = key))
                        .label(t!("check-array-of-tables-label", key = key))
                        .help(t!("check-array-of-tables-help", key = key)),
                );
                Vec::new()
            }
            _ => {
                let expected = if many { t!("check-type-tables") } else { t!("check-type-table") };
                self.wrong_type(key, v, &expected);
                Vec::new()
            }
        }
    }
}

/// A multi-line text as every output shows it: the indentation its lines share (an editor's
/// tabs or spaces inside `"""`) and the blank lines at its ends are removed, so no output
/// takes an indented line for code or a final line break for a paragraph.
fn tidy(text: &str) -> String {
    if !text.contains('\n') {
        return text.to_string();
    }
    let lines: Vec<&str> = text.trim_matches('\n').lines().map(str::trim_end).collect();
    let indent = lines
        .iter()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start_matches([' ', '\t']).len())
        .min()
        .unwrap_or(0);
    let lines: Vec<&str> = lines.iter().map(|l| l.get(indent..).unwrap_or("").trim_end()).collect();
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    #[test]
    fn multi_line_texts_lose_shared_indentation_and_end_lines() {
        assert_eq!(super::tidy("\n\tOne line,\n\t  indented.\n"), "One line,\n  indented.");
        assert_eq!(super::tidy("  kept as written  "), "  kept as written  ");
    }
}
