//! Markdown: headings, tables of values, derivations in code blocks so that their alignment
//! and symbols survive any renderer.

use super::document::Block;
use super::text;

pub use super::markup::{escape, fenced};
use crate::notation::Style;

/// The whole document as Markdown.
pub fn render(blocks: &[Block<'_>], precision: usize) -> String {
    let parts: Vec<String> = blocks
        .iter()
        .map(|block| match block {
            Block::Heading(level, t) => format!("{} {}\n", "#".repeat(*level), escape(t)),
            Block::Paragraph(t) => format!("{}\n", escape(t)),
            Block::Values { outcomes, rows }
                if rows.first().map_or(outcomes.len(), |(_, d)| d.len())
                    > text::MAX_TABLE_OUTCOMES =>
            {
                format!("```\n{}```\n", text::values(outcomes, rows))
            }
            Block::Values { outcomes, rows } => {
                let mut out = String::from("| |");
                for o in outcomes.iter() {
                    out.push_str(&format!(" {} |", escape(o)));
                }
                out.push_str(&format!("\n|---|{}\n", "---|".repeat(outcomes.len())));
                for (name, d) in rows {
                    out.push_str(&format!("| **{}** |", escape(name)));
                    for x in d.exact().iter() {
                        out.push_str(&format!(" {} |", Style::Unicode.rational(x, d.notation())));
                    }
                    out.push('\n');
                }
                out
            }
            Block::Chart(chart) => super::chart::markdown(chart, precision),
            Block::Preformatted(t) => fenced(t),
            Block::Derivation(d, names) => {
                format!("```\n{}```\n", text::derivation(d, names, precision))
            }
            Block::List { numbered, items } => items
                .iter()
                .enumerate()
                .map(|(i, item)| {
                    let marker = if *numbered { format!("{}.", i + 1) } else { "-".into() };
                    format!("{marker} {}\n", item.replace('\n', "\n   "))
                })
                .collect(),
        })
        .collect();
    parts.join("\n")
}
