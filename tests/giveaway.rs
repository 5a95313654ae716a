//! Questions an earlier page answers: found in a lesson written to give its answers away,
//! warned about by `check`, and (once the course is rewritten) absent from the course.

use kltutor::lesson::builtin::COURSE;
use kltutor::lesson::catalog::Origin;
use kltutor::tui::walk::{self, Page, Source};

/// A lesson that gives each of its four questions away in another way.
const LEAKY: &str =
    concat!(env!("CARGO_MANIFEST_DIR"), "/tests/lessons/leaky/gives-answers-away.toml");

#[test]
fn every_way_of_giving_an_answer_away_is_found() {
    let origin = Origin::File(LEAKY.into());
    let lesson = origin.load().unwrap();
    let leaks = walk::leaks(origin, &lesson);
    let places = |question: usize| -> Vec<(Page, Source)> {
        leaks
            .iter()
            .filter(|l| l.question == question)
            .map(|l| (l.page, l.source.clone()))
            .collect()
    };
    // The question of step 3: step 2's text states H(A,C).
    assert_eq!(places(0), [(Page::Step(1), Source::Text)]);
    assert_eq!(leaks[0].answer, "H(A,C) = 1.5963");
    // The question of step 4: the explanation of step 3's question states D(C‖A).
    assert_eq!(places(1), [(Page::Step(2), Source::Explanation)]);
    // Closing question 1, which is closer: step 5 ranks the models, in the table and the line.
    assert_eq!(places(2), [(Page::Step(4), Source::ModelsTable), (Page::Step(4), Source::Ranking)]);
    // Closing question 2: step 5's derivation works D(A‖B) out, and more shows it there. On
    // question 1's page, a view the student chooses, D(A‖B) waits for question 2.
    let kl = places(3);
    assert_eq!(kl[0], (Page::Step(4), Source::Derivation));
    assert!(kl.contains(&(Page::Step(4), Source::Ranking)), "{kl:?}");
    assert!(kl.iter().all(|(page, _)| *page == Page::Step(4)), "{kl:?}");
}

#[test]
fn check_warns_at_each_question_and_fails_only_when_told() {
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_kltutor"))
            .args(args)
            .env_remove("LANGUAGE")
            .env("LC_ALL", "C")
            .env("NO_COLOR", "1")
            .output()
            .unwrap()
    };
    let out = run(&["check", LEAKY]);
    assert_eq!(out.status.code(), Some(0));
    let err = String::from_utf8(out.stderr).unwrap();
    for (line, message) in [
        (
            31,
            "warning: the answer to the question of step 3, H(A,C) = 1.5963, is shown on step 2 (its text)",
        ),
        (
            41,
            "warning: the answer to the question of step 4, D(C‖A) = 0.4564, is shown on step 3 (its question's explanation)",
        ),
        (50, "warning: the answer to question 1, B, is shown on step 5 (the models table)"),
        (
            55,
            "warning: the answer to question 2, D(A‖B) = 0.2075, is shown on step 5 (its derivation)",
        ),
    ] {
        let at = err.find(message).unwrap_or_else(|| panic!("no `{message}` in:\n{err}"));
        let location = format!("gives-answers-away.toml:{line}:1");
        assert!(err[at..].contains(&location), "{message} at {location}:\n{err}");
    }
    assert!(err.contains("also on step 5 (the ranking line)"), "{err}");
    assert!(err.contains("gives-answers-away.toml: 4 warnings"), "{err}");
    let denied = run(&["check", "--deny-warnings", LEAKY]);
    assert_eq!(denied.status.code(), Some(1));
    let err = String::from_utf8(denied.stderr).unwrap();
    assert!(err.contains("4 warnings, and --deny-warnings"), "{err}");
    // A lesson with no warning passes either way.
    let quiet = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/lessons/valid/cjk.toml");
    assert_eq!(run(&["check", "--deny-warnings", quiet]).status.code(), Some(0));
}

/// Every place in the course that shows a question's answer before it is asked, a line each:
/// the lesson, the question (by position among all its questions, steps' first, from 1), its
/// answer, and where it shows.
fn leaks_in_builtin_course() -> Vec<String> {
    let mut lines = Vec::new();
    for builtin in &COURSE {
        let origin = Origin::Builtin(builtin);
        let lesson = origin.load().unwrap();
        for leak in walk::leaks(origin, &lesson) {
            let page = match leak.page {
                Page::Step(n) => format!("step {}", n + 1),
                Page::Question(n) => format!("question page {}", n + 1),
            };
            let source = match &leak.source {
                Source::Block(title) => format!("“{title}”"),
                Source::Panel(key) => format!("`{key}` panel"),
                other => format!("{other:?}"),
            };
            lines.push(format!(
                "{}, question {} in reading order: {} on {page} ({source})",
                builtin.id,
                leak.question + 1,
                leak.answer
            ));
        }
    }
    lines
}

/// Fails until the course is rewritten so that no page answers a later question: the message
/// lists every place that still does.
#[test]
fn the_built_in_course_gives_no_answer_away() {
    let start = std::time::Instant::now();
    let leaks = leaks_in_builtin_course();
    println!("walked the course in {:.1?}; {} leaks", start.elapsed(), leaks.len());
    for leak in &leaks {
        println!("{leak}");
    }
    assert!(
        leaks.is_empty(),
        "{} places give a later question's answer away:\n{}",
        leaks.len(),
        leaks.join("\n")
    );
}
