//! Finding lessons: the built-in course, the user's lesson folder, and folders named on the
//! command line.

use std::path::{Path, PathBuf};

use crate::i18n::Lang;

use super::builtin::{Builtin, COURSE};
use super::{Lesson, Loaded, Report, read_lesson};

/// Where a lesson comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    Builtin(&'static Builtin),
    File(PathBuf),
    /// Practice: exercises generated one after another, kept in no file.
    Practice,
    /// Review: the skills due, each asked again with fresh numbers.
    Review,
}

impl Origin {
    /// A short description for listings: `built-in` (in the reader's language) or the file's
    /// path, made visible.
    pub fn describe(&self) -> String {
        match self {
            Origin::Builtin(_) => crate::t!("lessons-builtin"),
            Origin::File(path) => crate::visible::visible(&path.display().to_string()).into_owned(),
            Origin::Practice => crate::t!("practice-origin"),
            Origin::Review => crate::t!("review-origin"),
        }
    }

    /// The lesson's id: the built-in id, or the file's stem.
    pub fn id(&self) -> String {
        match self {
            Origin::Builtin(b) => b.id.to_string(),
            Origin::File(path) => {
                path.file_stem().map_or_else(String::new, |s| s.to_string_lossy().into_owned())
            }
            Origin::Practice => "practice".to_string(),
            Origin::Review => "review".to_string(),
        }
    }

    /// The key progress is kept under: `builtin:ID`, or the file's absolute path.
    pub fn progress_key(&self) -> String {
        match self {
            Origin::Builtin(b) => format!("builtin:{}", b.id),
            Origin::File(path) => {
                std::fs::canonicalize(path).unwrap_or_else(|_| path.clone()).display().to_string()
            }
            Origin::Practice => "practice".to_string(),
            Origin::Review => "review".to_string(),
        }
    }

    /// Reads and checks the lesson. A file that cannot be read is reported as a diagnostic.
    pub fn load(&self) -> Result<Lesson, Report> {
        self.read().and_then(Loaded::strict)
    }

    /// Reads and checks the lesson, setting stale stated answers aside: what the tutor opens,
    /// so an author's edited lesson keeps working while its answers are out of date.
    pub fn read(&self) -> Result<Loaded, Report> {
        match self {
            Origin::Builtin(b) => b.read(),
            Origin::File(path) => read_file(path),
            // A first exercise stands for the endless ones in listings.
            Origin::Practice => Ok(Loaded {
                lesson: super::practice::exercise(None, &mut super::practice::Rng::new(0)),
                stale_answers: None,
            }),
            // An exercise stands for the skills due, under the review's own title.
            Origin::Review => {
                let mut lesson = super::practice::exercise(None, &mut super::practice::Rng::new(0));
                lesson.title = crate::t!("review-title");
                lesson.summary = crate::t!("review-summary");
                Ok(Loaded { lesson, stale_answers: None })
            }
        }
    }
}

/// Reads and checks a lesson file, setting stale stated answers aside (see [`Loaded`]).
pub fn read_file(path: &Path) -> Result<Loaded, Report> {
    let name = path.display().to_string();
    match read_bounded(path) {
        Ok(bytes) => read_lesson(&name, &bytes),
        Err(problem) => Err(Report::new(name, "", vec![problem])),
    }
}

/// The language a lesson says it is written in (`lang`), read before the lesson is checked so
/// its diagnostics can speak it; `None` when it does not say or cannot be read.
pub fn declared_lang(origin: &Origin) -> Option<crate::i18n::Lang> {
    match origin {
        Origin::Builtin(b) => super::parse::declared_lang(b.source),
        Origin::File(path) => {
            let bytes = file_bytes(path)?;
            super::parse::declared_lang(std::str::from_utf8(&bytes).ok()?)
        }
        Origin::Practice | Origin::Review => None,
    }
}

/// A lesson file's bytes as they are now, to tell a change of its content from a mere read or
/// touch; `None` when it cannot be read.
pub fn file_bytes(path: &Path) -> Option<Vec<u8>> {
    read_bounded(path).ok()
}

