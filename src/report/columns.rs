//! Rows of cells aligned in columns, for the tables of the plain-text reports (codes, joint
//! grids, bins, fits), measured in terminal columns so Chinese headings line up too.

/// Width of the plain-text reports.
pub const WIDTH: usize = 80;

/// Prose wrapped to `width` columns by the Unicode line-breaking rules (Chinese breaks
/// between characters), each line after `indent`.
pub fn prose(text: &str, width: usize, indent: &str) -> String {
    let lines = crate::i18n::linebreak::wrap(text, width.saturating_sub(indent.len()).max(1));
    lines.iter().map(|l| format!("{indent}{l}")).collect::<Vec<_>>().join("\n")
}

/// Which side of its column a cell keeps to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
}

/// The rows as lines: each cell padded to its column's width, `gap` between columns,
/// `indent` before each line, trailing spaces dropped.
pub fn aligned<R: AsRef<[String]>>(rows: &[R], align: Align, gap: &str, indent: &str) -> String {
    let width = |s: &str| textwrap::core::display_width(s);
    let columns = rows.iter().map(|r| r.as_ref().len()).max().unwrap_or(0);
    let widths: Vec<usize> = (0..columns)
        .map(|k| rows.iter().filter_map(|r| r.as_ref().get(k)).map(|c| width(c)).max().unwrap_or(0))
        .collect();
    rows.iter()
        .map(|r| {
            let cells: Vec<String> = r
                .as_ref()
                .iter()
                .zip(&widths)
                .map(|(c, w)| {
                    let fill = " ".repeat(w - width(c));
                    match align {
                        Align::Left => format!("{c}{fill}"),
                        Align::Right => format!("{fill}{c}"),
                    }
                })
                .collect();
            format!("{indent}{}\n", cells.join(gap).trim_end())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aligns_by_display_width() {
        let rows = [vec!["a".to_string(), "熵".into()], vec!["bbb".into(), "c".into()]];
        assert_eq!(aligned(&rows, Align::Left, "  ", " "), " a    熵\n bbb  c\n");
        assert_eq!(aligned(&rows, Align::Right, " ", ""), "  a 熵\nbbb  c\n");
    }
}
