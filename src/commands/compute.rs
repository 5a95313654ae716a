//! `kltutor compute`: the measures and their derivations for distributions given as values.

use num_rational::BigRational;
use num_traits::{One, ToPrimitive};

use crate::cli::{ComputeArgs, ComputeFormat};
use crate::info::{
    Derivation, Distribution, DistributionError, Normalization, Pair, Quantity, SumRule,
};
use crate::notation::Names;
use crate::report::{Block, Comparison, Format, document, json, render};
use crate::t;
use crate::visible::visible;

use super::Failure;
use super::input::{self, InputError, Source};

/// Beyond this many outcomes derivations show their formula and total, not every term.
pub const MAX_DERIVED_OUTCOMES: usize = 100;

/// Reads every distribution and checks they agree with each other.
fn distributions(args: &ComputeArgs, names: &[String]) -> Result<Vec<Distribution>, Failure> {
    let rule = if args.normalize { SumRule::Normalize } else { SumRule::Rounded };
    let mut stdin_used = false;
    let mut all: Vec<Distribution> = Vec::with_capacity(1 + args.q.len());
    for (arg, name) in std::iter::once(&args.p).chain(&args.q).zip(names) {
        let source = Source::of(arg);
        if matches!(source, Source::Stdin { .. }) && std::mem::replace(&mut stdin_used, true) {
            return Err(Failure::usage(t!("compute-stdin-twice")));
        }
        let d = input::read(&source, rule, args.max_outcomes, &args.labels)
            .map_err(|e| failure(name, e))?;
        if let Some(p) = all.first()
            && p.len() != d.len()
        {
            return Err(Failure::invalid(t!(
                "compute-lengths",
                name = name.as_str(),
                found = d.len(),
                p = names[0].as_str(),
                expected = p.len()
            )));
        }
        all.push(d);
    }
    Ok(all)
}

/// The message for a list that could not be read, every line naming the list.
pub(crate) fn failure(name: &str, error: InputError) -> Failure {
    match error {
        InputError::Unreadable(message) => Failure::usage(message),
        InputError::Invalid(lines) => Failure::invalid(
            lines
                .iter()
                .map(|l| t!("compute-in-list", name = name, message = l.as_str()))
                .collect::<Vec<_>>()
                .join("\n"),
        ),
        InputError::Distribution(e) => Failure::invalid(match e {
            DistributionError::SumNotOne { sum } => {
                t!("compute-sum-not-one", name = name, sum = describe_sum(&sum))
            }
            DistributionError::ZeroTotal => t!("compute-zero-total", name = name),
            DistributionError::Empty => t!("compute-empty", name = name),
            other => t!("compute-in-list", name = name, message = other.to_string()),
        }),
    }
}

/// A sum as `3/5 (≈ 0.6)`, or `1 + 5.4e-16` when it is too long to read and close to 1.
fn describe_sum(sum: &BigRational) -> String {
    let exact = sum.to_string();
    let approx = sum.to_f64().unwrap_or(f64::NAN);
    if exact.len() <= 40 {
        let short = format!("{approx:.6}");
        return format!("{exact} (≈ {})", short.trim_end_matches('0').trim_end_matches('.'));
    }
    let off = (sum - BigRational::one()).to_f64().unwrap_or(f64::NAN);
    match off.abs() < 1e-3 {
        true => off_by(off),
        false => format!("≈ {approx:.6}"),
    }
}

/// `1 − 4.4e-19` or `1 + 5.4e-16`.
fn off_by(off: f64) -> String {
    let sign = if off < 0.0 { '−' } else { '+' };
    format!("1 {sign} {:.1e}", off.abs())
}

/// P, Q or Q1, Q2, …, unless `--names` says otherwise.
pub(crate) fn names(args: &ComputeArgs) -> Vec<String> {
    let default = |k: usize| match (k, args.q.len()) {
        (0, _) => "P".to_string(),
        (_, 1) => "Q".to_string(),
        (k, _) => format!("Q{k}"),
    };
    (0..=args.q.len())
        .map(|k| args.names.get(k).map_or_else(|| default(k), |n| visible(n).into_owned()))
        .collect()
}

