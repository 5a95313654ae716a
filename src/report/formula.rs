//! Derivations laid out as lines of formula pieces.
//!
//! Each piece remembers the outcome it belongs to, so the terminal UI can highlight the
//! selected outcome's term while the text, Markdown and LaTeX reports simply join the pieces.

use crate::info::derivation::Side;
use crate::info::{Amount, Derivation, Log, Quantity, Term};

use crate::notation::{Names, Style, symbol};

/// A fragment of a formula, tagged with its outcome when it is part of one term.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    pub text: String,
    pub outcome: Option<usize>,
}

/// One line of a derivation.
pub type Line = Vec<Piece>;

/// How the terms are arranged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// Every stage on one line, terms side by side: best for two or three outcomes.
    Inline,
    /// One line per outcome with all its stages: for many outcomes or narrow space.
    PerOutcome,
}

/// Most terms laid out inline; beyond this a line per outcome always reads better.
pub const MAX_INLINE_TERMS: usize = 6;

/// The layout in which the derivation fits `width` columns as Unicode text: inline when
/// every line fits, else one line per outcome.
pub fn fitting_layout(d: &Derivation, names: &Names, precision: usize, width: usize) -> Layout {
    if d.terms.len() > MAX_INLINE_TERMS {
        return Layout::PerOutcome;
    }
    let style = Style::Unicode;
    let inline = lines(d, names, style, Layout::Inline, precision);
    let indent = symbol(d.quantity, names, style).chars().count() + 1;
    let widest = inline.iter().skip(1).map(|l| indent + display_width(l)).max().unwrap_or(0);
    if widest <= width { Layout::Inline } else { Layout::PerOutcome }
}

/// Columns a line takes in a terminal (wide characters count twice).
pub fn display_width(line: &Line) -> usize {
    line.iter().map(|p| textwrap::core::display_width(&p.text)).sum()
}

/// The general formula, before any number is substituted.
pub fn definition(
    quantity: Quantity,
    names: &Names,
    style: Style,
    unit: crate::info::Unit,
) -> String {
    let (a, b) = (names.p_letter(), names.q_letter());
    let (log, t, sum) = (style.log(unit), style.times(), style.sum());
    let (open, close) = match style {
        Style::Unicode => ("(", ")"),
        Style::Latex => ("\\left(", "\\right)"),
    };
    // A product below the line is bracketed: P(x,y)/(P(x)P(y)).
    let ratio = |x: &str, y: &str| match style {
        Style::Unicode if y.matches('(').count() > 1 => format!("{open}{x}/({y}){close}"),
        Style::Unicode => format!("{open}{x}/{y}{close}"),
        Style::Latex => format!("{open}\\frac{{{x}}}{{{y}}}{close}"),
    };
    let half = match style {
        Style::Unicode => "½",
        Style::Latex => "\\tfrac{1}{2}",
    };
    let body = match quantity {
        Quantity::Information { .. } => format!("{log}{}", ratio("1", &a)),
        Quantity::Entropy(Side::P) => format!("{sum}{a}{t}{log}{}", ratio("1", &a)),
        Quantity::Entropy(Side::Q) => format!("{sum}{b}{t}{log}{}", ratio("1", &b)),
        Quantity::CrossEntropy => format!("{sum}{a}{t}{log}{}", ratio("1", &b)),
        Quantity::Kl => format!("{sum}{a}{t}{log}{}", ratio(&a, &b)),
        Quantity::KlReverse => format!("{sum}{b}{t}{log}{}", ratio(&b, &a)),
        Quantity::Js => format!(
            "{sum}{half}{a}{t}{log}{} + {half}{b}{t}{log}{}, m = ({a}+{b})/2",
            ratio(&a, "m"),
            ratio(&b, "m")
        ),
    };
    format!("{} = {body}", symbol(quantity, names, style))
}

/// The stages of one term, from substitution to its signed value.
struct Stages {
    substituted: String,
    simplified: String,
    evaluated: String,
    value: String,
    /// Whether the evaluated product, worked out from the digits shown, rounds to the value
    /// shown: if not, "≈" stands between them, never "=".
    value_exact: bool,
}

