//! `lessons`, `check`, `explain`, `new` and `schema` as a user runs them.

use std::process::{Command, Output};

use kltutor::lesson::builtin::COURSE;

mod common;
use common::TempDir;

fn kltutor(args: &[&str], data_home: &std::path::Path) -> Output {
    kltutor_in("C", args, data_home)
}

/// kltutor run in the locale `locale` (`C` speaks English, `zh_CN.UTF-8` Chinese).
fn kltutor_in(locale: &str, args: &[&str], data_home: &std::path::Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kltutor"))
        .args(args)
        .env_remove("LANGUAGE")
        .env("LC_ALL", locale)
        .env("NO_COLOR", "1")
        .env("XDG_DATA_HOME", data_home)
        .output()
        .unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

fn fixture(path: &str) -> String {
    format!("{}/tests/lessons/{path}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn lessons_lists_the_course_then_the_users_lessons() {
    let home = TempDir::new("list");
    let user = home.0.join("kltutor/lessons");
    std::fs::create_dir_all(&user).unwrap();
    std::fs::copy(fixture("valid/cjk.toml"), user.join("weather.toml")).unwrap();
    std::fs::copy(fixture("invalid/nan.toml"), user.join("broken.toml")).unwrap();
    let out = kltutor(&["lessons"], &home.0);
    assert!(out.status.success());
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines[0].starts_with(" 1  information"), "{text}");
    assert!(lines[3].contains("kl-divergence") && lines[3].contains("Which model is closer?"));
    let at = |needle: &str| {
        lines.iter().position(|l| l.contains(needle)).unwrap_or_else(|| panic!("{needle}: {text}"))
    };
    // The course, then the user's lessons (broken ones say so), then other languages.
    let (broken, other) = (at("broken"), at("Lessons in other languages:"));
    assert!(lines[broken].contains("(invalid: 1 problem; run `kltutor check"));
    assert!(lines[at("weather")].contains("熵与交叉熵"));
    assert!(at("normal-distributions") < broken && broken < other);
    // Practice and review are listed, and numbered, where the browser lists them.
    assert!(lines[at("practice")].starts_with("16  practice"), "{text}");
    assert!(lines[at("review")].starts_with("17  review"), "{text}");
    assert!(at("weather") < at("practice") && at("review") < other, "{text}");
    assert!(lines[other + 1].starts_with("18  information-zh"), "{text}");
    assert!(lines[other + 4].starts_with("21  kl-divergence-zh"), "{text}");
    assert!(lines[other + 4].contains("哪个模型更接近"));
    // The id column is as wide as the longest id, so the titles line up after it.
    assert!(lines[at("library-conventions-zh")].contains("library-conventions-zh  各个库"));
    assert!(lines[at("cross-entropy-loss-zh")].contains("cross-entropy-loss-zh   交叉熵"));
    let extra = kltutor(&["lessons", "--lessons", &fixture("valid")], &home.0);
    assert!(stdout(&extra).contains("many-outcomes"));
    let user_dir = user.to_str().unwrap();
    let twice = stdout(&kltutor(&["lessons", "--lessons", user_dir], &home.0));
    assert_eq!(twice.lines().filter(|l| l.contains("weather")).count(), 1, "listed once: {twice}");
}

#[test]
fn check_exit_status_and_messages() {
    let home = TempDir::new("check");
    let ok = kltutor(&["check", &fixture("valid/cjk.toml"), "kl-divergence"], &home.0);
    assert!(ok.status.success(), "{}", stderr(&ok));
    assert!(stdout(&ok).contains("ok: "));
    let bad = kltutor(
        &["check", &fixture("valid/cjk.toml"), &fixture("invalid/sum-not-one.toml")],
        &home.0,
    );
    assert_eq!(bad.status.code(), Some(1));
    let err = stderr(&bad);
    assert!(err.contains("sum-not-one.toml:10:9"), "{err}");
    assert!(err.contains("the values sum to 9/10"));
    assert!(err.contains("error: 1 of 2 lesson files invalid"));
    let missing = kltutor(&["check", "/nonexistent/lesson.toml"], &home.0);
    assert_eq!(missing.status.code(), Some(1));
    assert!(stderr(&missing).contains("cannot read the file"));
}

#[test]
fn explain_every_builtin_lesson() {
    let home = TempDir::new("explain");
    for lesson in COURSE {
        let out = kltutor(&["explain", lesson.id], &home.0);
        assert!(out.status.success(), "{}: {}", lesson.id, stderr(&out));
        insta::assert_snapshot!(format!("explain_{}", lesson.id), stdout(&out));
    }
}

#[test]
fn explain_coin_lesson_shows_every_step() {
    let home = TempDir::new("coin");
    let text = stdout(&kltutor(&["explain", "4"], &home.0));
    assert!(text.contains("= 0.2075 bits"));
    assert!(text.contains("= 0.5963 bits"));
    assert!(text.contains("The tails term: ½·log₂(½÷¾) = ½·log₂ ⅔ = ½·(−0.5850) = −0.2925"));
    assert!(text.contains("B is closer to A than C: 0.2075 < 0.5963 bits"));
    let md = stdout(&kltutor(&["explain", "kl-divergence", "--format", "markdown"], &home.0));
    assert!(md.starts_with("# Which model is closer?\n"));
    assert!(md.contains("| **B** | ¼ | ¾ |"));
    let tex = stdout(&kltutor(&["explain", "kl-divergence", "--format", "latex"], &home.0));
    assert!(tex.contains("\\usepackage{amsmath}") && tex.contains("\\begin{align*}"));
    assert!(tex.contains("&= 0.2075\\ \\text{bits}"));
    let zh = stdout(&kltutor(&["explain", "kl-divergence-zh", "--format", "latex"], &home.0));
    assert!(zh.contains("\\usepackage{xeCJK}"));
}

/// The part of `text` from the line `from` up to the line `to` (or the end).
fn section<'a>(text: &'a str, from: &str, to: &str) -> &'a str {
    let start = text.find(from).unwrap_or_else(|| panic!("no {from:?} in {text}"));
    let rest = &text[start..];
    rest.find(to).map_or(rest, |end| &rest[..end])
}

