#!/usr/bin/env python3
"""Measures what the real libraries return for every call `kltutor conventions` lists.

Run from this folder with the binary's path: python3 conventions.py ../../target/debug/kltutor
It asks kltutor for each case's setup lines and code (JSON), runs them with scipy, PyTorch,
Keras (JAX backend, 64-bit floats enabled), optax and scikit-learn, and writes conventions.tsv: the values the Rust
test `tests/conventions.rs` pins `kltutor conventions` to. Nothing here runs during
`cargo test`.
"""
import json
import os
import subprocess
import sys
import warnings

os.environ.setdefault("KERAS_BACKEND", "jax")
warnings.simplefilter("ignore")

import jax  # noqa: E402

jax.config.update("jax_enable_x64", True)

import keras  # noqa: E402
import numpy  # noqa: E402
import optax  # noqa: E402
import scipy  # noqa: E402
import sklearn  # noqa: E402
import torch  # noqa: E402

CASES = {
    "seed": ("1/2,1/2", "1/4,3/4"),
    "three": ("0.5,0.4,0.1", "0.5,0.1,0.4"),
    "zero_in_q": ("1/2,1/2", "0,1"),
    "zero_in_p": ("0,1", "1/2,1/2"),
    "shared_zero": ("1/2,1/2,0", "1/2,1/2,0"),
    "below_keras_clip": ("0.25,0.25,0.25,0.25", "1e-9,0.2,0.3,0.499999999"),
}


def value(x):
    if hasattr(x, "tolist"):
        x = x.tolist()
    if isinstance(x, list):
        return "[" + ",".join(repr(float(v)) for v in x) + "]"
    return repr(float(x))


def main(binary):
    versions = {m.__name__: m.__version__ for m in (numpy, scipy, torch, keras, jax, optax, sklearn)}
    rows = ["# " + " ".join(f"{k} {v}" for k, v in versions.items()) + " (keras on jax with x64, float64)"]
    rows.append("case\tcode\tvalue")
    for case, (p, q) in CASES.items():
        out = subprocess.run(
            [binary, "conventions", "--p", p, "--q", q, "--format", "json"],
            check=True, capture_output=True, text=True, env={**os.environ, "LANG": "C"},
        ).stdout
        for call in json.loads(out)["calls"]:
            scope = {}
            exec(call["setup"], scope)
            rows.append(f"{case}\t{call['code']}\t{value(eval(call['code'], scope))}")
    with open("conventions.tsv", "w") as f:
        f.write("\n".join(rows) + "\n")
    with open("conventions-cases.tsv", "w") as f:
        f.write("".join(f"{case}\t{p}\t{q}\n" for case, (p, q) in CASES.items()))


if __name__ == "__main__":
    main(sys.argv[1])
