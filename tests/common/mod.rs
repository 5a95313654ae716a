//! Running the binary as a script would, in the C locale so messages are English.

use std::process::{Command, Output};

pub fn kltutor(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kltutor")).args(args).env("LANG", "C").output().unwrap()
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}