/// The outcomes' names; left empty for long unnamed lists, whose outcomes are then called
/// x1, x2, … where they are named at all (a million label strings would outweigh the data).
fn outcome_labels(args: &ComputeArgs, n: usize) -> Result<Vec<String>, Failure> {
    if args.labels.is_empty() {
        if n > json::MAX_LISTED_OUTCOMES {
            return Ok(Vec::new());
        }
        return Ok((1..=n).map(|i| format!("x{i}")).collect());
    }
    if args.labels.len() != n {
        return Err(Failure::usage(t!(
            "compute-labels-count",
            labels = args.labels.len(),
            count = n
        )));
    }
    Ok(args.labels.iter().map(|l| visible(l).into_owned()).collect())
}

/// "P: the values sum to 1 − 4.4e-19, from rounding; normalised", for each list that was.
fn rounding_notes(c: &Comparison<'_>) -> Vec<String> {
    let all = std::iter::once((&c.p_name, c.p)).chain(c.models.iter().map(|(n, d)| (n, *d)));
    all.filter_map(|(name, d)| match d.normalization() {
        Some(Normalization::Rounding(sum)) => {
            let off = (sum - BigRational::one()).to_f64().unwrap_or(0.0);
            Some(t!("compute-rounding-note", name = name.as_str(), sum = off_by(off)))
        }
        _ => None,
    })
    .collect()
}

/// The document: values, notes, then H(P) and each outcome's information, or every measure
/// against each model.
fn blocks<'a>(c: &'a Comparison<'a>, precision: usize, headings: Option<usize>) -> Vec<Block<'a>> {
    let mut blocks = Vec::new();
    if headings.is_some() {
        let title = match c.models.is_empty() {
            true => t!("compute-heading-alone", p = c.p_name.as_str()),
            false => t!("compute-heading", p = c.p_name.as_str()),
        };
        blocks.push(Block::Heading(1, title));
    }
    blocks.push(document::values(c));
    blocks.extend(rounding_notes(c).into_iter().map(Block::Paragraph));
    if !c.lists_terms() {
        blocks.push(Block::Paragraph(t!("compute-terms-left-out", count = c.p.len())));
    }
    blocks.extend(document::comparison(c, precision, headings));
    if c.models.is_empty() && c.lists_terms() {
        let names = Names {
            p: c.p_name.clone(),
            q: c.p_name.clone(),
            outcomes: c.outcomes.clone(),
            values: None,
        };
        let pair = Pair { p: c.p, q: c.p };
        for outcome in 0..c.p.len() {
            let d = Derivation::new(Quantity::Information { outcome }, pair, c.unit);
            blocks.extend(document::derivation_blocks(d, names.clone()));
        }
    }
    blocks
}

/// Runs the command, returning what to print on stdout.
pub fn run(args: &ComputeArgs) -> Result<String, Failure> {
    if args.names.len() > args.q.len() + 1 {
        return Err(Failure::usage(t!(
            "compute-names-count",
            names = args.names.len(),
            count = args.q.len() + 1
        )));
    }
    let names = names(args);
    let all = distributions(args, &names)?;
    let p = &all[0];
    let comparison = Comparison {
        p_name: names[0].clone(),
        p,
        models: names[1..].iter().cloned().zip(all[1..].iter()).collect(),
        outcomes: outcome_labels(args, p.len())?,
        unit: args.unit.into(),
        term_limit: Some(MAX_DERIVED_OUTCOMES),
    };
    let precision = args.precision as usize;
    Ok(match args.format {
        ComputeFormat::Text => {
            render(&blocks(&comparison, precision, None), Format::Text, precision)
        }
        ComputeFormat::Markdown => {
            render(&blocks(&comparison, precision, Some(2)), Format::Markdown, precision)
        }
        ComputeFormat::Json => {
            let value = json::comparison(&comparison);
            format!("{}\n", serde_json::to_string_pretty(&value).unwrap_or_default())
        }
    })
}
