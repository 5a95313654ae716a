//! The tutor driven headless, as a student would drive it: keys in, screens out.

use crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use kltutor::info::{Distribution, Pair, Unit};
use kltutor::lesson::builtin::COURSE;
use kltutor::lesson::catalog::{Origin, load_file};
use kltutor::notation::Style;
use kltutor::tui::App;
use kltutor::tui::theme::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

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

fn draw(app: &App, width: u16, height: u16) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|f| f.render_widget(app, f.area())).unwrap();
    terminal
}

/// The screen as text, one line per row.
fn screen(app: &App, width: u16, height: u16) -> String {
    let terminal = draw(app, width, height);
    let buffer = terminal.backend().buffer();
    let mut out = String::new();
    for y in 0..height {
        let mut skip = 0;
        for x in 0..width {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let symbol = buffer[(x, y)].symbol();
            skip = textwrap::core::display_width(symbol).saturating_sub(1);
            out.push_str(symbol);
        }
        out.push('\n');
    }
    out
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
    assert!(text.contains(&format!("= {} bits", kl_text("1/2 1/2", "3/8 5/8"))), "{text}");
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
    let lesson = load_file(std::path::Path::new(&path)).unwrap();
    let mut app = app();
    let origin = Origin::File(path.into());
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
        text.contains("Question 1/2") && text.contains("Which model is closer to A?"),
        "{text}"
    );
    assert!(text.contains("1) B   2) C"));
    press(&mut app, "H");
    assert!(screen(&app, 80, 24).contains("Hint: Compare D(A‖B) with D(A‖C)."));
    press(&mut app, "2");
    assert!(screen(&app, 80, 24).contains("✗ Not quite: the answer is B."));
    press(&mut app, "1");
    let text = screen(&app, 80, 24);
    assert!(text.contains("✓ Right: B.") && text.contains("1/2 answered"), "{text}");
    press(&mut app, "n");
    assert!(screen(&app, 80, 24).contains("Question 2/2"));
    press(&mut app, "a0.1887");
    key(&mut app, KeyCode::Enter);
    let text = screen(&app, 80, 24);
    assert!(text.contains("That is D(B‖A)"), "the reversed mistake is recognised: {text}");
    press(&mut app, "a0.1438");
    key(&mut app, KeyCode::Enter);
    assert!(screen(&app, 80, 24).contains("right divergence in nats"));
    press(&mut app, "a0.2075 nats");
    key(&mut app, KeyCode::Enter);
    assert!(screen(&app, 80, 24).contains("asks for bits, not nats"));
    press(&mut app, "aoops");
    key(&mut app, KeyCode::Enter);
    assert!(screen(&app, 80, 24).contains("`oops` is not a number"));
    key(&mut app, KeyCode::Esc);
    press(&mut app, "a0.208");
    key(&mut app, KeyCode::Enter);
    let text = screen(&app, 80, 24);
    assert!(text.contains("✓ Right: D(A‖B) = 0.2075 bits.") && text.contains("2/2 answered"));
}

#[test]
fn a_hidden_step_reveals_after_its_question() {
    let path = format!("{}/docs/starter.toml", env!("CARGO_MANIFEST_DIR"));
    let mut app = app();
    app.open(Origin::File(path.into()));
    press(&mut app, "nn");
    let text = screen(&app, 80, 24);
    assert!(text.contains("hidden until you answer the question"), "{text}");
    assert!(!text.contains("bits\n") || !text.contains("= 0.0"), "no result is shown");
    press(&mut app, "2");
    let text = screen(&app, 80, 24);
    assert!(text.contains("✓ Right: no.") && !text.contains("hidden until"), "{text}");
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
    press(&mut app, "nnnnnnn1q");
    let saved = store.load().0;
    let entry = &saved.lessons["builtin:kl-divergence"];
    assert_eq!((entry.page, entry.pages, entry.answers.get(&0)), (7, 9, Some(&true)));
    assert!(!entry.completed);
    assert!(screen(&app, 80, 24).contains("page 8/9, 1/2 answered"));

    let mut again = App::new(course(), Theme::new(false));
    again.attach_store(store.clone());
    assert!(
        screen(&again, 80, 24).contains("▶ 4  Which model is closer?"),
        "starts on the last lesson"
    );
    again.open(coin);
    let text = screen(&again, 80, 24);
    assert!(text.contains("Question 1/2 · 1/2 answered"), "resumed where it stopped: {text}");
    assert!(text.contains("answered this right in an earlier session"));
    press(&mut again, "na0.2075");
    key(&mut again, KeyCode::Enter);
    assert!(store.load().0.lessons["builtin:kl-divergence"].completed);
    press(&mut again, "q");
    assert!(screen(&again, 80, 24).contains("✓ completed"));
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

#[test]
fn saving_changes_only_the_edited_values() {
    let path = lesson_copy("save", "kl-divergence");
    let before = std::fs::read_to_string(&path).unwrap();
    let mut app = app();
    app.open(Origin::File(path.clone()));
    press(&mut app, "n");
    key(&mut app, KeyCode::Up);
    press(&mut app, "s");
    assert!(screen(&app, 80, 24).contains("saved to"));
    let after = std::fs::read_to_string(&path).unwrap();
    let expected = before.replacen(r#"probs = ["1/4", "3/4"]"#, r#"probs = ["13/50", "37/50"]"#, 1);
    assert_ne!(before, expected);
    assert_eq!(after, expected, "every other byte is the author's");
    // The lesson states D(A‖B) = 0.2075 for the old values: check says so, in place.
    let text = screen(&app, 80, 24);
    assert!(
        text.contains("it no longer passes") && text.contains("the stated answer 0.2075"),
        "{text}"
    );
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
