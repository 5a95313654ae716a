//! Densities as a report: the closed forms between normals worked out step by step, mixtures
//! by quadrature with the accuracy reached, the forward and reverse normal fits to a mixture
//! with a small plot, and the table of bins converging to the density.

use serde_json::{Value, json};

use crate::info::binning::{self, Binned};
use crate::info::density::{self, Density, DensityError, Measured, Parameter};
use crate::info::fit::{self, ReverseFit};
use crate::info::normal::{self, Normal};
use crate::info::{Unit, rank_by_kl};
use crate::notation::Style;

use super::columns::{Align, WIDTH, aligned, prose};

/// A density written in the reader's notation: the calls (`normal(0, 0.2)`) in English, the
/// textbook's `N(0, 0.2²)` in Chinese, with true minus signs, as the catalog's
/// `density-notation` says. Both read back.
pub fn written(d: &Density) -> String {
    match crate::t!("density-notation").as_str() {
        "N" => d.math_text().replace('-', "−"),
        _ => d.text(),
    }
}

fn parameter_name(p: Parameter) -> String {
    match p {
        Parameter::Mean => crate::t!("density-parameter-mean"),
        Parameter::Sd => crate::t!("density-parameter-sd"),
        Parameter::Weight => crate::t!("density-parameter-weight"),
    }
}

/// Where in the text the value is: `component 2's sd`, or `the sd`.
fn place(parameter: Parameter, component: Option<usize>) -> String {
    match component {
        Some(k) => crate::t!(
            "density-place-component",
            component = k,
            parameter = parameter_name(parameter)
        ),
        None => parameter_name(parameter),
    }
}

/// Why a density's text was refused, naming the value at fault; `name` says where it was
/// written (`--p`, `` `density` ``).
pub fn refusal(name: &str, e: &DensityError) -> String {
    let v = |s: &str| crate::visible::visible(s).into_owned();
    match e {
        DensityError::Syntax { found } => {
            crate::t!("density-error-syntax", name = name, found = v(found))
        }
        DensityError::Number { parameter, component, text, error } => crate::t!(
            "density-error-number",
            name = name,
            place = place(*parameter, *component),
            text = v(text),
            problem = error.to_string()
        ),
        DensityError::NotFinite { parameter, component, text } => crate::t!(
            "density-error-not-finite",
            name = name,
            place = place(*parameter, *component),
            text = v(text)
        ),
        DensityError::SdNotPositive { component, text } => crate::t!(
            "density-error-sd",
            name = name,
            place = place(Parameter::Sd, *component),
            text = v(text)
        ),
        DensityError::NegativeWeight { component, text } => crate::t!(
            "density-error-negative-weight",
            name = name,
            place = place(Parameter::Weight, Some(*component)),
            text = v(text)
        ),
        DensityError::WeightsSum { sum } => {
            crate::t!("density-error-weights-sum", name = name, sum = sum.to_string())
        }
        DensityError::ZeroWeights => crate::t!("density-error-zero-weights", name = name),
        DensityError::TooManyComponents { count } => crate::t!(
            "density-error-too-many",
            name = name,
            count = *count,
            most = crate::info::density::MAX_COMPONENTS
        ),
    }
}

/// A density with the name and text it was given under.
#[derive(Debug, Clone)]
pub struct Named {
    pub name: String,
    pub text: String,
    pub density: Density,
}

/// P and the models compared with it.
#[derive(Debug, Clone)]
pub struct Densities {
    pub p: Named,
    pub models: Vec<Named>,
    pub unit: Unit,
}

/// Every measure of P against one model, in nats.
#[derive(Debug, Clone, Copy)]
struct Measures {
    entropy_q: Measured,
    cross_entropy: Measured,
    kl: Measured,
    kl_reverse: Measured,
    js: Measured,
}

fn measures(p: &Density, q: &Density) -> Measures {
    Measures {
        entropy_q: density::differential_entropy(q),
        cross_entropy: density::cross_entropy(p, q),
        kl: density::kl(p, q),
        kl_reverse: density::kl(q, p),
        js: density::js(p, q),
    }
}

fn number(x: f64, precision: usize) -> String {
    Style::Unicode.decimal(x, precision)
}

/// A parameter in its shortest form (scientific beyond 1e6 and below 1e-4), true minus sign.
fn parameter(x: f64) -> String {
    crate::notation::true_minus(density::number_text(x))
}

/// A parameter inside a difference: negative ones in parentheses.
fn operand(x: f64) -> String {
    if x < 0.0 { format!("({})", parameter(x)) } else { parameter(x) }
}

