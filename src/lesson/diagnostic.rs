//! Problems found in a lesson file, rendered like a compiler's: file:line:column, the line
//! quoted with a caret under the problem, and what to do about it.

use std::ops::Range;

use codespan_reporting::diagnostic::{Diagnostic as Codespan, Label};
use codespan_reporting::term::{self, Config};

/// How bad a problem is: an error makes the lesson invalid; a warning only tells the author.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Severity {
    #[default]
    Error,
    Warning,
}

/// One problem, at a byte range of the source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub span: Range<usize>,
    /// What is wrong, as a sentence.
    pub message: String,
    /// A short note shown under the caret.
    pub label: String,
    /// How to fix it, when there is something specific to say.
    pub help: Option<String>,
}

impl Diagnostic {
    pub fn new(span: Range<usize>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            span,
            message: message.into(),
            label: String::new(),
            help: None,
        }
    }

    /// The same problem as a warning.
    pub fn warning(mut self) -> Self {
        self.severity = Severity::Warning;
        self
    }

    pub fn label(mut self, label: impl Into<String>) -> Self {
        self.label = label.into();
        self
    }

    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }
}

/// All the problems of one file, with the text needed to quote them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    pub file: String,
    /// The source as quoted: control characters replaced so that quoting a line can never
    /// send escape sequences to the terminal. Byte offsets are unchanged.
    pub source: String,
    pub diagnostics: Vec<Diagnostic>,
}

impl Report {
    pub fn new(file: impl Into<String>, source: &str, mut diagnostics: Vec<Diagnostic>) -> Self {
        diagnostics.sort_by_key(|d| (d.span.start, d.span.end));
        diagnostics.dedup();
        Report { file: file.into(), source: printable(source), diagnostics }
    }

    /// The line numbers (from 1) of the problems, in order, each once.
    pub fn lines(&self) -> Vec<usize> {
        let mut lines: Vec<usize> = self
            .diagnostics
            .iter()
            .map(|d| {
                let before = &self.source.as_bytes()[..d.span.start.min(self.source.len())];
                before.iter().filter(|&&b| b == b'\n').count() + 1
            })
            .collect();
        lines.dedup();
        lines
    }

    /// The report as text, every problem with its location, quoted line and help.
    pub fn render(&self, color: bool) -> String {
        let name = crate::visible::visible(&self.file).into_owned();
        let config = Config::default();
        let mut out = String::new();
        for d in self.diagnostics.iter().take(MAX_SHOWN) {
            let end = d.span.end.clamp(d.span.start, self.source.len());
            let start = d.span.start.min(end);
            let file = Window::around(&name, &self.source, start..end);
            let span = file.shift(start)..file.shift(end);
            let (mut diagnostic, severity) = match d.severity {
                Severity::Error => (Codespan::error(), ("error", crate::t!("check-error"))),
                Severity::Warning => (Codespan::warning(), ("warning", crate::t!("check-warning"))),
            };
            diagnostic = diagnostic
                .with_message(&d.message)
                .with_labels(vec![Label::primary((), span).with_message(&d.label)]);
            if let Some(help) = &d.help {
                diagnostic = diagnostic.with_notes(vec![crate::t!("check-help", help = help)]);
            }
            let text = if color {
                let mut buffer = term::termcolor::Buffer::ansi();
                term::emit_to_write_style(&mut buffer, &config, &file, &diagnostic)
                    .map(|()| String::from_utf8_lossy(buffer.as_slice()).into_owned())
            } else {
                term::emit_into_string(&config, &file, &diagnostic)
            };
            // codespan writes its severity in English, then a colon: the header's first word
            // is it, and the colon is the reader's (a full-width one in Chinese).
            let text = text.unwrap_or_default();
            let english = format!("{}: ", severity.0);
            let header = crate::t!("check-header", severity = severity.1.as_str());
            let text = if text.starts_with(&english) {
                text.replacen(&english, &header, 1)
            } else {
                text.replacen(severity.0, &severity.1, 1)
            };
            out.push_str(&text);
        }
        let n = self.diagnostics.len();
        if n > MAX_SHOWN {
            out.push_str(&format!("{}\n", crate::t!("check-and-more", count = n - MAX_SHOWN)));
        }
        let warnings = self.warnings();
        if n > warnings {
            let count = n - warnings;
            out.push_str(&format!(
                "{}\n",
                crate::t!("check-problems", file = name.as_str(), count = count)
            ));
        }
        if warnings > 0 {
            let line = crate::t!("check-warnings", file = name, count = warnings);
            out.push_str(&format!("{line}\n"));
        }
        out
    }

