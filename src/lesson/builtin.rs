//! The built-in course, embedded in the binary so `kltutor` works from any directory.

use super::{Lesson, Loaded, Report, parse_lesson, read_lesson};

/// A lesson shipped with kltutor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Builtin {
    /// What `kltutor explain ID` and `kltutor ID` accept (its position, 1-based, works too).
    pub id: &'static str,
    pub source: &'static str,
}

macro_rules! course {
    ($($id:literal),* $(,)?) => {
        [$(Builtin { id: $id, source: include_str!(concat!("../../lessons/", $id, ".toml")) }),*]
    };
}

/// The course, in teaching order.
pub const COURSE: [Builtin; 26] = course![
    "information",
    "entropy",
    "cross-entropy",
    "kl-divergence",
    "asymmetry",
    "zeros-and-js",
    "cross-entropy-loss",
    "library-conventions",
    "code-lengths",
    "mutual-info",
    "kl-along-a-path",
    "forward-reverse",
    "normal-distributions",
    "information-zh",
    "entropy-zh",
    "cross-entropy-zh",
    "kl-divergence-zh",
    "asymmetry-zh",
    "zeros-and-js-zh",
    "cross-entropy-loss-zh",
    "library-conventions-zh",
    "code-lengths-zh",
    "mutual-info-zh",
    "kl-along-a-path-zh",
    "forward-reverse-zh",
    "normal-distributions-zh",
];

impl Builtin {
    /// Finds a built-in lesson by id or by its number in the course.
    pub fn find(id: &str) -> Option<&'static Builtin> {
        if let Ok(n) = id.parse::<usize>() {
            return n.checked_sub(1).and_then(|i| COURSE.get(i));
        }
        COURSE.iter().find(|b| b.id == id)
    }

    /// The name shown in diagnostics for a built-in lesson.
    pub fn file_name(&self) -> String {
        format!("builtin:{}.toml", self.id)
    }

    pub fn load(&self) -> Result<Lesson, Report> {
        parse_lesson(&self.file_name(), self.source.as_bytes())
    }

    /// The lesson, stale stated answers set aside (see [`Loaded`]).
    pub fn read(&self) -> Result<Loaded, Report> {
        read_lesson(&self.file_name(), self.source.as_bytes())
    }
}
