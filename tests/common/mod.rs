//! Running the binary as a script would, in the C locale so messages are English, and a
//! fresh folder for a test.
// Each test crate that includes this module uses only some of it.
#![allow(dead_code)]

use std::path::PathBuf;

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

/// A fresh folder for one test, removed when the test ends.
pub struct TempDir(pub PathBuf);

impl TempDir {
    pub fn new(name: &str) -> TempDir {
        let dir = std::env::temp_dir().join(format!("kltutor-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}
