#!/usr/bin/env python3
"""Writes densities.tsv: measures of normal distributions and of a mixture, computed with
60-digit arithmetic (mpmath closed forms, and mpmath.quad for the mixture).

kltutor holds means and sds as float64, so each parameter is first rounded to the nearest
double, as kltutor rounds it: the reference then measures the formulas, not the input rounding
(which alone moves D by 1e-10 relative when σ₁ and σ₂ differ by 1e-6).

Run from this folder: python3 densities.py. The Rust test `tests/densities.rs` reads the
output; nothing here runs during `cargo test`.
"""
from mpmath import mp, mpf, log, pi, e, exp, quad, inf, sqrt

mp.dps = 60

NORMALS = {
    "standard_vs_shifted": ((0, 1), (1, 2)),
    "narrow": (("0.1", "0.01"), (0, 1)),
    "near_identical_1e-6": ((0, 1), ("0.000001", "1.000001")),
    "near_identical_1e-9": ((3, 2), ("3.000000002", "2.000000001")),
    "far_apart": ((-50, "0.5"), (40, 3)),
    "wide": ((0, 1000), (1000, 2000)),
}


def entropy(s):
    return log(2 * pi * e * s**2) / 2


def kl(m1, s1, m2, s2):
    return log(s2 / s1) + (s1**2 + (m1 - m2) ** 2) / (2 * s2**2) - mpf(1) / 2


def lnpdf(x, m, s):
    return -((x - m) / s) ** 2 / 2 - log(s) - log(2 * pi) / 2


def mixture_lnpdf(x):
    a = log(mpf("0.5")) + lnpdf(x, -2, mpf("0.6"))
    b = log(mpf("0.5")) + lnpdf(x, 2, mpf("0.6"))
    top = max(a, b)
    return top + log(exp(a - top) + exp(b - top))


def js(lp, lq, means):
    """½·∫ p·ln(2p/(p+q)) + ½·∫ q·ln(2q/(p+q)), by quadrature split at the means."""

    def f(x):
        a, b = lp(x), lq(x)
        top = max(a, b)
        lm = top + log((exp(a - top) + exp(b - top)) / 2)
        return (exp(a) * (a - lm) + exp(b) * (b - lm)) / 2

    return quad(f, [-inf] + list(means) + [inf])


def main():
    rows = ["case\tp\tq\tkl\tkl_reverse\tcross_entropy\tentropy_p\tentropy_q\tjs"]
    for case, (p, q) in NORMALS.items():
        m1, s1 = (mpf(float(x)) for x in p)
        m2, s2 = (mpf(float(x)) for x in q)
        values = [kl(m1, s1, m2, s2), kl(m2, s2, m1, s1), entropy(s1) + kl(m1, s1, m2, s2), entropy(s1), entropy(s2)]
        values.append(js(lambda x: lnpdf(x, m1, s1), lambda x: lnpdf(x, m2, s2), sorted({m1, m2})))
        text = lambda d: f"normal({d[0]},{d[1]})"
        rows.append("\t".join([case, text(p), text(q)] + [mp.nstr(v, 30) for v in values]))
    # The mixture against normal(0, 2), by quadrature split at the modes.
    q = lambda x: lnpdf(x, 0, 2)
    points = [-inf, -2, 0, 2, inf]
    kl_pq = quad(lambda x: exp(mixture_lnpdf(x)) * (mixture_lnpdf(x) - q(x)), points)
    kl_qp = quad(lambda x: exp(q(x)) * (q(x) - mixture_lnpdf(x)), points)
    h_p = quad(lambda x: -exp(mixture_lnpdf(x)) * mixture_lnpdf(x), points)
    values = [kl_pq, kl_qp, h_p + kl_pq, h_p, entropy(mpf(2)), js(mixture_lnpdf, q, [-2, 0, 2])]
    rows.append("\t".join(["mixture", "mix(0.5 normal(-2,0.6), 0.5 normal(2,0.6))", "normal(0,2)"] + [mp.nstr(v, 30) for v in values]))
    with open("densities.tsv", "w") as f:
        f.write("\n".join(rows) + "\n")


if __name__ == "__main__":
    main()
