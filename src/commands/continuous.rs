//! `kltutor compute` with densities: `--p 'normal(0,1)' --q 'normal(1,2)'`, or a mixture
//! `mix(0.5 normal(-2,0.6), 0.5 normal(2,0.6))` as P.

use crate::cli::{ComputeArgs, ComputeFormat};
use crate::info::density::{Density, DensityError, Parameter, is_density};
use crate::report::continuous::{self, Densities, Named};
use crate::visible::visible;

use super::Failure;

/// Whether `compute` was given densities rather than lists of probabilities.
pub fn applies(args: &ComputeArgs) -> bool {
    is_density(&args.p) || args.q.iter().any(|q| is_density(q))
}

fn parameter_name(p: Parameter) -> String {
    match p {
        Parameter::Mean => crate::t!("density-parameter-mean"),
        Parameter::Sd => crate::t!("density-parameter-sd"),
        Parameter::Weight => crate::t!("density-parameter-weight"),
    }
}

/// Where in the text the value is: `component 2's sd`, or `the sd`.
fn place(parameter: Parameter, component: Option<usize>) -> String {
    match component {
        Some(k) => crate::t!(
            "density-place-component",
            component = k,
            parameter = parameter_name(parameter)
        ),
        None => parameter_name(parameter),
    }
}

fn message(name: &str, e: &DensityError) -> String {
    let v = |s: &str| visible(s).into_owned();
    match e {
        DensityError::Syntax { found } => {
            crate::t!("density-error-syntax", name = name, found = v(found))
        }
        DensityError::Number { parameter, component, text, error } => crate::t!(
            "density-error-number",
            name = name,
            place = place(*parameter, *component),
            text = v(text),
            problem = error.to_string()
        ),
        DensityError::NotFinite { parameter, component, text } => crate::t!(
            "density-error-not-finite",
            name = name,
            place = place(*parameter, *component),
            text = v(text)
        ),
        DensityError::SdNotPositive { component, text } => crate::t!(
            "density-error-sd",
            name = name,
            place = place(Parameter::Sd, *component),
            text = v(text)
        ),
        DensityError::NegativeWeight { component, text } => crate::t!(
            "density-error-negative-weight",
            name = name,
            place = place(Parameter::Weight, Some(*component)),
            text = v(text)
        ),
        DensityError::WeightsSum { sum } => {
            crate::t!("density-error-weights-sum", name = name, sum = sum.to_string())
        }
        DensityError::ZeroWeights => crate::t!("density-error-zero-weights", name = name),
    }
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
            .map_err(|e| Failure::invalid(message(name, &e)))?;
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