#[test]
fn a_grid_lessons_handout_works_out_the_grid_under_its_names() {
    let home = TempDir::new("grid");
    let text = stdout(&kltutor(&["explain", "mutual-info"], &home.0));
    let heading = "The grid worked out: mutual information of X (rows) and Y (columns)";
    // With all the numbers, after every step has asked its question, before the questions.
    let at = |needle: &str| text.find(needle).unwrap_or_else(|| panic!("{needle}: {text}"));
    assert!(at("Step 5") < at("All the numbers"));
    assert!(at("All the numbers") < at(heading) && at(heading) < at("\nQuestions\n"));
    let grid = section(&text, heading, "\nAlong a family of models");
    for line in [
        "      U    no U  │ P(x)",
        "rain  0.3  0.1   │ 0.4",
        "dry   0.1  0.5   │ 0.6",
        "P(y)  0.4  0.6   │",
        "rain  0.16  0.24",
        "                   rain,U     0.3·log₂(0.3÷0.16) = 0.3·log₂ 1.875 = 0.3·0.9069 = +0.2721",
        "                   ≈ 0.2564 bits",
        "H(Y|X) = Σ P(x)·H(Y|X=x) = 0.4·0.8113 + 0.6·0.6500 = 0.7145 bits",
        "I(X;Y) = H(X) + H(Y) − H(X,Y) = 0.9710 + 0.9710 − 1.6855 ≈ 0.2564 bits",
        "        ░ H(X|Y)   █ I(X;Y)   ▒ H(Y|X)",
    ] {
        assert!(grid.lines().any(|l| l == line), "{line:?} in {grid}");
    }
    let md = stdout(&kltutor(&["explain", "mutual-info", "--format", "markdown"], &home.0));
    let grid = section(&md, &format!("## {heading}"), "## Along a family of models");
    assert!(grid.contains("### The joint distribution P(x,y)"), "{grid}");
    assert!(grid.contains("```\n      U    no U  │ P(x)\nrain  0.3  0.1   │ 0.4\n"), "{grid}");
    insta::assert_snapshot!("explain_mutual-info_markdown_grid", grid);
    let zh = stdout(&kltutor(&["explain", "mutual-info-zh"], &home.0));
    let grid = section(&zh, "按表格推导：X（行）与 Y（列）的互信息", "\n沿着一族模型");
    assert!(grid.contains("雨    0.3   0.1   │ 0.4"), "{grid}");
    assert!(
        grid.contains("I(X;Y) = H(X) + H(Y) − H(X,Y) = 0.9710 + 0.9710 − 1.6855 ≈ 0.2564 比特")
    );
}

