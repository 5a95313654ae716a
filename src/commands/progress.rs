//! `kltutor progress`: what the student has done, and `--reset` to start over.

use std::io::{BufRead, IsTerminal, Write};

use textwrap::core::display_width;

use crate::cli::ProgressFormat;
use crate::lesson::builtin::Builtin;
use crate::lesson::catalog::Origin;
use crate::progress::{Progress, Store};
use crate::t;
use crate::visible::visible;

use super::Failure;

fn store() -> Result<Store, Failure> {
    Store::default_location().ok_or_else(|| Failure::usage(t!("progress-no-folder")))
}

pub fn run(reset: bool, yes: bool, format: ProgressFormat) -> Result<String, Failure> {
    let store = store()?;
    if reset {
        return clear(&store, yes);
    }
    let (progress, warning) = store.load();
    if let Some(warning) = warning {
        eprintln!("{}", t!("progress-warning", warning = warning));
    }
    if format == ProgressFormat::Json {
        return Ok(json(&progress));
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
        let right = p.right_first_time();
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

/// Progress for scripts: every lesson, and every question with how it went. A lesson's own
/// file gives the prompts; one that no longer loads gives `null`.
fn json(progress: &Progress) -> String {
    let lessons: Vec<serde_json::Value> = progress
        .lessons
        .iter()
        .map(|(key, p)| {
            let (key_name, key_value) = match key.strip_prefix("builtin:") {
                Some(id) => ("id", id.to_string()),
                None => ("path", key.clone()),
            };
            let origin = match key.strip_prefix("builtin:") {
                Some(id) => Builtin::find(id).map(Origin::Builtin),
                None => Some(Origin::File(key.into())),
            };
            let lesson = origin.and_then(|o| o.read().ok()).map(|loaded| loaded.lesson);
            let prompts: Vec<String> = lesson
                .iter()
                .flat_map(|l| l.all_questions().map(|q| q.prompt.clone()).collect::<Vec<_>>())
                .collect();
            let questions: Vec<serde_json::Value> = (0..p.questions)
                .map(|k| {
                    let r = p.results.get(&k).copied().unwrap_or_default();
                    serde_json::json!({
                        "number": k + 1,
                        "prompt": prompts.get(k),
                        "answered": r.answered,
                        "first_try_right": r.first_try_right,
                        "attempts": r.attempts,
                        "revealed": r.revealed,
                    })
                })
                .collect();
            let mut entry = serde_json::Map::new();
            entry.insert(key_name.into(), key_value.into());
            entry.insert("title".into(), p.title.clone().into());
            entry.insert("page".into(), (p.page + 1).into());
            entry.insert("pages".into(), p.pages.into());
            entry.insert("completed".into(), p.completed.into());
            entry.insert("right_first_time".into(), p.right_first_time().into());
            entry.insert("questions".into(), questions.into());
            serde_json::Value::Object(entry)
        })
        .collect();
    let mut out = serde_json::to_string_pretty(&serde_json::json!({ "lessons": lessons }))
        .expect("progress is plain data");
    out.push('\n');
    out
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
