//! What the tutor remembers between keys: the lesson browser and the open lesson.
//!
//! Numbers come from `info`: edits go through `info::edit`, and every quantity shown is
//! recomputed into `Computed` once per change, never while drawing.

mod browser;
mod computed;
mod lesson;
pub mod panel;
mod practice;
mod questions;
mod review;

pub use browser::{Browser, Entry};
pub use computed::{Computed, MAX_TERMS_WORKED_OUT, MODEL_COLUMNS, PRECISION, Working};
pub use lesson::{Input, LessonState, Page, Purpose, STEP_SIZES, Scrolled, stale_note};
pub use practice::Drill;
pub use questions::Attempt;
pub use review::{Item, ReviewRun, Reviewed, name as review_name};
