//! `kltutor lessons`, `check`, `explain`, `new` and `schema`: the lesson files from the
//! command line.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use crate::cli::ExplainFormat;
use crate::i18n::{self, Lang};
use crate::lesson::catalog::{self, Origin};
use crate::lesson::schema::SCHEMA;
use crate::report::{Format, handout, render};
use crate::t;
use crate::visible::visible;

use super::Failure;

/// Whether diagnostics on stderr may be coloured.
fn stderr_color() -> bool {
    std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

/// The course and the user's lessons, one per line: number, id, title, origin. The lessons
/// in the reader's language come first; those in other languages follow under a heading.
pub fn list(extra: &[PathBuf]) -> Result<String, Failure> {
    let rows: Vec<(usize, Origin, Option<Lang>, String)> = catalog::discover(extra)
        .into_iter()
        .enumerate()
        .map(|(i, origin)| {
            let (lang, title) = match origin.load() {
                Ok(lesson) => (catalog::language(&origin, &lesson), visible(&lesson.title).into()),
                Err(report) => {
                    let check = format!("kltutor check {}", origin.describe());
                    (None, t!("lessons-invalid", count = report.diagnostics.len(), check = check))
                }
            };
            (i + 1, origin, lang, title)
        })
        .collect();
    let (first, others) = catalog::by_language(rows, i18n::lang(), |row| row.2);
    let line = |(number, origin, _, title): &(usize, Origin, Option<Lang>, String)| {
        let id = visible(&origin.id()).into_owned();
        format!("{number:>2}  {id:<20} {title}  [{}]\n", origin.describe())
    };
    let mut out: String = first.iter().map(line).collect();
    if !others.is_empty() {
        out.push_str(&format!("\n{}\n", t!("lessons-other-language")));
        out.extend(others.iter().map(line));
    }
    if let Some(dir) = catalog::user_dir() {
        let dir = dir.display().to_string();
        out.push_str(&format!("\n{}\n", t!("lessons-own-folder", path = visible(&dir))));
    }
    Ok(out)
}

/// Checks each file; diagnostics go to stderr, a line per valid file to stdout.
pub fn check(files: &[String]) -> Result<String, Failure> {
    let mut out = String::new();
    let mut failed = 0usize;
    for file in files {
        let origin = catalog::resolve(file).unwrap_or_else(|| Origin::File(PathBuf::from(file)));
        match origin.load() {
            Ok(lesson) => {
                let ok = t!(
                    "check-ok",
                    lesson = origin.describe(),
                    title = visible(&lesson.title),
                    steps = lesson.steps.len(),
                    questions = lesson.all_questions().count()
                );
                out.push_str(&format!("{ok}\n"));
            }
            Err(report) => {
                failed += 1;
                let _ = std::io::stderr().write_all(report.render(stderr_color()).as_bytes());
            }
        }
    }
    if failed > 0 {
        print!("{out}");
        return Err(Failure::invalid(t!("check-failed", failed = failed, count = files.len())));
    }
    Ok(out)
}

/// A lesson worked out in full.
pub fn explain(name: &str, format: ExplainFormat, precision: u8) -> Result<String, Failure> {
    let origin = catalog::resolve(name)
        .ok_or_else(|| Failure::usage(t!("lessons-no-such-lesson", name = visible(name))))?;
    let lesson = origin.load().map_err(|report| {
        let _ = std::io::stderr().write_all(report.render(stderr_color()).as_bytes());
        Failure::invalid(t!("lessons-not-valid", lesson = origin.describe()))
    })?;
    let format = match format {
        ExplainFormat::Text => Format::Text,
        ExplainFormat::Markdown => Format::Markdown,
        ExplainFormat::Latex => Format::Latex,
    };
    let precision = precision as usize;
    let lang = crate::i18n::for_lesson(lesson.lang, crate::i18n::lang());
    crate::i18n::with_lang(lang, || match format {
        // LaTeX's preamble depends on the whole document (CJK fonts); it is written at once.
        Format::Latex => Ok(render(&handout::lesson(&lesson, precision), format, precision)),
        _ => stream(&lesson, format, precision).map(|()| String::new()),
    })
}

/// Writes the handout to stdout block by block, as it is worked out: a lesson of many outcomes
/// starts printing at once and is never held whole. A reader that stops early (`| head`) ends
/// the writing without an error.
fn stream(lesson: &crate::lesson::Lesson, format: Format, precision: usize) -> Result<(), Failure> {
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let mut result = Ok(());
    let mut first = true;
    handout::each_block(lesson, precision, &mut |block| {
        if result.is_err() {
            return;
        }
        let separator = if std::mem::take(&mut first) { "" } else { "\n" };
        let text = render(std::slice::from_ref(&block), format, precision);
        result = out.write_all(separator.as_bytes()).and_then(|()| out.write_all(text.as_bytes()));
    });
    match result.and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(Failure::invalid(t!("command-cannot-write", error = e.to_string())))
        }
        _ => Ok(()),
    }
}

/// The starter lesson `kltutor new` writes.
pub const STARTER: &str = include_str!("../../docs/starter.toml");

/// Writes the starter lesson, refusing to overwrite anything.
pub fn new(path: &Path) -> Result<String, Failure> {
    let shown = path.display().to_string();
    let shown = visible(&shown);
    let mut file =
        std::fs::OpenOptions::new().write(true).create_new(true).open(path).map_err(|e| match e
            .kind()
        {
            std::io::ErrorKind::AlreadyExists => {
                Failure::invalid(t!("new-exists", path = shown.as_ref()))
            }
            _ => Failure::invalid(t!(
                "new-cannot-create",
                path = shown.as_ref(),
                error = e.to_string()
            )),
        })?;
    file.write_all(STARTER.as_bytes()).map_err(|e| {
        Failure::invalid(t!("new-cannot-write", path = shown.as_ref(), error = e.to_string()))
    })?;
    Ok(format!("{}\n", t!("new-wrote", path = shown.as_ref())))
}

/// The JSON Schema of the format.
pub fn schema() -> Result<String, Failure> {
    Ok(SCHEMA.to_string())
}
