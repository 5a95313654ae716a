//! Every key of the tutor in one table per screen: dispatch, the help overlay and the footers
//! all read it, so what help says a key does is what it does. A new key is one row.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// Something a key asks the tutor to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    // Anywhere.
    Help,
    Back,
    // The browser.
    SelectPrevious,
    SelectNext,
    SelectFirst,
    SelectLast,
    Open,
    // The lesson view.
    OutcomePrevious,
    OutcomeNext,
    NudgeUp,
    NudgeDown,
    DistributionNext,
    DistributionPrevious,
    SmallerStep,
    LargerStep,
    TypeValue,
    Lock,
    NextQuantity,
    NextUnit,
    NextPage,
    PreviousPage,
    Choose,
    Answer,
    Hint,
    GiveUp,
    /// The question again with fresh numbers.
    Another,
    ScrollDown,
    ScrollUp,
    TextDown,
    TextUp,
    Reset,
    Save,
    Chart,
    Conventions,
    Codes,
    Joint,
    Density,
    // The summary after a lesson's last page.
    NextLesson,
    RetryMissed,
    Undo,
    Redo,
    Reload,
    // Leaving with unsaved edits.
    SaveAndLeave,
    DiscardAndLeave,
    // A line being typed.
    Submit,
    Cancel,
}

/// One row of a key table.
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    pub keys: &'static [KeyCode],
    /// The keys as help lists them.
    pub label: &'static str,
    /// The keys as a footer shows them, short.
    pub short: &'static str,
    pub action: Action,
    /// Catalog id of what the keys do, for help.
    pub help: &'static str,
    /// Catalog id of a word or two for the footer.
    pub word: &'static str,
}

const fn row(
    keys: &'static [KeyCode],
    label: &'static str,
    short: &'static str,
    action: Action,
    help: &'static str,
    word: &'static str,
) -> Binding {
    Binding { keys, label, short, action, help, word }
}

use Action as A;
use KeyCode as K;

#[rustfmt::skip]
pub const BROWSER: &[Binding] = &[
    row(&[K::Up, K::Char('k')], "↑ ↓ / k j", "↑↓", A::SelectPrevious, "keys-select-lesson", "keys-word-select"),
    row(&[K::Down, K::Char('j')], "", "", A::SelectNext, "", ""),
    row(&[K::Home, K::Char('g')], "g G", "g G", A::SelectFirst, "keys-first-last", "keys-word-first-last"),
    row(&[K::End, K::Char('G')], "", "", A::SelectLast, "", ""),
    row(&[K::Enter, K::Right, K::Char('l')], "Enter / →", "Enter", A::Open, "keys-open", "keys-word-open"),
    row(&[K::Char('?')], "?", "?", A::Help, "keys-help", "keys-word-help"),
    row(&[K::Char('q'), K::Esc], "q / Esc", "q", A::Back, "keys-quit", "keys-word-quit"),
];

