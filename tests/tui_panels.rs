//! The chart, the library panel and the code words of the lesson view, driven by keys as a
//! student would.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use kltutor::lesson::builtin::COURSE;
use kltutor::lesson::catalog::Origin;
use kltutor::tui::App;
use kltutor::tui::theme::Theme;

mod screen;

use screen::screen;

fn opened(id: &str) -> App {
    let course: Vec<Origin> = COURSE.iter().map(Origin::Builtin).collect();
    let mut app = App::new(course.clone(), Theme::new(false));
    app.open(course.into_iter().find(|o| o.id() == id).unwrap());
    app
}

/// The lesson opened with every question given up but the one on page `keep`, back on its
/// first page: a panel waits only for a question still to come, so these show the panels
/// as a student who has done the questions sees them.
fn settled(id: &str, keep: Option<usize>) -> App {
    let mut walked = opened(id);
    let state = walked.lesson.as_mut().unwrap();
    for page in (0..state.pages()).filter(|&page| Some(page) != keep) {
        state.go_to_page(page);
        state.give_up();
    }
    // A fresh view of the lesson (selection as on opening), with those answers.
    let answers = state.answers.clone();
    let mut app = opened(id);
    let state = app.lesson.as_mut().unwrap();
    state.answers = answers;
    state.go_to_page(0);
    app
}

fn key(app: &mut App, code: KeyCode) {
    app.handle_key(KeyEvent::new(code, KeyModifiers::NONE));
}

fn press(app: &mut App, keys: &str) {
    keys.chars().for_each(|c| key(app, KeyCode::Char(c)));
}

#[test]
fn c_shows_the_chart_and_the_nudge_keys_move_along_it() {
    kltutor::i18n::with_lang(kltutor::i18n::Lang::En, || {
        let mut app = opened("kl-divergence");
        press(&mut app, "c");
        for (w, h) in [(80, 24), (120, 40)] {
            let text = screen(&app, w, h);
            for label in
                ["Along θ", "D(A‖Bθ)", "D(Bθ‖A)", "H(A,Bθ)", "JS(A,Bθ)", "B now (θ = 0.25)"]
            {
                assert!(text.contains(label), "{label} at {w}×{h}:\n{text}");
            }
            assert!(text.contains("θ = B(heads)") && text.contains("1.00"), "{text}");
        }
        // Tab selects B; ↑ nudges its heads up one step, and the chart's marker follows.
        key(&mut app, KeyCode::Tab);
        key(&mut app, KeyCode::Up);
        let text = screen(&app, 80, 24);
        assert!(!text.contains("B now (θ = 0.25)"), "{text}");
        assert!(text.contains("B now (θ = 0.2"), "{text}");
        // c again charts the path to the truth; a third time gives the working back.
        press(&mut app, "cc");
        assert!(screen(&app, 80, 24).contains("Step by step"), "the chart closes");
    });
}

#[test]
fn the_chart_marks_the_model_with_a_vertical_line() {
    kltutor::i18n::with_lang(kltutor::i18n::Lang::En, || {
        let mut app = opened("kl-divergence");
        press(&mut app, "c");
        let text = screen(&app, 120, 40);
        // The model's θ is drawn as a column of braille dots through the whole plot.
        let column_marks = text.lines().filter(|l| l.contains('⡇') || l.contains('⢸')).count();
        assert!(column_marks >= 20, "{text}");
    });
}

#[test]
fn v_lists_what_the_libraries_return() {
    kltutor::i18n::with_lang(kltutor::i18n::Lang::En, || {
        let mut app = settled("library-conventions", None);
        press(&mut app, "v");
        let text = screen(&app, 120, 40);
        for line in [
            "stats.entropy(p, q)",
            "0.143841 = D(P‖Q)",
            "F.kl_div(q.log(), p)",
            "0.071921 ≠ D(P‖Q) = 0.143841",
            "−1.193147 ≠ D(P‖Q) = 0.143841",
            "−0.596574 ≠ D(P‖Q) = 0.143841",
            "0.724077 ≠ H(P,Q) = 0.836988",
            "scikit-learn",
            "calls 1–21 of 21",
        ] {
            assert!(text.contains(line), "{line}:\n{text}");
        }
        // At 80×24 not every call fits: PgDn scrolls the rest into view.
        assert!(!screen(&app, 80, 24).contains("metrics.log_loss"));
        for _ in 0..20 {
            key(&mut app, KeyCode::PageDown);
        }
        let text = screen(&app, 80, 24);
        assert!(text.contains("metrics.log_loss"), "{text}");
    });
}

