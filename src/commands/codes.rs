//! `kltutor codes`: KL divergence as the extra bits of using Q's code for P's symbols.

use crate::cli::{CodesArgs, ComputeFormat};
use crate::report::codes;

use super::Failure;
use super::pair::parse_pair;

/// Runs the command, returning what to print on stdout.
pub fn run(args: &CodesArgs) -> Result<String, Failure> {
    let (p, q) = parse_pair(&args.pair)?;
    let outcomes: Vec<String> = if args.labels.is_empty() {
        (1..=p.len()).map(|i| format!("x{i}")).collect()
    } else if args.labels.len() == p.len() {
        args.labels.clone()
    } else {
        return Err(Failure::usage(crate::t!(
            "codes-labels-count",
            labels = args.labels.len(),
            outcomes = p.len()
        )));
    };
    let precision = args.precision as usize;
    Ok(match args.format {
        ComputeFormat::Text => codes::text(&p, &q, &outcomes, precision),
        ComputeFormat::Markdown => codes::markdown(&p, &q, &outcomes, precision),
        ComputeFormat::Json => format!(
            "{}\n",
            serde_json::to_string_pretty(&codes::json(&p, &q, &outcomes)).unwrap_or_default()
        ),
    })
}
