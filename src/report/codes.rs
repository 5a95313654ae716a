//! Code lengths as a report: the code words of P's and Q's codes side by side, drawn as bars
//! as long as the words, and the expected lengths under P that make D(P‖Q) the extra bits.

use num_rational::BigRational;
use num_traits::ToPrimitive;
use serde_json::{Value, json};

use crate::info::codes::{Code, Construction};
use crate::info::{Distribution, Pair, Unit, entropy};
use crate::notation::Style;

use super::columns::{Align, WIDTH, aligned, prose};

/// Cells of bar per bit of a code word.
const CELLS_PER_BIT: usize = 2;

/// Longest word drawn as a bar; longer ones are written out only.
const MAX_BAR_BITS: usize = 16;

/// The four codes, in the order they are shown.
struct Codes {
    huffman_p: Code,
    huffman_q: Code,
    shannon_p: Code,
    shannon_q: Code,
}

impl Codes {
    fn of(p: &Distribution, q: &Distribution) -> Codes {
        Codes {
            huffman_p: Code::build(p, Construction::Huffman),
            huffman_q: Code::build(q, Construction::Huffman),
            shannon_p: Code::build(p, Construction::Shannon),
            shannon_q: Code::build(q, Construction::Shannon),
        }
    }
}

fn table(rows: &[Vec<String>]) -> String {
    aligned(rows, Align::Left, "  ", "  ")
}

fn word(w: &Option<String>) -> String {
    match w {
        Some(w) if w.is_empty() => "ε".into(),
        Some(w) => w.clone(),
        None => "—".into(),
    }
}

/// −log₂ q(x), the ideal length.
fn ideal(q: &Distribution, i: usize, precision: usize) -> String {
    match crate::info::information_content(q, i, Unit::Bits) {
        crate::info::Amount::Finite(v) => Style::Unicode.decimal(v, precision),
        crate::info::Amount::Infinite { .. } => "∞".into(),
    }
}

/// A code word drawn as a bar, the word after it.
fn bar(w: &Option<String>) -> String {
    match w {
        Some(w) if w.len() <= MAX_BAR_BITS => {
            format!("{} {}", "█".repeat(w.len() * CELLS_PER_BIT), word(&Some(w.clone())))
        }
        other => word(other),
    }
}

/// An exact expected length: `7/4 = 1.7500`, or ∞ when the code lacks a word P needs.
fn exact_length(l: Option<BigRational>, precision: usize) -> String {
    match l {
        Some(l) if l.is_integer() => l.numer().to_string(),
        Some(l) => format!(
            "{} = {}",
            Style::Unicode.rational(&l, crate::info::Notation::Fraction),
            Style::Unicode.decimal(l.to_f64().unwrap_or(f64::NAN), precision)
        ),
        None => "∞".into(),
    }
}

fn amount(a: crate::info::Amount, precision: usize) -> String {
    match a {
        crate::info::Amount::Finite(v) => Style::Unicode.decimal(v, precision),
        crate::info::Amount::Infinite { .. } => "∞".into(),
    }
}

