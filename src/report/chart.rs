//! Curves over a parameter in handouts: how D(P‖Q_θ), D(Q_θ‖P), H(P,Q_θ) and JS move as a
//! model moves, drawn as a small Unicode plot in text, a table of sampled values in Markdown
//! and a pgfplots figure in LaTeX.
//!
//! A lesson's `[chart]` says which family and which part of it; without one, a two-outcome
//! lesson gets the coin family Q_θ = (θ, 1 − θ) and any other the path Q_t = (1 − t)·Q + t·P
//! from the model to the truth.

use crate::info::curve::{self, Curve, Family};
use crate::info::{Distribution, Unit};
use crate::lesson::{self, ChartSpec};
use crate::notation::Style;

/// Which family a chart follows, for its caption.
#[derive(Debug, Clone, PartialEq)]
pub enum Along {
    /// Q_θ = (θ, 1 − θ), θ the probability of this outcome.
    Coin { outcome: String },
    /// θ the probability of this outcome, the others rebalanced.
    Sweep { outcome: String },
    /// Q_t = (1 − t)·Q + t·P.
    Path,
}

/// One chart: P against one model's family.
#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    pub p: String,
    pub q: String,
    pub along: Along,
    pub unit: Unit,
    pub curve: Curve,
}

/// Samples a chart has: one per text column, and every tenth one in the Markdown table.
pub const SAMPLES: usize = 61;

/// Plot rows in text.
const ROWS: usize = 12;

impl Chart {
    /// The chart of P against model `q` along the family `spec` names, or by default the coin
    /// family for two outcomes and the path otherwise.
    pub fn new(
        p: (&str, &Distribution),
        q: (&str, &Distribution),
        outcomes: &[String],
        spec: Option<ChartSpec>,
        unit: Unit,
    ) -> Option<Chart> {
        let default = if p.1.len() == 2 { lesson::Along::Coin } else { lesson::Along::Path };
        let along = spec.map_or(default, |s| s.along);
        let name = |k: usize| outcomes.get(k).cloned().unwrap_or_default();
        let (family, along) = match along {
            lesson::Along::Coin => (Family::Coin { from: q.1 }, Along::Coin { outcome: name(0) }),
            lesson::Along::Sweep(outcome) => {
                let outcome = outcome.unwrap_or(0);
                let sweep = Family::Sweep { from: q.1, outcome, locks: &[] };
                (sweep, Along::Sweep { outcome: name(outcome) })
            }
            lesson::Along::Path => (Family::Path { from: q.1 }, Along::Path),
        };
        let curve = curve::sample(p.1, family, spec.and_then(|s| s.range), SAMPLES, unit).ok()?;
        Some(Chart { p: p.0.into(), q: q.0.into(), along, unit, curve })
    }

    /// The four curves with their symbols, in drawing order (the last drawn wins a cell).
    fn series(&self) -> [(String, char, &[f64]); 4] {
        let (p, q) = (&self.p, &self.q);
        let c = &self.curve;
        [
            (format!("JS({p},{q}_θ)"), '·', &c.js),
            (format!("H({p},{q}_θ)"), '+', &c.cross_entropy),
            (format!("D({q}_θ‖{p})"), 'o', &c.kl_reverse),
            (format!("D({p}‖{q}_θ)"), '*', &c.kl),
        ]
    }

    /// The top of the y axis: the largest finite value away from the ends of the range,
    /// where a divergence runs off to ∞.
    fn top(&self) -> f64 {
        let n = self.curve.thetas.len();
        let inner = n / 20..n - n / 20;
        let top = self
            .series()
            .iter()
            .flat_map(|(_, _, v)| v[inner.clone()].iter().copied())
            .filter(|v| v.is_finite())
            .fold(0.0, f64::max);
        if top > 0.0 { top } else { 1.0 }
    }

    fn caption(&self) -> String {
        match &self.along {
            Along::Coin { outcome } => {
                crate::t!("chart-caption-coin", q = self.q.as_str(), outcome = outcome.as_str())
            }
            Along::Sweep { outcome } => {
                crate::t!("chart-caption-sweep", q = self.q.as_str(), outcome = outcome.as_str())
            }
            Along::Path => {
                crate::t!("chart-caption-path", p = self.p.as_str(), q = self.q.as_str())
            }
        }
    }
}

fn value(x: f64, precision: usize) -> String {
    Style::Unicode.decimal(x, precision)
}

