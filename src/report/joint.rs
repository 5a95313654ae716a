//! Mutual information as a report: the joint grid with its marginals, the product of the
//! marginals, I(X;Y) = D(P(x,y) ‖ P(x)P(y)) derived term by term, the entropies, the
//! identities between them, and one stacked picture of how they overlap.

use serde_json::{Value, json};

use crate::info::derivation::Side;
use crate::info::joint::{Joint, JointMeasures};
use crate::info::{Derivation, Distribution, Pair, Quantity, Unit};

use super::columns::{Align, WIDTH, aligned, prose};
use super::formula;
use super::markup::escape;
use super::text;
use crate::notation::{Names, Style};

/// Columns of the stacked picture's bars.
const PICTURE_WIDTH: usize = 48;

/// What the rows and columns are called: a lesson's names, or x1, x2, … and y1, y2, ….
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Labels {
    pub rows: Vec<String>,
    pub columns: Vec<String>,
}

impl Labels {
    /// x1, x2, … for the rows and y1, y2, … for the columns.
    pub fn numbered(joint: &Joint) -> Labels {
        Labels {
            rows: (1..=joint.rows()).map(|x| format!("x{x}")).collect(),
            columns: (1..=joint.columns()).map(|y| format!("y{y}")).collect(),
        }
    }
}

/// One part of the report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// Empty for a closing remark.
    pub heading: String,
    pub body: String,
    /// Set for formulas and grids, kept line for line; clear for prose, wrapped to fit.
    pub preformatted: bool,
    /// Set when the section states a measure (an entropy or the mutual information), which
    /// an open question may be asking for.
    pub measures: bool,
}

