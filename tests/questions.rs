//! Questions with numbers of their own, as a student meets them: the page shows what the
//! question grades, edits wait until it is answered, and a retry brings fresh numbers.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use kltutor::info::{Distribution, Pair, Unit};
use kltutor::lesson::builtin::COURSE;
use kltutor::lesson::catalog::Origin;
use kltutor::tui::App;
use kltutor::tui::theme::Theme;

mod screen;

use screen::screen;

/// A lesson whose questions bring their numbers: Q1 its own model R = (⅕, ⅘), Q2 and Q3
/// drawn afresh at each try.
fn own_numbers() -> Origin {
    Origin::File(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/lessons/valid/own-numbers.toml"),
    )
}

fn opened(origin: Origin) -> App {
    let mut app = App::new(COURSE.iter().map(Origin::Builtin).collect(), Theme::new(false));
    app.open(origin);
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

fn values(app: &App) -> Vec<Distribution> {
    app.lesson.as_ref().unwrap().dists.clone()
}

#[test]
fn a_question_page_shows_and_grades_its_own_numbers() {
    let mut app = opened(own_numbers());
    let on_step = values(&app);
    press(&mut app, "n");
    let text = screen(&app, 80, 24);
    assert!(text.contains("A new model R = (⅕, ⅘)"), "the prompt shows R's values:\n{text}");
    assert!(text.contains('⅕') && !text.contains('¾'), "R's bars replace B's and C's:\n{text}");
    let r = Distribution::parse("1/5, 4/5", false).unwrap();
    let a = Distribution::parse("1/2, 1/2", false).unwrap();
    let want = Pair { p: &a, q: &r }.kl(Unit::Bits).value();
    assert!((want - 0.3219).abs() < 1e-4);
    press(&mut app, "a0.322");
    key(&mut app, KeyCode::Enter);
    let text = screen(&app, 80, 24);
    assert!(text.contains("✓ Right: D(A‖R) = 0.3219 bits."), "{text}");
    press(&mut app, "p");
    assert_eq!(values(&app), on_step, "the lesson's numbers are back on its step");
}

#[test]
fn edits_wait_until_the_question_is_answered() {
    let mut app = opened(own_numbers());
    press(&mut app, "n");
    let asked = values(&app);
    for keys in ["k", "j", "r", "z"] {
        press(&mut app, keys);
        assert_eq!(values(&app), asked, "`{keys}` changes nothing the question grades");
    }
    press(&mut app, "=");
    assert!(app.lesson.as_ref().unwrap().input.is_none(), "no prompt opens for a value");
    assert!(screen(&app, 80, 24).contains("The values stay as they are"));
    press(&mut app, "g");
    key(&mut app, KeyCode::Tab);
    press(&mut app, "k");
    assert_ne!(values(&app), asked, "once given up, the numbers are the student's to explore");
}

#[test]
fn edits_made_on_the_steps_wait_for_them_and_are_saved_from_any_page() {
    let dir = std::env::temp_dir().join(format!("kltutor-questions-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("coin.toml");
    // The course's questions bring numbers of their own; one about the lesson's as written.
    let source = COURSE.iter().find(|b| b.id == "kl-divergence").unwrap().source;
    let source = format!(
        "{source}\n[[question]]\nprompt = \"What is D(A‖B)?\"\nquantity = \"kl\"\nmodel = \"B\"\n"
    );
    std::fs::write(&path, source).unwrap();
    let mut app = opened(Origin::File(path.clone()));
    press(&mut app, "n");
    key(&mut app, KeyCode::Up);
    let edited = values(&app);
    let state = app.lesson.as_mut().unwrap();
    let first_question = (0..state.pages()).find(|&k| {
        state.go_to_page(k);
        state.open_question().is_some_and(|q| q.own.is_none())
    });
    let first_question = first_question.unwrap();
    let state = app.lesson.as_mut().unwrap();
    state.go_to_page(first_question);
    assert!(state.dirty(), "the edit is still there to be saved");
    assert_ne!(values(&app), edited, "the question shows the lesson's values as written");
    assert!(screen(&app, 100, 30).contains("your edits come back on the steps"));
    press(&mut app, "s");
    let saved = std::fs::read_to_string(&path).unwrap();
    assert!(saved.contains(r#"probs = ["13/50", "37/50"]"#), "the step's edit is saved:\n{saved}");
    assert_eq!(values(&app), edited, "the lesson as written is now what was saved");
    app.lesson.as_mut().unwrap().go_to_page(1);
    assert_eq!(values(&app), edited, "the edits come back");
    assert!(!app.lesson.as_ref().unwrap().dirty());
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_varied_question_asks_again_with_fresh_numbers() {
    let mut app = opened(own_numbers());
    press(&mut app, "nn");
    let first = values(&app);
    let prompt = screen(&app, 120, 40);
    assert!(prompt.contains("Which model is closer to (½, ½)?"), "{prompt}");
    press(&mut app, "N");
    assert!(screen(&app, 120, 40).contains("Answer this one first"));
    assert_eq!(values(&app), first, "no new numbers before the first try");
    press(&mut app, "g");
    press(&mut app, "N");
    let second = values(&app);
    assert_ne!(second, first, "fresh numbers");
    assert_eq!(second[0], first[0], "A is kept, as the lesson says");
    let state = app.lesson.as_ref().unwrap();
    assert!(state.open_question().is_some(), "asked again");
    let record = state.attempt().unwrap().record;
    assert!(record.revealed && !record.first_try_right, "the first try still counts");
    assert_eq!(record.variant, 1);
    // The same question on a fresh start with the same seed has the same numbers.
    let mut again = opened(own_numbers());
    press(&mut again, "nn");
    assert_eq!(values(&again), first, "seeded by the lesson");
    again.lesson.as_mut().unwrap().reseed(99);
    assert_ne!(values(&again), first, "another seed, other numbers");
}

#[test]
fn retrying_a_missed_varied_question_draws_new_numbers() {
    let mut app = opened(own_numbers());
    press(&mut app, "nng");
    let missed = values(&app);
    let state = app.lesson.as_mut().unwrap();
    state.retry_missed();
    let state = app.lesson.as_mut().unwrap();
    // The first missed is the written-out question: its numbers stay; the varied one's change.
    assert_eq!(state.question().unwrap().0, 0);
    state.next_page();
    assert_ne!(values(&app), missed, "a retry draws fresh numbers");
}

#[test]
fn a_choice_question_says_how_to_answer_when_a_is_pressed() {
    let mut app = opened(own_numbers());
    press(&mut app, "nna");
    assert!(app.lesson.as_ref().unwrap().input.is_none());
    assert!(screen(&app, 80, 24).contains("1 to 9"));
}

/// The chart, the library calls and the code words work out every measure of the pair, so
/// while a question hides any they wait, whatever quantity the view is switched to.
#[test]
fn panels_wait_while_a_question_hides_anything() {
    let mut app = opened(own_numbers());
    press(&mut app, "n");
    for _ in 0..7 {
        press(&mut app, "m");
        for panel in ["c", "v", "w"] {
            press(&mut app, panel);
            let text = screen(&app, 100, 30);
            assert!(text.contains("This panel would answer a question"), "{text}");
        }
    }
    press(&mut app, "gv");
    assert!(screen(&app, 100, 30).contains("scipy"), "once given up, the panel opens");
}

/// In a lesson of densities a numeric question is graded on the densities' own value; the
/// bins' value, close to it, is named as the bins'.
#[test]
fn a_density_question_is_graded_on_the_densities() {
    use kltutor::info::Quantity;
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/lessons/valid/densities.toml");
    let mut app = opened(Origin::File(path));
    press(&mut app, "n");
    let lesson = app.lesson.as_ref().unwrap().lesson.clone();
    let bins = kltutor::lesson::grade::binned(&lesson, Quantity::Kl, 0, Unit::Nats);
    let closed = kltutor::lesson::grade::expected(&lesson, Quantity::Kl, 0, Unit::Nats);
    assert!((closed - (2f64.ln() + 0.25 - 0.5)).abs() < 1e-12, "{closed}");
    assert!((bins - closed).abs() > 0.001, "the bins differ: {bins} {closed}");
    press(&mut app, &format!("a{bins:.4}"));
    key(&mut app, KeyCode::Enter);
    assert!(screen(&app, 100, 30).contains("of the bins"), "{}", screen(&app, 100, 30));
    press(&mut app, "a0.443");
    key(&mut app, KeyCode::Enter);
    assert!(screen(&app, 100, 30).contains("✓ Right: D(P‖Q) = 0.4431 nats"));
}

/// On the pages before a question about the lesson's own values, no view the student can
/// switch to (every quantity with `m`, every model with Tab) shows its answer: only the view a
/// step itself points at is the author's to choose, and `check` judges that.
#[test]
fn earlier_pages_keep_a_later_questions_answer_whatever_the_view() {
    use kltutor::lesson::Answer;
    use kltutor::notation::Style;
    let mut checked = 0;
    for builtin in COURSE.iter() {
        let lesson = builtin.load().unwrap();
        let mut app = App::new(vec![], Theme::new(false));
        app.open(Origin::Builtin(builtin));
        let pages = app.lesson.as_ref().unwrap().pages();
        for (id, question) in lesson.all_questions().enumerate() {
            let Answer::Numeric { quantity, model, unit, .. } = question.answer else { continue };
            if !question.own.is_none() {
                continue;
            }
            let value = kltutor::lesson::grade::expected(&lesson, quantity, model, unit);
            let secret = Style::Unicode.decimal(value, 4);
            let state = app.lesson.as_mut().unwrap();
            let asked = (0..pages).find(|&k| {
                state.go_to_page(k);
                state.question().is_some_and(|(i, _)| i == id)
            });
            checked += 1;
            for page in 0..asked.unwrap() {
                let state = app.lesson.as_mut().unwrap();
                state.go_to_page(page);
                for _ in 0..lesson.models.len() + 1 {
                    for _ in 0..7 {
                        press(&mut app, "m");
                        let text = screen(&app, 120, 40);
                        let state = app.lesson.as_ref().unwrap();
                        let shown = kltutor::lesson::grade::expected(
                            &lesson,
                            state.quantity,
                            state.model,
                            state.unit,
                        );
                        // The same number as the view's own quantity is no give-away.
                        if Style::Unicode.decimal(shown, 4) == secret {
                            continue;
                        }
                        assert!(
                            !text.contains(&secret),
                            "{} page {page}: {secret} of question {} shows:\n{text}",
                            builtin.id,
                            id + 1
                        );
                    }
                    key(&mut app, KeyCode::Tab);
                }
            }
        }
    }
    assert!(checked >= 4, "questions about the lessons' own values: {checked}");
}

/// A panel on an earlier page waits for a question ahead that it would answer: code-lengths'
/// `w` on step 1 would print Q's code's cost, which step 3 asks; `i` on mutual-info's step 1
/// keeps the grid and hides I(X;Y), which step 3 asks.
#[test]
fn panels_on_earlier_pages_wait_for_the_questions_ahead() {
    let open = |id: &str| {
        let builtin = COURSE.iter().find(|b| b.id == id).unwrap();
        opened(Origin::Builtin(builtin))
    };
    let mut app = open("code-lengths");
    press(&mut app, "w");
    let text = screen(&app, 100, 30);
    assert!(text.contains("This panel would answer a question"), "{text}");
    assert!(!text.contains("2.6250"), "{text}");
    let mut app = open("mutual-info");
    press(&mut app, "i");
    for _ in 0..4 {
        let text = screen(&app, 120, 40);
        assert!(!text.contains("0.2564"), "{text}");
        key(&mut app, KeyCode::PageDown);
    }
}
