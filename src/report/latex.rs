//! LaTeX: a standalone document that compiles with a standard preamble (amsmath), or with
//! xelatex and xeCJK when the lesson is written in Chinese, Japanese or Korean.

use super::document::Block;
use super::formula;
use super::text::MAX_TABLE_OUTCOMES;
use crate::notation::{Style, latex_character, latex_text};

/// Prose for LaTeX's text mode: specials escaped, mathematical characters as math.
pub fn prose(s: &str) -> String {
    latex_text(s)
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
    let note =
        formula::zero_convention_note(d).map(|n| format!("{}\n", prose(&n))).unwrap_or_default();
    format!("\\begin{{align*}}\n{}\n\\end{{align*}}\n{note}", rows.join(" \\\\\n"))
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

/// Box-drawing characters as lines from the column's centre: up, down, left, right.
const BOX_LINES: &[(char, [u8; 4])] = &[
    ('│', [1, 1, 0, 0]),
    ('─', [0, 0, 1, 1]),
    ('└', [1, 0, 0, 1]),
    ('┌', [0, 1, 0, 1]),
    ('┐', [0, 1, 1, 0]),
    ('┘', [1, 0, 1, 0]),
    ('├', [1, 1, 0, 1]),
    ('┤', [1, 1, 1, 0]),
    ('┬', [0, 1, 1, 1]),
    ('┴', [1, 0, 1, 1]),
    ('┼', [1, 1, 1, 1]),
];

/// Shading characters as grey levels, 0 black.
const SHADES: &[(char, &str)] = &[('█', "0"), ('▓', "0.35"), ('▒', "0.55"), ('░', "0.8")];

/// The commands [`fixed`] writes, for the preamble: each character of a preformatted block
/// takes one column of the fixed-width font (a wide one two), as in the plain-text handout,
/// so grids and plots stay aligned whatever the character is typeset with.
const FIXED_PREAMBLE: &str = r"\usepackage{alltt}
\usepackage{color}
\newcommand*{\kltc}[1]{\makebox[\fontcharwd\font`\x][c]{#1}}
\newcommand*{\kltcc}[1]{\makebox[2\fontcharwd\font`\x][c]{#1}}
\newcommand*{\kltline}[4]{\makebox[\fontcharwd\font`\x][l]{\hspace{.5\fontcharwd\font`\x}%
\ifnum#3=1 \llap{\rule[.2\baselineskip]{.5\fontcharwd\font`\x}{.4pt}}\fi
\ifnum#4=1 \rlap{\rule[.2\baselineskip]{.5\fontcharwd\font`\x}{.4pt}}\fi
\kern-.2pt%
\ifnum#1=1 \rlap{\rule[.2\baselineskip]{.4pt}{.5\baselineskip}}\fi
\ifnum#2=1 \rlap{\rule[-.3\baselineskip]{.4pt}{.5\baselineskip}}\fi}}
\newcommand*{\kltshade}[1]{\makebox[\fontcharwd\font`\x][l]{\color[gray]{#1}%
\rule[-.15\baselineskip]{\fontcharwd\font`\x}{.7\baselineskip}}}
";

/// One line of a preformatted block for `alltt`: `\`, `{` and `}` escaped, and every
/// character beyond ASCII drawn in its own column(s).
fn fixed(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    for c in line.chars() {
        if let Some((_, [up, down, left, right])) = BOX_LINES.iter().find(|(b, _)| *b == c) {
            out.push_str(&format!("\\kltline{{{up}}}{{{down}}}{{{left}}}{{{right}}}"));
        } else if let Some((_, grey)) = SHADES.iter().find(|(s, _)| *s == c) {
            out.push_str(&format!("\\kltshade{{{grey}}}"));
        } else if let Some(latex) = latex_character(c) {
            out.push_str(&format!("\\kltc{{{latex}}}"));
        } else {
            match c {
                '\\' => out.push_str("\\textbackslash{}"),
                '{' | '}' => {
                    out.push('\\');
                    out.push(c);
                }
                c if c.is_ascii() => out.push(c),
                c if textwrap::core::display_width(c.encode_utf8(&mut [0; 4])) == 2 => {
                    out.push_str(&format!("\\kltcc{{{c}}}"))
                }
                c => out.push_str(&format!("\\kltc{{{c}}}")),
            }
        }
    }
    out
}

/// A preformatted block, in a size at which its widest line fits the page: 80 columns in
/// `\footnotesize`, 95 in `\scriptsize`.
fn preformatted(text: &str) -> String {
    let widest = text.lines().map(textwrap::core::display_width).max().unwrap_or(0);
    let size = if widest <= 80 { "footnotesize" } else { "scriptsize" };
    let lines: String = text.lines().map(|l| format!("{}\n", fixed(l))).collect();
    format!("{{\\{size}\n\\begin{{alltt}}\n{lines}\\end{{alltt}}}}\n")
}

/// The whole document, preamble included.
pub fn render(blocks: &[Block<'_>], precision: usize) -> String {
    let mut body = Vec::new();
    let mut charts = false;
    let mut fixed = false;
    for block in blocks {
        body.push(match block {
            Block::Heading(level, t) => {
                let command = match level {
                    1 => "section*",
                    2 => "subsection*",
                    _ => "subsubsection*",
                };
                format!("\\{command}{{{}}}\n", prose(t))
            }
            Block::Paragraph(t) => format!("{}\n", prose(t)),
            Block::Values { outcomes, rows } => values(outcomes, rows),
            Block::Derivation(d, names) => derivation(d, names, precision),
            Block::Chart(chart) => {
                charts = true;
                super::chart::latex(chart)
            }
            Block::Preformatted(text) => {
                fixed = true;
                preformatted(text)
            }
            Block::List { numbered, items } => {
                let env = if *numbered { "enumerate" } else { "itemize" };
                let items: String =
                    items.iter().map(|i| format!("  \\item {}\n", prose(i))).collect();
                format!("\\begin{{{env}}}\n{items}\\end{{{env}}}\n")
            }
        });
    }
    let body = body.join("\n");
    // What is left beyond Latin-1 once the mathematical characters are written as LaTeX is a
    // name or text pdflatex cannot typeset: Chinese, Japanese, Korean or other scripts.
    let mut preamble = if has_cjk(&body) {
        "% This document contains CJK text: compile it with xelatex.\n\\documentclass{article}\n\\usepackage{amsmath}\n\\usepackage{xeCJK}\n"
    } else if body.chars().any(|c| u32::from(c) > 0xFF) {
        "% This document contains characters pdflatex lacks: compile it with xelatex.\n\\documentclass{article}\n\\usepackage{amsmath}\n"
    } else {
        "\\documentclass{article}\n\\usepackage[T1]{fontenc}\n\\usepackage[utf8]{inputenc}\n\\usepackage{amsmath}\n"
    }
    .to_string();
    if fixed {
        preamble.push_str(FIXED_PREAMBLE);
    }
    if charts {
        preamble.push_str("\\usepackage{pgfplots}\n\\pgfplotsset{compat=1.16}\n");
    }
    format!("{preamble}\n\\begin{{document}}\n\n{body}\n\\end{{document}}\n")
}
