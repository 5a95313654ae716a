//! Lesson files: every built-in lesson and every valid fixture loads; every invalid fixture
//! fails with exactly the message in its `.expected` file (regenerate with
//! `UPDATE_EXPECTED=1 cargo test --test lessons` and review the diff).

use std::path::{Path, PathBuf};

use kltutor::lesson::builtin::COURSE;
use kltutor::lesson::{MAX_FILE_BYTES, parse_lesson};

fn fixtures(kind: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/lessons").join(kind);
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    files
}

/// The diagnostics of a fixture, named as `check` names it relative to the fixture folder.
fn diagnostics(path: &Path) -> Option<String> {
    let name = format!("invalid/{}", path.file_name().unwrap().to_string_lossy());
    parse_lesson(&name, &std::fs::read(path).unwrap()).err().map(|r| r.render(false))
}

#[test]
fn every_builtin_lesson_passes_check() {
    for lesson in COURSE {
        if let Err(report) = lesson.load() {
            panic!("{}", report.render(false));
        }
    }
}

#[test]
fn every_valid_fixture_loads() {
    let files = fixtures("valid");
    assert!(files.len() >= 6);
    for path in files {
        let bytes = std::fs::read(&path).unwrap();
        if let Err(report) = parse_lesson(&path.display().to_string(), &bytes) {
            panic!("{}", report.render(false));
        }
    }
}

#[test]
fn every_invalid_fixture_reports_its_expected_message() {
    let files = fixtures("invalid");
    assert!(files.len() >= 25);
    let update = std::env::var_os("UPDATE_EXPECTED").is_some();
    let mut mismatches = Vec::new();
    for path in files {
        let got = diagnostics(&path).unwrap_or_else(|| panic!("{} loaded", path.display()));
        assert!(got.contains("problem"), "{} failed without a diagnostic", path.display());
        let expected_path = path.with_extension("expected");
        if update {
            std::fs::write(&expected_path, &got).unwrap();
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path)
            .unwrap_or_else(|_| panic!("missing {}", expected_path.display()));
        if got != expected {
            mismatches.push(format!("{}:\n--- expected\n{expected}--- got\n{got}", path.display()));
        }
    }
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}

#[test]
fn every_problem_in_a_file_is_reported() {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/lessons/invalid/many-problems.toml");
    let report = diagnostics(&path).unwrap();
    assert!(report.contains("unknown key `sumary`"));
    assert!(report.contains("did you mean `summary`?"));
    assert!(report.contains("`probs` has 2 values but there are 3 outcomes"));
    assert!(report.contains("the values sum to 11/12 (≈ 0.916667)"));
    assert!(report.contains("value 2 is negative"));
    assert!(report.contains("4 problems found"));
}

#[test]
fn oversized_files_are_refused_before_parsing() {
    let mut bytes = b"title = \"x\"\n".to_vec();
    bytes.resize(MAX_FILE_BYTES + 1, b'#');
    let report = parse_lesson("big.toml", &bytes).unwrap_err().render(false);
    assert!(report.contains("a lesson may be at most 1 MiB"), "{report}");
}

#[test]
fn the_reference_example_and_the_starter_load() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let reference = std::fs::read_to_string(root.join("docs/lesson-format.md")).unwrap();
    let example = reference
        .split("```toml\n")
        .nth(1)
        .and_then(|rest| rest.split("```").next())
        .expect("the reference opens with a complete example");
    if let Err(report) = parse_lesson("lesson-format.md", example.as_bytes()) {
        panic!("{}", report.render(false));
    }
    let starter = std::fs::read(root.join("docs/starter.toml")).unwrap();
    if let Err(report) = parse_lesson("starter.toml", &starter) {
        panic!("{}", report.render(false));
    }
}
