//! The open lesson: the student's edits, the page, the answers.

use std::path::Path;

use num_rational::BigRational;

use crate::info::density::{Density, Parameter};
use crate::info::derivation::Side;
use crate::info::edit::{self, EditError};
use crate::info::exact::{NumberError, parse_typed};
use crate::info::normal::Normal;
use crate::info::{Distribution, Quantity, Unit};
use crate::lesson::Report;
use crate::lesson::catalog::{self, Origin, read_file};

use crate::lesson::save;
use crate::lesson::{Answer, Lesson, Question, Step, variant};

use crate::t;

use super::computed::{Computed, compute};
use super::panel::{Panel, Shown};
use super::questions::{Attempt, Stash};

/// The steps `[` and `]` choose between for ↑/↓ nudges.
pub const STEP_SIZES: [(i64, i64); 4] = [(1, 1000), (1, 100), (1, 20), (1, 10)];

/// The quantities `m` cycles through; information follows the selected outcome.
fn next_quantity(q: Quantity, outcome: usize) -> Quantity {
    match q {
        Quantity::Js => Quantity::Information { outcome },
        Quantity::Information { .. } => Quantity::Kl,
        other => other.next(),
    }
}

/// What a line of typed input is for.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Purpose {
    /// An exact probability for the selected outcome, opened with `=`.
    #[default]
    Value,
    /// The answer to a numeric question, opened with `a`.
    Answer,
}

/// A line of typed input.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Input {
    pub purpose: Purpose,
    pub text: String,
    pub error: Option<String>,
}

/// What the lesson's current page is.
#[derive(Debug, Clone, Copy)]
pub enum Page<'a> {
    Step {
        number: usize,
        step: &'a Step,
    },
    Question {
        number: usize,
        question: &'a Question,
    },
    /// A lesson with neither steps nor questions.
    Empty,
}

/// What the last frame could show of the scrolled panel (the derivation, or the library,
/// joint or density panel): a page, and the scroll past which nothing more comes into view.
/// Drawing sets it, since only drawing knows the panel's height and how lines wrap; PgDn and
/// PgUp read it, so they move a page and stop at the end.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Scrolled {
    pub page: usize,
    pub last: usize,
}

/// The values an edit changes: the distributions and, in a lesson of densities, the densities.
pub type Edited = (Vec<Distribution>, Vec<Density>);

/// An open lesson and the student's edits to it.
#[derive(Debug, Clone)]
pub struct LessonState {
    pub origin: Origin,
    /// The number the reader saw beside the lesson in the browser, which a saved copy of a
    /// built-in lesson names in its header.
    pub number: Option<usize>,
    pub lesson: Lesson,
    /// The truth, then the models, as edited.
    pub dists: Vec<Distribution>,
    /// The values as the file last had them (loaded or saved): edits are what differs.
    pub saved: Edited,
    /// The densities behind the distributions of a lesson with `[bins]` (the truth's, then
    /// each model's); empty in any other lesson.
    pub densities: Vec<Density>,
    /// Earlier values, for undo, and undone ones, for redo.
    pub undo: Vec<Edited>,
    pub redo: Vec<Edited>,
    /// The file changed on disk while there were unsaved edits: they are kept until the
    /// student reloads (dropping them) or saves (into the file as it now is).
    pub changed_on_disk: bool,
    pub locks: Vec<Vec<bool>>,
    pub outcome: usize,
    /// The selected distribution (0 is the truth), which ↑/↓ and `=` edit.
    pub target: usize,
    /// The model the truth is compared with (an index into the lesson's models).
    pub model: usize,
    pub quantity: Quantity,
    pub unit: Unit,
    pub step_size: usize,
    /// The page shown: the lesson's steps, then its closing questions.
    pub page: usize,
    /// How every question is going, by position in `Lesson::all_questions`.
    pub answers: Vec<Attempt>,
    /// Whether the current question's hint is shown.
    pub hint: bool,
    /// Lines scrolled off the top of the derivation.
    pub scroll: usize,
    pub scrolled: std::cell::Cell<Scrolled>,
    /// Lines scrolled off the top of the page's text, when it is longer than its panel.
    pub text_scroll: usize,
    pub input: Option<Input>,
    pub status: Option<String>,
    /// Diagnostics of the file on disk while it does not load; the last good version stays.
    pub problems: Option<String>,
    pub computed: Computed,
    /// What fills the lower half: the working, the chart or the library calls.
    pub panel: Panel,
    /// The chart or the library calls, worked out while shown.
    pub shown: Option<Shown>,
    /// Decides the numbers of questions that draw fresh ones, with each question's try.
    pub seed: u64,
    /// The file's bytes as last read or written: a watcher's event that leaves them as they
    /// are (a read, a touch, the tutor's own save) is no change.
    on_disk: Option<Vec<u8>>,
    /// The lesson's values while a question's page shows its own.
    pub(super) stash: Option<Stash>,
}

