//! What can take the place of the working panels: a chart of the measures as the selected
//! outcome's probability in the model sweeps from 0 to 1, what the popular libraries return
//! for the current P and Q, or the code words built for each. Worked out once per change, and
//! only while shown.

use crate::info::Unit;
use crate::info::curve::{self, Curve, Family};
use num_rational::BigRational;

use crate::info::codes::{Code, Construction};
use crate::info::density::Density;
use crate::info::{Amount, Distribution, Pair};
use crate::lesson::Along;
use crate::report::continuous::{self, Densities};
use crate::report::conventions::{Reference, Row, rows};
use crate::report::joint::{self, Labels, Section};

use super::LessonState;

/// Points along θ: enough for a smooth braille curve at 120 columns.
pub const POINTS: usize = 200;

/// Which view fills the lower half of the lesson screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Panel {
    /// Bars, derivation, terms and the sum: the usual working.
    #[default]
    Working,
    /// The selected outcome's probability in the model swept from 0 to 1.
    Chart,
    /// The path from the model (θ = 0) to the truth (θ = 1).
    PathChart,
    Conventions,
    Codes,
    /// A grid lesson's joint distribution, its marginals and the mutual information.
    Joint,
    /// A lesson of densities: the curves, and the closed forms or integrals between them.
    Density,
}

impl Panel {
    /// The panel one key press on `key`'s panel leads to: `c` goes from the sweep to the path
    /// and then back to the working; the other keys toggle.
    pub fn after(self, key: Panel) -> Panel {
        match (self, key) {
            (Panel::Chart, Panel::Chart) => Panel::PathChart,
            (Panel::PathChart, Panel::Chart) => Panel::Working,
            (current, key) if current == key => Panel::Working,
            (_, key) => key,
        }
    }
}

/// A sampled chart and what to call its parts.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartView {
    pub curve: Curve,
    pub p: String,
    pub q: String,
    /// The swept outcome, or `None` on the path from the model to the truth.
    pub outcome: Option<String>,
    pub unit: Unit,
}

impl ChartView {
    /// The top of the y axis: the largest finite value away from the ends of the range,
    /// where a divergence runs off to ∞, with a little headroom.
    pub fn top(&self) -> f64 {
        let c = &self.curve;
        let n = c.thetas.len();
        let inner = n / 20..n - n / 20;
        let top = [&c.kl, &c.kl_reverse, &c.cross_entropy, &c.js]
            .iter()
            .flat_map(|v| v[inner.clone()].iter().copied())
            .filter(|v| v.is_finite())
            .fold(0.0, f64::max);
        if top > 0.0 { top * 1.1 } else { 1.0 }
    }
}

/// Every library call for the current P and Q.
#[derive(Debug, Clone)]
pub struct ConventionsView {
    pub rows: Vec<Row>,
    pub reference: Reference,
}

/// Huffman codes built for P and for the model, and their cost when the symbols come from P.
#[derive(Debug, Clone)]
pub struct CodesView {
    pub p: Code,
    pub q: Code,
    /// Expected bits per symbol under P: of P's code, of Q's code (`None`: Q's code lacks a
    /// word P needs).
    pub p_length: Option<BigRational>,
    pub q_length: Option<BigRational>,
    /// D(P‖Q) in bits, the ideal extra cost.
    pub kl: Amount,
}

/// The joint distribution of a grid lesson, as the report gives it.
#[derive(Debug, Clone)]
pub struct JointView {
    pub sections: Vec<Section>,
    /// Clear while a question is open that asks for something: then the sections stating
    /// measures are left out.
    pub reveal: bool,
}

/// The truth's density and the model's, drawn and compared.
#[derive(Debug, Clone)]
pub struct DensityView {
    /// Each density's name as the legend gives it (`P = normal(0, 1)`) and its curve, in
    /// coordinates scaled to [0, 1] both ways: the chart widget multiplies before it divides,
    /// so the densities' own coordinates (a mean of 1e300, a peak of 1e10) would overflow it.
    pub curves: [(String, Vec<(f64, f64)>); 2],
    /// The x range drawn and the top of the y axis, for the labels.
    pub x: (f64, f64),
    pub top: f64,
    /// The report's sections, headed, then its closing remarks.
    pub sections: Vec<(String, String)>,
    pub closing: Vec<String>,
    /// As in [`JointView`]: clear while a question asks for something.
    pub reveal: bool,
}

impl DensityView {
    fn of(state: &LessonState, p: &Density, q: &Density) -> DensityView {
        let (pn, qn) = (state.name(0).to_string(), state.name(state.model + 1).to_string());
        let span = |ds: &[&Density]| {
            ds.iter().flat_map(|d| d.components()).fold(
                (f64::INFINITY, f64::NEG_INFINITY),
                |(lo, hi), (_, n)| {
                    (lo.min(n.mean() - 4.0 * n.sd()), hi.max(n.mean() + 4.0 * n.sd()))
                },
            )
        };
        // Both densities, unless they lie too far apart for one axis: then the truth's.
        let (lo, hi) = match span(&[p, q]) {
            (lo, hi) if (hi - lo).is_finite() => (lo, hi),
            _ => span(&[p]),
        };
        // k/POINTS first: (hi − lo)·k can overflow for far-apart means.
        let at = |k: usize| lo + (hi - lo) * (k as f64 / POINTS as f64);
        let heights =
            |d: &Density| -> Vec<f64> { (0..=POINTS).map(|k| d.density(at(k))).collect() };
        let (ph, qh) = (heights(p), heights(q));
        let top = ph.iter().chain(&qh).copied().filter(|y| y.is_finite()).fold(0.0, f64::max) * 1.1;
        let top = if top > 0.0 { top } else { 1.0 };
        let scaled = |h: Vec<f64>| -> Vec<(f64, f64)> {
            h.into_iter()
                .enumerate()
                .filter(|(_, y)| y.is_finite())
                .map(|(k, y)| (k as f64 / POINTS as f64, y / top))
                .collect()
        };
        let (pc, qc) = (scaled(ph), scaled(qh));
        let named = |name: &str, d: &Density| continuous::Named {
            name: name.to_string(),
            text: continuous::written(d),
            density: d.clone(),
        };
        let densities =
            Densities { p: named(&pn, p), models: vec![named(&qn, q)], unit: state.unit };
        DensityView {
            curves: [(format!("{pn} = {}", shown(p)), pc), (format!("{qn} = {}", shown(q)), qc)],
            x: (lo, hi),
            top,
            // The first section restates the densities and plots them: the chart does that.
            sections: continuous::sections(&densities, 4).into_iter().skip(1).collect(),
            closing: continuous::closing(&densities, 4),
            reveal: reveals(state),
        }
    }
}

