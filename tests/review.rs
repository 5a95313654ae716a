//! Spaced review, driven as a student drives it, with the clock set by the test: first tries
//! in lessons and practice schedule their skills; `review` asks the due ones again; missed
//! skills come back sooner than the ones answered right.

use std::collections::BTreeMap;

use chrono::{DateTime, Duration};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use kltutor::info::Quantity;
use kltutor::lesson::builtin::COURSE;
use kltutor::lesson::catalog::Origin;
use kltutor::lesson::practice::Topic;
use kltutor::lesson::{Answer, grade, variant};
use kltutor::notation::Style;
use kltutor::review::{self, Clock, Recall, Time};
use kltutor::tui::App;
use kltutor::tui::app::Screen;
use kltutor::tui::theme::Theme;

mod screen;

use screen::screen;

fn day(d: i64) -> Time {
    // 2026-01-01, 09:00 UTC.
    DateTime::from_timestamp(1_767_258_000, 0).unwrap() + Duration::days(d)
}

fn app_on(d: i64) -> App {
    let mut origins: Vec<Origin> = COURSE.iter().map(Origin::Builtin).collect();
    origins.extend([Origin::Practice, Origin::Review]);
    let mut app = App::new(origins, Theme::new(false));
    app.clock = Clock::Fixed(day(d));
    app.seed = Some(7);
    app
}

fn press(app: &mut App, keys: &str) {
    for c in keys.chars() {
        app.handle_key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
    }
}

fn key(app: &mut App, code: KeyCode) {
    app.handle_key(KeyEvent::new(code, KeyModifiers::NONE));
}

/// Selects the browser's Review entry, as ↑↓ would.
fn select_review(app: &mut App) {
    let at = app.browser.entries.iter().position(|e| e.origin == Origin::Review).unwrap();
    app.browser.selected = at;
}

fn builtin(id: &str) -> Origin {
    Origin::Builtin(COURSE.iter().find(|b| b.id == id).unwrap())
}

/// Whether the open page's question asks about the reverse divergence D(Q‖P).
fn about_reverse_kl(app: &App) -> bool {
    let lesson = app.lesson.as_ref().unwrap();
    lesson.question().is_some_and(|(_, q)| {
        q.prompt.contains("D(Q‖P)")
            || matches!(q.answer, Answer::Numeric { quantity: Quantity::KlReverse, .. })
    })
}

/// Answers the open page's question: right, or wrong and then given up.
fn answer(app: &mut App, right: bool) {
    let lesson = app.lesson.as_ref().unwrap();
    let Some((_, question)) = lesson.question() else { return };
    match &question.answer {
        Answer::Numeric { quantity, model, unit, .. } => {
            let value = grade::expected(&lesson.lesson, *quantity, *model, *unit);
            let typed = if right { value } else { value + 1.0 };
            press(app, &format!("a{typed:.6}"));
            key(app, KeyCode::Enter);
        }
        Answer::Choice { choices, .. } => {
            let k = variant::right_choice(&lesson.lesson, question).unwrap();
            let pick = if right { k } else { (k + 1) % choices.len() };
            press(app, &(pick + 1).to_string());
        }
    }
    if !right {
        press(app, "g");
    }
}

/// The first try at a lesson's question is a review of its skill; a right answer after a wrong
/// try, in the same sitting, makes it Hard.
#[test]
fn first_tries_in_a_lesson_schedule_their_skills() {
    let mut app = app_on(0);
    app.open(builtin("entropy"));
    let pages = app.lesson.as_ref().unwrap().pages();
    press(&mut app, &"n".repeat(pages - 2));
    answer(&mut app, true);
    press(&mut app, "n");
    // The second is a choice: a wrong pick, then the right one.
    let lesson = app.lesson.as_ref().unwrap();
    let (_, question) = lesson.question().unwrap();
    let right = variant::right_choice(&lesson.lesson, question).unwrap();
    press(&mut app, &format!("{}{}", 2 - right, right + 1));
    let skills = &app.progress.skills;
    let first = &skills["builtin:entropy#1"];
    let second = &skills["builtin:entropy#2"];
    assert_eq!((first.reviews, first.last.as_ref().unwrap().recall), (1, Recall::Good));
    assert_eq!((second.reviews, second.last.as_ref().unwrap().recall), (1, Recall::Hard));
    assert!(second.memory.as_ref().unwrap().due < first.memory.as_ref().unwrap().due);
    // Opening the lesson again asks nothing new of the schedule.
    let before = app.progress.skills.clone();
    press(&mut app, "q");
    app.open(builtin("entropy"));
    assert_eq!(app.progress.skills, before);
}

