//! The real binary in a pseudo-terminal: open the coin lesson, nudge a probability, read the
//! new divergence off the screen, quit, and check the terminal was restored, on a normal
//! quit and on SIGTERM.

use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

const TIMEOUT: Duration = Duration::from_secs(30);

struct Session {
    master: Box<dyn MasterPty + Send>,
    child: Box<dyn Child + Send + Sync>,
    writer: Box<dyn Write + Send>,
    output: Receiver<Vec<u8>>,
    parser: vt100::Parser,
    raw: Vec<u8>,
}

impl Session {
    fn start(args: &[&str]) -> Session {
        Session::start_with(args, &std::env::temp_dir().join("kltutor-pty-empty"))
    }

    fn start_with(args: &[&str], data_home: &std::path::Path) -> Session {
        // Each session its own progress: the tests run at once, and one's remembered step
        // must not be where another opens a lesson.
        static SESSIONS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let session = SESSIONS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let state = std::env::temp_dir()
            .join(format!("kltutor-pty-state-{}-{session}", std::process::id()));
        Session::start_in(args, data_home, &state)
    }

    fn start_in(args: &[&str], data_home: &std::path::Path, state: &std::path::Path) -> Session {
        let pty = native_pty_system()
            .openpty(PtySize { rows: 24, cols: 80, pixel_width: 0, pixel_height: 0 })
            .unwrap();
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_kltutor"));
        cmd.args(args);
        cmd.env("TERM", "xterm-256color");
        // The screens asserted are English: the locale must not choose another language.
        cmd.env_remove("LANGUAGE");
        cmd.env("LC_ALL", "C");
        cmd.env("XDG_DATA_HOME", data_home);
        cmd.env("XDG_STATE_HOME", state);
        let child = pty.slave.spawn_command(cmd).unwrap();
        drop(pty.slave);
        let mut reader = pty.master.try_clone_reader().unwrap();
        let writer = pty.master.take_writer().unwrap();
        let (tx, output) = channel();
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 || tx.send(buf[..n].to_vec()).is_err() {
                    break;
                }
            }
        });
        Session {
            master: pty.master,
            child,
            writer,
            output,
            parser: vt100::Parser::new(
                NonZeroU16::new(24).unwrap(),
                NonZeroU16::new(80).unwrap(),
                0,
            ),
            raw: Vec::new(),
        }
    }

    fn screen(&self) -> String {
        self.parser.screen().contents()
    }

    /// Reads output until the screen shows `text`.
    fn wait_for(&mut self, text: &str) {
        let start = Instant::now();
        while !self.screen().contains(text) {
            assert!(start.elapsed() < TIMEOUT, "never saw {text:?}; screen:\n{}", self.screen());
            if let Ok(bytes) = self.output.recv_timeout(Duration::from_millis(100)) {
                self.parser.process(&bytes);
                self.raw.extend_from_slice(&bytes);
            }
        }
    }

    /// Reads output until the screen no longer shows `text`.
    fn wait_gone(&mut self, text: &str) {
        let start = Instant::now();
        while self.screen().contains(text) {
            assert!(start.elapsed() < TIMEOUT, "{text:?} stayed; screen:\n{}", self.screen());
            if let Ok(bytes) = self.output.recv_timeout(Duration::from_millis(100)) {
                self.parser.process(&bytes);
                self.raw.extend_from_slice(&bytes);
            }
        }
    }

    /// Reads output for `ms` milliseconds: long enough for the watcher and the reload that
    /// would follow a change of the file.
    fn settle(&mut self, ms: u64) {
        let start = Instant::now();
        while start.elapsed() < Duration::from_millis(ms) {
            if let Ok(bytes) = self.output.recv_timeout(Duration::from_millis(50)) {
                self.parser.process(&bytes);
                self.raw.extend_from_slice(&bytes);
            }
        }
    }

    fn send(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).unwrap();
        self.writer.flush().unwrap();
    }

    /// Waits for the process to end and drains what it wrote last.
    fn wait_exit(&mut self) {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                assert!(status.success(), "exit status {status:?}");
                break;
            }
            assert!(start.elapsed() < TIMEOUT, "the tutor did not exit");
            if let Ok(bytes) = self.output.recv_timeout(Duration::from_millis(50)) {
                self.parser.process(&bytes);
                self.raw.extend_from_slice(&bytes);
            }
        }
        while let Ok(bytes) = self.output.recv_timeout(Duration::from_millis(200)) {
            self.parser.process(&bytes);
            self.raw.extend_from_slice(&bytes);
        }
    }

    /// The terminal left as found: main screen, cursor shown, line editing back on.
    fn assert_restored(&self, cooked: &impl Fn() -> bool) {
        let raw = String::from_utf8_lossy(&self.raw);
        let leave = raw.rfind("\u{1b}[?1049l").expect("left the alternate screen");
        let enter = raw.rfind("\u{1b}[?1049h").expect("entered the alternate screen");
        assert!(leave > enter);
        assert!(!self.parser.screen().alternate_screen());
        assert!(!self.parser.screen().hide_cursor(), "cursor shown again");
        assert!(cooked(), "raw mode was turned off");
    }
}

