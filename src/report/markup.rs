//! Text made safe for Markdown: escaped prose and fenced blocks. Depends on nothing else in the report module,
//! so that any renderer (charts, grids, the library table) may escape without depending on the
//! Markdown renderer that in turn renders them.

/// Escapes every character Markdown could read as markup — emphasis, code, links, HTML
/// (`</script>`), table cells, maths — so a lesson's text is shown as written, never run.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '&' | '$' | '~' | '!'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A fenced code block, its fence longer than any run of backticks in the text.
pub fn fenced(text: &str) -> String {
    let longest = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest.max(2) + 1);
    format!("{fence}\n{}\n{fence}\n", text.trim_end_matches('\n'))
}
