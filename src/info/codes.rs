//! KL divergence as extra bits: binary prefix codes built for P and for Q, and what each costs
//! per symbol when the symbols really come from P.
//!
//! A code word for x of length −log₂ q(x) is what a code built for Q would ideally give x; the
//! expected length under P of those lengths is H(P, Q), of P's own ideal lengths H(P), and the
//! difference is D(P‖Q) bits. Real codes have whole-bit lengths: Shannon's code takes
//! ⌈−log₂ q(x)⌉ and Huffman's is the shortest possible on average; both stay within one bit of
//! the ideal. Expected lengths of real codes are exact rationals (Σ p·ℓ with whole ℓ).

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{One, Zero};

use super::distribution::Distribution;

/// How a code's lengths were chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Construction {
    /// Huffman's algorithm: optimal whole-bit lengths.
    Huffman,
    /// Shannon's lengths ⌈−log₂ q(x)⌉.
    Shannon,
}

/// A binary prefix code: one word per outcome, `None` for outcomes of probability 0 (the code
/// has no word for them).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Code {
    pub words: Vec<Option<String>>,
}

impl Code {
    /// The code of `construction` built for `d`.
    pub fn build(d: &Distribution, construction: Construction) -> Code {
        let lengths = match construction {
            Construction::Huffman => huffman_lengths(d),
            Construction::Shannon => d.exact().iter().map(shannon_length).collect(),
        };
        Code { words: canonical(&lengths) }
    }

    /// Word lengths, `None` where there is no word.
    pub fn lengths(&self) -> Vec<Option<usize>> {
        self.words.iter().map(|w| w.as_ref().map(String::len)).collect()
    }

    /// Σ p(x)·ℓ(x): the expected bits per symbol when symbols come from `p`; `None` when `p`
    /// gives positive probability to an outcome the code has no word for.
    pub fn expected_length(&self, p: &Distribution) -> Option<BigRational> {
        let mut total = BigRational::zero();
        for (prob, length) in p.exact().iter().zip(self.lengths()) {
            if prob.is_zero() {
                continue;
            }
            total += prob * BigRational::from_integer(BigInt::from(length?));
        }
        Some(total)
    }
}

/// ⌈−log₂ q⌉, exactly; `None` for q = 0.
pub fn shannon_length(q: &BigRational) -> Option<usize> {
    if q.is_zero() {
        return None;
    }
    // The smallest ℓ with 2^ℓ·q ≥ 1, from an estimate by bit counts.
    let estimate = q.denom().bits() as i64 - q.numer().bits() as i64;
    let mut length = estimate.max(0) as usize;
    let reaches =
        |l: usize| q * BigRational::from_integer(BigInt::one() << l) >= BigRational::one();
    while length > 0 && reaches(length - 1) {
        length -= 1;
    }
    while !reaches(length) {
        length += 1;
    }
    Some(length)
}

/// Huffman word lengths: merge the two least probable nodes until one is left. Ties go to the
/// node made first, so the code is the same on every run.
fn huffman_lengths(d: &Distribution) -> Vec<Option<usize>> {
    let n = d.len();
    let mut lengths: Vec<Option<usize>> =
        d.exact().iter().map(|p| (!p.is_zero()).then_some(0)).collect();
    // Each node: the outcomes under it.
    let mut members: Vec<Vec<usize>> = Vec::new();
    let mut heap = BinaryHeap::new();
    for (i, p) in d.exact().iter().enumerate().filter(|(_, p)| !p.is_zero()) {
        heap.push(Reverse((p.clone(), members.len())));
        members.push(vec![i]);
    }
    while heap.len() > 1 {
        let (Some(Reverse((a, ia))), Some(Reverse((b, ib)))) = (heap.pop(), heap.pop()) else {
            break;
        };
        let mut merged = std::mem::take(&mut members[ia]);
        merged.append(&mut members[ib]);
        for &i in &merged {
            lengths[i] = lengths[i].map(|l| l + 1);
        }
        heap.push(Reverse((a + b, members.len())));
        members.push(merged);
    }
    debug_assert_eq!(lengths.len(), n);
    lengths
}