#[test]
fn a_density_lessons_handout_works_out_the_densities() {
    let home = TempDir::new("densities");
    let text = stdout(&kltutor(&["explain", "normal-distributions"], &home.0));
    let heading = "The densities themselves: P against each model";
    let at = |needle: &str| text.find(needle).unwrap_or_else(|| panic!("{needle}: {text}"));
    assert!(at("All the numbers") < at(heading) && at(heading) < at("\nQuestions\n"));
    let densities = section(&text, heading, "\nAlong a family of models");
    let closed = "D(P‖Q) = ln(σ_Q/σ_P) + σ_P²/(2σ_Q²) + (μ_P − μ_Q)²/(2σ_Q²) − ½\n       \
                  = ln(1/1) + 1²/(2·1²) + (0 − 1)²/(2·1²) − ½\n       \
                  = 0.0000 + 0.5000 + 0.5000 − 0.5000\n       \
                  = 0.5000 nats\n";
    assert!(densities.contains(closed), "{densities}");
    for needle in [
        "P = normal(0, 1)\nQ = normal(1, 1)\nS = normal(0, 2)\nN = normal(0, 0.2)\n",
        "   ░ P   • Q   × S   + N\n",
        "D(S‖P) = ln(σ_P/σ_S)",
        "       = 0.8069 nats\n",
        "h(N) = ½·ln(2πe·σ²)\n     = ½·ln(2πe·0.2²)\n     = −0.1905 nats\n",
        "From bins to densities: P and Q cut into bins of width Δ",
        "   → 0     ∞      0.5000       ∞          1.4189\n",
        "S is closer to P than Q: 0.3181 < 0.5000 nats",
    ] {
        assert!(densities.contains(needle), "{needle:?} in {densities}");
    }
    let zh = stdout(&kltutor(&["explain", "normal-distributions-zh"], &home.0));
    let densities = section(&zh, "概率密度本身：P 与每个模型的比较", "\n沿着一族模型");
    assert!(densities.contains("       = 0.5000 奈特\n") && densities.contains("\nP 对 Q\n"));
}

#[test]
fn all_the_numbers_are_those_the_lesson_teaches() {
    let home = TempDir::new("numbers");
    let numbers = |lesson: &str| {
        let text = stdout(&kltutor(&["explain", lesson], &home.0));
        section(&text, "All the numbers\n", "\nAlong a family of models").to_string()
    };
    // Lesson 1 teaches information content: every outcome's, and nothing about the model.
    let information = numbers("information");
    for outcome in ["I(sunny)", "I(cloudy)", "I(rain)", "I(snow)"] {
        assert!(information.contains(&format!("{outcome} = log₂(1/w)")), "{information}");
    }
    for untaught in ["H(W)", "H(U)", "D(", "H(W,U)", "JS(", "closer"] {
        assert!(!information.contains(untaught), "{untaught} in {information}");
    }
    // Lesson 2 teaches the entropies of W and U; lesson 3 the cross-entropies.
    let entropy = numbers("entropy");
    assert!(entropy.contains("H(W) = Σ") && entropy.contains("H(U) = Σ"), "{entropy}");
    assert!(!entropy.contains("D(") && !entropy.contains("H(W,U)"), "{entropy}");
    let cross = numbers("cross-entropy");
    assert!(cross.contains("H(W,U) = Σ") && cross.contains("H(W,S) = Σ"), "{cross}");
    assert!(!cross.contains("D(") && !cross.contains("JS("), "{cross}");
    // A lesson that compares models by a divergence keeps everything.
    let kl = numbers("kl-divergence");
    for all in ["H(A) = Σ", "D(A‖B) = Σ", "D(B‖A) = Σ", "H(A,B) = Σ", "H(B) = Σ", "JS(A,B)"]
    {
        assert!(kl.contains(all), "{all} in {kl}");
    }
    assert!(kl.contains("B is closer to A than C: 0.2075 < 0.5963 bits"), "{kl}");
}

