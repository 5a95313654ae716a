//! `kltutor compute` with densities: `--p 'normal(0,1)' --q 'normal(1,2)'`, or a mixture
//! `mix(0.5 normal(-2,0.6), 0.5 normal(2,0.6))` as P.

use crate::cli::{ComputeArgs, ComputeFormat};
use crate::info::density::{Density, is_density};
use crate::report::continuous::{self, Densities, Named};
use crate::visible::visible;

use super::Failure;

/// Whether `compute` was given densities rather than lists of probabilities.
pub fn applies(args: &ComputeArgs) -> bool {
    is_density(&args.p) || args.q.iter().any(|q| is_density(q))
}

/// Runs `compute` on densities, returning what to print on stdout.
pub fn run(args: &ComputeArgs) -> Result<String, Failure> {
    let names: Vec<String> =
        super::compute::names(args).iter().map(|n| visible(n).into_owned()).collect();
    let parse = |text: &str, name: &str| -> Result<Named, Failure> {
        if !is_density(text) {
            return Err(Failure::invalid(crate::t!(
                "density-error-mixed-kinds",
                name = name,
                found = visible(text.trim()).into_owned()
            )));
        }
        let density = Density::parse(text, args.normalize)
            .map_err(|e| Failure::invalid(continuous::refusal(name, &e)))?;
        Ok(Named { name: name.to_string(), text: text.to_string(), density })
    };
    let p = parse(&args.p, &names[0])?;
    let models = args
        .q
        .iter()
        .zip(&names[1..])
        .map(|(q, name)| parse(q, name))
        .collect::<Result<Vec<_>, _>>()?;
    let densities = Densities { p, models, unit: args.unit.into() };
    let precision = args.precision as usize;
    Ok(match args.format {
        ComputeFormat::Text => continuous::text(&densities, precision),
        ComputeFormat::Markdown => continuous::markdown(&densities, precision),
        ComputeFormat::Json => format!(
            "{}\n",
            serde_json::to_string_pretty(&continuous::json(&densities)).unwrap_or_default()
        ),
    })
}