/// A fresh folder holding a copy of the coin lesson as `coin.toml`: (folder, file, source).
fn coin_lesson_file(name: &str) -> (std::path::PathBuf, std::path::PathBuf, &'static str) {
    let dir = std::env::temp_dir().join(format!("kltutor-pty-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let lesson = dir.join("coin.toml");
    let source = kltutor::lesson::builtin::Builtin::find("kl-divergence").unwrap().source;
    std::fs::write(&lesson, source).unwrap();
    (dir, lesson, source)
}

/// Whether the terminal is in canonical (line-editing) mode, as a shell expects.
fn canonical(master: &dyn MasterPty) -> bool {
    let termios = master.get_termios().expect("termios of the pty");
    format!("{:?}", termios.local_flags).contains("ICANON")
}

#[test]
fn nudge_read_quit_and_restore() {
    let mut s = Session::start(&["kl-divergence"]);
    s.wait_for("Which model is closer?");
    s.wait_for("Step 1/7");
    assert!(!canonical(s.master.as_ref()), "raw mode while the tutor runs");
    s.send("n");
    s.wait_for("= 0.2075 bits");
    s.send("\u{1b}[A");
    s.wait_for("= 0.1889 bits");
    assert!(s.screen().contains("13/50"));
    // Unsaved edits: leaving asks first.
    s.send("q");
    s.wait_for("save your edits as a copy");
    s.send("n");
    s.wait_for("Lessons");
    s.send("q");
    s.wait_exit();
    let master = &s.master;
    s.assert_restored(&|| canonical(master.as_ref()));
}

/// A question answered wrong, then right: the score the progress file keeps says so.
#[test]
fn a_wrong_then_right_answer_is_scored_as_such() {
    let state = std::env::temp_dir().join(format!("kltutor-pty-score-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&state);
    let mut s = Session::start_in(&["kl-divergence"], &state.join("data"), &state.join("state"));
    s.wait_for("Step 1/7");
    // The question asks about numbers of its own, drawn for its first try as handouts print
    // them: the right choice is the one they rank first.
    let coin = kltutor::lesson::builtin::Builtin::find("kl-divergence").unwrap().load().unwrap();
    let question = coin.all_questions().next().unwrap().clone();
    let asked = kltutor::lesson::variant::first_try(&coin, 0, &question);
    let right = kltutor::lesson::variant::right_choice(&asked, &question).unwrap();
    let divergences: Vec<String> = (0..2)
        .map(|m| format!("{:.4}", asked.pair(m).kl(kltutor::info::Unit::Bits).value()))
        .collect();
    s.send("nnnnnnn");
    s.wait_for("Question 1/2");
    s.send(&format!("{}", 2 - right));
    s.wait_for("Not that one");
    let screen = s.screen();
    assert!(
        divergences.iter().all(|d| !screen.contains(d.as_str())),
        "a wrong answer does not give the answer away: {divergences:?}"
    );
    s.send(&format!("{}", right + 1));
    s.wait_for(&format!("Right: {}.", ["B", "C"][right]));
    s.send("q");
    s.wait_for("Lessons");
    s.send("q");
    s.wait_exit();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_kltutor"))
        .args(["progress", "--format", "json"])
        .env("XDG_STATE_HOME", state.join("state"))
        .env("LC_ALL", "C")
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let lesson = &json["lessons"][0];
    assert_eq!(lesson["id"], "kl-divergence");
    let first = &lesson["questions"][0];
    assert!(first["prompt"].as_str().unwrap().contains("Which model is closer to A?"), "{json}");
    assert_eq!(
        (&first["answered"], &first["first_try_right"], &first["attempts"], &first["revealed"]),
        (
            &serde_json::json!(true),
            &serde_json::json!(false),
            &serde_json::json!(2),
            &serde_json::json!(false)
        )
    );
    let _ = std::fs::remove_dir_all(&state);
}

/// The authors' loop with the real binary: edit, save, edit, save, quit; the file differs
/// from the original in exactly the two edited values.
#[test]
fn edit_save_edit_save_changes_only_the_edited_values() {
    let (dir, lesson, source) = coin_lesson_file("loop");
    let mut s = Session::start_with(&[lesson.to_str().unwrap()], &dir.join("data"));
    s.wait_for("Step 1/7");
    s.send("n\u{1b}[A");
    s.wait_for("= 0.1889 bits");
    s.send("s");
    s.wait_for("saved to");
    s.settle(800);
    assert!(s.screen().contains("saved to"), "the save's message stays:\n{}", s.screen());
    s.send("\u{1b}[Z=3/5\r");
    s.wait_for("unsaved edits");
    s.send("s");
    s.wait_for("saved to");
    s.send("qq");
    s.wait_exit();
    let after = std::fs::read_to_string(&lesson).unwrap();
    let expected = source
        .replacen(r#"probs = ["1/4", "3/4"]"#, r#"probs = ["13/50", "37/50"]"#, 1)
        .replacen(r#"probs = ["1/2", "1/2"]"#, r#"probs = ["3/5", "2/5"]"#, 1);
    assert_eq!(after, expected);
    let _ = std::fs::remove_dir_all(&dir);
}

/// Regression: after a save, the watcher's news of the write (and of every later read of the
/// file, the reload's own included) reloaded the lesson again and again, so `=` lost its
/// prompt, Space its lock and `z` its history.
#[test]
fn after_a_save_every_key_works_and_reading_the_file_is_no_change() {
    let (dir, lesson, _) = coin_lesson_file("keys");
    let mut s = Session::start_with(&[lesson.to_str().unwrap()], &dir.join("data"));
    s.wait_for("Step 1/7");
    s.send("n\t=3/8\r");
    s.wait_for("unsaved edits");
    s.send(" ");
    s.wait_for("locked");
    s.send("s");
    s.wait_for("saved to");
    s.settle(2000);
    assert!(!s.screen().contains("reloaded"), "{}", s.screen());
    s.send("=");
    s.wait_for("C of heads =");
    s.send("\u{1b}");
    s.wait_gone("C of heads =");
    // The lock survived the save: tails cannot move while heads is locked.
    s.send("l\u{1b}[A");
    s.wait_for("every other outcome is locked");
    s.send("hk");
    s.wait_for("this outcome is locked");
    s.send("z");
    s.wait_for("undone");
    // Reading the file, as `cat` or `kltutor check` do, changes nothing on screen.
    let _ = std::fs::read_to_string(&lesson).unwrap();
    let check = std::process::Command::new(env!("CARGO_BIN_EXE_kltutor"))
        .args(["check", lesson.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(check.status.success());
    s.settle(800);
    assert!(!s.screen().contains("reloaded"), "a read is no change:\n{}", s.screen());
    // The same after R, which reloads the file and drops the undone edit.
    s.send("R");
    s.wait_for("reloaded");
    s.settle(800);
    s.send("=");
    s.wait_for("of heads =");
    s.send("\u{1b}");
    s.wait_gone("of heads =");
    s.send("qq");
    s.wait_exit();
    let _ = std::fs::remove_dir_all(&dir);
}

/// Leaving with unsaved edits asks first; `n` leaves without saving.
#[test]
fn leaving_with_unsaved_edits_asks_first() {
    let (dir, lesson, source) = coin_lesson_file("leave");
    let mut s = Session::start_with(&[lesson.to_str().unwrap()], &dir.join("data"));
    s.wait_for("Step 1/7");
    s.send("n\u{1b}[A");
    s.wait_for("unsaved edits");
    s.send("q");
    s.wait_for("Save");
    s.send("nq");
    s.wait_exit();
    assert_eq!(std::fs::read_to_string(&lesson).unwrap(), source, "nothing was saved");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn sigterm_restores_the_terminal() {
    let mut s = Session::start(&[]);
    s.wait_for("Lessons");
    let pid = s.child.process_id().expect("pid").to_string();
    let status = std::process::Command::new("kill").args(["-TERM", &pid]).status().unwrap();
    assert!(status.success());
    s.wait_exit();
    let master = &s.master;
    s.assert_restored(&|| canonical(master.as_ref()));
}

#[test]
fn live_reload_and_saving_a_copy_of_a_builtin() {
    let (dir, lesson, source) = coin_lesson_file("live");
    let mut s = Session::start_with(&[lesson.to_str().unwrap()], &dir.join("data"));
    s.wait_for("Which model is closer?");
    // Save as many editors do: a new file renamed over the old one.
    let temp = dir.join(".coin.toml.swp");
    std::fs::write(&temp, source.replace("Which model is closer?", "Renamed into place")).unwrap();
    std::fs::rename(&temp, &lesson).unwrap();
    s.wait_for("Renamed into place");
    std::fs::write(&lesson, source.replace("probs = [\"1/4\"", "prob = [\"1/4\"")).unwrap();
    s.wait_for("The file has problems");
    s.wait_for("did you mean `probs`?");
    std::fs::write(&lesson, source).unwrap();
    s.wait_for("Which model is closer?");
    // A built-in lesson is saved as a copy in the user's lesson folder.
    s.send("q");
    s.wait_for("Lessons");
    s.send("gjjj\r");
    s.wait_for("Step 1/7");
    s.send("s");
    s.wait_for("saved a copy");
    let copy = dir.join("data/kltutor/lessons/kl-divergence.toml");
    // The copy's header names the lesson by the number the reader saw in the browser.
    let (_, body) = source.split_once('\n').unwrap();
    let header = "# Your copy of lesson 4 of the built-in course (kl-divergence).";
    assert_eq!(std::fs::read_to_string(&copy).unwrap(), format!("{header}\n{body}"));
    // Saving again updates the one copy; the browser lists it as the user's, with its path.
    s.send("\u{1b}[A");
    s.wait_gone("saved a copy");
    s.send("s");
    s.wait_for("saved a copy");
    let copies = std::fs::read_dir(dir.join("data/kltutor/lessons")).unwrap().count();
    assert_eq!(copies, 1, "one copy, updated");
    assert_ne!(std::fs::read_to_string(&copy).unwrap(), source);
    s.send("q");
    s.wait_for("Lessons");
    // The copy is listed with the reader's own lessons, before the other languages.
    s.send(&format!("g{}", "j".repeat(15)));
    s.wait_for("your copy of the built-in lesson");
    s.send("q");
    s.wait_exit();
    let _ = std::fs::remove_dir_all(&dir);
}
