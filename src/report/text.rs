//! Plain text: what `compute` and `explain` print by default.

use crate::info::Derivation;

use super::document::Block;
use super::formula;
use crate::i18n::linebreak::wrap;
use crate::notation::{Names, Style};

/// Lines of prose are wrapped to this width; derivations go one outcome per line beyond it.
const WIDTH: usize = 80;

/// Most outcomes shown as a table of values; longer distributions are summarised.
pub const MAX_TABLE_OUTCOMES: usize = 12;

/// One derivation, a line per stage, continuation lines under the first `=`.
pub fn derivation(d: &Derivation, names: &Names, precision: usize) -> String {
    let indent =
        " ".repeat(crate::notation::symbol(d.quantity, names, Style::Unicode).chars().count() + 1);
    let mut out = String::new();
    let layout = formula::fitting_layout(d, names, precision, WIDTH);
    let lines = formula::lines(d, names, Style::Unicode, layout, precision);
    for (k, line) in lines.iter().enumerate() {
        if k > 0 {
            out.push_str(&indent);
        }
        out.push_str(&formula::join(line));
        out.push('\n');
    }
    if let Some(note) = formula::zero_convention_note(d) {
        out.push_str(&wrap(&note, WIDTH).join("\n"));
        out.push('\n');
    }
    out
}

/// Pads with spaces to `width` terminal columns (CJK characters take two).
pub fn pad(s: &str, width: usize) -> String {
    let w = textwrap::core::display_width(s);
    format!("{s}{}", " ".repeat(width.saturating_sub(w)))
}

/// Values as an aligned table, or a count per row when there are too many outcomes.
pub fn values(outcomes: &[String], rows: &[(String, &crate::info::Distribution)]) -> String {
    let name_width = rows.iter().map(|(n, _)| textwrap::core::display_width(n)).max().unwrap_or(1);
    let mut out = String::new();
    if rows.first().map_or(outcomes.len(), |(_, d)| d.len()) > MAX_TABLE_OUTCOMES {
        for (name, d) in rows {
            let count = crate::t!("report-outcome-count", count = d.len());
            out.push_str(&format!("{}  {count}\n", pad(name, name_width)));
        }
        return out;
    }
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|(_, d)| d.exact().iter().map(|x| Style::Unicode.rational(x, d.notation())).collect())
        .collect();
    let widths: Vec<usize> = (0..outcomes.len())
        .map(|i| {
            let label = textwrap::core::display_width(&outcomes[i]);
            cells
                .iter()
                .map(|row| textwrap::core::display_width(&row[i]))
                .max()
                .unwrap_or(1)
                .max(label)
        })
        .collect();
    let mut header = " ".repeat(name_width);
    for (outcome, w) in outcomes.iter().zip(&widths) {
        header.push_str("  ");
        header.push_str(&pad(outcome, *w));
    }
    out.push_str(header.trim_end());
    out.push('\n');
    for ((name, _), row) in rows.iter().zip(&cells) {
        let mut line = pad(name, name_width);
        for (cell, w) in row.iter().zip(&widths) {
            line.push_str("  ");
            line.push_str(&pad(cell, *w));
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// Text ending in exactly one line break.
pub fn lines(text: &str) -> String {
    format!("{}\n", text.trim_end_matches('\n'))
}

/// The whole document as text.
pub fn render(blocks: &[Block<'_>], precision: usize) -> String {
    let parts: Vec<String> = blocks
        .iter()
        .map(|block| match block {
            Block::Heading(level, text) => {
                let rule = match level {
                    1 => "=",
                    2 => "-",
                    _ => "",
                };
                // A long heading wraps like prose, its rule as wide as its widest line.
                let lines = wrap(text, WIDTH);
                let width =
                    lines.iter().map(|l| textwrap::core::display_width(l)).max().unwrap_or(0);
                let text = lines.join("\n");
                if rule.is_empty() {
                    format!("{text}\n")
                } else {
                    format!("{text}\n{}\n", rule.repeat(width))
                }
            }
            Block::Paragraph(text) => wrap(text, WIDTH).join("\n") + "\n",
            Block::Values { outcomes, rows } => values(outcomes, rows),
            Block::Derivation(d, names) => derivation(d, names, precision),
            Block::Chart(chart) => super::chart::text(chart, precision),
            Block::Preformatted(text) => lines(text),
            Block::List { numbered, items } => items
                .iter()
                .enumerate()
                .map(|(i, item)| {
                    let marker = if *numbered { format!("{}. ", i + 1) } else { "- ".into() };
                    let indent = " ".repeat(marker.len());
                    let lines = wrap(item, WIDTH - marker.len());
                    let lines: Vec<String> = lines
                        .iter()
                        .enumerate()
                        .map(|(k, l)| format!("{}{l}", if k == 0 { &marker } else { &indent }))
                        .collect();
                    lines.join("\n") + "\n"
                })
                .collect(),
        })
        .collect();
    parts.join("\n")
}
