//! Value lists for `compute`: inline, from a file (`@FILE`, `@FILE:COLUMN`) or stdin (`-`).
//!
//! Input is read in fixed-size chunks and each number parsed straight from the chunk, so a
//! file is never held whole and no value becomes a `String`: memory is the distribution
//! itself, about 18 bytes an outcome. Numbers are separated by commas, whitespace or newlines;
//! `#` starts a comment that runs to the end of the line. With a column, the input is CSV: one
//! row a line, cells split at commas (quotes around a cell are dropped; quoted commas are not
//! supported), and only that column is read. A column is named by its header or numbered
//! from 1; a numbered column's first row is skipped as a header when its cell is not a number.
//!
//! Bounded however endless the input: beyond `max_outcomes` values, beyond a value of
//! [`MAX_VALUE_LEN`] bytes (`/dev/zero`), or beyond [`BYTES_PER_OUTCOME`] × `max_outcomes`
//! bytes (a FIFO of blank lines), reading stops with an error.

use std::fs::File;
use std::io::{ErrorKind, Read};
use std::path::Path;

use crate::info::exact::NumberError;
use crate::info::{Distribution, DistributionError, SumRule, ValueError, Values};
use crate::t;
use crate::visible::visible;

/// The longest value read, in bytes: far beyond any number of digits a probability needs.
pub const MAX_VALUE_LEN: usize = 10_000;

/// Input bytes allowed for each outcome allowed: room for comments and padding, not for endless
/// blank lines.
pub const BYTES_PER_OUTCOME: u64 = 100;

/// Most bad values reported one by one; the rest are counted.
pub const MAX_REPORTED: usize = 20;

/// What a byte is to the scanner: part of a value, or a separator of some kind.
const TOKEN: u8 = 0;
/// Spaces, tabs and carriage returns: separators, except inside CSV cells.
const BLANK: u8 = 1;
const COMMA: u8 = 2;
const NEWLINE: u8 = 3;
/// `#`: a comment to the end of the line.
const HASH: u8 = 4;

const CLASS: [u8; 256] = {
    let mut class = [TOKEN; 256];
    class[b' ' as usize] = BLANK;
    class[b'\t' as usize] = BLANK;
    class[b'\r' as usize] = BLANK;
    class[b',' as usize] = COMMA;
    class[b'\n' as usize] = NEWLINE;
    class[b'#' as usize] = HASH;
    class
};

/// Bytes read at a time.
const CHUNK: usize = 256 * 1024;

/// Which CSV column to read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Column {
    /// By its header.
    Name(String),
    /// Counted from 1.
    Number(usize),
}

impl Column {
    fn parse(text: &str) -> Column {
        match text.parse::<usize>() {
            Ok(n) if n > 0 => Column::Number(n),
            _ => Column::Name(text.to_string()),
        }
    }
}

/// Where a value list comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Inline(String),
    File { path: String, column: Option<Column> },
    Stdin { column: Option<Column> },
}

impl Source {
    /// `-` or `-:COLUMN` is stdin, `@FILE` or `@FILE:COLUMN` a file (a path that exists as
    /// written wins over a column suffix), anything else the values themselves.
    pub fn of(arg: &str) -> Source {
        if arg == "-" {
            return Source::Stdin { column: None };
        }
        if let Some(column) = arg.strip_prefix("-:") {
            return Source::Stdin { column: Some(Column::parse(column)) };
        }
        let Some(path) = arg.strip_prefix('@') else {
            // Values typed with a Chinese input method: full-width digits and signs.
            return Source::Inline(crate::info::exact::ascii_forms(arg).into_owned());
        };
        match path.rsplit_once(':') {
            Some((file, column)) if !Path::new(path).exists() && !column.is_empty() => {
                Source::File { path: file.to_string(), column: Some(Column::parse(column)) }
            }
            _ => Source::File { path: path.to_string(), column: None },
        }
    }
}

