//! Mutual information as a report: the joint grid with its marginals, the product of the
//! marginals, I(X;Y) = D(P(x,y) ‖ P(x)P(y)) derived term by term, the entropies, the
//! identities between them, and one stacked picture of how they overlap.

use serde_json::{Value, json};

use crate::info::derivation::Side;
use crate::info::joint::{Joint, JointMeasures};
use crate::info::{Derivation, Distribution, Pair, Quantity, Unit};

use super::columns::{Align, WIDTH, aligned, prose};
use super::markdown::escape;
use super::text;
use crate::notation::{Names, Style};

/// Columns of the stacked picture's bars.
const PICTURE_WIDTH: usize = 48;

fn x_name(x: usize) -> String {
    format!("x{}", x + 1)
}

fn y_name(y: usize) -> String {
    format!("y{}", y + 1)
}

/// A grid with row and column names and, when given, the marginals in the margins.
fn grid(cells: &[Vec<String>], margins: Option<(&[String], &[String])>) -> String {
    let columns = cells.first().map_or(0, Vec::len);
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut header = vec![String::new()];
    header.extend((0..columns).map(y_name));
    if margins.is_some() {
        header.push("│ P(x)".into());
    }
    rows.push(header);
    for (x, row) in cells.iter().enumerate() {
        let mut line = vec![x_name(x)];
        line.extend(row.iter().cloned());
        if let Some((px, _)) = margins {
            line.push(format!("│ {}", px[x]));
        }
        rows.push(line);
    }
    if let Some((_, py)) = margins {
        let mut line = vec!["P(y)".to_string()];
        line.extend(py.iter().cloned());
        line.push("│".into());
        rows.push(line);
    }
    aligned(&rows, Align::Left, "  ", "")
}

fn shown(d: &Distribution) -> Vec<String> {
    d.exact().iter().map(|x| Style::Unicode.rational(x, d.notation())).collect()
}

fn rows_of(d: &Distribution, columns: usize) -> Vec<Vec<String>> {
    shown(d).chunks(columns).map(<[String]>::to_vec).collect()
}

/// Each cell's name in a derivation: `x1,y2`.
fn cell_names(joint: &Joint) -> Vec<String> {
    (0..joint.rows())
        .flat_map(|x| (0..joint.columns()).map(move |y| format!("{},{}", x_name(x), y_name(y))))
        .collect()
}

/// Most terms a conditional entropy's line lists.
const MAX_INLINE_TERMS: usize = 12;

/// Beyond this many cells the grids are not drawn and derivations give their total only.
pub const MAX_LISTED_CELLS: usize = 100;

fn large(joint: &Joint) -> bool {
    joint.rows() * joint.columns() > MAX_LISTED_CELLS
}

/// A derivation, term by term unless the grid is large.
fn derive(quantity: Quantity, pair: Pair<'_>, unit: Unit, large: bool) -> Derivation {
    if large {
        Derivation::total_only(quantity, pair, unit)
    } else {
        Derivation::new(quantity, pair, unit)
    }
}

/// I(X;Y) as D(P(x,y) ‖ P(x)P(y)), term by term.
pub fn mutual_information_derivation(joint: &Joint, unit: Unit) -> (Derivation, Names) {
    let product = joint.product();
    let pair = Pair { p: joint.cells(), q: &product };
    let derivation = derive(Quantity::Kl, pair, unit, large(joint));
    let names = Names { p: "P(x,y)".into(), q: "P(x)P(y)".into(), outcomes: cell_names(joint) };
    (derivation, names)
}

fn entropy_derivation(
    d: &Distribution,
    name: &str,
    outcomes: Vec<String>,
    unit: Unit,
    precision: usize,
) -> String {
    let large = d.len() > MAX_LISTED_CELLS;
    let derivation = derive(Quantity::Entropy(Side::P), Pair { p: d, q: d }, unit, large);
    let names = Names { p: name.into(), q: name.into(), outcomes };
    text::derivation(&derivation, &names, precision)
}

/// How a conditional entropy is written: `H(X|Y)`, summed over `y` of `H(X|Y=y)`.
struct Conditional {
    symbol: &'static str,
    given: &'static str,
    each: &'static str,
}

