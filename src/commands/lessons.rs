//! `kltutor lessons`, `check`, `explain`, `new` and `schema`: the lesson files from the
//! command line.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use crate::cli::ExplainFormat;
use crate::lesson::catalog::{self, Origin};
use crate::lesson::schema::SCHEMA;
use crate::report::{Format, handout, render};

use super::Failure;

/// Whether diagnostics on stderr may be coloured.
fn stderr_color() -> bool {
    std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

/// The course and the user's lessons, one per line: number, id, title, origin.
pub fn list(extra: &[PathBuf]) -> Result<String, Failure> {
    let mut out = String::new();
    for (i, origin) in catalog::discover(extra).iter().enumerate() {
        let title = match origin.load() {
            Ok(lesson) => lesson.title,
            Err(report) => format!(
                "(invalid: {} problem{}; run `kltutor check {}`)",
                report.diagnostics.len(),
                if report.diagnostics.len() == 1 { "" } else { "s" },
                origin.describe()
            ),
        };
        out.push_str(&format!(
            "{:>2}  {:<20} {}  [{}]\n",
            i + 1,
            origin.id(),
            title,
            origin.describe()
        ));
    }
    if let Some(dir) = catalog::user_dir() {
        out.push_str(&format!("\nYour own lessons go in {}\n", dir.display()));
    }
    Ok(out)
}

/// Checks each file; diagnostics go to stderr, a line per valid file to stdout.
pub fn check(files: &[String]) -> Result<String, Failure> {
    let mut out = String::new();
    let mut failed = 0;
    for file in files {
        let origin = catalog::resolve(file).unwrap_or_else(|| Origin::File(PathBuf::from(file)));
        match origin.load() {
            Ok(lesson) => out.push_str(&format!(
                "ok: {} — {} ({} steps, {} questions)\n",
                origin.describe(),
                lesson.title,
                lesson.steps.len(),
                lesson.all_questions().count()
            )),
            Err(report) => {
                failed += 1;
                let _ = std::io::stderr().write_all(report.render(stderr_color()).as_bytes());
            }
        }
    }
    if failed > 0 {
        print!("{out}");
        return Err(Failure::invalid(format!("{failed} of {} lesson files invalid", files.len())));
    }
    Ok(out)
}

/// A lesson worked out in full.
pub fn explain(name: &str, format: ExplainFormat, precision: u8) -> Result<String, Failure> {
    let origin = catalog::resolve(name).ok_or_else(|| {
        Failure::usage(format!(
            "no lesson `{name}`: name a lesson file, or a built-in lesson (see `kltutor lessons`)"
        ))
    })?;
    let lesson = origin.load().map_err(|report| {
        let _ = std::io::stderr().write_all(report.render(stderr_color()).as_bytes());
        Failure::invalid(format!("{} is not a valid lesson", origin.describe()))
    })?;
    let format = match format {
        ExplainFormat::Text => Format::Text,
        ExplainFormat::Markdown => Format::Markdown,
        ExplainFormat::Latex => Format::Latex,
    };
    let precision = precision as usize;
    let lang = crate::i18n::for_lesson(lesson.lang, crate::i18n::lang());
    Ok(crate::i18n::with_lang(lang, || {
        render(&handout::lesson(&lesson, precision), format, precision)
    }))
}

/// The starter lesson `kltutor new` writes.
pub const STARTER: &str = include_str!("../../docs/starter.toml");

/// Writes the starter lesson, refusing to overwrite anything.
pub fn new(path: &Path) -> Result<String, Failure> {
    let mut file =
        std::fs::OpenOptions::new().write(true).create_new(true).open(path).map_err(|e| match e
            .kind()
        {
            std::io::ErrorKind::AlreadyExists => Failure::invalid(format!(
                "{} already exists; kltutor new never overwrites a file",
                path.display()
            )),
            _ => Failure::invalid(format!("cannot create {}: {e}", path.display())),
        })?;
    file.write_all(STARTER.as_bytes())
        .map_err(|e| Failure::invalid(format!("cannot write {}: {e}", path.display())))?;
    Ok(format!(
        "wrote {path}\nedit it, then run `kltutor check {path}` and open it with `kltutor {path}`\n",
        path = path.display()
    ))
}

/// The JSON Schema of the format.
pub fn schema() -> Result<String, Failure> {
    Ok(SCHEMA.to_string())
}
