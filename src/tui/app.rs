//! The application: all state, and what each key does to it.

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

use crate::i18n::{self, Lang};
use crate::lesson::catalog::Origin;
use crate::progress::{Progress, Store};

use super::state::{Browser, Input, LessonState, Purpose, stale_note};
use super::theme::Theme;

/// Which screen is showing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Browser,
    Lesson,
}

/// The whole tutor: drawing reads it, keys change it.
#[derive(Debug, Clone)]
pub struct App {
    pub running: bool,
    pub screen: Screen,
    pub browser: Browser,
    pub lesson: Option<LessonState>,
    pub help: bool,
    pub theme: Theme,
    pub progress: Progress,
    /// Where progress is saved; without one it lasts only this session.
    pub store: Option<Store>,
    /// A message for the browser's status line (a progress file that had to be replaced).
    pub notice: Option<String>,
    /// The language outside lessons (`--lang`, else the locale's), spoken in the browser.
    pub interface: Lang,
}

impl App {
    /// The tutor on the lesson browser, listing `origins`.
    pub fn new(origins: Vec<Origin>, theme: Theme) -> App {
        let interface = i18n::lang();
        App {
            running: true,
            screen: Screen::Browser,
            browser: Browser::new(origins, interface),
            lesson: None,
            help: false,
            theme,
            progress: Progress::default(),
            store: None,
            notice: None,
            interface,
        }
    }

    /// Speaks the language of the screen showing: inside a lesson its own language (unless
    /// `--lang` says otherwise), elsewhere the interface language.
    fn speak(&self) {
        let lesson = self.lesson.as_ref().filter(|_| self.screen == Screen::Lesson);
        i18n::set_lang(match lesson {
            Some(open) => i18n::for_lesson(open.lesson.lang, self.interface),
            None => self.interface,
        });
    }

    /// The file of the open lesson, which the loop watches for edits.
    pub fn watched_file(&self) -> Option<std::path::PathBuf> {
        let lesson = self.lesson.as_ref().filter(|_| self.screen == Screen::Lesson)?;
        lesson.file().map(std::path::Path::to_path_buf)
    }

    /// The open lesson's file changed on disk.
    pub fn file_changed(&mut self) {
        if let Some(lesson) = &mut self.lesson {
            lesson.reload();
        }
        self.speak();
    }

    /// Keeps progress in `store` from now on, starting from what it holds.
    pub fn attach_store(&mut self, store: Store) {
        let (progress, warning) = store.load();
        let last = progress.last.as_ref();
        if let Some(at) =
            self.browser.entries.iter().position(|e| Some(&e.origin.progress_key()) == last)
        {
            self.browser.selected = at;
        }
        self.progress = progress;
        self.notice = warning;
        self.store = Some(store);
    }

    /// Records where the student is in the open lesson, saving when anything changed.
    fn record(&mut self) {
        let Some(lesson) = &mut self.lesson else { return };
        let key = lesson.origin.progress_key();
        let mut entry = self.progress.lessons.get(&key).cloned().unwrap_or_default();
        let before = entry.clone();
        entry.title = lesson.lesson.title.clone();
        entry.page = lesson.page;
        entry.pages = lesson.pages();
        entry.questions = lesson.grades.len();
        for (k, grade) in lesson.grades.iter().enumerate() {
            if let Some(grade) = grade {
                entry.answers.insert(k, grade.correct);
            }
        }
        entry.update_completed();
        if entry == before && self.progress.last.as_ref() == Some(&key) {
            return;
        }
        self.progress.lessons.insert(key.clone(), entry);
        self.progress.last = Some(key);
        if let Some(store) = &self.store
            && let Err(e) = store.save(&self.progress)
        {
            let path = store.path.display().to_string();
            lesson.status = Some(crate::t!(
                "tui-progress-not-saved",
                path = crate::visible::visible(&path),
                error = e.to_string()
            ));
        }
    }

    /// Opens a lesson; one that does not load leaves the browser showing why.
    pub fn open(&mut self, origin: Origin) {
        match origin.read() {
            Ok(loaded) => {
                let stale = loaded.stale_answers.as_ref().map(stale_note);
                let lesson = loaded.lesson;
                if let Some(at) = self.browser.entries.iter().position(|e| e.origin == origin) {
                    self.browser.selected = at;
                }
                // The lesson's language first: what is worked out on opening is in it.
                i18n::set_lang(i18n::for_lesson(lesson.lang, self.interface));
                let mut state = LessonState::new(origin, lesson);
                if let Some(saved) = self.progress.lessons.get(&state.origin.progress_key()) {
                    state.resume(saved);
                }
                state.status = stale;
                self.lesson = Some(state);
                self.screen = Screen::Lesson;
                self.record();
            }
            Err(report) => {
                self.browser.problem = Some(report.render(false));
                self.screen = Screen::Browser;
            }
        }
    }

