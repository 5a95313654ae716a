//! What popular libraries return for a P and a Q: each call worked out from its documented
//! definition, as the library evaluates it in float64.
//!
//! The point is the difference: `F.kl_div(q, p)` is not D(P‖Q), Keras clips where the
//! mathematics is infinite, `reduction='mean'` divides by the number of classes. So nothing here
//! uses the careful kernels of [`super::numeric`]: each call repeats its library's arithmetic
//! (its clips, its `0·(−∞) = NaN`, its reductions) term by term. Values are in nats, as the
//! libraries give them. Tensors are one example of n classes: PyTorch's and Keras's inputs have
//! shape (1, n), so 'batchmean' divides by 1 and 'mean' by n.

use super::distribution::Distribution;

/// The library a call belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Library {
    Scipy,
    PyTorch,
    Keras,
    Optax,
    ScikitLearn,
}

impl Library {
    pub const ALL: [Library; 5] =
        [Library::Scipy, Library::PyTorch, Library::Keras, Library::Optax, Library::ScikitLearn];

    /// The library's usual name.
    pub fn name(self) -> &'static str {
        match self {
            Library::Scipy => "scipy",
            Library::PyTorch => "PyTorch",
            Library::Keras => "Keras",
            Library::Optax => "JAX/optax",
            Library::ScikitLearn => "scikit-learn",
        }
    }

    /// The Python lines that define `p` and `q` (and the imports) for this library's calls.
    pub fn setup(self, p: &[f64], q: &[f64]) -> String {
        let (p, q) = (python_list(p), python_list(q));
        let lines = match self {
            Library::Scipy => vec![
                "import numpy as np".to_string(),
                "from scipy import stats, special".into(),
                format!("p = np.array({p})"),
                format!("q = np.array({q})"),
            ],
            Library::PyTorch => vec![
                "import torch, torch.nn.functional as F".to_string(),
                format!("p = torch.tensor([{p}], dtype=torch.float64)"),
                format!("q = torch.tensor([{q}], dtype=torch.float64)"),
            ],
            Library::Keras => vec![
                "import keras".to_string(),
                "keras.config.set_floatx(\"float64\")".into(),
                format!("p = [{p}]"),
                format!("q = [{q}]"),
            ],
            Library::Optax => vec![
                "import jax, jax.numpy as jnp, optax".to_string(),
                "jax.config.update(\"jax_enable_x64\", True)".into(),
                format!("p = jnp.array({p})"),
                format!("q = jnp.array({q})"),
            ],
            Library::ScikitLearn => vec![
                "import numpy as np".to_string(),
                "from sklearn import metrics".into(),
                format!("p = np.array({p})"),
                format!("q = np.array({q})"),
                "n = len(p)".into(),
            ],
        };
        lines.join("\n")
    }
}

/// A list as Python writes it: each float at full (shortest round-trip) precision.
fn python_list(values: &[f64]) -> String {
    let items: Vec<String> = values.iter().map(|v| format!("{v:?}")).collect();
    format!("[{}]", items.join(", "))
}

/// The textbook quantity a call should be compared with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Meant {
    /// H(P).
    Entropy,
    /// D(P‖Q).
    Kl,
    /// D(Q‖P).
    KlReverse,
    /// H(P, Q).
    CrossEntropy,
}

/// One library call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Call {
    ScipyEntropy,
    ScipyEntropyPq,
    ScipyEntropySwapped,
    ScipyEntropyRows,
    ScipyRelEntr,
    ScipyKlDiv,
    TorchKlBatchmean,
    TorchKlSum,
    TorchKlMean,
    TorchKlLogTarget,
    TorchKlProbabilities,
    TorchKlProbabilitiesMean,
    TorchCrossEntropy,
    TorchCrossEntropyProbabilities,
    TorchLabelSmoothing,
    TorchBinaryCrossEntropy,
    KerasKlDivergence,
    KerasCategoricalCrossentropy,
    OptaxKlDivergence,
    OptaxSoftmaxCrossEntropy,
    SklearnLogLoss,
}

/// The label smoothing shown in the `label_smoothing` call.
pub const LABEL_SMOOTHING: f64 = 0.1;

/// Keras's `backend.epsilon()`: both clips of its losses.
pub const KERAS_EPSILON: f64 = 1e-7;

/// PyTorch's binary cross-entropy clamps each log at this value.
pub const TORCH_LOG_FLOOR: f64 = -100.0;