/// Why a list could not be read.
#[derive(Debug)]
pub enum InputError {
    /// The source could not be opened or read (a usage problem: exit status 2).
    Unreadable(String),
    /// The values are not a distribution: every line of the message, at most
    /// [`MAX_REPORTED`] bad values and a count of the rest.
    Invalid(Vec<String>),
    /// The list is not a distribution as a whole (its sum, or no values at all).
    Distribution(DistributionError),
}

/// Where a value sits: a line of a file, or a position in an inline list.
#[derive(Debug, Clone, Copy)]
enum Place {
    Line(usize),
    Value(usize),
}

/// Reads a list and makes it a distribution under `rule`.
///
/// `labels` name the outcomes of an inline list, so a bad value can be named by its outcome.
pub fn read(
    source: &Source,
    rule: SumRule,
    max_outcomes: usize,
    labels: &[String],
) -> Result<Distribution, InputError> {
    let column = match source {
        Source::File { column, .. } | Source::Stdin { column } => column.clone(),
        Source::Inline(_) => None,
    };
    let mut scanner = Scanner::new(rule, max_outcomes, column, matches!(source, Source::Inline(_)));
    scanner.labels = labels;
    match source {
        Source::Inline(text) => {
            scanner.feed(text.as_bytes());
            Ok(())
        }
        Source::File { path, .. } => {
            let shown = visible(path).into_owned();
            let unreadable = |e: std::io::Error| {
                InputError::Unreadable(t!(
                    "compute-unreadable",
                    path = shown.clone(),
                    error = e.to_string()
                ))
            };
            let file = File::open(path).map_err(unreadable)?;
            scanner.read_all(file).map_err(unreadable)
        }
        Source::Stdin { .. } => scanner.read_all(std::io::stdin().lock()).map_err(|e| {
            InputError::Unreadable(t!("compute-stdin-unreadable", error = e.to_string()))
        }),
    }?;
    scanner.finish()
}

/// The state of a scan through the bytes of one list.
struct Scanner<'a> {
    labels: &'a [String],
    values: Values,
    max_outcomes: usize,
    /// An inline list names values by position, a file by line.
    inline: bool,
    line: usize,
    in_comment: bool,
    /// A value cut by the end of a chunk.
    pending: Vec<u8>,
    bytes: u64,
    errors: Vec<String>,
    more_errors: usize,
    /// Values seen, good or bad.
    seen: usize,
    /// Stops the scan: too much input.
    stopped: bool,
    csv: Option<Csv>,
}

/// CSV state: the column wanted and where the scan is in the current row.
struct Csv {
    wanted: Column,
    /// The column's index from 0, once known.
    index: Option<usize>,
    cell: usize,
    header_done: bool,
    row_has_cells: bool,
    header: Vec<String>,
    taken: bool,
}

