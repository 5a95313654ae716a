//! Frames of the tutor drawn into a TestBackend: the coin lesson at 120×40, a 256-outcome
//! lesson, a nudge followed by its frame, start-up to the first frame, and keys in a lesson of
//! 10⁵ outcomes.

use std::hint::black_box;
use std::path::PathBuf;

use criterion::{Criterion, criterion_group, criterion_main};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use kltutor::lesson::builtin::COURSE;
use kltutor::lesson::catalog::Origin;
use kltutor::tui::App;
use kltutor::tui::theme::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn opened(origin: Origin) -> App {
    let mut app = App::new(COURSE.iter().map(Origin::Builtin).collect(), Theme::new(true));
    app.open(origin);
    app
}

fn frame(c: &mut Criterion) {
    let coin = opened(Origin::Builtin(&COURSE[3]));
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    c.bench_function("frame/coin_120x40", |b| {
        b.iter(|| {
            terminal.draw(|f| f.render_widget(black_box(&coin), f.area())).unwrap();
        })
    });

    let many =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/lessons/valid/many-outcomes.toml");
    let mut app = opened(Origin::File(many));
    let right = KeyEvent::new(KeyCode::Right, KeyModifiers::NONE);
    for _ in 0..100 {
        app.handle_key(right);
    }
    c.bench_function("frame/256_outcomes_120x40", |b| {
        b.iter(|| {
            terminal.draw(|f| f.render_widget(black_box(&app), f.area())).unwrap();
        })
    });

    let mut coin = opened(Origin::Builtin(&COURSE[3]));
    let (up, down) = (
        KeyEvent::new(KeyCode::Up, KeyModifiers::NONE),
        KeyEvent::new(KeyCode::Down, KeyModifiers::NONE),
    );
    let mut flip = false;
    c.bench_function("nudge_and_frame/coin_120x40", |b| {
        b.iter(|| {
            flip = !flip;
            coin.handle_key(if flip { up } else { down });
            terminal.draw(|f| f.render_widget(&coin, f.area())).unwrap();
        })
    });

    c.bench_function("startup_to_first_frame/coin_80x24", |b| {
        b.iter(|| {
            let app = opened(Origin::Builtin(&COURSE[3]));
            let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
            terminal.draw(|f| f.render_widget(&app, f.area())).unwrap();
        })
    });
}

/// A lesson of 10⁵ outcomes, as compact as the lesson size limit requires: three-character
/// names and one-digit counts.
fn large_lesson() -> PathBuf {
    const N: usize = 100_000;
    let alphabet: Vec<char> = ('a'..='z').chain('A'..='Z').chain('0'..='9').collect();
    let name = |i: usize| -> String {
        [i / 3844 % 62, i / 62 % 62, i % 62].map(|k| alphabet[k]).iter().collect()
    };
    let names: Vec<String> = (0..N).map(|i| format!("\"{}\"", name(i))).collect();
    let counts = |seed: usize| -> String {
        (0..N).map(|i| ((i * 7 + seed) % 9 + 1).to_string()).collect::<Vec<_>>().join(",")
    };
    let text = format!(
        "title = \"Large\"\nsummary = \"10^5 outcomes.\"\nunit = \"bits\"\noutcomes = [{}]\n\
         [truth]\nname = \"P\"\nnormalize = true\nprobs = [{}]\n\
         [[model]]\nname = \"Q\"\nnormalize = true\nprobs = [{}]\n\
         [[step]]\ntext = \"KL.\"\nshow = {{ quantity = \"kl\", model = \"Q\" }}\n",
        names.join(","),
        counts(0),
        counts(4)
    );
    let path =
        std::env::temp_dir().join(format!("kltutor-bench-large-{}.toml", std::process::id()));
    std::fs::write(&path, text).unwrap();
    path
}

fn large(c: &mut Criterion) {
    let path = large_lesson();
    let mut app = opened(Origin::File(path.clone()));
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    let key = |code| KeyEvent::new(code, KeyModifiers::NONE);
    let mut flip = false;
    c.bench_function("large_1e5/select_and_frame_120x40", |b| {
        b.iter(|| {
            flip = !flip;
            app.handle_key(key(if flip { KeyCode::Right } else { KeyCode::Left }));
            terminal.draw(|f| f.render_widget(&app, f.area())).unwrap();
        })
    });
    c.bench_function("large_1e5/quantity_and_frame_120x40", |b| {
        b.iter(|| {
            app.handle_key(key(KeyCode::Char('m')));
            terminal.draw(|f| f.render_widget(&app, f.area())).unwrap();
        })
    });
    c.bench_function("large_1e5/nudge_and_frame_120x40", |b| {
        b.iter(|| {
            flip = !flip;
            app.handle_key(key(if flip { KeyCode::Up } else { KeyCode::Down }));
            terminal.draw(|f| f.render_widget(&app, f.area())).unwrap();
        })
    });
    std::fs::remove_file(path).unwrap();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(30);
    targets = frame
}

criterion_group! {
    name = large_lessons;
    config = Criterion::default().sample_size(10);
    targets = large
}
criterion_main!(benches, large_lessons);
