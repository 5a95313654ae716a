//! Recomputing a 200-point curve after a keypress, for a coin and for 256 outcomes; a frame
//! of the tutor with the chart shown, and a nudge with the chart shown followed by its frame.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use kltutor::info::curve::{self, Family};
use kltutor::info::{Distribution, Notation, Unit};
use num_rational::BigRational;

fn distribution(n: usize, seed: u64) -> Distribution {
    let mut state = seed;
    let weights = (0..n)
        .map(|_| {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            BigRational::from_integer((1 + (state >> 44)).into())
        })
        .collect();
    Distribution::normalized(weights, Notation::Decimal).unwrap()
}

fn curves(c: &mut Criterion) {
    let coin = Distribution::parse("1/2 1/2", false).unwrap();
    let model = Distribution::parse("1/4 3/4", false).unwrap();
    c.bench_function("200-point coin curve", |b| {
        b.iter(|| {
            curve::sample(black_box(&coin), Family::Coin { from: &model }, None, 200, Unit::Bits)
        })
    });
    let (p, q) = (distribution(256, 1), distribution(256, 2));
    let locks = vec![false; 256];
    c.bench_function("200-point sweep, 256 outcomes", |b| {
        b.iter(|| {
            let family = Family::Sweep { from: &q, outcome: 100, locks: &locks };
            curve::sample(black_box(&p), family, None, 200, Unit::Bits)
        })
    });
    c.bench_function("200-point path, 256 outcomes", |b| {
        b.iter(|| curve::sample(black_box(&p), Family::Path { from: &q }, None, 200, Unit::Bits))
    });
}

fn chart_frames(c: &mut Criterion) {
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    use kltutor::lesson::builtin::COURSE;
    use kltutor::lesson::catalog::Origin;
    use kltutor::tui::App;
    use kltutor::tui::theme::Theme;
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;

    let mut app = App::new(COURSE.iter().map(Origin::Builtin).collect(), Theme::new(true));
    app.open(Origin::Builtin(&COURSE[3]));
    let key = |code| KeyEvent::new(code, KeyModifiers::NONE);
    app.handle_key(key(KeyCode::Char('c')));
    app.handle_key(key(KeyCode::Tab));
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    c.bench_function("frame/chart_120x40", |b| {
        b.iter(|| {
            terminal.draw(|f| f.render_widget(black_box(&app), f.area())).unwrap();
        })
    });
    let mut up = true;
    c.bench_function("nudge_and_frame/chart_120x40", |b| {
        b.iter(|| {
            app.handle_key(key(if up { KeyCode::Up } else { KeyCode::Down }));
            up = !up;
            terminal.draw(|f| f.render_widget(black_box(&app), f.area())).unwrap();
        })
    });
}

criterion_group!(benches, curves, chart_frames);
criterion_main!(benches);
