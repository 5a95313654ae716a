//! Spaced review: what a student missed comes back, with fresh numbers, until it sticks.
//!
//! Every question of a lesson, and every practice topic, is a *skill*. Each first try at one
//! is a review of it, rated as FSRS rates a recall: right at the first try is Good, right
//! after a wrong try is Hard, given up or left wrong is Again. The FSRS scheduler (the
//! `rs-fsrs` crate, its long-term scheduler, whose intervals are whole days) turns the reviews
//! into a memory of the skill, its stability in days and its difficulty, and the day it is
//! due again.
//!
//! Time is an input: every function that schedules takes `now`, which the tutor reads from
//! one [`Clock`], so a test can take a student through weeks in a loop.

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, Utc};
use rs_fsrs::{Card, FSRS, Parameters, Rating, State};
use serde::{Deserialize, Serialize};

use crate::lesson::practice::Topic;
use crate::progress::{Progress, QuestionProgress};

/// A moment, in UTC.
pub type Time = DateTime<Utc>;

/// A skill whose memory lasts this many days or more is mastered.
pub const MASTERED_DAYS: f64 = 21.0;

/// How long after a wrong first try a right answer still makes that review Hard, not Again:
/// the same sitting, not a later one.
const SAME_SITTING_HOURS: i64 = 12;

/// Where the tutor reads the time: the system's clock, or a time set by a test.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Clock {
    #[default]
    System,
    Fixed(Time),
}

impl Clock {
    pub fn now(self) -> Time {
        match self {
            Clock::System => Utc::now(),
            Clock::Fixed(time) => time,
        }
    }
}

/// How a first try went, as FSRS rates a recall.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Recall {
    /// Given up, or wrong and left.
    Again,
    /// Right after a wrong try.
    Hard,
    /// Right at the first try.
    Good,
}

impl Recall {
    /// How a question has gone so far; `None` while untried.
    pub fn of(record: &QuestionProgress) -> Option<Recall> {
        if record.first_try_right {
            Some(Recall::Good)
        } else if record.answered {
            Some(Recall::Hard)
        } else if record.attempts > 0 || record.revealed {
            Some(Recall::Again)
        } else {
            None
        }
    }

    fn rating(self) -> Rating {
        match self {
            Recall::Again => Rating::Again,
            Recall::Hard => Rating::Hard,
            Recall::Good => Rating::Good,
        }
    }
}

/// What the scheduler knows of a skill after its last review.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Memory {
    /// Days after which the chance of recalling the skill falls to 90%.
    pub stability: f64,
    /// From 1 (easy) to 10 (hard).
    pub difficulty: f64,
    pub due: Time,
    pub last_review: Time,
    /// Days from the last review to `due`.
    pub interval: i64,
    /// Reviews rated Again after the first.
    pub lapses: u32,
}

/// The last review, kept so that a wrong first try answered right in the same sitting can be
/// rated Hard after all.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LastReview {
    pub recall: Recall,
    /// The memory before it; `None` when it was the first.
    pub before: Option<Memory>,
}

/// A skill: its reviews and the memory they built.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Skill {
    pub reviews: u32,
    /// Reviews right at the first try.
    pub right: u32,
    /// `None` before the first review.
    #[serde(default)]
    pub memory: Option<Memory>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last: Option<LastReview>,
}

/// FSRS with its published default weights, 90% retention wished, whole days, no fuzz (so a
/// class's schedules, and tests, are reproducible).
fn scheduler() -> FSRS {
    FSRS::new(Parameters { enable_short_term: false, enable_fuzz: false, ..Parameters::default() })
}

/// The memory after a review rated `recall` at `now`, from the memory before (`None`: new).
fn schedule(before: Option<&Memory>, recall: Recall, now: Time) -> Memory {
    let card = match before {
        None => Card { due: now, last_review: now, ..Card::default() },
        Some(m) => Card {
            due: m.due,
            stability: m.stability,
            difficulty: m.difficulty,
            elapsed_days: 0,
            scheduled_days: m.interval,
            reps: 1,
            lapses: m.lapses as i32,
            state: State::Review,
            last_review: m.last_review,
        },
    };
    let card = scheduler().next(card, now, recall.rating()).card;
    Memory {
        stability: card.stability,
        difficulty: card.difficulty,
        due: card.due,
        last_review: now,
        interval: card.scheduled_days,
        lapses: u32::try_from(card.lapses).unwrap_or(0),
    }
}

impl Skill {
    /// Counts a review rated `recall` at `now`.
    pub fn review(&mut self, recall: Recall, now: Time) {
        let before = self.memory.take();
        self.memory = Some(schedule(before.as_ref(), recall, now));
        self.reviews += 1;
        self.right += u32::from(recall == Recall::Good);
        self.last = Some(LastReview { recall, before });
    }

