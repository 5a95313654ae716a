//! `--version`, `completions` and `man`: what installing kltutor puts beside the binary.

use std::path::PathBuf;
use std::process::{Command, Output};

use clap::CommandFactory;
use kltutor::cli::Cli;

fn kltutor(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kltutor"))
        .args(args)
        .env_remove("LANGUAGE")
        .env("LC_ALL", "C")
        .output()
        .unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

/// The names of the subcommands, as the user types them.
fn subcommands() -> Vec<String> {
    Cli::command().get_subcommands().map(|s| s.get_name().to_string()).collect()
}

#[test]
fn version_names_the_lesson_format() {
    let expected = format!(
        "kltutor {} (lesson format {})\n",
        env!("CARGO_PKG_VERSION"),
        kltutor::lesson::FORMAT
    );
    for flag in ["--version", "-V"] {
        let out = kltutor(&[flag]);
        assert!(out.status.success());
        assert_eq!(stdout(&out), expected);
    }
    assert!(expected.ends_with("(lesson format 1)\n"), "{expected}");
}

#[test]
fn bash_completions_source_and_complete_subcommands() {
    if Command::new("bash").arg("--version").output().is_err() {
        eprintln!("bash is not installed: the completions were not sourced");
        return;
    }
    // The binary's path goes in through the environment, so no quoting can break it.
    let script = r#"source <("$KLTUTOR" completions bash) && complete -p kltutor &&
        COMP_WORDS=(kltutor com) && COMP_CWORD=1 && _kltutor kltutor com kltutor &&
        echo "candidates: ${COMPREPLY[*]}""#;
    let out = Command::new("bash")
        .args(["--norc", "--noprofile", "-c", script])
        .env("KLTUTOR", env!("CARGO_BIN_EXE_kltutor"))
        .output()
        .unwrap();
    let text = stdout(&out);
    assert!(out.status.success(), "{text}{}", String::from_utf8_lossy(&out.stderr));
    assert!(text.starts_with("complete ") && text.contains(" kltutor\n"), "{text}");
    assert!(text.contains("candidates: compute completions\n"), "{text}");
}

#[test]
fn completions_for_every_shell() {
    let marks = [
        ("bash", "_kltutor()"),
        ("zsh", "#compdef kltutor"),
        ("fish", "complete -c kltutor"),
        ("powershell", "Register-ArgumentCompleter"),
        ("elvish", "edit:completion:arg-completer[kltutor]"),
    ];
    for (shell, mark) in marks {
        let out = kltutor(&["completions", shell]);
        assert!(out.status.success(), "{shell}");
        let script = stdout(&out);
        assert!(script.contains(mark), "{shell}: {script}");
        for sub in subcommands() {
            assert!(script.contains(&sub), "{shell} completes `{sub}`");
        }
    }
    let unknown = kltutor(&["completions", "tcsh"]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("possible values: bash"));
}

#[test]
fn man_page_is_roff_and_names_every_subcommand() {
    let out = kltutor(&["man"]);
    assert!(out.status.success());
    let page = stdout(&out);
    // clap_mangen defines the apostrophe string (`.ie`/`.el`) before the title header.
    let first = page.lines().find(|l| !l.starts_with(".ie ") && !l.starts_with(".el "));
    assert!(first.is_some_and(|l| l.starts_with(".TH kltutor 1 ")), "{page}");
    assert!(page.contains(".SH SUBCOMMANDS"), "{page}");
    for sub in subcommands() {
        assert!(page.contains(&format!("kltutor\\-{sub}(1)")), "the page names `{sub}`: {page}");
    }
    assert!(!page.contains("kltutor\\-help(1)"), "no page is written for `help`");
}

/// A fresh folder for one test, removed when the test ends.
struct TempDir(PathBuf);

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[test]
fn man_out_writes_a_page_for_every_command() {
    let dir = TempDir(std::env::temp_dir().join(format!("kltutor-man-{}", std::process::id())));
    let _ = std::fs::remove_dir_all(&dir.0);
    let man1 = dir.0.join("man1");
    let out = kltutor(&["man", "--out", man1.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let pages = std::iter::once("kltutor.1".to_string())
        .chain(subcommands().into_iter().map(|sub| format!("kltutor-{sub}.1")));
    for page in pages {
        let path = man1.join(&page);
        let text = std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("{page} written"));
        assert!(text.contains(".TH kltutor"), "{page}: {text}");
        assert!(stdout(&out).contains(&format!("wrote {}", path.display())), "{page}");
    }
}
