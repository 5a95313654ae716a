//! The terminal user interface: a thin layer that draws what `info` computes.
//!
//! All state lives in `App`; `render` draws it without side effects; `run` owns the terminal.
//! Input and signals arrive on one channel, so the loop sleeps until something happens.

pub mod app;
mod render;
pub mod state;
pub mod strings;
pub mod text;
pub mod theme;

use std::sync::mpsc;

use crossterm::event::{self, Event as TermEvent};

pub use app::App;
pub use render::{MIN_HEIGHT, MIN_WIDTH};

/// Something the loop must react to.
enum Event {
    Terminal(TermEvent),
    /// SIGTERM, SIGHUP or SIGINT: leave cleanly.
    Terminate,
}

/// Runs the tutor until the user quits, restoring the terminal on every exit path: a normal
/// quit, an error, a panic (ratatui's hook) and a termination signal.
pub fn run(mut app: App) -> color_eyre::Result<()> {
    let (tx, rx) = mpsc::channel();
    spawn_signal_listener(tx.clone())?;
    spawn_input_reader(tx);
    let mut terminal = ratatui::init();
    let result = (|| -> color_eyre::Result<()> {
        while app.running {
            terminal.draw(|frame| frame.render_widget(&app, frame.area()))?;
            match rx.recv()? {
                Event::Terminal(event) => app.handle_event(&event),
                Event::Terminate => app.running = false,
            }
        }
        Ok(())
    })();
    ratatui::restore();
    result
}

/// Blocks on terminal input in its own thread, so the loop waits on one channel.
fn spawn_input_reader(tx: mpsc::Sender<Event>) {
    std::thread::spawn(move || {
        while let Ok(event) = event::read() {
            if tx.send(Event::Terminal(event)).is_err() {
                break;
            }
        }
    });
}

fn spawn_signal_listener(tx: mpsc::Sender<Event>) -> std::io::Result<()> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT])?;
    std::thread::spawn(move || {
        if signals.forever().next().is_some() {
            let _ = tx.send(Event::Terminate);
        }
    });
    Ok(())
}
