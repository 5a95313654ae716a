//! `kltutor compute` as a script sees it: output, exit status, stderr.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn kltutor(args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_kltutor"))
        .args(args)
        .env_remove("LANGUAGE")
        .env("LC_ALL", "C")
        .env("NO_COLOR", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut pipe = child.stdin.take().unwrap();
    pipe.write_all(stdin.unwrap_or("").as_bytes()).unwrap();
    drop(pipe);
    child.wait_with_output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

const SEED: [&str; 10] = [
    "compute",
    "--p",
    "1/2,1/2",
    "--q",
    "1/4,3/4",
    "--q",
    "1/8,7/8",
    "--names",
    "A,B,C",
    "--labels=heads,tails",
];

#[test]
fn seed_example_text() {
    let out = kltutor(&SEED, None);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains(
        "D(A‖B) = Σ a·log₂(a/b)\n       = ½·log₂(½÷¼) + ½·log₂(½÷¾)\n       = ½·log₂ 2 + ½·log₂ ⅔\n       = ½·1 + ½·(−0.5850)\n       = 0.5000 − 0.2925\n       = 0.2075 bits\n"
    ));
    assert!(text.contains("= 0.5963 bits"));
    assert!(text.ends_with("B is closer to A than C: 0.2075 < 0.5963 bits\n"));
    insta::assert_snapshot!(text);
}

#[test]
fn seed_example_markdown() {
    let mut args = SEED.to_vec();
    args.push("--format=markdown");
    let out = kltutor(&args, None);
    assert!(out.status.success());
    insta::assert_snapshot!(stdout(&out));
}

#[test]
fn json_shape_and_full_precision() {
    let out = kltutor(
        &["compute", "--p", "1/2,1/2", "--q", "1/4,3/4", "--q", "1,0", "--format", "json"],
        None,
    );
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(v["unit"], "bits");
    assert_eq!(v["p"]["entropy"], 1.0);
    let m = &v["models"];
    // The correctly rounded value of 0.20751874963942190927…, printed shortest.
    assert_eq!(m[0]["kl"].as_f64().unwrap(), 0.2075187496394219);
    assert!((m[0]["cross_entropy"].as_f64().unwrap() - 1.207_518_749_639_422).abs() < 1e-15);
    assert!(m[0]["kl_reverse"].is_f64() && m[0]["js"].is_f64() && m[0]["entropy"].is_f64());
    assert_eq!(m[1]["kl"], "inf");
    assert_eq!(m[1]["kl_infinite_at"], "x2");
    assert_eq!(m[1]["cross_entropy"], "inf");
    assert_eq!(v["ranking"], serde_json::json!(["Q1", "Q2"]));
}

#[test]
fn units_and_precision() {
    let out = kltutor(
        &["compute", "--p", "1/2,1/2", "--q", "1/4,3/4", "--unit", "nats", "--precision", "6"],
        None,
    );
    assert!(stdout(&out).contains("D(P‖Q) = Σ p·ln(p/q)"));
    assert!(stdout(&out).contains("= 0.143841 nats"));
}

