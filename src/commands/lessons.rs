//! `kltutor lessons`, `check`, `explain`, `new` and `schema`: the lesson files from the
//! command line.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use crate::cli::ExplainFormat;
use crate::i18n;
use crate::lesson::catalog::{self, Origin};
use crate::lesson::schema::SCHEMA;
use crate::lesson::{Diagnostic, Report};
use crate::report::{Format, handout, render, text};
use crate::t;
use crate::tui::walk::{self, Leak, Page, Source};
use crate::visible::visible;

use super::Failure;

/// Whether diagnostics on stderr may be coloured.
fn stderr_color() -> bool {
    std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

/// The course and the user's lessons, one per line: number, id, title, origin. The lessons
/// in the reader's language come first; those in other languages follow under a heading.
pub fn list(extra: &[PathBuf]) -> Result<String, Failure> {
    let rows: Vec<(catalog::Listed, String)> = catalog::listing(extra, i18n::lang())
        .into_iter()
        .map(|listed| {
            let title = match (&listed.origin, listed.origin.load()) {
                (Origin::Review, _) => t!("review-title"),
                (_, Ok(lesson)) => visible(&lesson.title).into(),
                (origin, Err(report)) => {
                    let check = format!("kltutor check {}", origin.describe());
                    t!("lessons-invalid", count = report.diagnostics.len(), check = check)
                }
            };
            (listed, title)
        })
        .collect();
    // The id column fits the longest id, so a long one never runs into its title.
    let id_width = rows
        .iter()
        .map(|(listed, _)| textwrap::core::display_width(&visible(&listed.id)))
        .max()
        .unwrap_or(0);
    let mut out = String::new();
    let mut heading = false;
    for (listed, title) in &rows {
        if listed.other_language && !std::mem::replace(&mut heading, true) {
            out.push_str(&format!("\n{}\n", t!("lessons-other-language")));
        }
        let id = text::pad(&visible(&listed.id), id_width);
        let number = listed.number;
        out.push_str(&format!("{number:>2}  {id} {title}  [{}]\n", listed.origin.describe()));
    }
    if let Some(dir) = catalog::user_dir() {
        let dir = dir.display().to_string();
        out.push_str(&format!("\n{}\n", t!("lessons-own-folder", path = visible(&dir))));
    }
    Ok(out)
}

/// Checks each file; diagnostics go to stderr, a line per valid file to stdout. Warnings
/// (questions an earlier page answers) fail the check only with `deny_warnings`.
pub fn check(
    files: &[String],
    watch: bool,
    deny_warnings: bool,
    dirs: &[PathBuf],
) -> Result<String, Failure> {
    if watch {
        return check_watch(files, dirs);
    }
    let round = check_round(files, dirs, stderr_color());
    let _ = std::io::stderr().write_all(round.diagnostics.as_bytes());
    if round.failed > 0 {
        print!("{}", round.ok);
        return Err(Failure::invalid(t!(
            "check-failed",
            failed = round.failed,
            count = files.len()
        )));
    }
    if round.warnings > 0 {
        if deny_warnings {
            print!("{}", round.ok);
            return Err(Failure::invalid(t!("check-warnings-denied", count = round.warnings)));
        }
        let _ =
            writeln!(std::io::stderr(), "{}", t!("check-warnings-total", count = round.warnings));
    }
    Ok(round.ok)
}

/// What one check of every file found.
struct Round {
    /// A line per valid file.
    ok: String,
    /// Every problem, rendered.
    diagnostics: String,
    failed: usize,
    /// Warnings about lessons that load.
    warnings: usize,
}

fn check_round(files: &[String], dirs: &[PathBuf], color: bool) -> Round {
    let mut round = Round { ok: String::new(), diagnostics: String::new(), failed: 0, warnings: 0 };
    for file in files {
        let origin = match catalog::resolve(file, dirs) {
            Ok(origin) => origin,
            // A name that is no path and no lesson: say what it may have meant.
            Err(message) if !file.contains(['/', '.']) => {
                round.failed += 1;
                round.diagnostics.push_str(&format!("{message}\n"));
                continue;
            }
            Err(_) => Origin::File(PathBuf::from(file)),
        };
        // Each file's diagnostics speak its language, as the tutor does inside it.
        let lang = i18n::for_lesson(catalog::declared_lang(&origin), i18n::lang());
        i18n::with_lang(lang, || check_one(&origin, color, &mut round));
    }
    round
}

/// Checks one lesson into `round`.
fn check_one(origin: &Origin, color: bool, round: &mut Round) {
    match origin.load() {
        Ok(lesson) => {
            let ok = t!(
                "check-ok",
                lesson = origin.describe(),
                title = visible(&lesson.title),
                steps = lesson.steps.len(),
                questions = lesson.all_questions().count()
            );
            round.ok.push_str(&format!("{ok}\n"));
            // Which values a lesson of densities grades: its densities', not its bins'.
            let numeric = |q: &crate::lesson::Question| {
                matches!(q.answer, crate::lesson::Answer::Numeric { quantity, .. }
                    if !matches!(quantity, crate::info::Quantity::Information { .. }))
            };
            if lesson.continuous.is_some() && lesson.all_questions().any(numeric) {
                round.ok.push_str(&format!("{}\n", t!("check-densities-graded")));
            }
            if let Some(report) = giveaways(origin, &lesson) {
                round.warnings += report.warnings();
                round.diagnostics.push_str(&report.render(color));
            }
        }
        Err(report) => {
            round.failed += 1;
            round.diagnostics.push_str(&report.render(color));
        }
    }
}

/// The questions of a lesson that load whose answer an earlier page shows, a warning each at
/// the question, naming the first place that shows it and the others in its label.
fn giveaways(origin: &Origin, lesson: &crate::lesson::Lesson) -> Option<Report> {
    let (file, source) = match origin {
        Origin::Builtin(b) => (b.file_name(), b.source.to_string()),
        Origin::File(path) => (path.display().to_string(), std::fs::read_to_string(path).ok()?),
        Origin::Practice | Origin::Review => return None,
    };
    let spans = crate::lesson::question_spans(&source);
    let in_steps: Vec<usize> =
        (0..lesson.steps.len()).filter(|&k| lesson.steps[k].question.is_some()).collect();
    let question_name = |id: usize| match in_steps.get(id) {
        Some(&step) => t!("leak-question-step", number = step + 1),
        None => t!("leak-question", number = id - in_steps.len() + 1),
    };
    let leaks = walk::leaks(origin.clone(), lesson);
    let mut diagnostics = Vec::new();
    for id in 0..lesson.all_questions().count() {
        let places: Vec<&Leak> = leaks.iter().filter(|l| l.question == id).collect();
        let Some(first) = places.first() else { continue };
        let span = spans.get(id).cloned().unwrap_or(0..0);
        let (page, what) = place(first);
        let message = t!(
            "leak-message",
            question = question_name(id),
            answer = visible(&first.answer),
            page = page,
            what = what
        );
        let others: Vec<String> = places[1..]
            .iter()
            .take(MAX_PLACES_NAMED)
            .map(|l| {
                let (page, what) = place(l);
                t!("leak-place", page = page, what = what)
            })
            .collect();
        let more = places.len().saturating_sub(1 + MAX_PLACES_NAMED);
        let label = match (others.is_empty(), more) {
            (true, _) => t!("leak-label"),
            (false, 0) => t!("leak-label-also", places = others.join(&t!("leak-separator"))),
            (false, more) => t!(
                "leak-label-also-more",
                places = others.join(&t!("leak-separator")),
                count = more
            ),
        };
        diagnostics
            .push(Diagnostic::new(span, message).label(label).help(t!("leak-help")).warning());
    }
    (!diagnostics.is_empty()).then(|| Report::new(file, &source, diagnostics))
}

/// The most further places a warning's label names; the rest are counted.
const MAX_PLACES_NAMED: usize = 3;

/// A leak's page and what on it shows the answer, in words.
fn place(leak: &Leak) -> (String, String) {
    let (page, on) = match leak.page {
        Page::Step(n) => (t!("leak-page-step", number = n + 1), "step"),
        Page::Question(n) => (t!("leak-page-question", number = n + 1), "question"),
    };
    let what = match &leak.source {
        Source::Text => t!("leak-what-text"),
        Source::Prompt => t!("leak-what-prompt", on = on),
        Source::Hint => t!("leak-what-hint", on = on),
        Source::Explanation => t!("leak-what-explanation", on = on),
        Source::Mistake => t!("leak-what-mistake", on = on),
        Source::Feedback => t!("leak-what-feedback", on = on),
        Source::Derivation => t!("leak-what-derivation"),
        Source::ModelsTable => t!("leak-what-models"),
        Source::Ranking => t!("leak-what-ranking"),
        Source::Status => t!("leak-what-status"),
        Source::Notes => t!("leak-what-notes"),
        Source::Block(title) => t!("leak-what-block", title = visible(title)),
        Source::Panel(key) => t!("leak-what-panel", key = key.to_string()),
    };
    (page, what)
}

/// `check --watch`: checks the files again after every save, showing only the fresh result
/// (the screen is cleared first when it is a terminal), until interrupted.
fn check_watch(files: &[String], dirs: &[PathBuf]) -> Result<String, Failure> {
    use notify::{RecursiveMode, Watcher};
    let paths: Vec<PathBuf> = files.iter().map(PathBuf::from).filter(|p| p.is_file()).collect();
    let names: Vec<std::ffi::OsString> =
        paths.iter().filter_map(|p| p.file_name().map(|n| n.to_os_string())).collect();
    let (tx, rx) = std::sync::mpsc::channel();
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        // Checking reads the files: a read is no reason to check again.
        if event.is_ok_and(|e| {
            !e.kind.is_access()
                && e.paths
                    .iter()
                    .any(|p| p.file_name().is_some_and(|n| names.iter().any(|m| m == n)))
        }) {
            let _ = tx.send(());
        }
    })
    .map_err(|e| Failure::invalid(t!("check-watch-failed", error = e.to_string())))?;
    // Editors often save by renaming a new file over the old one: watch the folders.
    let folders: std::collections::BTreeSet<PathBuf> = paths
        .iter()
        .map(|p| match p.parent() {
            Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
            _ => PathBuf::from("."),
        })
        .collect();
    for folder in &folders {
        watcher
            .watch(folder, RecursiveMode::NonRecursive)
            .map_err(|e| Failure::invalid(t!("check-watch-failed", error = e.to_string())))?;
    }
    let terminal = std::io::stdout().is_terminal();
    loop {
        let round = check_round(files, dirs, terminal && stderr_color());
        let mut out = std::io::stdout().lock();
        if terminal {
            let _ = out.write_all(b"\x1b[2J\x1b[H");
        }
        let status = if round.failed > 0 {
            t!("check-failed", failed = round.failed, count = files.len())
        } else {
            t!("check-all-ok", count = files.len())
        };
        let text = format!(
            "{}{}{status}\n{}\n",
            round.ok,
            round.diagnostics,
            t!("check-watching", count = files.len())
        );
        if out.write_all(text.as_bytes()).and_then(|()| out.flush()).is_err() {
            return Ok(String::new());
        }
        drop(out);
        // One check per burst of events: a save is a write, a rename, a change of metadata.
        if rx.recv().is_err() {
            return Ok(String::new());
        }
        while rx.recv_timeout(std::time::Duration::from_millis(150)).is_ok() {}
    }
}