/// `= 0.4431 nats` and, in another unit, `= 0.6393 bits` under it.
fn totals(nats: f64, unit: Unit, precision: usize, indent: &str) -> String {
    let mut out =
        format!("{indent}= {} {}\n", number(nats, precision), crate::i18n::unit_name(Unit::Nats));
    if unit != Unit::Nats {
        out.push_str(&format!(
            "{indent}= {} {}\n",
            number(unit.from_nats(nats), precision),
            crate::i18n::unit_name(unit)
        ));
    }
    out
}

/// h(P) = ½·ln(2πe·σ²), worked out.
fn entropy_lines(name: &str, n: Normal, unit: Unit, precision: usize) -> String {
    let head = format!("h({name}) = ");
    let indent = " ".repeat(head.chars().count() - 2);
    format!(
        "{head}½·ln(2πe·σ²)\n{indent}= ½·ln(2πe·{}²)\n{}",
        parameter(n.sd()),
        totals(normal::differential_entropy(n), unit, precision, &indent)
    )
}

/// D(A‖B) in closed form, worked out.
fn kl_lines(a: (&str, Normal), b: (&str, Normal), unit: Unit, precision: usize) -> String {
    let ((an, p), (bn, q)) = (a, b);
    let head = format!("D({an}‖{bn}) = ");
    let indent = " ".repeat(head.chars().count() - 2);
    let t = normal::kl_terms(p, q);
    format!(
        "{head}ln(σ_{bn}/σ_{an}) + σ_{an}²/(2σ_{bn}²) + (μ_{an} − μ_{bn})²/(2σ_{bn}²) − ½\n\
         {indent}= ln({}/{}) + {}²/(2·{}²) + ({} − {})²/(2·{}²) − ½\n\
         {indent}= {} + {} + {} − {}\n{}",
        parameter(q.sd()),
        parameter(p.sd()),
        parameter(p.sd()),
        parameter(q.sd()),
        parameter(p.mean()),
        operand(q.mean()),
        parameter(q.sd()),
        number(t.log_ratio, precision),
        number(t.spread, precision),
        number(t.shift, precision),
        number(0.5, precision),
        totals(t.total, unit, precision, &indent)
    )
}

/// A measure by quadrature: `D(P‖Q) = ∫ p·ln(p/q) dx ≈ 0.1234 bits (…accuracy…)`.
fn integral_line(symbol: &str, formula: &str, m: Measured, unit: Unit, precision: usize) -> String {
    let accuracy = match m.quadrature {
        Some(i) if i.converged => {
            crate::t!("density-quadrature-converged", error = format!("{:.0e}", i.error))
        }
        Some(i) if i.error.is_infinite() => crate::t!("density-quadrature-unresolvable"),
        Some(i) => crate::t!("density-quadrature-bound", error = format!("{:.1e}", i.error)),
        None => crate::t!("density-closed-form"),
    };
    format!(
        "{symbol} = {formula} ≈ {} {} {accuracy}\n",
        number(unit.from_nats(m.nats), precision),
        crate::i18n::unit_name(unit)
    )
}

fn model_section(d: &Densities, q: &Named, precision: usize) -> String {
    let (pn, qn, unit) = (d.p.name.as_str(), q.name.as_str(), d.unit);
    let m = measures(&d.p.density, &q.density);
    let mut out = String::new();
    match (&d.p.density, &q.density) {
        (Density::Normal(p), Density::Normal(qn_)) => {
            out.push_str(&entropy_lines(qn, *qn_, unit, precision));
            out.push_str(&kl_lines((pn, *p), (qn, *qn_), unit, precision));
            out.push_str(&kl_lines((qn, *qn_), (pn, *p), unit, precision));
        }
        _ => {
            out.push_str(&match &q.density {
                Density::Normal(n) => entropy_lines(qn, *n, unit, precision),
                _ => integral_line(
                    &format!("h({qn})"),
                    "−∫ q·log q dx",
                    m.entropy_q,
                    unit,
                    precision,
                ),
            });
            let kl = format!("D({pn}‖{qn})");
            out.push_str(&integral_line(&kl, "∫ p·log(p/q) dx", m.kl, unit, precision));
            let rev = format!("D({qn}‖{pn})");
            out.push_str(&integral_line(&rev, "∫ q·log(q/p) dx", m.kl_reverse, unit, precision));
        }
    }
    let js = format!("JS({pn},{qn})");
    let formula = format!("½·D({pn}‖M) + ½·D({qn}‖M), M = ({pn}+{qn})/2,");
    out.push_str(&integral_line(&js, &formula, m.js, unit, precision));
    let v = |x: f64| number(unit.from_nats(x), precision);
    let h_p = density::differential_entropy(&d.p.density).nats;
    let [h, kl, cross] = [h_p, m.kl.nats, m.cross_entropy.nats].map(|x| unit.from_nats(x));
    let sign = if cross.is_finite() {
        super::formula::chain_sign(&[h, kl], cross, precision)
    } else {
        "="
    };
    out.push_str(&format!(
        "H({pn},{qn}) = h({pn}) + D({pn}‖{qn}) = {} + {} {sign} {} {}\n",
        v(h_p),
        v(m.kl.nats),
        v(m.cross_entropy.nats),
        crate::i18n::unit_name(unit)
    ));
    out
}

