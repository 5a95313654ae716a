//! Every measure against values computed independently with 100-digit arithmetic
//! (`tests/reference/generate.py`), for the cases the naive f64 sum gets wrong: near-identical
//! distributions, probabilities of 1e-30, and 1000 outcomes; and probabilities printed to 17
//! digits, which sum to 1 only up to rounding and are divided by their exact sum.

use std::path::Path;

use kltutor::info::{Amount, Distribution, Pair, SumRule, Unit, Values, entropy};

const TOLERANCE: f64 = 1e-12;

/// Reads a case as `compute` reads a file: exact sums as they are, printed probabilities
/// (the `printed_` cases) divided by their exact sum.
fn load(path: &Path) -> Distribution {
    let text = std::fs::read_to_string(path).unwrap();
    let mut values = Values::new(SumRule::Rounded);
    for piece in text.split_whitespace() {
        values.push(piece).unwrap();
    }
    values.finish().unwrap()
}

fn check(case: &str, what: &str, got: f64, want: &str) {
    if want == "+inf" {
        assert!(got.is_infinite(), "{case} {what}: got {got}, want ∞");
        return;
    }
    let want: f64 = want.parse().unwrap();
    let error = if want == 0.0 { got.abs() } else { ((got - want) / want).abs() };
    assert!(
        error <= TOLERANCE,
        "{case} {what}: got {got:e}, want {want:e}, relative error {error:e}"
    );
}

#[test]
fn every_measure_matches_the_high_precision_reference() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/reference");
    let table = std::fs::read_to_string(root.join("expected.tsv")).unwrap();
    let mut cases = 0;
    for row in table.lines().skip(1) {
        let cols: Vec<&str> = row.split('\t').collect();
        let case = cols[0];
        let p = load(&root.join(format!("cases/{case}.p")));
        let q = load(&root.join(format!("cases/{case}.q")));
        let pair = Pair::new(&p, &q).unwrap();
        check(case, "H(P)", entropy(&p, Unit::Bits), cols[1]);
        check(case, "H(P,Q)", pair.cross_entropy(Unit::Bits).value(), cols[2]);
        check(case, "D(P‖Q)", pair.kl(Unit::Bits).value(), cols[3]);
        check(case, "D(Q‖P)", pair.reversed().kl(Unit::Bits).value(), cols[4]);
        check(case, "JS", pair.js(Unit::Bits), cols[5]);
        cases += 1;
    }
    assert!(cases >= 15, "only {cases} reference cases were read");
}

#[test]
fn units_differ_by_the_log_of_the_base() {
    let p = Distribution::parse("1/2 1/2", false).unwrap();
    let q = Distribution::parse("1/4 3/4", false).unwrap();
    let pair = Pair::new(&p, &q).unwrap();
    let bits = pair.kl(Unit::Bits).value();
    let nats = pair.kl(Unit::Nats).value();
    let hartleys = pair.kl(Unit::Hartleys).value();
    assert!((nats / bits - std::f64::consts::LN_2).abs() < 1e-15);
    assert!((hartleys / bits - std::f64::consts::LOG10_2).abs() < 1e-15);
}

#[test]
fn conventions() {
    let p = Distribution::parse("1/2 1/2 0", false).unwrap();
    let q = Distribution::parse("1/2 0 1/2", false).unwrap();
    let pair = Pair::new(&p, &q).unwrap();
    // 0·log 0 = 0: the third outcome adds nothing to H(P).
    assert_eq!(entropy(&p, Unit::Bits), 1.0);
    // p > 0 where q = 0: infinite, and the outcome is named.
    assert_eq!(pair.kl(Unit::Bits), Amount::Infinite { outcome: 1 });
    assert_eq!(pair.cross_entropy(Unit::Bits), Amount::Infinite { outcome: 1 });
    assert_eq!(pair.reversed().kl(Unit::Bits), Amount::Infinite { outcome: 2 });
    // JS stays finite and at most one bit, reached by disjoint supports.
    assert!((pair.js(Unit::Bits) - 0.5).abs() < 1e-15);
    let a = Distribution::parse("1 0", false).unwrap();
    let b = Distribution::parse("0 1", false).unwrap();
    assert_eq!(Pair::new(&a, &b).unwrap().js(Unit::Bits), 1.0);
    // Identical distributions: exactly zero, not a rounding residue.
    let same = Pair::new(&p, &p).unwrap();
    assert_eq!(same.kl(Unit::Bits), Amount::Finite(0.0));
    assert_eq!(same.js(Unit::Bits), 0.0);
}

#[test]
fn lengths_must_match() {
    let p = Distribution::parse("1/2 1/2", false).unwrap();
    let q = Distribution::parse("1/3 1/3 1/3", false).unwrap();
    let err = Pair::new(&p, &q).unwrap_err();
    assert_eq!((err.expected, err.found), (2, 3));
}