/// `review` from the browser: the entry counts what is due; each skill is asked in the lesson
/// view (a practice topic with fresh numbers); the summary says what got stronger and when
/// each skill is due next.
#[test]
fn a_review_asks_the_due_skills_and_says_what_changed() {
    let mut app = app_on(0);
    let skills = &mut app.progress.skills;
    skills.entry("builtin:entropy#1".into()).or_default().review(Recall::Again, day(0));
    skills.entry("practice:kl-reverse".into()).or_default().review(Recall::Good, day(-3));
    skills.entry("builtin:entropy#2".into()).or_default().review(Recall::Good, day(0));
    app.clock = Clock::Fixed(day(1));
    select_review(&mut app);
    let text = screen(&app, 80, 24);
    assert!(text.contains("▶15  Review · 2 due"), "{text}");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.screen, Screen::Lesson);
    let text = screen(&app, 80, 24);
    // Longest overdue first: the practice topic was due a day before the lesson's question.
    assert!(text.contains("Review · 1 of 2 · Practice · kl-reverse"), "{text}");
    assert!(text.contains("What is D(Q‖P), in bits"), "{text}");
    let kl = grade::expected(
        &app.lesson.as_ref().unwrap().lesson,
        Quantity::KlReverse,
        0,
        kltutor::info::Unit::Bits,
    );
    assert!(!text.contains(&Style::Unicode.decimal(kl, 4)), "the answer is hidden: {text}");
    answer(&mut app, true);
    let text = screen(&app, 80, 24);
    assert!(text.contains("n: the next skill due"), "{text}");
    assert!(text.contains(&Style::Unicode.decimal(kl, 4)), "the working after answering: {text}");
    press(&mut app, "n");
    let text = screen(&app, 80, 24);
    assert!(text.contains("Review · 2 of 2 · Entropy: the average surprise, question 1"), "{text}");
    assert!(text.contains("What is H(W) in bits"), "{text}");
    answer(&mut app, false);
    press(&mut app, "n");
    assert_eq!(app.screen, Screen::Reviewed);
    let text = screen(&app, 100, 24);
    assert!(text.contains("1 of 2 right at the first try."), "{text}");
    assert!(text.contains("↑ Practice · kl-reverse: right first time, stronger (3.1 → "), "{text}");
    let due = app.progress.skills["builtin:entropy#1"].memory.as_ref().unwrap().due;
    assert!(
        text.contains("↓ Entropy: the average surprise, question 1: missed, needs work (0.4 → 0."),
        "{text}"
    );
    assert!(text.contains(&format!("due {}", due.format("%Y-%m-%d"))), "{text}");
    assert_eq!(app.progress.skills["builtin:entropy#1"].reviews, 2);
    assert_eq!(app.progress.skills["practice:kl-reverse"].reviews, 2);
    assert_eq!(app.progress.skills["builtin:entropy#2"].reviews, 1, "not due, not asked");
    assert!(app.progress.lessons.is_empty(), "a review leaves the lessons' records alone");
    // In Chinese.
    app.interface = kltutor::i18n::Lang::Zh;
    kltutor::i18n::with_lang(kltutor::i18n::Lang::Zh, || {
        let text = screen(&app, 100, 24);
        assert!(text.contains("复习 2 项，首次答对 1 项。"), "{text}");
        assert!(text.contains("练习 · kl-reverse：一次答对，记得更牢了"), "{text}");
    });
    press(&mut app, "q");
    assert_eq!(app.screen, Screen::Browser);
    let text = screen(&app, 80, 24);
    assert!(text.contains("▶15  Review · 0 due"), "{text}");
    // Nothing due: the browser says when the next skill is.
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.screen, Screen::Browser);
    let text = screen(&app, 80, 24);
    assert!(
        text.contains("Nothing is due for review. The next skill is due on 2026-01-03."),
        "{text}"
    );
}

/// A question is asked in review with numbers the lesson has not shown when it varies.
#[test]
fn a_varied_question_comes_back_with_fresh_numbers() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/lessons/valid/own-numbers.toml");
    let origin = Origin::File(path);
    let mut app = app_on(0);
    app.open(origin.clone());
    let lesson = app.lesson.as_ref().unwrap();
    let id = lesson.lesson.all_questions().position(|q| q.own.vary.is_some()).unwrap();
    while app.lesson.as_ref().unwrap().question().map(|(k, _)| k) != Some(id) {
        press(&mut app, "n");
    }
    let numbers = |app: &App| {
        let lesson = &app.lesson.as_ref().unwrap().lesson;
        (lesson.truth.clone(), lesson.models.clone())
    };
    let first = numbers(&app);
    answer(&mut app, false);
    let skill = review::question_skill(&origin.progress_key(), id);
    assert_eq!(app.progress.skills[&skill].reviews, 1);
    press(&mut app, "q");
    app.clock = Clock::Fixed(day(2));
    assert!(app.start_review());
    assert_eq!(app.lesson.as_ref().unwrap().question().unwrap().0, id, "on the question's page");
    assert_ne!(numbers(&app), first, "fresh numbers");
    answer(&mut app, true);
    assert_eq!(app.progress.skills[&skill].reviews, 2);
}