#[rustfmt::skip]
pub const LESSON: &[Binding] = &[
    row(&[K::Left, K::Char('h')], "← → / h l", "←→", A::OutcomePrevious, "keys-outcome", "keys-word-outcome"),
    row(&[K::Right, K::Char('l')], "", "", A::OutcomeNext, "", ""),
    row(&[K::Up, K::Char('k'), K::Char('+')], "↑ ↓ / k j / + -", "↑↓", A::NudgeUp, "keys-nudge", "keys-word-nudge"),
    row(&[K::Down, K::Char('j'), K::Char('-')], "", "", A::NudgeDown, "", ""),
    row(&[K::Tab], "Tab / Shift-Tab", "Tab", A::DistributionNext, "keys-distribution", "keys-word-model"),
    row(&[K::BackTab], "", "", A::DistributionPrevious, "", ""),
    row(&[K::Char('[')], "[ ]", "[ ]", A::SmallerStep, "keys-step-size", "keys-word-step-size"),
    row(&[K::Char(']')], "", "", A::LargerStep, "", ""),
    row(&[K::Char('=')], "=", "=", A::TypeValue, "keys-type-value", "keys-word-type"),
    row(&[K::Char(' '), K::Char('L')], "Space / L", "Space", A::Lock, "keys-lock", "keys-word-lock"),
    row(&[K::Char('m')], "m", "m", A::NextQuantity, "keys-quantity", "keys-word-quantity"),
    row(&[K::Char('u')], "u", "u", A::NextUnit, "keys-unit", "keys-word-unit"),
    row(&[K::Char('n')], "n p", "n/p", A::NextPage, "keys-page", "keys-word-page"),
    row(&[K::Char('p')], "", "", A::PreviousPage, "", ""),
    row(
        &[K::Char('1'), K::Char('2'), K::Char('3'), K::Char('4'), K::Char('5'), K::Char('6'), K::Char('7'), K::Char('8'), K::Char('9')],
        "1-9",
        "1-9",
        A::Choose,
        "keys-choose",
        "keys-word-choose",
    ),
    row(&[K::Char('a')], "a", "a", A::Answer, "keys-answer", "keys-word-answer"),
    row(&[K::Char('H')], "H", "H", A::Hint, "keys-hint", "keys-word-hint"),
    row(&[K::Char('g')], "g", "g", A::GiveUp, "keys-give-up", "keys-word-give-up"),
    row(&[K::Char('N')], "N", "N", A::Another, "keys-another", "keys-word-another"),
    row(&[K::PageDown], "PgDn PgUp", "PgDn", A::ScrollDown, "keys-scroll", "keys-word-scroll"),
    row(&[K::PageUp], "", "", A::ScrollUp, "", ""),
    row(&[K::Char('J')], "J K", "J K", A::TextDown, "keys-text-scroll", "keys-word-text-scroll"),
    row(&[K::Char('K')], "", "", A::TextUp, "", ""),
    row(&[K::Char('r')], "r", "r", A::Reset, "keys-reset", "keys-word-reset"),
    row(&[K::Char('s')], "s", "s", A::Save, "keys-save", "keys-word-save"),
    row(&[K::Char('c')], "c v w i d", "c", A::Chart, "keys-panels", "keys-word-chart"),
    row(&[K::Char('v')], "", "", A::Conventions, "", ""),
    row(&[K::Char('w')], "", "", A::Codes, "", ""),
    row(&[K::Char('i')], "", "", A::Joint, "", ""),
    row(&[K::Char('d')], "", "", A::Density, "", ""),
    row(&[K::Char('z')], "z Z", "z", A::Undo, "keys-undo", "keys-word-undo"),
    row(&[K::Char('Z')], "", "", A::Redo, "", ""),
    row(&[K::Char('R')], "R", "R", A::Reload, "keys-reload", "keys-word-reload"),
    row(&[K::Char('?')], "?", "?", A::Help, "keys-help", "keys-word-help"),
    row(&[K::Char('q'), K::Esc], "q / Esc", "q", A::Back, "keys-back", "keys-word-back"),
];

#[rustfmt::skip]
pub const SUMMARY: &[Binding] = &[
    row(&[K::Enter], "Enter", "Enter", A::NextLesson, "keys-next-lesson", "keys-word-next-lesson"),
    row(&[K::Char('r')], "r", "r", A::RetryMissed, "keys-retry", "keys-word-retry"),
    row(&[K::Char('p'), K::Left, K::Char('h')], "p / ←", "p", A::PreviousPage, "keys-last-page", "keys-word-last-page"),
    row(&[K::Char('?')], "?", "?", A::Help, "keys-help", "keys-word-help"),
    row(&[K::Char('q'), K::Esc], "q / Esc", "q", A::Back, "keys-back", "keys-word-back"),
];

/// The summary after a review.
#[rustfmt::skip]
pub const REVIEWED: &[Binding] = &[
    row(&[K::Enter, K::Char('q'), K::Esc], "Enter / q / Esc", "q", A::Back, "keys-back", "keys-word-back"),
    row(&[K::Char('?')], "?", "?", A::Help, "keys-help", "keys-word-help"),
];

