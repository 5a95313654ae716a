//! Measures of densities against 60-digit references (`tests/reference/densities.py`, mpmath):
//! normals in closed form to 1e-12 relative, a mixture and every JS by quadrature to 1e-9.

use std::path::Path;

use kltutor::info::density::{self, Density};

fn check(case: &str, what: &str, got: f64, want: &str, tolerance: f64) {
    let want: f64 = want.parse().unwrap();
    let error = ((got - want) / want).abs();
    assert!(
        error <= tolerance,
        "{case} {what}: got {got:e}, want {want:e}, relative error {error:e}"
    );
}

#[test]
fn every_measure_matches_the_high_precision_reference() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/reference/densities.tsv");
    let table = std::fs::read_to_string(path).unwrap();
    let mut cases = 0;
    for row in table.lines().skip(1) {
        let cols: Vec<&str> = row.split('\t').collect();
        let (case, p, q) = (cols[0], cols[1], cols[2]);
        let p = Density::parse(p, false).unwrap();
        let q = Density::parse(q, false).unwrap();
        let tolerance = if matches!(p, Density::Mixture(_)) { 1e-9 } else { 1e-12 };
        check(case, "D(P‖Q)", density::kl(&p, &q).nats, cols[3], tolerance);
        check(case, "D(Q‖P)", density::kl(&q, &p).nats, cols[4], tolerance);
        check(case, "H(P,Q)", density::cross_entropy(&p, &q).nats, cols[5], tolerance);
        check(case, "h(P)", density::differential_entropy(&p).nats, cols[6], tolerance);
        check(case, "h(Q)", density::differential_entropy(&q).nats, cols[7], tolerance);
        // JS has no closed form: quadrature, to 1e-9 relative or 1e-14 absolute (the floor its
        // cancelling terms leave when P and Q nearly agree).
        let (js, want): (f64, f64) = (density::js(&p, &q).nats, cols[8].parse().unwrap());
        assert!((js - want).abs() <= (1e-9 * want).max(1e-14), "{case} JS: {js:e} vs {want:e}");
        cases += 1;
    }
    assert_eq!(cases, 7);
}