    /// Rates the last review `recall` instead, at the time it was made.
    pub fn amend(&mut self, recall: Recall) {
        let (Some(last), Some(memory)) = (&self.last, &self.memory) else { return };
        let at = memory.last_review;
        let was_right = last.recall == Recall::Good;
        self.memory = Some(schedule(last.before.as_ref(), recall, at));
        self.right = self.right - u32::from(was_right) + u32::from(recall == Recall::Good);
        self.last = Some(LastReview { recall, before: last.before.clone() });
    }

    /// Whether the skill is due at `now`.
    pub fn due(&self, now: Time) -> bool {
        self.memory.as_ref().is_some_and(|m| m.due <= now)
    }

    /// Stability in days; 0 before the first review.
    pub fn stability(&self) -> f64 {
        self.memory.as_ref().map_or(0.0, |m| m.stability)
    }

    /// Remembered for weeks: stability of [`MASTERED_DAYS`] or more.
    pub fn mastered(&self) -> bool {
        self.stability() >= MASTERED_DAYS
    }

    /// The share of reviews right at the first try; `None` before the first.
    pub fn first_try_rate(&self) -> Option<f64> {
        (self.reviews > 0).then(|| f64::from(self.right) / f64::from(self.reviews))
    }
}

/// What a skill is: a lesson's question, or a practice topic.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SkillOf {
    /// Question `index` (from 0, in `Lesson::all_questions` order) of the lesson kept under
    /// `lesson` in the progress file (`builtin:ID` or the file's path).
    Question {
        lesson: String,
        index: usize,
    },
    Practice(Topic),
}

/// The id of question `index` of the lesson kept under `lesson`: `builtin:entropy#2` (from 1).
pub fn question_skill(lesson: &str, index: usize) -> String {
    format!("{lesson}#{}", index + 1)
}

/// The id of a practice topic: `practice:kl-reverse`.
pub fn topic_skill(topic: Topic) -> String {
    format!("practice:{}", topic.name())
}

/// What the skill `id` is, if it names one.
pub fn skill_of(id: &str) -> Option<SkillOf> {
    if let Some(name) = id.strip_prefix("practice:") {
        return Topic::ALL.into_iter().find(|t| t.name() == name).map(SkillOf::Practice);
    }
    let (lesson, number) = id.rsplit_once('#')?;
    let number: usize = number.parse().ok()?;
    (number > 0).then(|| SkillOf::Question { lesson: lesson.to_string(), index: number - 1 })
}

/// The skills due at `now`, the longest overdue first.
pub fn due(skills: &BTreeMap<String, Skill>, now: Time) -> Vec<String> {
    let mut due: Vec<(&Time, &String)> = skills
        .iter()
        .filter(|(_, s)| s.due(now))
        .filter_map(|(id, s)| s.memory.as_ref().map(|m| (&m.due, id)))
        .collect();
    due.sort();
    due.into_iter().map(|(_, id)| id.clone()).collect()
}

/// When the next skill falls due, if any is scheduled.
pub fn next_due(skills: &BTreeMap<String, Skill>) -> Option<Time> {
    skills.values().filter_map(|s| s.memory.as_ref().map(|m| m.due)).min()
}

/// What to say when nothing is due: when the next skill is, or that none is scheduled yet.
pub fn nothing_due(progress: &Progress) -> String {
    match next_due(&progress.skills) {
        Some(next) => crate::t!("review-nothing-due", date = next.format("%Y-%m-%d").to_string()),
        None => crate::t!("review-no-skills"),
    }
}

/// Records what changed in a question's record, `before` to `after`, as reviews of skill
/// `id`: its first try is a review; a right answer after a wrong first try, in the same
/// sitting, makes that review Hard. Returns whether the skill changed.
pub fn observe(
    skills: &mut BTreeMap<String, Skill>,
    id: &str,
    before: &QuestionProgress,
    after: &QuestionProgress,
    now: Time,
) -> bool {
    match (Recall::of(before), Recall::of(after)) {
        (None, Some(recall)) => {
            skills.entry(id.to_string()).or_default().review(recall, now);
            true
        }
        (Some(Recall::Again), Some(Recall::Hard)) => {
            let Some(skill) = skills.get_mut(id) else { return false };
            let recent = skill.memory.as_ref().is_some_and(|m| {
                now.signed_duration_since(m.last_review) < Duration::hours(SAME_SITTING_HOURS)
            });
            let again = skill.last.as_ref().is_some_and(|l| l.recall == Recall::Again);
            if recent && again {
                skill.amend(Recall::Hard);
            }
            recent && again
        }
        _ => false,
    }
}

