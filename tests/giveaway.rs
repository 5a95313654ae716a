//! No question of the built-in course is answered by a page before it.

use kltutor::lesson::builtin::COURSE;
use kltutor::lesson::catalog::Origin;
use kltutor::tui::walk::{self, Page, Source};

/// Every question of the course some earlier page answers, a line each: the lesson, the
/// question (by position among its questions, from 1), its answer, and where it shows.
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
                "{} question {}: {} on {page} ({source})",
                builtin.id,
                leak.question + 1,
                leak.answer
            ));
        }
    }
    lines
}

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