/// What a call returns.
#[derive(Debug, Clone, PartialEq)]
pub enum Returned {
    /// One number: may be ∞ or NaN, as the library would print it.
    Scalar(f64),
    /// One number per outcome (the 2-D pitfall returns an array).
    PerOutcome(Vec<f64>),
}

impl Call {
    pub const ALL: [Call; 21] = [
        Call::ScipyEntropy,
        Call::ScipyEntropyPq,
        Call::ScipyEntropySwapped,
        Call::ScipyEntropyRows,
        Call::ScipyRelEntr,
        Call::ScipyKlDiv,
        Call::TorchKlBatchmean,
        Call::TorchKlSum,
        Call::TorchKlMean,
        Call::TorchKlLogTarget,
        Call::TorchKlProbabilities,
        Call::TorchKlProbabilitiesMean,
        Call::TorchCrossEntropy,
        Call::TorchCrossEntropyProbabilities,
        Call::TorchLabelSmoothing,
        Call::TorchBinaryCrossEntropy,
        Call::KerasKlDivergence,
        Call::KerasCategoricalCrossentropy,
        Call::OptaxKlDivergence,
        Call::OptaxSoftmaxCrossEntropy,
        Call::SklearnLogLoss,
    ];

    pub fn library(self) -> Library {
        use Call::*;
        match self {
            ScipyEntropy | ScipyEntropyPq | ScipyEntropySwapped | ScipyEntropyRows
            | ScipyRelEntr | ScipyKlDiv => Library::Scipy,
            TorchKlBatchmean
            | TorchKlSum
            | TorchKlMean
            | TorchKlLogTarget
            | TorchKlProbabilities
            | TorchKlProbabilitiesMean
            | TorchCrossEntropy
            | TorchCrossEntropyProbabilities
            | TorchLabelSmoothing
            | TorchBinaryCrossEntropy => Library::PyTorch,
            KerasKlDivergence | KerasCategoricalCrossentropy => Library::Keras,
            OptaxKlDivergence | OptaxSoftmaxCrossEntropy => Library::Optax,
            SklearnLogLoss => Library::ScikitLearn,
        }
    }

