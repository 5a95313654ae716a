//! `kltutor compute --joint`: mutual information of two variables given as a grid.

mod common;

use common::{kltutor, stderr, stdout};

/// Values for the grid 0.3 0.1 0.05; 0.05 0.2 0.3 worked out with mpmath at 50 digits.
const MI_BITS: f64 = 0.303_114_758_763_832_3;
const H_X: f64 = 0.992_774_453_987_808_3;
const H_Y: f64 = 1.581_290_899_230_692_7;
const H_XY: f64 = 2.270_950_594_454_668_6;

fn close(got: &serde_json::Value, want: f64) -> bool {
    ((got.as_f64().unwrap() - want) / want).abs() <= 1e-14
}

#[test]
fn json_names_every_measure() {
    let out = kltutor(&["compute", "--joint", "0.3 0.1 0.05; 0.05 0.2 0.3", "--format", "json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert!(close(&v["mutual_information"], MI_BITS));
    assert!(close(&v["entropy_x"], H_X));
    assert!(close(&v["entropy_y"], H_Y));
    assert!(close(&v["joint_entropy"], H_XY));
    assert!(close(&v["conditional_entropy_x_given_y"], H_XY - H_Y));
    assert!(close(&v["conditional_entropy_y_given_x"], H_XY - H_X));
    assert_eq!(v["marginal_x"], serde_json::json!(["9/20", "11/20"]));
    assert_eq!(v["product"][0][1], "27/200");
    assert_eq!(v["unit"], "bits");
}

#[test]
fn text_derives_the_divergence_and_draws_the_overlap() {
    let out = kltutor(&["compute", "--joint", "1/2 0; 0 1/2"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    for line in [
        "x1    ½   0   │ ½",
        "D(P(x,y)‖P(x)P(y)) = Σ P(x,y)·log₂(P(x,y)/(P(x)P(y)))",
        "H(X) = Σ P(x)·log₂(1/P(x))",
        "= 1.0000 bits",
        "I(X;Y) = H(X) − H(X|Y) = 1.0000 − 0.0000 = 1.0000 bits",
        "H(X|Y) = Σ P(y)·H(X|Y=y) = ½·0.0000 + ½·0.0000 = 0.0000 bits",
        "H(X)    ████████████████████████████████████████████████  1.0000",
        "information gain",
    ] {
        assert!(text.contains(line), "missing {line:?} in\n{text}");
    }
}

#[test]
fn bad_grids_name_the_row_and_column() {
    for (grid, message) in [
        ("1/2 1/4; 1/4", "row 2 has 1 values but row 1 has 2 (column 2"),
        ("1/2 x; 1/4 1/4", "row 1, column 2: `x` is not a number"),
        ("1/2 1/2; -1/4 1/4", "row 2, column 1 is negative (-1/4)"),
        ("1/2 1/2", "the grid has 1 row and 2 columns"),
        ("1/2; 1/2", "2 rows and 1 column"),
        ("1/4 1/4; 1/4 1/8", "the cells sum to 7/8 (≈ 0.875000), not 1"),
        ("1/2 1/2; 0 0\u{1b}[2J", "\\u{1b}"),
    ] {
        let out = kltutor(&["compute", "--joint", grid]);
        assert_eq!(out.status.code(), Some(1), "{grid}: {}", stderr(&out));
        assert!(stderr(&out).contains(message), "{grid}: {}", stderr(&out));
        assert!(out.stdout.is_empty());
    }
    let both = kltutor(&["compute", "--joint", "1/2 0; 0 1/2", "--p", "1"]);
    assert_eq!(both.status.code(), Some(2));
    let normalized = kltutor(&["compute", "--joint", "1 0; 0 1", "--normalize", "--unit", "nats"]);
    assert!(stdout(&normalized).contains("= 0.6931 nats"), "{}", stdout(&normalized));
}

#[test]
fn text_report_is_stable() {
    insta::assert_snapshot!(stdout(&kltutor(&[
        "compute",
        "--joint",
        "0.3 0.1 0.05; 0.05 0.2 0.3"
    ])));
}

#[test]
fn chinese_report_is_stable() {
    let out = kltutor(&["compute", "--lang", "zh", "--joint", "1/2 1/4; 0 1/4"]);
    insta::assert_snapshot!(stdout(&out));
}

#[test]
fn grids_come_from_files_and_large_ones_are_summarised() {
    let dir = std::env::temp_dir().join(format!("kltutor-joint-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("grid.txt");
    // 11 × 11 counts, one row per line: the diagonal twice as likely.
    let rows: Vec<String> = (0..11)
        .map(|r| (0..11).map(|c| if r == c { "2" } else { "1" }).collect::<Vec<_>>().join(" "))
        .collect();
    std::fs::write(&path, rows.join("\n")).unwrap();
    let arg = format!("@{}", path.display());
    let out = kltutor(&["compute", "--joint", &arg, "--normalize"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("11 rows × 11 columns: too many cells to list"), "{text}");
    assert!(!text.contains("x1,y1"), "no per-cell terms for 121 cells");
    let missing = kltutor(&["compute", "--joint", "@/no/such/grid"]);
    assert_eq!(missing.status.code(), Some(2));
    std::fs::remove_dir_all(&dir).unwrap();
}
