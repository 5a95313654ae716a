//! The tutor driven headless, as a student would drive it: keys in, screens out.

use crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use kltutor::info::derivation::Side;
use kltutor::info::{Distribution, Pair, Quantity, Unit};
use kltutor::lesson::builtin::COURSE;
use kltutor::lesson::catalog::Origin;
use kltutor::notation::Style;
use kltutor::tui::App;
use kltutor::tui::theme::Theme;

mod screen;

use screen::{draw, screen};

mod support;

fn course() -> Vec<Origin> {
    COURSE.iter().map(Origin::Builtin).collect()
}

fn app() -> App {
    App::new(course(), Theme::new(false))
}

fn opened(id: &str) -> App {
    let mut app = app();
    let origin = course().into_iter().find(|o| o.id() == id).unwrap();
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

#[test]
fn browser_lists_the_course() {
    let app = app();
    insta::assert_snapshot!(draw(&app, 80, 24).backend());
}

#[test]
fn coin_lesson_at_80x24_and_120x40() {
    let mut app = opened("kl-divergence");
    press(&mut app, "n");
    insta::assert_snapshot!("coin_80x24", draw(&app, 80, 24).backend());
    insta::assert_snapshot!("coin_120x40", draw(&app, 120, 40).backend());
}

#[test]
fn help_overlay() {
    let mut app = opened("kl-divergence");
    press(&mut app, "?");
    insta::assert_snapshot!(draw(&app, 80, 24).backend());
    press(&mut app, "x");
    assert!(!app.help, "any key closes the help");
}

#[test]
fn infinite_divergence_names_the_outcome() {
    let mut app = opened("zeros-and-js");
    press(&mut app, "n");
    let text = screen(&app, 80, 24);
    assert!(text.contains("= ∞"), "{text}");
    assert!(text.contains("D(P‖Q) is infinite: Q gives `fox` probability 0 where P does not"));
    insta::assert_snapshot!(draw(&app, 80, 24).backend());
}

#[test]
fn too_small_terminal_says_so() {
    let app = opened("kl-divergence");
    let text = screen(&app, 50, 15);
    assert!(text.contains("Enlarge the terminal to 60×20"), "{text}");
    insta::assert_snapshot!(draw(&app, 50, 15).backend());
}

/// The value the core computes, as the view prints it.
fn kl_text(p: &str, q: &str) -> String {
    let p = Distribution::parse(p, false).unwrap();
    let q = Distribution::parse(q, false).unwrap();
    Style::Unicode.decimal(Pair::new(&p, &q).unwrap().kl(Unit::Bits).value(), 4)
}

/// The open question and the values it asks about (drawn afresh for a varied question).
fn asked(app: &App) -> (kltutor::lesson::Lesson, kltutor::lesson::Question) {
    let state = app.lesson.as_ref().unwrap();
    let (id, _) = state.question().expect("a question page");
    state.lesson_of(id).unwrap()
}

/// The index of the open choice question's right choice, for the values it asks about.
fn right_choice(app: &App) -> usize {
    let (lesson, question) = asked(app);
    kltutor::lesson::variant::right_choice(&lesson, &question).unwrap()
}

/// `quantity` of the open numeric question's model, for the values it asks about.
fn asked_value(app: &App, quantity: Quantity, unit: Unit) -> f64 {
    let (lesson, question) = asked(app);
    let kltutor::lesson::Answer::Numeric { model, .. } = question.answer else { panic!() };
    kltutor::lesson::grade::expected(&lesson, quantity, model, unit)
}

#[test]
fn nudging_updates_every_number() {
    let mut app = opened("kl-divergence");
    press(&mut app, "n");
    assert!(screen(&app, 80, 24).contains("= 0.2075 bits"));
    key(&mut app, KeyCode::Up);
    let lesson = app.lesson.as_ref().unwrap();
    assert_eq!(lesson.dists[1], Distribution::parse("26/100 74/100", false).unwrap());
    let expected = kl_text("1/2 1/2", "0.26 0.74");
    assert_eq!(expected, "0.1889");
    let text = screen(&app, 80, 24);
    assert!(text.contains(&format!("= {expected} bits")), "{text}");
    assert!(text.contains("13/50") && text.contains("37/50"));
    assert!(text.contains(&format!("B is closer to A than C: {expected} < 0.5963 bits")));
    assert!(text.contains(&format!("1.{} bits", &expected[2..])), "the decomposition follows");
    // Back down, twice the step, and up again: exact arithmetic returns exactly.
    press(&mut app, "]");
    key(&mut app, KeyCode::Down);
    press(&mut app, "[");
    key(&mut app, KeyCode::Up);
    key(&mut app, KeyCode::Up);
    key(&mut app, KeyCode::Up);
    key(&mut app, KeyCode::Up);
    assert_eq!(
        app.lesson.as_ref().unwrap().dists[1],
        Distribution::parse("1/4 3/4", false).unwrap()
    );
    assert!(screen(&app, 80, 24).contains("= 0.2075 bits"));
}

#[test]
fn typed_values_and_their_errors() {
    let mut app = opened("kl-divergence");
    press(&mut app, "n=abc");
    key(&mut app, KeyCode::Enter);
    let text = screen(&app, 80, 24);
    assert!(text.contains("`abc` is not a number"), "{text}");
    for _ in 0..3 {
        key(&mut app, KeyCode::Backspace);
    }
    press(&mut app, "3/8");
    key(&mut app, KeyCode::Enter);
    let text = screen(&app, 80, 24);
    let total = kl_text("1/2 1/2", "3/8 5/8");
    assert!(text.contains(&format!("= {total} bits")) || text.contains(&format!("≈ {total} bits")));
    press(&mut app, "=0");
    key(&mut app, KeyCode::Enter);
    let text = screen(&app, 80, 24);
    assert!(text.contains("D(A‖B) is infinite: B gives `heads` probability 0"), "{text}");
    assert!(text.contains("C is closer to A than B: 0.5963 < ∞ bits"), "{text}");
    press(&mut app, "r");
    assert!(screen(&app, 80, 24).contains("= 0.2075 bits"));
}

#[test]
fn locked_outcomes_stay_put() {
    let mut app = opened("asymmetry");
    // Model Q, outcome A locked; nudging B takes only from C.
    press(&mut app, " ");
    key(&mut app, KeyCode::Right);
    key(&mut app, KeyCode::Up);
    let q = &app.lesson.as_ref().unwrap().dists[1];
    assert_eq!(q, &Distribution::parse("0.5 0.11 0.39", false).unwrap());
    assert!(screen(&app, 80, 24).contains("0.5L"), "the lock is marked");
}

#[test]
fn quantity_unit_and_model_cycle() {
    let mut app = opened("kl-divergence");
    press(&mut app, "n");
    press(&mut app, "m");
    assert!(screen(&app, 80, 24).contains("D(B‖A) = Σ b·log₂(b/a)"));
    press(&mut app, "u");
    let text = screen(&app, 80, 24);
    assert!(text.contains("D(B‖A) = Σ b·ln(b/a)") && text.contains("nats"), "{text}");
    key(&mut app, KeyCode::Tab);
    assert!(screen(&app, 80, 24).contains("D(C‖A)"));
    press(&mut app, "mmmmm");
    assert!(screen(&app, 80, 24).contains("I(heads) = ln(1/a)"));
}

#[test]
fn the_ranking_shows_only_beside_a_comparison() {
    let ranking = "B is closer to A than C: 0.2075 < 0.5963 bits";
    let mut app = opened("kl-divergence");
    assert_eq!(app.lesson.as_ref().unwrap().quantity, Quantity::Entropy(Side::P));
    let text = screen(&app, 80, 24);
    assert!(text.contains("H(A) = "), "the first page shows the entropy: {text}");
    assert!(!text.contains(ranking), "no ranking beside an entropy: {text}");
    press(&mut app, "n");
    assert_eq!(app.lesson.as_ref().unwrap().quantity, Quantity::Kl);
    let text = screen(&app, 80, 24);
    assert!(text.contains(ranking), "the ranking beside D(A‖B): {text}");
    press(&mut app, "mmmmmm");
    assert!(matches!(app.lesson.as_ref().unwrap().quantity, Quantity::Information { .. }));
    let text = screen(&app, 80, 24);
    assert!(!text.contains(ranking), "no ranking beside an outcome's information: {text}");
}

#[test]
fn releases_are_ignored() {
    let mut app = opened("kl-divergence");
    press(&mut app, "n");
    let before = app.lesson.as_ref().unwrap().dists.clone();
    let mut release = KeyEvent::new(KeyCode::Up, KeyModifiers::NONE);
    release.kind = KeyEventKind::Release;
    app.handle_event(&Event::Key(release));
    assert_eq!(app.lesson.as_ref().unwrap().dists, before);
    app.handle_event(&Event::Key(KeyEvent::new(KeyCode::Up, KeyModifiers::NONE)));
    assert_ne!(app.lesson.as_ref().unwrap().dists, before);
}

#[test]
fn browser_opens_lessons_and_quits() {
    let mut app = app();
    press(&mut app, "jjj");
    key(&mut app, KeyCode::Enter);
    assert!(screen(&app, 80, 24).contains("Which model is closer?"));
    press(&mut app, "q");
    assert!(app.running && screen(&app, 80, 24).contains("Lessons"));
    press(&mut app, "q");
    assert!(!app.running);
}

#[test]
fn cjk_lesson_lays_out_at_every_width() {
    let mut app = opened("kl-divergence-zh");
    press(&mut app, "nnn");
    for width in 40..=300 {
        for height in [16, 20, 24, 41] {
            let text = screen(&app, width, height);
            if width >= 60 && height >= 20 {
                assert!(text.contains("哪个模型更接近真实分布"), "{width}×{height}");
            }
        }
    }
    let text = screen(&app, 80, 24);
    assert!(text.contains("反面") && text.contains("0.2075 比特"), "{text}");
}

#[test]
fn many_outcomes_scroll_with_the_selection() {
    let path = format!("{}/tests/lessons/valid/many-outcomes.toml", env!("CARGO_MANIFEST_DIR"));
    let origin = Origin::File(path.into());
    let lesson = origin.load().unwrap();
    let mut app = app();
    app.open(origin);
    assert_eq!(app.lesson.as_ref().unwrap().lesson.title, lesson.title);
    for _ in 0..200 {
        key(&mut app, KeyCode::Right);
    }
    let text = screen(&app, 120, 40);
    assert!(text.contains("▶c8"), "the selected outcome is in view: {text}");
}

#[test]
fn questions_follow_the_steps_and_are_graded() {
    let mut app = opened("kl-divergence");
    press(&mut app, "nnnnnnn");
    let text = screen(&app, 80, 24);
    assert!(
        text.contains("Question 1/2") && text.contains("Which model is") && text.contains("B = ("),
        "{text}"
    );
    assert!(text.contains("1) B   2) C"));
    press(&mut app, "H");
    assert!(screen(&app, 80, 24).contains("Hint: Compare D(A‖B) with D(A‖C)"));
    // The question asks about numbers of its own: the right choice is the one they rank first.
    let (lesson, _) = asked(&app);
    let divergences =
        [1, 2].map(|d| Style::Unicode.decimal(lesson.pair(d - 1).kl(Unit::Bits).value(), 4));
    let right = right_choice(&app);
    let (right_key, wrong_key) = (format!("{}", right + 1), format!("{}", 2 - right));
    let (right_name, wrong_name) = (["B", "C"][right], ["B", "C"][1 - right]);
    press(&mut app, &wrong_key);
    let text = screen(&app, 80, 24);
    assert!(text.contains("✗ Not that one"), "{text}");
    assert!(text.contains(&format!("{wrong_key})✗ {wrong_name}")), "{text}");
    assert!(!text.contains("closer to A than"), "{text}");
    assert!(divergences.iter().all(|d| !text.contains(d.as_str())), "{divergences:?}: {text}");
    press(&mut app, &wrong_key);
    assert_eq!(app.lesson.as_ref().unwrap().attempt().unwrap().record.attempts, 1, "tried");
    press(&mut app, &right_key);
    let text = screen(&app, 80, 24);
    assert!(text.contains(&format!("✓ Right: {right_name}.")), "{text}");
    assert!(text.contains("1/2 answered, 0 right first"), "{text}");
    press(&mut app, "n");
    assert!(screen(&app, 80, 24).contains("Question 2/2"));
    let decimal = |v: f64| Style::Unicode.decimal(v, 4);
    let kl = asked_value(&app, Quantity::Kl, Unit::Bits);
    let reversed = decimal(asked_value(&app, Quantity::KlReverse, Unit::Bits));
    let nats = decimal(asked_value(&app, Quantity::Kl, Unit::Nats));
    press(&mut app, &format!("a{reversed}"));
    key(&mut app, KeyCode::Enter);
    let text = screen(&app, 80, 24);
    assert!(text.contains("That is D(R‖A)"), "the reversed mistake is recognised: {text}");
    press(&mut app, &format!("a{nats}"));
    key(&mut app, KeyCode::Enter);
    assert!(screen(&app, 80, 24).contains("right divergence in nats"));
    press(&mut app, &format!("a{} nats", decimal(kl)));
    key(&mut app, KeyCode::Enter);
    assert!(screen(&app, 80, 24).contains("asks for bits, not nats"));
    key(&mut app, KeyCode::Esc);
    press(&mut app, "aoops");
    key(&mut app, KeyCode::Enter);
    assert!(screen(&app, 80, 24).contains("`oops` is not a number"));
    key(&mut app, KeyCode::Esc);
    assert!(!screen(&app, 80, 24).contains(&decimal(kl)), "wrong answers never show the answer");
    press(&mut app, &format!("a{:.3}", kl + 0.5));
    key(&mut app, KeyCode::Enter);
    assert!(screen(&app, 80, 24).contains("too high"));
    press(&mut app, &format!("a{:.3}", kl));
    key(&mut app, KeyCode::Enter);
    let text = screen(&app, 80, 24);
    let right = format!("✓ Right: D(A‖R) = {} bits.", decimal(kl));
    assert!(text.contains(&right) && text.contains("2/2 answered"), "{text}");
    let record = app.lesson.as_ref().unwrap().attempt().unwrap().record;
    assert_eq!((record.attempts, record.first_try_right, record.answered), (4, false, true));
}

#[test]
fn giving_up_reveals_and_is_scored_as_revealed() {
    let mut app = opened("kl-divergence");
    press(&mut app, "nnnnnnnn");
    let kl = Style::Unicode.decimal(asked_value(&app, Quantity::Kl, Unit::Bits), 4);
    let text = screen(&app, 120, 40);
    assert!(!text.contains(&kl), "{text}");
    press(&mut app, "g");
    let text = screen(&app, 120, 40);
    assert!(text.contains(&format!("The answer: D(A‖R) = {kl} bits.")), "{text}");
    assert!(text.contains(&format!("{kl} bits\n")) || text.matches(&kl).count() > 1, "{text}");
    let record = app.lesson.as_ref().unwrap().attempt().unwrap().record;
    assert!(record.revealed && !record.answered && record.attempts == 0);
    press(&mut app, &format!("a{kl}"));
    key(&mut app, KeyCode::Enter);
    let record = app.lesson.as_ref().unwrap().attempt().unwrap().record;
    assert!(!record.answered && record.attempts == 0, "answering after giving up does not count");
}

#[test]
fn a_hidden_step_reveals_after_its_question() {
    let path = format!("{}/docs/starter.toml", env!("CARGO_MANIFEST_DIR"));
    let mut app = app();
    app.open(Origin::File(path.into()));
    press(&mut app, "nn");
    let text = screen(&app, 80, 24);
    assert!(text.contains("hidden until you answer the question"), "{text}");
    let total = app.lesson.as_ref().unwrap().computed.derivation.total.value();
    let shown = format!("{total:.4}");
    let text = screen(&app, 120, 40);
    assert!(!text.contains(&shown), "the result {shown} is not shown: {text}");
    press(&mut app, "2");
    let text = screen(&app, 120, 40);
    assert!(text.contains("✓ Right: no.") && !text.contains("hidden until"), "{text}");
    assert!(text.contains(&shown), "answered, the result {shown} shows: {text}");
}

fn temp_store(name: &str) -> kltutor::progress::Store {
    let dir = std::env::temp_dir().join(format!("kltutor-tui-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    kltutor::progress::Store { path: dir.join("progress.json") }
}

#[test]
fn progress_is_saved_and_resumed() {
    let store = temp_store("resume");
    let mut app = app();
    app.attach_store(store.clone());
    let coin = course().into_iter().find(|o| o.id() == "kl-divergence").unwrap();
    app.open(coin.clone());
    press(&mut app, "nnnnnnn");
    let right = right_choice(&app);
    press(&mut app, &format!("{}q", right + 1));
    let saved = store.load().0;
    let entry = &saved.lessons["builtin:kl-divergence"];
    let first = entry.results[&0];
    assert_eq!(
        (entry.page, entry.pages, first.answered, first.first_try_right),
        (7, 9, true, true)
    );
    assert!(!entry.completed);
    assert!(screen(&app, 80, 24).contains("page 8/9, 1 of 2 right first time"));

    let mut again = App::new(course(), Theme::new(false));
    again.attach_store(store.clone());
    assert!(
        screen(&again, 80, 24).contains("▶ 4  Which model is closer?"),
        "starts on the last lesson"
    );
    again.open(coin);
    let text = screen(&again, 80, 24);
    assert!(text.contains("Question 1/2 · 1/2 answered, 1 right first"), "resumed: {text}");
    assert!(text.contains("answered this right in an earlier session"));
    press(&mut again, "n");
    let kl = asked_value(&again, Quantity::Kl, Unit::Bits);
    press(&mut again, &format!("a{kl:.3}"));
    key(&mut again, KeyCode::Enter);
    assert!(store.load().0.lessons["builtin:kl-divergence"].completed);
    press(&mut again, "q");
    assert!(screen(&again, 80, 24).contains("✓ completed, 2 of 2 right first time"));
}

#[test]
fn a_corrupt_progress_file_is_reported_not_fatal() {
    let store = temp_store("corrupt");
    std::fs::create_dir_all(store.path.parent().unwrap()).unwrap();
    std::fs::write(&store.path, "garbage").unwrap();
    let mut app = app();
    app.attach_store(store.clone());
    let text = screen(&app, 100, 24);
    assert!(text.contains("progress file was unreadable"), "{text}");
    press(&mut app, "jjj");
    key(&mut app, KeyCode::Enter);
    press(&mut app, "n");
    assert_eq!(store.load().0.lessons["builtin:kl-divergence"].page, 1, "saving works again");
}

/// A copy of a built-in lesson in a fresh folder.
fn lesson_copy(name: &str, id: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("kltutor-tui-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("{id}.toml"));
    std::fs::write(&path, COURSE.iter().find(|b| b.id == id).unwrap().source).unwrap();
    path
}

/// The coin lesson copied to a fresh folder, with a question stating D(A‖B) for the lesson's
/// own numbers at the end (the course's questions ask about numbers of their own), opened on
/// its second page with B nudged up by 1/100 (D(A‖B) 0.2075 → 0.1889): (file, its text
/// before, the app).
fn nudged_copy(name: &str) -> (std::path::PathBuf, String, App) {
    let path = lesson_copy(name, "kl-divergence");
    let mut before = std::fs::read_to_string(&path).unwrap();
    before.push_str(
        "\n[[question]]\nprompt = \"What is D(A‖B)?\"\nquantity = \"kl\"\nmodel = \"B\"\nanswer = 0.2075\n",
    );
    std::fs::write(&path, &before).unwrap();
    let mut app = app();
    app.open(Origin::File(path.clone()));
    press(&mut app, "n");
    key(&mut app, KeyCode::Up);
    (path, before, app)
}

#[test]
fn saving_changes_only_the_edited_values() {
    let (path, before, mut app) = nudged_copy("save");
    press(&mut app, "s");
    assert!(screen(&app, 80, 24).contains("saved to"));
    let after = std::fs::read_to_string(&path).unwrap();
    let expected = before.replacen(r#"probs = ["1/4", "3/4"]"#, r#"probs = ["13/50", "37/50"]"#, 1);
    assert_ne!(before, expected);
    assert_eq!(after, expected, "every other byte is the author's");
    // The lesson states D(A‖B) = 0.2075 for the old values: the status line says which line
    // to update, and nothing covers the panels.
    let line = before.lines().position(|l| l == "answer = 0.2075").unwrap() + 1;
    let text = screen(&app, 100, 30);
    let stale = format!("the stated answer on line {line} does not");
    assert!(text.contains(&stale), "{text}");
    assert!(!text.contains("The file has problems"), "{text}");
}

/// Regression: after a save made the stated answers stale, the reload put the diagnostics
/// over the distributions and the derivation, so every later edit looked like a dead key.
#[test]
fn edit_save_reload_edit_save_keeps_both_edits() {
    let (path, before, mut app) = nudged_copy("loop");
    press(&mut app, "s");
    app.file_changed();
    let text = screen(&app, 100, 30);
    assert!(text.contains("0.1889") && !text.contains("The file has problems"), "{text}");
    // Second turn: the truth this time, typed exactly.
    key(&mut app, KeyCode::BackTab);
    press(&mut app, "=3/5");
    key(&mut app, KeyCode::Enter);
    let text = screen(&app, 100, 30);
    assert!(text.contains("⅗") || text.contains("3/5"), "the edit shows: {text}");
    press(&mut app, "s");
    app.file_changed();
    let after = std::fs::read_to_string(&path).unwrap();
    let expected = before
        .replacen(r#"probs = ["1/4", "3/4"]"#, r#"probs = ["13/50", "37/50"]"#, 1)
        .replacen(r#"probs = ["1/2", "1/2"]"#, r#"probs = ["3/5", "2/5"]"#, 1);
    assert_eq!(after, expected, "both edits are in the file, nothing else changed");
    let text = screen(&app, 100, 30);
    assert!(!text.contains("The file has problems"), "{text}");
}

#[test]
fn reloading_keeps_the_last_good_version_until_fixed() {
    let path = lesson_copy("reload", "kl-divergence");
    let good = std::fs::read_to_string(&path).unwrap();
    let mut app = app();
    app.open(Origin::File(path.clone()));
    press(&mut app, "n");
    std::fs::write(&path, good.replace("Which model is closer?", "Closer, live")).unwrap();
    app.file_changed();
    let text = screen(&app, 80, 24);
    assert!(text.contains("Closer, live") && text.contains("Step 2/7"), "{text}");
    std::fs::write(&path, good.replace("probs = [\"1/4\"", "prob = [\"1/4\"")).unwrap();
    app.file_changed();
    let text = screen(&app, 80, 24);
    assert!(text.contains("The file has problems"), "{text}");
    assert!(text.contains("kl-divergence.toml:13:1") && text.contains("did you mean `probs`?"));
    assert!(text.contains("Closer, live"), "the last good version stays");
    std::fs::write(&path, &good).unwrap();
    app.file_changed();
    let text = screen(&app, 80, 24);
    assert!(!text.contains("The file has problems") && text.contains("Which model is closer?"));
}

/// The built-in lessons written in Chinese.
fn chinese_course() -> Vec<Origin> {
    course()
        .into_iter()
        .filter(|o| o.load().is_ok_and(|l| l.lang == Some(kltutor::i18n::Lang::Zh)))
        .collect()
}

/// A Chinese lesson speaks Chinese even to an English locale: its view, the help overlay and
/// a question page with feedback.
#[test]
fn chinese_lesson_view_help_and_feedback() {
    let mut app = opened("kl-divergence-zh");
    press(&mut app, "n");
    insta::assert_snapshot!("zh_lesson_80x24", draw(&app, 80, 24).backend());
    insta::assert_snapshot!("zh_lesson_120x40", draw(&app, 120, 40).backend());
    press(&mut app, "?");
    insta::assert_snapshot!("zh_help_80x24", draw(&app, 80, 24).backend());
    insta::assert_snapshot!("zh_help_120x40", draw(&app, 120, 40).backend());
    press(&mut app, "x");
    // To the first question, after the steps.
    while app.lesson.as_ref().unwrap().page < app.lesson.as_ref().unwrap().lesson.steps.len() {
        press(&mut app, "n");
    }
    press(&mut app, "H");
    let wrong = 2 - right_choice(&app);
    press(&mut app, &format!("{wrong}"));
    let text = screen(&app, 80, 24);
    assert!(text.contains("问题：") && text.contains("✗ 不是这个"), "{text}");
    assert!(!text.contains("0.2075") && !text.contains("更接近 A："), "{text}");
    insta::assert_snapshot!("zh_question_80x24", draw(&app, 80, 24).backend());
    insta::assert_snapshot!("zh_question_120x40", draw(&app, 120, 40).backend());
    press(&mut app, "n");
    let kl = Style::Unicode.decimal(asked_value(&app, Quantity::Kl, Unit::Bits), 4);
    press(&mut app, &format!("a{kl} 比特"));
    key(&mut app, KeyCode::Enter);
    let text = screen(&app, 80, 24);
    assert!(text.contains(&format!("✓ 正确：D(A‖R) = {kl} 比特。")), "{text}");
    press(&mut app, "q");
    assert!(screen(&app, 80, 24).contains("Lessons"), "the browser speaks the locale again");
}

/// A Chinese derivation too long for its panel says in Chinese which lines are in view.
#[test]
fn the_scroll_marker_speaks_the_lesson_language() {
    let mut app = opened("forward-reverse-zh");
    let pages = app.lesson.as_ref().unwrap().lesson.steps.len();
    let marked = (0..pages).find_map(|_| {
        let text = screen(&app, 80, 24);
        press(&mut app, "n");
        text.contains("行，共").then_some(text)
    });
    let text = marked.expect("a page whose derivation scrolls");
    assert!(text.contains("第 1–"), "{text}");
    assert!(!text.contains(" of "), "{text}");
}

/// Literal English sentences of the catalog: the text between placeables of every English
/// message that holds a real word. Formula names (KL, JS, log) and code are not words here.
fn english_phrases() -> Vec<String> {
    use fluent_syntax::ast::{Entry, PatternElement};
    let mut out = Vec::new();
    for (_, _, source) in kltutor::i18n::catalog_files(kltutor::i18n::Lang::En) {
        let resource = fluent_syntax::parser::parse(*source).unwrap();
        for entry in resource.body {
            let Entry::Message(message) = entry else { continue };
            let Some(pattern) = message.value else { continue };
            for element in pattern.elements {
                let PatternElement::TextElement { value } = element else { continue };
                let phrase = value.trim();
                let words = phrase.split(|c: char| !c.is_ascii_alphabetic());
                if words.filter(|w| w.len() >= 3 && !["log", "KL", "JS"].contains(w)).count() > 0 {
                    out.push(phrase.to_string());
                }
            }
        }
    }
    out
}

/// Every page of every Chinese lesson, with its hint, after an answer and under the help
/// overlay, is free of the English catalog, footer included.
#[test]
fn chinese_lessons_show_no_english_catalog_text() {
    let phrases = english_phrases();
    assert!(phrases.iter().any(|p| p == "Step by step"), "{phrases:?}");
    let course = chinese_course();
    assert!(!course.is_empty());
    for origin in course {
        let mut app = app();
        app.open(origin.clone());
        let pages = app.lesson.as_ref().unwrap().pages();
        // Library code the author quotes ('mean', F.kl_div) is the lesson's, not the interface's.
        let Origin::Builtin(builtin) = &origin else { unreachable!("the course is built in") };
        let phrases: Vec<&String> =
            phrases.iter().filter(|p| !builtin.source.contains(p.as_str())).collect();
        for page in 0..pages {
            for keys in ["", "H", "1", "a0.5", "?", "g"] {
                let mut shown = app.clone();
                press(&mut shown, keys);
                key(&mut shown, KeyCode::Enter);
                for (w, h) in [(80, 24), (120, 40)] {
                    let text = screen(&shown, w, h);
                    for phrase in &phrases {
                        assert!(
                            !text.contains(phrase.as_str()),
                            "{} page {page} after {keys:?} at {w}×{h} shows {phrase:?}:\n{text}",
                            origin.id()
                        );
                    }
                }
            }
            press(&mut app, "n");
        }
    }
}

/// Runs of Latin letters, digits and decimal points: what must never be split across lines.
fn latin_tokens(text: &str) -> Vec<&str> {
    text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '.' || c == '_'))
        .map(|t| t.trim_matches('.'))
        .filter(|t| !t.is_empty())
        .collect()
}

/// Every text of the Chinese course wraps by the Unicode rules at sampled widths from 20 to
/// 120: no line starts with closing punctuation or a lone operator, and no word or number is
/// cut unless it is wider than the line.
#[test]
fn chinese_course_wraps_between_characters_never_inside_words() {
    use kltutor::lesson::Answer;
    use kltutor::tui::text::{width, wrap};
    for origin in chinese_course() {
        let lesson = origin.load().unwrap();
        let mut texts: Vec<String> = vec![lesson.title.clone(), lesson.summary.clone()];
        texts.extend(lesson.steps.iter().map(|s| s.text.clone()));
        for q in lesson.all_questions() {
            texts.push(q.prompt.clone());
            texts.extend(q.hint.clone());
            texts.extend(q.explanation.clone());
            match &q.answer {
                Answer::Choice { choices, .. } => texts.extend(choices.iter().cloned()),
                Answer::Numeric { mistakes, .. } => {
                    texts.extend(mistakes.iter().map(|m| m.feedback.clone()))
                }
            }
        }
        for w in (20..=120).step_by(9) {
            for text in &texts {
                let lines = wrap(text, w);
                for line in &lines {
                    assert!(width(line) <= w || !line.contains(' '), "{w}: {line:?} too wide");
                    assert!(
                        !line.starts_with(['，', '。', '）', '、', '；', '：', '！', '？', '”'])
                    );
                    let first = line.split(' ').next().unwrap_or_default();
                    assert!(
                        !(["=", "−", "+", "<", ">", "≈", "×", "÷"].contains(&first)
                            && line.contains(' ')),
                        "{w}: {line:?} starts with an operator cut from its expression"
                    );
                }
                let wrapped = lines.join("\n");
                // A run with no break opportunity (code such as F.cross_entropy(q.log(),) wider
                // than the line has to be cut somewhere; every other token stays whole.
                let runs: Vec<&str> = text
                    .split(|c: char| c.is_whitespace() || width(c.encode_utf8(&mut [0; 4])) == 2)
                    .filter(|run| width(run) > w)
                    .collect();
                let tokens = latin_tokens(text).into_iter().filter(|t| width(t) <= w);
                for token in tokens.filter(|t| !runs.iter().any(|run| run.contains(t))) {
                    assert!(wrapped.contains(token), "{w}: `{token}` split in {lines:#?}");
                }
            }
        }
    }
}

/// A Chinese reader's browser: the Chinese course first, the English one under its heading,
/// and the lesson numbers `kltutor N` opens.
#[test]
fn a_chinese_reader_sees_the_chinese_course_first() {
    kltutor::i18n::with_lang(kltutor::i18n::Lang::Zh, || {
        let mut app = app();
        let text = screen(&app, 80, 24);
        let lines: Vec<&str> = text.lines().collect();
        let total = kltutor::lesson::builtin::COURSE.len();
        assert!(
            lines[0].contains("课程") && lines[0].contains(&format!("共 {total} 课")),
            "{text}"
        );
        // The reader's course is numbered from 1, as `kltutor lessons` numbers it.
        assert!(lines[2].contains("▶ 1  一个结果有多出人意料？"), "{text}");
        assert!(lines[4].contains("  2  熵：平均的意外"), "{text}");
        let chinese =
            kltutor::lesson::builtin::COURSE.iter().filter(|b| b.id.ends_with("-zh")).count();
        for _ in 0..chinese {
            key(&mut app, KeyCode::Down);
        }
        let text = screen(&app, 80, 24);
        let lines: Vec<&str> = text.lines().collect();
        let other = lines.iter().position(|l| l.contains("其他语言的课程")).expect("a heading");
        assert!(lines[other + 1].contains("▶14  How surprising"), "{text}");
        // An English lesson opened by a Chinese reader speaks the reader's language.
        key(&mut app, KeyCode::Enter);
        assert!(screen(&app, 80, 24).contains("第 1/"), "{}", screen(&app, 80, 24));
    });
}

#[test]
fn a_lesson_of_many_outcomes_works_out_the_terms_in_view() {
    let path = support::many_outcomes_lesson(5000);
    let mut app = app();
    app.open(Origin::File(path.clone()));
    let text = screen(&app, 120, 40);
    assert!(text.contains("D(P‖Q) = Σ p·log₂(p/q)"), "{text}");
    assert!(text.contains("aaa  (1/24990)·log₂((1/24990)÷(1/5002))"), "{text}");
    assert!(text.contains("of 5002"), "one line per outcome, the formula and the total: {text}");
    // PgDn moves a page (less a line kept for context), PgUp back, never past either end.
    key(&mut app, KeyCode::PageDown);
    let text = screen(&app, 120, 40);
    assert!(!text.contains("aaa  (1/24990)"), "scrolled by a page: {text}");
    assert!(!text.contains(" 1–"), "{text}");
    key(&mut app, KeyCode::PageUp);
    key(&mut app, KeyCode::PageUp);
    assert!(screen(&app, 120, 40).contains("aaa  (1/24990)"), "back at the top");
    // The total is in reach however the lines wrap: far down, PgDn stops on the last page.
    app.lesson.as_mut().unwrap().scroll = 1_000_000;
    screen(&app, 120, 40);
    key(&mut app, KeyCode::PageDown);
    let text = screen(&app, 120, 40);
    assert!(text.contains("of 5002") && text.contains("–5002 of 5002"), "{text}");
    key(&mut app, KeyCode::PageUp);
    assert!(!screen(&app, 120, 40).contains("–5002 of 5002"), "one PgUp leaves the end");
    let lesson = app.lesson.as_ref().unwrap();
    let kl = Pair::new(&lesson.dists[0], &lesson.dists[1]).unwrap().kl(Unit::Bits).value();
    assert!(text.contains(&format!("D(P‖Q) {}", Style::Unicode.decimal(kl, 4))), "{text}");
    std::fs::remove_file(path).unwrap();
}

/// Every origin with questions: the built-in course and the valid fixtures.
fn lessons_with_questions() -> Vec<Origin> {
    let fixtures = std::fs::read_dir(format!("{}/tests/lessons/valid", env!("CARGO_MANIFEST_DIR")))
        .unwrap()
        .map(|e| Origin::File(e.unwrap().path()));
    let mut all: Vec<Origin> = course().into_iter().chain(fixtures).collect();
    all.retain(|o| o.load().is_ok_and(|l| l.all_questions().next().is_some()));
    all
}

/// What an open question must not show, as the views print it (4 decimals), in every unit:
/// the asked value and its listed mistakes', or for a choice every divergence and
/// cross-entropy of every model that it hides (all of them, unless its author says otherwise).
fn concealed_values(
    lesson: &kltutor::lesson::Lesson,
    question: &kltutor::lesson::Question,
) -> Vec<String> {
    use kltutor::info::Quantity;
    use kltutor::lesson::grade::expected;
    use kltutor::lesson::{Answer, MistakeKind};
    let units = [Unit::Bits, Unit::Nats, Unit::Hartleys];
    let mut pairs: Vec<(Quantity, usize)> = Vec::new();
    match &question.answer {
        Answer::Numeric { quantity, model, mistakes, .. } => {
            pairs.push((*quantity, *model));
            for m in mistakes {
                let q = match (m.kind, quantity) {
                    (MistakeKind::Reversed, Quantity::Kl) => Quantity::KlReverse,
                    (MistakeKind::Reversed, _) => Quantity::Kl,
                    (MistakeKind::CrossEntropy, Quantity::Kl) => Quantity::CrossEntropy,
                    (MistakeKind::CrossEntropy, _) => Quantity::Kl,
                    (MistakeKind::Unit(_), q) => *q,
                };
                pairs.push((q, *model));
            }
        }
        Answer::Choice { .. } => {
            for model in 0..lesson.models.len() {
                for q in [Quantity::Kl, Quantity::KlReverse, Quantity::CrossEntropy] {
                    if question.conceals(q) {
                        pairs.push((q, model));
                    }
                }
            }
        }
    }
    let shown = |q: Quantity, model: usize, unit: Unit| {
        let v = expected(lesson, q, model, unit);
        v.is_finite().then(|| Style::Unicode.decimal(v, 4))
    };
    // A value the question may show (another quantity that happens to be equal) cannot be
    // told apart on screen: such coincidences are left out.
    let side = kltutor::info::derivation::Side::P;
    let mut open_quantities = vec![
        Quantity::Entropy(side),
        Quantity::Entropy(kltutor::info::derivation::Side::Q),
        Quantity::CrossEntropy,
        Quantity::Kl,
        Quantity::KlReverse,
        Quantity::Js,
    ];
    open_quantities
        .extend((0..lesson.outcomes.len()).map(|outcome| Quantity::Information { outcome }));
    open_quantities.retain(|&q| !question.conceals(q));
    let mut allowed = Vec::new();
    for &q in &open_quantities {
        for model in 0..lesson.models.len() {
            for &unit in &units {
                allowed.extend(shown(q, model, unit));
                let d = kltutor::info::Derivation::new(q, lesson.pair(model), unit);
                for share in d.shares(lesson.outcomes.len()) {
                    let v = share.value();
                    if v.is_finite() {
                        allowed.push(Style::Unicode.decimal(v.abs(), 4));
                    }
                }
                // Every number its derivation shows, the logarithms of single ratios included.
                let layout = kltutor::report::formula::Layout::PerOutcome;
                let names = lesson.names(model);
                for line in kltutor::report::formula::lines(&d, &names, Style::Unicode, layout, 4) {
                    let text: String = line.iter().map(|p| p.text.as_str()).collect();
                    allowed.extend(
                        text.split(|c: char| !(c.is_ascii_digit() || c == '.'))
                            .filter(|t| t.split_once('.').is_some_and(|(_, f)| f.len() == 4))
                            .map(str::to_string),
                    );
                }
            }
        }
    }
    let mut values = Vec::new();
    for (q, model) in pairs {
        values.extend(units.iter().filter_map(|&u| shown(q, model, u)));
    }
    values.retain(|v| !allowed.contains(v));
    // A choice may itself be a number ("0.143841"): what the question says is not a leak.
    if let Answer::Choice { choices, .. } = &question.answer {
        values.retain(|v| !choices.iter().any(|c| c.contains(v.as_str())));
    }
    values
}

/// Ask before telling: on every question's page, before an answer, no view shows the asked
/// value, a listed mistake's value or (for a choice) the ranking, whatever quantity, model
/// and unit the student switches to; a wrong answer changes nothing; giving up shows it.
#[test]
fn open_questions_never_show_their_answers() {
    use kltutor::tui::state::Page;
    for origin in lessons_with_questions() {
        let written = origin.load().unwrap();
        let questions: Vec<_> = written.all_questions().cloned().collect();
        for (id, question) in questions.iter().enumerate() {
            let mut app = app();
            app.open(origin.clone());
            let state = app.lesson.as_mut().unwrap();
            let page = (0..state.pages())
                .find(|&k| {
                    state.go_to_page(k);
                    state.question().is_some_and(|(i, _)| i == id)
                })
                .unwrap();
            state.go_to_page(page);
            assert!(matches!(state.current(), Page::Step { .. } | Page::Question { .. }));
            // The values the question is about: its own, or its first try's, or the lesson's.
            let lesson = state.lesson_of(id).unwrap().0;
            let secrets = concealed_values(&lesson, question);
            let ranking = state.computed.ranking.clone().filter(|_| question.conceals_ranking());
            let check = |app: &App, what: &str| {
                for (w, h) in [(80, 24), (120, 40)] {
                    let text = screen(app, w, h);
                    for secret in &secrets {
                        assert!(
                            !text.contains(secret.as_str()),
                            "{} question {}: {secret} shows {what} at {w}×{h}:\n{text}",
                            origin.id(),
                            id + 1
                        );
                    }
                    if let Some(ranking) = &ranking {
                        let start: String = ranking.chars().take(20).collect();
                        assert!(!text.contains(&start), "ranking shows {what}:\n{text}");
                    }
                }
            };
            check(&app, "unanswered");
            for _ in 0..lesson.models.len() {
                for _ in 0..7 {
                    for _ in 0..3 {
                        check(&app, "after switching views");
                        press(&mut app, "u");
                    }
                    press(&mut app, "m");
                }
                key(&mut app, KeyCode::Tab);
            }
            let state = app.lesson.as_mut().unwrap();
            state.go_to_page(page);
            match &question.answer {
                kltutor::lesson::Answer::Choice { .. } => {
                    // The right choice for the values asked about (drawn ones included).
                    let answer = kltutor::lesson::variant::right_choice(&lesson, question).unwrap();
                    let wrong = if answer == 0 { 1 } else { 0 };
                    state.choose(wrong);
                }
                kltutor::lesson::Answer::Numeric { .. } => {
                    press(&mut app, "a12345");
                    key(&mut app, KeyCode::Enter);
                }
            }
            check(&app, "after a wrong answer");
            press(&mut app, "g");
            if let kltutor::lesson::Answer::Numeric { quantity, model, unit, .. } = &question.answer
            {
                let v = kltutor::lesson::grade::expected(&lesson, *quantity, *model, *unit);
                let shown = Style::Unicode.decimal(v, 4);
                assert!(screen(&app, 120, 40).contains(&shown), "given up, {shown} shows");
            }
        }
    }
}

/// After the last page: the score, what was missed with its answer worked out, and a way on.
#[test]
fn a_finished_lesson_ends_on_a_summary() {
    let mut app = opened("kl-divergence");
    let pages = app.lesson.as_ref().unwrap().pages();
    press(&mut app, &"n".repeat(pages - 2));
    let right = right_choice(&app);
    press(&mut app, &format!("{}{}n", 2 - right, right + 1));
    let kl = Style::Unicode.decimal(asked_value(&app, Quantity::Kl, Unit::Bits), 4);
    press(&mut app, "g");
    press(&mut app, "n");
    let text = screen(&app, 80, 24);
    assert!(text.contains("0 of 2 right first time"), "{text}");
    assert!(text.contains("right after 2 tries") && text.contains("given up"), "{text}");
    assert!(text.contains("→ D(A‖R) = ") && text.contains(&format!(" {kl} bits")), "{text}");
    assert!(text.contains("Next: D(P‖Q) is not D(Q‖P)"), "{text}");
    insta::assert_snapshot!("summary_80x24", draw(&app, 80, 24).backend());
    // Retrying asks the missed questions again and leaves the first-try score alone.
    press(&mut app, "r");
    let text = screen(&app, 80, 24);
    let (lesson, _) = asked(&app);
    let kl = |m: usize| Style::Unicode.decimal(lesson.pair(m).kl(Unit::Bits).value(), 4);
    assert!(text.contains("Question 1/2") && !text.contains(&kl(0)) && !text.contains(&kl(1)));
    let right = right_choice(&app);
    press(&mut app, &format!("{}", right + 1));
    assert!(screen(&app, 80, 24).contains(&format!("✓ Right: {}.", ["B", "C"][right])));
    assert_eq!(app.lesson.as_ref().unwrap().score().0, 0, "the first try still counts");
    press(&mut app, "nn");
    key(&mut app, KeyCode::Enter);
    let text = screen(&app, 80, 24);
    assert!(text.contains("D(P‖Q) is not D(Q‖P)") && text.contains("Step 1/"), "{text}");
}

/// Leaving with unsaved edits asks first; undo and redo walk the edits back and forth.
#[test]
fn unsaved_edits_are_never_lost_silently() {
    let (path, before, mut app) = nudged_copy("unsaved");
    assert!(screen(&app, 100, 30).contains("● unsaved edits"));
    press(&mut app, "q");
    let text = screen(&app, 100, 30);
    assert!(text.contains("Save your edits to") && text.contains("keep editing"), "{text}");
    key(&mut app, KeyCode::Esc);
    assert!(app.confirm.is_none() && screen(&app, 100, 30).contains("Step 2/7"));
    // Undo, redo.
    press(&mut app, "z");
    assert!(!screen(&app, 100, 30).contains("● unsaved"), "undone back to the file's values");
    press(&mut app, "Z");
    assert!(screen(&app, 100, 30).contains("0.1889"), "redone");
    // Leaving without saving leaves the file alone; leaving with saving writes it.
    press(&mut app, "qn");
    assert!(screen(&app, 100, 30).contains("Lessons"), "back in the browser");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), before);
    app.open(Origin::File(path.clone()));
    key(&mut app, KeyCode::Up);
    app.handle_key(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL));
    assert!(app.running && app.confirm.is_some(), "Ctrl-C asks too");
    press(&mut app, "y");
    assert!(!app.running, "saved, then quit");
    assert_ne!(std::fs::read_to_string(&path).unwrap(), before);
}

/// An edit in the editor while the tutor has unsaved edits: both survive the next save.
#[test]
fn a_change_on_disk_keeps_the_edits_and_saving_keeps_the_change() {
    let (path, before, mut app) = nudged_copy("external");
    let edited_elsewhere = before.replace("Which model is closer?", "Closer, edited elsewhere");
    std::fs::write(&path, &edited_elsewhere).unwrap();
    app.file_changed();
    let text = screen(&app, 100, 30);
    assert!(text.contains("changed on disk") && text.contains("0.1889"), "{text}");
    press(&mut app, "s");
    let after = std::fs::read_to_string(&path).unwrap();
    let expected =
        edited_elsewhere.replacen(r#"probs = ["1/4", "3/4"]"#, r#"probs = ["13/50", "37/50"]"#, 1);
    assert_eq!(after, expected);
}

/// A save that cannot be written says why, keeps the edits and leaves the file as it was.
#[test]
fn a_failed_save_keeps_the_edits_and_the_file() {
    use std::os::unix::fs::PermissionsExt;
    let path = lesson_copy("readonly", "kl-divergence");
    let before = std::fs::read_to_string(&path).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).unwrap();
    let mut app = app();
    app.open(Origin::File(path.clone()));
    press(&mut app, "n");
    key(&mut app, KeyCode::Up);
    press(&mut app, "s");
    let text = screen(&app, 100, 30);
    assert!(text.contains("not saved") && text.contains("read-only"), "{text}");
    assert!(text.contains("● unsaved edits") && text.contains("0.1889"), "{text}");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), before);
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
}

