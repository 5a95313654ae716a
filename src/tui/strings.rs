//! The words of the interface: keys, help and hints, in one place.

/// Keys of the lesson view: (keys, what they do). The help overlay lists them all.
pub const LESSON_KEYS: &[(&str, &str)] = &[
    ("← → / h l", "select an outcome"),
    ("Tab / Shift-Tab", "select a distribution (a model is also compared)"),
    ("↑ ↓ / k j / + -", "nudge the selected probability; the others rebalance"),
    ("[ ]", "smaller / larger nudge (1/1000 to 1/10)"),
    ("=", "type an exact value: 3/8, 0.375, 37.5%"),
    ("Space / L", "lock an outcome (marked L): rebalancing leaves it alone"),
    ("m", "next quantity: D(P‖Q), D(Q‖P), H(P,Q), H(P), H(Q), JS, I(x)"),
    ("u", "next unit: bits, nats, hartleys"),
    ("n p", "next / previous page: the steps, then the questions"),
    ("1-9", "choose an answer to a multiple-choice question"),
    ("a", "type the answer to a numeric question (a unit may follow)"),
    ("H", "show or hide the question's hint"),
    ("PgDn PgUp", "scroll the derivation"),
    ("r", "reset to the lesson's values"),
    ("s", "save the values into the file (built-in: a copy)"),
    ("?", "this help"),
    ("q / Esc", "back to the lessons"),
    ("Ctrl-C", "quit"),
];

/// Keys of the lesson browser.
pub const BROWSER_KEYS: &[(&str, &str)] = &[
    ("↑ ↓ / k j", "select a lesson"),
    ("Enter / →", "open it"),
    ("?", "this help"),
    ("q / Esc", "quit"),
];

/// The footer of the lesson view at 80 columns; wider terminals get the longer one.
pub const LESSON_FOOTER: &[(&str, &str)] = &[
    ("←→", "outcome"),
    ("↑↓", "±"),
    ("=", "type"),
    ("Tab", "model"),
    ("m", "quantity"),
    ("u", "unit"),
    ("n/p", "step"),
    ("?", "help"),
    ("q", "back"),
];

/// The footer on a page with a question, after the key that answers it.
pub const QUESTION_FOOTER: &[(&str, &str)] = &[
    ("H", "hint"),
    ("←→", "outcome"),
    ("↑↓", "±"),
    ("m", "quantity"),
    ("n/p", "page"),
    ("?", "help"),
    ("q", "back"),
];

pub const BROWSER_FOOTER: &[(&str, &str)] =
    &[("↑↓", "select"), ("Enter", "open"), ("?", "help"), ("q", "quit")];

pub const INPUT_FOOTER: &[(&str, &str)] = &[("Enter", "set"), ("Esc", "cancel")];

pub const HELP_TITLE: &str = " Keys ";
pub const HELP_CLOSE: &str = "any key closes this help";
pub const BROWSER_TITLE: &str = " Lessons ";
pub const HIDDEN_RESULT: &str = "= ?  answer the question to reveal it";
pub const HIDDEN_TERMS: &str = "hidden until you answer the question";
pub const ANSWERED_RIGHT: &str = "You answered this right in an earlier session.";
pub const ANSWERED_WRONG: &str =
    "You answered this in an earlier session, not quite right: try again.";
pub const BROKEN_TITLE: &str = " This lesson has problems (any key closes) ";
pub const PROBLEMS_TITLE: &str =
    " The file has problems: the last good version stays until they are fixed ";
pub const NO_HINT: &str = "this question has no hint.";
pub const NO_STEPS: &str = "This lesson has no steps: explore the numbers freely.";
pub const COPY_HINT: &str = "The mouse is left to the terminal: select text to copy it.";
