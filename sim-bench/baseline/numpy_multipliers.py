#!/usr/bin/env python3
"""The inverse-based multiplier table, as pymrio / useeior / openIO-Canada compute it, for a side-by-side baseline.

Reads a Ripple model folder (industry.csv, and transactions-long.csv or transactions.csv), forms A = Z diag(x)^-1
densely, then times only: L = inv(I - A), output multipliers (column sums of L) and the jobs, labour income and
value-added effects (coefficient-weighted column sums, c @ L). Reading is not timed.

    python3 sim-bench/baseline/numpy_multipliers.py /tmp/m5000 [repeats]

Prints one line per repeat and the best, in seconds. Compare with the 'solve' phase of
`ripple multipliers --model DIR --profile` or with SolverBenchmark.multiplierTable.
"""
import os
import sys
import time

import numpy as np

import ripple_model


def read(folder):
    codes, columns = ripple_model.industry(folder, "output", "employment", "labour_income", "value_added")
    z = ripple_model.dense_flows(folder, {c: i for i, c in enumerate(codes)})
    inv = ripple_model.inverse_output(np.array(columns.pop("output")))
    return z * inv[None, :], {k: np.array(v) * inv for k, v in columns.items()}


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