/// Every handout compiles: with pdflatex nothing beyond Latin-1 is left once the mathematical
/// characters, box drawing and shading are written as LaTeX; Chinese ones ask for xelatex.
#[test]
fn latex_handouts_leave_pdflatex_nothing_it_lacks() {
    let home = TempDir::new("latex");
    for lesson in COURSE {
        let tex = stdout(&kltutor(&["explain", lesson.id, "--format", "latex"], &home.0));
        if tex.starts_with("% This document contains CJK text: compile it with xelatex.") {
            assert!(lesson.id.ends_with("-zh") && tex.contains("\\usepackage{xeCJK}"));
            continue;
        }
        assert!(tex.contains("\\usepackage[utf8]{inputenc}"), "{}", lesson.id);
        let beyond: String = tex.chars().filter(|&c| u32::from(c) > 0xFF).collect();
        assert!(beyond.is_empty(), "{}: {beyond:?} would stop pdflatex", lesson.id);
    }
    let tex = stdout(&kltutor(&["explain", "mutual-info", "--format", "latex"], &home.0));
    assert!(tex.contains("\\usepackage{alltt}") && tex.contains("\\newcommand*{\\kltline}"));
    let grid = section(&tex, "\\subsection*{The grid worked out", "\\subsection*{Along");
    insta::assert_snapshot!("explain_mutual-info_latex_grid", grid);
    let tex = stdout(&kltutor(&["explain", "normal-distributions", "--format", "latex"], &home.0));
    let densities = section(&tex, "\\subsection*{The densities themselves", "\\subsection*{Along");
    assert!(densities.contains("{\\scriptsize\n\\begin{alltt}\n"), "wide blocks are smaller");
    assert!(densities.contains(
        "D(P\\kltc{\\ensuremath{\\|}}Q) = ln(\\kltc{\\ensuremath{\\sigma}}_Q/\\kltc{\\ensuremath{\\sigma}}_P)"
    ));
}

/// Where pdflatex and xelatex are installed, the handouts with grids, plots and Chinese
/// compile; elsewhere this says it was skipped.
#[test]
fn latex_handouts_compile_where_tex_is_installed() {
    let home = TempDir::new("compile");
    let engines = ["pdflatex", "xelatex"];
    let found = |engine: &str| {
        Command::new(engine).arg("--version").output().is_ok_and(|o| o.status.success())
    };
    if !engines.iter().all(|e| found(e)) {
        eprintln!("skipped: pdflatex and xelatex are not both installed");
        return;
    }
    for (lesson, engine) in [
        ("mutual-info", "pdflatex"),
        ("normal-distributions", "pdflatex"),
        ("code-lengths", "pdflatex"),
        ("mutual-info-zh", "xelatex"),
    ] {
        let tex = stdout(&kltutor(&["explain", lesson, "--format", "latex"], &home.0));
        std::fs::write(home.0.join(format!("{lesson}.tex")), tex).unwrap();
        let out = Command::new(engine)
            .args(["-interaction=nonstopmode", "-halt-on-error", &format!("{lesson}.tex")])
            .current_dir(&home.0)
            .output()
            .unwrap();
        assert!(out.status.success(), "{lesson} with {engine}:\n{}", stdout(&out));
        let log = std::fs::read_to_string(home.0.join(format!("{lesson}.log"))).unwrap();
        assert!(!log.contains("Missing character"), "{lesson}: a glyph is missing\n{log}");
    }
}

