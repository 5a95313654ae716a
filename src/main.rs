//! kltutor: a terminal tutor for entropy, cross-entropy and Kullback–Leibler divergence.

use std::io::Write;
use std::process::ExitCode;

use clap::FromArgMatches;

use kltutor::cli::{Cli, Command};
use kltutor::commands;

fn main() -> color_eyre::Result<ExitCode> {
    color_eyre::install()?;
    // The help speaks the reader's language, which `--lang` may name before it is parsed.
    kltutor::i18n::start(kltutor::cli::lang_in_args(std::env::args_os()));
    let matches = kltutor::cli::command().get_matches();
    let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    // Global options may come before a subcommand (`kltutor --lang zh lessons`), so clap cannot
    // be told that LESSON excludes subcommands; it is checked here.
    if let (Some(lesson), Some(_)) = (&cli.lesson, &cli.command) {
        kltutor::cli::command()
            .error(
                clap::error::ErrorKind::ArgumentConflict,
                format!(
                    "the lesson `{}` cannot be given with a subcommand",
                    kltutor::visible::visible(lesson)
                ),
            )
            .exit();
    }
    kltutor::i18n::start(cli.lang);
    let outcome = match &cli.command {
        Some(Command::Compute(args)) => match &args.joint {
            Some(rows) => commands::joint::run(args, rows),
            None if commands::continuous::applies(args) => commands::continuous::run(args),
            None => commands::compute::run(args),
        },
        Some(Command::Codes(args)) => commands::codes::run(args),
        Some(Command::Conventions(args)) => commands::conventions::run(args),
        Some(Command::Lessons { lesson_dirs }) => {
            commands::lessons::list(&[cli.lesson_dirs.as_slice(), lesson_dirs].concat())
        }
        Some(Command::Check { files, watch, deny_warnings, lesson_dirs }) => {
            commands::lessons::check(files, *watch, *deny_warnings, lesson_dirs)
        }
        Some(Command::Explain { lesson, format, precision, lesson_dirs }) => {
            commands::lessons::explain(lesson, *format, *precision, lesson_dirs)
        }
        Some(Command::New { file }) => commands::lessons::new(file),
        Some(Command::Schema) => commands::lessons::schema(),
        Some(Command::Practice { topic, seed }) => {
            return commands::tutor::practice(*topic, *seed, &cli.lesson_dirs);
        }
        Some(Command::Review) => return commands::tutor::review(&cli.lesson_dirs),
        Some(Command::Progress { reset, yes, format }) => {
            commands::progress::run(*reset, *yes, *format)
        }
        Some(Command::Completions { shell }) => Ok(commands::install::completions(*shell)),
        Some(Command::Man { out }) => commands::install::man(out.as_deref()),
        None => return commands::tutor::run(cli.lesson.as_deref(), &cli.lesson_dirs, cli.seed),
    };
    Ok(match outcome {
        Ok(output) => match std::io::stdout().lock().write_all(output.as_bytes()) {
            // A reader that stops early (`| head`) is not an error of ours.
            Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
                let message = kltutor::t!("command-cannot-write", error = e.to_string());
                commands::Failure::invalid(message).report()
            }
            _ => ExitCode::SUCCESS,
        },
        Err(failure) => failure.report(),
    })
}