/// The table of bins converging to the density.
fn bins_table(d: &Densities, q: &Named, precision: usize) -> String {
    let rows = binning::table(&d.p.density, &q.density, d.unit);
    let (pn, qn) = (&d.p.name, &q.name);
    let header = [
        "Δ".to_string(),
        crate::t!("density-bins-count"),
        format!("D({pn}_Δ‖{qn}_Δ)"),
        format!("H({pn}_Δ)"),
        format!("H({pn}_Δ) + log Δ"),
    ];
    let mut cells: Vec<[String; 5]> = vec![header];
    cells.extend(rows.iter().map(|r: &Binned| {
        [
            parameter(r.width),
            r.bins.to_string(),
            number(r.kl, precision),
            number(r.entropy, precision),
            number(r.entropy_plus_log_width, precision),
        ]
    }));
    let unit = d.unit;
    cells.push([
        "→ 0".into(),
        "∞".into(),
        number(unit.from_nats(density::kl(&d.p.density, &q.density).nats), precision),
        "∞".into(),
        number(unit.from_nats(density::differential_entropy(&d.p.density).nats), precision),
    ]);
    aligned(&cells, Align::Right, "  ", "  ")
}

/// Rows of the density plot.
const PLOT_ROWS: usize = 12;
/// Columns of the density plot.
const PLOT_COLUMNS: usize = 64;

/// Markers of the curves drawn over the truth's filled area, in order.
const MARKERS: [char; 4] = ['•', '×', '+', '∘'];

/// P as a filled area and each other density as a line of its marker, over every density's
/// mean ± 3 sd; a later curve wins a cell.
pub fn plot(p: &Density, others: &[Density]) -> String {
    let span = |d: &Density| {
        let (mean, sd) = d.moments();
        (mean - 3.0 * sd, mean + 3.0 * sd)
    };
    let (lo, hi) = std::iter::once(p)
        .chain(others)
        .map(span)
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), (a, b)| (lo.min(a), hi.max(b)));
    let xs: Vec<f64> = (0..PLOT_COLUMNS)
        .map(|k| lo + (k as f64 + 0.5) * (hi - lo) / PLOT_COLUMNS as f64)
        .collect();
    let curves: Vec<Vec<f64>> = std::iter::once(p)
        .chain(others)
        .map(|d| xs.iter().map(|&x| d.density(x)).collect())
        .collect();
    let top = curves.iter().flatten().copied().filter(|y| y.is_finite()).fold(0.0, f64::max);
    let height =
        |y: f64| if top > 0.0 { ((y / top) * PLOT_ROWS as f64).round() as usize } else { 0 };
    let mut out = String::new();
    for row in (1..=PLOT_ROWS).rev() {
        let line: String = (0..PLOT_COLUMNS)
            .map(|k| {
                let marked = (1..curves.len()).rev().find(|&c| height(curves[c][k]) == row);
                match marked {
                    Some(c) => MARKERS[(c - 1) % MARKERS.len()],
                    None if height(curves[0][k]) >= row => '░',
                    None => ' ',
                }
            })
            .collect();
        out.push_str(&format!("  │{}\n", line.trim_end()));
    }
    let (lo, hi) =
        (parameter((lo * 100.0).round() / 100.0), parameter((hi * 100.0).round() / 100.0));
    out.push_str(&format!(
        "  └{}\n   {lo}{}{hi}\n",
        "─".repeat(PLOT_COLUMNS),
        " ".repeat(PLOT_COLUMNS.saturating_sub(lo.chars().count() + hi.chars().count()))
    ));
    out
}