/// `x` in units of the last digit shown.
fn in_digits(x: f64, precision: usize) -> f64 {
    x * 10f64.powi(precision as i32)
}

/// Whether `printed` (a product or sum worked out from shown digits, in units of the last
/// digit) rounds to `shown` (also in units of the last digit); a tie may round either way.
fn rounds_to(printed: f64, shown: f64) -> bool {
    let shown = shown.round();
    (printed - shown).abs() <= 0.5 + 1e-9
}

/// "=" when the values as shown, each rounded to `precision` places and summed (each with
/// its sign), round to `total` as shown; else "≈": a chain of rounded numbers is joined by
/// "=" only where it is true as printed.
pub fn chain_sign(shown: &[f64], total: f64, precision: usize) -> &'static str {
    let sum: f64 = shown.iter().map(|&x| in_digits(x, precision).round()).sum();
    if rounds_to(sum, in_digits(total, precision)) { "=" } else { "≈" }
}

/// Like [`chain_sign`] for a sum of products `weight · value`, the weights exact and the
/// values rounded as shown.
pub fn products_sign(products: &[(f64, f64)], total: f64, precision: usize) -> &'static str {
    let sum: f64 = products.iter().map(|&(w, x)| w * in_digits(x, precision).round()).sum();
    if rounds_to(sum, in_digits(total, precision)) { "=" } else { "≈" }
}

/// Whether `coefficient · log`, with the log as shown, rounds to the term's value as shown.
fn product_is_exact(term: &Term, precision: usize) -> bool {
    let (Log::Approx(log), Amount::Finite(value)) = (term.log, term.contribution) else {
        return true;
    };
    let coefficient = num_traits::ToPrimitive::to_f64(&term.coefficient).unwrap_or(0.0);
    let shown_log = in_digits(log, precision).round();
    rounds_to(coefficient * shown_log, in_digits(value, precision))
}

/// Whether the values shown add up to the total shown.
fn sum_is_exact(d: &Derivation, precision: usize) -> bool {
    let Amount::Finite(total) = d.total else { return true };
    let mut sum = 0.0;
    for t in &d.terms {
        match t.contribution {
            Amount::Finite(v) => sum += in_digits(v, precision).round(),
            Amount::Infinite { .. } => return true,
        }
    }
    (sum - in_digits(total, precision).round()).abs() < 0.5
}

/// Whether a term of probability 0 stands for an expression with no value of its own, 0·log 0
/// or 0·log(1/0): it is 0 by convention, and shown as just 0.
pub fn zero_by_convention(term: &Term) -> bool {
    term.log == Log::Vanishing && term.ratio.as_ref().is_none_or(num_traits::Zero::is_zero)
}

/// Whether any term of `d` is 0 by convention (see [`zero_by_convention`]): the derivation
/// is then followed by the convention, once.
pub fn uses_zero_convention(d: &Derivation) -> bool {
    d.terms.iter().any(zero_by_convention)
}

/// The note on the convention, in the catalog's words.
pub fn zero_convention_note(d: &Derivation) -> Option<String> {
    uses_zero_convention(d).then(|| crate::t!("report-zero-convention"))
}

