//! One rule for every panel at every width: a line fits, or it wraps at a token boundary with
//! a hanging indent, or it ends in a visible mark with the rest a key away.
//!
//! Code wraps after a comma or an opening bracket, a formula before an operator, prose by the
//! Unicode rules (`linebreak`). The panels draw their logical lines through [`draw`], which
//! notes, while a test is [`recording`], each logical line and the rows it was drawn on: the
//! test reads those rows back from the buffer and checks that the line is there whole.

use std::cell::RefCell;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::text::width;
use crate::report::formula;

/// The mark at the end of a line cut short on purpose (the rest is a key away).
pub const CUT: char = '…';

/// How a logical line may be broken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Sentences: by the Unicode line-breaking rules, no indent.
    Prose,
    /// A library call: after a comma or an opening bracket.
    Code,
    /// An equation: before an operator, after a comma.
    Formula,
}

/// The hanging indent of continuation rows.
pub const INDENT: usize = 4;

/// Operators a formula may break before.
const OPERATORS: &[char] = &['+', '−', '-', '=', '≈', '≠', '<', '>', '≤', '≥', '→', '×'];

/// Where `text` may break: byte offsets at which a new row may start, whether the character
/// just before (a space) is dropped at the break, and how good a break it is (2 before an
/// operator or after a comma, 1 between words, 0 inside a product or a call).
fn opportunities(text: &str, kind: Kind) -> Vec<(usize, bool, u8)> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    for (k, &(at, c)) in chars.iter().enumerate() {
        let previous = k.checked_sub(1).map(|j| chars[j].1);
        let next = chars.get(k + 1).map(|&(_, c)| c);
        match kind {
            Kind::Formula => {
                // "a + b" breaks before the "+"; "f(x), g" after the comma; a long product
                // after a "·" or a "/".
                let before_operator = next.is_some_and(|n| OPERATORS.contains(&n)) && k > 0;
                if c == ' ' && (before_operator || previous == Some(',')) {
                    out.push((at + 1, true, 2));
                } else if matches!(previous, Some('·' | '/' | '÷')) && c != ' ' {
                    out.push((at, false, 0));
                } else if c == ' '
                    && !previous.is_some_and(|p| OPERATORS.contains(&p) || p == ' ')
                    && next.is_some_and(|n| n != ' ')
                    && k > 0
                {
                    // A space between words ("0.2075 bits").
                    out.push((at + 1, true, 1));
                }
            }
            Kind::Code => {
                if c == ' ' && previous == Some(',') {
                    out.push((at + 1, true, 2));
                } else if matches!(previous, Some('(' | '[')) && c != ')' && c != ']' {
                    out.push((at, false, 1));
                } else if c == '.' && k > 0 && previous.is_some_and(|p| p == ')') {
                    out.push((at, false, 0));
                }
            }
            Kind::Prose => {}
        }
    }
    out
}

/// `text` as rows of at most `columns`: the first row flush, the others after `INDENT`
/// spaces (prose has no indent). A token wider than a row is broken where it must be.
pub fn wrap(text: &str, columns: usize, kind: Kind) -> Vec<String> {
    if kind == Kind::Prose || columns <= INDENT + 4 {
        return crate::i18n::linebreak::wrap(text, columns.max(1));
    }
    text.split('\n').flat_map(|line| wrap_line(line, columns, kind)).collect()
}

/// The indent of a line's continuation rows: `INDENT` past the line's own leading spaces, so
/// an indented line (a term under its label) continues under itself, but never more than
/// half the row.
fn hanging(line: &str, columns: usize) -> usize {
    let own = line.len() - line.trim_start_matches(' ').len();
    (own + INDENT).min(columns / 2).max(INDENT)
}

fn wrap_line(line: &str, columns: usize, kind: Kind) -> Vec<String> {
    let indent = " ".repeat(hanging(line, columns));
    ranges(line, columns, kind)
        .into_iter()
        .enumerate()
        .map(
            |(k, (a, b))| {
                if k == 0 { line[a..b].to_string() } else { format!("{indent}{}", &line[a..b]) }
            },
        )
        .collect()
}

