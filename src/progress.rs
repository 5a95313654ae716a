//! What the student has done: lessons started and completed, questions answered.
//!
//! Kept as JSON in the XDG state folder (`~/.local/state/kltutor/progress.json`), replaced
//! atomically on every save, so a crash leaves the old or the new file, never half of one. A file that cannot be read is moved
//! aside and reported, never silently lost.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// How one question went: the first try is what the score counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuestionProgress {
    /// Answered right, at some try.
    pub answered: bool,
    /// Answered right at the first try.
    pub first_try_right: bool,
    /// Answers given, right or wrong.
    pub attempts: u32,
    /// Gave up and was shown the answer.
    pub revealed: bool,
    /// The try whose numbers a question that draws fresh ones shows: each retry draws anew.
    #[serde(default)]
    pub variant: u32,
}

impl QuestionProgress {
    /// Done with: answered right, or given up.
    pub fn resolved(&self) -> bool {
        self.answered || self.revealed
    }

    /// Counts one answer.
    pub fn attempt(&mut self, right: bool) {
        if self.resolved() {
            return;
        }
        self.attempts += 1;
        self.first_try_right = right && self.attempts == 1;
        self.answered = right;
    }
}

/// One lesson's progress.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LessonProgress {
    pub title: String,
    /// The page the student was on.
    pub page: usize,
    pub pages: usize,
    /// How each question went, by position; absent while untried.
    #[serde(default)]
    pub results: BTreeMap<usize, QuestionProgress>,
    /// Whether each question was answered right, as earlier versions kept it; read once and
    /// carried into `results`.
    #[serde(default, skip_serializing)]
    answers: BTreeMap<usize, bool>,
    pub questions: usize,
    #[serde(default)]
    pub completed: bool,
}

impl LessonProgress {
    /// Completed: the last page reached and every question answered or given up.
    pub fn update_completed(&mut self) {
        let all_done = (0..self.questions)
            .all(|k| self.results.get(&k).is_some_and(QuestionProgress::resolved));
        self.completed |= self.page + 1 >= self.pages && all_done;
    }

    /// Questions answered right at the first try.
    pub fn right_first_time(&self) -> usize {
        self.results.values().filter(|r| r.first_try_right).count()
    }

    /// Carries answers kept by earlier versions (right or not, tries unknown) into `results`:
    /// each counts as one try.
    fn upgrade(&mut self) {
        for (k, right) in std::mem::take(&mut self.answers) {
            self.results.entry(k).or_insert(QuestionProgress {
                answered: right,
                first_try_right: right,
                attempts: 1,
                revealed: false,
                variant: 0,
            });
        }
    }
}

/// Progress in every lesson, by lesson key (`builtin:ID` or the file's path), and the
/// schedule of every skill's reviews.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Progress {
    /// The layout of the file: absent (0) in files of versions before reviews were kept,
    /// [`Progress::VERSION`] once saved by this one.
    #[serde(default)]
    pub version: u32,
    #[serde(default)]
    pub lessons: BTreeMap<String, LessonProgress>,
    /// The lesson opened last, so the browser can start on it.
    #[serde(default)]
    pub last: Option<String>,
    /// Every skill reviewed, by id (see `review::question_skill` and `review::topic_skill`).
    #[serde(default)]
    pub skills: BTreeMap<String, crate::review::Skill>,
}

impl Progress {
    /// The layout this version writes: 2 added `version` and `skills`.
    pub const VERSION: u32 = 2;
}

/// Where progress is kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Store {
    pub path: PathBuf,
}

