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
    for name in ["starter.toml", "starter-zh.toml"] {
        let starter = std::fs::read(root.join("docs").join(name)).unwrap();
        if let Err(report) = parse_lesson(name, &starter) {
            panic!("{}", report.render(false));
        }
    }
}

/// Every number written to four decimals in a built-in lesson's prose is one kltutor computes
/// for that lesson: a total, a term, a logarithm or an information content, in some unit.
#[test]
fn numbers_in_the_course_text_are_kltutors_own() {
    use kltutor::info::{Amount, Derivation, Log, Quantity, Unit};

    // Conversion factors are stated in lesson 8; they are constants, not results.
    let constants = [1.0 / std::f64::consts::LN_2];
    for builtin in COURSE {
        let lesson = builtin.load().unwrap();
        let mut known: Vec<f64> = constants.to_vec();
        for k in 0..lesson.models.len() {
            for unit in Unit::ALL {
                let mut all = Quantity::CYCLE.to_vec();
                all.extend(
                    (0..lesson.outcomes.len()).map(|outcome| Quantity::Information { outcome }),
                );
                for q in all {
                    let d = Derivation::new(q, lesson.pair(k), unit);
                    if let Amount::Finite(x) = d.total {
                        known.push(x);
                    }
                    for t in &d.terms {
                        if let Amount::Finite(x) = t.contribution {
                            known.push(x);
                        }
                        if let Log::Approx(x) = t.log {
                            known.push(x);
                        }
                    }
                }
            }
        }
        let texts = lesson
            .steps
            .iter()
            .map(|s| s.text.clone())
            .chain(lesson.all_questions().flat_map(|q| q.explanation.clone()));
        for text in texts {
            for word in text.split(|c: char| !(c.is_ascii_digit() || c == '.')) {
                let Some((_, decimals)) = word.split_once('.') else { continue };
                if decimals.len() != 4 {
                    continue;
                }
                let written: f64 = word.parse().unwrap();
                assert!(
                    known.iter().any(|x| (x.abs() - written).abs() < 0.00005 + 1e-12),
                    "{}: {written} is not a value kltutor computes for this lesson\n{text}",
                    builtin.id
                );
            }
        }
    }
}

/// A lesson names its language with a tag; the Chinese course says it is Chinese.
#[test]
fn lang_names_the_lessons_language() {
    use kltutor::i18n::Lang;
    let zh = COURSE.iter().find(|b| b.id == "kl-divergence-zh").unwrap().load().unwrap();
    assert_eq!(zh.lang, Some(Lang::Zh));
    let en = COURSE.iter().find(|b| b.id == "kl-divergence").unwrap().load().unwrap();
    assert_eq!(en.lang, None);
    let with = |tag: &str| {
        let source = format!(
            "title = \"t\"\nlang = \"{tag}\"\noutcomes = [\"a\", \"b\"]\n\
             [truth]\nname = \"P\"\nprobs = [\"1/2\", \"1/2\"]\n\
             [[model]]\nname = \"Q\"\nprobs = [\"1/4\", \"3/4\"]\n"
        );
        parse_lesson("t.toml", source.as_bytes()).map(|l| l.lang)
    };
    assert_eq!(with("zh-Hans-CN"), Ok(Some(Lang::Zh)));
    assert_eq!(with("en"), Ok(Some(Lang::En)));
    assert!(with("de").is_err());
}

/// A Chinese author reads `check` in Chinese: every fixture's problems, with no English
/// sentence of the catalog left in them.
#[test]
fn check_speaks_chinese_to_a_chinese_author() {
    use kltutor::i18n::{self, Lang};
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/lessons/invalid/sum-not-one.toml");
    let text = i18n::with_lang(Lang::Zh, || diagnostics(&path)).unwrap();
    assert!(text.starts_with("错误：这些值之和为 9/10（≈ 0.9），不等于 1"), "{text}");
    assert!(text.contains("建议：让这些值之和恰好为 1"), "{text}");
    assert!(text.contains("发现 1 个问题"), "{text}");
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/lessons/invalid/misspelt-key.toml");
    let text = i18n::with_lang(Lang::Zh, || diagnostics(&path)).unwrap();
    assert!(text.contains("未知的键") && text.contains("你是不是想写"), "{text}");
}

/// `format = 1` is read; a newer format is refused with that one problem alone; anything but a
/// whole number from 1 up is a problem of its own.
#[test]
fn format_declarations() {
    let coin = |format: &str| {
        format!(
            "format = {format}\ntitle = \"Coin\"\noutcomes = [\"h\", \"t\"]\n[truth]\nname = \
             \"P\"\nprobs = [\"1/2\", \"1/2\"]\n[[model]]\nname = \"Q\"\nprobs = [\"1/4\", \
             \"3/4\"]\nnot_a_key = 1\n"
        )
    };
    let report = |format: &str| {
        parse_lesson("coin.toml", coin(format).as_bytes()).unwrap_err().render(false)
    };
    let only_unknown_key = report("1");
    assert!(only_unknown_key.contains("not_a_key") && only_unknown_key.contains("1 problem"));
    for newer in ["2", "0x10", "123456789012345678901234567890123456789012345678901234567890"] {
        let text = report(newer);
        assert!(text.contains("needs a newer kltutor"), "{newer}: {text}");
        assert!(text.contains("1 problem") && !text.contains("not_a_key"), "{newer}: {text}");
    }
    for wrong in ["0", "-3", "-123456789012345678901234567890123456789012345678901234567890"] {
        let text = report(wrong);
        assert!(text.contains("must be a whole number from 1 up"), "{wrong}: {text}");
        assert!(text.contains("2 problems") && !text.contains("newer"), "{wrong}: {text}");
    }
    for wrong in ["1.0", "\"1\"", "true"] {
        let text = report(wrong);
        assert!(text.contains("`format` must be"), "{wrong}: {text}");
        assert!(text.contains("2 problems") && !text.contains("newer"), "{wrong}: {text}");
    }
}
