#!/usr/bin/env python3
"""Writes the reference cases and their values, computed with 100-digit arithmetic (mpmath).

Run from this folder: python3 generate.py. The Rust test `tests/accuracy.rs` reads the output;
nothing here runs during `cargo test`.
"""
from fractions import Fraction as F
from mpmath import mp, mpf, log

mp.dps = 100


def normalized(weights):
    total = sum(weights)
    return [F(w) / total for w in weights]


def text(values):
    return "\n".join(f"{v.numerator}/{v.denominator}" if v.denominator != 1 else str(v.numerator) for v in values) + "\n"


cases = {}
cases["seed_b"] = ([F(1, 2), F(1, 2)], [F(1, 4), F(3, 4)])
cases["seed_c"] = ([F(1, 2), F(1, 2)], [F(1, 8), F(7, 8)])
cases["three_outcomes"] = ([F(5, 10), F(4, 10), F(1, 10)], [F(5, 10), F(1, 10), F(4, 10)])
for digits in (9, 12, 15):
    e = F(1, 10**digits)
    cases[f"near_identical_1e{digits}"] = ([F(1, 2) + e, F(1, 2) - e], [F(1, 2), F(1, 2)])
    cases[f"near_identical_three_1e{digits}"] = (
        [F(3, 10) + e, F(3, 10) - 3 * e, F(4, 10) + 2 * e],
        [F(3, 10), F(3, 10), F(4, 10)],
    )
tiny = F(1, 10**30)
cases["tiny_1e30"] = ([tiny, 1 - tiny], [F(1, 2), F(1, 2)])
cases["tiny_both_1e30"] = ([tiny, 1 - tiny], [3 * tiny, 1 - 3 * tiny])
cases["tiny_near_1e30"] = ([tiny, 1 - tiny], [tiny * (1 + F(1, 10**12)), 1 - tiny * (1 + F(1, 10**12))])
cases["many_1000"] = (normalized(range(1, 1001)), normalized(range(1000, 0, -1)))
cases["many_near_1000"] = (
    normalized([10**12 * i for i in range(1, 1001)]),
    normalized([10**12 * i + (i % 7) - 3 for i in range(1, 1001)]),
)
cases["with_zero"] = ([F(1, 2), F(1, 2), F(0)], [F(1, 3), F(1, 3), F(1, 3)])


def bits(x):
    return x / log(2)


def entropy(p):
    return bits(-sum(mpf(a.numerator) / a.denominator * log(mpf(a.numerator) / a.denominator) for a in p if a))


def m(a):
    return mpf(a.numerator) / a.denominator


def kl(p, q):
    return bits(sum(m(a) * (log(m(a)) - log(m(b))) for a, b in zip(p, q) if a))


def cross(p, q):
    return bits(-sum(m(a) * log(m(b)) for a, b in zip(p, q) if a))


def js(p, q):
    mix = [(a + b) / 2 for a, b in zip(p, q)]
    return (kl(p, mix) + kl(q, mix)) / 2


# Probabilities as a program prints them: 17 significant digits, summing to 1 only up to
# rounding. kltutor reads them as written and divides by their exact sum; so does the reference.
def printed(values):
    return [format(float(v), ".17g") for v in values]


weights = [F(i) for i in range(1, 1001)]
nudged = [F(i) * (1 + F(i % 7 - 3, 10**10)) for i in range(1, 1001)]
spread = [F(1, 10**30), F(1, 10**12), F(3, 10**7), F(1, 3), F(2, 3)]
spread_q = [F(2, 10**30), F(1, 10**12) * (1 + F(1, 10**9)), F(3, 10**7), F(1, 3), F(2, 3)]
printed_cases = {
    "printed_near_1000": (printed(normalized(weights)), printed(normalized(nudged))),
    "printed_spread": (printed(normalized(spread)), printed(normalized(spread_q))),
}
for name, (p_text, q_text) in printed_cases.items():
    p, q = normalized([F(t) for t in p_text]), normalized([F(t) for t in q_text])
    cases[name] = (p, q)

rows = ["case\tentropy_p\tcross_entropy\tkl\tkl_reverse\tjs"]
for name, (p, q) in cases.items():
    assert sum(p) == 1 and sum(q) == 1, name
    p_text, q_text = printed_cases.get(name, (None, None))
    open(f"cases/{name}.p", "w").write("\n".join(p_text) + "\n" if p_text else text(p))
    open(f"cases/{name}.q", "w").write("\n".join(q_text) + "\n" if q_text else text(q))
    values = [entropy(p), cross(p, q), kl(p, q), kl(q, p), js(p, q)]
    rows.append(name + "\t" + "\t".join(mp.nstr(v, 30) for v in values))
open("expected.tsv", "w").write("\n".join(rows) + "\n")
