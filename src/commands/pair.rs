//! P and Q from the command line, for the commands that take exactly one of each
//! (`conventions`, `codes`): parsed and refused as `compute` does.

use crate::cli::PairArgs;
use crate::info::{Distribution, DistributionError, Pair};
use crate::visible::visible;

use super::Failure;

/// Parses one distribution, naming it in the message.
fn parse(text: &str, name: &str, normalize: bool) -> Result<Distribution, Failure> {
    Distribution::parse(text, normalize).map_err(|e| {
        let message = visible(&e.to_string()).into_owned();
        match e {
            DistributionError::SumNotOne { .. } => {
                Failure::invalid(crate::t!("conventions-sum-hint", name = name, problem = message))
            }
            _ => Failure::invalid(format!("{name}: {message}")),
        }
    })
}

/// P and Q over the same outcomes.
pub fn parse_pair(args: &PairArgs) -> Result<(Distribution, Distribution), Failure> {
    let p = parse(&args.p, "P", args.normalize)?;
    let q = parse(&args.q, "Q", args.normalize)?;
    Pair::new(&p, &q).map_err(|e| Failure::invalid(format!("Q {e}")))?;
    Ok((p, q))
}