/// A grid with row and column names and, when given, the marginals in the margins.
fn grid(labels: &Labels, cells: &[Vec<String>], margins: Option<(&[String], &[String])>) -> String {
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut header = vec![String::new()];
    header.extend(labels.columns.iter().cloned());
    if margins.is_some() {
        header.push("│ P(x)".into());
    }
    rows.push(header);
    for (x, row) in cells.iter().enumerate() {
        let mut line = vec![labels.rows[x].clone()];
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

/// Each cell's name in a derivation: `x1,y2` (`雨，带伞` in Chinese).
fn cell_names(labels: &Labels) -> Vec<String> {
    labels
        .rows
        .iter()
        .flat_map(|x| {
            labels.columns.iter().map(move |y| crate::t!("joint-cell-name", x = x, y = y))
        })
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
pub fn mutual_information_derivation(
    joint: &Joint,
    labels: &Labels,
    unit: Unit,
) -> (Derivation, Names) {
    let product = joint.product();
    let pair = Pair { p: joint.cells(), q: &product };
    let derivation = derive(Quantity::Kl, pair, unit, large(joint));
    let names = Names {
        p: "P(x,y)".into(),
        q: "P(x)P(y)".into(),
        outcomes: cell_names(labels),
        values: Some(["P(x,y)".into(), "P(x)P(y)".into()]),
    };
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
    let value = format!("P({})", name.to_lowercase());
    let values = Some([value.clone(), value]);
    let names = Names { p: name.into(), q: name.into(), outcomes, values };
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
    let mut products = Vec::new();
    let terms: Vec<String> = weights
        .exact()
        .iter()
        .zip(parts)
        .filter_map(|(w, d)| {
            let h = crate::info::entropy(d.as_ref()?, unit);
            products.push((num_traits::ToPrimitive::to_f64(w).unwrap_or(f64::NAN), h));
            let w = style.rational(w, weights.notation());
            Some(format!("{w}·{}", style.decimal(h, precision)))
        })
        .collect();
    // The products as shown add up to the total as shown, or "≈" says they do not.
    let sign = formula::products_sign(&products, total, precision);
    let terms = if terms.len() > MAX_INLINE_TERMS {
        String::new()
    } else {
        format!("{} {sign} ", terms.join(" + "))
    };
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
    // Each chain of rounded numbers says "≈" where the numbers shown do not add up exactly.
    let sign = |terms: &[f64], total: f64| formula::chain_sign(terms, total, precision);
    let (hx, hy, hxy) = (m.entropy_x, m.entropy_y, m.joint_entropy);
    let (hx_y, hy_x) = (m.conditional_x_given_y, m.conditional_y_given_x);
    let first = hx - hx_y;
    let second = hy - hy_x;
    let third = hx + hy - hxy;
    format!(
        "I(X;Y) = H(X) − H(X|Y) = {} − {} {} {} {unit}\n\
         I(X;Y) = H(Y) − H(Y|X) = {} − {} {} {} {unit}\n\
         I(X;Y) = H(X) + H(Y) − H(X,Y) = {} + {} − {} {} {} {unit}\n\
         H(X,Y) = H(Y) + H(X|Y) = H(X) + H(Y|X) = {} {unit}\n",
        v(hx),
        v(hx_y),
        sign(&[hx, -hx_y], first),
        v(first),
        v(hy),
        v(hy_x),
        sign(&[hy, -hy_x], second),
        v(second),
        v(hx),
        v(hy),
        v(hxy),
        sign(&[hx, hy, -hxy], third),
        v(third),
        v(hxy),
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

/// The report's sections, in order: the grids, then the measures.
pub fn sections(joint: &Joint, labels: &Labels, unit: Unit, precision: usize) -> Vec<Section> {
    let (px, py) = (joint.marginal_x(), joint.marginal_y());
    let m = joint.measures(unit);
    let (derivation, names) = mutual_information_derivation(joint, labels, unit);
    let entropies = [
        entropy_derivation(&px, "X", labels.rows.clone(), unit, precision),
        entropy_derivation(&py, "Y", labels.columns.clone(), unit, precision),
        entropy_derivation(joint.cells(), "X,Y", cell_names(labels), unit, precision),
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
    let section = |heading: String, body: String, measures: bool| Section {
        heading,
        body,
        preformatted: true,
        measures,
    };
    let grids = if large(joint) {
        let size = crate::t!("joint-grid-large", rows = joint.rows(), columns = joint.columns());
        vec![section(crate::t!("joint-grid-heading"), format!("{size}\n"), false)]
    } else {
        let rows = |d: &Distribution| rows_of(d, joint.columns());
        vec![
            section(
                crate::t!("joint-grid-heading"),
                grid(labels, &rows(joint.cells()), Some((&shown(&px), &shown(&py)))),
                false,
            ),
            section(
                crate::t!("joint-product-heading"),
                grid(labels, &rows(&joint.product()), None),
                false,
            ),
        ]
    };
    grids
        .into_iter()
        .chain([
            section(
                crate::t!("joint-mutual-information-heading"),
                text::derivation(&derivation, &names, precision),
                true,
            ),
            section(crate::t!("joint-entropies-heading"), entropies.join(""), true),
            section(crate::t!("joint-identities-heading"), identities(&m, unit, precision), true),
            section(crate::t!("joint-picture-heading"), picture(&m, precision), true),
            Section {
                heading: String::new(),
                body: crate::t!("joint-information-gain"),
                preformatted: false,
                measures: false,
            },
        ])
        .collect()
}

/// Plain text.
pub fn text(joint: &Joint, unit: Unit, precision: usize) -> String {
    sections(joint, &Labels::numbered(joint), unit, precision)
        .into_iter()
        .map(|s| {
            if s.heading.is_empty() {
                format!("{}\n", prose(&s.body, WIDTH, ""))
            } else {
                format!("{}\n{}", prose(&s.heading, WIDTH, ""), s.body)
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Markdown: a heading per section, the formulas in code blocks.
pub fn markdown(joint: &Joint, unit: Unit, precision: usize) -> String {
    let mut out = format!("# {}\n", crate::t!("joint-title"));
    for s in sections(joint, &Labels::numbered(joint), unit, precision) {
        if !s.heading.is_empty() {
            out.push_str(&format!("\n## {}\n", escape(&s.heading)));
        }
        if s.preformatted {
            out.push_str(&format!("\n```\n{}```\n", s.body));
        } else {
            out.push_str(&format!("\n{}\n", s.body));
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
