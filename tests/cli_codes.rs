//! `kltutor codes`: code words for P and Q, and D(P‖Q) as the extra bits.

mod common;

use common::{kltutor, stderr, stdout};

#[test]
fn dyadic_codes_pay_exactly_d_p_q_extra_bits() {
    let out = kltutor(&[
        "codes",
        "--p",
        "1/2,1/4,1/8,1/8",
        "--q",
        "1/8,1/8,1/4,1/2",
        "--labels",
        "a,b,c,d",
    ]);
    assert!(out.status.success());
    let text = stdout(&out);
    for line in [
        "  a        ½  ⅛  3.0000   0          110        0          110",
        "  a  ½  ██ 0        ██████ 110",
        "  extra bits  D(P‖Q) = 0.8750  ⅞ = 0.8750       ⅞ = 0.8750",
    ] {
        assert!(text.contains(line), "missing {line:?} in\n{text}");
    }
}

#[test]
fn json_lists_words_and_exact_lengths() {
    let out = kltutor(&["codes", "--p", "1/2,1/2", "--q", "1/4,3/4", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(v["shannon_q"]["words"], serde_json::json!(["10", "0"]));
    assert_eq!(v["shannon_q"]["expected_length"]["exact"], "3/2");
    assert_eq!(v["huffman_q"]["expected_length"]["exact"], "1");
    assert!((v["kl"].as_f64().unwrap() - 0.207_518_749_639_422).abs() < 1e-15);
    // Ideal lengths: H(P,Q) ≤ Shannon's length < H(P,Q) + 1.
    let cross = v["cross_entropy"].as_f64().unwrap();
    let shannon = v["shannon_q"]["expected_length"]["bits"].as_f64().unwrap();
    assert!(cross <= shannon && shannon < cross + 1.0);
}

#[test]
fn a_missing_word_makes_the_extra_bits_infinite() {
    let out = kltutor(&["codes", "--p", "1/2,1/2", "--q", "1,0", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(v["huffman_q"]["words"], serde_json::json!(["", null]));
    assert_eq!(v["huffman_q"]["expected_length"], "inf");
    assert_eq!(v["kl"], "inf");
    let text = stdout(&kltutor(&["codes", "--p", "1/2,1/2", "--q", "1,0"]));
    assert!(text.contains("has no word for it"), "{text}");
}

#[test]
fn bad_input_is_refused() {
    let out = kltutor(&["codes", "--p", "1/2,1/2", "--q", "1/3,1/3"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("Q: the values sum to 2/3"));
    let out = kltutor(&["codes", "--p", "1/2,1/2", "--q", "1/2,1/2", "--labels", "a"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn text_report_is_stable() {
    let out = kltutor(&["codes", "--p", "0.4,0.3,0.2,0.1", "--q", "0.1,0.2,0.3,0.4"]);
    insta::assert_snapshot!(stdout(&out));
}
