//! LaTeX: a standalone document that compiles with a standard preamble (amsmath), or with
//! xelatex and xeCJK when the lesson is written in Chinese, Japanese or Korean.

use super::document::Block;
use super::formula;
use super::text::MAX_TABLE_OUTCOMES;
use crate::notation::{Style, latex_escape};

/// Characters of the lessons' prose that LaTeX's text mode lacks, as math.
const MATH_CHARACTERS: &[(char, &str)] = &[
    ('‖', "$\\|$"),
    ('·', "$\\cdot$"),
    ('−', "$-$"),
    ('≈', "$\\approx$"),
    ('≠', "$\\neq$"),
    ('≤', "$\\leq$"),
    ('≥', "$\\geq$"),
    ('∞', "$\\infty$"),
    ('Σ', "$\\Sigma$"),
    ('÷', "$\\div$"),
    ('×', "$\\times$"),
    ('→', "$\\rightarrow$"),
    ('₂', "$_2$"),
    ('₁', "$_1$"),
    ('₀', "$_0$"),
    ('½', "$\\frac{1}{2}$"),
    ('⅓', "$\\frac{1}{3}$"),
    ('⅔', "$\\frac{2}{3}$"),
    ('¼', "$\\frac{1}{4}$"),
    ('¾', "$\\frac{3}{4}$"),
    ('⅛', "$\\frac{1}{8}$"),
    ('⅜', "$\\frac{3}{8}$"),
    ('⅝', "$\\frac{5}{8}$"),
    ('⅞', "$\\frac{7}{8}$"),
];

/// Prose for LaTeX's text mode: specials escaped, mathematical characters as math.
pub fn prose(s: &str) -> String {
    let escaped = latex_escape(s);
    let mut out = String::with_capacity(escaped.len());
    for c in escaped.chars() {
        match MATH_CHARACTERS.iter().find(|(m, _)| *m == c) {
            Some((_, latex)) => out.push_str(latex),
            None => out.push(c),
        }
    }
    out
}

/// Whether the text needs a CJK-capable engine.
fn has_cjk(s: &str) -> bool {
    s.chars().any(|c| {
        matches!(c as u32, 0x3000..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF | 0xFF00..=0xFFEF)
    })
}

fn derivation(
    d: &crate::info::Derivation,
    names: &crate::notation::Names,
    precision: usize,
) -> String {
    // Judged on the Unicode form: LaTeX source is longer than what it typesets.
    let layout = formula::fitting_layout(d, names, precision, 80);
    let lines = formula::lines(d, names, Style::Latex, layout, precision);
    let rows: Vec<String> = lines
        .iter()
        .enumerate()
        .map(|(k, line)| {
            let text = formula::join(line);
            if k == 0 {
                text.replacen(" = ", " &= ", 1)
            } else if let Some(rest) = text.strip_prefix("= ") {
                format!("&= {rest}")
            } else if let Some(rest) = text.strip_prefix(Style::Latex.approx()) {
                format!("&\\approx {rest}")
            } else {
                format!("&\\quad {text}")
            }
        })
        .collect();
    format!("\\begin{{align*}}\n{}\n\\end{{align*}}\n", rows.join(" \\\\\n"))
}

fn values(outcomes: &[String], rows: &[(String, &crate::info::Distribution)]) -> String {
    if outcomes.len() > MAX_TABLE_OUTCOMES {
        return rows
            .iter()
            .map(|(name, d)| {
                let count = crate::t!("report-outcome-count", count = d.len());
                format!("{}: {}.\n", prose(name), prose(&count))
            })
            .collect();
    }
    let mut out = format!("\\begin{{tabular}}{{l{}}}\n", "c".repeat(outcomes.len()));
    let header: Vec<String> = outcomes.iter().map(|o| prose(o)).collect();
    out.push_str(&format!(" & {} \\\\\n\\hline\n", header.join(" & ")));
    for (name, d) in rows {
        let cells: Vec<String> = d
            .exact()
            .iter()
            .map(|x| format!("${}$", Style::Latex.rational(x, d.notation())))
            .collect();
        out.push_str(&format!("{} & {} \\\\\n", prose(name), cells.join(" & ")));
    }
    out.push_str("\\end{tabular}\n");
    out
}

/// The whole document, preamble included.
pub fn render(blocks: &[Block<'_>], precision: usize) -> String {
    let mut body = Vec::new();
    let mut cjk = false;
    let mut charts = false;
    for block in blocks {
        body.push(match block {
            Block::Heading(level, t) => {
                cjk |= has_cjk(t);
                let command = match level {
                    1 => "section*",
                    2 => "subsection*",
                    _ => "subsubsection*",
                };
                format!("\\{command}{{{}}}\n", prose(t))
            }
            Block::Paragraph(t) => {
                cjk |= has_cjk(t);
                format!("{}\n", prose(t))
            }
            Block::Values { outcomes, rows } => {
                cjk |= outcomes.iter().any(|o| has_cjk(o));
                values(outcomes, rows)
            }
            Block::Derivation(d, names) => derivation(d, names, precision),
            Block::Chart(chart) => {
                charts = true;
                super::chart::latex(chart)
            }
            Block::List { numbered, items } => {
                cjk |= items.iter().any(|i| has_cjk(i));
                let env = if *numbered { "enumerate" } else { "itemize" };
                let items: String =
                    items.iter().map(|i| format!("  \\item {}\n", prose(i))).collect();
                format!("\\begin{{{env}}}\n{items}\\end{{{env}}}\n")
            }
        });
    }
    let mut preamble = if cjk {
        "% This document contains CJK text: compile it with xelatex.\n\\documentclass{article}\n\\usepackage{amsmath}\n\\usepackage{xeCJK}\n"
    } else {
        "\\documentclass{article}\n\\usepackage[T1]{fontenc}\n\\usepackage[utf8]{inputenc}\n\\usepackage{amsmath}\n"
    }
    .to_string();
    if charts {
        preamble.push_str("\\usepackage{pgfplots}\n\\pgfplotsset{compat=1.16}\n");
    }
    format!("{preamble}\n\\begin{{document}}\n\n{}\n\\end{{document}}\n", body.join("\n"))
}