/// Gives every question tried before reviews were kept its first review, at `now`: a progress
/// file from an earlier version starts its schedule the day the tutor first reads it.
pub fn catch_up(progress: &mut Progress, now: Time) {
    for (key, lesson) in &progress.lessons {
        for (&k, record) in &lesson.results {
            let id = question_skill(key, k);
            if let (Some(recall), false) = (Recall::of(record), progress.skills.contains_key(&id)) {
                progress.skills.entry(id).or_default().review(recall, now);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: i64) -> Time {
        DateTime::from_timestamp(1_767_225_600, 0).unwrap() + Duration::days(d)
    }

    fn after_one(recall: Recall) -> Memory {
        let mut skill = Skill::default();
        skill.review(recall, day(0));
        skill.memory.unwrap()
    }

    #[test]
    fn a_first_review_schedules_by_how_it_went() {
        let (again, hard, good) =
            (after_one(Recall::Again), after_one(Recall::Hard), after_one(Recall::Good));
        assert!(again.interval < hard.interval && hard.interval < good.interval);
        assert!(again.stability < hard.stability && hard.stability < good.stability);
        assert_eq!(again.due, day(again.interval));
        assert_eq!((again.interval, good.interval), (1, 3), "FSRS's default first intervals");
    }

    #[test]
    fn right_answers_space_out_and_misses_bring_a_skill_back() {
        let mut skill = Skill::default();
        let mut now = day(0);
        let mut intervals = Vec::new();
        for _ in 0..4 {
            skill.review(Recall::Good, now);
            let m = skill.memory.clone().unwrap();
            intervals.push(m.interval);
            now = m.due;
        }
        assert!(intervals.windows(2).all(|w| w[0] < w[1]), "{intervals:?}");
        let long = skill.stability();
        skill.review(Recall::Again, now);
        let lapse = skill.memory.clone().unwrap();
        assert!(lapse.stability < long && lapse.interval < intervals[3], "{lapse:?} {intervals:?}");
        assert_eq!((skill.reviews, skill.right), (5, 4));
        assert_eq!(skill.first_try_rate(), Some(0.8));
        assert_eq!(skill.memory.as_ref().unwrap().lapses, 1);
    }

    #[test]
    fn a_wrong_first_try_answered_in_the_same_sitting_is_hard() {
        let mut skills = BTreeMap::new();
        let untried = QuestionProgress::default();
        let mut wrong = untried;
        wrong.attempt(false);
        let mut right = wrong;
        right.attempt(true);
        assert!(observe(&mut skills, "s", &untried, &wrong, day(0)));
        assert_eq!(skills["s"].memory, Some(after_one(Recall::Again)));
        assert!(observe(&mut skills, "s", &wrong, &right, day(0) + Duration::minutes(2)));
        assert_eq!(skills["s"].memory, Some(after_one(Recall::Hard)));
        assert_eq!(skills["s"].reviews, 1, "one first try, one review");
        assert!(!observe(&mut skills, "s", &right, &right, day(0)), "nothing new");
        // Answered right only days later: the first try stays Again.
        let mut skills = BTreeMap::new();
        observe(&mut skills, "s", &untried, &wrong, day(0));
        assert!(!observe(&mut skills, "s", &wrong, &right, day(3)));
        assert_eq!(skills["s"].last.as_ref().unwrap().recall, Recall::Again);
    }

    #[test]
    fn due_skills_come_longest_overdue_first() {
        let mut skills: BTreeMap<String, Skill> = BTreeMap::new();
        skills.entry("late".to_string()).or_default().review(Recall::Good, day(0));
        skills.entry("soon".to_string()).or_default().review(Recall::Again, day(0));
        skills.insert("new".to_string(), Skill::default());
        assert_eq!(due(&skills, day(0)), Vec::<String>::new());
        assert_eq!(due(&skills, day(1)), ["soon"]);
        assert_eq!(due(&skills, day(5)), ["soon", "late"]);
        assert_eq!(next_due(&skills), Some(day(1)));
    }

    #[test]
    fn skill_ids_name_a_question_or_a_topic() {
        let id = question_skill("builtin:entropy", 1);
        assert_eq!(id, "builtin:entropy#2");
        let question = SkillOf::Question { lesson: "builtin:entropy".into(), index: 1 };
        assert_eq!(skill_of(&id), Some(question));
        let path = SkillOf::Question { lesson: "/home/a/my#lesson.toml".into(), index: 0 };
        assert_eq!(skill_of("/home/a/my#lesson.toml#1"), Some(path));
        assert_eq!(
            skill_of(&topic_skill(Topic::KlReverse)),
            Some(SkillOf::Practice(Topic::KlReverse))
        );
        assert_eq!(skill_of("practice:nothing"), None);
        assert_eq!(skill_of("builtin:entropy#0"), None);
    }

    #[test]
    fn a_skill_survives_the_progress_file() {
        let mut skill = Skill::default();
        skill.review(Recall::Hard, day(0));
        let json = serde_json::to_string(&skill).unwrap();
        assert_eq!(serde_json::from_str::<Skill>(&json).unwrap(), skill);
        assert!(json.contains("\"recall\":\"hard\""), "{json}");
    }
}
