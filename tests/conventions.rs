//! `kltutor conventions` against what the real libraries returned for the same calls.
//!
//! `tests/reference/conventions.py` ran every setup line and call kltutor prints with numpy
//! 2.4.6, scipy 1.17.1, torch 2.15.0, keras 3.15.1 (JAX 0.10.2 backend, 64-bit floats), optax
//! 0.2.8 and scikit-learn 1.9.1, in float64, and stored the values in
//! `tests/reference/conventions.tsv` (its first line records the versions). Here kltutor's JSON
//! must list the same calls in the same order and agree with each value to 1e-12 relative,
//! ∞ and NaN included.

use std::path::Path;
use std::process::Command;

use serde_json::Value;

const TOLERANCE: f64 = 1e-12;

fn reference(name: &str) -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/reference").join(name),
    )
    .unwrap()
}

fn conventions(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_kltutor"))
        .arg("conventions")
        .args(args)
        .env("LANG", "C")
        .output()
        .unwrap()
}

fn json(p: &str, q: &str) -> Value {
    let out = conventions(&["--p", p, "--q", q, "--format", "json"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

/// A Python float's repr as f64.
fn python(text: &str) -> f64 {
    match text {
        "inf" => f64::INFINITY,
        "-inf" => f64::NEG_INFINITY,
        "nan" => f64::NAN,
        _ => text.parse().unwrap(),
    }
}

/// kltutor's JSON number: `"inf"`, `"-inf"`, or null for NaN.
fn ours(v: &Value) -> f64 {
    match v {
        Value::Null => f64::NAN,
        Value::String(s) => python(s),
        _ => v.as_f64().unwrap(),
    }
}

fn agree(got: f64, want: f64) -> bool {
    if want.is_nan() || want.is_infinite() || want == 0.0 {
        return got.to_bits() == want.to_bits() || (got.is_nan() && want.is_nan());
    }
    ((got - want) / want).abs() <= TOLERANCE
}

#[test]
fn every_call_matches_the_library() {
    let measured = reference("conventions.tsv");
    let mut rows = measured.lines().filter(|l| !l.starts_with('#')).skip(1).peekable();
    let mut checked = 0;
    for case in reference("conventions-cases.tsv").lines() {
        let [name, p, q]: [&str; 3] = case.split('\t').collect::<Vec<_>>().try_into().unwrap();
        let calls = json(p, q)["calls"].as_array().unwrap().clone();
        for call in &calls {
            let row = rows.next().unwrap_or_else(|| panic!("{name}: no measurement left"));
            let [case, code, value]: [&str; 3] =
                row.split('\t').collect::<Vec<_>>().try_into().unwrap();
            assert_eq!(case, name);
            assert_eq!(call["code"], code, "{name}: the calls are listed in a new order");
            let want: Vec<f64> = match value.strip_prefix('[') {
                Some(list) => list.trim_end_matches(']').split(',').map(python).collect(),
                None => vec![python(value)],
            };
            let got: Vec<f64> = match &call["value"] {
                Value::Array(items) => items.iter().map(ours).collect(),
                v => vec![ours(v)],
            };
            assert_eq!(got.len(), want.len(), "{name} {code}");
            for (g, w) in got.iter().zip(&want) {
                assert!(agree(*g, *w), "{name} {code}: kltutor {g:e}, library {w:e}");
            }
            checked += 1;
        }
    }
    assert!(rows.next().is_none(), "more measurements than calls");
    assert_eq!(checked, 6 * 21);
}

#[test]
fn the_issue_example_in_text() {
    let out = conventions(&["--p", "1/2,1/2", "--q", "1/4,3/4"]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    for line in [
        "D(P‖Q) = 0.143841 nats (0.207519 bits)",
        "D(Q‖P) = 0.130812 nats",
        "H(P,Q) = 0.836988 nats",
        ">>> F.kl_div(q.log(), p)\n      → 0.071921 nats (0.103759 bits)   ≠ D(P‖Q) = 0.143841",
        ">>> F.kl_div(q, p, reduction=\"batchmean\")\n      → −1.193147 nats",
        ">>> F.cross_entropy(q, p)\n      → 0.724077 nats",
        "p = torch.tensor([[0.5, 0.5]], dtype=torch.float64)",
    ] {
        assert!(text.contains(line), "missing {line:?} in\n{text}");
    }
}

#[test]
fn keras_is_finite_where_the_divergence_is_infinite() {
    let v = json("1/2,1/2", "0,1");
    assert_eq!(v["reference"]["kl"], "inf");
    let keras = v["calls"].as_array().unwrap().iter().find(|c| c["library"] == "Keras").unwrap();
    assert!(keras["value"].as_f64().unwrap() > 7.0);
    assert_eq!(keras["matches"], false);
}

#[test]
fn bad_input_is_refused_like_compute() {
    for (args, status, message) in [
        (["--p", "1/2,1/2", "--q", "1/4,x"], 1, "Q: value 2 `x` is not a number"),
        (["--p", "0.3,0.3", "--q", "1/2,1/2"], 1, "P: the values sum to 3/5"),
        (["--p", "1/2,1/2", "--q", "1/3,1/3,1/3"], 1, "Q has 3 values but P has 2"),
        (["--p", "1/2,1/2", "--q", "1/2,1/2\u{1b}[2J"], 1, "\\u{1b}"),
    ] {
        let out = conventions(&args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(status), "{args:?}: {stderr}");
        assert!(stderr.contains(message), "{args:?}: {stderr}");
        assert!(out.stdout.is_empty());
    }
    assert_eq!(conventions(&["--p", "1/2,1/2"]).status.code(), Some(2));
}

#[test]
fn reports_are_stable() {
    let text = conventions(&["--p", "1/2,1/2", "--q", "1/4,3/4"]);
    insta::assert_snapshot!("text", String::from_utf8(text.stdout).unwrap());
    let zh = conventions(&[
        "--lang",
        "zh",
        "--p",
        "1/2,1/2,0",
        "--q",
        "0,1/2,1/2",
        "--format",
        "markdown",
    ]);
    insta::assert_snapshot!("zh_markdown", String::from_utf8(zh.stdout).unwrap());
}

#[test]
fn refusals_are_word_for_word_those_of_compute() {
    let run = |command: &str, p: &str| {
        let out = Command::new(env!("CARGO_BIN_EXE_kltutor"))
            .args([command, "--p", p, "--q", "1/3,1/3,1/3"])
            .env("LANG", "C")
            .output()
            .unwrap();
        (out.status.code(), String::from_utf8(out.stderr).unwrap())
    };
    for p in ["0.3,0.3,0.3", "1/2,-1/2,1", "1/2,x,1/2", "", "nan,0.5,0.5", "@/no/such/file"] {
        let compute = run("compute", p);
        assert_eq!(run("conventions", p), compute, "{p}");
        assert_eq!(run("codes", p), compute, "{p}");
    }
    // Within the rounding of their digits, as compute accepts them.
    assert_eq!(run("conventions", "0.3333,0.3333,0.3334").0, Some(0));
}
