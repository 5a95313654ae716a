//! `kltutor compute`: the measures and their derivations for distributions given as values.

use std::io::Read;

use crate::cli::{ComputeArgs, ComputeFormat};
use crate::info::{Distribution, DistributionError, Pair};
use crate::report::{Block, Comparison, Format, document, json, render};

use super::Failure;

/// Reads a value list: inline, `@FILE`, or `-` for stdin.
fn read_values(arg: &str, stdin_used: &mut bool) -> Result<String, Failure> {
    if arg == "-" {
        if std::mem::replace(stdin_used, true) {
            return Err(Failure::usage("only one list can be read from stdin (`-`)"));
        }
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .map_err(|e| Failure::usage(format!("cannot read values from stdin: {e}")))?;
        return Ok(text);
    }
    if let Some(path) = arg.strip_prefix('@') {
        return std::fs::read_to_string(path)
            .map_err(|e| Failure::usage(format!("cannot read values from `{path}`: {e}")));
    }
    Ok(arg.to_string())
}

/// Parses every distribution and checks they agree with each other and with the labels.
fn distributions(args: &ComputeArgs) -> Result<(Distribution, Vec<Distribution>), Failure> {
    let mut stdin_used = false;
    let mut parse = |arg: &str, name: &str| -> Result<Distribution, Failure> {
        let text = read_values(arg, &mut stdin_used)?;
        Distribution::parse(&text, args.normalize).map_err(|e| {
            let hint = match (&e, e.position().and_then(|at| args.labels.get(at - 1))) {
                (DistributionError::SumNotOne { .. }, _) => "; fix them or pass --normalize".into(),
                (_, Some(label)) => format!(" (outcome `{label}`)"),
                _ => String::new(),
            };
            Failure::invalid(format!("{name}: {e}{hint}"))
        })
    };
    let names = names(args);
    let p = parse(&args.p, &names[0])?;
    let models = args
        .q
        .iter()
        .zip(&names[1..])
        .map(|(arg, name)| {
            let q = parse(arg, name)?;
            Pair::new(&p, &q).map_err(|e| Failure::invalid(format!("{name} {e}")))?;
            Ok(q)
        })
        .collect::<Result<Vec<_>, Failure>>()?;
    Ok((p, models))
}

/// P, Q or Q1, Q2, …, unless `--names` says otherwise.
pub(crate) fn names(args: &ComputeArgs) -> Vec<String> {
    let default = |k: usize| match (k, args.q.len()) {
        (0, _) => "P".to_string(),
        (_, 1) => "Q".to_string(),
        (k, _) => format!("Q{k}"),
    };
    (0..=args.q.len()).map(|k| args.names.get(k).cloned().unwrap_or_else(|| default(k))).collect()
}

fn outcome_labels(args: &ComputeArgs, n: usize) -> Result<Vec<String>, Failure> {
    if args.labels.is_empty() {
        return Ok((1..=n).map(|i| format!("x{i}")).collect());
    }
    if args.labels.len() != n {
        return Err(Failure::usage(format!(
            "--labels names {} outcomes but the distributions have {n}",
            args.labels.len()
        )));
    }
    Ok(args.labels.clone())
}

/// Runs the command, returning what to print on stdout.
pub fn run(args: &ComputeArgs) -> Result<String, Failure> {
    if args.names.len() > args.q.len() + 1 {
        return Err(Failure::usage(format!(
            "--names gives {} names for {} distributions",
            args.names.len(),
            args.q.len() + 1
        )));
    }
    let (p, models) = distributions(args)?;
    let names = names(args);
    let comparison = Comparison {
        p_name: names[0].clone(),
        p: &p,
        models: names[1..].iter().cloned().zip(models.iter()).collect(),
        outcomes: outcome_labels(args, p.len())?,
        unit: args.unit.into(),
    };
    let precision = args.precision as usize;
    let blocks = |headings: Option<usize>| -> Vec<Block<'_>> {
        let mut blocks = Vec::new();
        if headings.is_some() {
            blocks.push(Block::Heading(1, format!("{} against its models", comparison.p_name)));
        }
        blocks.push(document::values(&comparison));
        blocks.extend(document::comparison(&comparison, precision, headings));
        blocks
    };
    Ok(match args.format {
        ComputeFormat::Text => render(&blocks(None), Format::Text, precision),
        ComputeFormat::Markdown => render(&blocks(Some(2)), Format::Markdown, precision),
        ComputeFormat::Json => {
            let value = json::comparison(&comparison);
            format!("{}\n", serde_json::to_string_pretty(&value).unwrap_or_default())
        }
    })
}