/// The chart as a plot of characters, its legend in words under it.
pub fn text(chart: &Chart, precision: usize) -> String {
    let top = chart.top();
    let columns = chart.curve.thetas.len();
    let mut grid = vec![vec![' '; columns]; ROWS];
    let c = &chart.curve;
    // The model's own θ, where it lies inside the range drawn.
    if (c.min..=c.max).contains(&c.current) {
        let at = ((c.current - c.min) / (c.max - c.min) * (columns - 1) as f64).round() as usize;
        for row in grid.iter_mut() {
            row[at.min(columns - 1)] = '┆';
        }
    }
    for (_, mark, values) in chart.series() {
        for (k, v) in values.iter().enumerate() {
            let level = if v.is_finite() { v / top } else { f64::INFINITY };
            if level <= 1.0 {
                let row = ROWS - 1 - (level * (ROWS - 1) as f64).round() as usize;
                grid[row][k] = mark;
            } else {
                grid[0][k] = '^';
            }
        }
    }
    let unit = crate::i18n::unit_name(chart.unit);
    let label = |k: usize| match k {
        0 => value(top, 2),
        k if k == ROWS - 1 => value(0.0, 2),
        _ => String::new(),
    };
    let width = label(0).len().max(4);
    let caption = super::columns::prose(&chart.caption(), super::columns::WIDTH, "");
    let mut out = format!("{caption}\n{} ({unit})\n", " ".repeat(width));
    for (k, row) in grid.iter().enumerate() {
        let line: String = row.iter().collect();
        out.push_str(&format!("{:>width$} ┤{}\n", label(k), line.trim_end()));
    }
    let theta_max = value(chart.curve.max, 1);
    out.push_str(&format!("{} └{}\n", " ".repeat(width), "─".repeat(columns)));
    let theta_min = value(chart.curve.min, 1);
    out.push_str(&format!(
        "{} {theta_min}{}{theta_max}\n",
        " ".repeat(width),
        " ".repeat(columns.saturating_sub(theta_min.len() + theta_max.len()))
    ));
    let legend: Vec<String> =
        chart.series().iter().rev().map(|(name, mark, _)| format!("{mark} {name}")).collect();
    out.push_str(&format!("{} {}\n", " ".repeat(width), legend.join("   ")));
    out.push_str(&format!(
        "{} {}\n",
        " ".repeat(width),
        crate::t!(
            "chart-legend-current",
            q = chart.q.as_str(),
            theta = value(chart.curve.current, precision),
            top = value(top, precision)
        )
    ));
    out
}

/// Every tenth sample as a table: θ and the four values, ∞ where infinite.
fn rows(chart: &Chart, precision: usize) -> Vec<Vec<String>> {
    let series = chart.series();
    let mut rows = vec![{
        let mut header = vec!["θ".to_string()];
        header.extend(series.iter().rev().map(|(name, _, _)| name.clone()));
        header
    }];
    for k in (0..chart.curve.thetas.len()).step_by(SAMPLES / 6) {
        let mut row = vec![value(chart.curve.thetas[k], 2)];
        row.extend(series.iter().rev().map(|(_, _, v)| value(v[k], precision)));
        rows.push(row);
    }
    rows
}

/// Markdown: the caption and a table of sampled values.
pub fn markdown(chart: &Chart, precision: usize) -> String {
    let rows = rows(chart, precision);
    let mut out = format!("{}\n\n", super::markup::escape(&chart.caption()));
    let line = |r: &Vec<String>| {
        let cells: Vec<String> = r.iter().map(|c| super::markup::escape(c)).collect();
        format!("| {} |\n", cells.join(" | "))
    };
    out.push_str(&line(&rows[0]));
    out.push_str(&format!("|{}\n", "---:|".repeat(rows[0].len())));
    for r in &rows[1..] {
        out.push_str(&line(r));
    }
    out
}

/// LaTeX: a pgfplots figure; ∞ leaves a gap (`unbounded coords=jump`), the model's θ a dashed
/// line.
pub fn latex(chart: &Chart) -> String {
    let top = chart.top() * 1.2;
    let coordinate = |x: f64, y: f64| {
        if y.is_finite() { format!("({x:.4},{y:.6})") } else { format!("({x:.4},inf)") }
    };
    let to_latex = |s: &str| s.replace('‖', "\\|").replace('θ', "\\theta");
    let mut out = format!(
        "\\begin{{center}}\n\\begin{{tikzpicture}}\n\\begin{{axis}}[xlabel={{$\\theta$}}, \
         ylabel={{{}}}, xmin={:.4}, xmax={:.4}, ymin=0, ymax={top:.4}, \
         restrict y to domain=0:{top:.4}, unbounded coords=jump, width=0.9\\linewidth, \
         height=6cm, legend pos=outer north east, legend cell align=left]\n",
        chart.unit.name(),
        chart.curve.min,
        chart.curve.max
    );
    let styles = ["solid", "dashed", "densely dotted", "dashdotted"];
    for ((name, _, values), style) in chart.series().iter().rev().zip(styles) {
        let points: Vec<String> =
            chart.curve.thetas.iter().zip(values.iter()).map(|(x, y)| coordinate(*x, *y)).collect();
        out.push_str(&format!(
            "\\addplot[thick, {style}, mark=none] coordinates {{{}}};\n\\addlegendentry{{${}$}}\n",
            points.join(" "),
            to_latex(name)
        ));
    }
    out.push_str(&format!(
        "\\draw[dashed] (axis cs:{0:.4},0) -- (axis cs:{0:.4},{top:.4});\n\
         \\end{{axis}}\n\\end{{tikzpicture}}\n\\end{{center}}\n",
        chart.curve.current
    ));
    out
}
