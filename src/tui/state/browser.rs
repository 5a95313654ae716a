//! The lesson browser's state.

use crate::lesson::Report;
use crate::lesson::catalog::Origin;

/// A line of the lesson browser.
#[derive(Debug, Clone)]
pub struct Entry {
    pub origin: Origin,
    pub title: String,
    pub summary: String,
    /// Why the lesson cannot be opened, if it cannot.
    pub problem: Option<Report>,
}

impl Entry {
    pub fn load(origin: Origin) -> Entry {
        match origin.load() {
            Ok(lesson) => {
                Entry { origin, title: lesson.title, summary: lesson.summary, problem: None }
            }
            Err(report) => {
                Entry { title: origin.id(), summary: String::new(), origin, problem: Some(report) }
            }
        }
    }
}

/// The lesson browser.
#[derive(Debug, Clone, Default)]
pub struct Browser {
    pub entries: Vec<Entry>,
    pub selected: usize,
    /// Diagnostics of a lesson that failed to open, shown until the next key.
    pub problem: Option<String>,
}
