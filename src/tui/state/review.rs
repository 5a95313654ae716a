//! A review run: the skills due, one after another, each asked in the lesson view with fresh
//! numbers, and what each review did to its skill's schedule.
//!
//! A lesson's question opens on its own page of the lesson, at a variant no earlier try of it
//! drew (a question with fixed numbers is asked as written); a practice topic is a fresh
//! exercise of it. Hiding, grading, mistakes and the derivation after answering are the
//! lesson view's own.

use std::path::PathBuf;

use crate::lesson::builtin::Builtin;
use crate::lesson::catalog::Origin;
use crate::lesson::practice::{Rng, exercise};
use crate::progress::{Progress, QuestionProgress};
use crate::review::{self, Recall, Skill, SkillOf, Time};
use crate::t;

use super::LessonState;

/// Review variants start here, far past any a lesson's own retries reach, so a review draws
/// numbers the lesson has not shown.
const REVIEW_VARIANTS: u32 = 1 << 20;

/// A skill to review.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub skill: String,
    pub of: SkillOf,
}

/// How the review of one skill went, for the summary.
#[derive(Debug, Clone, PartialEq)]
pub struct Reviewed {
    pub skill: String,
    pub of: SkillOf,
    /// The title of the question's lesson.
    pub title: String,
    pub recall: Recall,
    /// Stability in days before and after the review.
    pub before: f64,
    pub after: f64,
    pub due: Time,
}

/// A skill as the student knows it, in the language spoken now: the lesson's title and the
/// question's number, or the practice topic.
pub fn name(of: &SkillOf, title: &str) -> String {
    match of {
        SkillOf::Question { index, .. } => t!("review-question", title = title, number = index + 1),
        SkillOf::Practice(topic) => t!("review-topic", topic = topic.name()),
    }
}

impl Reviewed {
    pub fn name(&self) -> String {
        name(&self.of, &self.title)
    }

    /// The memory of the skill lasts longer than before.
    pub fn stronger(&self) -> bool {
        self.after > self.before
    }
}

#[derive(Debug, Clone)]
pub struct ReviewRun {
    pub items: Vec<Item>,
    /// The open item; `items.len()` once all are done.
    pub at: usize,
    /// The open item's lesson title and question (its position in the lesson's questions).
    pub title: String,
    question: usize,
    /// The open item's record as last seen, to tell its first try when it comes.
    seen: QuestionProgress,
    /// The open skill's stability before this run reviewed it.
    before: f64,
    seed: u64,
    pub reviewed: Vec<Reviewed>,
}

impl ReviewRun {
    /// The skills of `progress` due at `now`, longest overdue first; `seed` draws the practice
    /// exercises.
    pub fn new(progress: &Progress, now: Time, seed: u64) -> ReviewRun {
        let items = review::due(&progress.skills, now)
            .into_iter()
            .filter_map(|skill| Some(Item { of: review::skill_of(&skill)?, skill }))
            .collect();
        ReviewRun {
            items,
            at: 0,
            title: String::new(),
            question: 0,
            seen: QuestionProgress::default(),
            before: 0.0,
            seed,
            reviewed: Vec::new(),
        }
    }

    /// Opens item `at`, or the first after it that opens (a lesson since removed, or changed
    /// so that it no longer has the question, is passed over); `None` past the last.
    pub fn open(&mut self, at: usize, progress: &Progress) -> Option<LessonState> {
        self.at = at;
        while let Some(item) = self.items.get(self.at) {
            let skill = progress.skills.get(&item.skill).cloned().unwrap_or_default();
            if let Some((state, title, question)) = self.ask(item, &skill) {
                (self.title, self.question) = (title, question);
                (self.seen, self.before) = (QuestionProgress::default(), skill.stability());
                return Some(state);
            }
            self.at += 1;
        }
        None
    }

    /// The open item as the student knows it.
    pub fn name(&self) -> String {
        self.items.get(self.at).map_or_else(String::new, |item| name(&item.of, &self.title))
    }

    /// The lesson view asking `item` afresh, its lesson's title, and the question's position.
    fn ask(&self, item: &Item, skill: &Skill) -> Option<(LessonState, String, usize)> {
        match &item.of {
            SkillOf::Question { lesson: key, index } => {
                let origin = match key.strip_prefix("builtin:") {
                    Some(id) => Origin::Builtin(Builtin::find(id)?),
                    None => Origin::File(PathBuf::from(key)),
                };
                let lesson = origin.read().ok()?.lesson;
                let question = lesson.all_questions().nth(*index)?;
                let varies = question.own.vary.is_some();
                let title = lesson.title.clone();
                let mut state = LessonState::new(origin, lesson);
                if varies {
                    state.answers[*index].record.variant = REVIEW_VARIANTS + skill.reviews;
                }
                state.go_to_page(state.page_of(*index)?);
                Some((state, title, *index))
            }
            SkillOf::Practice(topic) => {
                let mut rng = Rng::new(self.seed ^ u64::from(skill.reviews) ^ fnv(&item.skill));
                let mut state =
                    LessonState::new(Origin::Practice, exercise(Some(*topic), &mut rng));
                state.reseed(rng.next_u64());
                Some((state, t!("practice-title"), 0))
            }
        }
    }

    /// Records the open item's first try, or a right answer after a wrong one, as a review of
    /// its skill at `now`. Returns whether the skill changed.
    pub fn observe(&mut self, lesson: &LessonState, progress: &mut Progress, now: Time) -> bool {
        let Some(item) = self.items.get(self.at) else { return false };
        let Some(after) = lesson.answers.get(self.question).map(|a| a.record) else {
            return false;
        };
        let before = std::mem::replace(&mut self.seen, after);
        if !review::observe(&mut progress.skills, &item.skill, &before, &after, now) {
            return false;
        }
        let skill = &progress.skills[&item.skill];
        let (Some(memory), Some(last)) = (&skill.memory, &skill.last) else { return true };
        let reviewed = Reviewed {
            skill: item.skill.clone(),
            of: item.of.clone(),
            title: self.title.clone(),
            recall: last.recall,
            before: self.before,
            after: memory.stability,
            due: memory.due,
        };
        match self.reviewed.last_mut() {
            Some(last) if last.skill == reviewed.skill => *last = reviewed,
            _ => self.reviewed.push(reviewed),
        }
        true
    }
}

/// FNV-1a of a skill's id: each skill's exercises draw from a seed of their own.
fn fnv(text: &str) -> u64 {
    text.bytes()
        .fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3))
}