/// The report's sections: (heading, preformatted body).
fn sections(
    p: &Distribution,
    q: &Distribution,
    outcomes: &[String],
    precision: usize,
) -> Vec<(String, String)> {
    let codes = Codes::of(p, q);
    let style = Style::Unicode;
    let mut words = vec![vec![
        crate::t!("codes-column-outcome"),
        "p".into(),
        "q".into(),
        "−log₂ q".into(),
        crate::t!("codes-column-huffman-p"),
        crate::t!("codes-column-huffman-q"),
        crate::t!("codes-column-shannon-p"),
        crate::t!("codes-column-shannon-q"),
    ]];
    for (i, name) in outcomes.iter().enumerate() {
        words.push(vec![
            crate::visible::visible(name).into_owned(),
            style.rational(&p.get(i), p.notation()),
            style.rational(&q.get(i), q.notation()),
            ideal(q, i, precision),
            word(&codes.huffman_p.words[i]),
            word(&codes.huffman_q.words[i]),
            word(&codes.shannon_p.words[i]),
            word(&codes.shannon_q.words[i]),
        ]);
    }
    let bars: Vec<Vec<String>> = outcomes
        .iter()
        .enumerate()
        .map(|(i, name)| {
            vec![
                crate::visible::visible(name).into_owned(),
                style.rational(&p.get(i), p.notation()),
                bar(&codes.huffman_p.words[i]),
                bar(&codes.huffman_q.words[i]),
            ]
        })
        .collect();
    let mut bar_rows = vec![vec![
        String::new(),
        "p".into(),
        crate::t!("codes-column-huffman-p"),
        crate::t!("codes-column-huffman-q"),
    ]];
    bar_rows.extend(bars);
    let pair = Pair { p, q };
    let (h, cross, kl) =
        (entropy(p, Unit::Bits), pair.cross_entropy(Unit::Bits), pair.kl(Unit::Bits));
    let length = |c: &Code| exact_length(c.expected_length(p), precision);
    let extra = |own: &Code, other: &Code| match (own.expected_length(p), other.expected_length(p))
    {
        (Some(a), Some(b)) => exact_length(Some(b - a), precision),
        _ => "∞".into(),
    };
    let lengths = vec![
        vec![
            String::new(),
            crate::t!("codes-column-ideal"),
            crate::t!("codes-column-shannon"),
            crate::t!("codes-column-huffman"),
        ],
        vec![
            crate::t!("codes-row-p-code"),
            format!("H(P) = {}", style.decimal(h, precision)),
            length(&codes.shannon_p),
            length(&codes.huffman_p),
        ],
        vec![
            crate::t!("codes-row-q-code"),
            format!("H(P,Q) = {}", amount(cross, precision)),
            length(&codes.shannon_q),
            length(&codes.huffman_q),
        ],
        vec![
            crate::t!("codes-row-extra"),
            format!("D(P‖Q) = {}", amount(kl, precision)),
            extra(&codes.shannon_p, &codes.shannon_q),
            extra(&codes.huffman_p, &codes.huffman_q),
        ],
    ];
    let summary = if kl.is_infinite() {
        crate::t!("codes-summary-infinite")
    } else {
        crate::t!("codes-summary", kl = amount(kl, precision), cross = amount(cross, precision))
    };
    vec![
        (crate::t!("codes-words-heading"), table(&words)),
        (crate::t!("codes-bars-heading"), table(&bar_rows)),
        (
            crate::t!("codes-lengths-heading"),
            format!("{}\n{}\n", table(&lengths), prose(&summary, WIDTH, "")),
        ),
    ]
}

/// Plain text.
pub fn text(p: &Distribution, q: &Distribution, outcomes: &[String], precision: usize) -> String {
    sections(p, q, outcomes, precision)
        .into_iter()
        .map(|(heading, body)| format!("{}\n{body}", prose(&heading, WIDTH, "")))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Markdown: a heading per section, the tables preformatted so the bars line up.
pub fn markdown(
    p: &Distribution,
    q: &Distribution,
    outcomes: &[String],
    precision: usize,
) -> String {
    let mut out = format!("# {}\n", crate::t!("codes-title"));
    for (heading, body) in sections(p, q, outcomes, precision) {
        out.push_str(&format!("\n## {}\n\n```\n{body}```\n", super::markup::escape(&heading)));
    }
    out
}

fn json_length(l: Option<BigRational>) -> Value {
    match l {
        Some(l) => json!({ "exact": l.to_string(), "bits": l.to_f64() }),
        None => json!("inf"),
    }
}

/// JSON: every code's words (null where there is none) and expected length under P.
pub fn json(p: &Distribution, q: &Distribution, outcomes: &[String]) -> Value {
    let codes = Codes::of(p, q);
    let pair = Pair { p, q };
    let code = |c: &Code| json!({ "words": c.words, "expected_length": json_length(c.expected_length(p)) });
    json!({
        "unit": "bits",
        "outcomes": outcomes,
        "huffman_p": code(&codes.huffman_p),
        "huffman_q": code(&codes.huffman_q),
        "shannon_p": code(&codes.shannon_p),
        "shannon_q": code(&codes.shannon_q),
        "entropy": entropy(p, Unit::Bits),
        "cross_entropy": super::json::amount(pair.cross_entropy(Unit::Bits)),
        "kl": super::json::amount(pair.kl(Unit::Bits)),
    })
}
