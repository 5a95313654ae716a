//! `kltutor [LESSON]` and `kltutor practice`: the interactive tutor.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use crate::lesson::catalog::{self, Origin};
use crate::lesson::practice::Topic;
use crate::progress::Store;
use crate::tui::theme::Theme;
use crate::tui::{self, App};

use super::Failure;

/// Opens the browser, or the named lesson, and runs until the user quits.
pub fn run(
    lesson: Option<&str>,
    lesson_dirs: &[PathBuf],
    seed: Option<u64>,
) -> color_eyre::Result<ExitCode> {
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        return Ok(Failure::usage(crate::t!("tutor-needs-terminal")).report());
    }
    let origin = match lesson {
        None => None,
        Some(name) => match catalog::resolve(name, lesson_dirs) {
            Ok(origin) => Some(origin),
            Err(message) => return Ok(Failure::usage(message).report()),
        },
    };
    let mut app = tutor(lesson_dirs, origin.as_ref());
    app.seed = seed;
    if let Some(origin) = origin {
        app.open(origin.clone());
        if let Some(problems) = app.browser.problem.take() {
            eprint!("{problems}");
            let lesson = origin.describe();
            return Ok(Failure::invalid(crate::t!("lessons-not-valid", lesson = lesson)).report());
        }
    }
    tui::run(app)?;
    Ok(ExitCode::SUCCESS)
}

/// `kltutor practice [TOPIC] [--seed N]`: the tutor on a practice run.
pub fn practice(
    topic: Option<Topic>,
    seed: Option<u64>,
    lesson_dirs: &[PathBuf],
) -> color_eyre::Result<ExitCode> {
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        return Ok(Failure::usage(crate::t!("tutor-needs-terminal")).report());
    }
    let mut app = tutor(lesson_dirs, None);
    let seed = seed.unwrap_or_else(|| {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos() as u64)
    });
    app.practise(topic, seed);
    tui::run(app)?;
    Ok(ExitCode::SUCCESS)
}

/// `kltutor review`: the tutor on a review of the skills due; with none due, says when the
/// next one is, and needs no terminal.
pub fn review(lesson_dirs: &[PathBuf]) -> color_eyre::Result<ExitCode> {
    let mut app = tutor(lesson_dirs, None);
    if app.due_count() == 0 {
        println!("{}", crate::review::nothing_due(&app.progress));
        return Ok(ExitCode::SUCCESS);
    }
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        return Ok(Failure::usage(crate::t!("tutor-needs-terminal")).report());
    }
    app.start_review();
    tui::run(app)?;
    Ok(ExitCode::SUCCESS)
}

/// The tutor on the browser: the course, the user's lessons (and `extra`, a lesson named on
/// the command line from elsewhere), practice last; progress from the state folder.
fn tutor(lesson_dirs: &[PathBuf], extra: Option<&Origin>) -> App {
    // Named as `kltutor lessons` names them; a lesson file from elsewhere comes last.
    let mut origins = catalog::browsable(lesson_dirs);
    if let Some(origin) = extra
        && !origins.contains(origin)
    {
        origins.push(origin.clone());
    }
    let mut app = App::new(origins, Theme::from_env());
    if let Some(store) = Store::default_location() {
        app.attach_store(store);
    }
    app
}
