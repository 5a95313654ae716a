//! `kltutor conventions`: what scipy, PyTorch, Keras, optax and scikit-learn return for a P
//! and a Q, call by call.

use crate::cli::{ComputeFormat, ConventionsArgs};
use crate::info::{Distribution, DistributionError, Pair};
use crate::report::conventions;
use crate::visible::visible;

use super::Failure;

/// Parses one distribution as `compute` does, naming it in the message.
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

/// Runs the command, returning what to print on stdout.
pub fn run(args: &ConventionsArgs) -> Result<String, Failure> {
    let p = parse(&args.p, "P", args.normalize)?;
    let q = parse(&args.q, "Q", args.normalize)?;
    Pair::new(&p, &q).map_err(|e| Failure::invalid(format!("Q {e}")))?;
    let precision = args.precision as usize;
    Ok(match args.format {
        ComputeFormat::Text => conventions::text(&p, &q, precision),
        ComputeFormat::Markdown => conventions::markdown(&p, &q, precision),
        ComputeFormat::Json => {
            let value = conventions::json(&p, &q);
            format!("{}\n", serde_json::to_string_pretty(&value).unwrap_or_default())
        }
    })
}