    /// How many of the problems are only warnings.
    pub fn warnings(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.severity == Severity::Warning).count()
    }
}

/// Replaces control characters (other than newline, tab and carriage return) with `?`, one
/// byte for each byte, so offsets into the text stay valid.
fn printable(source: &str) -> String {
    source
        .chars()
        .map(|c| {
            let shown = !crate::visible::is_hazard(c) || matches!(c, '\n' | '\t');
            if shown { c.to_string() } else { "?".repeat(c.len_utf8()) }
        })
        .collect()
}

/// The most problems a report shows; the rest are counted.
pub const MAX_SHOWN: usize = 50;

/// Bytes of a line quoted on each side of the problem; longer lines are cut with "…".
const QUOTE_AROUND: usize = 60;

/// The line of a problem as codespan quotes it: the whole line when it is short, else a
/// window around the problem, while line and column numbers stay those of the file.
struct Window<'a> {
    name: &'a str,
    /// The window's text: one line, with "…" where it was cut.
    text: String,
    line: usize,
    /// Where the window's text starts in the file, less the "…" put before it.
    from: usize,
    /// Bytes of "…" at the start of `text` (0 or 3).
    lead: usize,
    /// The file's line start, for columns.
    line_start: usize,
    source: &'a str,
}

impl<'a> Window<'a> {
    fn around(name: &'a str, source: &'a str, span: std::ops::Range<usize>) -> Window<'a> {
        let line_start = source[..span.start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = source[span.start..].find('\n').map_or(source.len(), |i| span.start + i);
        let line = source[..line_start].matches('\n').count();
        let boundary = |mut i: usize| {
            while !source.is_char_boundary(i) {
                i -= 1;
            }
            i
        };
        let from = boundary(span.start.saturating_sub(QUOTE_AROUND).max(line_start));
        let to = boundary((span.end.max(span.start) + QUOTE_AROUND).min(line_end));
        let lead = if from > line_start { "…" } else { "" };
        let tail = if to < line_end { "…" } else { "" };
        let text = format!("{lead}{}{tail}", &source[from..to]);
        Window { name, text, line, from, lead: lead.len(), line_start, source }
    }

    /// Where byte `at` of the file is in the window's text.
    fn shift(&self, at: usize) -> usize {
        (at.saturating_sub(self.from) + self.lead).min(self.text.len())
    }
}

impl<'a> codespan_reporting::files::Files<'a> for Window<'a> {
    type FileId = ();
    type Name = &'a str;
    type Source = &'a str;

    fn name(&'a self, (): ()) -> Result<&'a str, codespan_reporting::files::Error> {
        Ok(self.name)
    }

    fn source(&'a self, (): ()) -> Result<&'a str, codespan_reporting::files::Error> {
        Ok(&self.text)
    }

    fn line_index(&'a self, (): (), _: usize) -> Result<usize, codespan_reporting::files::Error> {
        Ok(0)
    }

    fn line_number(&'a self, (): (), _: usize) -> Result<usize, codespan_reporting::files::Error> {
        Ok(self.line + 1)
    }

    fn column_number(
        &'a self,
        (): (),
        _: usize,
        byte: usize,
    ) -> Result<usize, codespan_reporting::files::Error> {
        let at = (byte.saturating_sub(self.lead) + self.from).min(self.source.len());
        let at = (0..=at).rev().find(|&i| self.source.is_char_boundary(i)).unwrap_or(0);
        Ok(self.source[self.line_start.min(at)..at].chars().count() + 1)
    }

    fn line_range(
        &'a self,
        (): (),
        _: usize,
    ) -> Result<std::ops::Range<usize>, codespan_reporting::files::Error> {
        Ok(0..self.text.len())
    }
}

/// ESC and the rest of C0 and C1, and DEL; newline, tab and carriage return are text.
pub fn is_forbidden_control(c: char) -> bool {
    (c.is_control() && !matches!(c, '\n' | '\t' | '\r')) || c == '\u{7f}'
}