fn stages(term: &Term, d: &Derivation, style: Style, precision: usize) -> Stages {
    // A term with no value of its own is shown by what it is: 0 by convention, or ∞ where a
    // probability above 0 meets 0 below the line.
    if zero_by_convention(term) || term.log == Log::Infinite {
        let value = match term.contribution {
            Amount::Infinite { .. } => style.infinity().to_string(),
            Amount::Finite(v) => style.decimal(v, precision),
        };
        let shown =
            if term.log == Log::Infinite { style.infinity().to_string() } else { "0".into() };
        return Stages {
            substituted: shown.clone(),
            simplified: shown.clone(),
            evaluated: shown,
            value,
            value_exact: true,
        };
    }
    let n = d.notation;
    let log = style.log(d.unit);
    let coefficient = match d.quantity {
        Quantity::Information { .. } => String::new(),
        _ => format!("{}{}", style.operand(&term.coefficient, n), style.times()),
    };
    let (open, close) = match style {
        Style::Unicode => ("(", ")"),
        Style::Latex => ("\\left(", "\\right)"),
    };
    let substituted = format!(
        "{coefficient}{log}{open}{}{}{}{close}",
        style.operand(&term.numerator, n),
        style.divide(),
        style.operand(&term.denominator, n)
    );
    let simplified = match &term.ratio {
        Some(r) => {
            let r = style.operand(r, n);
            let gap = if r.starts_with('(') { "" } else { " " };
            format!("{coefficient}{log}{gap}{r}")
        }
        None => format!("{coefficient}{log} {}", style.infinity()),
    };
    let evaluated = match term.log {
        Log::Vanishing => "0".to_string(),
        Log::Infinite => format!("{coefficient}{}", style.infinity()),
        Log::Exact(k) if coefficient.is_empty() => style.decimal(k as f64, 0),
        Log::Exact(k) if k < 0 => format!("{coefficient}({})", style.decimal(k as f64, 0)),
        Log::Exact(k) => format!("{coefficient}{k}"),
        Log::Approx(v) if coefficient.is_empty() => style.decimal(v, precision),
        Log::Approx(v) if v < 0.0 => format!("{coefficient}({})", style.decimal(v, precision)),
        Log::Approx(v) => format!("{coefficient}{}", style.decimal(v, precision)),
    };
    let value = match term.contribution {
        Amount::Infinite { .. } => style.infinity().to_string(),
        Amount::Finite(v) => style.decimal(v, precision),
    };
    Stages {
        substituted,
        simplified,
        evaluated,
        value,
        value_exact: product_is_exact(term, precision),
    }
}

/// The total with its unit: `0.2075 bits`.
pub fn total(d: &Derivation, style: Style, precision: usize) -> String {
    match d.total {
        Amount::Infinite { .. } => style.infinity().to_string(),
        Amount::Finite(v) => {
            format!(
                "{}{}{}",
                style.decimal(v, precision),
                style.space(),
                style.text(&crate::i18n::unit_name(d.unit))
            )
        }
    }
}

fn piece(text: impl Into<String>, outcome: Option<usize>) -> Piece {
    Piece { text: text.into(), outcome }
}

/// The lines before the terms: the definition, and for JS the mixture.
fn head(d: &Derivation, names: &Names, style: Style) -> Vec<Line> {
    let mut out: Vec<Line> = vec![vec![piece(definition(d.quantity, names, style, d.unit), None)]];
    if d.quantity == Quantity::Js && !d.terms.is_empty() {
        let m: Vec<String> = d.mixture.iter().map(|x| style.rational(x, d.notation)).collect();
        out.push(vec![piece(format!("m = ({})", m.join(", ")), None)]);
    }
    out
}

/// `= 0.2075 bits`, or `≈ 0.2076 bits` where the terms shown do not add up to it exactly.
fn total_line(d: &Derivation, style: Style, precision: usize) -> Line {
    let exact = match d.terms.as_slice() {
        [] => true,
        [term] => product_is_exact(term, precision),
        _ => sum_is_exact(d, precision),
    };
    let eq = if exact { "= ".to_string() } else { format!("{} ", style.approx().trim_end()) };
    vec![piece(format!("{eq}{}", total(d, style, precision)), None)]
}

/// The derivation as lines: the definition, the stages, the total.
pub fn lines(
    d: &Derivation,
    names: &Names,
    style: Style,
    layout: Layout,
    precision: usize,
) -> Vec<Line> {
    let mut out = head(d, names, style);
    match layout {
        _ if d.terms.is_empty() => {}
        Layout::Inline => out.extend(inline_lines(d, style, precision)),
        Layout::PerOutcome => {
            out.extend(term_lines(d, names, style, precision, 0..d.terms.len()));
        }
    }
    out.push(total_line(d, style, precision));
    out
}

/// How many lines come before the terms in the per-outcome layout.
pub fn head_len(d: &Derivation) -> usize {
    if d.quantity == Quantity::Js && !d.terms.is_empty() { 2 } else { 1 }
}

/// How many lines the per-outcome layout has: the head, a line a term, the total.
pub fn per_outcome_len(d: &Derivation) -> usize {
    head_len(d) + d.terms.len() + 1
}