impl Scanner<'_> {
    fn new(rule: SumRule, max_outcomes: usize, column: Option<Column>, inline: bool) -> Self {
        let csv = column.map(|wanted| Csv {
            index: match wanted {
                Column::Number(n) => Some(n - 1),
                Column::Name(_) => None,
            },
            wanted,
            cell: 0,
            header_done: false,
            row_has_cells: false,
            header: Vec::new(),
            taken: false,
        });
        Scanner {
            labels: &[],
            values: Values::new(rule),
            max_outcomes,
            inline,
            line: 1,
            in_comment: false,
            pending: Vec::new(),
            bytes: 0,
            errors: Vec::new(),
            more_errors: 0,
            seen: 0,
            stopped: false,
            csv,
        }
    }

    fn read_all(&mut self, mut reader: impl Read) -> std::io::Result<()> {
        let mut buffer = vec![0u8; CHUNK];
        while !self.stopped {
            let n = match reader.read(&mut buffer) {
                Ok(0) => break,
                Ok(n) => n,
                Err(e) if e.kind() == ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            self.bytes += n as u64;
            if self.bytes > BYTES_PER_OUTCOME.saturating_mul(self.max_outcomes as u64) {
                let max = BYTES_PER_OUTCOME.saturating_mul(self.max_outcomes as u64);
                self.stop(t!("compute-too-much-input", bytes = max.to_string()));
                break;
            }
            self.feed(&buffer[..n]);
        }
        Ok(())
    }

    /// Scans one chunk; a value cut at its end waits in `pending`.
    fn feed(&mut self, chunk: &[u8]) {
        let csv = self.csv.is_some();
        let mut i = 0;
        let mut start: Option<usize> = None;
        while i < chunk.len() {
            if self.in_comment {
                let Some(at) = chunk[i..].iter().position(|&b| b == b'\n') else { return };
                i += at + 1;
                self.in_comment = false;
                self.end_row();
                if self.stopped {
                    return;
                }
                continue;
            }
            let part_of_value = |b: u8| {
                let class = CLASS[b as usize];
                class == TOKEN || class == BLANK && csv
            };
            if part_of_value(chunk[i]) {
                start.get_or_insert(i);
                i += 1;
                while i < chunk.len() && part_of_value(chunk[i]) {
                    i += 1;
                }
                continue;
            }
            let class = CLASS[chunk[i] as usize];
            let tail = start.take().map(|s| &chunk[s..i]);
            self.end_token(tail, class != BLANK);
            match class {
                NEWLINE => self.end_row(),
                HASH => self.in_comment = true,
                _ => {}
            }
            if self.stopped {
                return;
            }
            i += 1;
        }
        if let Some(s) = start {
            self.pending.extend_from_slice(&chunk[s..]);
            if self.pending.len() > MAX_VALUE_LEN {
                let place = self.place();
                self.stop(t!("compute-value-too-long", place = place, max = MAX_VALUE_LEN));
            }
        }
    }

    /// Where the next value sits, in words.
    fn place(&self) -> String {
        match self.here() {
            Place::Line(line) => t!("compute-place-line", line = line),
            Place::Value(n) => t!("compute-place-value", position = n),
        }
    }

    fn here(&self) -> Place {
        if self.inline { Place::Value(self.seen + 1) } else { Place::Line(self.line) }
    }

    /// A token ended at a separator. In CSV mode every cell ends at a comma or newline, empty
    /// or not; otherwise empty tokens are nothing.
    fn end_token(&mut self, tail: Option<&[u8]>, cell_boundary: bool) {
        let token: Vec<u8>;
        let text: &[u8] = match (self.pending.is_empty(), tail) {
            (true, Some(t)) => t,
            (true, None) => &[],
            (false, t) => {
                let mut joined = std::mem::take(&mut self.pending);
                joined.extend_from_slice(t.unwrap_or(&[]));
                token = joined;
                &token
            }
        };
        if self.csv.is_none() {
            if !text.is_empty() {
                self.value(text);
            }
        } else if cell_boundary || !text.is_empty() {
            self.cell(text);
        }
    }

    /// One CSV cell of the current row.
    fn cell(&mut self, raw: &[u8]) {
        let Some(csv) = self.csv.as_mut() else { return };
        let trimmed = raw.trim_ascii();
        let cell =
            trimmed.strip_prefix(b"\"").and_then(|c| c.strip_suffix(b"\"")).unwrap_or(trimmed);
        let column = csv.cell;
        csv.cell += 1;
        if !trimmed.is_empty() || column > 0 {
            csv.row_has_cells = true;
        }
        if !csv.header_done {
            csv.header.push(String::from_utf8_lossy(cell).into_owned());
            return;
        }
        if csv.index == Some(column) {
            csv.taken = true;
            self.value(cell);
        }
    }

    /// A line ended.
    fn end_row(&mut self) {
        self.end_csv_row();
        self.line += 1;
    }

    /// A CSV row ended: the header is read, or a row without the column is reported.
    fn end_csv_row(&mut self) {
        let line = self.line;
        let Some(csv) = self.csv.as_mut() else { return };
        let (had_cells, taken) = (csv.row_has_cells, csv.taken);
        csv.cell = 0;
        csv.row_has_cells = false;
        csv.taken = false;
        if !had_cells {
            csv.header.clear();
            return;
        }
        if !csv.header_done {
            csv.header_done = true;
            let header = std::mem::take(&mut csv.header);
            match &csv.wanted {
                Column::Name(name) => match header.iter().position(|h| h == name) {
                    Some(i) => csv.index = Some(i),
                    None => {
                        let columns = header.iter().map(|h| visible(h).into_owned());
                        let message = t!(
                            "compute-no-such-column",
                            column = visible(name).into_owned(),
                            columns = columns.collect::<Vec<_>>().join(", ")
                        );
                        self.stop(message);
                    }
                },
                Column::Number(n) => {
                    // A first row whose cell is a number is data, not a header.
                    let n = *n;
                    let cell = header.get(n - 1).cloned().unwrap_or_default();
                    if crate::info::exact::parse_exact(&cell).is_ok() {
                        self.value(cell.as_bytes());
                    } else if header.len() < n {
                        self.stop(t!("compute-short-row", line = line, column = n));
                    }
                }
            }
            return;
        }
        if !taken {
            let column = csv.index.map_or(0, |i| i + 1);
            self.bad(t!("compute-short-row", line = line, column = column));
        }
    }

    /// One value, good or bad.
    fn value(&mut self, text: &[u8]) {
        let place = self.here();
        self.seen += 1;
        if self.seen > self.max_outcomes {
            self.stop(t!("compute-too-many", max = self.max_outcomes));
            return;
        }
        if let Err(error) = self.values.push_bytes(text) {
            let shown = String::from_utf8_lossy(text);
            let value = visible(&shown).into_owned();
            let reason = reason(&error);
            let message = match place {
                Place::Line(line) => {
                    t!("compute-bad-line", line = line, value = value, reason = reason)
                }
                Place::Value(n) => match self.labels.get(n - 1) {
                    Some(label) => t!(
                        "compute-bad-value-labelled",
                        position = n,
                        value = value,
                        reason = reason,
                        outcome = visible(label).into_owned()
                    ),
                    None => t!("compute-bad-value", position = n, value = value, reason = reason),
                },
            };
            self.bad(message);
        }
    }

    fn bad(&mut self, message: String) {
        if self.errors.len() < MAX_REPORTED {
            self.errors.push(message);
        } else {
            self.more_errors += 1;
        }
    }

    /// Stops reading: the input is beyond what a distribution can be.
    fn stop(&mut self, message: String) {
        self.stopped = true;
        self.errors.truncate(MAX_REPORTED - 1);
        self.errors.push(message);
    }

    fn finish(mut self) -> Result<Distribution, InputError> {
        if !self.stopped && (!self.pending.is_empty() || self.csv.is_some()) {
            self.end_token(None, true);
            self.end_row();
        }
        if !self.errors.is_empty() {
            if self.more_errors > 0 {
                self.errors.push(t!("compute-more-errors", count = self.more_errors));
            }
            return Err(InputError::Invalid(self.errors));
        }
        self.values.finish().map_err(InputError::Distribution)
    }
}