    /// The Python expression, with `p` and `q` as [`Library::setup`] defines them.
    pub fn code(self) -> &'static str {
        use Call::*;
        match self {
            ScipyEntropy => "stats.entropy(p)",
            ScipyEntropyPq => "stats.entropy(p, q)",
            ScipyEntropySwapped => "stats.entropy(q, p)",
            ScipyEntropyRows => "stats.entropy([p], [q])",
            ScipyRelEntr => "special.rel_entr(p, q).sum()",
            ScipyKlDiv => "special.kl_div(p, q).sum()",
            TorchKlBatchmean => "F.kl_div(q.log(), p, reduction=\"batchmean\")",
            TorchKlSum => "F.kl_div(q.log(), p, reduction=\"sum\")",
            TorchKlMean => "F.kl_div(q.log(), p)",
            TorchKlLogTarget => {
                "F.kl_div(q.log(), p.log(), reduction=\"batchmean\", log_target=True)"
            }
            TorchKlProbabilities => "F.kl_div(q, p, reduction=\"batchmean\")",
            TorchKlProbabilitiesMean => "F.kl_div(q, p)",
            TorchCrossEntropy => "F.cross_entropy(q.log(), p)",
            TorchCrossEntropyProbabilities => "F.cross_entropy(q, p)",
            TorchLabelSmoothing => "F.cross_entropy(q.log(), p, label_smoothing=0.1)",
            TorchBinaryCrossEntropy => "F.binary_cross_entropy(q, p)",
            KerasKlDivergence => "keras.losses.KLDivergence()(p, q)",
            KerasCategoricalCrossentropy => "keras.losses.CategoricalCrossentropy()(p, q)",
            OptaxKlDivergence => "optax.kl_divergence(jnp.log(q), p)",
            OptaxSoftmaxCrossEntropy => "optax.softmax_cross_entropy(jnp.log(q), p)",
            SklearnLogLoss => {
                "metrics.log_loss(np.arange(n), np.tile(q, (n, 1)), sample_weight=p, \
                 labels=np.arange(n))"
            }
        }
    }

    /// The quantity a student means when writing this call.
    pub fn meant(self) -> Meant {
        use Call::*;
        match self {
            ScipyEntropy => Meant::Entropy,
            ScipyEntropySwapped => Meant::KlReverse,
            TorchCrossEntropy
            | TorchCrossEntropyProbabilities
            | TorchLabelSmoothing
            | TorchBinaryCrossEntropy
            | KerasCategoricalCrossentropy
            | OptaxSoftmaxCrossEntropy
            | SklearnLogLoss => Meant::CrossEntropy,
            _ => Meant::Kl,
        }
    }

    /// The value the library returns for these P and Q, in nats.
    pub fn evaluate(self, p: &Distribution, q: &Distribution) -> Returned {
        let (p, q) = (p.approx(), q.approx());
        let n = p.len() as f64;
        let ln = |x: &[f64]| -> Vec<f64> { x.iter().map(|v| v.ln()).collect() };
        use Call::*;
        Returned::Scalar(match self {
            ScipyEntropy => scipy_entropy(p),
            ScipyEntropyPq => scipy_kl(p, q),
            ScipyEntropySwapped => scipy_kl(q, p),
            ScipyEntropyRows => return Returned::PerOutcome(scipy_rows(p, q)),
            ScipyRelEntr => pairwise_sum(p, q, rel_entr),
            ScipyKlDiv => pairwise_sum(p, q, kl_div),
            TorchKlBatchmean | TorchKlSum => torch_kl_div(&ln(q), p),
            TorchKlMean => torch_kl_div(&ln(q), p) / n,
            TorchKlLogTarget => {
                let (lq, lp) = (ln(q), ln(p));
                lq.iter().zip(&lp).map(|(input, target)| target.exp() * (target - input)).sum()
            }
            TorchKlProbabilities => torch_kl_div(q, p),
            // The classic mistake as it is most often written: q for q.log(), and the default
            // reduction 'mean' over every element.
            TorchKlProbabilitiesMean => torch_kl_div(q, p) / n,
            TorchCrossEntropy | OptaxSoftmaxCrossEntropy => soft_cross_entropy(&ln(q), p),
            TorchCrossEntropyProbabilities => soft_cross_entropy(q, p),
            TorchLabelSmoothing => {
                let smoothed: Vec<f64> =
                    p.iter().map(|t| t * (1.0 - LABEL_SMOOTHING) + LABEL_SMOOTHING / n).collect();
                soft_cross_entropy(&ln(q), &smoothed)
            }
            TorchBinaryCrossEntropy => {
                let floor = |x: f64| x.max(TORCH_LOG_FLOOR);
                let total: f64 = p
                    .iter()
                    .zip(q)
                    .map(|(t, x)| (t - 1.0) * floor((-x).ln_1p()) - t * floor(x.ln()))
                    .sum();
                total / n
            }
            KerasKlDivergence => {
                let clip = |x: f64| x.clamp(KERAS_EPSILON, 1.0);
                p.iter().zip(q).map(|(&t, &y)| clip(t) * (clip(t) / clip(y)).ln()).sum()
            }
            KerasCategoricalCrossentropy => {
                let total: f64 = q.iter().sum();
                let clip = |x: f64| x.clamp(KERAS_EPSILON, 1.0 - KERAS_EPSILON);
                -p.iter().zip(q).map(|(t, y)| t * clip(y / total).ln()).sum::<f64>()
            }
            OptaxKlDivergence => p
                .iter()
                .zip(ln(q))
                .map(|(&t, lq)| t * (if t == 0.0 { 0.0 } else { t.ln() } - lq))
                .sum(),
            SklearnLogLoss => {
                // Clipped to [ε, 1 − ε] with ε = float64's machine epsilon; rows are not
                // renormalised after the clip.
                let clip = |x: f64| x.clamp(f64::EPSILON, 1.0 - f64::EPSILON);
                let weight: f64 = p.iter().sum();
                let loss: f64 = p.iter().zip(q).map(|(w, y)| w * -clip(*y).ln()).sum();
                loss / weight
            }
        })
    }
}

/// `scipy.special.rel_entr(x, y)`: x·ln(x/y), 0 at x = 0, ∞ where x > 0 = y.
fn rel_entr(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        f64::NAN
    } else if x > 0.0 && y > 0.0 {
        x * (x / y).ln()
    } else if x == 0.0 && y >= 0.0 {
        0.0
    } else {
        f64::INFINITY
    }
}

/// `scipy.special.kl_div(x, y)`: x·ln(x/y) − x + y, y at x = 0, ∞ where x > 0 = y.
fn kl_div(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        f64::NAN
    } else if x > 0.0 && y > 0.0 {
        x * (x / y).ln() - x + y
    } else if x == 0.0 && y >= 0.0 {
        y
    } else {
        f64::INFINITY
    }
}