/// A lesson worked out in full.
pub fn explain(
    name: &str,
    format: ExplainFormat,
    precision: u8,
    dirs: &[PathBuf],
) -> Result<String, Failure> {
    let origin = catalog::resolve(name, dirs).map_err(Failure::usage)?;
    let loaded = origin.read().map_err(|report| {
        let _ = std::io::stderr().write_all(report.render(stderr_color()).as_bytes());
        Failure::invalid(t!("lessons-not-valid", lesson = origin.describe()))
    })?;
    // Stated answers that no longer match the values are named, as the tutor names them;
    // the handout prints the values kltutor works out.
    if let Some(stale) = &loaded.stale_answers {
        let lines: Vec<String> = stale.lines().iter().map(usize::to_string).collect();
        let note =
            t!("explain-stale", count = lines.len(), lines = lines.join(", "), file = &stale.file);
        let _ = writeln!(std::io::stderr(), "{note}");
    }
    let lesson = loaded.lesson;
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
/// The starter lesson written in Chinese.
pub const STARTER_ZH: &str = include_str!("../../docs/starter-zh.toml");

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
    // A reader of Chinese gets a starter written in Chinese, with `lang` set.
    let starter = match i18n::lang().code() {
        "zh" => STARTER_ZH,
        _ => STARTER,
    };
    file.write_all(starter.as_bytes()).map_err(|e| {
        Failure::invalid(t!("new-cannot-write", path = shown.as_ref(), error = e.to_string()))
    })?;
    Ok(format!("{}\n", t!("new-wrote", path = shown.as_ref())))
}

/// The JSON Schema of the format.
pub fn schema() -> Result<String, Failure> {
    Ok(SCHEMA.to_string())
}
