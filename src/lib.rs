//! kltutor's library: the mathematics (`info`), the words (`i18n`) and notation (`notation`)
//! everything shares, lessons, the reports, the terminal UI and the commands built on them.

pub mod atomic;
pub mod cli;
pub mod commands;
pub mod i18n;
pub mod info;
pub mod lesson;
pub mod notation;
pub mod progress;
pub mod report;
pub mod review;
pub mod tui;
pub mod visible;