/// H(X|Y) = Σ P(y)·H(X|Y=y) = ½·1.0000 + ½·0.0000 = 0.5000 bits.
fn conditional_line(
    c: Conditional,
    weights: &Distribution,
    parts: &[Option<Distribution>],
    total: f64,
    unit: Unit,
    precision: usize,
) -> String {
    let style = Style::Unicode;
    let terms: Vec<String> = weights
        .exact()
        .iter()
        .zip(parts)
        .filter_map(|(w, d)| {
            let h = crate::info::entropy(d.as_ref()?, unit);
            let w = style.rational(w, weights.notation());
            Some(format!("{w}·{}", style.decimal(h, precision)))
        })
        .collect();
    let terms =
        if terms.len() > MAX_INLINE_TERMS { String::new() } else { terms.join(" + ") + " = " };
    format!(
        "{} = Σ P({})·H({}) = {terms}{} {}\n",
        c.symbol,
        c.given,
        c.each,
        style.decimal(total, precision),
        crate::i18n::unit_name(unit)
    )
}

/// The identities between the measures, with the numbers filled in.
fn identities(m: &JointMeasures, unit: Unit, precision: usize) -> String {
    let v = |x: f64| Style::Unicode.decimal(x, precision);
    let unit = crate::i18n::unit_name(unit);
    format!(
        "I(X;Y) = H(X) − H(X|Y) = {} − {} = {} {unit}\n\
         I(X;Y) = H(Y) − H(Y|X) = {} − {} = {} {unit}\n\
         I(X;Y) = H(X) + H(Y) − H(X,Y) = {} + {} − {} = {} {unit}\n\
         H(X,Y) = H(Y) + H(X|Y) = H(X) + H(Y|X) = {} {unit}\n",
        v(m.entropy_x),
        v(m.conditional_x_given_y),
        v(m.entropy_x - m.conditional_x_given_y),
        v(m.entropy_y),
        v(m.conditional_y_given_x),
        v(m.entropy_y - m.conditional_y_given_x),
        v(m.entropy_x),
        v(m.entropy_y),
        v(m.joint_entropy),
        v(m.entropy_x + m.entropy_y - m.joint_entropy),
        v(m.joint_entropy),
    )
}

/// H(X,Y) as one bar split into H(X|Y), I(X;Y) and H(Y|X); H(X) and H(Y) under it, each
/// covering its part, so the overlap is I(X;Y).
pub fn picture(m: &JointMeasures, precision: usize) -> String {
    let total = m.joint_entropy;
    let at = |x: f64| {
        if total > 0.0 { ((x / total) * PICTURE_WIDTH as f64).round() as usize } else { 0 }
    };
    let a = at(m.conditional_x_given_y).min(PICTURE_WIDTH);
    let b = at(m.conditional_x_given_y + m.mutual_information).clamp(a, PICTURE_WIDTH);
    let bar = |from: usize, to: usize| -> String {
        (0..PICTURE_WIDTH)
            .map(|k| match k {
                k if k < from || k >= to => ' ',
                k if k < a => '░',
                k if k < b => '█',
                _ => '▒',
            })
            .collect()
    };
    let v = |x: f64| Style::Unicode.decimal(x, precision);
    format!(
        "H(X,Y)  {}  {}\nH(X)    {}  {}\nH(Y)    {}  {}\n        ░ H(X|Y)   █ I(X;Y)   ▒ H(Y|X)\n",
        bar(0, PICTURE_WIDTH),
        v(m.joint_entropy),
        bar(0, b),
        v(m.entropy_x),
        bar(a, PICTURE_WIDTH),
        v(m.entropy_y),
    )
}