#[test]
fn explain_unknown_lesson_is_a_usage_error() {
    let home = TempDir::new("unknown");
    let out = kltutor(&["explain", "no-such-lesson"], &home.0);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no lesson `no-such-lesson`"));
    let out = kltutor(&["explain", &fixture("invalid/nan.toml")], &home.0);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("nan.toml:10:10"));
    let out = kltutor(&["explain", "kl-divergance"], &home.0);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("did you mean `kl-divergence`?"), "{}", stderr(&out));
    let out = kltutor(&["check", "kl-divergance"], &home.0);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("did you mean `kl-divergence`?"), "{}", stderr(&out));
}

/// Every listed lesson has a number and an id that `explain`, `check` and the tutor accept;
/// a user's lesson named like a built-in one gets an id of its own.
#[test]
fn listed_numbers_and_ids_are_accepted_everywhere() {
    let home = TempDir::new("ids");
    let folder = home.0.join("kltutor/lessons");
    std::fs::create_dir_all(&folder).unwrap();
    let entropy = kltutor::lesson::builtin::Builtin::find("entropy").unwrap().source;
    let mine = entropy.replace("Entropy: the average surprise", "My own entropy lesson");
    std::fs::write(folder.join("entropy.toml"), &mine).unwrap();
    let listed = stdout(&kltutor(&["lessons"], &home.0));
    let row = listed.lines().find(|l| l.contains("My own entropy lesson")).expect("listed");
    let mut words = row.split_whitespace();
    let (number, id) = (words.next().unwrap(), words.next().unwrap());
    assert_eq!(id, "entropy-2", "{listed}");
    for name in [number, id] {
        let out = kltutor(&["explain", name], &home.0);
        assert!(out.status.success(), "explain {name}: {}", stderr(&out));
        assert!(stdout(&out).contains("My own entropy lesson"));
        assert!(kltutor(&["check", name], &home.0).status.success(), "check {name}");
    }
}

#[test]
fn new_writes_a_starter_that_passes_check_and_never_overwrites() {
    let home = TempDir::new("new");
    let path = home.0.join("mine.toml");
    let path = path.to_str().unwrap();
    let out = kltutor(&["new", path], &home.0);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(kltutor(&["check", path], &home.0).status.success());
    std::fs::write(path, "keep me").unwrap();
    let again = kltutor(&["new", path], &home.0);
    assert_eq!(again.status.code(), Some(1));
    assert!(stderr(&again).contains("already exists"));
    assert_eq!(std::fs::read_to_string(path).unwrap(), "keep me");
}

/// A Chinese reader gets a Chinese starter, and `check` of it (or of any lesson that says
/// `lang = "zh-CN"`) speaks Chinese; both starters ask before they tell: no warnings.
#[test]
fn new_speaks_the_readers_language_and_check_the_lessons() {
    let home = TempDir::new("new-zh");
    let path = home.0.join("zh.toml");
    let path = path.to_str().unwrap();
    assert!(kltutor(&["new", "--lang", "zh", path], &home.0).status.success());
    let written = std::fs::read_to_string(path).unwrap();
    assert!(written.contains("lang = \"zh-CN\"") && written.contains("我的第一课"));
    let check = kltutor(&["check", "--deny-warnings", path], &home.0);
    assert!(check.status.success(), "{}", stderr(&check));
    assert!(stdout(&check).contains("通过"), "{}", stdout(&check));
    let english = home.0.join("en.toml");
    let english = english.to_str().unwrap();
    assert!(kltutor(&["new", english], &home.0).status.success());
    let check = kltutor(&["check", "--deny-warnings", english], &home.0);
    assert!(check.status.success(), "{}", stderr(&check));
}

/// `explain` of a lesson whose stated answers are out of date still prints the handout, with
/// kltutor's values, and says which lines to update.
#[test]
fn explain_names_stale_answers_and_prints_the_handout() {
    let home = TempDir::new("explain-stale");
    let path = home.0.join("stale.toml");
    // D(A‖B) was 0.2075 for B = (¼, ¾); B is now (⅕, ⅘).
    let lesson = r#"title = "Stale"
outcomes = ["heads", "tails"]
[truth]
name = "A"
probs = ["1/2", "1/2"]
[[model]]
name = "B"
probs = ["1/5", "4/5"]
[[question]]
prompt = "What is D(A‖B)?"
quantity = "kl"
answer = 0.2075
"#;
    std::fs::write(&path, lesson).unwrap();
    let out = kltutor(&["explain", path.to_str().unwrap()], &home.0);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("line 12 of"), "{}", stderr(&out));
    assert!(stderr(&out).contains("does not match the values"), "{}", stderr(&out));
    assert!(stdout(&out).contains("D(A‖B) = 0.3219 bits"), "{}", stdout(&out));
}

