//! What the student has done: lessons started and completed, questions answered.
//!
//! Kept as JSON in the XDG state folder (`~/.local/state/kltutor/progress.json`), replaced
//! atomically on every save, so a crash leaves the old or the new file, never half of one. A file that cannot be read is moved
//! aside and reported, never silently lost.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// One lesson's progress.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LessonProgress {
    pub title: String,
    /// The page the student was on.
    pub page: usize,
    pub pages: usize,
    /// Whether each question was answered right, by position; absent while unanswered.
    #[serde(default)]
    pub answers: BTreeMap<usize, bool>,
    pub questions: usize,
    #[serde(default)]
    pub completed: bool,
}

impl LessonProgress {
    /// Completed: the last page reached and every question answered right.
    pub fn update_completed(&mut self) {
        let all_right = (0..self.questions).all(|k| self.answers.get(&k) == Some(&true));
        self.completed |= self.page + 1 >= self.pages && all_right;
    }
}

/// Progress in every lesson, by lesson key (`builtin:ID` or the file's path).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    #[serde(default)]
    pub lessons: BTreeMap<String, LessonProgress>,
    /// The lesson opened last, so the browser can start on it.
    #[serde(default)]
    pub last: Option<String>,
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
    /// `progress.json.corrupt-SECONDS` and the second value says so.
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
            Ok(progress) => (progress, None),
            Err(e) => {
                let seconds = std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map_or(0, |d| d.as_secs());
                let aside = self.path.with_extension(format!("json.corrupt-{seconds}"));
                let moved = fs::rename(&self.path, &aside);
                let warning = match moved {
                    Ok(()) => {
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

    /// Writes the progress atomically (see `atomic::write`).
    pub fn save(&self, progress: &Progress) -> std::io::Result<()> {
        let mut json = serde_json::to_vec_pretty(progress).map_err(std::io::Error::other)?;
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
        let mut p = Progress::default();
        let mut lesson = LessonProgress {
            title: "Coin".into(),
            page: 3,
            pages: 9,
            questions: 2,
            ..Default::default()
        };
        lesson.answers.insert(0, true);
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
    fn completion_needs_the_end_and_every_answer_right() {
        let mut lesson = LessonProgress { page: 8, pages: 9, questions: 2, ..Default::default() };
        lesson.answers.insert(0, true);
        lesson.update_completed();
        assert!(!lesson.completed);
        lesson.answers.insert(1, true);
        lesson.update_completed();
        assert!(lesson.completed);
    }
}
