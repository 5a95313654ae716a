//! The command line.

use std::path::PathBuf;
use std::sync::OnceLock;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::i18n::Lang;
use crate::info::Unit;

/// A terminal tutor for entropy, cross-entropy and Kullback–Leibler divergence.
///
/// Run with no arguments to open the lesson browser, or name a lesson to open it.
#[derive(Debug, Parser)]
#[command(
    name = "kltutor",
    version = version(),
    about,
    long_about = None,
    override_usage = "kltutor [OPTIONS] [LESSON]\n       kltutor [OPTIONS] <COMMAND>"
)]
pub struct Cli {
    /// A lesson to open: a built-in lesson's id or number, or a lesson file.
    #[arg(value_name = "LESSON")]
    pub lesson: Option<String>,

    /// Also list the lessons in this folder (repeatable).
    #[arg(long = "lessons", value_name = "DIR")]
    pub lesson_dirs: Vec<PathBuf>,

    /// Draw the numbers of questions that vary from this seed, the same at every run
    /// (default: each lesson's own, so a class meets the same numbers).
    #[arg(long, value_name = "N")]
    pub seed: Option<u64>,

    /// The language of the interface: en or zh (default: a lesson's own language, else the
    /// locale's).
    #[arg(long, value_name = "LANG", global = true, value_parser = parse_lang)]
    pub lang: Option<Lang>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Work out entropy, cross-entropy, KL and JS divergence of P against one or more models.
    Compute(ComputeArgs),
    /// Show what scipy, PyTorch, Keras, optax and scikit-learn return for P and Q, call by call.
    Conventions(ConventionsArgs),
    /// Show KL as extra bits: Huffman and Shannon code words for P and for Q, and their lengths.
    Codes(CodesArgs),
    /// List the built-in course and your own lessons.
    Lessons {
        /// Also list the lessons in this folder (repeatable).
        #[arg(long = "lessons", value_name = "DIR")]
        lesson_dirs: Vec<PathBuf>,
    },
    /// Check lesson files and report every problem, with its line and column.
    Check {
        /// Lesson files (or built-in lesson ids).
        #[arg(required = true, value_name = "FILE")]
        files: Vec<String>,
        /// Check again after every save, showing the fresh result, until interrupted.
        #[arg(long)]
        watch: bool,
        /// Fail (exit status 1) on warnings too, such as a question an earlier page answers.
        #[arg(long)]
        deny_warnings: bool,
        /// Also find lesson ids in this folder (repeatable).
        #[arg(long = "lessons", value_name = "DIR")]
        lesson_dirs: Vec<PathBuf>,
    },
    /// Print a lesson worked out in full, every derivation included: a handout for a class.
    Explain {
        /// A built-in lesson's id or number, or a lesson file.
        lesson: String,
        /// Output format.
        #[arg(long, value_enum, default_value = "text")]
        format: ExplainFormat,
        /// Decimal places shown.
        #[arg(long, default_value_t = 4, value_parser = clap::value_parser!(u8).range(0..=17))]
        precision: u8,
        /// Also find lesson ids in this folder (repeatable).
        #[arg(long = "lessons", value_name = "DIR")]
        lesson_dirs: Vec<PathBuf>,
    },
    /// Write a commented starter lesson to FILE (never overwrites).
    New {
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
    /// Print the JSON Schema of the lesson format, for editors.
    Schema,
    /// Practise: endless fresh exercises with small fractions, scored by the first try.
    Practice {
        /// One kind of exercise: information, entropy, cross-entropy, kl, kl-reverse, closer,
        /// js or units (default: every kind, at random).
        #[arg(value_name = "TOPIC", value_parser = parse_topic)]
        topic: Option<crate::lesson::practice::Topic>,
        /// Start from this seed, for the same exercises every time.
        #[arg(long, value_name = "N")]
        seed: Option<u64>,
    },
    /// Review the skills due: what you missed comes back sooner, with fresh numbers.
    Review,
    /// Show what you have done: lessons, questions answered, each skill's next review.
    Progress {
        /// Forget all progress (asks first).
        #[arg(long)]
        reset: bool,
        /// With --reset: do not ask.
        #[arg(long, requires = "reset")]
        yes: bool,
        /// Output format.
        #[arg(long, value_enum, default_value = "text")]
        format: ProgressFormat,
    },
    /// Print a completion script for a shell, to be sourced or saved where the shell looks.
    #[command(after_help = "Examples:\n  \
source <(kltutor completions bash)                       # this bash session\n  \
kltutor completions bash > ~/.local/share/bash-completion/completions/kltutor\n  \
kltutor completions zsh > ~/.zfunc/_kltutor              # with fpath+=~/.zfunc\n  \
kltutor completions fish > ~/.config/fish/completions/kltutor.fish")]
    Completions {
        /// The shell.
        #[arg(value_name = "SHELL")]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), or write a page for every command into a folder.
    #[command(after_help = "Example:\n  kltutor man > ~/.local/share/man/man1/kltutor.1")]
    Man {
        /// Write kltutor.1 and a page for each subcommand (kltutor-compute.1, ...) into DIR.
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
    },
}

/// What `kltutor --version` prints after the name: the version and the newest lesson format
/// this version reads, `0.1.0 (lesson format 1)`.
pub fn version() -> &'static str {
    static VERSION: OnceLock<String> = OnceLock::new();
    VERSION.get_or_init(|| {
        format!("{} (lesson format {})", env!("CARGO_PKG_VERSION"), crate::lesson::FORMAT)
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ProgressFormat {
    Text,
    Json,
    /// One row per skill, for merging a class's files in a spreadsheet.
    Csv,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExplainFormat {
    Text,
    Markdown,
    Latex,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum UnitArg {
    Bits,
    Nats,
    Hartleys,
}

impl From<UnitArg> for Unit {
    fn from(u: UnitArg) -> Unit {
        match u {
            UnitArg::Bits => Unit::Bits,
            UnitArg::Nats => Unit::Nats,
            UnitArg::Hartleys => Unit::Hartleys,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ComputeFormat {
    Text,
    Markdown,
    Json,
}

#[derive(Debug, Args)]
#[command(override_usage = "kltutor compute [OPTIONS] --p <VALUES> [--q <VALUES>...]\n       \
kltutor compute [OPTIONS] --joint <ROWS>")]
#[command(after_help = "Values are fractions (1/8), decimals (0.125), scientific notation \
(1.25e-1) or percentages (12.5%), separated by commas, spaces or newlines. They are held exactly, \
so 0.1,0.2,0.7 sums to exactly 1; values whose sum differs from 1 only by the rounding of their \
last digits (at most 1e-9) are divided by their exact sum, with a note.\n\n\
Files: @FILE reads a file, - reads stdin; # starts a comment. @FILE:COLUMN (or -:COLUMN) reads \
one column of a CSV file, by its header or its number from 1.\n\n\
Examples:\n  kltutor compute -p 1/2,1/2 -q 1/4,3/4 -q 1/8,7/8 --labels heads,tails\n  \
kltutor compute -p 1/2,1/4,1/4\n  kltutor compute -p @counts.csv:observed -q @counts.csv:expected \
--normalize\n\nExit status: 0 success, 1 invalid distribution, 2 usage error.")]
pub struct ComputeArgs {
    /// The true distribution P: values, @FILE[:COLUMN], or - for stdin.
    #[arg(
        short,
        long,
        value_name = "VALUES",
        allow_hyphen_values = true,
        required = false,
        required_unless_present = "joint",
        default_value = "",
        hide_default_value = true
    )]
    pub p: String,

    /// A model Q of P, in the same form; repeat for several models, which are then ranked.
    /// Without one, H(P) and each outcome's information are shown.
    #[arg(short, long, value_name = "VALUES", allow_hyphen_values = true)]
    pub q: Vec<String>,

    /// A joint distribution of X (rows) and Y (columns): rows of values separated by `;` (or
    /// @FILE / - with one row per line).
    /// Prints the marginals, H(X), H(Y), H(X,Y), the conditional entropies and the mutual
    /// information I(X;Y) = D(P(x,y) ‖ P(x)P(y)).
    #[arg(long, value_name = "ROWS", allow_hyphen_values = true, conflicts_with_all = ["p", "q"])]
    pub joint: Option<String>,

    /// Names of the outcomes, comma-separated.
    #[arg(long, value_name = "NAMES", value_delimiter = ',')]
    pub labels: Vec<String>,

    /// Names of P and then each model, comma-separated (default: P, Q or Q1, Q2, ...).
    #[arg(long, value_name = "NAMES", value_delimiter = ',')]
    pub names: Vec<String>,

    /// The unit of information: the base of the logarithm.
    #[arg(long, value_enum, default_value = "bits")]
    pub unit: UnitArg,

    /// Rescale weights or counts to sum to 1 (1,3 becomes 1/4,3/4).
    #[arg(long)]
    pub normalize: bool,

    /// Decimal places shown in text and Markdown.
    #[arg(long, default_value_t = 4, value_parser = clap::value_parser!(u8).range(0..=17))]
    pub precision: u8,

    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    pub format: ComputeFormat,

    /// Refuse a list of more values than this (a guard against endless input).
    #[arg(long, value_name = "N", default_value_t = 100_000_000)]
    pub max_outcomes: usize,
}

#[derive(Debug, Args)]
#[command(after_help = "Each value is worked out from the library's documented definition, in \
float64 and in nats as the libraries give them (bits beside); no Python runs.\n\nExample:\n  \
kltutor conventions --p 1/2,1/2 --q 1/4,3/4\n\nExit status: 0 success, 1 invalid distribution, \
2 usage error.")]
pub struct ConventionsArgs {
    #[command(flatten)]
    pub pair: PairArgs,

    /// Decimal places shown in text and Markdown.
    #[arg(long, default_value_t = 6, value_parser = clap::value_parser!(u8).range(0..=17))]
    pub precision: u8,

    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    pub format: ComputeFormat,
}

/// One P and one Q, as `conventions` and `codes` take them.
#[derive(Debug, Args)]
pub struct PairArgs {
    /// The true distribution P (the target, where the symbols come from): values as in
    /// `compute`.
    #[arg(long, value_name = "VALUES", allow_hyphen_values = true)]
    pub p: String,

    /// The model Q (the prediction, whose code is used), over the same outcomes.
    #[arg(long, value_name = "VALUES", allow_hyphen_values = true)]
    pub q: String,

    /// Rescale weights or counts to sum to 1 (1,3 becomes 1/4,3/4).
    #[arg(long)]
    pub normalize: bool,
}

#[derive(Debug, Args)]
#[command(
    after_help = "Example:\n  kltutor codes --p 1/2,1/4,1/8,1/8 --q 1/8,1/8,1/4,1/2\n\nExit status: \
0 success, 1 invalid distribution, 2 usage error."
)]
pub struct CodesArgs {
    #[command(flatten)]
    pub pair: PairArgs,

    /// Names of the outcomes, comma-separated.
    #[arg(long, value_name = "NAMES", value_delimiter = ',')]
    pub labels: Vec<String>,

    /// Decimal places shown in text and Markdown.
    #[arg(long, default_value_t = 4, value_parser = clap::value_parser!(u8).range(0..=17))]
    pub precision: u8,

    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    pub format: ComputeFormat,
}

/// The help texts of the command line, from the catalog: (subcommand, or "" for `kltutor`
/// itself; argument id, or "" for the command's description; message id). The doc comments
/// above are for readers of the code; what `--help` prints is these messages, in the reader's
/// language.
const HELP: &[(&str, &str, &str)] = &[
    ("", "", "cli-about"),
    ("", "lesson", "cli-lesson"),
    ("", "lesson_dirs", "cli-lesson-dirs"),
    ("", "seed", "cli-seed"),
    ("", "lang", "cli-lang"),
    ("compute", "", "cli-compute"),
    ("compute", "p", "cli-compute-p"),
    ("compute", "q", "cli-compute-q"),
    ("compute", "joint", "cli-compute-joint"),
    ("compute", "labels", "cli-labels"),
    ("compute", "names", "cli-compute-names"),
    ("compute", "unit", "cli-compute-unit"),
    ("compute", "normalize", "cli-normalize"),
    ("compute", "precision", "cli-precision"),
    ("compute", "format", "cli-format"),
    ("compute", "max_outcomes", "cli-compute-max-outcomes"),
    ("conventions", "", "cli-conventions"),
    ("conventions", "p", "cli-pair-p"),
    ("conventions", "q", "cli-pair-q"),
    ("conventions", "normalize", "cli-normalize"),
    ("conventions", "precision", "cli-precision"),
    ("conventions", "format", "cli-format"),
    ("codes", "", "cli-codes"),
    ("codes", "p", "cli-pair-p"),
    ("codes", "q", "cli-pair-q"),
    ("codes", "normalize", "cli-normalize"),
    ("codes", "labels", "cli-labels"),
    ("codes", "precision", "cli-precision"),
    ("codes", "format", "cli-format"),
    ("lessons", "", "cli-lessons"),
    ("lessons", "lesson_dirs", "cli-lesson-dirs"),
    ("check", "", "cli-check"),
    ("check", "files", "cli-check-files"),
    ("check", "watch", "cli-check-watch"),
    ("check", "deny_warnings", "cli-check-deny-warnings"),
    ("check", "lesson_dirs", "cli-find-lesson-dirs"),
    ("explain", "", "cli-explain"),
    ("explain", "lesson", "cli-explain-lesson"),
    ("explain", "format", "cli-format"),
    ("explain", "precision", "cli-precision"),
    ("explain", "lesson_dirs", "cli-find-lesson-dirs"),
    ("new", "", "cli-new"),
    ("new", "file", "cli-new-file"),
    ("schema", "", "cli-schema"),
    ("practice", "", "cli-practice"),
    ("practice", "topic", "cli-practice-topic"),
    ("practice", "seed", "cli-practice-seed"),
    ("review", "", "cli-review"),
    ("progress", "", "cli-progress"),
    ("progress", "reset", "cli-progress-reset"),
    ("progress", "yes", "cli-progress-yes"),
    ("progress", "format", "cli-format"),
    ("completions", "", "cli-completions"),
    ("completions", "shell", "cli-completions-shell"),
    ("man", "", "cli-man"),
    ("man", "out", "cli-man-out"),
];

/// What follows a command's options in its help: examples, notes, exit statuses.
const AFTER_HELP: &[(&str, &str)] = &[
    ("compute", "cli-compute-after"),
    ("conventions", "cli-conventions-after"),
    ("codes", "cli-codes-after"),
    ("completions", "cli-completions-after"),
    ("man", "cli-man-after"),
];

/// The command line as clap parses it, every help text in the current language (see
/// [`HELP`]): what `kltutor --help` prints in Chinese to a Chinese reader.
pub fn command() -> clap::Command {
    use clap::CommandFactory;
    // Changed before clap builds the command: changing a built command's arguments would
    // leave its parser pointing at the old ones.
    let mut command = localize(Cli::command(), "");
    command.build();
    // The `help` subcommand exists from here on.
    command.mut_subcommand("help", |s| s.about(crate::i18n::message("cli-help-command", &[])))
}

/// Sets the help texts of `command`, the subcommand `name` ("" for `kltutor`), and of its
/// subcommands; the help and version flags are made here so their texts can be set too.
fn localize(mut command: clap::Command, name: &str) -> clap::Command {
    use clap::{Arg, ArgAction};
    let text = |id: &str| crate::i18n::message(id, &[]);
    for &(_, arg, id) in HELP.iter().filter(|(sub, _, _)| *sub == name) {
        command = if arg.is_empty() {
            command.about(text(id))
        } else if command.get_arguments().any(|a| a.get_id() == arg) {
            command.mut_arg(arg, |a| {
                // clap would add these in English: they are added here, in the reader's words.
                let extras = extras(&a);
                let a = if extras.is_empty() {
                    a
                } else {
                    a.hide_default_value(true).hide_possible_values(true)
                };
                a.help(format!("{}{extras}", text(id)))
            })
        } else {
            command
        };
    }
    if let Some((_, id)) = AFTER_HELP.iter().find(|(sub, _)| *sub == name) {
        command = command.after_help(text(id));
    }
    // Last, where clap puts its own, after the global `--lang` it adds to each subcommand.
    let help = Arg::new("help").short('h').long("help").action(ArgAction::Help).display_order(1000);
    command = command.disable_help_flag(true).arg(help.help(text("cli-help")));
    if name.is_empty() {
        let version = Arg::new("version").short('V').long("version");
        let version = version.action(ArgAction::Version).display_order(1001);
        command = command.disable_version_flag(true).arg(version.help(text("cli-version")));
    }
    let layout = template(&command);
    command = command.help_template(layout);
    let subcommands: Vec<String> =
        command.get_subcommands().map(|s| s.get_name().to_string()).collect();
    for sub in subcommands {
        command = command.mut_subcommand(&sub, |s| localize(s, &sub));
    }
    command
}

/// An argument's default value and possible values, as clap would add them to its help, in
/// the reader's language.
fn extras(arg: &clap::Arg) -> String {
    let mut out = String::new();
    let defaults: Vec<String> =
        arg.get_default_values().iter().map(|v| v.to_string_lossy().into_owned()).collect();
    let takes_values = arg.get_action().takes_values();
    if takes_values && !arg.is_hide_default_value_set() && defaults.iter().any(|d| !d.is_empty()) {
        let value = defaults.join(", ");
        out.push_str(&crate::i18n::message("cli-default", &[("value", value.into())]));
    }
    let possible: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| v.get_name().to_string())
        .collect();
    if takes_values && !possible.is_empty() {
        let values = possible.join(", ");
        out.push_str(&crate::i18n::message("cli-possible", &[("values", values.into())]));
    }
    out
}

/// clap's help layout with the headings from the catalog: each section only when there is
/// something under it.
fn template(command: &clap::Command) -> String {
    let text = |id: &str| crate::i18n::message(id, &[]);
    let mut out = format!("{{about-with-newline}}\n{}{{usage}}\n", text("cli-heading-usage"));
    let positionals = command.get_positionals().any(|a| !a.is_hide_set());
    let options = command.get_arguments().any(|a| !a.is_positional() && !a.is_hide_set());
    // `kltutor` has subcommands; clap adds `help` among them when it builds the command.
    let subcommands = command.get_subcommands().any(|s| !s.is_hide_set());
    for (shown, heading, list) in [
        (subcommands, "cli-heading-commands", "{subcommands}"),
        (positionals, "cli-heading-arguments", "{positionals}"),
        (options, "cli-heading-options", "{options}"),
    ] {
        if shown {
            // A blank line between sections; clap adds the one before the after-help.
            let gap = if out.ends_with('}') { "\n\n" } else { "\n" };
            out.push_str(&format!("{gap}{}\n{list}", text(heading)));
        }
    }
    out.push_str("{after-help}");
    out
}

/// The language `--lang LANG` (or `--lang=LANG`) names among `args`, read before the
/// command line is parsed so that its help can speak it.
pub fn lang_in_args(args: impl IntoIterator<Item = std::ffi::OsString>) -> Option<Lang> {
    let args: Vec<String> = args.into_iter().map(|a| a.to_string_lossy().into_owned()).collect();
    args.iter().enumerate().find_map(|(k, arg)| match arg.strip_prefix("--lang") {
        Some("") => args.get(k + 1).and_then(|tag| Lang::from_tag(tag)),
        Some(rest) => rest.strip_prefix('=').and_then(Lang::from_tag),
        None => None,
    })
}

fn parse_lang(tag: &str) -> Result<Lang, String> {
    Lang::from_tag(tag).ok_or_else(|| {
        let known: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
        format!("no catalog for `{tag}`: use {}", known.join(" or "))
    })
}

fn parse_topic(name: &str) -> Result<crate::lesson::practice::Topic, String> {
    use crate::lesson::practice::Topic;
    Topic::ALL.into_iter().find(|t| t.name() == name).ok_or_else(|| {
        let names: Vec<&str> = Topic::ALL.iter().map(|t| t.name()).collect();
        format!("no topic `{name}`: use {}", names.join(", "))
    })
}