/// The report's sections: (heading, body as preformatted text, or prose when `false`).
fn sections(joint: &Joint, unit: Unit, precision: usize) -> Vec<(String, String, bool)> {
    let (px, py) = (joint.marginal_x(), joint.marginal_y());
    let m = joint.measures(unit);
    let (derivation, names) = mutual_information_derivation(joint, unit);
    let xs: Vec<String> = (0..joint.rows()).map(x_name).collect();
    let ys: Vec<String> = (0..joint.columns()).map(y_name).collect();
    let entropies = [
        entropy_derivation(&px, "X", xs, unit, precision),
        entropy_derivation(&py, "Y", ys, unit, precision),
        entropy_derivation(joint.cells(), "X,Y", cell_names(joint), unit, precision),
        conditional_line(
            Conditional { symbol: "H(X|Y)", given: "y", each: "X|Y=y" },
            &py,
            &(0..joint.columns()).map(|y| joint.x_given_y(y)).collect::<Vec<_>>(),
            m.conditional_x_given_y,
            unit,
            precision,
        ),
        conditional_line(
            Conditional { symbol: "H(Y|X)", given: "x", each: "Y|X=x" },
            &px,
            &(0..joint.rows()).map(|x| joint.y_given_x(x)).collect::<Vec<_>>(),
            m.conditional_y_given_x,
            unit,
            precision,
        ),
    ];
    let grids = if large(joint) {
        let size = crate::t!("joint-grid-large", rows = joint.rows(), columns = joint.columns());
        vec![(crate::t!("joint-grid-heading"), format!("{size}\n"), true)]
    } else {
        vec![
            (
                crate::t!("joint-grid-heading"),
                grid(&rows_of(joint.cells(), joint.columns()), Some((&shown(&px), &shown(&py)))),
                true,
            ),
            (
                crate::t!("joint-product-heading"),
                grid(&rows_of(&joint.product(), joint.columns()), None),
                true,
            ),
        ]
    };
    grids
        .into_iter()
        .chain([
            (
                crate::t!("joint-mutual-information-heading"),
                text::derivation(&derivation, &names, precision),
                true,
            ),
            (crate::t!("joint-entropies-heading"), entropies.join(""), true),
            (crate::t!("joint-identities-heading"), identities(&m, unit, precision), true),
            (crate::t!("joint-picture-heading"), picture(&m, precision), true),
            (String::new(), crate::t!("joint-information-gain"), false),
        ])
        .collect()
}

/// Plain text.
pub fn text(joint: &Joint, unit: Unit, precision: usize) -> String {
    sections(joint, unit, precision)
        .into_iter()
        .map(|(heading, body, _)| {
            if heading.is_empty() {
                format!("{}\n", prose(&body, WIDTH, ""))
            } else {
                format!("{}\n{body}", prose(&heading, WIDTH, ""))
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Markdown: a heading per section, the formulas in code blocks.
pub fn markdown(joint: &Joint, unit: Unit, precision: usize) -> String {
    let mut out = format!("# {}\n", crate::t!("joint-title"));
    for (heading, body, preformatted) in sections(joint, unit, precision) {
        if !heading.is_empty() {
            out.push_str(&format!("\n## {}\n", escape(&heading)));
        }
        if preformatted {
            out.push_str(&format!("\n```\n{body}```\n"));
        } else {
            out.push_str(&format!("\n{body}\n"));
        }
    }
    out
}

/// JSON: the grid, marginals and product exactly; the measures at full precision.
pub fn json(joint: &Joint, unit: Unit) -> Value {
    let m = joint.measures(unit);
    let exact =
        |d: &Distribution| -> Vec<String> { d.exact().iter().map(|x| x.to_string()).collect() };
    let grid = |d: &Distribution| -> Vec<Vec<String>> {
        exact(d).chunks(joint.columns()).map(<[String]>::to_vec).collect()
    };
    json!({
        "unit": unit.name(),
        "rows": joint.rows(),
        "columns": joint.columns(),
        "joint": grid(joint.cells()),
        "marginal_x": exact(&joint.marginal_x()),
        "marginal_y": exact(&joint.marginal_y()),
        "product": grid(&joint.product()),
        "entropy_x": m.entropy_x,
        "entropy_y": m.entropy_y,
        "joint_entropy": m.joint_entropy,
        "conditional_entropy_x_given_y": m.conditional_x_given_y,
        "conditional_entropy_y_given_x": m.conditional_y_given_x,
        "mutual_information": m.mutual_information,
    })
}