/// Lines `first..first + count` of the per-outcome layout, and how many lines it has in all:
/// what a scrolled view shows of a derivation of any length, without laying out the rest.
pub fn per_outcome_window(
    d: &Derivation,
    names: &Names,
    style: Style,
    precision: usize,
    first: usize,
    count: usize,
) -> (Vec<Line>, usize) {
    let all = per_outcome_len(d);
    let (heads, terms, total) = split_window(head_len(d), d.terms.len(), first, count);
    let mut out = Vec::with_capacity(count.min(all));
    if !heads.is_empty() {
        out.extend(self::head(d, names, style).into_iter().skip(heads.start).take(heads.len()));
    }
    if !terms.is_empty() {
        out.extend(term_lines(d, names, style, precision, terms));
    }
    if total {
        out.push(total_line(d, style, precision));
    }
    (out, all)
}

/// Which lines `first..first + count` of a per-outcome layout of `head` lines before `terms`
/// terms are: the head lines, the terms, and whether the total is among them.
fn split_window(
    head: usize,
    terms: usize,
    first: usize,
    count: usize,
) -> (std::ops::Range<usize>, std::ops::Range<usize>, bool) {
    let all = head + terms + 1;
    let wanted = first.min(all)..(first + count).min(all);
    let heads = wanted.start.min(head)..wanted.end.min(head);
    let terms = wanted.start.max(head) - head..wanted.end.saturating_sub(head).min(terms);
    (heads, terms, wanted.end == all && !wanted.is_empty())
}

/// The per-outcome layout with every number formatted, for a view that scrolls through it:
/// [`PerOutcome::window`] only lays out the lines in view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PerOutcome {
    /// The definition, and for JS the mixture.
    pub head: Vec<Line>,
    /// A line a term; their labels are aligned among the lines in view.
    pub terms: Vec<TermLine>,
    /// `= 0.2075 bits`.
    pub total: Line,
}

impl PerOutcome {
    /// Formats every line of `d`'s per-outcome layout.
    pub fn new(d: &Derivation, names: &Names, style: Style, precision: usize) -> PerOutcome {
        PerOutcome {
            head: head(d, names, style),
            terms: d.terms.iter().map(|t| term_line(t, d, names, style, precision)).collect(),
            total: total_line(d, style, precision),
        }
    }

    /// How many lines the layout has: the head, a line a term, the total.
    pub fn line_count(&self) -> usize {
        self.head.len() + self.terms.len() + 1
    }

    /// Lines `first..first + count`, the same as [`per_outcome_window`] gives.
    pub fn window(&self, first: usize, count: usize) -> Vec<Line> {
        let (heads, terms, total) = split_window(self.head.len(), self.terms.len(), first, count);
        let mut out: Vec<Line> = self.head[heads].to_vec();
        if !terms.is_empty() {
            out.extend(aligned(&self.terms[terms]));
        }
        if total {
            out.push(self.total.clone());
        }
        out
    }
}

/// The stage lines of the inline layout: substituted, simplified, evaluated, summed.
fn inline_lines(d: &Derivation, style: Style, precision: usize) -> Vec<Line> {
    let staged: Vec<(usize, Stages)> =
        d.terms.iter().map(|t| (t.outcome, stages(t, d, style, precision))).collect();
    let eq = "= ";
    let stage_line = |pick: fn(&Stages) -> &String| -> Line {
        let mut line = vec![piece(eq, None)];
        for (k, (outcome, s)) in staged.iter().enumerate() {
            if k > 0 {
                line.push(piece(" + ", None));
            }
            line.push(piece(pick(s).clone(), Some(*outcome)));
        }
        line
    };
    let mut out = vec![
        stage_line(|s| &s.substituted),
        stage_line(|s| &s.simplified),
        stage_line(|s| &s.evaluated),
    ];
    if staged.len() > 1 {
        let exact = staged.iter().all(|(_, s)| s.value_exact);
        let eq = if exact { eq.to_string() } else { format!("{} ", style.approx().trim_end()) };
        let mut line = vec![piece(eq, None)];
        for (k, (outcome, s)) in staged.iter().enumerate() {
            let text = match (k, s.value.strip_prefix(style.minus())) {
                (0, _) => s.value.clone(),
                (_, Some(abs)) => format!(" {} {abs}", style.minus()),
                (_, None) => format!(" + {}", s.value),
            };
            line.push(piece(text, Some(*outcome)));
        }
        out.push(line);
    }
    out
}

