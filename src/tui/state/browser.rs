//! The lesson browser's state.

use crate::i18n::Lang;
use crate::lesson::Report;
use crate::lesson::catalog::{self, Origin};

/// A line of the lesson browser.
#[derive(Debug, Clone)]
pub struct Entry {
    /// The number `kltutor N` opens: the position in the course, then among the files found.
    pub number: usize,
    pub origin: Origin,
    /// The language the lesson is written in, if known.
    pub lang: Option<Lang>,
    pub title: String,
    pub summary: String,
    /// Why the lesson cannot be opened, if it cannot.
    pub problem: Option<Report>,
    /// Whether this is the user's saved copy of a built-in lesson (found once, not per frame).
    pub user_copy: bool,
}

impl Entry {
    pub fn load(number: usize, origin: Origin) -> Entry {
        let user_copy = catalog::copy_of(&origin).is_some();
        match origin.read().map(|loaded| loaded.lesson) {
            Ok(lesson) => Entry {
                number,
                lang: catalog::language(&origin, &lesson),
                origin,
                title: lesson.title,
                summary: lesson.summary,
                problem: None,
                user_copy,
            },
            Err(report) => Entry {
                number,
                lang: None,
                title: origin.id(),
                summary: String::new(),
                origin,
                problem: Some(report),
                user_copy,
            },
        }
    }
}

impl Browser {
    /// Lists `origins` for a reader of `reader`: the lessons in that language first.
    pub fn new(origins: Vec<Origin>, reader: Lang) -> Browser {
        let entries = origins.into_iter().enumerate().map(|(i, o)| Entry::load(i + 1, o)).collect();
        let (mut entries, rest) = catalog::by_language(entries, reader, |e: &Entry| e.lang);
        let others = (!rest.is_empty()).then_some(entries.len());
        entries.extend(rest);
        Browser { entries, others, selected: 0, problem: None }
    }

    /// Lists a lesson that appeared while the tutor runs (a built-in lesson's saved copy),
    /// numbered after the others, unless it is listed already.
    pub fn include(&mut self, origin: Origin) {
        if self.entries.iter().any(|e| e.origin == origin) {
            return;
        }
        let number = self.entries.iter().map(|e| e.number).max().unwrap_or(0) + 1;
        let entry = Entry::load(number, origin);
        match self.others {
            // In the reader's own group: before the other languages' heading.
            Some(at) if entry.lang.is_none_or(|l| l == crate::i18n::lang()) => {
                self.entries.insert(at, entry);
                self.others = Some(at + 1);
            }
            _ => self.entries.push(entry),
        }
    }
}

/// The lesson browser.
#[derive(Debug, Clone, Default)]
pub struct Browser {
    /// The lessons in the reader's language, then (from `others` on) those in other languages.
    pub entries: Vec<Entry>,
    /// Where the lessons in other languages start, listed under their own heading.
    pub others: Option<usize>,
    pub selected: usize,
    /// Diagnostics of a lesson that failed to open, shown until the next key.
    pub problem: Option<String>,
}
