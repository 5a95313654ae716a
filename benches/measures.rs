//! D(P‖Q) at 2, 256 and 10⁶ outcomes, with the accuracy the tests demand.

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use kltutor::info::{Distribution, Notation, Pair, Unit};
use num_rational::BigRational;

/// Deterministic pseudo-random counts (a linear congruential generator), so every run
/// measures the same distributions.
fn counts(n: usize, seed: u64) -> Vec<u64> {
    let mut state = seed;
    (0..n)
        .map(|_| {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            1 + (state >> 44)
        })
        .collect()
}

fn distribution(counts: &[u64]) -> Distribution {
    let weights = counts.iter().map(|&c| BigRational::from_integer(c.into())).collect();
    Distribution::normalized(weights, Notation::Decimal).unwrap()
}

fn kl(c: &mut Criterion) {
    let mut group = c.benchmark_group("kl");
    for n in [2usize, 256, 1_000_000] {
        let p = distribution(&counts(n, 1));
        let q = distribution(&counts(n, 2));
        group.bench_with_input(BenchmarkId::new("random", n), &n, |b, _| {
            b.iter(|| black_box(Pair::new(&p, &q).unwrap().kl(Unit::Bits)))
        });
    }
    // The hard case: every ratio within about 1e-9 of 1, so every term takes the exact
    // difference path; the nudges cancel, so both share one denominator below 2^64.
    let n = 1_000_000;
    let base: Vec<u64> = counts(n, 3).iter().map(|&c| c * 1000).collect();
    let p = distribution(&base);
    let nudged: Vec<u64> =
        base.iter().enumerate().map(|(i, &c)| if i % 2 == 0 { c + 1 } else { c - 1 }).collect();
    let q = distribution(&nudged);
    group.bench_function(BenchmarkId::new("near_identical", n), |b| {
        b.iter(|| black_box(Pair::new(&p, &q).unwrap().kl(Unit::Bits)))
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = kl
}
criterion_main!(benches);