/// Skipping past questions to the summary does not show their answers there.
#[test]
fn the_summary_keeps_the_answers_of_skipped_questions() {
    let mut app = opened("kl-divergence");
    let pages = app.lesson.as_ref().unwrap().pages();
    press(&mut app, &"n".repeat(pages));
    let text = screen(&app, 80, 24);
    assert!(text.contains("not answered yet") && !text.contains("0.2075"), "{text}");
    assert!(!text.contains("→ B"), "{text}");
}

/// Nothing is cut silently: on every page of every built-in lesson, at 80×24 and at the
/// smallest size drawn, the end of the page's text and the last outcome's bars either show or
/// an indicator in the border says how much more there is.
#[test]
fn every_page_fits_or_says_what_is_below() {
    // An indicator: an arrow in a panel's border.
    let more = |text: &str| text.lines().any(|l| l.contains('↓') && l.contains('─'));
    for origin in course() {
        let mut app = app();
        app.open(origin.clone());
        let pages = app.lesson.as_ref().unwrap().pages();
        for page in 0..pages {
            app.lesson.as_mut().unwrap().go_to_page(page);
            let state = app.lesson.as_ref().unwrap();
            let page_text = match state.current() {
                kltutor::tui::state::Page::Step { step, .. } => step.text.clone(),
                _ => String::new(),
            };
            let last_outcome = state.lesson.outcomes.last().unwrap().clone();
            for (w, h) in [(80u16, 24u16), (60, 20)] {
                let text = screen(&app, w, h);
                let lines = kltutor::tui::text::wrap(&page_text, w as usize - 2);
                if let Some(last) = lines.last() {
                    assert!(
                        text.contains(last.trim_end()) || more(&text),
                        "{} page {page} at {w}×{h}: the text is cut silently:\n{text}",
                        origin.id()
                    );
                }
                let short: String = last_outcome.chars().take(4).collect();
                assert!(
                    text.contains(&short) || more(&text),
                    "{} page {page} at {w}×{h}: outcomes cut silently:\n{text}",
                    origin.id()
                );
            }
        }
    }
}

