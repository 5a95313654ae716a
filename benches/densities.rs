//! Densities, mixtures and the fits: the closed form, quadrature at the accuracy the tests
//! demand, the reverse-KL fit, and the convergence table of bins.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use kltutor::info::Unit;
use kltutor::info::binning;
use kltutor::info::density::{self, Density};
use kltutor::info::fit;

fn densities(c: &mut Criterion) {
    let normal = Density::parse("normal(0, 1)", false).unwrap();
    let shifted = Density::parse("normal(1, 2)", false).unwrap();
    let mixture = Density::parse("mix(0.5 normal(-2,0.6), 0.5 normal(2,0.6))", false).unwrap();
    let wide = Density::parse("normal(0, 2)", false).unwrap();
    c.bench_function("normal KL, closed form", |b| {
        b.iter(|| density::kl(black_box(&normal), black_box(&shifted)))
    });
    c.bench_function("mixture KL, quadrature", |b| {
        b.iter(|| density::kl(black_box(&mixture), black_box(&wide)))
    });
    c.bench_function("reverse-KL fit to the mixture", |b| {
        b.iter(|| fit::reverse(black_box(&mixture)))
    });
    c.bench_function("bins table, normal pair", |b| {
        b.iter(|| binning::table(black_box(&normal), black_box(&shifted), Unit::Bits))
    });
}

criterion_group!(benches, densities);
criterion_main!(benches);
