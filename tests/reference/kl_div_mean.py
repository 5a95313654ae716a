#!/usr/bin/env python3
"""Derives `F.kl_div(q, p)` (input = q, not q.log(); default reduction 'mean') for every case of
conventions-cases.tsv from PyTorch's documented formula, where PyTorch itself is not at hand.

torch.nn.functional.kl_div with log_target=False computes, elementwise,
    target * (log(target) - input), with 0 where target is 0 (xlogy(target, target) - target * input)
and reduction='mean' averages over every element (here n, the tensor having shape (1, n)).
This is plain float64 arithmetic, summed left to right and divided by n, as kltutor models it.
Run: python3 kl_div_mean.py  -- prints the rows to put into conventions.tsv after each case's
`F.kl_div(q, p, reduction="batchmean")` row. conventions.py measures the same call with torch
whenever it is run with the libraries installed, and then replaces these rows.
"""
import math
from fractions import Fraction


def number(text):
    return float(Fraction(text.strip()))


def xlogy(x, y):
    return 0.0 if x == 0.0 else x * math.log(y)


with open("conventions-cases.tsv") as cases:
    for line in cases:
        name, p, q = line.rstrip("\n").split("\t")
        p = [number(v) for v in p.split(",")]
        q = [number(v) for v in q.split(",")]
        total = 0.0
        for target, x in zip(p, q):
            total += xlogy(target, target) - target * x
        print(f"{name}\tF.kl_div(q, p)\t{total / len(p)!r}")
