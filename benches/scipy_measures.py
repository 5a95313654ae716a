#!/usr/bin/env python3
"""The measures `kltutor compute` reports, by numpy.loadtxt and scipy, for comparison.

Usage: scipy_measures.py P_FILE Q_FILE [--normalize]

Reads one number a line with numpy.loadtxt and prints, in bits, as JSON: H(P), H(Q), H(P,Q),
D(P||Q), D(Q||P) and JS(P,Q) (the divergence, the square of scipy's distance). scipy.stats.entropy
divides by the sum itself, so counts need no flag; --normalize is accepted for symmetry.
"""
import json
import sys

import numpy as np
from scipy.spatial.distance import jensenshannon
from scipy.stats import entropy


def main():
    p = np.loadtxt(sys.argv[1])
    q = np.loadtxt(sys.argv[2])
    p, q = p / p.sum(), q / q.sum()
    h_p, h_q = entropy(p, base=2), entropy(q, base=2)
    kl, kl_reverse = entropy(p, q, base=2), entropy(q, p, base=2)
    print(json.dumps({
        "entropy_p": h_p,
        "entropy_q": h_q,
        "cross_entropy": h_p + kl,
        "kl": kl,
        "kl_reverse": kl_reverse,
        "js": jensenshannon(p, q, base=2) ** 2,
    }))


if __name__ == "__main__":
    main()
