//! The loader never panics, whatever it is given: arbitrary bytes, arbitrary TOML, and
//! mutations of real lessons.

use kltutor::lesson::builtin::COURSE;
use kltutor::lesson::parse_lesson;
use proptest::prelude::*;

/// TOML built from the format's own keys, so the fuzzer reaches past the syntax checks.
fn toml_value() -> impl Strategy<Value = String> {
    let leaf = prop_oneof![
        "[a-z0-9/. %-]{0,8}".prop_map(|s| format!("{s:?}")),
        any::<i64>().prop_map(|i| i.to_string()),
        any::<f64>().prop_map(|f| format!("{f:?}").replace("inf", "inf").replace("NaN", "nan")),
        any::<bool>().prop_map(|b| b.to_string()),
        Just("\"1/2\"".to_string()),
        Just("\"1/0\"".to_string()),
        Just("\"\\u001b[2J\"".to_string()),
    ];
    leaf.prop_recursive(3, 16, 4, |inner| {
        prop::collection::vec(inner, 0..4).prop_map(|v| format!("[{}]", v.join(", ")))
    })
}

fn key() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![
        "title",
        "summary",
        "unit",
        "outcomes",
        "name",
        "probs",
        "normalize",
        "text",
        "show",
        "hide",
        "prompt",
        "choices",
        "answer",
        "quantity",
        "model",
        "outcome",
        "tolerance",
        "kind",
        "feedback",
        "x",
    ])
}

fn header() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![
        "",
        "[truth]",
        "[[model]]",
        "[[step]]",
        "[step.question]",
        "[[question]]",
        "[[question.mistake]]",
        "[show]",
    ])
}

fn toml_document() -> impl Strategy<Value = String> {
    prop::collection::vec((header(), prop::collection::vec((key(), toml_value()), 0..5)), 0..8)
        .prop_map(|sections| {
            let mut doc = String::new();
            for (header, pairs) in sections {
                doc.push_str(header);
                doc.push('\n');
                for (k, v) in pairs {
                    doc.push_str(&format!("{k} = {v}\n"));
                }
            }
            doc
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        if let Err(report) = parse_lesson("fuzz.toml", &bytes) {
            prop_assert!(!report.diagnostics.is_empty());
        }
    }

    #[test]
    fn arbitrary_toml_never_panics(doc in toml_document()) {
        if let Err(report) = parse_lesson("fuzz.toml", doc.as_bytes()) {
            prop_assert!(!report.diagnostics.is_empty());
            prop_assert!(!report.render(false).is_empty());
        }
    }

    #[test]
    fn mutated_lessons_never_panic(
        which in 0..COURSE.len(),
        at in any::<prop::sample::Index>(),
        cut in 0usize..64,
        insert in "[\\PC\u{1b}\u{0}\"\\[\\]=/]{0,6}",
    ) {
        let source = COURSE[which].source;
        let mut start = at.index(source.len() + 1);
        while !source.is_char_boundary(start) {
            start -= 1;
        }
        let mut end = (start + cut).min(source.len());
        while !source.is_char_boundary(end) {
            end -= 1;
        }
        let mutated = format!("{}{insert}{}", &source[..start], &source[end..]);
        if let Err(report) = parse_lesson("fuzz.toml", mutated.as_bytes()) {
            prop_assert!(!report.diagnostics.is_empty());
            prop_assert!(!report.render(false).is_empty());
        }
    }
}

/// Whether printed text holds anything that would act on a terminal or reorder text: the
/// only controls a handout may contain are the line break and the tab, which the format
/// allows in prose.
fn has_hazard(text: &str) -> bool {
    text.chars().any(|c| kltutor::visible::is_hazard(c) && !matches!(c, '\n' | '\t'))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Whatever a stranger writes into a lesson — escape sequences, bidi overrides, bare
    /// CRs, in text or in names — neither `check` nor any handout nor the tutor's screen
    /// prints it raw.
    #[test]
    fn nothing_a_lesson_says_reaches_the_terminal_raw(
        which in 0..COURSE.len(),
        at in any::<prop::sample::Index>(),
        insert in "[a-z\u{1b}\u{7}\u{9b}\u{202e}\u{2066}\r\u{7f}\\\\\"]{1,6}",
        escaped in any::<bool>(),
    ) {
        let source = COURSE[which].source;
        // Inside a string, raw or as a TOML escape (\u001b): either must be refused or shown.
        let mut start = at.index(source.len() + 1);
        while !source.is_char_boundary(start) {
            start -= 1;
        }
        let insert = if escaped {
            insert.chars().map(|c| format!("\\u{:04x}", c as u32)).collect()
        } else {
            insert
        };
        let mutated = format!("{}{insert}{}", &source[..start], &source[start..]);
        let name = format!("fuzz\u{1b}]0;{which}\u{7}.toml");
        match parse_lesson(&name, mutated.as_bytes()) {
            Err(report) => {
                let text = report.render(false);
                prop_assert!(!has_hazard(&text), "{text:?}");
            }
            Ok(lesson) => {
                for format in [kltutor::report::Format::Text, kltutor::report::Format::Markdown, kltutor::report::Format::Latex] {
                    let doc = kltutor::report::handout::lesson(&lesson, 4);
                    let text = kltutor::report::render(&doc, format, 4);
                    prop_assert!(!has_hazard(&text), "{text:?}");
                }
            }
        }
    }
}
