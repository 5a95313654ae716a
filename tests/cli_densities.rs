//! `kltutor compute` with densities: closed forms, mixtures, fits, bins, and bad input.

mod common;

use common::{kltutor, stderr, stdout};

fn json(args: &[&str]) -> serde_json::Value {
    let mut all = vec!["compute"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--format", "json"]);
    let out = kltutor(&all);
    assert!(out.status.success(), "{}", stderr(&out));
    serde_json::from_str(&stdout(&out)).unwrap()
}

#[test]
fn normals_use_the_discrete_json_keys() {
    let v = json(&["--p", "normal(0,1)", "--q", "normal(1,2)", "--unit", "nats"]);
    let m = &v["models"][0];
    // ln 2 + 2/8 − ½ and its reverse ln ½ + 5/2 − ½, from the closed forms.
    assert!((m["kl"].as_f64().unwrap() - (2f64.ln() - 0.25)).abs() < 1e-15);
    assert!((m["kl_reverse"].as_f64().unwrap() - (2.0 - 2f64.ln())).abs() < 1e-15);
    assert!(m["cross_entropy"].is_f64() && m["entropy"].is_f64());
    assert_eq!(m["method"]["kl"], "closed form");
    assert_eq!(v["p"]["distribution"], "normal(0,1)");
    let bins = v["bins"].as_array().unwrap();
    let last = bins.last().unwrap()["kl"].as_f64().unwrap();
    assert!((last - m["kl"].as_f64().unwrap()).abs() < 1e-4);
}

#[test]
fn text_derives_the_closed_form() {
    let out = kltutor(&["compute", "--p", "normal(0,1)", "--q", "normal(1,2)", "--unit", "nats"]);
    let text = stdout(&out);
    for line in [
        "D(P‖Q) = ln(σ_Q/σ_P) + σ_P²/(2σ_Q²) + (μ_P − μ_Q)²/(2σ_Q²) − ½",
        "       = ln(2/1) + 1²/(2·2²) + (0 − 1)²/(2·2²) − ½",
        "       = 0.6931 + 0.1250 + 0.1250 − 0.5000",
        "       = 0.4431 nats",
        "H(P,Q) = h(P) + D(P‖Q) = 1.4189 + 0.4431 ≈ 1.8621 nats",
        "  0.01  5600      0.4431  6.0241          1.4189",
        "differential entropy h can be negative",
    ] {
        assert!(text.contains(line), "missing {line:?} in\n{text}");
    }
}

#[test]
fn a_mixture_is_fitted_both_ways() {
    let v = json(&["--p", "mix(0.5 normal(-2,0.6), 0.5 normal(2,0.6))", "--q", "normal(0,2)"]);
    let forward = &v["fits"]["forward"];
    let reverse = &v["fits"]["reverse"];
    assert_eq!(forward["mean"], 0.0);
    assert!((forward["sd"].as_f64().unwrap() - 4.36f64.sqrt()).abs() < 1e-15);
    assert!((reverse["mean"].as_f64().unwrap() + 1.997_078_28).abs() < 1e-7);
    assert_eq!(reverse["converged"], true);
    // Each fit wins its own direction.
    assert!(forward["kl"].as_f64() < reverse["kl"].as_f64());
    assert!(reverse["kl_reverse"].as_f64() < forward["kl_reverse"].as_f64());
    assert_eq!(v["models"][0]["method"]["kl"]["converged"], true);
    let out = kltutor(&[
        "compute",
        "--p",
        "mix(0.5 normal(-2,0.6), 0.5 normal(2,0.6))",
        "--q",
        "normal(0,2)",
    ]);
    let text = stdout(&out);
    assert!(text.contains("It locks onto one mode."), "{text}");
    assert!(text.contains("variational inference and VAEs"));
    assert!(text.contains("× reverse fit"));
}

#[test]
fn bad_densities_name_the_value() {
    for (p, q, message) in [
        ("normal(0,0)", "normal(0,1)", "P: the sd is 0; a standard deviation must be > 0"),
        ("normal(0,1)", "normal(0,-2)", "Q: the sd is -2"),
        ("normal(nan,1)", "normal(0,1)", "P: the mean `nan` is NaN"),
        ("normal(1e999,1)", "normal(0,1)", "P: the mean `1e999` is too large to be finite"),
        ("mix(0.5 normal(0,1), -0.5 normal(1,1))", "normal(0,1)", "component 2's weight is -0.5"),
        ("mix(0.5 normal(0,1), 0.4 normal(1,1))", "normal(0,1)", "weights sum to 9/10, not 1"),
        ("normal(0,1)", "0.5,0.5", "Q is `0.5,0.5`, a list of probabilities"),
        ("0.5,0.5", "normal(0,1)", "P is `0.5,0.5`"),
        ("normal(0 1)", "normal(0,1)", "`normal(0 1)` is not a density"),
    ] {
        let out = kltutor(&["compute", "--p", p, "--q", q]);
        assert_eq!(out.status.code(), Some(1), "{p} {q}: {}", stderr(&out));
        assert!(stderr(&out).contains(message), "{p} {q}: {}", stderr(&out));
    }
    let normalized = kltutor(&[
        "compute",
        "--p",
        "mix(1 normal(0,1), 3 normal(1,1))",
        "--q",
        "normal(0,1)",
        "--normalize",
    ]);
    assert!(normalized.status.success(), "{}", stderr(&normalized));
}

#[test]
fn text_reports_are_stable() {
    let normals = kltutor(&["compute", "--p", "normal(0,1)", "--q", "normal(1,2)"]);
    insta::assert_snapshot!("normals", stdout(&normals));
    let mixture = kltutor(&[
        "compute",
        "--p",
        "mix(0.5 normal(-2,0.6), 0.5 normal(2,0.6))",
        "--q",
        "normal(0,2)",
        "--format",
        "markdown",
    ]);
    insta::assert_snapshot!("mixture_markdown", stdout(&mixture));
}

#[test]
fn several_normal_models_are_ranked() {
    let out = kltutor(&[
        "compute",
        "--p",
        "normal(0,1)",
        "--q",
        "normal(1,2)",
        "--q",
        "normal(0.5,1)",
        "--names",
        "T,A,B",
    ]);
    assert!(
        stdout(&out).contains("B is closer to T than A: 0.1803 < 0.6393 bits"),
        "{}",
        stdout(&out)
    );
    let v = json(&["--p", "normal(0,1)", "--q", "normal(1,2)", "--q", "normal(0.5,1)"]);
    assert_eq!(v["ranking"], serde_json::json!(["Q2", "Q1"]));
}

#[test]
fn densities_too_narrow_for_floats_claim_no_value() {
    let out = kltutor(&[
        "compute",
        "--p",
        "mix(0.5 normal(1e10,1e-10), 0.5 normal(1e10,2e-10))",
        "--q",
        "normal(1e10,1e-10)",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("≈ NaN bits (no value: the densities are narrower than a float"));
}

/// The textbook's notation, N(μ, σ²), is read as the calls are, weighted sums for mixtures.
#[test]
fn the_textbooks_notation_is_read_too() {
    let calls = json(&["--p", "normal(0,1)", "--q", "normal(1,2)"]);
    let textbook = json(&["--p", "N(0, 1²)", "--q", "N(1, 4)"]);
    assert_eq!(calls["models"][0]["kl"], textbook["models"][0]["kl"]);
    let mix = json(&["--p", "mix(0.5 normal(-2, 0.6), 0.5 normal(2, 0.6))", "--q", "N(0, 1)"]);
    let sum = json(&["--p", "0.5 N(−2, 0.6²) + 0.5 N(2, 0.6²)", "--q", "N(0, 1)"]);
    assert_eq!(mix["models"][0]["kl"], sum["models"][0]["kl"]);
}