/// The byte ranges of `line` that make its rows (the indent of continuation rows not
/// counted in them): what [`wrap`] and [`wrap_pieces`] lay out.
fn ranges(line: &str, columns: usize, kind: Kind) -> Vec<(usize, usize)> {
    let breaks = opportunities(line, kind);
    let mut rows = Vec::new();
    let mut start = 0;
    let indent = hanging(line, columns);
    loop {
        let room = if rows.is_empty() { columns } else { columns - indent };
        let rest = &line[start..];
        if width(rest) <= room {
            rows.push((start, line.len()));
            return rows;
        }
        // The last opportunity that leaves a row within `room`.
        let fits = |end: usize, drop: bool| {
            let end_text = if drop { end - 1 } else { end };
            end > start && width(&line[start..end_text]) <= room
        };
        // The last break of the best class there is: an operator's or a comma's before a
        // space between words, either before a break inside a product.
        let fitting: Vec<(usize, bool, u8)> = breaks
            .iter()
            .filter(|&&(at, drop, _)| at > start + usize::from(drop) && fits(at, drop))
            .copied()
            .collect();
        let chosen = (0..=2u8)
            .rev()
            .find_map(|class| fitting.iter().rfind(|b| b.2 == class))
            .map(|&(at, drop, _)| (at, drop));
        let (end, drop) = chosen.unwrap_or_else(|| {
            // No opportunity: as many characters as fit.
            let mut used = 0;
            let mut end = start;
            for (at, c) in rest.char_indices() {
                let w = width(c.encode_utf8(&mut [0; 4]));
                if used + w > room && at > 0 {
                    break;
                }
                used += w;
                end = start + at + c.len_utf8();
            }
            (end, false)
        });
        rows.push((start, if drop { end - 1 } else { end }));
        start = end;
    }
}

/// A derivation's line broken into rows like a formula, each piece keeping its outcome (so
/// the selected outcome's terms stay highlighted on every row).
pub fn wrap_pieces(line: &formula::Line, columns: usize) -> Vec<formula::Line> {
    let text = formula::join(line);
    if width(&text) <= columns || columns <= INDENT + 4 {
        return vec![line.clone()];
    }
    let mut bounds = Vec::with_capacity(line.len());
    let mut at = 0;
    for p in line {
        bounds.push((at, at + p.text.len(), p.outcome));
        at += p.text.len();
    }
    ranges(&text, columns, Kind::Formula)
        .into_iter()
        .enumerate()
        .map(|(k, (a, b))| {
            let mut row = Vec::new();
            if k > 0 {
                row.push(formula::Piece {
                    text: " ".repeat(hanging(&text, columns)),
                    outcome: None,
                });
            }
            for &(s, e, outcome) in &bounds {
                let (s, e) = (s.max(a), e.min(b));
                if s < e {
                    row.push(formula::Piece { text: text[s..e].to_string(), outcome });
                }
            }
            row
        })
        .collect()
}

/// A logical line split into rows, each a styled line of the display.
pub struct Wrapped {
    pub logical: String,
    pub rows: Vec<Line<'static>>,
}

impl Wrapped {
    /// `text` in one style, wrapped as its kind allows.
    pub fn new(text: &str, columns: usize, kind: Kind, style: Style) -> Wrapped {
        let rows = wrap(text, columns, kind).into_iter().map(|r| Line::styled(r, style)).collect();
        Wrapped { logical: text.to_string(), rows }
    }

    /// A line already split into rows by the caller (styled spans, a table row).
    pub fn rows(logical: String, rows: Vec<Line<'static>>) -> Wrapped {
        Wrapped { logical, rows }
    }

    /// A line that is left out of the check: a blank line, a rule.
    pub fn blank() -> Wrapped {
        Wrapped { logical: String::new(), rows: vec![Line::default()] }
    }
}

/// Rows above and below the window drawn by [`draw`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Hidden {
    pub above: usize,
    pub below: usize,
    /// Rows in all.
    pub total: usize,
    /// Logical lines drawn whole, and the index of the first of them.
    pub whole: usize,
    pub first_whole: Option<usize>,
}

/// Draws the rows of `lines` from row `scroll` on into `area`, noting each logical line drawn
/// whole; returns how many rows are out of view above and below.
pub fn draw(
    panel: &str,
    lines: Vec<Wrapped>,
    scroll: usize,
    area: Rect,
    buf: &mut Buffer,
) -> Hidden {
    let total: usize = lines.iter().map(|l| l.rows.len()).sum();
    let rows = area.height as usize;
    let first = scroll.min(total.saturating_sub(rows));
    let mut y = 0;
    let (mut whole_count, mut first_whole) = (0, None);
    for (index, line) in lines.into_iter().enumerate() {
        let n = line.rows.len();
        let whole = y >= first && y + n <= first + rows;
        let mut drawn = Vec::new();
        for (k, row) in line.rows.into_iter().enumerate() {
            let at = y + k;
            if at < first || at >= first + rows {
                continue;
            }
            let rect = Rect { y: area.y + (at - first) as u16, height: 1, ..area };
            if recording_now() {
                drawn.push((rect, row.spans.iter().map(|s| s.content.as_ref()).collect()));
            }
            row.render(rect, buf);
        }
        if whole {
            whole_count += 1;
            first_whole.get_or_insert(index);
        }
        if whole && !line.logical.trim().is_empty() {
            note(panel, line.logical, drawn);
        }
        y += n;
    }
    let hidden = Hidden {
        above: first,
        below: total.saturating_sub(first + rows),
        total,
        whole: whole_count,
        first_whole,
    };
    RECORD.with(|r| {
        if let Some(log) = r.borrow_mut().as_mut() {
            log.windows.push(Window { panel: panel.to_string(), area, hidden });
        }
    });
    hidden
}

