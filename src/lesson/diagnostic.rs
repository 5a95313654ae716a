//! Problems found in a lesson file, rendered like a compiler's: file:line:column, the line
//! quoted with a caret under the problem, and what to do about it.

use std::ops::Range;

use codespan_reporting::diagnostic::{Diagnostic as Codespan, Label};
use codespan_reporting::files::SimpleFile;
use codespan_reporting::term::{self, Config};

/// One problem, at a byte range of the source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
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
        Diagnostic { span, message: message.into(), label: String::new(), help: None }
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
        let file = SimpleFile::new(self.file.as_str(), self.source.as_str());
        let config = Config::default();
        let mut out = String::new();
        for d in &self.diagnostics {
            let end = d.span.end.clamp(d.span.start, self.source.len());
            let start = d.span.start.min(end);
            let mut diagnostic = Codespan::error()
                .with_message(&d.message)
                .with_labels(vec![Label::primary((), start..end).with_message(&d.label)]);
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
            // codespan writes its severity in English; the header's first word is it.
            let text = text.unwrap_or_default().replacen("error", &crate::t!("check-error"), 1);
            out.push_str(&text);
        }
        let n = self.diagnostics.len();
        if n > 0 {
            let file = crate::visible::visible(&self.file);
            out.push_str(&format!("{}\n", crate::t!("check-problems", file = file, count = n)));
        }
        out
    }
}

/// Replaces control characters (other than newline, tab and carriage return) with `?`, one
/// byte for each byte, so offsets into the text stay valid.
fn printable(source: &str) -> String {
    source
        .chars()
        .map(|c| if is_forbidden_control(c) { "?".repeat(c.len_utf8()) } else { c.to_string() })
        .collect()
}

/// ESC and the rest of C0 and C1, and DEL; newline, tab and carriage return are text.
pub fn is_forbidden_control(c: char) -> bool {
    (c.is_control() && !matches!(c, '\n' | '\t' | '\r')) || c == '\u{7f}'
}
