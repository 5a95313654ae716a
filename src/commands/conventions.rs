//! `kltutor conventions`: what scipy, PyTorch, Keras, optax and scikit-learn return for a P
//! and a Q, call by call.

use crate::cli::{ComputeFormat, ConventionsArgs};
use crate::report::conventions;

use super::Failure;
use super::pair::parse_pair;

/// Runs the command, returning what to print on stdout.
pub fn run(args: &ConventionsArgs) -> Result<String, Failure> {
    let (p, q) = parse_pair(&args.pair)?;
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
