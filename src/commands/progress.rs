//! `kltutor progress`: what the student has done, and `--reset` to start over.

use std::io::{BufRead, IsTerminal, Write};

use crate::progress::Store;

use super::Failure;

fn store() -> Result<Store, Failure> {
    Store::default_location()
        .ok_or_else(|| Failure::usage("no state folder: set HOME or XDG_STATE_HOME"))
}

pub fn run(reset: bool, yes: bool) -> Result<String, Failure> {
    let store = store()?;
    if reset {
        return clear(&store, yes);
    }
    let (progress, warning) = store.load();
    if let Some(warning) = warning {
        eprintln!("warning: {warning}");
    }
    if progress.lessons.is_empty() {
        return Ok(format!("No progress yet. It will be kept in {}\n", store.path.display()));
    }
    let mut out = String::new();
    for (key, p) in &progress.lessons {
        let right = p.answers.values().filter(|&&r| r).count();
        let state = if p.completed { "completed" } else { "started" };
        out.push_str(&format!(
            "{state:<9}  {}  page {}/{}, {right}/{} answered right  [{key}]\n",
            p.title,
            p.page + 1,
            p.pages,
            p.questions
        ));
    }
    out.push_str(&format!("\nKept in {}\n", store.path.display()));
    Ok(out)
}

fn clear(store: &Store, yes: bool) -> Result<String, Failure> {
    if !yes {
        if !std::io::stdin().is_terminal() {
            return Err(Failure::usage("refusing to reset without a terminal to ask; pass --yes"));
        }
        eprint!("Forget all progress in {}? [y/N] ", store.path.display());
        let _ = std::io::stderr().flush();
        let mut line = String::new();
        let _ = std::io::stdin().lock().read_line(&mut line);
        if !matches!(line.trim(), "y" | "Y" | "yes") {
            return Ok("Nothing was changed.\n".to_string());
        }
    }
    store
        .reset()
        .map_err(|e| Failure::invalid(format!("cannot remove {}: {e}", store.path.display())))?;
    Ok("Progress cleared.\n".to_string())
}