/// Thirty days of a student who misses the questions about D(Q‖P), for ten days, and gets the
/// entropy questions right: day 0 in the lessons and in practice, then `review` every day. The
/// missed skills come back every day, and once right, at shorter intervals than the skills
/// right from the start; those move out to weeks.
#[test]
fn thirty_days_missed_skills_come_back_sooner() {
    let mut app = app_on(0);
    // Day 0: the lessons, each question in turn, and a practice exercise of each topic.
    for id in ["entropy", "forward-reverse", "asymmetry"] {
        app.open(builtin(id));
        let pages = app.lesson.as_ref().unwrap().pages();
        for _ in 0..pages {
            if app.lesson.as_ref().unwrap().open_question().is_some() {
                let right = !about_reverse_kl(&app);
                answer(&mut app, right);
            }
            press(&mut app, "n");
        }
        press(&mut app, "q");
    }
    for (topic, right) in [(Topic::KlReverse, false), (Topic::Entropy, true)] {
        app.practise(Some(topic), 1);
        answer(&mut app, right);
        press(&mut app, "q");
    }
    let missed: Vec<String> = app
        .progress
        .skills
        .iter()
        .filter(|(_, s)| s.last.as_ref().unwrap().recall == Recall::Again)
        .map(|(id, _)| id.clone())
        .collect();
    let entropy: Vec<String> = app
        .progress
        .skills
        .keys()
        .filter(|id| id.starts_with("builtin:entropy#") || *id == "practice:entropy")
        .cloned()
        .collect();
    assert!(missed.contains(&"practice:kl-reverse".to_string()), "{missed:?}");
    assert!(missed.iter().any(|id| id.starts_with("builtin:forward-reverse#")), "{missed:?}");
    assert!(missed.iter().any(|id| id.starts_with("builtin:asymmetry#")), "{missed:?}");
    assert_eq!(entropy.len(), 3, "{entropy:?}");
    let mut intervals: BTreeMap<String, Vec<i64>> = app
        .progress
        .skills
        .iter()
        .map(|(id, s)| (id.clone(), vec![s.memory.as_ref().unwrap().interval]))
        .collect();
    for d in 1..=30 {
        app.clock = Clock::Fixed(day(d));
        let before: BTreeMap<String, u32> =
            app.progress.skills.iter().map(|(id, s)| (id.clone(), s.reviews)).collect();
        if app.start_review() {
            while app.screen == Screen::Lesson {
                if app.lesson.as_ref().unwrap().open_question().is_some() {
                    // The reverse divergence sinks in after ten days.
                    let right = !about_reverse_kl(&app) || d >= 10;
                    answer(&mut app, right);
                }
                press(&mut app, "n");
            }
            assert_eq!(app.screen, Screen::Reviewed);
            press(&mut app, "q");
        }
        assert_eq!(app.due_count(), 0, "day {d}: everything due was asked");
        for (id, s) in &app.progress.skills {
            if s.reviews > before[id] {
                intervals.get_mut(id).unwrap().push(s.memory.as_ref().unwrap().interval);
            }
        }
    }
    println!("Intervals (days) after each review, day 0 to day 30:");
    for (id, list) in &intervals {
        let kind = if missed.contains(id) { "missed" } else { "right " };
        println!("  {kind} {id:<28} {list:?}");
    }
    let reviews = |ids: &[String]| -> Vec<u32> {
        ids.iter().map(|id| app.progress.skills[id].reviews).collect()
    };
    let (missed_reviews, right_reviews) = (reviews(&missed), reviews(&entropy));
    println!("reviews: missed {missed_reviews:?}, entropy {right_reviews:?}");
    let fewest_missed = *missed_reviews.iter().min().unwrap();
    let most_right = *right_reviews.iter().max().unwrap();
    assert!(fewest_missed > 2 * most_right, "{missed_reviews:?} vs {right_reviews:?}");
    let longest_missed = missed.iter().flat_map(|id| &intervals[id]).max().unwrap();
    let last_right: Vec<i64> = entropy.iter().map(|id| *intervals[id].last().unwrap()).collect();
    assert!(last_right.iter().all(|i| i > longest_missed), "{last_right:?} vs {longest_missed}");
    assert!(entropy.iter().all(|id| app.progress.skills[id].stability() > 10.0));
    assert!(missed.iter().all(|id| !app.progress.skills[id].mastered()));
}

/// A question remembered for weeks shows as mastered beside its lesson in the browser.
#[test]
fn mastered_questions_show_in_the_browser() {
    let mut app = app_on(0);
    app.open(builtin("entropy"));
    press(&mut app, "q");
    let skill = app.progress.skills.entry("builtin:entropy#1".into()).or_default();
    let mut when = day(0);
    while !skill.mastered() {
        skill.review(Recall::Good, when);
        when = skill.memory.as_ref().unwrap().due;
    }
    let text = screen(&app, 100, 24);
    let line = text.lines().find(|l| l.contains("Entropy: the average surprise")).unwrap();
    assert!(line.contains("· 1 mastered"), "{text}");
}