/// One line of the per-outcome layout, formatted but for the padding after its label, which
/// depends on the labels it is aligned with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TermLine {
    outcome: usize,
    /// The label as the style writes it.
    label: String,
    /// The label's width in columns, before the style wrote it.
    label_width: usize,
    /// Substituted, simplified, evaluated, and the signed value.
    stages: [String; 4],
}

/// Term `t` formatted as a line of the per-outcome layout.
fn term_line(t: &Term, d: &Derivation, names: &Names, style: Style, precision: usize) -> TermLine {
    // JS has two terms an outcome, one from each distribution: the label says which.
    let label = match (d.quantity, t.side) {
        (Quantity::Js, Side::P) => format!("{} ({})", names.outcome(t.outcome), names.p),
        (Quantity::Js, Side::Q) => format!("{} ({})", names.outcome(t.outcome), names.q),
        _ => names.outcome(t.outcome),
    };
    let s = stages(t, d, style, precision);
    let sign = if s.value.starts_with(style.minus()) { "" } else { "+" };
    let last = if s.value_exact { "=" } else { style.approx().trim_end() };
    if zero_by_convention(t) || t.log == Log::Infinite {
        // `x3  0` or `x3  ∞`: no stages to go through.
        return TermLine {
            outcome: t.outcome,
            label_width: textwrap::core::display_width(&label),
            label: match style {
                Style::Unicode => label,
                Style::Latex => format!("{}\\quad ", style.text(&label)),
            },
            stages: [s.substituted, String::new(), String::new(), String::new()],
        };
    }
    TermLine {
        outcome: t.outcome,
        label_width: textwrap::core::display_width(&label),
        // Math mode drops the padding that aligns the terms: a quad keeps the label apart.
        label: match style {
            Style::Unicode => label,
            Style::Latex => format!("{}\\quad ", style.text(&label)),
        },
        stages: [
            s.substituted,
            format!(" = {}", s.simplified),
            format!(" = {}", s.evaluated),
            format!(" {last} {sign}{}", s.value),
        ],
    }
}

/// Term lines laid out with their labels aligned among them.
fn aligned(terms: &[TermLine]) -> Vec<Line> {
    let width = terms.iter().map(|t| t.label_width).max().unwrap_or(2);
    terms
        .iter()
        .map(|t| {
            let o = Some(t.outcome);
            let pad = " ".repeat(width - t.label_width + 2);
            let mut line = vec![piece(format!("{}{pad}", t.label), o)];
            line.extend(t.stages.iter().map(|stage| piece(stage.clone(), o)));
            line
        })
        .collect()
}

/// One line per term, for the terms in `range`, labels aligned among them.
fn term_lines(
    d: &Derivation,
    names: &Names,
    style: Style,
    precision: usize,
    range: std::ops::Range<usize>,
) -> Vec<Line> {
    let terms: Vec<TermLine> =
        d.terms[range].iter().map(|t| term_line(t, d, names, style, precision)).collect();
    aligned(&terms)
}

/// One outcome's terms with all their stages: `½·log₂(½÷¼) = ½·log₂ 2 = ½·1 = +0.5000`.
pub fn outcome_terms(
    d: &Derivation,
    names: &Names,
    style: Style,
    outcome: usize,
    precision: usize,
) -> String {
    lines(d, names, style, Layout::PerOutcome, precision)
        .iter()
        .filter(|line| line.iter().any(|p| p.outcome == Some(outcome)))
        .map(|line| line.iter().skip(1).map(|p| p.text.as_str()).collect::<String>())
        .collect::<Vec<_>>()
        .join("; ")
}

/// A line as plain text.
pub fn join(line: &Line) -> String {
    line.iter().map(|p| p.text.as_str()).collect()
}