/// Practice: a seeded exercise asks without telling; the score counts first tries and the
/// streak breaks on a miss.
#[test]
fn practice_scores_first_tries_and_keeps_a_streak() {
    use kltutor::info::Quantity;
    use kltutor::lesson::practice::Topic;
    let mut app = app();
    app.practise(Some(Topic::Kl), 42);
    insta::assert_snapshot!("practice_80x24", draw(&app, 80, 24).backend());
    let answer = |app: &App| {
        let lesson = &app.lesson.as_ref().unwrap().lesson;
        kltutor::lesson::grade::expected(lesson, Quantity::Kl, 0, Unit::Bits)
    };
    let right = Style::Unicode.decimal(answer(&app), 4);
    assert!(!screen(&app, 80, 24).contains(&right), "the answer is not on screen before");
    press(&mut app, &format!("a{right}"));
    key(&mut app, KeyCode::Enter);
    let text = screen(&app, 80, 24);
    assert!(text.contains("streak 1 · 1 of 1 right first time"), "{text}");
    press(&mut app, "n");
    press(&mut app, "a9");
    key(&mut app, KeyCode::Enter);
    assert!(screen(&app, 80, 24).contains("too high"));
    press(&mut app, "g");
    let text = screen(&app, 80, 24);
    assert!(text.contains("streak 0 · 1 of 2 right first time"), "{text}");
    assert!(text.contains(&format!("= {} bits", Style::Unicode.decimal(answer(&app), 4))));
    press(&mut app, "q");
    assert!(screen(&app, 80, 24).contains("Lessons"));
}