/// A lesson file's bytes, read only when it is a regular file no larger than the limit (so a
/// FIFO never blocks, a device is never read, a huge file is never loaded), and then at most
/// one byte past the limit.
fn read_bounded(path: &Path) -> Result<Vec<u8>, super::Diagnostic> {
    use std::io::Read;
    let unreadable = |e: std::io::Error| {
        super::Diagnostic::new(0..0, crate::t!("check-unreadable", error = e.to_string()))
            .label(crate::t!("check-unreadable-label"))
    };
    let meta = std::fs::metadata(path).map_err(unreadable)?;
    if !meta.is_file() {
        return Err(super::Diagnostic::new(0..0, crate::t!("check-not-a-file"))
            .label(crate::t!("check-unreadable-label"))
            .help(crate::t!("check-not-a-file-help")));
    }
    let limit = super::MAX_FILE_BYTES as u64;
    let too_large = |size: u64| {
        let size = format!("{:.1}", size as f64 / (1 << 20) as f64);
        super::Diagnostic::new(0..0, crate::t!("check-too-large", size = size))
            .label(crate::t!("check-too-large-label"))
            .help(crate::t!("check-too-large-help"))
    };
    if meta.len() > limit {
        return Err(too_large(meta.len()));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    std::fs::File::open(path)
        .and_then(|f| f.take(limit + 1).read_to_end(&mut bytes))
        .map_err(unreadable)?;
    // A file that grew while being read is judged by what was read.
    if bytes.len() as u64 > limit {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}

/// The user's lesson folder: `$XDG_DATA_HOME/kltutor/lessons`, by default
/// `~/.local/share/kltutor/lessons`.
pub fn user_dir() -> Option<PathBuf> {
    let data = std::env::var_os("XDG_DATA_HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .or_else(|| std::env::var_os("HOME").map(|home| Path::new(&home).join(".local/share")))?;
    Some(data.join("kltutor").join("lessons"))
}

/// Every `.toml` file directly in `dir`, sorted by name; a missing folder has none.
fn lesson_files(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml") && p.is_file())
        .collect();
    files.sort();
    files
}

/// The built-in course in order, then the user's lessons, then those in `extra` folders.
pub fn discover(extra: &[PathBuf]) -> Vec<Origin> {
    let mut origins: Vec<Origin> = COURSE.iter().map(Origin::Builtin).collect();
    let dirs = user_dir().into_iter().chain(extra.iter().cloned());
    let mut seen = std::collections::HashSet::new();
    for dir in dirs {
        for file in lesson_files(&dir) {
            // The same folder named twice (or by two paths) lists its lessons once.
            if seen.insert(std::fs::canonicalize(&file).unwrap_or_else(|_| file.clone())) {
                origins.push(Origin::File(file));
            }
        }
    }
    origins
}

/// The language a lesson is written in, for listing: its `lang`; else English for the
/// built-in course, whose lessons were first written in English; else unknown (a lesson of
/// the reader's own, most likely in the reader's language).
pub fn language(origin: &Origin, lesson: &Lesson) -> Option<Lang> {
    match origin {
        Origin::Builtin(_) => Some(lesson.lang.unwrap_or(Lang::En)),
        Origin::File(_) | Origin::Practice | Origin::Review => lesson.lang,
    }
}

/// The language a lesson is listed under, read from its `lang` alone (as [`language`] would
/// give it for a lesson that loads), so that a lesson that fails to load is listed where it
/// would be if it loaded, and numbering never depends on the lesson being valid.
pub fn listed_language(origin: &Origin) -> Option<Lang> {
    match origin {
        Origin::Builtin(_) => Some(declared_lang(origin).unwrap_or(Lang::En)),
        Origin::File(_) => declared_lang(origin),
        Origin::Practice | Origin::Review => None,
    }
}

/// Splits lessons for a reader of `reader`: those in the reader's language (and those whose
/// language is unknown) first, the lessons in other languages after, each in the given order.
pub fn by_language<T>(
    items: Vec<T>,
    reader: Lang,
    lang_of: impl Fn(&T) -> Option<Lang>,
) -> (Vec<T>, Vec<T>) {
    items.into_iter().partition(|item| lang_of(item).is_none_or(|lang| lang == reader))
}

/// `origins` in the order a reader of `reader` sees them, each with the number the reader
/// sees beside it (from 1) and whether it is listed under the other languages' heading: the
/// lessons in the reader's language first, the others after. A Chinese reader's course is
/// numbered 1–13, so `kltutor 4` opens the fourth lesson of the course that reader sees.
pub fn numbered(origins: Vec<Origin>, reader: Lang) -> Vec<(usize, Origin, bool)> {
    let with_lang: Vec<(Origin, Option<Lang>)> = origins
        .into_iter()
        .map(|o| {
            let lang = listed_language(&o);
            (o, lang)
        })
        .collect();
    let (first, others) = by_language(with_lang, reader, |(_, lang)| *lang);
    first
        .into_iter()
        .map(|(o, _)| (o, false))
        .chain(others.into_iter().map(|(o, _)| (o, true)))
        .enumerate()
        .map(|(i, (o, other))| (i + 1, o, other))
        .collect()
}

/// What the browser lists: the course and the lessons found, then practice and review.
pub fn browsable(extra: &[PathBuf]) -> Vec<Origin> {
    let mut origins = discover(extra);
    origins.push(Origin::Practice);
    origins.push(Origin::Review);
    origins
}

/// The built-in lesson `origin` is the user's saved copy of: a file named after it in the
/// user's lesson folder.
pub fn copy_of(origin: &Origin) -> Option<&'static Builtin> {
    let Origin::File(path) = origin else { return None };
    let dir = user_dir()?;
    let folder = path.parent()?;
    let same = |a: &Path, b: &Path| {
        std::fs::canonicalize(a)
            .ok()
            .zip(std::fs::canonicalize(b).ok())
            .is_some_and(|(a, b)| a == b)
    };
    if !same(folder, &dir) {
        return None;
    }
    Builtin::find(&origin.id()).filter(|b| b.id == origin.id())
}

/// A lesson as `kltutor lessons` and the browser list it: its number, an id no other lesson
/// has, and whether it is listed under the other languages' heading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listed {
    pub number: usize,
    pub id: String,
    pub origin: Origin,
    pub other_language: bool,
}

/// Every lesson the browser lists (see [`browsable`]), practice and review included, in the
/// order and with the numbers a reader of `reader` sees (see [`numbered`]), each with a unique
/// id: the built-in id, or a file's stem, with `-2`, `-3`, … after it when another lesson has
/// it already. Ids are given in the course's own order, so they do not depend on the reader.
pub fn listing(extra: &[PathBuf], reader: Lang) -> Vec<Listed> {
    let origins = browsable(extra);
    let mut taken = std::collections::HashSet::new();
    let ids: Vec<String> = origins
        .iter()
        .map(|origin| {
            let stem = origin.id();
            let id = (1..)
                .map(|k| if k == 1 { stem.clone() } else { format!("{stem}-{k}") })
                .find(|id| !taken.contains(id))
                .expect("some suffix is free");
            taken.insert(id.clone());
            id
        })
        .collect();
    let id_of = |origin: &Origin| {
        let at = origins.iter().position(|o| o == origin).expect("numbered from these origins");
        ids[at].clone()
    };
    numbered(origins.clone(), reader)
        .into_iter()
        .map(|(number, origin, other_language)| Listed {
            number,
            id: id_of(&origin),
            origin,
            other_language,
        })
        .collect()
}

/// The number a reader of `reader` sees beside `origin` in the listing, if it is listed.
pub fn number_of(origin: &Origin, reader: Lang) -> Option<usize> {
    numbered(browsable(&[]), reader).into_iter().find(|(_, o, _)| o == origin).map(|(n, _, _)| n)
}

/// What `kltutor LESSON`, `explain`, `check` name: a path to a file if one exists, else a
/// number or an id from the listing. An unknown name is told the nearest id, if one is near.
pub fn resolve(name: &str, extra: &[PathBuf]) -> Result<Origin, String> {
    let path = Path::new(name);
    if path.is_file() {
        return Ok(Origin::File(path.to_path_buf()));
    }
    let listed = listing(extra, crate::i18n::lang());
    let found = match name.parse::<usize>() {
        Ok(n) => listed.iter().find(|l| l.number == n),
        Err(_) => listed.iter().find(|l| l.id == name),
    };
    if let Some(l) = found {
        return Ok(l.origin.clone());
    }
    let shown = crate::visible::visible(name);
    let near = listed
        .iter()
        .map(|l| (strsim::damerau_levenshtein(name, &l.id), &l.id))
        .filter(|(d, id)| *d <= 2.max(id.len() / 3))
        .min_by_key(|(d, _)| *d);
    Err(match near {
        Some((_, id)) => crate::t!("lessons-no-such-lesson-near", name = shown, near = id.as_str()),
        None => crate::t!("lessons-no-such-lesson", name = shown),
    })
}
