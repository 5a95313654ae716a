//! Markdown reports: headed sections, a table of values, derivations in code blocks so their
//! alignment and symbols survive any renderer.

use super::formula::Names;
use super::text;
use super::{Comparison, MODEL_QUANTITIES, Style, formula, ranking_sentence};

/// A table of the distributions' values.
pub fn distributions(c: &Comparison<'_>) -> String {
    let mut out = String::new();
    if c.p.len() > text::MAX_TABLE_OUTCOMES {
        return format!("```\n{}```\n", text::distributions(c));
    }
    out.push_str("| |");
    for i in 0..c.p.len() {
        out.push_str(&format!(
            " {} |",
            escape(&c.outcomes.get(i).cloned().unwrap_or_default())
        ));
    }
    out.push_str("\n|---|");
    out.push_str(&"---|".repeat(c.p.len()));
    out.push('\n');
    let mut rows = vec![(c.p_name.as_str(), c.p)];
    rows.extend(c.models.iter().map(|(n, d)| (n.as_str(), *d)));
    for (name, d) in rows {
        out.push_str(&format!("| **{}** |", escape(name)));
        for x in d.exact() {
            out.push_str(&format!(" {} |", Style::Unicode.rational(x, d.notation())));
        }
        out.push('\n');
    }
    out
}

/// Escapes the characters that would break a table cell or start emphasis.
pub fn escape(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('|', "\\|")
        .replace('*', "\\*")
        .replace('_', "\\_")
}

/// One derivation under a heading of its symbol.
pub fn derivation(
    d: &crate::info::Derivation,
    names: &Names,
    precision: usize,
    level: usize,
) -> String {
    let mut out = format!(
        "{} {}\n\n```\n{}",
        "#".repeat(level),
        formula::symbol(d.quantity, names, Style::Unicode),
        text::derivation(d, names, precision)
    );
    out.push_str("```\n");
    if let Some(reason) = text::infinity_reason(d, names) {
        out.push_str(&format!("\n{reason}.\n"));
    }
    out
}

/// Everything `compute --format markdown` prints.
pub fn comparison(c: &Comparison<'_>, precision: usize) -> String {
    let mut out = format!("# {} against its models\n\n", escape(&c.p_name));
    out.push_str(&distributions(c));
    let names0 = Names {
        p: c.p_name.clone(),
        q: c.p_name.clone(),
        outcomes: c.outcomes.clone(),
    };
    out.push('\n');
    out.push_str(&derivation(&c.entropy_of_p(), &names0, precision, 2));
    for k in 0..c.models.len() {
        let names = c.names(k);
        out.push_str(&format!(
            "\n## {} against {}\n",
            escape(&c.p_name),
            escape(&c.models[k].0)
        ));
        for quantity in MODEL_QUANTITIES {
            out.push('\n');
            out.push_str(&derivation(&c.derive(k, quantity), &names, precision, 3));
        }
        out.push_str(&format!(
            "\n{}\n",
            text::decomposition(c, k, Style::Unicode, precision)
        ));
    }
    let model_names: Vec<&str> = c.models.iter().map(|(n, _)| n.as_str()).collect();
    if let Some(sentence) = ranking_sentence(
        &c.p_name,
        &model_names,
        &c.kls(),
        c.unit,
        Style::Unicode,
        precision,
    ) {
        out.push_str(&format!("\n## Ranking\n\n{sentence}.\n"));
    }
    out
}