fn pairwise_sum(p: &[f64], q: &[f64], f: fn(f64, f64) -> f64) -> f64 {
    p.iter().zip(q).map(|(&x, &y)| f(x, y)).sum()
}

/// Divides by the sum, as `scipy.stats.entropy` does with each argument.
fn normalized(x: &[f64]) -> Vec<f64> {
    let total: f64 = x.iter().sum();
    x.iter().map(|v| v / total).collect()
}

/// `stats.entropy(p)`: Σ −p·ln p after normalising.
fn scipy_entropy(p: &[f64]) -> f64 {
    normalized(p).iter().map(|&x| if x > 0.0 { -x * x.ln() } else { 0.0 }).sum()
}

/// `stats.entropy(p, q)`: Σ rel_entr(p, q) after normalising both.
fn scipy_kl(p: &[f64], q: &[f64]) -> f64 {
    pairwise_sum(&normalized(p), &normalized(q), rel_entr)
}

/// `stats.entropy([p], [q])`: axis 0 runs over the single row, so each column is normalised on
/// its own (to 1, or 0/0 = NaN) and the result is one value per outcome.
fn scipy_rows(p: &[f64], q: &[f64]) -> Vec<f64> {
    let column = |x: f64| normalized(&[x])[0];
    p.iter().zip(q).map(|(&x, &y)| rel_entr(column(x), column(y))).collect()
}

/// PyTorch's `kl_div` summed: Σ xlogy(t, t) − t·input, with 0·(−∞) = NaN as IEEE has it.
fn torch_kl_div(input: &[f64], target: &[f64]) -> f64 {
    input
        .iter()
        .zip(target)
        .map(|(&x, &t)| {
            let xlogy = if t == 0.0 { 0.0 } else { t * t.ln() };
            xlogy - t * x
        })
        .sum()
}

/// −Σ t·log_softmax(logits): PyTorch's cross-entropy with probability targets, and optax's.
fn soft_cross_entropy(logits: &[f64], target: &[f64]) -> f64 {
    let max = logits.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let log_total = max + logits.iter().map(|x| (x - max).exp()).sum::<f64>().ln();
    -logits.iter().zip(target).map(|(x, t)| t * (x - log_total)).sum::<f64>()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> Distribution {
        Distribution::parse(text, false).unwrap()
    }

    fn scalar(call: Call, p: &str, q: &str) -> f64 {
        match call.evaluate(&d(p), &d(q)) {
            Returned::Scalar(v) => v,
            Returned::PerOutcome(v) => panic!("{call:?} returned an array {v:?}"),
        }
    }

    #[test]
    fn the_issue_example_values() {
        let v = |call| scalar(call, "1/2 1/2", "1/4 3/4");
        let close = |a: f64, b: f64| (a - b).abs() < 5e-7;
        assert!(close(v(Call::ScipyEntropyPq), 0.143841));
        assert!(close(v(Call::ScipyEntropySwapped), 0.130812));
        assert!(close(v(Call::TorchCrossEntropy), 0.836988));
        assert!(close(v(Call::TorchKlMean), 0.071921));
        assert!(close(v(Call::TorchKlProbabilities), -1.193147));
        assert!(close(v(Call::TorchKlProbabilitiesMean), -0.596574));
        assert!(close(v(Call::TorchCrossEntropyProbabilities), 0.724077));
    }

    #[test]
    fn keras_is_finite_where_the_divergence_is_not() {
        let keras = scalar(Call::KerasKlDivergence, "1/2 1/2", "0 1");
        assert!(keras.is_finite() && keras > 7.0, "{keras}");
        assert!(scalar(Call::ScipyEntropyPq, "1/2 1/2", "0 1").is_infinite());
        assert_eq!(scalar(Call::TorchBinaryCrossEntropy, "1/2 1/2", "0 1"), 50.0);
    }

    #[test]
    fn shared_zeros_give_nan_in_pytorch() {
        assert!(scalar(Call::TorchKlBatchmean, "1/2 1/2 0", "1/2 1/2 0").is_nan());
        assert_eq!(scalar(Call::ScipyRelEntr, "1/2 1/2 0", "1/2 1/2 0"), 0.0);
    }

    #[test]
    fn the_rows_pitfall_returns_zeros_and_nans() {
        let out = Call::ScipyEntropyRows.evaluate(&d("1/2 1/2 0"), &d("1/4 3/4 0"));
        let Returned::PerOutcome(v) = out else { panic!() };
        assert_eq!(&v[..2], [0.0, 0.0]);
        assert!(v[2].is_nan());
    }
}
