//! Lesson files: every built-in lesson loads, every valid fixture loads, every invalid fixture
//! fails with its expected message.

use std::path::Path;

use kltutor::lesson::builtin::COURSE;
use kltutor::lesson::catalog::load_file;

#[test]
fn every_builtin_lesson_passes_check() {
    for lesson in COURSE {
        if let Err(report) = lesson.load() {
            panic!("{}", report.render(false));
        }
    }
}