#[test]
fn schema_is_json() {
    let home = TempDir::new("schema");
    let out = kltutor(&["schema"], &home.0);
    let schema: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(schema["title"], "kltutor lesson");
}

#[test]
fn top_level_help_is_stable() {
    let home = TempDir::new("help");
    insta::assert_snapshot!(stdout(&kltutor(&["--help"], &home.0)));
}

/// A Chinese reader's `--help` is Chinese: built from the catalog at run time, clap's own
/// headings and flags included; `--lang` chooses it as the locale does.
#[test]
fn a_chinese_locale_gets_chinese_help() {
    let home = TempDir::new("help-zh");
    let zh = stdout(&kltutor_in("zh_CN.UTF-8", &["--help"], &home.0));
    for words in
        ["用法：kltutor", "命令：", "参数：", "选项：", "显示帮助", "显示版本", "列出内置课程"]
    {
        assert!(zh.contains(words), "{words} in {zh}");
    }
    for english in ["Usage", "Options", "Commands", "Print help", "List the built-in"] {
        assert!(!zh.contains(english), "{english} in {zh}");
    }
    insta::assert_snapshot!("top_level_help_zh", zh);
    let compute = stdout(&kltutor_in("zh_CN.UTF-8", &["compute", "--help"], &home.0));
    assert!(compute.contains("（默认：bits）（可选：bits, nats, hartleys）"), "{compute}");
    assert!(compute.contains("N(0, 0.2²)") && compute.contains("退出状态："), "{compute}");
    insta::assert_snapshot!("compute_help_zh", compute);
    let forced = stdout(&kltutor_in("C", &["--lang", "zh", "check", "--help"], &home.0));
    assert!(forced.starts_with("检查课程文件"), "{forced}");
    let english = stdout(&kltutor_in("zh_CN.UTF-8", &["--lang=en", "--help"], &home.0));
    assert!(english.contains("Usage: kltutor"), "{english}");
}

#[test]
fn practice_help_is_stable_and_topics_are_checked() {
    let home = TempDir::new("practice-help");
    insta::assert_snapshot!(stdout(&kltutor(&["practice", "--help"], &home.0)));
    let out = kltutor(&["practice", "kullback"], &home.0);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no topic `kullback`"), "{}", stderr(&out));
}

#[test]
fn progress_shows_and_resets() {
    let home = TempDir::new("progress");
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_kltutor"))
            .args(args)
            .env_remove("LANGUAGE")
            .env("LC_ALL", "C")
            .env("XDG_STATE_HOME", &home.0)
            .stdin(std::process::Stdio::null())
            .output()
            .unwrap()
    };
    assert!(stdout(&run(&["progress"])).contains("No progress yet"));
    let file = home.0.join("kltutor/progress.json");
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    std::fs::write(
        &file,
        r#"{"lessons":{"builtin:entropy":{"title":"Entropy","page":5,"pages":6,"answers":{"0":true,"1":true},"questions":2,"completed":true}}}"#,
    )
    .unwrap();
    let shown = stdout(&run(&["progress"]));
    // Named by the number `kltutor lessons` gives it and its title, never by an internal id.
    assert!(
        shown.contains("completed   2  Entropy  page 6/6 · 2 of 2 right first time\n"),
        "{shown}"
    );
    assert!(!shown.contains("builtin:"), "{shown}");
    let json: serde_json::Value =
        serde_json::from_slice(&run(&["progress", "--format", "json"]).stdout).unwrap();
    let entropy = &json["lessons"][0];
    assert_eq!((entropy["id"].as_str(), entropy["page"].as_u64()), (Some("entropy"), Some(6)));
    let first = &entropy["questions"][0];
    assert_eq!(first["number"], 1);
    assert!(first["prompt"].as_str().is_some_and(|p| !p.is_empty()), "{json}");
    assert_eq!(
        (first["first_try_right"].as_bool(), first["attempts"].as_u64()),
        (Some(true), Some(1))
    );
    let refused = run(&["progress", "--reset"]);
    assert_eq!(refused.status.code(), Some(2));
    assert!(file.exists());
    assert!(run(&["progress", "--reset", "--yes"]).status.success());
    assert!(!file.exists());
}