impl LessonState {
    pub fn new(origin: Origin, lesson: Lesson) -> LessonState {
        let seed = variant::lesson_seed(&lesson);
        let dists = lesson_values(&lesson);
        let n = lesson.outcomes.len();
        let locks = vec![vec![false; n]; dists.len()];
        let unit = lesson.unit;
        let computed = compute(&lesson, &dists, 0, Quantity::Kl, unit);
        let densities = lesson_densities(&lesson);
        let mut state = LessonState {
            densities: densities.clone(),
            origin,
            number: None,
            lesson,
            saved: (dists.clone(), densities),
            undo: Vec::new(),
            redo: Vec::new(),
            changed_on_disk: false,
            dists,
            locks,
            outcome: 0,
            target: 1,
            model: 0,
            quantity: Quantity::Kl,
            unit,
            step_size: 1,
            page: 0,
            answers: Vec::new(),
            hint: false,
            scroll: 0,
            scrolled: std::cell::Cell::default(),
            text_scroll: 0,
            input: None,
            status: None,
            problems: None,
            computed,
            panel: Panel::Working,
            shown: None,
            seed,
            stash: None,
            on_disk: None,
        };
        state.on_disk = state.file().and_then(catalog::file_bytes);
        state.answers = vec![Attempt::default(); state.lesson.all_questions().count()];
        state.go_to_page(0);
        state
    }

    /// Draws the numbers of varied questions from `seed` (`--seed`, or a practice run's),
    /// showing the page anew.
    pub fn reseed(&mut self, seed: u64) {
        self.seed = seed;
        self.go_to_page(self.page);
    }

    /// Recomputes everything shown; called after every change.
    pub fn refresh(&mut self) {
        self.computed = compute(&self.lesson, &self.dists, self.model, self.quantity, self.unit);
        self.shown = Shown::of(self);
    }

    /// Shows `panel` in place of the working, or moves on from it (see [`Panel::after`]).
    pub fn toggle_panel(&mut self, panel: Panel) {
        self.panel = self.panel.after(panel);
        self.shown = Shown::of(self);
    }

    /// Back to the usual working.
    pub fn close_panel(&mut self) {
        self.panel = Panel::Working;
        self.shown = None;
    }

    /// The lesson file, when the lesson comes from one.
    pub fn file(&self) -> Option<&Path> {
        match &self.origin {
            Origin::File(path) => Some(path),
            Origin::Builtin(_) | Origin::Practice | Origin::Review => None,
        }
    }

    /// Where saving writes the values: the lesson's file, or for a built-in lesson the copy in
    /// the lessons folder; nothing for practice and review, which are not saved.
    pub fn save_destination(&self) -> Option<std::path::PathBuf> {
        match &self.origin {
            Origin::File(path) => Some(path.clone()),
            Origin::Builtin(builtin) => {
                catalog::user_dir().map(|dir| builtin_copy(&dir, builtin.id))
            }
            Origin::Practice | Origin::Review => None,
        }
    }

    /// Reads the file again after an edit: a valid lesson replaces this one at the same page
    /// and selection; an invalid one leaves this one showing, with its diagnostics. Stated
    /// answers that no longer match the values are only noted. Unsaved edits are never
    /// dropped here: the student is told, and chooses (see `reload_dropping_edits`).
    pub fn reload(&mut self) {
        let Some(now) = self.file().map(catalog::file_bytes) else { return };
        // Only a change of content counts: reading the file (`cat`, `kltutor check`, an
        // editor's backup) or the tutor's own save leaves it as it was.
        if now.is_some() && now == self.on_disk {
            return;
        }
        if self.dirty() {
            self.on_disk = now;
            self.changed_on_disk = true;
            self.status = Some(t!("tui-changed-on-disk"));
            return;
        }
        self.reload_dropping_edits();
    }