    /// Reacts to terminal input. Only key presses count: terminals that report releases and
    /// repeats would otherwise move two steps per key.
    pub fn handle_event(&mut self, event: &Event) {
        if let Some(key) = event.as_key_press_event() {
            self.handle_key(key);
        }
    }

    pub fn handle_key(&mut self, key: KeyEvent) {
        if key.code == KeyCode::Char('c') && key.modifiers.contains(KeyModifiers::CONTROL) {
            self.running = false;
            return;
        }
        if self.help {
            self.help = false;
            return;
        }
        match self.screen {
            Screen::Browser => self.browser_key(key),
            Screen::Lesson => {
                self.lesson_key(key);
                self.speak();
                self.record();
            }
        }
    }

    fn browser_key(&mut self, key: KeyEvent) {
        self.notice = None;
        if self.browser.problem.take().is_some() {
            return;
        }
        let n = self.browser.entries.len();
        match key.code {
            KeyCode::Char('q') | KeyCode::Esc => self.running = false,
            KeyCode::Char('?') => self.help = true,
            KeyCode::Up | KeyCode::Char('k') => {
                self.browser.selected = self.browser.selected.saturating_sub(1)
            }
            KeyCode::Down | KeyCode::Char('j') => {
                self.browser.selected = (self.browser.selected + 1).min(n.saturating_sub(1))
            }
            KeyCode::Home | KeyCode::Char('g') => self.browser.selected = 0,
            KeyCode::End | KeyCode::Char('G') => self.browser.selected = n.saturating_sub(1),
            KeyCode::Enter | KeyCode::Right | KeyCode::Char('l') => {
                if let Some(entry) = self.browser.entries.get(self.browser.selected) {
                    let origin = entry.origin.clone();
                    self.open(origin);
                }
            }
            _ => {}
        }
    }

    fn lesson_key(&mut self, key: KeyEvent) {
        let Some(lesson) = &mut self.lesson else {
            self.screen = Screen::Browser;
            return;
        };
        if let Some(input) = &mut lesson.input {
            match key.code {
                KeyCode::Enter if input.purpose == Purpose::Answer => lesson.submit_answer(),
                KeyCode::Enter => lesson.submit_input(),
                KeyCode::Esc => lesson.input = None,
                KeyCode::Backspace => {
                    input.text.pop();
                    input.error = None;
                }
                KeyCode::Char(c) if !c.is_control() => {
                    input.text.push(c);
                    input.error = None;
                }
                _ => {}
            }
            return;
        }
        lesson.status = None;
        let shift = key.modifiers.contains(KeyModifiers::SHIFT);
        match key.code {
            KeyCode::Char('q') | KeyCode::Esc => self.screen = Screen::Browser,
            KeyCode::Char('?') => self.help = true,
            KeyCode::Left | KeyCode::Char('h') => lesson.select_outcome(false),
            KeyCode::Right | KeyCode::Char('l') => lesson.select_outcome(true),
            KeyCode::Up | KeyCode::Char('k') | KeyCode::Char('+') => lesson.nudge(true),
            KeyCode::Down | KeyCode::Char('j') | KeyCode::Char('-') => lesson.nudge(false),
            KeyCode::BackTab => lesson.select_distribution(false),
            KeyCode::Tab => lesson.select_distribution(!shift),
            KeyCode::Char('[') => lesson.change_step_size(false),
            KeyCode::Char(']') => lesson.change_step_size(true),
            KeyCode::Char('=') => lesson.input = Some(Input::default()),
            KeyCode::Char(' ') | KeyCode::Char('L') => lesson.toggle_lock(),
            KeyCode::Char('m') => lesson.cycle_quantity(),
            KeyCode::Char('u') => lesson.cycle_unit(),
            KeyCode::Char('n') => lesson.next_page(),
            KeyCode::Char('p') => lesson.previous_page(),
            KeyCode::Char(c @ '1'..='9') => lesson.choose(c as usize - '1' as usize),
            KeyCode::Char('a') if lesson.question().is_some() => {
                lesson.input = Some(Input { purpose: Purpose::Answer, ..Input::default() })
            }
            KeyCode::Char('H') => lesson.hint = !lesson.hint,
            KeyCode::PageDown => lesson.scroll(true),
            KeyCode::PageUp => lesson.scroll(false),
            KeyCode::Char('r') => lesson.reset(),
            KeyCode::Char('s') => lesson.save(),
            _ => {}
        }
    }
}