impl Store {
    /// `$XDG_STATE_HOME/kltutor/progress.json`, by default `~/.local/state/kltutor/progress.json`.
    pub fn default_location() -> Option<Store> {
        let state = std::env::var_os("XDG_STATE_HOME")
            .map(PathBuf::from)
            .filter(|p| p.is_absolute())
            .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".local/state")))?;
        Some(Store { path: state.join("kltutor").join("progress.json") })
    }

    /// Reads the progress. A missing file is no progress; an unreadable one is moved aside to
    /// `progress.json.corrupt-NANOSECONDS-K`, a name no earlier one has, and the second value
    /// says so.
    pub fn load(&self) -> (Progress, Option<String>) {
        let text = match fs::read(&self.path) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return (Progress::default(), None);
            }
            Err(e) => {
                let path = self.path.display().to_string();
                let warning = crate::t!(
                    "progress-unreadable",
                    path = crate::visible::visible(&path),
                    error = e.to_string()
                );
                return (Progress::default(), Some(warning));
            }
        };
        match serde_json::from_slice::<Progress>(&text) {
            Ok(mut progress) => {
                progress.lessons.values_mut().for_each(LessonProgress::upgrade);
                progress.version = Progress::VERSION;
                (progress, None)
            }
            Err(e) => {
                let moved = self.set_aside();
                let warning = match moved {
                    Ok(aside) => {
                        let aside = aside.display().to_string();
                        crate::t!(
                            "progress-corrupt-moved",
                            error = e.to_string(),
                            path = crate::visible::visible(&aside)
                        )
                    }
                    Err(m) => crate::t!(
                        "progress-corrupt-stuck",
                        error = e.to_string(),
                        reason = m.to_string()
                    ),
                };
                (Progress::default(), Some(warning))
            }
        }
    }

    /// Moves the file to a name that no file has yet: a hard link fails rather than replace
    /// an existing file, so an earlier corrupt file is never overwritten, even within the same
    /// nanosecond.
    fn set_aside(&self) -> std::io::Result<PathBuf> {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        for k in 0..1000 {
            let aside = self.path.with_extension(format!("json.corrupt-{nanos}-{k}"));
            match fs::hard_link(&self.path, &aside) {
                Ok(()) => {
                    fs::remove_file(&self.path)?;
                    return Ok(aside);
                }
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
                Err(e) => return Err(e),
            }
        }
        Err(std::io::Error::new(std::io::ErrorKind::AlreadyExists, "no free name"))
    }

    /// Writes the progress atomically (see `atomic::write`).
    pub fn save(&self, progress: &Progress) -> std::io::Result<()> {
        let progress = Progress { version: Progress::VERSION, ..progress.clone() };
        let mut json = serde_json::to_vec_pretty(&progress).map_err(std::io::Error::other)?;
        json.push(b'\n');
        crate::atomic::write(&self.path, &json)
    }

    /// Forgets all progress.
    pub fn reset(&self) -> std::io::Result<()> {
        match fs::remove_file(&self.path) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
            _ => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_store(name: &str) -> Store {
        let dir =
            std::env::temp_dir().join(format!("kltutor-progress-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        Store { path: dir.join("kltutor").join("progress.json") }
    }

    fn sample() -> Progress {
        let mut p = Progress { version: Progress::VERSION, ..Progress::default() };
        let mut lesson = LessonProgress {
            title: "Coin".into(),
            page: 3,
            pages: 9,
            questions: 2,
            ..Default::default()
        };
        lesson
            .results
            .insert(0, QuestionProgress { answered: true, attempts: 2, ..Default::default() });
        p.lessons.insert("builtin:kl-divergence".into(), lesson);
        p
    }

    #[test]
    fn round_trip() {
        let store = temp_store("round");
        assert_eq!(store.load(), (Progress::default(), None));
        store.save(&sample()).unwrap();
        assert_eq!(store.load(), (sample(), None));
        let dir = store.path.parent().unwrap();
        let leftovers: Vec<_> =
            fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(leftovers, ["progress.json"], "no temporary file is left behind");
        store.reset().unwrap();
        assert_eq!(store.load().0, Progress::default());
    }

    #[test]
    fn corrupt_files_are_moved_aside_and_reported() {
        let store = temp_store("corrupt");
        fs::create_dir_all(store.path.parent().unwrap()).unwrap();
        fs::write(&store.path, b"{ not json").unwrap();
        let (progress, warning) = store.load();
        assert_eq!(progress, Progress::default());
        let warning = warning.unwrap();
        assert!(warning.contains("unreadable") && warning.contains("corrupt-"), "{warning}");
        let kept: Vec<_> = fs::read_dir(store.path.parent().unwrap())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert!(kept.iter().any(|n| n.starts_with("progress.json.corrupt-")), "{kept:?}");
        let aside = store.path.parent().unwrap().join(&kept[0]);
        assert_eq!(fs::read(aside).unwrap(), b"{ not json", "the old file is kept as it was");
        store.save(&sample()).unwrap();
        assert_eq!(store.load(), (sample(), None));
        // Many corrupt files in a row: every one is kept, none overwritten.
        for k in 0..5 {
            fs::write(&store.path, format!("broken {k}")).unwrap();
            assert!(store.load().1.is_some());
        }
        let mut kept: Vec<String> = fs::read_dir(store.path.parent().unwrap())
            .unwrap()
            .filter_map(|e| fs::read_to_string(e.unwrap().path()).ok())
            .filter(|text| text.starts_with("broken"))
            .collect();
        kept.sort();
        assert_eq!(kept, (0..5).map(|k| format!("broken {k}")).collect::<Vec<_>>());
    }

    #[test]
    fn a_state_folder_that_is_a_file_fails_to_save_with_a_reason() {
        let store = temp_store("folder-is-file");
        let folder = store.path.parent().unwrap();
        fs::create_dir_all(folder.parent().unwrap()).unwrap();
        fs::write(folder, "a file where the folder should be").unwrap();
        assert_eq!(store.load().0, Progress::default());
        assert!(store.save(&sample()).is_err());
        fs::remove_file(folder).unwrap();
    }

    #[test]
    fn a_save_replaces_the_file_whole() {
        let store = temp_store("replace");
        store.save(&sample()).unwrap();
        let mut bigger = sample();
        for k in 0..50 {
            bigger.lessons.insert(format!("lesson-{k}"), LessonProgress::default());
        }
        store.save(&bigger).unwrap();
        store.save(&sample()).unwrap();
        assert_eq!(store.load(), (sample(), None), "a shorter save leaves no tail of the longer");
    }

    #[test]
    fn completion_needs_the_end_and_every_question_done() {
        let mut lesson = LessonProgress { page: 8, pages: 9, questions: 2, ..Default::default() };
        lesson.results.entry(0).or_default().attempt(true);
        lesson.update_completed();
        assert!(!lesson.completed);
        let second = lesson.results.entry(1).or_default();
        second.attempt(false);
        lesson.update_completed();
        assert!(!lesson.completed, "a wrong answer leaves the question open");
        lesson.results.get_mut(&1).unwrap().revealed = true;
        lesson.update_completed();
        assert!(lesson.completed, "giving up closes it");
        assert_eq!(lesson.right_first_time(), 1);
    }

    #[test]
    fn the_first_try_is_what_counts() {
        let mut q = QuestionProgress::default();
        q.attempt(false);
        q.attempt(true);
        q.attempt(false);
        assert_eq!(
            q,
            QuestionProgress {
                answered: true,
                first_try_right: false,
                attempts: 2,
                revealed: false,
                variant: 0
            }
        );
        let mut q = QuestionProgress::default();
        q.attempt(true);
        assert!(q.first_try_right && q.attempts == 1);
    }

    #[test]
    fn progress_from_earlier_versions_still_loads() {
        let store = temp_store("earlier");
        fs::create_dir_all(store.path.parent().unwrap()).unwrap();
        let old = r#"{"lessons":{"builtin:kl-divergence":{"title":"Which model is closer?",
            "page":6,"pages":7,"answers":{"0":true,"1":false},"questions":2,"completed":false}},
            "last":"builtin:kl-divergence"}"#;
        fs::write(&store.path, old).unwrap();
        let (progress, warning) = store.load();
        assert_eq!(warning, None);
        let lesson = &progress.lessons["builtin:kl-divergence"];
        assert_eq!(
            lesson.results[&0],
            QuestionProgress {
                answered: true,
                first_try_right: true,
                attempts: 1,
                revealed: false,
                variant: 0
            }
        );
        assert_eq!(
            lesson.results[&1],
            QuestionProgress {
                answered: false,
                first_try_right: false,
                attempts: 1,
                revealed: false,
                variant: 0
            }
        );
        assert_eq!(progress.version, Progress::VERSION);
        assert!(progress.skills.is_empty(), "no reviews were kept then");
        // The questions tried then are scheduled from the day the tutor first reads them.
        let mut progress = progress;
        let day = chrono::DateTime::from_timestamp(1_767_225_600, 0).unwrap();
        crate::review::catch_up(&mut progress, day);
        let missed = &progress.skills["builtin:kl-divergence#2"];
        let right = &progress.skills["builtin:kl-divergence#1"];
        assert_eq!((missed.reviews, right.reviews, right.right), (1, 1, 1));
        assert!(missed.memory.as_ref().unwrap().due < right.memory.as_ref().unwrap().due);
        store.save(&progress).unwrap();
        let saved = fs::read_to_string(&store.path).unwrap();
        assert!(saved.contains("first_try_right") && !saved.contains("\"answers\""), "{saved}");
        assert!(saved.contains("\"version\": 2") && saved.contains("\"stability\""), "{saved}");
        assert_eq!(store.load(), (progress, None), "the new layout reads back as written");
    }

    #[test]
    fn a_file_without_skills_or_version_loads_as_one_without_reviews() {
        let store = temp_store("version-1");
        fs::create_dir_all(store.path.parent().unwrap()).unwrap();
        let v1 = r#"{"lessons":{"builtin:entropy":{"title":"Entropy","page":1,"pages":6,
            "results":{"0":{"answered":true,"first_try_right":false,"attempts":2,"revealed":false}},
            "questions":2}},"last":"builtin:entropy"}"#;
        fs::write(&store.path, v1).unwrap();
        let (progress, warning) = store.load();
        assert_eq!(warning, None);
        assert_eq!(progress.lessons["builtin:entropy"].results[&0].attempts, 2);
        assert!(progress.skills.is_empty());
    }
}
