//! The keys of the interface and what they do: the help overlay and the footers list them.
//! Every other word the interface says is in the message catalog (`locales/*/tui.ftl`).

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