/// Draws one row of text into `rect`, cut with [`CUT`] if it is wider, and notes it.
pub fn draw_row(panel: &str, text: &str, style: Style, rect: Rect, buf: &mut Buffer) {
    let shown = super::text::truncate(text, rect.width as usize);
    Line::from(Span::styled(shown.clone(), style)).render(rect, buf);
    note(panel, text.to_string(), vec![(rect, shown)]);
}

/// One logical line as drawn: the panel, the line, and each row of it with where it went.
#[derive(Debug, Clone)]
pub struct Drawn {
    pub panel: String,
    pub logical: String,
    pub rows: Vec<(Rect, String)>,
}

/// A window of logical lines drawn by [`draw`]: where, and how many rows were out of view, which
/// the panel must say in its border.
#[derive(Debug, Clone)]
pub struct Window {
    pub panel: String,
    pub area: Rect,
    pub hidden: Hidden,
}

/// Everything noted while recording.
#[derive(Debug, Clone, Default)]
pub struct Record {
    pub lines: Vec<Drawn>,
    pub windows: Vec<Window>,
}

thread_local! {
    static RECORD: RefCell<Option<Record>> = const { RefCell::new(None) };
}

fn recording_now() -> bool {
    RECORD.with(|r| r.borrow().is_some())
}

/// Notes a logical line and its rows, if a test is recording.
pub fn note(panel: &str, logical: String, rows: Vec<(Rect, String)>) {
    RECORD.with(|r| {
        if let Some(log) = r.borrow_mut().as_mut() {
            log.lines.push(Drawn { panel: panel.to_string(), logical, rows });
        }
    });
}

/// Clears `area` for what is drawn over it, forgetting the lines drawn there before.
pub fn clear(area: Rect, buf: &mut Buffer) {
    ratatui::widgets::Clear.render(area, buf);
    RECORD.with(|r| {
        if let Some(log) = r.borrow_mut().as_mut() {
            log.lines.retain(|d| !d.rows.iter().any(|(rect, _)| rect.intersects(area)));
            log.windows.retain(|w| !w.area.intersects(area));
        }
    });
}

/// Runs `f` (a draw), and returns what it gave with every logical line and window drawn
/// meanwhile.
pub fn recording<T>(f: impl FnOnce() -> T) -> (T, Record) {
    RECORD.with(|r| *r.borrow_mut() = Some(Record::default()));
    let out = f();
    let log = RECORD.with(|r| r.borrow_mut().take()).unwrap_or_default();
    (out, log)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn joined(rows: &[String]) -> String {
        rows.iter().map(|r| r.trim()).collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn code_breaks_after_a_comma() {
        let call = r#"F.kl_div(q.log(), p.log(), reduction="batchmean", log_target=True)"#;
        let rows = wrap(call, 30, Kind::Code);
        assert!(rows.iter().all(|r| width(r) <= 30), "{rows:?}");
        assert_eq!(rows[0], "F.kl_div(q.log(), p.log(),");
        assert!(rows[1].starts_with("    reduction="), "{rows:?}");
        assert_eq!(joined(&rows).replace("( ", "("), call);
    }

    #[test]
    fn formulas_break_before_an_operator() {
        let f = "JS(P,Q) = Σ½p·log₂(p/m) + ½q·log₂(q/m), m = (p+q)/2";
        let rows = wrap(f, 30, Kind::Formula);
        assert!(rows.iter().all(|r| width(r) <= 30), "{rows:?}");
        assert!(rows[1].trim_start().starts_with('+') || rows[1].trim_start().starts_with("m ="));
        assert_eq!(joined(&rows), f);
        let long = "= 0.010371·ln(1000000/1000)";
        let rows = wrap(long, 20, Kind::Formula);
        assert!(rows.iter().all(|r| width(r) <= 20), "{rows:?}");
        let bare = |s: &str| s.replace(' ', "");
        assert_eq!(bare(&rows.concat()), bare(long));
    }
}
