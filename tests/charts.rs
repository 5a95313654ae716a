//! Handouts draw how the measures move along a family of models: the coin family for two
//! outcomes, the path from each model to the truth otherwise.

mod common;

use common::{kltutor, stderr, stdout};

#[test]
fn the_coin_chart_marks_the_model_and_meets_zero_at_the_truth() {
    let out = kltutor(&["explain", "kl-divergence"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    let chart = &text[text.find("B_θ = (θ, 1 − θ)").expect("a coin chart")..];
    assert!(chart.contains("┆ the model B (θ = 0.2500)"), "{chart}");
    let zero_row = chart.lines().find(|l| l.starts_with("0.00 ┤")).unwrap();
    // The truth is θ = ½: the middle of 61 columns is where both divergences touch 0.
    let cells: Vec<char> = zero_row.chars().skip("0.00 ┤".chars().count()).collect();
    assert_eq!(cells[30], '*', "{zero_row}");
    assert!(chart.contains("* D(A‖B_θ)   o D(B_θ‖A)   + H(A,B_θ)   · JS(A,B_θ)"));
    // D(A‖B_θ) climbs to ∞ at both edges: beyond the axis there.
    let top_row = chart.lines().find(|l| l.starts_with("2.20 ┤")).unwrap();
    assert!(top_row.contains("^^^"), "{top_row}");
}

#[test]
fn markdown_tabulates_the_path_to_the_truth() {
    let md = stdout(&kltutor(&["explain", "asymmetry", "--format", "markdown"]));
    assert!(md.contains("| θ | D(P‖Q\\_θ) | D(Q\\_θ‖P) | H(P,Q\\_θ) | JS(P,Q\\_θ) |"), "{md}");
    assert!(md.contains("| 0.00 | 0.6000 | 0.6000 | 1.9610 | 0.1390 |"));
    assert!(md.contains("| 1.00 | 0.0000 | 0.0000 | 1.3610 | 0.0000 |"));
}

#[test]
fn latex_draws_pgfplots_with_gaps_at_infinity() {
    let tex = stdout(&kltutor(&["explain", "kl-divergence", "--format", "latex"]));
    assert!(tex.contains("\\usepackage{pgfplots}"));
    assert!(tex.contains("unbounded coords=jump"));
    assert!(tex.contains("(0.0000,inf)"));
    assert!(tex.contains("\\addlegendentry{$D(A\\|B_\\theta)$}"));
    assert!(tex.contains("\\draw[dashed] (axis cs:0.2500,0)"));
}