    /// Reads the file again whatever was edited.
    pub fn reload_dropping_edits(&mut self) {
        let Some(path) = self.file().map(Path::to_path_buf) else { return };
        match read_file(&path) {
            Ok(loaded) => {
                self.adopt(loaded.lesson);
                let path = path.display().to_string();
                let reloaded = t!("tui-reloaded", path = crate::visible::visible(&path));
                self.status = Some(with_stale_note(reloaded, loaded.stale_answers.as_ref()));
            }
            Err(report) => self.problems = Some(report.render(false)),
        }
    }

    /// Takes `lesson`, as the file now has it, in place of the open one, keeping the answers,
    /// the page, the view and every key's state where they still fit.
    fn adopt(&mut self, lesson: Lesson) {
        let mut fresh = LessonState::new(self.origin.clone(), lesson);
        if fresh.answers.len() == self.answers.len() {
            fresh.answers = std::mem::take(&mut self.answers);
        }
        fresh.seed = self.seed;
        fresh.go_to_page(self.page);
        fresh.keep_view_of(self);
        *self = fresh;
    }

    /// Keeps what the student was looking at across a reload, where it still exists.
    fn keep_view_of(&mut self, before: &LessonState) {
        let n = self.lesson.outcomes.len();
        if before.outcome < n {
            self.outcome = before.outcome;
        }
        if before.target < self.dists.len() && before.model < self.lesson.models.len() {
            (self.target, self.model) = (before.target, before.model);
        }
        if !matches!(before.quantity, Quantity::Information { outcome } if outcome >= n) {
            self.quantity = before.quantity;
        }
        (self.unit, self.step_size, self.scroll) = (before.unit, before.step_size, before.scroll);
        // Every key's state stays: a value being typed, the locks, what undo brings back.
        self.input = before.input.clone();
        let shape = |s: &LessonState| (s.dists.len(), s.lesson.outcomes.len());
        if shape(self) == shape(before) {
            self.locks = before.locks.clone();
            (self.undo, self.redo) = (before.undo.clone(), before.redo.clone());
        }
        // A panel the lesson can still fill stays open: an author saving keeps the view.
        let fillable = match before.panel {
            Panel::Joint => self.lesson.grid.is_some(),
            Panel::Density => self.lesson.continuous.is_some(),
            _ => true,
        };
        if fillable {
            self.panel = before.panel;
        }
        self.refresh();
    }

    /// Whether there are edits the file does not have (a question's values are never saved).
    pub fn dirty(&self) -> bool {
        let (dists, densities, saved) = match &self.stash {
            Some(s) => (&s.dists, &s.densities, &s.saved),
            None => (&self.dists, &self.densities, &self.saved),
        };
        (dists, densities) != (&saved.0, &saved.1)
    }

    /// Writes the edited probabilities into the lesson file as it is on disk now, or into the
    /// user's copy of a built-in lesson; says where, and what to look at. Returns the file
    /// written.
    pub fn save(&mut self) -> Option<std::path::PathBuf> {
        // What is saved is the lesson's values, whatever page shows.
        self.restore_lesson_values();
        let written = self.save_lesson_values();
        if self.stash.is_none() {
            self.show_question_values();
            self.refresh();
        }
        written
    }

    fn save_lesson_values(&mut self) -> Option<std::path::PathBuf> {
        let mut written = None;
        self.status = Some(match self.write_values() {
            Ok((message, path)) => {
                written = Some(path.clone());
                self.saved = (self.dists.clone(), self.densities.clone());
                self.changed_on_disk = false;
                match read_file(&path) {
                    Ok(loaded) => {
                        let note = with_stale_note(message, loaded.stale_answers.as_ref());
                        // The file now holds these values: it is the lesson, and the watcher's
                        // news of the write is no change (nothing is reloaded or lost).
                        if self.file() == Some(path.as_path()) {
                            self.adopt(loaded.lesson);
                        }
                        note
                    }
                    Err(report) => {
                        self.problems = Some(report.render(false));
                        t!("tui-saved-but-invalid", saved = message)
                    }
                }
            }
            Err(e) => t!("tui-not-saved", error = e.to_string()),
        });
        written
    }

