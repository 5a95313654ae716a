//! The application: all state, and what each key does to it.

use crate::info::density::Parameter;
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

use crate::i18n::{self, Lang};
use crate::lesson::catalog::Origin;
use crate::progress::{Progress, QuestionProgress, Store};
use crate::review::{self, Clock};

use super::keys::{self, Action};
use super::state::panel::Panel;
use super::state::{Browser, Drill, Input, LessonState, Purpose, ReviewRun, stale_note};
use super::theme::Theme;

/// Which screen is showing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Browser,
    Lesson,
    /// The end of a lesson: the score, what was missed, and where to go next.
    Summary,
    /// The end of a review: which skills got stronger, and when each is due next.
    Reviewed,
}

/// Where the student was going when they had unsaved edits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Leave {
    /// Back to the lessons.
    Back,
    /// Out of the tutor.
    Quit,
}

/// The whole tutor: drawing reads it, keys change it.
#[derive(Debug, Clone)]
pub struct App {
    pub running: bool,
    pub screen: Screen,
    pub browser: Browser,
    pub lesson: Option<LessonState>,
    pub help: bool,
    /// Rows of the help overlay scrolled past, when it is taller than the terminal.
    pub help_scroll: usize,
    /// Asking whether to save unsaved edits before leaving.
    pub confirm: Option<Leave>,
    /// A practice run, while its exercises are open.
    pub practice: Option<Drill>,
    pub theme: Theme,
    pub progress: Progress,
    /// Where progress is saved; without one it lasts only this session.
    pub store: Option<Store>,
    /// A message for the browser's status line (a progress file that had to be replaced).
    pub notice: Option<String>,
    /// The language outside lessons (`--lang`, else the locale's), spoken in the browser.
    pub interface: Lang,
    /// The seed of varied questions' numbers (`--seed`), else each lesson's own.
    pub seed: Option<u64>,
    /// A review run, while its skills are asked and on its summary.
    pub review: Option<ReviewRun>,
    /// Where the time of every review comes from.
    pub clock: Clock,
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
            help_scroll: 0,
            confirm: None,
            practice: None,
            theme,
            progress: Progress::default(),
            store: None,
            notice: None,
            interface,
            seed: None,
            review: None,
            clock: Clock::System,
        }
    }

    /// Speaks the language of the screen showing: inside a lesson its own language (unless
    /// `--lang` says otherwise), elsewhere the interface language.
    fn speak(&self) {
        // A lesson's summary speaks the lesson's language too.
        let lesson = self
            .lesson
            .as_ref()
            .filter(|_| matches!(self.screen, Screen::Lesson | Screen::Summary));
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
        let (mut progress, warning) = store.load();
        review::catch_up(&mut progress, self.clock.now());
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
        let now = self.clock.now();
        // A review changes the schedule of its skills, not the lessons' records.
        if let Some(run) = &mut self.review {
            if run.observe(lesson, &mut self.progress, now) {
                self.save_progress();
            }
            return;
        }
        // Practice keeps its own score, for the run; each exercise's first try reviews its topic.
        if let Some(drill) = &mut self.practice {
            drill.tally(lesson);
            let after = lesson.answers.first().map(|a| a.record).unwrap_or_default();
            let before = std::mem::replace(&mut drill.seen, after);
            let skill = review::topic_skill(drill.current);
            if review::observe(&mut self.progress.skills, &skill, &before, &after, now) {
                self.save_progress();
            }
            return;
        }
        let key = lesson.origin.progress_key();
        let mut entry = self.progress.lessons.get(&key).cloned().unwrap_or_default();
        let before = entry.clone();
        // Every first try of a question is a review of its skill.
        let mut reviewed = false;
        for (k, attempt) in lesson.answers.iter().enumerate() {
            let seen = before.results.get(&k).copied().unwrap_or_default();
            let skill = review::question_skill(&key, k);
            reviewed |=
                review::observe(&mut self.progress.skills, &skill, &seen, &attempt.record, now);
        }
        entry.title = lesson.lesson.title.clone();
        entry.page = lesson.page;
        entry.pages = lesson.pages();
        entry.questions = lesson.answers.len();
        for (k, attempt) in lesson.answers.iter().enumerate() {
            if attempt.record != QuestionProgress::default() {
                entry.results.insert(k, attempt.record);
            }
        }
        entry.update_completed();
        if entry == before && self.progress.last.as_ref() == Some(&key) && !reviewed {
            return;
        }
        self.progress.lessons.insert(key.clone(), entry);
        self.progress.last = Some(key);
        self.save_progress();
    }

    /// Saves the progress, if kept in a file; a failure is told on the open lesson's status.
    fn save_progress(&mut self) {
        if let Some(store) = &self.store
            && let Err(e) = store.save(&self.progress)
            && let Some(lesson) = &mut self.lesson
        {
            let path = store.path.display().to_string();
            lesson.status = Some(crate::t!(
                "tui-progress-not-saved",
                path = crate::visible::visible(&path),
                error = e.to_string()
            ));
        }
    }

    /// How many skills are due now.
    pub fn due_count(&self) -> usize {
        review::due(&self.progress.skills, self.clock.now()).len()
    }

    /// Starts a review of the skills due now; with none due, stays on the browser and says
    /// when the next one is. Returns whether a review started.
    pub fn start_review(&mut self) -> bool {
        let now = self.clock.now();
        let seed = self.seed.unwrap_or(now.timestamp() as u64);
        let mut run = ReviewRun::new(&self.progress, now, seed);
        match run.open(0, &self.progress) {
            Some(state) => {
                i18n::set_lang(i18n::for_lesson(state.lesson.lang, self.interface));
                self.lesson = Some(state);
                self.review = Some(run);
                self.practice = None;
                self.screen = Screen::Lesson;
                if let Some(at) =
                    self.browser.entries.iter().position(|e| e.origin == Origin::Review)
                {
                    self.browser.selected = at;
                }
                true
            }
            None => {
                self.notice = Some(review::nothing_due(&self.progress));
                self.screen = Screen::Browser;
                false
            }
        }
    }

    /// In a review, the next skill due, or the summary after the last.
    fn next_review_item(&mut self) {
        let Some(run) = &mut self.review else { return };
        match run.open(run.at + 1, &self.progress) {
            Some(state) => self.lesson = Some(state),
            None => self.screen = Screen::Reviewed,
        }
    }

    /// Opens a lesson; one that does not load leaves the browser showing why.
    pub fn open(&mut self, origin: Origin) {
        if origin == Origin::Review {
            self.start_review();
            return;
        }
        self.review = None;
        if origin == Origin::Practice {
            let seed = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos() as u64);
            return self.practise(None, seed);
        }
        self.practice = None;
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
                state.number = self
                    .browser
                    .entries
                    .iter()
                    .find(|e| e.origin == state.origin)
                    .map(|e| e.number);
                if let Some(seed) = self.seed {
                    state.reseed(seed);
                }
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

    /// Starts a practice run: exercises of `topic` (every kind when `None`), from `seed`.
    pub fn practise(&mut self, topic: Option<crate::lesson::practice::Topic>, seed: u64) {
        self.review = None;
        let mut drill = Drill::new(topic, seed);
        self.lesson = Some(drill.next_exercise());
        self.practice = Some(drill);
        self.screen = Screen::Lesson;
        if let Some(at) = self.browser.entries.iter().position(|e| e.origin == Origin::Practice) {
            self.browser.selected = at;
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
            // A second Ctrl-C while asking leaves without saving.
            if self.confirm.is_none() && self.unsaved() {
                self.confirm = Some(Leave::Quit);
            } else {
                self.running = false;
            }
            return;
        }
        if let Some(leave) = self.confirm {
            self.confirm_key(key, leave);
            return;
        }
        if self.help {
            match key.code {
                KeyCode::Down | KeyCode::Char('j') => self.help_scroll += 1,
                KeyCode::Up | KeyCode::Char('k') => {
                    self.help_scroll = self.help_scroll.saturating_sub(1)
                }
                _ => (self.help, self.help_scroll) = (false, 0),
            }
            return;
        }
        match self.screen {
            Screen::Browser => self.browser_key(key),
            Screen::Lesson => {
                self.lesson_key(key);
                self.speak();
                self.record();
            }
            Screen::Summary => {
                self.summary_key(key);
                self.speak();
                self.record();
            }
            Screen::Reviewed => self.reviewed_key(key),
        }
    }

    fn browser_key(&mut self, key: KeyEvent) {
        self.notice = None;
        if self.browser.problem.take().is_some() {
            return;
        }
        let n = self.browser.entries.len();
        let Some(action) = keys::action(keys::BROWSER, key) else { return };
        match action {
            Action::Back => self.running = false,
            Action::Help => self.help = true,
            Action::SelectPrevious => {
                self.browser.selected = self.browser.selected.saturating_sub(1)
            }
            Action::SelectNext => {
                self.browser.selected = (self.browser.selected + 1).min(n.saturating_sub(1))
            }
            Action::SelectFirst => self.browser.selected = 0,
            Action::SelectLast => self.browser.selected = n.saturating_sub(1),
            Action::Open => {
                if let Some(entry) = self.browser.entries.get(self.browser.selected) {
                    let origin = entry.origin.clone();
                    self.open(origin);
                }
            }
            _ => {}
        }
    }

    /// Saves the open lesson; a built-in lesson's saved copy joins the browser's list.
    fn save_lesson(&mut self) {
        let Some(lesson) = &mut self.lesson else { return };
        if let Some(path) = lesson.save()
            && matches!(lesson.origin, Origin::Builtin(_))
        {
            self.browser.include(Origin::File(path));
        }
    }

    /// Whether the open lesson has edits its file does not have.
    pub fn unsaved(&self) -> bool {
        self.screen == Screen::Lesson && self.lesson.as_ref().is_some_and(LessonState::dirty)
    }

    fn leave(&mut self, leave: Leave) {
        match leave {
            Leave::Back => self.screen = Screen::Browser,
            Leave::Quit => self.running = false,
        }
    }

    fn confirm_key(&mut self, key: KeyEvent, leave: Leave) {
        let Some(lesson) = &mut self.lesson else { return };
        match keys::action(keys::CONFIRM, key) {
            Some(Action::SaveAndLeave) => {
                self.confirm = None;
                self.save_lesson();
                let Some(lesson) = &self.lesson else { return };
                // A failed save keeps the student here, with the edits and the reason.
                if !lesson.dirty() {
                    self.leave(leave);
                }
            }
            Some(Action::DiscardAndLeave) => {
                self.confirm = None;
                (lesson.dists, lesson.densities) = lesson.saved.clone();
                lesson.refresh();
                self.leave(leave);
            }
            Some(Action::Cancel) => self.confirm = None,
            _ => {}
        }
    }

    fn summary_key(&mut self, key: KeyEvent) {
        let Some(lesson) = &mut self.lesson else {
            self.screen = Screen::Browser;
            return;
        };
        match keys::action(keys::SUMMARY, key) {
            Some(Action::NextLesson) => match self.next_lesson() {
                Some(origin) => self.open(origin),
                None => self.screen = Screen::Browser,
            },
            Some(Action::RetryMissed) => {
                lesson.retry_missed();
                self.screen = Screen::Lesson;
            }
            Some(Action::PreviousPage) => self.screen = Screen::Lesson,
            Some(Action::Help) => self.help = true,
            Some(Action::Back) => self.screen = Screen::Browser,
            _ => {}
        }
    }

    /// The review's summary: any key but help goes back to the lessons.
    fn reviewed_key(&mut self, key: KeyEvent) {
        match keys::action(keys::REVIEWED, key) {
            Some(Action::Help) => self.help = true,
            Some(Action::Back) => {
                (self.review, self.lesson) = (None, None);
                self.screen = Screen::Browser;
            }
            _ => {}
        }
    }

    /// The lesson after the open one in the browser's order, skipping any that do not load.
    pub fn next_lesson(&self) -> Option<Origin> {
        let lesson = self.lesson.as_ref()?;
        let entries = &self.browser.entries;
        let at = entries.iter().position(|e| e.origin == lesson.origin)?;
        entries[at + 1..].iter().find(|e| e.problem.is_none()).map(|e| e.origin.clone())
    }

    fn lesson_key(&mut self, key: KeyEvent) {
        let Some(lesson) = &mut self.lesson else {
            self.screen = Screen::Browser;
            return;
        };
        if let Some(input) = &mut lesson.input {
            match (keys::action(keys::INPUT, key), key.code) {
                (Some(Action::Submit), _) if input.purpose == Purpose::Answer => {
                    lesson.submit_answer()
                }
                (Some(Action::Submit), _) => lesson.submit_input(),
                (Some(Action::Cancel), _) => lesson.input = None,
                (_, KeyCode::Backspace) => {
                    input.text.pop();
                    input.error = None;
                }
                (_, KeyCode::Char(c)) if !c.is_control() => {
                    input.text.push(c);
                    input.error = None;
                }
                _ => {}
            }
            return;
        }
        lesson.status = None;
        let Some(action) = keys::action(keys::LESSON, key) else { return };
        // In practice, the next page is the next exercise.
        if let (Action::NextPage, Some(drill)) = (action, &mut self.practice) {
            self.lesson = Some(drill.next_exercise());
            return;
        }
        // In a review, the next page is the next skill due; the lesson's other pages stay
        // shut (they may show the answer), and leaving shows what the review did.
        if self.review.is_some() {
            match action {
                Action::NextPage => return self.next_review_item(),
                Action::PreviousPage => return,
                Action::Back if lesson.panel == Panel::Working && !lesson.dirty() => {
                    self.screen = Screen::Reviewed;
                    return;
                }
                _ => {}
            }
        }
        match action {
            // Esc and q close a panel first, then leave.
            Action::Back if lesson.panel != Panel::Working => lesson.close_panel(),
            Action::Back if lesson.dirty() => self.confirm = Some(Leave::Back),
            Action::Back => self.screen = Screen::Browser,
            Action::Help => self.help = true,
            // On the density panel the arrows move the selected density's mean and sd.
            Action::OutcomePrevious if lesson.panel == Panel::Density => {
                lesson.move_density(Parameter::Mean, false)
            }
            Action::OutcomeNext if lesson.panel == Panel::Density => {
                lesson.move_density(Parameter::Mean, true)
            }
            Action::NudgeUp if lesson.panel == Panel::Density => {
                lesson.move_density(Parameter::Sd, true)
            }
            Action::NudgeDown if lesson.panel == Panel::Density => {
                lesson.move_density(Parameter::Sd, false)
            }
            Action::OutcomePrevious => lesson.select_outcome(false),
            Action::OutcomeNext => lesson.select_outcome(true),
            Action::NudgeUp => lesson.nudge(true),
            Action::NudgeDown => lesson.nudge(false),
            Action::DistributionPrevious => lesson.select_distribution(false),
            Action::DistributionNext => {
                lesson.select_distribution(!key.modifiers.contains(KeyModifiers::SHIFT))
            }
            Action::SmallerStep => lesson.change_step_size(false),
            Action::LargerStep => lesson.change_step_size(true),
            Action::TypeValue if lesson.open_question().is_some() => {
                lesson.status = Some(crate::t!("tui-values-fixed"))
            }
            Action::TypeValue => lesson.input = Some(Input::default()),
            Action::Lock => lesson.toggle_lock(),
            Action::NextQuantity => lesson.cycle_quantity(),
            Action::NextUnit => lesson.cycle_unit(),
            Action::NextPage if lesson.on_last_page() => self.screen = Screen::Summary,
            Action::NextPage => lesson.next_page(),
            Action::PreviousPage => lesson.previous_page(),
            Action::Choose => {
                if let KeyCode::Char(c @ '1'..='9') = key.code {
                    lesson.choose(c as usize - '1' as usize)
                }
            }
            Action::Answer if matches!(lesson.question(), Some((_, q)) if matches!(q.answer, crate::lesson::Answer::Choice { .. })) => {
                lesson.status = Some(crate::t!("tui-choose-with-digits"))
            }
            Action::Another => lesson.another_like_this(),
            Action::Answer if lesson.question().is_some() => {
                lesson.input = Some(Input { purpose: Purpose::Answer, ..Input::default() })
            }
            Action::Hint => lesson.hint = !lesson.hint,
            Action::GiveUp => lesson.give_up(),
            Action::ScrollDown => lesson.scroll(true),
            Action::ScrollUp => lesson.scroll(false),
            Action::TextDown => lesson.scroll_text(true),
            Action::TextUp => lesson.scroll_text(false),
            Action::Reset => lesson.reset(),
            Action::Save => self.save_lesson(),
            // These panels would show what an open question asks: they wait, and say so.
            Action::Chart if lesson.panel_waits(Panel::Chart) => {
                lesson.status = Some(crate::t!("tui-panel-waits"))
            }
            Action::Conventions if lesson.panel_waits(Panel::Conventions) => {
                lesson.status = Some(crate::t!("tui-panel-waits"))
            }
            Action::Codes if lesson.panel_waits(Panel::Codes) => {
                lesson.status = Some(crate::t!("tui-panel-waits"))
            }
            Action::Chart => lesson.toggle_panel(Panel::Chart),
            Action::Conventions => lesson.toggle_panel(Panel::Conventions),
            Action::Codes => lesson.toggle_panel(Panel::Codes),
            Action::Joint if lesson.lesson.grid.is_none() => {
                lesson.status = Some(crate::t!("tui-no-grid"))
            }
            Action::Joint => lesson.toggle_panel(Panel::Joint),
            Action::Density if lesson.lesson.continuous.is_none() => {
                lesson.status = Some(crate::t!("tui-no-densities"))
            }
            Action::Density => lesson.toggle_panel(Panel::Density),
            Action::Undo => lesson.undo(),
            Action::Redo => lesson.redo(),
            Action::Reload => lesson.reload_dropping_edits(),
            _ => {}
        }
    }
}
