//! Identities every distribution pair must satisfy, over random exact distributions.

use kltutor::info::{Distribution, Pair, Unit, entropy};
use num_rational::BigRational;
use proptest::prelude::*;

/// A distribution from random counts, some of them zero, normalized exactly.
fn distribution(n: usize) -> impl Strategy<Value = Distribution> {
    prop::collection::vec(prop_oneof![Just(0u64), 1u64..1_000_000], n)
        .prop_filter("not all zero", |w| w.iter().any(|&x| x > 0))
        .prop_map(|w| {
            let w = w.into_iter().map(|x| BigRational::from_integer(x.into())).collect();
            Distribution::normalized(w, Default::default()).unwrap()
        })
}

fn pair() -> impl Strategy<Value = (Distribution, Distribution)> {
    (1usize..12).prop_flat_map(|n| (distribution(n), distribution(n)))
}

/// A distribution and a copy nudged in the last few of its 15 decimals.
fn near_pair() -> impl Strategy<Value = (Distribution, Distribution)> {
    (2usize..8, 1i64..1000).prop_flat_map(|(n, nudge)| {
        prop::collection::vec(1u64..1_000_000, n).prop_map(move |w| {
            let scale = 1_000_000_000_000i64;
            let mut a: Vec<i64> = w.iter().map(|&x| x as i64 * scale).collect();
            let p = counts(&a);
            a[0] += nudge;
            a[1] -= nudge;
            (p, counts(&a))
        })
    })
}

fn counts(c: &[i64]) -> Distribution {
    let w = c.iter().map(|&x| BigRational::from_integer(x.into())).collect();
    Distribution::normalized(w, Default::default()).unwrap()
}

proptest! {
    #[test]
    fn divergence_is_never_negative((p, q) in pair()) {
        let pair = Pair::new(&p, &q).unwrap();
        prop_assert!(pair.kl(Unit::Bits).value() >= 0.0);
        prop_assert!(pair.reversed().kl(Unit::Bits).value() >= 0.0);
    }

    #[test]
    fn near_identical_divergence_is_positive((p, q) in near_pair()) {
        let d = Pair::new(&p, &q).unwrap().kl(Unit::Bits).value();
        prop_assert!(d > 0.0, "D = {d}");
    }

    #[test]
    fn cross_entropy_is_entropy_plus_divergence((p, q) in pair()) {
        let pair = Pair::new(&p, &q).unwrap();
        let cross = pair.cross_entropy(Unit::Bits).value();
        let sum = entropy(&p, Unit::Bits) + pair.kl(Unit::Bits).value();
        if cross.is_finite() {
            prop_assert!((cross - sum).abs() <= 1e-12 * cross.max(1.0), "{cross} vs {sum}");
        } else {
            prop_assert!(sum.is_infinite());
        }
    }

    #[test]
    fn divergence_from_itself_is_zero((p, _) in pair()) {
        let pair = Pair::new(&p, &p).unwrap();
        prop_assert_eq!(pair.kl(Unit::Bits).value(), 0.0);
        prop_assert_eq!(pair.js(Unit::Bits), 0.0);
    }

    #[test]
    fn js_is_symmetric_and_at_most_one_bit((p, q) in pair()) {
        let forward = Pair::new(&p, &q).unwrap().js(Unit::Bits);
        let backward = Pair::new(&q, &p).unwrap().js(Unit::Bits);
        prop_assert!((forward - backward).abs() <= 1e-15);
        prop_assert!((0.0..=1.0).contains(&forward));
    }
}