#[test]
fn panels_wait_while_a_question_hides_the_values() {
    kltutor::i18n::with_lang(kltutor::i18n::Lang::En, || {
        let mut app = settled("library-conventions", Some(3));
        // Page 4 asks what F.kl_div(q, p) prints before showing anything.
        press(&mut app, "nnnv");
        let text = screen(&app, 120, 40);
        assert!(
            !text.contains("What the libraries return"),
            "it would answer the question:\n{text}"
        );
        assert!(text.contains("answer it first"), "the key says why it waits:\n{text}");
        press(&mut app, "c");
        assert!(!screen(&app, 120, 40).contains("Along θ"));
        // Answered, nothing opens by itself; c opens the chart.
        press(&mut app, "3");
        assert!(!screen(&app, 120, 40).contains("Along θ"));
        press(&mut app, "c");
        assert!(screen(&app, 120, 40).contains("Along θ"));
    });
}

#[test]
fn w_shows_the_code_words_and_their_cost() {
    kltutor::i18n::with_lang(kltutor::i18n::Lang::En, || {
        let mut app = settled("code-lengths", None);
        press(&mut app, "w");
        let text = screen(&app, 120, 40);
        for line in [
            "Code words built for P and for Q",
            "██ 0",
            "██████ 110",
            "P's code 1.7500, Q's code 2.6250",
            "D(P‖Q) = 0.8750 bits",
        ] {
            assert!(text.contains(line), "{line}:\n{text}");
        }
        press(&mut app, "w");
        assert!(!screen(&app, 120, 40).contains("Code words built"), "w again hides them");
        // In Chinese too.
        kltutor::i18n::with_lang(kltutor::i18n::Lang::Zh, || {
            let mut zh = settled("code-lengths-zh", None);
            press(&mut zh, "w");
            assert!(screen(&zh, 80, 24).contains("P 的编码"), "{}", screen(&zh, 80, 24));
        });
    });
}

#[test]
fn c_again_follows_the_path_to_the_truth_then_closes() {
    kltutor::i18n::with_lang(kltutor::i18n::Lang::En, || {
        let mut app = settled("asymmetry", None);
        press(&mut app, "cc");
        let text = screen(&app, 120, 40);
        assert!(text.contains("Along the path Qθ = (1 − θ)·Q + θ·P"), "{text}");
        assert!(text.contains("Q now (θ = 0.00)"), "{text}");
        press(&mut app, "c");
        assert!(screen(&app, 120, 40).contains("Step by step"));
    });
}

#[test]
fn i_shows_a_grid_lessons_joint_and_its_mutual_information() {
    kltutor::i18n::with_lang(kltutor::i18n::Lang::En, || {
        let mut app = settled("mutual-info", None);
        press(&mut app, "i");
        let text = screen(&app, 120, 40);
        for line in ["rain", "no U", "│ P(x)", "P(y)", "0.16", "0.36"] {
            assert!(text.contains(line), "{line}:\n{text}");
        }
        // Scrolled down: I(X;Y) derived as a KL divergence, the entropies and identities.
        (0..2).for_each(|_| key(&mut app, KeyCode::PageDown));
        let text = screen(&app, 120, 40);
        assert!(text.contains("0.2564"), "{text}");
        assert!(text.contains("I(X;Y) = H(X) + H(Y) − H(X,Y)"), "{text}");
        // The model is the product of the marginals: it cannot be edited on its own…
        // (this page is about J's entropy, so Tab moves from J to I).
        key(&mut app, KeyCode::Tab);
        key(&mut app, KeyCode::Up);
        let text = screen(&app, 120, 40);
        assert!(text.contains("I is the product of the marginals of J"), "{text}");
        // …and follows every edit of the joint: 30% → 31%, the other cells rebalanced to
        // whole percents (10%, 10%, 49%), takes P(rain) to 0.41 and the product's first cell
        // to its square.
        key(&mut app, KeyCode::BackTab);
        key(&mut app, KeyCode::Up);
        (0..2).for_each(|_| key(&mut app, KeyCode::PageUp));
        let text = screen(&app, 120, 40);
        assert!(text.contains("│ 0.41") && text.contains("0.1681"), "{text}");
    });
}

#[test]
fn the_grid_keeps_its_measures_hidden_while_a_question_asks_for_one() {
    kltutor::i18n::with_lang(kltutor::i18n::Lang::En, || {
        let mut app = settled("mutual-info", Some(2));
        press(&mut app, "nni");
        let text = screen(&app, 120, 40);
        assert!(text.contains("What is I(X;Y)"), "{text}");
        assert!(text.contains("rain") && text.contains("0.16"), "the grids show:\n{text}");
        assert!(text.contains("stay hidden until the questions"), "{text}");
        for secret in ["0.2564", "0.971", "1.6855", "H(X|Y)"] {
            assert!(!text.contains(secret), "{secret} shows:\n{text}");
        }
        // H(J) and H(I) would give it too (I is the product of the marginals): m shows
        // neither while the question is open.
        for _ in 0..8 {
            press(&mut app, "m");
            let text = screen(&app, 120, 40);
            for secret in ["0.2564", "1.6855", "1.9419"] {
                assert!(!text.contains(secret), "{secret} shows:\n{text}");
            }
        }
    });
}