/// A density as the screen shows it: as written, with true minus signs.
pub fn shown(d: &Density) -> String {
    continuous::written(d).replace('-', "−")
}

/// Whether the panels may show measures: not while a question they could answer is to come.
fn reveals(state: &LessonState) -> bool {
    !state.panel_waits(state.panel)
}

/// The panels a page's text can send the student to, by key.
const KEYS: [(char, Panel); 5] = [
    ('c', Panel::Chart),
    ('v', Panel::Conventions),
    ('w', Panel::Codes),
    ('i', Panel::Joint),
    ('d', Panel::Density),
];

/// The panels `text` tells the student to open (`press v`, `` `w` ``, `按 i`), those the
/// lesson can fill.
pub fn told(text: &str, lesson: &crate::lesson::Lesson) -> Vec<(char, Panel)> {
    KEYS.into_iter()
        .filter(|&(_, panel)| match panel {
            Panel::Joint => lesson.grid.is_some(),
            Panel::Density => lesson.continuous.is_some(),
            _ => true,
        })
        .filter(|&(key, _)| {
            let pressed = ["press ", "Press ", "按 ", "按"].iter().any(|lead| {
                let said = format!("{lead}{key}");
                text.match_indices(&said).any(|(i, _)| {
                    !text[i + said.len()..]
                        .chars()
                        .next()
                        .is_some_and(|c| c.is_ascii_alphanumeric())
                })
            });
            pressed || text.contains(&format!("`{key}`"))
        })
        .collect()
}

/// The extra view's contents, for the panel shown.
#[derive(Debug, Clone)]
pub enum Shown {
    Chart(Option<ChartView>),
    Conventions(ConventionsView),
    Codes(CodesView),
    Joint(JointView),
    Density(DensityView),
}

impl Shown {
    /// Works out the panel's contents; `None` for the usual working.
    pub fn of(state: &LessonState) -> Option<Shown> {
        let model = state.model + 1;
        let (p, q): (&Distribution, &Distribution) = (&state.dists[0], &state.dists[model]);
        match state.panel {
            Panel::Working => None,
            Panel::Chart | Panel::PathChart => {
                // The lesson's own family first, if it names one; the path after it.
                let spec = state.lesson.chart;
                let along = match (state.panel, spec) {
                    (Panel::PathChart, _) => Along::Path,
                    (_, Some(spec)) => spec.along,
                    (_, None) => Along::Sweep(None),
                };
                let range = spec.filter(|s| s.along == along).and_then(|s| s.range);
                let name = |k: usize| Some(state.lesson.outcomes[k].clone());
                let (family, outcome) = match along {
                    Along::Sweep(outcome) => {
                        let (outcome, locks) =
                            (outcome.unwrap_or(state.outcome), &state.locks[model]);
                        (Family::Sweep { from: q, outcome, locks }, name(outcome))
                    }
                    Along::Coin => (Family::Coin { from: q }, name(0)),
                    Along::Path => (Family::Path { from: q }, None),
                };
                let view = curve::sample(p, family, range, POINTS, state.unit).ok().map(|curve| {
                    ChartView {
                        curve,
                        p: state.lesson.truth.name.clone(),
                        q: state.lesson.models[state.model].name.clone(),
                        outcome,
                        unit: state.unit,
                    }
                });
                Some(Shown::Chart(view))
            }
            Panel::Codes => {
                let (pc, qc) =
                    (Code::build(p, Construction::Huffman), Code::build(q, Construction::Huffman));
                Some(Shown::Codes(CodesView {
                    p_length: pc.expected_length(p),
                    q_length: qc.expected_length(p),
                    kl: Pair { p, q }.kl(Unit::Bits),
                    p: pc,
                    q: qc,
                }))
            }
            Panel::Joint => {
                let grid = state.lesson.grid.as_ref()?;
                let joint = grid.joint(p)?;
                let labels = Labels { rows: grid.rows.clone(), columns: grid.columns.clone() };
                // Every measure of the grid gives away a divergence or an entropy: a question
                // that hides anything hides them all.
                let sections = joint::sections(&joint, &labels, state.unit, 4);
                Some(Shown::Joint(JointView { sections, reveal: reveals(state) }))
            }
            Panel::Density => {
                let (p, q) = (state.densities.first()?, state.densities.get(model)?);
                Some(Shown::Density(DensityView::of(state, p, q)))
            }
            Panel::Conventions => {
                let reference = Reference::of(Pair { p, q });
                Some(Shown::Conventions(ConventionsView {
                    rows: rows(p, q, &reference),
                    reference,
                }))
            }
        }
    }
}
