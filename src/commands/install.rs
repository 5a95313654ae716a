//! `completions` and `man`: what a shell and `man` need to know about kltutor.
//!
//! Both are generated from the clap definitions in `cli.rs`, so they cannot drift from the
//! command line they describe.

use std::path::Path;

use clap::CommandFactory;
use clap_complete::Shell;

use super::Failure;
use crate::cli::Cli;
use crate::t;
use crate::visible::visible;

/// The completion script for `shell`.
pub fn completions(shell: Shell) -> String {
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "kltutor", &mut out);
    String::from_utf8_lossy(&out).into_owned()
}

/// The manual page of kltutor in roff; with `out`, the page of kltutor and of every
/// subcommand (`kltutor-compute.1`, ...) written into that folder, and the list of files written.
pub fn man(out: Option<&Path>) -> Result<String, Failure> {
    let Some(dir) = out else {
        let mut page = Vec::new();
        clap_mangen::Man::new(Cli::command().disable_help_subcommand(true))
            .render(&mut page)
            .map_err(|e| Failure::invalid(t!("command-cannot-write", error = e.to_string())))?;
        return Ok(String::from_utf8_lossy(&page).into_owned());
    };
    let shown = dir.display().to_string();
    let cannot = |e: std::io::Error| {
        Failure::invalid(t!("man-cannot-write", dir = visible(&shown), error = e.to_string()))
    };
    std::fs::create_dir_all(dir).map_err(cannot)?;
    // Built, so that each subcommand's page is named after it in full (`kltutor-compute`).
    let mut command = Cli::command().disable_help_subcommand(true);
    command.build();
    let pages = std::iter::once(command.clone())
        .chain(command.get_subcommands().filter(|s| !s.is_hide_set()).cloned());
    let mut lines = String::new();
    for page in pages {
        let path = clap_mangen::Man::new(page).generate_to(dir).map_err(cannot)?;
        lines += &t!("man-wrote", path = visible(&path.display().to_string()));
        lines.push('\n');
    }
    Ok(lines)
}
