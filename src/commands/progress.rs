//! `kltutor progress`: what the student has done, and `--reset` to start over.

use std::io::{BufRead, IsTerminal, Write};

use textwrap::core::display_width;

use crate::progress::Store;
use crate::t;
use crate::visible::visible;

use super::Failure;

fn store() -> Result<Store, Failure> {
    Store::default_location().ok_or_else(|| Failure::usage(t!("progress-no-folder")))
}

pub fn run(reset: bool, yes: bool) -> Result<String, Failure> {
    let store = store()?;
    if reset {
        return clear(&store, yes);
    }
    let (progress, warning) = store.load();
    if let Some(warning) = warning {
        eprintln!("{}", t!("progress-warning", warning = warning));
    }
    let path = store.path.display().to_string();
    let path = visible(&path);
    if progress.lessons.is_empty() {
        return Ok(format!("{}\n", t!("progress-none", path = path)));
    }
    let states = [t!("progress-started"), t!("progress-completed")];
    let state_width = states.iter().map(|s| display_width(s)).max().unwrap_or(0);
    let mut out = String::new();
    for (key, p) in &progress.lessons {
        let right = p.answers.values().filter(|&&r| r).count();
        let state = &states[usize::from(p.completed)];
        let pad = " ".repeat(state_width - display_width(state));
        let done = t!(
            "progress-line",
            page = p.page + 1,
            pages = p.pages,
            right = right,
            questions = p.questions
        );
        let (title, key) = (visible(&p.title), visible(key));
        out.push_str(&format!("{state}{pad}  {title}  {done}  [{key}]\n"));
    }
    out.push_str(&format!("\n{}\n", t!("progress-kept-in", path = path)));
    Ok(out)
}

fn clear(store: &Store, yes: bool) -> Result<String, Failure> {
    if !yes {
        if !std::io::stdin().is_terminal() {
            return Err(Failure::usage(t!("progress-reset-needs-terminal")));
        }
        let path = store.path.display().to_string();
        eprint!("{} ", t!("progress-reset-ask", path = visible(&path)));
        let _ = std::io::stderr().flush();
        let mut line = String::new();
        let _ = std::io::stdin().lock().read_line(&mut line);
        if !matches!(line.trim(), "y" | "Y" | "yes" | "是") {
            return Ok(format!("{}\n", t!("progress-unchanged")));
        }
    }
    store.reset().map_err(|e| {
        let path = store.path.display().to_string();
        Failure::invalid(t!("progress-cannot-remove", path = visible(&path), error = e.to_string()))
    })?;
    Ok(format!("{}\n", t!("progress-cleared")))
}
