#!/usr/bin/env python3
"""The inverse-based peer of `ripple linkages`: linkages and every sector's hypothetical extraction, the way
inverse-based input-output tools compute them, for a side-by-side baseline.

Two steps, so that the timed peer reads binary arrays (its best case), not CSV:

    python3 sim-bench/baseline/numpy_linkages.py prepare /tmp/m5000 /tmp/m5000.npz     # once, not timed
    python3 sim-bench/baseline/numpy_linkages.py run /tmp/m5000.npz /tmp/peer.csv

`run` does np.load of Z (dense) and x, forms A = Z diag(x)^-1, L = inv(I - A) (numpy's LAPACK inverse), the
backward linkages (n b_j / sum b, b the column sums of L), the forward linkages (n g_i / sum g, g the row sums of
G = inv(I - B), B = diag(x)^-1 Z, from the same L: g_i = (L x)_i / x_i), and the output lost by extracting each sector,
x_k b_k / L_kk (the same closed form as Ripple's Extraction: no n reduced inverses), and writes one CSV line per
sector: code, backward, forward, key_sector, output_lost (the columns of `ripple linkages --format csv` except the
name; output lost in plain currency units, the model's unit_factor applied, as Ripple writes it). It prints the seconds of the inverse and the formula on stderr.
"""
import csv
import sys
import time

import numpy as np

import ripple_model


def prepare(folder, out):
    codes, columns = ripple_model.industry(folder, "output")
    z = ripple_model.dense_flows(folder, {c: i for i, c in enumerate(codes)})
    factor = ripple_model.yaml_number(folder, "unit_factor")
    np.savez(out, z=z, x=np.array(columns["output"]), codes=np.array(codes),
             unit_factor=np.array(1.0 if factor is None else factor))


def run(npz, out):
    data = np.load(npz)
    z, x, codes, factor = data["z"], data["x"], data["codes"], float(data["unit_factor"])
    n = len(x)
    t0 = time.perf_counter()
    inv_x = ripple_model.inverse_output(x)
    a = z * inv_x[None, :]
    leontief = np.linalg.inv(np.eye(n) - a)
    b = leontief.sum(axis=0)
    backward = n * b / b.sum()
    g = np.where(x > 0, (leontief @ x) * inv_x, 1.0)
    forward = n * g / g.sum()
    lost = np.where(x > 0, x * b / np.diag(leontief), 0.0)
    dt = time.perf_counter() - t0
    with open(out, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["code", "backward", "forward", "key_sector", "output_lost"])
        for k in range(n):
            w.writerow([codes[k], repr(float(backward[k])), repr(float(forward[k])),
                        "true" if backward[k] > 1 and forward[k] > 1 else "false", repr(float(lost[k] * factor))])
    print(f"n={n} inverse + linkages + extraction {dt:.3f} s, numpy {np.__version__}", file=sys.stderr)


def main():
    if len(sys.argv) == 4 and sys.argv[1] == "prepare":
        prepare(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 4 and sys.argv[1] == "run":
        run(sys.argv[2], sys.argv[3])
    else:
        sys.exit("usage: numpy_linkages.py prepare MODEL_DIR OUT.npz | run IN.npz OUT.csv")


if __name__ == "__main__":
    main()