    fn write_values(&self) -> Result<(String, std::path::PathBuf), save::SaveError> {
        let (path, (original, original_densities), copy) = match &self.origin {
            Origin::Practice | Origin::Review => {
                return Err(save::SaveError::Edit(t!("practice-not-saved")));
            }
            Origin::File(path) => (path.clone(), self.saved.clone(), false),
            Origin::Builtin(builtin) => {
                let dir = catalog::user_dir()
                    .ok_or_else(|| save::SaveError::Edit(t!("tui-no-lesson-folder")))?;
                let path = builtin_copy(&dir, builtin.id);
                if !path.exists() {
                    std::fs::create_dir_all(&dir).map_err(save::SaveError::Write)?;
                    let source = copy_source(builtin, self.number);
                    crate::atomic::write(&path, source.as_bytes())
                        .map_err(save::SaveError::Write)?;
                }
                (path, (lesson_values(&self.lesson), lesson_densities(&self.lesson)), true)
            }
        };
        let saved = save::write_lesson(&path, |source| {
            if self.densities.is_empty() {
                save::with_values(source, &original, &self.dists)
            } else {
                save::with_densities(source, &original_densities, &self.densities)
            }
        })?;
        let shown = path.display().to_string();
        let shown = crate::visible::visible(&shown);
        let mut message =
            if copy { t!("tui-saved-copy", path = shown) } else { t!("tui-saved", path = shown) };
        if saved.fractions_written {
            message = t!("tui-then", first = message, then = t!("tui-saved-fractions"));
        }
        Ok((message, path))
    }

    /// Undoes the last edit.
    pub fn undo(&mut self) {
        if self.values_fixed() {
            return;
        }
        match self.undo.pop() {
            Some(before) => {
                let now = self.replace_values(before);
                self.redo.push(now);
                self.status = Some(t!("tui-undone"));
                self.refresh();
            }
            None => self.status = Some(t!("tui-nothing-to-undo")),
        }
    }

    /// Puts `values` in place of the current ones, which it returns.
    fn replace_values(&mut self, (dists, densities): Edited) -> Edited {
        (
            std::mem::replace(&mut self.dists, dists),
            std::mem::replace(&mut self.densities, densities),
        )
    }

    /// Redoes the last undone edit.
    pub fn redo(&mut self) {
        if self.values_fixed() {
            return;
        }
        match self.redo.pop() {
            Some(after) => {
                let now = self.replace_values(after);
                self.undo.push(now);
                self.status = Some(t!("tui-redone"));
                self.refresh();
            }
            None => self.status = Some(t!("tui-nothing-to-redo")),
        }
    }

    /// How many pages the lesson has: one per step, one per closing question.
    pub fn pages(&self) -> usize {
        self.lesson.steps.len() + self.lesson.questions.len()
    }

