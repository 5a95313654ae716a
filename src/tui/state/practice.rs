//! A practice run: the exercises come one after another, and the score and the streak count
//! each one's first try.

use crate::lesson::catalog::Origin;
use crate::lesson::practice::{Rng, Topic, exercise};
use crate::progress::QuestionProgress;

use super::LessonState;

#[derive(Debug, Clone)]
pub struct Drill {
    /// One kind of exercise, or every kind in turn at random.
    pub topic: Option<Topic>,
    rng: Rng,
    /// Exercises right at the first try in a row, up to the last one done.
    pub streak: usize,
    pub right_first: usize,
    pub done: usize,
    /// Whether the open exercise has been counted.
    counted: bool,
    /// The open exercise's kind: the skill its first try reviews.
    pub current: Topic,
    /// The open exercise's record as last seen, to tell its first try when it comes.
    pub seen: QuestionProgress,
}

impl Drill {
    pub fn new(topic: Option<Topic>, seed: u64) -> Drill {
        let (streak, right_first, done, counted) = (0, 0, 0, false);
        let current = topic.unwrap_or(Topic::ALL[0]);
        let seen = QuestionProgress::default();
        Drill { topic, rng: Rng::new(seed), streak, right_first, done, counted, current, seen }
    }

    /// A fresh exercise, ready to show.
    pub fn next_exercise(&mut self) -> LessonState {
        self.counted = false;
        self.seen = QuestionProgress::default();
        // Drawn as `exercise` draws a kind, so a seed gives the same run as before.
        self.current = self.topic.unwrap_or_else(|| Topic::ALL[self.rng.between(0, 7) as usize]);
        let lesson = exercise(Some(self.current), &mut self.rng);
        let mut state = LessonState::new(Origin::Practice, lesson);
        state.reseed(self.rng.next_u64());
        state
    }

    /// Counts the open exercise once, when its question is answered right or given up.
    pub fn tally(&mut self, state: &LessonState) {
        let Some(attempt) = state.answers.first() else { return };
        if self.counted || !attempt.record.resolved() {
            return;
        }
        self.counted = true;
        self.done += 1;
        if attempt.record.first_try_right {
            self.right_first += 1;
            self.streak += 1;
        } else {
            self.streak = 0;
        }
    }
}