#[test]
fn a_chinese_locale_lists_the_chinese_course_first_and_speaks_chinese() {
    let home = TempDir::new("list-zh");
    let text = stdout(&kltutor_in("zh_CN.UTF-8", &["lessons"], &home.0));
    let lines: Vec<&str> = text.lines().collect();
    // The reader's course is numbered from 1, practice and review after it.
    assert!(lines[0].starts_with(" 1  information-zh") && lines[0].contains("[内置]"), "{text}");
    assert!(lines[3].starts_with(" 4  kl-divergence-zh"), "{text}");
    assert!(lines[13].starts_with("14  practice") && lines[14].starts_with("15  review"), "{text}");
    let heading = lines.iter().position(|l| *l == "其他语言的课程：").expect("a heading");
    assert!(lines[heading + 1].starts_with("16  information"), "{text}");
    // --lang overrides the locale.
    let english = stdout(&kltutor_in("zh_CN.UTF-8", &["--lang", "en", "lessons"], &home.0));
    assert!(english.starts_with(" 1  information"), "{english}");
    // Every number listed names what it lists beside it: `kltutor 4` is the fourth lesson of
    // the course the reader sees, in either language.
    let fourth = stdout(&kltutor_in("zh_CN.UTF-8", &["explain", "4"], &home.0));
    assert!(fourth.starts_with("哪个模型更接近真实分布？"), "{fourth}");
    let fourth = stdout(&kltutor_in("zh_CN.UTF-8", &["--lang", "en", "explain", "4"], &home.0));
    assert!(fourth.starts_with("Which model is closer?"), "{fourth}");
    let last = stdout(&kltutor_in("zh_CN.UTF-8", &["explain", "28"], &home.0));
    assert!(last.starts_with("Normal distributions"), "{last}");
    for (number, line) in text
        .lines()
        .filter_map(|l| l.trim_start().split_once("  "))
        .filter_map(|(n, rest)| n.parse::<usize>().ok().map(|n| (n, rest)))
    {
        let id = line.split_whitespace().next().unwrap();
        if id == "practice" || id == "review" {
            continue;
        }
        let out = kltutor_in("zh_CN.UTF-8", &["check", &number.to_string()], &home.0);
        assert!(out.status.success(), "{number} {id}: {}", stderr(&out));
        let by_id = kltutor_in("zh_CN.UTF-8", &["check", id], &home.0);
        assert_eq!(stdout(&out), stdout(&by_id), "{number} is {id}");
    }
    let ok = stdout(&kltutor_in("zh_CN.UTF-8", &["check", "kl-divergence-zh"], &home.0));
    assert!(ok.starts_with("通过：内置 — 哪个模型更接近真实分布？"), "{ok}");
}

#[test]
fn explain_speaks_the_lessons_language_unless_told_otherwise() {
    let home = TempDir::new("explain-lang");
    let zh = stdout(&kltutor(&["explain", "kl-divergence-zh", "--format", "markdown"], &home.0));
    for heading in ["## 逐步讲解", "### 第 1 步", "## 全部数值", "## 练习题", "## 答案"]
    {
        assert!(zh.contains(heading), "{heading} in {zh}");
    }
    assert!(zh.contains("0.2075 比特") && !zh.contains("bits"));
    let forced = stdout(&kltutor(
        &["--lang", "en", "explain", "kl-divergence-zh", "--format", "markdown"],
        &home.0,
    ));
    assert!(forced.contains("## Step by step") && forced.contains("0.2075 bits"));
    let tex = stdout(&kltutor(&["explain", "kl-divergence-zh", "--format", "latex"], &home.0));
    assert!(tex.contains("\\subsection*{逐步讲解}") && tex.contains("\\text{比特}"), "{tex}");
    let english = stdout(&kltutor_in("zh_CN.UTF-8", &["explain", "kl-divergence"], &home.0));
    assert!(english.contains("逐步讲解"), "a Chinese reader of an unlabelled lesson: {english}");
}

