//! `kltutor compute --joint`: a joint distribution of two variables, its marginals, entropies
//! and mutual information.

use crate::cli::{ComputeArgs, ComputeFormat};
use crate::info::joint::{Joint, JointError};
use crate::report::joint;
use crate::visible::visible;

use super::Failure;

/// Why the grid was refused, naming the row and column at fault.
fn message(e: &JointError) -> String {
    match e {
        JointError::Empty => crate::t!("joint-error-empty"),
        JointError::Number { row, column, text, error } => crate::t!(
            "joint-error-number",
            row = *row,
            column = *column,
            text = visible(text).into_owned(),
            problem = error.to_string()
        ),
        JointError::Ragged { row, found, expected } => crate::t!(
            "joint-error-ragged",
            row = *row,
            found = *found,
            expected = *expected,
            column = expected.min(found) + 1
        ),
        JointError::Negative { row, column, value } => crate::t!(
            "joint-error-negative",
            row = *row,
            column = *column,
            value = value.to_string()
        ),
        JointError::TooSmall { rows, columns } => {
            crate::t!("joint-error-too-small", rows = *rows, columns = *columns)
        }
        JointError::SumNotOne { sum } => crate::t!(
            "joint-error-sum",
            sum = sum.to_string(),
            approx = format!("{:.6}", num_traits::ToPrimitive::to_f64(sum).unwrap_or(f64::NAN))
        ),
        JointError::ZeroTotal => crate::t!("joint-error-zero-total"),
    }
}

/// Most bytes of a grid read from a file or stdin.
const MAX_GRID_BYTES: u64 = 64 << 20;

/// The grid's text: inline, `@FILE`, or `-` for stdin (one row per line works too).
fn grid_text(arg: &str) -> Result<String, Failure> {
    use std::io::Read;
    let mut text = String::new();
    let read = match arg.strip_prefix('@') {
        Some(path) => std::fs::File::open(path)
            .and_then(|f| f.take(MAX_GRID_BYTES).read_to_string(&mut text))
            .map_err(|e| {
                let path = visible(path).into_owned();
                crate::t!("compute-unreadable", path = path, error = e.to_string())
            }),
        None if arg == "-" => std::io::stdin()
            .take(MAX_GRID_BYTES)
            .read_to_string(&mut text)
            .map_err(|e| crate::t!("compute-stdin-unreadable", error = e.to_string())),
        None => return Ok(arg.to_string()),
    };
    read.map_err(Failure::usage)?;
    // A file may put each row on its own line.
    Ok(text.trim().replace('\n', ";"))
}

/// Runs `compute --joint ROWS`, returning what to print on stdout.
pub fn run(args: &ComputeArgs, rows: &str) -> Result<String, Failure> {
    let rows = grid_text(rows)?;
    let grid = Joint::parse(&rows, args.normalize).map_err(|e| Failure::invalid(message(&e)))?;
    let unit = args.unit.into();
    let precision = args.precision as usize;
    Ok(match args.format {
        ComputeFormat::Text => joint::text(&grid, unit, precision),
        ComputeFormat::Markdown => joint::markdown(&grid, unit, precision),
        ComputeFormat::Json => {
            format!(
                "{}\n",
                serde_json::to_string_pretty(&joint::json(&grid, unit)).unwrap_or_default()
            )
        }
    })
}
