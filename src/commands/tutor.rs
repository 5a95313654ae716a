//! `kltutor [LESSON]`: the interactive tutor.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use crate::lesson::catalog;
use crate::progress::Store;
use crate::tui::theme::Theme;
use crate::tui::{self, App};

use super::Failure;

/// Opens the browser, or the named lesson, and runs until the user quits.
pub fn run(lesson: Option<&str>, lesson_dirs: &[PathBuf]) -> color_eyre::Result<ExitCode> {
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
    let mut origins = catalog::discover(lesson_dirs);
    if let Some(origin) = &origin
        && !origins.contains(origin)
    {
        origins.push(origin.clone());
    }
    let mut app = App::new(origins, Theme::from_env());
    if let Some(store) = Store::default_location() {
        app.attach_store(store);
    }
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