/// Why a value is refused, in words: the end of "line 7: `0.3.1` …".
pub fn reason(error: &ValueError) -> String {
    match error {
        ValueError::Number(NumberError::Empty) => t!("compute-reason-empty"),
        ValueError::Number(NumberError::NotANumber) => t!("compute-reason-nan"),
        ValueError::Number(NumberError::Infinite) => t!("compute-reason-infinite"),
        ValueError::Number(NumberError::ZeroDenominator) => t!("compute-reason-zero-denominator"),
        ValueError::Number(NumberError::ExponentTooLarge) => t!("compute-reason-exponent"),
        ValueError::Number(_) => t!("compute-reason-not-a-number"),
        ValueError::Negative(_) => t!("compute-reason-negative"),
        ValueError::AboveOne(_) => t!("compute-reason-above-one"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scan(text: &str, column: Option<Column>, chunk: usize) -> Result<Distribution, InputError> {
        let mut s = Scanner::new(SumRule::Normalize, 1000, column, false);
        for piece in text.as_bytes().chunks(chunk) {
            s.feed(piece);
        }
        s.finish()
    }

    fn probs(d: &Distribution) -> Vec<String> {
        d.exact().iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn separators_comments_and_chunk_boundaries() {
        let text = "# counts\n1, 2\n\n3 # three\n\t4\r\n";
        for chunk in [1, 2, 3, 1000] {
            let d = scan(text, None, chunk).unwrap();
            assert_eq!(probs(&d), ["1/10", "1/5", "3/10", "2/5"], "chunk {chunk}");
        }
    }

    #[test]
    fn csv_columns_by_name_and_number() {
        let csv = "word,count,share\nthe,6,0.5\n\"of\",2,0.25\n\nand,\"2\",0.25";
        for chunk in [1, 4, 1000] {
            let d = scan(csv, Some(Column::Name("count".into())), chunk).unwrap();
            assert_eq!(probs(&d), ["3/5", "1/5", "1/5"]);
            let d = scan(csv, Some(Column::Number(3)), chunk).unwrap();
            assert_eq!(probs(&d), ["1/2", "1/4", "1/4"]);
        }
        let d = scan("1,2\n3,4\n", Some(Column::Number(2)), 1000).unwrap();
        assert_eq!(probs(&d), ["1/3", "2/3"]);
    }

    fn messages(result: Result<Distribution, InputError>) -> Vec<String> {
        match result {
            Err(InputError::Invalid(lines)) => lines,
            other => panic!("expected bad values, got {other:?}"),
        }
    }

    #[test]
    fn bad_values_are_named_by_line_at_most_twenty() {
        let lines = messages(scan("1\n0.3.1\n-2\n", None, 1000));
        assert_eq!(
            lines[0],
            "line 2: `0.3.1` is not a number (write a fraction like 1/8, a decimal like 0.125, or 1.25e-1)"
        );
        assert_eq!(lines[1], "line 3: `-2` is negative; probabilities are ≥ 0");
        let many = "x\n".repeat(25);
        let lines = messages(scan(&many, None, 1000));
        assert_eq!(lines.len(), 21);
        assert_eq!(lines[20], "and 5 more");
        let lines = messages(scan("a,b\n1,2\n3\n", Some(Column::Name("c".into())), 1000));
        assert_eq!(lines, ["no column `c`; the columns are: a, b"]);
        let lines = messages(scan("a,b\n1,2\n3\n", Some(Column::Name("b".into())), 1000));
        assert_eq!(lines, ["line 3 has no column 2"]);
    }

    #[test]
    fn endless_input_is_bounded() {
        let zeros = vec![0u8; MAX_VALUE_LEN + 10];
        let mut s = Scanner::new(SumRule::Normalize, 1000, None, false);
        s.read_all(&zeros[..]).unwrap();
        assert!(messages(s.finish())[0].contains("more than 10000 characters"));
        let mut s = Scanner::new(SumRule::Normalize, 3, None, false);
        s.read_all("1 1 1 1 1".as_bytes()).unwrap();
        assert!(messages(s.finish())[0].contains("more than 3 values"));
        let blank = vec![b'\n'; 1000];
        let mut s = Scanner::new(SumRule::Normalize, 2, None, false);
        s.read_all(&blank[..]).unwrap();
        assert!(messages(s.finish())[0].contains("more than 200 bytes"));
    }
}
