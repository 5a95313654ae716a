//! Breaking prose into lines that fit, in any script.
//!
//! Break opportunities come from the Unicode line-breaking algorithm (UAX #14, through
//! textwrap's `unicode-linebreak` feature): Chinese breaks between characters, Latin text at
//! spaces, never inside a word or a number, never before closing punctuation such as ，。）.
//! One rule is added for the formulas lessons write inline: a spaced operator (`0.5000 −
//! 0.2925`, `= 0.2075`) stays at the end of the line with what precedes it, so no line starts
//! with an operator cut from its expression. Widths are display columns: a CJK character
//! takes two.

use textwrap::WordSeparator;
use textwrap::core::{Word, break_words};
use textwrap::wrap_algorithms::WrapAlgorithm;

/// Operators that join two operands in lessons' inline formulas.
const OPERATORS: &[&str] =
    &["=", "−", "-", "+", "±", "×", "·", "÷", "/", "<", ">", "≤", "≥", "≈", "≠", "→", "⇒"];

/// Wraps `text` to `width` columns; each `\n` starts a new line. A word wider than `width`
/// (a long formula or name) is the one thing broken where it must be.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    if width == 0 {
        return Vec::new();
    }
    text.split('\n').flat_map(|line| wrap_line(line.trim_end_matches('\r'), width)).collect()
}

fn wrap_line(line: &str, width: usize) -> Vec<String> {
    let words = glue_operators(line, WordSeparator::UnicodeBreakProperties.find_words(line));
    let words = break_words(words, width);
    let widths = [width];
    let lines = WrapAlgorithm::new().wrap(&words, &widths);
    let mut out: Vec<String> = lines
        .iter()
        .map(|words| {
            let mut text = String::new();
            for (k, word) in words.iter().enumerate() {
                text.push_str(word.word);
                if k + 1 < words.len() {
                    text.push_str(word.whitespace);
                }
            }
            text
        })
        .collect();
    if out.is_empty() {
        out.push(String::new());
    }
    out
}

/// Joins every word that is a lone operator to the word before it, so the break falls after
/// the operator rather than before.
fn glue_operators<'a>(line: &'a str, words: impl Iterator<Item = Word<'a>>) -> Vec<Word<'a>> {
    let offset = |s: &str| s.as_ptr() as usize - line.as_ptr() as usize;
    let mut out: Vec<Word<'a>> = Vec::new();
    for word in words {
        match out.last_mut() {
            Some(previous) if OPERATORS.contains(&word.word) => {
                let start = offset(previous.word);
                let end = offset(word.word) + word.word.len() + word.whitespace.len();
                *previous = Word::from(&line[start..end]);
            }
            _ => out.push(word),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use textwrap::core::display_width;

    #[test]
    fn chinese_breaks_between_characters_by_display_width() {
        let lines = wrap("真实的概率分布 A：正面和反面各占 1/2。", 10);
        assert!(lines.iter().all(|l| display_width(l) <= 10), "{lines:?}");
        assert_eq!(lines.concat().replace(' ', ""), "真实的概率分布A：正面和反面各占1/2。");
    }

    #[test]
    fn operators_stay_with_what_precedes_them() {
        let text = "合计 D(A‖B) = 0.5000 − 0.2925 = 0.2075 比特。";
        for width in 8..40 {
            for line in wrap(text, width) {
                let first = line.split(' ').next().unwrap_or("");
                assert!(!OPERATORS.contains(&first), "{width}: {line:?}");
            }
        }
    }

    #[test]
    fn no_line_starts_with_closing_punctuation_nor_splits_a_word() {
        let text = "交叉熵 H(P,Q) 等于熵 H(P) 加上 KL 散度，这就是 PyTorch 的 KLDivLoss（输入是对数概率）。";
        for width in 6..60 {
            let lines = wrap(text, width);
            for line in &lines {
                assert!(!line.starts_with(['，', '。', '）']), "{width}: {lines:?}");
            }
            let joined = lines.join("\n");
            for word in ["PyTorch", "KLDivLoss", "H(P,Q)"] {
                if display_width(word) <= width {
                    assert!(joined.contains(word), "{width}: {word} split in {lines:?}");
                }
            }
        }
    }

    #[test]
    fn newlines_start_new_lines() {
        assert_eq!(wrap("a\n\nb", 10), ["a", "", "b"]);
    }
}
