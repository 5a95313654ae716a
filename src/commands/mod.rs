//! One module per subcommand; each returns the process's exit status.

pub mod codes;
pub mod compute;
pub mod continuous;
pub mod conventions;
pub mod input;
pub mod install;
pub mod joint;
pub mod lessons;
pub mod pair;
pub mod progress;
pub mod tutor;

use std::process::ExitCode;

/// A failure the user can fix, reported on stderr with its exit status.
#[derive(Debug)]
pub struct Failure {
    pub code: u8,
    pub message: String,
}

impl Failure {
    /// Bad input: exit status 1.
    pub fn invalid(message: impl Into<String>) -> Failure {
        Failure { code: 1, message: message.into() }
    }

    /// A command line that cannot be carried out as written: exit status 2.
    pub fn usage(message: impl Into<String>) -> Failure {
        Failure { code: 2, message: message.into() }
    }

    /// Prints the message and returns the exit status.
    pub fn report(self) -> ExitCode {
        eprintln!("{}", crate::t!("command-error", message = self.message));
        ExitCode::from(self.code)
    }
}