/// The legend under a plot: `░ P   • Q   × R`.
fn legend(p: &str, others: &[String]) -> String {
    let mut parts = vec![format!("░ {p}")];
    parts.extend(
        others.iter().enumerate().map(|(k, name)| format!("{} {name}", MARKERS[k % MARKERS.len()])),
    );
    format!("   {}\n", parts.join("   "))
}

/// The two fits of one normal to P, with both divergences for both.
fn fits_section(d: &Densities, precision: usize) -> String {
    let p = &d.p.density;
    let (forward, reverse) = (fit::forward(p), fit::reverse(p));
    let unit = d.unit;
    let v = |x: f64| number(unit.from_nats(x), precision);
    let both = |q: Normal| {
        let q = Density::Normal(q);
        (density::kl(p, &q).nats, density::kl(&q, p).nats)
    };
    let (ff, fr) = both(forward);
    let (rf, rr) = both(reverse.q);
    let pn = &d.p.name;
    let forward_sentence = crate::t!(
        "density-fit-forward",
        mean = number(forward.mean(), precision),
        sd = number(forward.sd(), precision)
    );
    let mut out = format!(
        "{}\n{}\n",
        prose(&forward_sentence, WIDTH, ""),
        textwrap::fill(&reverse_sentence(&reverse, precision), 80)
    );
    let rows = [
        ["".to_string(), format!("D({pn}‖Q)"), format!("D(Q‖{pn})")],
        [crate::t!("density-fit-forward-name"), v(ff), v(fr)],
        [crate::t!("density-fit-reverse-name"), v(rf), v(rr)],
    ];
    out.push_str(&aligned(&rows, Align::Left, "   ", "  "));
    out.push('\n');
    out.push_str(&plot(p, &[Density::Normal(forward), Density::Normal(reverse.q)]));
    let names = [crate::t!("density-fit-forward-name"), crate::t!("density-fit-reverse-name")];
    out.push_str(&legend(pn, &names));
    out
}

fn reverse_sentence(r: &ReverseFit, precision: usize) -> String {
    let (mean, sd) = (number(r.q.mean(), precision), number(r.q.sd(), precision));
    if r.converged {
        crate::t!("density-fit-reverse", mean = mean, sd = sd, iterations = r.iterations)
    } else {
        crate::t!("density-fit-reverse-bound", mean = mean, sd = sd, iterations = r.iterations)
    }
}

/// The report's sections: (heading, preformatted body).
pub fn sections(d: &Densities, precision: usize) -> Vec<(String, String)> {
    let unit = d.unit;
    let mut out = Vec::new();
    let mut given = format!("{} = {}\n", d.p.name, d.p.text.trim());
    for q in &d.models {
        given.push_str(&format!("{} = {}\n", q.name, q.text.trim()));
    }
    let models: Vec<Density> = d.models.iter().map(|q| q.density.clone()).collect();
    let names: Vec<String> = d.models.iter().map(|q| q.name.clone()).collect();
    given.push('\n');
    given.push_str(&plot(&d.p.density, &models));
    given.push_str(&legend(&d.p.name, &names));
    out.push((crate::t!("density-given-heading"), given));
    let p_entropy = match &d.p.density {
        Density::Normal(n) => entropy_lines(&d.p.name, *n, unit, precision),
        p => integral_line(
            &format!("h({})", d.p.name),
            "−∫ p·log p dx",
            density::differential_entropy(p),
            unit,
            precision,
        ),
    };
    out.push((crate::t!("density-entropy-heading"), p_entropy));
    for q in &d.models {
        let heading =
            crate::t!("density-model-heading", p = d.p.name.as_str(), q = q.name.as_str());
        out.push((heading, model_section(d, q, precision)));
    }
    if let Some(q) = d.models.first() {
        let heading = crate::t!("density-bins-heading", p = d.p.name.as_str(), q = q.name.as_str());
        out.push((heading, bins_table(d, q, precision)));
    }
    if matches!(d.p.density, Density::Mixture(_)) {
        out.push((
            crate::t!("density-fit-heading", p = d.p.name.as_str()),
            fits_section(d, precision),
        ));
    }
    out
}