#[test]
fn values_from_a_file_and_from_stdin() {
    let dir = std::env::temp_dir().join(format!("kltutor-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("p.txt");
    std::fs::write(&file, "0.5\n0.5\n").unwrap();
    let at = format!("@{}", file.display());
    let out = kltutor(&["compute", "--p", &at, "--q", "-", "--format", "json"], Some("1 3"));
    assert!(!out.status.success(), "1, 3 is not a distribution without --normalize");
    let out = kltutor(
        &["compute", "--p", &at, "--q", "-", "--normalize", "--format", "json"],
        Some("1 3"),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(v["models"][0]["probs"], serde_json::json!(["1/4", "3/4"]));
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn invalid_distributions_exit_1_with_the_reason_on_stderr() {
    let cases: [(&[&str], &str); 7] = [
        (&["--p", "0.3,0.3", "--q", "1/2,1/2"], "P: the values sum to 3/5 (≈ 0.6), not 1"),
        (&["--p", "1/2,1/2", "--q", "-0.5,1.5"], "Q: value 1 `-0.5` is negative"),
        (&["--p", "1.5,-0.5", "--q", "1/2,1/2"], "P: value 1 `1.5` is above 1"),
        (&["--p", "1/2,NaN", "--q", "1/2,1/2"], "P: value 2 `NaN` is NaN, not a number"),
        (&["--p", "1/2,inf", "--q", "1/2,1/2"], "P: value 2 `inf` is infinite"),
        (&["--p", "1/2,1/0", "--q", "1/2,1/2"], "P: value 2 `1/0` has a zero denominator"),
        (&["--p", "1/2,1/2", "--q", "1/3,1/3,1/3"], "Q has 3 values but P has 2"),
    ];
    for (args, message) in cases {
        let mut all = vec!["compute"];
        all.extend_from_slice(args);
        let out = kltutor(&all, None);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert!(stdout(&out).is_empty());
        assert!(stderr(&out).contains(message), "{args:?}: {}", stderr(&out));
    }
    let labelled = ["compute", "--p", "1/2,1/2", "--q", "3/2,-1/2", "--labels", "heads,tails"];
    let out = kltutor(&labelled, None);
    assert!(
        stderr(&out)
            .contains("Q: value 1 `3/2` (outcome `heads`) is above 1; probabilities are ≤ 1")
    );
    let out = kltutor(&["compute", "--p", "1/2,oops", "--q", "1/2,1/2"], None);
    assert!(stderr(&out).contains("value 2 `oops` is not a number"));
    let out = kltutor(&["compute", "--p", "", "--q", "1/2,1/2"], None);
    assert!(stderr(&out).contains("no values"));
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        &["compute", "--p", "1/2,1/2", "--q", "1/2,1/2", "--unit", "furlongs"][..],
        &["compute", "--p", "1/2,1/2", "--q", "1/2,1/2", "--labels", "a,b,c"],
        &["compute", "--p", "@/nonexistent/kltutor", "--q", "1/2,1/2"],
        &["compute", "--bogus"],
    ] {
        let out = kltutor(args, None);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        assert!(!stderr(&out).is_empty());
    }
}

#[test]
fn help_is_stable() {
    let out = kltutor(&["compute", "--help"], None);
    insta::assert_snapshot!(stdout(&out));
}

#[test]
fn a_reader_that_stops_early_is_not_an_error() {
    let file = std::env::temp_dir().join(format!("kltutor-pipe-{}.txt", std::process::id()));
    std::fs::write(&file, vec!["1"; 3_000].join("\n")).unwrap();
    let values = format!("@{}", file.display());
    let mut child = Command::new(env!("CARGO_BIN_EXE_kltutor"))
        .args(["compute", "--p", &values, "--q", &values, "--normalize"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    std::fs::remove_file(&file).unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).is_empty(), "{}", stderr(&out));
}

#[test]
fn huge_inputs_leave_out_the_per_outcome_arrays() {
    let values = vec!["1"; 20_000].join(" ");
    let out = kltutor(
        &["compute", "--p", &values, "--q", "-", "--normalize", "--format", "json"],
        Some(&values),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(v["outcome_count"], 20_000);
    assert!(v.get("outcomes").is_none() && v["p"].get("probs").is_none());
    assert_eq!(v["models"][0]["kl"], 0.0);
}

/// A scratch folder for one test's files, removed when dropped.
struct Scratch(std::path::PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("kltutor-{name}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        Scratch(dir)
    }

    /// Writes a file and returns `@path`, as `--p` takes it.
    fn file(&self, name: &str, text: &str) -> String {
        let path = self.0.join(name);
        std::fs::write(&path, text).unwrap();
        format!("@{}", path.display())
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[test]
fn rounded_probabilities_are_normalised_with_a_note() {
    // Thirds and twelfths as a program prints them: Q sums to 1 − 7e-17.
    let thirds = "0.3333333333333333,0.3333333333333333,0.3333333333333334";
    let twelfths = "0.08333333333333333 0.25 0.6666666666666666";
    let out = kltutor(&["compute", "-p", thirds, "-q", twelfths], None);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains("Q: the values sum to 1 − 7.0e-17, from rounding; normalised\n"),
        "{text}"
    );
    assert!(!text.contains("P: the values sum"), "P sums to exactly 1: {text}");
    let out = kltutor(&["compute", "-p", thirds, "-q", twelfths, "--format", "json"], None);
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert!(v["p"].get("normalized").is_none());
    assert_eq!(v["models"][0]["normalized"], "99999999999999993/100000000000000000");
    assert_eq!(v["models"][0]["probs"][1], "25000000000000000/99999999999999993");
    // Three places cannot pass for 1: beyond 1e-9 the sum is an error, as before.
    let out = kltutor(&["compute", "-p", "0.333,0.333,0.333"], None);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("the values sum to 999/1000 (≈ 0.999), not 1"));
}

#[test]
fn one_distribution_alone_gives_its_entropy_and_information() {
    let out = kltutor(&["compute", "-p", "1/2,1/4,1/4"], None);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("= 1.5000 bits"), "{text}");
    assert!(text.contains("I(x1) = log₂(1/p)\n      = log₂(1÷½)"), "{text}");
    assert!(text.contains("I(x3) = log₂(1/p)"));
    let out = kltutor(&["compute", "-p", "1/2,1/4,1/4", "--format", "json"], None);
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(v["p"]["entropy"], 1.5);
    assert_eq!(v["p"]["information"], serde_json::json!([1.0, 2.0, 2.0]));
    assert_eq!(v["models"], serde_json::json!([]));
}

#[test]
fn files_with_comments_columns_and_errors_by_line() {
    let dir = Scratch::new("forms");
    let counts = dir.file("counts.txt", "# observed\n3, 1\n\n4 # last\n");
    let csv = dir.file("words.csv", "word,observed,expected\nthe,3,0.25\nof,1,0.25\nand,4,0.5\n");
    for p in [counts.clone(), format!("{}:observed", &csv[..]), format!("{csv}:2")] {
        let q = format!("{csv}:expected");
        let out =
            kltutor(&["compute", "-p", &p, "-q", &q, "--normalize", "--format", "json"], None);
        assert!(out.status.success(), "{p}: {}", stderr(&out));
        let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
        assert_eq!(v["p"]["probs"], serde_json::json!(["3/8", "1/8", "1/2"]), "{p}");
        assert_eq!(v["p"]["normalized"], "8");
    }
    let out = kltutor(&["compute", "-p", &format!("{csv}:share")], None);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("no column `share`; the columns are: word, observed, expected"));
    let mut bad = String::from("0.5\n0.3.1\n");
    bad.push_str(&"x\n".repeat(30));
    let bad = dir.file("bad.txt", &bad);
    let out = kltutor(&["compute", "-p", &bad], None);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.starts_with("error: P: line 2: `0.3.1` is not a number"), "{err}");
    assert!(err.contains("P: line 21: `x` is not a number"));
    assert!(!err.contains("line 22:"));
    assert!(err.trim_end().ends_with("P: and 11 more"), "{err}");
}

#[test]
fn endless_or_oversized_input_is_refused() {
    let out = kltutor(
        &["compute", "-p", "-", "--normalize", "--max-outcomes", "1000"],
        Some(&"1\n".repeat(5000)),
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("more than 1000 values"), "{}", stderr(&out));
    let out = kltutor(&["compute", "-p", "@/dev/zero"], None);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("line 1: a value of more than 10000 characters"));
}

#[test]
fn a_million_outcomes_answer_with_totals_only() {
    let dir = Scratch::new("million");
    let ones = dir.file("ones.txt", &"1\n".repeat(1_000_000));
    let out = kltutor(&["compute", "-p", &ones, "-q", &ones, "--normalize"], None);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("With 1000000 outcomes, each derivation shows its formula and total"));
    assert!(text.contains("D(P‖Q) = Σ p·log₂(p/q)\n       = 0.0000 bits\n"), "{text}");
    assert!(text.contains("H(P) = Σ p·log₂(1/p)\n     = 19.9316 bits\n"), "{text}");
    assert!(text.lines().count() < 40, "{text}");
}