/// The canonical prefix code with these lengths: words in order of (length, outcome), each the
/// previous plus one, shifted left to its length. Kraft's inequality (which both
/// constructions satisfy) guarantees the words never run out.
fn canonical(lengths: &[Option<usize>]) -> Vec<Option<String>> {
    let mut order: Vec<(usize, usize)> =
        lengths.iter().enumerate().filter_map(|(i, l)| l.map(|l| (l, i))).collect();
    order.sort();
    let mut words = vec![None; lengths.len()];
    let mut next = BigInt::zero();
    let mut previous = 0;
    for (length, i) in order {
        next <<= length - previous;
        let digits = if length == 0 { String::new() } else { next.to_str_radix(2) };
        words[i] = Some(format!("{}{digits}", "0".repeat(length.saturating_sub(digits.len()))));
        next += 1;
        previous = length;
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> Distribution {
        Distribution::parse(text, false).unwrap()
    }

    fn r(n: i64, den: i64) -> BigRational {
        BigRational::new(n.into(), den.into())
    }

    #[test]
    fn dyadic_distributions_get_their_ideal_code() {
        let p = d("1/2 1/4 1/8 1/8");
        for construction in [Construction::Huffman, Construction::Shannon] {
            let code = Code::build(&p, construction);
            let words: Vec<_> = code.words.iter().map(|w| w.clone().unwrap()).collect();
            assert_eq!(words, ["0", "10", "110", "111"]);
            assert_eq!(code.expected_length(&p), Some(r(7, 4)));
        }
    }

    #[test]
    fn the_wrong_code_costs_d_p_q_extra_bits_when_dyadic() {
        let (p, q) = (d("1/2 1/4 1/8 1/8"), d("1/8 1/8 1/4 1/2"));
        let own = Code::build(&p, Construction::Huffman).expected_length(&p).unwrap();
        let theirs = Code::build(&q, Construction::Huffman).expected_length(&p).unwrap();
        // D(P‖Q) = ½·2 + ¼·1 + ⅛·(−1) + ⅛·(−2) = 7/8 bits exactly.
        assert_eq!(theirs - own, r(7, 8));
    }

    #[test]
    fn shannon_lengths_are_exact_ceilings() {
        assert_eq!(shannon_length(&r(1, 3)), Some(2));
        assert_eq!(shannon_length(&r(1, 4)), Some(2));
        assert_eq!(shannon_length(&r(3, 4)), Some(1));
        assert_eq!(shannon_length(&r(1, 1)), Some(0));
        assert_eq!(shannon_length(&r(0, 1)), None);
        let tiny = BigRational::new(1.into(), BigInt::one() << 300);
        assert_eq!(shannon_length(&tiny), Some(300));
    }

    #[test]
    fn zeros_have_no_word_and_make_the_wrong_code_unusable() {
        let (p, q) = (d("1/2 1/2 0"), d("1/2 0 1/2"));
        let code = Code::build(&q, Construction::Huffman);
        assert_eq!(code.words, [Some("0".into()), None, Some("1".into())]);
        assert_eq!(code.expected_length(&p), None);
        assert_eq!(
            Code::build(&d("1 0"), Construction::Huffman).words,
            [Some(String::new()), None]
        );
    }

    #[test]
    fn huffman_is_within_a_bit_of_entropy_and_prefix_free() {
        let p = d("0.4 0.3 0.2 0.05 0.05");
        let code = Code::build(&p, Construction::Huffman);
        let words: Vec<String> = code.words.iter().flatten().cloned().collect();
        for (i, a) in words.iter().enumerate() {
            for (j, b) in words.iter().enumerate() {
                assert!(i == j || !b.starts_with(a.as_str()), "{a} is a prefix of {b}");
            }
        }
        let length: f64 =
            num_traits::ToPrimitive::to_f64(&code.expected_length(&p).unwrap()).unwrap();
        let h = crate::info::entropy(&p, crate::info::Unit::Bits);
        assert!(h <= length && length < h + 1.0);
        // Lengths 1, 2, 3, 4, 4: 0.4 + 0.6 + 0.6 + 0.2 + 0.2.
        assert_eq!(code.expected_length(&p), Some(r(2, 1)));
    }
}