/// `check --watch` checks again after every save and shows the fresh result.
#[test]
fn check_watch_rechecks_on_every_save() {
    use std::io::Read;
    let home = TempDir::new("watch");
    let file = home.0.join("coin.toml");
    let source = kltutor::lesson::builtin::Builtin::find("kl-divergence").unwrap().source;
    std::fs::write(&file, source).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_kltutor"))
        .args(["check", "--watch", file.to_str().unwrap()])
        .env("LC_ALL", "C")
        .env_remove("LANGUAGE")
        .env("NO_COLOR", "1")
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut buf = [0u8; 4096];
        while let Ok(n) = stdout.read(&mut buf) {
            if n == 0 || tx.send(buf[..n].to_vec()).is_err() {
                break;
            }
        }
    });
    let mut seen = String::new();
    let mut wait_for = |text: &str| {
        let start = std::time::Instant::now();
        while !seen.contains(text) {
            assert!(start.elapsed().as_secs() < 30, "never saw {text:?} in:\n{seen}");
            if let Ok(bytes) = rx.recv_timeout(std::time::Duration::from_millis(100)) {
                seen.push_str(&String::from_utf8_lossy(&bytes));
            }
        }
        std::mem::take(&mut seen)
    };
    wait_for("watching 1 file");
    std::fs::write(&file, source.replace("probs = [\"1/4\"", "prob = [\"1/4\"")).unwrap();
    let round = wait_for("watching 1 file");
    assert!(round.contains("did you mean `probs`?") && round.contains("1 of 1"), "{round}");
    std::fs::write(&file, source).unwrap();
    let round = wait_for("watching 1 file");
    assert!(round.contains("no problems") && !round.contains("did you mean"), "{round}");
    child.kill().unwrap();
    let _ = child.wait();
}

/// Files a stranger can hand a student: a pipe that never ends, a huge sparse file, a
/// folder. Each is refused at once, never read whole, never waited on.
#[test]
fn pipes_folders_and_huge_files_are_refused_without_reading_them() {
    let home = TempDir::new("hostile-files");
    let fifo = home.0.join("lesson.toml");
    assert!(Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    let huge = home.0.join("huge.toml");
    std::fs::File::create(&huge).unwrap().set_len(3 << 30).unwrap();
    for (path, says) in [
        (&fifo, "not a regular file"),
        (&huge, "a lesson may be at most 1 MiB"),
        (&home.0, "not a regular file"),
    ] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_kltutor"))
            .args(["check", path.to_str().unwrap()])
            .env("LC_ALL", "C")
            .env_remove("LANGUAGE")
            .env("NO_COLOR", "1")
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let start = std::time::Instant::now();
        while child.try_wait().unwrap().is_none() {
            assert!(start.elapsed().as_secs() < 20, "check hangs on {}", path.display());
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        let out = child.wait_with_output().unwrap();
        assert_eq!(out.status.code(), Some(1));
        assert!(stderr(&out).contains(says), "{}: {}", path.display(), stderr(&out));
    }
}

/// A file name that holds escape sequences is printed with them made visible.
#[test]
fn file_names_never_reach_the_terminal_raw() {
    let home = TempDir::new("escape-names");
    let name = home.0.join("evil\u{1b}]0;owned\u{7}\u{1b}[2J.toml");
    std::fs::write(&name, "title = 1").unwrap();
    let out = kltutor(&["check", name.to_str().unwrap()], &home.0);
    let all = format!("{}{}", stdout(&out), stderr(&out));
    assert!(!all.chars().any(|c| kltutor::visible::is_hazard(c) && c != '\n'), "{all:?}");
    assert!(all.contains("\\u{1b}]0;owned"), "{all}");
}
