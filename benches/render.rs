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

#[path = "../tests/support/mod.rs"]
mod support;

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

fn large(c: &mut Criterion) {
    let path = support::many_outcomes_lesson(100_000);
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

/// A key on the joint and the density panels: everything they show is worked out again.
fn panels(c: &mut Criterion) {
    let find = |id: &str| Origin::Builtin(COURSE.iter().find(|b| b.id == id).unwrap());
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    let key = |code| KeyEvent::new(code, KeyModifiers::NONE);
    let press = |app: &mut App, keys: &str| {
        keys.chars().for_each(|ch| app.handle_key(key(KeyCode::Char(ch))));
    };
    let mut grid = opened(find("mutual-info"));
    press(&mut grid, "i");
    grid.handle_key(key(KeyCode::BackTab));
    let mut flip = false;
    c.bench_function("panels/joint_nudge_and_frame_120x40", |b| {
        b.iter(|| {
            flip = !flip;
            grid.handle_key(key(if flip { KeyCode::Up } else { KeyCode::Down }));
            terminal.draw(|f| f.render_widget(&grid, f.area())).unwrap();
        })
    });
    let mut normals = opened(find("normal-distributions"));
    press(&mut normals, "nd");
    c.bench_function("panels/density_mean_and_frame_120x40", |b| {
        b.iter(|| {
            flip = !flip;
            normals.handle_key(key(if flip { KeyCode::Left } else { KeyCode::Right }));
            terminal.draw(|f| f.render_widget(&normals, f.area())).unwrap();
        })
    });
    let mixture =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/lessons/valid/mixture-truth.toml");
    let mut mixture = opened(Origin::File(mixture));
    press(&mut mixture, "d");
    c.bench_function("panels/density_mixture_truth_sd_and_frame_120x40", |b| {
        b.iter(|| {
            flip = !flip;
            mixture.handle_key(key(if flip { KeyCode::Up } else { KeyCode::Down }));
            terminal.draw(|f| f.render_widget(&mixture, f.area())).unwrap();
        })
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(30);
    targets = frame, panels
}

criterion_group! {
    name = large_lessons;
    config = Criterion::default().sample_size(10);
    targets = large
}
criterion_main!(benches, large_lessons);
