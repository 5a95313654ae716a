//! kltutor's library: the mathematics (`info`), the reports, and the commands built on them.

pub mod atomic;
pub mod cli;
pub mod commands;
pub mod i18n;
pub mod info;
pub mod lesson;
pub mod progress;
pub mod report;
pub mod tui;
pub mod visible;