#[rustfmt::skip]
pub const CONFIRM: &[Binding] = &[
    row(&[K::Char('y')], "y", "y", A::SaveAndLeave, "keys-save-leave", "keys-word-save-leave"),
    row(&[K::Char('n')], "n", "n", A::DiscardAndLeave, "keys-discard-leave", "keys-word-discard-leave"),
    row(&[K::Esc, K::Char('c')], "Esc", "Esc", A::Cancel, "keys-keep-editing", "keys-word-keep-editing"),
];

pub const INPUT: &[Binding] = &[
    row(&[K::Enter], "Enter", "Enter", A::Submit, "keys-submit", "keys-word-submit"),
    row(&[K::Esc], "Esc", "Esc", A::Cancel, "keys-cancel", "keys-word-cancel"),
];

/// The footer of the lesson view, in order; narrow terminals drop entries from the middle.
pub const LESSON_FOOTER: &[Action] = &[
    A::OutcomeNext,
    A::NudgeUp,
    A::TypeValue,
    A::DistributionNext,
    A::NextQuantity,
    A::NextUnit,
    A::Chart,
    A::NextPage,
    A::Help,
    A::Back,
];

/// The footer while the density panel is shown (←→ and ↑↓ move the mean and the sd there).
pub const DENSITY_FOOTER: &[Action] = &[
    A::OutcomeNext,
    A::NudgeUp,
    A::SmallerStep,
    A::TypeValue,
    A::DistributionNext,
    A::ScrollDown,
    A::Help,
    A::Back,
];

/// The footer on a page with an open question, after the key that answers it.
pub const QUESTION_FOOTER: &[Action] = &[
    A::Hint,
    A::GiveUp,
    A::OutcomeNext,
    A::NudgeUp,
    A::NextQuantity,
    A::NextPage,
    A::Help,
    A::Back,
];

pub const BROWSER_FOOTER: &[Action] = &[A::SelectNext, A::Open, A::Help, A::Back];

pub const INPUT_FOOTER: &[Action] = &[A::Submit, A::Cancel];

pub const REVIEWED_FOOTER: &[Action] = &[A::Back, A::Help];

pub const CONFIRM_FOOTER: &[Action] = &[A::SaveAndLeave, A::DiscardAndLeave, A::Cancel];

pub const SUMMARY_FOOTER: &[Action] =
    &[A::NextLesson, A::RetryMissed, A::PreviousPage, A::Help, A::Back];

/// The action `key` has in `table`, if any. Modified keys other than Shift are not bound
/// (Ctrl-C is handled before any table).
pub fn action(table: &[Binding], key: KeyEvent) -> Option<Action> {
    if key.modifiers.intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) {
        return None;
    }
    table.iter().find(|b| b.keys.contains(&key.code)).map(|b| b.action)
}

/// The row that describes `action` in `table`: its own, or for the second of a pair (→ after
/// ←) the row before it, which carries the label of both.
pub fn described(table: &[Binding], action: Action) -> Option<&Binding> {
    let at = table.iter().position(|b| b.action == action)?;
    table[..=at].iter().rev().find(|b| !b.help.is_empty())
}

/// The rows help lists: one per described group of keys.
pub fn listed(table: &[Binding]) -> impl Iterator<Item = &Binding> {
    table.iter().filter(|b| !b.help.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A key bound twice would do only the first thing help says.
    #[test]
    fn no_key_is_bound_twice_and_every_action_is_described() {
        for table in [BROWSER, LESSON, SUMMARY, REVIEWED, CONFIRM, INPUT] {
            let mut seen = Vec::new();
            for b in table {
                for k in b.keys {
                    assert!(!seen.contains(k), "{k:?} bound twice");
                    seen.push(*k);
                }
                assert!(described(table, b.action).is_some(), "{:?} has no help", b.action);
            }
        }
        for (table, footer) in [
            (LESSON, LESSON_FOOTER),
            (LESSON, QUESTION_FOOTER),
            (BROWSER, BROWSER_FOOTER),
            (INPUT, INPUT_FOOTER),
            (SUMMARY, SUMMARY_FOOTER),
            (REVIEWED, REVIEWED_FOOTER),
            (CONFIRM, CONFIRM_FOOTER),
        ] {
            for &a in footer {
                assert!(table.iter().any(|b| b.action == a), "{a:?} is in a footer, not bound");
            }
        }
    }
}
