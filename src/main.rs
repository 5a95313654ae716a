//! kltutor: a terminal tutor for entropy, cross-entropy and Kullback–Leibler divergence.

use std::process::ExitCode;

use clap::Parser;

use kltutor::cli::{Cli, Command};
use kltutor::commands;

fn main() -> color_eyre::Result<ExitCode> {
    color_eyre::install()?;
    let cli = Cli::parse();
    let outcome = match &cli.command {
        Some(Command::Compute(args)) => commands::compute::run(args),
        None => Err(commands::Failure::usage(
            "the tutor opens here; run `kltutor compute --help`",
        )),
    };
    Ok(match outcome {
        Ok(output) => {
            print!("{output}");
            ExitCode::SUCCESS
        }
        Err(failure) => failure.report(),
    })
}