    /// What the current page shows.
    pub fn current(&self) -> Page<'_> {
        let steps = &self.lesson.steps;
        match steps.get(self.page) {
            Some(step) => Page::Step { number: self.page, step },
            None => {
                let k = self.page - steps.len();
                match self.lesson.questions.get(k) {
                    Some(question) => Page::Question { number: k, question },
                    None => Page::Empty,
                }
            }
        }
    }

    /// Whether this is the lesson's last page, after which the summary comes.
    pub fn on_last_page(&self) -> bool {
        self.page + 1 >= self.pages()
    }

    /// Whether the shown quantity's results are hidden.
    pub fn hidden(&self) -> bool {
        self.conceals(self.quantity)
    }

    /// Shows page `k`, pointing the view where its step says.
    pub fn go_to_page(&mut self, k: usize) {
        self.restore_lesson_values();
        self.page = k.min(self.pages().saturating_sub(1));
        self.hint = false;
        self.text_scroll = 0;
        if let Some(step) = self.lesson.steps.get(self.page) {
            let show = step.show;
            if let Some(model) = show.model {
                self.model = model;
                self.target = model + 1;
            }
            if let Some(outcome) = show.outcome {
                self.outcome = outcome;
            }
            if let Some(quantity) = show.quantity {
                self.quantity = quantity;
                // A quantity of the truth alone: the truth is what edits should change.
                if matches!(quantity, Quantity::Information { .. } | Quantity::Entropy(Side::P)) {
                    self.target = 0;
                }
            }
            self.scroll = 0;
        } else if let Some((_, question)) = self.question()
            && let Answer::Numeric { quantity, model, .. } = question.answer
        {
            // A closing question points the view at what it asks: the working shows its
            // formula and the values to put in, and the asked direction.
            let of_truth =
                matches!(quantity, Quantity::Information { .. } | Quantity::Entropy(Side::P));
            (self.quantity, self.model, self.scroll) = (quantity, model, 0);
            self.target = if of_truth { 0 } else { model + 1 };
            if let Quantity::Information { outcome } = quantity {
                self.outcome = outcome;
            }
        }
        self.show_question_values();
        if self.edits_set_aside() {
            self.status = Some(t!("tui-edits-set-aside"));
        }
        self.refresh();
    }

    pub fn next_page(&mut self) {
        if self.page + 1 < self.pages() {
            self.go_to_page(self.page + 1);
        }
    }

    pub fn previous_page(&mut self) {
        if self.page > 0 {
            self.go_to_page(self.page - 1);
        }
    }

    pub fn select_outcome(&mut self, forward: bool) {
        let n = self.lesson.outcomes.len();
        self.outcome = if forward { (self.outcome + 1) % n } else { (self.outcome + n - 1) % n };
        // Only the information of an outcome depends on which is selected; for the other
        // quantities the selection is a highlight, and nothing is worked out again.
        if let Quantity::Information { .. } = self.quantity {
            self.quantity = Quantity::Information { outcome: self.outcome };
            self.refresh();
        }
    }

    /// Tab: the next distribution; selecting a model also compares the truth with it.
    pub fn select_distribution(&mut self, forward: bool) {
        let n = self.dists.len();
        self.target = if forward { (self.target + 1) % n } else { (self.target + n - 1) % n };
        if self.target > 0 && self.model != self.target - 1 {
            self.model = self.target - 1;
            self.refresh();
        }
    }

    pub fn cycle_quantity(&mut self) {
        self.quantity = next_quantity(self.quantity, self.outcome);
        self.scroll = 0;
        self.refresh();
    }

    pub fn cycle_unit(&mut self) {
        self.unit = self.unit.next();
        self.refresh();
    }

    pub fn change_step_size(&mut self, larger: bool) {
        self.step_size = if larger {
            (self.step_size + 1).min(STEP_SIZES.len() - 1)
        } else {
            self.step_size.saturating_sub(1)
        };
        self.status = Some(if self.panel == Panel::Density {
            t!("tui-density-step-size", step = self.density_step().to_string())
        } else {
            t!("tui-step-size", step = self.step_text())
        });
    }

    fn step_text(&self) -> String {
        let (n, d) = STEP_SIZES[self.step_size];
        format!("{n}/{d}")
    }

    fn apply(&mut self, result: Result<Distribution, EditError>) {
        match result {
            Ok(_) if self.lesson.grid.is_some() && self.target != 0 => {
                let (model, truth) = (self.name(self.target), &self.lesson.truth.name);
                self.status = Some(t!("tui-product-follows", model = model, truth = truth));
            }
            // An edit that changes nothing is no step to undo; say why nothing moved.
            Ok(d) if d == self.dists[self.target] => {
                let locks = &self.locks[self.target];
                let others_locked = (0..locks.len()).all(|j| j == self.outcome || locks[j]);
                self.status = Some(if others_locked {
                    EditError::AllOthersLocked.to_string()
                } else {
                    t!("tui-at-bound", outcome = &self.lesson.outcomes[self.outcome])
                });
            }
            Ok(d) => {
                self.remember();
                // A grid lesson's model is the product of the joint's marginals: it follows.
                if let Some(product) = self.lesson.grid.as_ref().and_then(|g| g.joint(&d)) {
                    self.dists[1] = product.product();
                }
                self.dists[self.target] = d;
                self.status = None;
                self.refresh();
            }
            Err(e) => self.status = Some(e.to_string()),
        }
    }

    /// Keeps the values before an edit for undo; a new edit forgets what was undone.
    fn remember(&mut self) {
        self.undo.push((self.dists.clone(), self.densities.clone()));
        self.redo.clear();
    }

    /// On the density panel: moves the selected distribution's mean (←→) or sd (↑↓) by ten
    /// times the step; a mixture is changed by typing it anew (`=`).
    pub fn move_density(&mut self, parameter: Parameter, up: bool) {
        if self.values_fixed() {
            return;
        }
        let Some(Density::Normal(n)) = self.densities.get(self.target) else {
            self.status = Some(t!("tui-density-type-it"));
            return;
        };
        let delta = if up { self.density_step() } else { -self.density_step() };
        // Kept to 9 decimals, so that steps of 0.1 stay 0.3 and not 0.30000000000000004.
        let round = |x: f64| (x * 1e9).round() / 1e9;
        let moved = match parameter {
            Parameter::Mean => Normal::new(round(n.mean() + delta), n.sd()),
            _ => Normal::new(n.mean(), round(n.sd() + delta)),
        };
        match moved {
            Ok(moved) => self.set_density(Density::Normal(moved)),
            Err(_) => self.status = Some(t!("tui-sd-positive")),
        }
    }

    /// How far ←→ move a mean and ↑↓ an sd: ten times the nudge step, 0.01 to 1.
    fn density_step(&self) -> f64 {
        let (num, den) = STEP_SIZES[self.step_size];
        10.0 * num as f64 / den as f64
    }

    /// Puts `density` in place of the selected distribution's and cuts it into the bins.
    fn set_density(&mut self, density: Density) {
        let Some(continuous) = &self.lesson.continuous else { return };
        let values = continuous.bins.probabilities(&density);
        let Ok(binned) = Distribution::new(values, crate::info::Notation::Decimal) else { return };
        self.remember();
        self.status = Some(t!(
            "tui-density-now",
            name = self.name(self.target),
            density = super::panel::shown(&density)
        ));
        self.densities[self.target] = density;
        self.dists[self.target] = binned;
        self.refresh();
    }

    /// ↑/↓: moves the selected probability by the step, rebalancing the others.
    pub fn nudge(&mut self, up: bool) {
        if self.values_fixed() {
            return;
        }
        if !self.densities.is_empty() {
            self.status = Some(t!("tui-bins-follow"));
            return;
        }
        let (n, d) = STEP_SIZES[self.step_size];
        let delta = BigRational::new(if up { n } else { -n }.into(), d.into());
        let result =
            edit::nudge(&self.dists[self.target], self.outcome, &delta, &self.locks[self.target]);
        self.apply(result);
    }

    /// Sets the selected probability to a typed value (in a lesson of densities, the selected
    /// density); an error stays on the input line.
    pub fn submit_input(&mut self) {
        if self.values_fixed() {
            self.input = None;
            return;
        }
        let Some(input) = &self.input else { return };
        if !self.densities.is_empty() {
            let name = self.name(self.target).to_string();
            match Density::parse(&input.text, false) {
                Ok(density) => {
                    self.input = None;
                    self.set_density(density);
                }
                Err(e) => {
                    let error = crate::report::continuous::refusal(&name, &e);
                    if let Some(input) = &mut self.input {
                        input.error = Some(error);
                    }
                }
            }
            return;
        }
        let result = parse_typed(&input.text)
            .map_err(|e| match e {
                NumberError::Empty => t!("tui-input-empty"),
                e => t!(
                    "number-invalid",
                    text = crate::visible::visible(input.text.trim()),
                    error = e.to_string()
                ),
            })
            .and_then(|value| {
                edit::set_value(
                    &self.dists[self.target],
                    self.outcome,
                    value,
                    &self.locks[self.target],
                )
                .map_err(|e| e.to_string())
            });
        match result {
            Ok(d) => {
                self.input = None;
                self.apply(Ok(d));
            }
            Err(error) => {
                if let Some(input) = &mut self.input {
                    input.error = Some(error);
                }
            }
        }
    }

    pub fn toggle_lock(&mut self) {
        let lock = &mut self.locks[self.target][self.outcome];
        *lock = !*lock;
        let outcome = crate::visible::visible(&self.lesson.outcomes[self.outcome]);
        self.status = Some(if *lock {
            t!("tui-locked", outcome = outcome)
        } else {
            t!("tui-unlocked", outcome = outcome)
        });
    }

    /// Back to the lesson's own values, with no locks; the view stays where it is.
    pub fn reset(&mut self) {
        if self.values_fixed() {
            return;
        }
        self.remember();
        self.dists = lesson_values(&self.lesson);
        self.densities = lesson_densities(&self.lesson);
        self.locks.iter_mut().flatten().for_each(|lock| *lock = false);
        self.status = Some(t!("tui-reset"));
        self.refresh();
    }

    /// Scrolls the page's text (the view stops at its end).
    pub fn scroll_text(&mut self, down: bool) {
        self.text_scroll =
            if down { self.text_scroll + 1 } else { self.text_scroll.saturating_sub(1) };
    }

    /// PgDn/PgUp: a page of the derivation or of the open panel (less a line, kept for
    /// context), never past its end nor before its start.
    pub fn scroll(&mut self, down: bool) {
        let Scrolled { page, last } = self.scrolled.get();
        let step = page.saturating_sub(1).max(1);
        let scroll = self.scroll.min(last);
        self.scroll = if down { (scroll + step).min(last) } else { scroll.saturating_sub(step) };
    }

    /// The name of distribution `k` (0 is the truth).
    pub fn name(&self, k: usize) -> &str {
        if k == 0 { &self.lesson.truth.name } else { &self.lesson.models[k - 1].name }
    }
}

