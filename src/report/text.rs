//! Plain-text reports: what `compute` and `explain` print by default.

use std::fmt::Write;

use crate::info::{Amount, Derivation, Quantity};

use super::formula::{self, Layout, Names};
use super::{Comparison, MODEL_QUANTITIES, Style, ranking_sentence};

/// Widest terminal text is laid out for; past it derivations go one outcome per line.
const WIDTH: usize = 100;

/// Most outcomes shown as a table of values; longer distributions are summarised.
pub const MAX_TABLE_OUTCOMES: usize = 12;

/// One derivation, one line per stage.
pub fn derivation(d: &Derivation, names: &Names, precision: usize) -> String {
    let layout = Layout::fitting(d, WIDTH);
    // Continuation lines start under the `=` of the first, as on a blackboard.
    let indent = " ".repeat(
        formula::symbol(d.quantity, names, Style::Unicode)
            .chars()
            .count()
            + 1,
    );
    let mut out = String::new();
    for (k, line) in formula::lines(d, names, Style::Unicode, layout, precision)
        .iter()
        .enumerate()
    {
        if k > 0 {
            out.push_str(&indent);
        }
        out.push_str(&formula::join(line));
        out.push('\n');
    }
    out
}

/// The values of P and the models, as a table when it fits.
pub fn distributions(c: &Comparison<'_>) -> String {
    let mut rows = vec![(c.p_name.as_str(), c.p)];
    rows.extend(c.models.iter().map(|(name, d)| (name.as_str(), *d)));
    let name_width = rows
        .iter()
        .map(|(n, _)| n.chars().count())
        .max()
        .unwrap_or(1);
    let mut out = String::new();
    if c.p.len() > MAX_TABLE_OUTCOMES {
        for (name, d) in rows {
            let _ = writeln!(out, "{name:name_width$}  {} outcomes", d.len());
        }
        return out;
    }
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|(_, d)| {
            d.exact()
                .iter()
                .map(|x| Style::Unicode.rational(x, d.notation()))
                .collect()
        })
        .collect();
    let widths: Vec<usize> = (0..c.p.len())
        .map(|i| {
            let label = c.outcomes.get(i).map_or(0, |o| o.chars().count());
            cells
                .iter()
                .map(|row| row[i].chars().count())
                .max()
                .unwrap_or(1)
                .max(label)
        })
        .collect();
    let pad = |s: &str, w: usize| format!("{s}{}", " ".repeat(w.saturating_sub(s.chars().count())));
    let _ = write!(out, "{}", " ".repeat(name_width));
    for (i, w) in widths.iter().enumerate() {
        let _ = write!(
            out,
            "  {}",
            pad(&c.outcomes.get(i).cloned().unwrap_or_default(), *w)
        );
    }
    out = out.trim_end().to_string() + "\n";
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

/// "H(A,B) = H(A) + D(A‖B): 1.2075 = 1.0000 + 0.2075 bits".
pub fn decomposition(c: &Comparison<'_>, k: usize, style: Style, precision: usize) -> String {
    let names = c.names(k);
    let pair = c.pair(k);
    let v = |a: Amount| style.decimal(a.value(), precision);
    format!(
        "{} = {} + {}: {} = {} + {} {}",
        formula::symbol(Quantity::CrossEntropy, &names, style),
        formula::symbol(
            Quantity::Entropy(crate::info::derivation::Side::P),
            &names,
            style
        ),
        formula::symbol(Quantity::Kl, &names, style),
        v(pair.cross_entropy(c.unit)),
        style.decimal(crate::info::entropy(c.p, c.unit), precision),
        v(pair.kl(c.unit)),
        c.unit
    )
}

/// Why a divergence is infinite, in words.
pub fn infinity_reason(d: &Derivation, names: &Names) -> Option<String> {
    let outcome = d.infinite_cause()?;
    let (p, q) = match d.quantity {
        Quantity::KlReverse => (&names.q, &names.p),
        _ => (&names.p, &names.q),
    };
    Some(format!(
        "{} is infinite: {q} gives `{}` probability 0 where {p} does not, so a code built \
         for {q} cannot encode it at all",
        formula::symbol(d.quantity, names, Style::Unicode),
        names.outcome(outcome)
    ))
}

/// Everything `compute` prints: the values, every derivation, the identity, the ranking.
pub fn comparison(c: &Comparison<'_>, precision: usize) -> String {
    let mut out = distributions(c);
    out.push('\n');
    let names0 = Names {
        p: c.p_name.clone(),
        q: c.p_name.clone(),
        outcomes: c.outcomes.clone(),
    };
    out.push_str(&derivation(&c.entropy_of_p(), &names0, precision));
    for k in 0..c.models.len() {
        let names = c.names(k);
        for quantity in MODEL_QUANTITIES {
            out.push('\n');
            let d = c.derive(k, quantity);
            out.push_str(&derivation(&d, &names, precision));
            if let Some(reason) = infinity_reason(&d, &names) {
                out.push_str(&reason);
                out.push('\n');
            }
        }
        out.push('\n');
        out.push_str(&decomposition(c, k, Style::Unicode, precision));
        out.push('\n');
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
        out.push('\n');
        out.push_str(&sentence);
        out.push('\n');
    }
    out
}
