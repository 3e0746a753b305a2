#!/usr/bin/env python3
"""The inverse-based multiplier table, as pymrio / useeior / openIO-Canada compute it, for a side-by-side baseline.

Reads a Ripple model folder (industry.csv, and transactions-long.csv or transactions.csv), forms A = Z diag(x)^-1
densely, then times only: L = inv(I - A), output multipliers (column sums of L) and the jobs, labour income and
value-added effects (coefficient-weighted column sums, c @ L). Reading is not timed.

    python3 sim-bench/baseline/numpy_multipliers.py /tmp/m5000 [repeats]

Prints one line per repeat and the best, in seconds. Compare with the 'solve' phase of
`ripple multipliers --model DIR --profile` or with SolverBenchmark.multiplierTable.
"""
import csv
import os
import sys
import time

import numpy as np


def read(folder):
    codes, out = [], []
    coef = {"employment": [], "labour_income": [], "value_added": []}
    with open(os.path.join(folder, "industry.csv"), newline="") as f:
        for row in csv.DictReader(f):
            codes.append(row["code"])
            out.append(float(row["output"]))
            for k in coef:
                coef[k].append(float(row[k]))
    index = {c: i for i, c in enumerate(codes)}
    n = len(codes)
    z = np.zeros((n, n))
    long_path = os.path.join(folder, "transactions-long.csv")
    if os.path.exists(long_path):
        with open(long_path, newline="") as f:
            r = csv.reader(f)
            next(r)
            for a, b, v in r:
                z[index[a], index[b]] += float(v)
    else:
        with open(os.path.join(folder, "transactions.csv"), newline="") as f:
            r = csv.reader(f)
            cols = [index[c] for c in next(r)[1:]]
            for row in r:
                z[index[row[0]], cols] = [float(v) for v in row[1:]]
    x = np.array(out)
    inv = np.where(x > 0, 1.0 / np.where(x > 0, x, 1.0), 0.0)
    return z * inv[None, :], {k: np.array(v) * inv for k, v in coef.items()}


def main():
    folder = sys.argv[1]
    repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    a, coef = read(folder)
    n = a.shape[0]
    best = float("inf")
    for _ in range(repeats):
        t0 = time.perf_counter()
        leontief = np.linalg.inv(np.eye(n) - a)
        output = leontief.sum(axis=0)
        effects = {k: c @ leontief for k, c in coef.items()}
        dt = time.perf_counter() - t0
        best = min(best, dt)
        print(f"n={n} inverse+multipliers {dt:.3f} s (output multiplier of sector 0 {output[0]:.6f}, "
              f"jobs {effects['employment'][0]:.6f})")
    print(f"best {best:.3f} s, numpy {np.__version__}, load {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