/// The one copy of built-in lesson `id` in the user's lesson folder, which every save updates.
pub fn builtin_copy(dir: &Path, id: &str) -> std::path::PathBuf {
    dir.join(format!("{id}.toml"))
}

/// The truth, then the models, as the lesson wrote them.
pub(super) fn lesson_values(lesson: &Lesson) -> Vec<Distribution> {
    std::iter::once(&lesson.truth).chain(&lesson.models).map(|n| n.distribution.clone()).collect()
}

/// The truth's density, then each model's, in a lesson of densities; else none.
pub(super) fn lesson_densities(lesson: &Lesson) -> Vec<Density> {
    lesson.continuous.as_ref().map(|c| c.densities.clone()).unwrap_or_default()
}

/// What the status line says about stated answers that no longer match the values.
pub fn stale_note(report: &Report) -> String {
    let lines: Vec<String> = report.lines().iter().map(usize::to_string).collect();
    t!("tui-answers-stale", count = lines.len(), lines = lines.join(", "))
}

fn with_stale_note(message: String, stale: Option<&Report>) -> String {
    match stale {
        Some(report) => t!("tui-then", first = message, then = stale_note(report)),
        None => message,
    }
}

/// The text of a built-in lesson's saved copy: the lesson, its header comment naming it by the
/// number the reader saw (`number`) and its id, in the lesson's language.
fn copy_source(builtin: &crate::lesson::builtin::Builtin, number: Option<usize>) -> String {
    let Some(number) = number else { return builtin.source.to_string() };
    let header = t!("lesson-copy-header", number = number, id = builtin.id);
    let body = match builtin.source.split_once('\n') {
        Some((first, rest)) if first.starts_with('#') => rest,
        _ => builtin.source,
    };
    format!("# {header}\n{body}")
}

#[cfg(test)]
mod copy_header {
    use crate::i18n::{Lang, with_lang};
    use crate::lesson::builtin::Builtin;
    use crate::lesson::catalog::{Origin, number_of};

    #[test]
    fn a_saved_copy_names_the_number_the_reader_saw() {
        let zh = Builtin::find("kl-divergence-zh").unwrap();
        // The course the reader sees comes first and is numbered from 1.
        assert_eq!(number_of(&Origin::Builtin(zh), Lang::Zh), Some(4));
        assert_eq!(number_of(&Origin::Builtin(zh), Lang::En), Some(19));
        let text = with_lang(Lang::Zh, || super::copy_source(zh, Some(4)));
        assert!(
            text.starts_with("# 内置课程第 4 课（kl-divergence-zh）的副本。\ntitle = "),
            "{text}"
        );
        let en = Builtin::find("kl-divergence").unwrap();
        let text = with_lang(Lang::En, || super::copy_source(en, Some(17)));
        let header = "# Your copy of lesson 17 of the built-in course (kl-divergence).\ntitle = ";
        assert!(text.starts_with(header), "{text}");
        assert_eq!(super::copy_source(en, None), en.source);
    }
}