/// What is new about densities, and what to take from the fits: prose after the sections,
/// led by the ranking of the models when there are several.
pub fn closing(d: &Densities, precision: usize) -> Vec<String> {
    let kls: Vec<crate::info::Amount> = d
        .models
        .iter()
        .map(|q| {
            crate::info::Amount::Finite(
                d.unit.from_nats(density::kl(&d.p.density, &q.density).nats),
            )
        })
        .collect();
    let names: Vec<&str> = d.models.iter().map(|q| q.name.as_str()).collect();
    let ranking =
        super::ranking_sentence(&d.p.name, &names, &kls, d.unit, Style::Unicode, precision);
    let mut out: Vec<String> = ranking.into_iter().collect();
    out.push(crate::t!("density-teaching"));
    if matches!(d.p.density, Density::Mixture(_)) {
        out.push(crate::t!("density-fit-teaching"));
    }
    out
}

/// Plain text.
pub fn text(d: &Densities, precision: usize) -> String {
    let mut parts: Vec<String> = sections(d, precision)
        .into_iter()
        .map(|(heading, body)| format!("{}\n{body}", prose(&heading, WIDTH, "")))
        .collect();
    parts.extend(closing(d, precision).iter().map(|p| format!("{}\n", prose(p, WIDTH, ""))));
    parts.join("\n")
}

/// Markdown: a heading per section, the working in code blocks.
pub fn markdown(d: &Densities, precision: usize) -> String {
    let mut out = format!("# {}\n", crate::t!("density-title", p = d.p.name.as_str()));
    for (heading, body) in sections(d, precision) {
        out.push_str(&format!("\n## {}\n\n```\n{body}```\n", super::markup::escape(&heading)));
    }
    for p in closing(d, precision) {
        out.push_str(&format!("\n{p}\n"));
    }
    out
}

fn quadrature_json(m: Measured) -> Value {
    match m.quadrature {
        None => json!("closed form"),
        Some(i) => json!({ "error": i.error, "converged": i.converged }),
    }
}

/// JSON with the keys `compute` uses for discrete distributions, plus the method, the bins
/// table and, for a mixture, both fits.
pub fn json(d: &Densities) -> Value {
    let unit = d.unit;
    let u = |x: f64| super::json::float(unit.from_nats(x));
    let all: Vec<Measures> = d.models.iter().map(|q| measures(&d.p.density, &q.density)).collect();
    let models: Vec<Value> = d
        .models
        .iter()
        .zip(&all)
        .map(|(q, m)| {
            json!({
                "name": q.name,
                "distribution": q.text.trim(),
                "entropy": u(m.entropy_q.nats),
                "cross_entropy": u(m.cross_entropy.nats),
                "kl": u(m.kl.nats),
                "kl_reverse": u(m.kl_reverse.nats),
                "js": u(m.js.nats),
                "method": {
                    "entropy": quadrature_json(m.entropy_q),
                    "kl": quadrature_json(m.kl),
                    "kl_reverse": quadrature_json(m.kl_reverse),
                    "cross_entropy": quadrature_json(m.cross_entropy),
                    "js": quadrature_json(m.js),
                },
            })
        })
        .collect();
    let kls: Vec<crate::info::Amount> =
        all.iter().map(|m| crate::info::Amount::Finite(m.kl.nats)).collect();
    let ranking: Vec<&str> =
        rank_by_kl(&kls).into_iter().map(|k| d.models[k].name.as_str()).collect();
    let mut out = json!({
        "unit": unit.name(),
        "p": {
            "name": d.p.name,
            "distribution": d.p.text.trim(),
            "entropy": u(density::differential_entropy(&d.p.density).nats),
        },
        "models": models,
        "ranking": ranking,
    });
    if let Some(q) = d.models.first() {
        out["bins"] = binning::table(&d.p.density, &q.density, unit)
            .iter()
            .map(|b| {
                json!({
                    "width": b.width,
                    "bins": b.bins,
                    "kl": b.kl,
                    "entropy": b.entropy,
                    "entropy_plus_log_width": b.entropy_plus_log_width,
                })
            })
            .collect();
    }
    if matches!(d.p.density, Density::Mixture(_)) {
        let p = &d.p.density;
        let (forward, reverse) = (fit::forward(p), fit::reverse(p));
        let fit_json = |q: Normal| {
            let qd = Density::Normal(q);
            json!({
                "mean": q.mean(),
                "sd": q.sd(),
                "kl": u(density::kl(p, &qd).nats),
                "kl_reverse": u(density::kl(&qd, p).nats),
            })
        };
        let mut reverse_json = fit_json(reverse.q);
        reverse_json["iterations"] = json!(reverse.iterations);
        reverse_json["converged"] = json!(reverse.converged);
        out["fits"] = json!({ "forward": fit_json(forward), "reverse": reverse_json });
    }
    out
}
