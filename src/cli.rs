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
