//! The terminal user interface: a thin layer that draws what `info` computes.
//!
//! All state lives in `App`; `render` draws it without side effects; `run` owns the terminal.
//! Input and signals arrive on one channel, so the loop sleeps until something happens.

pub mod app;
pub mod fit;
pub mod keys;
mod render;
pub mod state;
pub mod text;
pub mod theme;
pub mod walk;

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use crossterm::event::{self, Event as TermEvent};
use notify::{RecommendedWatcher, RecursiveMode, Watcher};

pub use app::App;
pub use render::{MIN_HEIGHT, MIN_WIDTH};

/// Something the loop must react to.
enum Event {
    Terminal(TermEvent),
    /// SIGTERM, SIGHUP or SIGINT: leave cleanly.
    Terminate,
    /// The open lesson's file was written.
    FileChanged,
}

/// Saves come as bursts of events (write, rename, metadata); one reload follows each burst.
const DEBOUNCE: Duration = Duration::from_millis(150);

/// Runs the tutor until the user quits, restoring the terminal on every exit path: a normal
/// quit, an error, a panic (ratatui's hook) and a termination signal.
pub fn run(mut app: App) -> color_eyre::Result<()> {
    let (tx, rx) = mpsc::channel();
    spawn_signal_listener(tx.clone())?;
    spawn_input_reader(tx.clone());
    let mut terminal = ratatui::init();
    let mut watch = Watch { path: None, watcher: None, tx: tx.clone() };
    let result = (|| -> color_eyre::Result<()> {
        // A save comes as a burst of events; the reload follows a fixed time after the first,
        // while keys go on being handled and drawn (a held key never delays it, or it them).
        let mut reload_at: Option<Instant> = None;
        while app.running {
            watch.follow(app.watched_file());
            terminal.draw(|frame| frame.render_widget(&app, frame.area()))?;
            let event = match reload_at {
                Some(at) => match rx.recv_timeout(at.saturating_duration_since(Instant::now())) {
                    Ok(event) => Some(event),
                    Err(mpsc::RecvTimeoutError::Timeout) => None,
                    Err(mpsc::RecvTimeoutError::Disconnected) => return Ok(()),
                },
                None => Some(rx.recv()?),
            };
            match event {
                None => {
                    reload_at = None;
                    app.file_changed();
                }
                Some(Event::FileChanged) => {
                    reload_at.get_or_insert_with(|| Instant::now() + DEBOUNCE);
                }
                Some(Event::Terminal(event)) => app.handle_event(&event),
                Some(Event::Terminate) => app.running = false,
            }
        }
        Ok(())
    })();
    ratatui::restore();
    result
}

/// Watches the folder of the open lesson's file: editors often save by writing a new file and
/// renaming it over the old one, which a watch on the file itself would lose.
struct Watch {
    path: Option<PathBuf>,
    watcher: Option<RecommendedWatcher>,
    tx: mpsc::Sender<Event>,
}

impl Watch {
    /// Watches `path` (or nothing), if that is not already what is watched.
    fn follow(&mut self, path: Option<PathBuf>) {
        if path == self.path {
            return;
        }
        self.watcher = path.as_deref().and_then(|p| watch(p, self.tx.clone()).ok());
        self.path = path;
    }
}

fn watch(path: &Path, tx: mpsc::Sender<Event>) -> notify::Result<RecommendedWatcher> {
    let name = path.file_name().map(|n| n.to_os_string());
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let mut watcher = notify::recommended_watcher(move |result: notify::Result<notify::Event>| {
        // Reading the file is no change; what is is told apart by content on reload.
        let touches_file = result.is_ok_and(|event| {
            !event.kind.is_access()
                && event.paths.iter().any(|p| p.file_name().map(|n| n.to_os_string()) == name)
        });
        if touches_file {
            let _ = tx.send(Event::FileChanged);
        }
    })?;
    watcher.watch(&folder, RecursiveMode::NonRecursive)?;
    Ok(watcher)
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