/// The summary screen in Chinese, at both sizes.
#[test]
fn chinese_summary() {
    kltutor::i18n::with_lang(kltutor::i18n::Lang::Zh, || {
        let mut app = opened("kl-divergence-zh");
        let pages = app.lesson.as_ref().unwrap().pages();
        press(&mut app, &"n".repeat(pages - 2));
        let right = right_choice(&app);
        press(&mut app, &format!("{}{}ng", 2 - right, right + 1));
        press(&mut app, "n");
        insta::assert_snapshot!("zh_summary_80x24", draw(&app, 80, 24).backend());
        insta::assert_snapshot!("zh_summary_120x40", draw(&app, 120, 40).backend());
        let text = screen(&app, 80, 24);
        assert!(text.contains("2 题中首次答对 0 题") && text.contains("（已放弃）"), "{text}");
    });
}

/// Choices that do not fit on one line are listed a line each, never cut inside a choice.
#[test]
fn long_choices_are_listed_one_per_line() {
    let mut app = opened("zeros-and-js");
    let state = app.lesson.as_mut().unwrap();
    // The second closing question, whose three choices take 110 columns together.
    let page = state.lesson.steps.len() + 1;
    state.go_to_page(page);
    let text = screen(&app, 80, 24);
    assert!(text.contains("│1) It grows without limit, towards ∞ "), "{text}");
    assert!(text.contains("│2) It shrinks towards 0, since R gets simpler "), "{text}");
    assert!(text.contains("│3) It settles at a finite value "), "{text}");
}

/// A density moved in the tutor is saved as its new `density` string, nothing else changes,
/// and the reload after the save keeps the density panel open.
#[test]
fn a_moved_density_is_saved_in_place_and_the_panel_stays() {
    kltutor::i18n::with_lang(kltutor::i18n::Lang::En, || {
        let path = lesson_copy("density", "normal-distributions");
        let before = std::fs::read_to_string(&path).unwrap();
        let mut app = app();
        app.open(Origin::File(path.clone()));
        // Step 4, the shift: Q selected and no question open.
        press(&mut app, "nnnd");
        key(&mut app, KeyCode::Left);
        key(&mut app, KeyCode::Up);
        press(&mut app, "s");
        app.file_changed();
        let after = std::fs::read_to_string(&path).unwrap();
        let expected = before.replacen(r#""normal(1, 1)""#, r#""normal(0.9, 1.1)""#, 1);
        assert_eq!(after, expected);
        let text = screen(&app, 120, 40);
        assert!(text.contains("Q = normal(0.9, 1.1)") && text.contains("←→ mean"), "{text}");
    });
}
