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
    /// Lists `origins` for a reader of `reader`: the lessons in that language first, numbered
    /// as `kltutor lessons` numbers them (see [`catalog::numbered`]).
    pub fn new(origins: Vec<Origin>, reader: Lang) -> Browser {
        let numbered = catalog::numbered(origins, reader);
        let others = numbered.iter().position(|(_, _, other)| *other);
        let entries = numbered.into_iter().map(|(n, o, _)| Entry::load(n, o)).collect();
        Browser { entries, others, selected: 0, problem: None, reader }
    }

    /// Lists a lesson that appeared while the tutor runs (a built-in lesson's saved copy),
    /// unless it is listed already: among the reader's lessons, before practice and review,
    /// as the next start of the tutor lists it. The numbers after it move up by one, as they
    /// will then.
    pub fn include(&mut self, origin: Origin) {
        if self.entries.iter().any(|e| e.origin == origin) {
            return;
        }
        let entry = Entry::load(0, origin);
        let own = catalog::listed_language(&entry.origin).is_none_or(|l| l == self.reader);
        let group_end =
            if own { self.others.unwrap_or(self.entries.len()) } else { self.entries.len() };
        let at = self.entries[..group_end]
            .iter()
            .position(|e| matches!(e.origin, Origin::Practice | Origin::Review))
            .unwrap_or(group_end);
        self.entries.insert(at, entry);
        match &mut self.others {
            Some(others) if own => *others += 1,
            None if !own => self.others = Some(at),
            _ => {}
        }
        if self.selected >= at && self.entries.len() > 1 {
            self.selected += 1;
        }
        for (i, e) in self.entries.iter_mut().enumerate() {
            e.number = i + 1;
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
    /// The reader's language, whose lessons are listed first.
    pub reader: Lang,
}