#[test]
fn i_in_a_lesson_without_a_grid_says_how_to_give_one() {
    kltutor::i18n::with_lang(kltutor::i18n::Lang::En, || {
        let mut app = opened("kl-divergence");
        press(&mut app, "i");
        assert!(screen(&app, 80, 24).contains("the lesson mutual-info has one"));
    });
}

#[test]
fn d_draws_the_densities_and_the_arrows_move_the_models_mean_and_sd() {
    kltutor::i18n::with_lang(kltutor::i18n::Lang::En, || {
        let mut app = settled("normal-distributions", None);
        // Step 4, the shift: Q selected and no question open.
        press(&mut app, "nnnd");
        let text = screen(&app, 120, 40);
        for line in ["P = normal(0, 1)", "Q = normal(1, 1)", "h(P) = ½·ln(2πe·σ²)", "1.4189 nats"]
        {
            assert!(text.contains(line), "{line}:\n{text}");
        }
        // The footer says what the arrows do here.
        let footer = text.lines().last().unwrap();
        assert!(footer.contains("←→ mean") && footer.contains("↑↓ sd"), "{footer}");
        // A page further down, D(Q‖P) in closed form, term by term.
        key(&mut app, KeyCode::PageDown);
        let text = screen(&app, 120, 40);
        assert!(text.contains("= ln(1/1) + 1²/(2·1²) + (1 − 0)²/(2·1²) − ½"), "{text}");
        // ← moves Q's mean by 0.1 ten times, onto P: the closed form gives 0, and the bins
        // follow, so the ranking's D(P‖Q) of the bins is 0 too.
        (0..10).for_each(|_| key(&mut app, KeyCode::Left));
        let text = screen(&app, 120, 40);
        assert!(text.contains("Q = normal(0, 1)"), "{text}");
        assert!(text.contains("(0 − 0)²/(2·1²)") && text.contains("= 0.0000 nats"), "{text}");
        // ↑ widens it; z undoes, one step at a time.
        key(&mut app, KeyCode::Up);
        assert!(screen(&app, 120, 40).contains("Q = normal(0, 1.1)"));
        press(&mut app, "z");
        assert!(screen(&app, 120, 40).contains("Q = normal(0, 1)"));
        // The sd cannot reach 0.
        press(&mut app, "]]]");
        (0..2).for_each(|_| key(&mut app, KeyCode::Down));
        assert!(screen(&app, 120, 40).contains("must stay > 0"));
    });
}

#[test]
fn a_density_is_typed_whole_and_a_bad_one_is_named() {
    kltutor::i18n::with_lang(kltutor::i18n::Lang::En, || {
        let mut app = settled("normal-distributions", None);
        press(&mut app, "nnnd=normal(2, 0)");
        key(&mut app, KeyCode::Enter);
        assert!(screen(&app, 120, 40).contains("a standard deviation must be > 0"));
        (0..2).for_each(|_| key(&mut app, KeyCode::Backspace));
        press(&mut app, "3)");
        key(&mut app, KeyCode::Enter);
        assert!(screen(&app, 120, 40).contains("Q = normal(2, 3)"));
        // Means at the ends of the float range are drawn, not chased across it.
        for far in ["normal(1e307, 1)", "normal(-1e308, 1)", "normal(0, 1e308)"] {
            press(&mut app, &format!("={far}"));
            key(&mut app, KeyCode::Enter);
            let text = screen(&app, 80, 24);
            assert!(text.contains(&far.replace('-', "−")), "{far}:\n{text}");
        }
        // Nudging a bin would part the bars from the density: the keys say what to do.
        press(&mut app, "d");
        key(&mut app, KeyCode::Up);
        assert!(screen(&app, 120, 40).contains("The bins follow the densities"));
    });
}

#[test]
fn the_lessons_chart_runs_along_the_family_and_range_it_names() {
    kltutor::i18n::with_lang(kltutor::i18n::Lang::En, || {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/lessons/valid/chart-sweep.toml");
        let mut app = App::new(Vec::new(), Theme::new(false));
        app.open(Origin::File(path));
        // The selected outcome is a, but the lesson sweeps c, over [0.05, 0.95].
        press(&mut app, "c");
        let text = screen(&app, 120, 40);
        for label in ["θ = Q(c)", "0.05", "0.50", "0.95", "Q now (θ = 0.60)"] {
            assert!(text.contains(label), "{label}:\n{text}");
        }
        assert!(!text.contains("1.00 "), "the range ends at 0.95:\n{text}");
    });
}
