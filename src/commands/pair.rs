//! P and Q from the command line, for the commands that take exactly one of each
//! (`conventions`, `codes`): read, accepted and refused exactly as `compute` does (inline,
//! `@FILE`, `-` for stdin; sums within the rounding of their digits), with a smaller bound on
//! the number of outcomes since every outcome gets a row.

use crate::cli::PairArgs;
use crate::info::{Distribution, SumRule};

use super::Failure;
use super::compute::failure;
use super::input::{self, Source};

/// Most outcomes `conventions` and `codes` take: each is a row of their output.
pub const MAX_OUTCOMES: usize = 10_000;

/// P and Q over the same outcomes.
pub fn parse_pair(args: &PairArgs) -> Result<(Distribution, Distribution), Failure> {
    let rule = if args.normalize { SumRule::Normalize } else { SumRule::Rounded };
    let (p, q) = (Source::of(&args.p), Source::of(&args.q));
    if matches!(p, Source::Stdin { .. }) && matches!(q, Source::Stdin { .. }) {
        return Err(Failure::usage(crate::t!("compute-stdin-twice")));
    }
    let read = |source: &Source, name: &str| {
        input::read(source, rule, MAX_OUTCOMES, &[]).map_err(|e| failure(name, e))
    };
    let (p, q) = (read(&p, "P")?, read(&q, "Q")?);
    if p.len() != q.len() {
        return Err(Failure::invalid(crate::t!(
            "compute-lengths",
            name = "Q",
            found = q.len(),
            p = "P",
            expected = p.len()
        )));
    }
    Ok((p, q))
}
