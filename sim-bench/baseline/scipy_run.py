#!/usr/bin/env python3
"""The Python peer of `ripple run` on a large sparse model: one closure, Type I and Type II, end to end.

Two steps, so that the peer reads binary arrays (its best case), not CSV:

    python3 sim-bench/baseline/scipy_run.py prepare /tmp/g200k /tmp/g200k.npz     # once, not timed
    python3 sim-bench/baseline/scipy_run.py run /tmp/g200k.npz S000100 1000 /tmp/peer.csv

`run` does np.load of the arrays, builds A = Z diag(x)^-1 in scipy CSR, solves (I - A) dx1 = d with BiCGSTAB
(relative tolerance 1e-10, started from the direct effect) and the bordered Type II system [[I - A, -c/H], [-w, 1]] dxbar = [d; 0] the same way,
and writes one CSV line per sector (code, Type I output change, Type II output change), the shape of Ripple's
per-sector result. d is minus the closure's annual output in its sector.
"""
import csv
import sys
import time

import numpy as np
import scipy.sparse as sp
import scipy.sparse.linalg as spla

import ripple_model


def prepare(folder, out):
    codes, columns = ripple_model.industry(folder, "output", "labour_income", "household_consumption")
    rows, cols, vals = ripple_model.long_flows(folder, {c: i for i, c in enumerate(codes)})
    labour = np.array(columns["labour_income"])
    income = ripple_model.yaml_number(folder, "household_income")
    np.savez(out, codes=np.array(codes), rows=np.array(rows, dtype=np.int32), cols=np.array(cols, dtype=np.int32),
             vals=np.array(vals), x=np.array(columns["output"]), labour=labour,
             cons=np.array(columns["household_consumption"]),
             income=np.array([float(labour.sum()) if income is None else income]))


def solve(m, d):
    # started from x0 = d (the direct effect): from x0 = 0 with a one-sector d, scipy's BiCGSTAB breaks down (-10)
    dx, info = spla.bicgstab(m, d, x0=d.copy(), rtol=1e-10, atol=0.0)
    if info != 0:
        raise SystemExit("bicgstab did not converge: %d" % info)
    return dx


def run(npz, sector, amount, out):
    t0 = time.perf_counter()
    f = np.load(npz)
    codes, x = f["codes"], f["x"]
    n = len(x)
    inv = ripple_model.inverse_output(x)
    a = sp.csr_matrix((f["vals"] * inv[f["cols"]], (f["rows"], f["cols"])), shape=(n, n))
    i_minus_a = (sp.identity(n, format="csr") - a).tocsr()
    d = np.zeros(n)
    j = int(np.nonzero(codes == sector)[0][0])
    d[j] = -amount
    t1 = time.perf_counter()
    dx1 = solve(i_minus_a, d)
    shares = f["cons"] / f["income"][0]
    w = f["labour"] * inv
    bordered = sp.bmat([[i_minus_a, sp.csr_matrix(-shares[:, None])],
                        [sp.csr_matrix(-w[None, :]), sp.identity(1)]], format="csr")
    dx2 = solve(bordered, np.append(d, 0.0))[:n]
    t2 = time.perf_counter()
    with open(out, "w", newline="") as o:
        wr = csv.writer(o, lineterminator="\n")
        wr.writerow(["code", "type_i_output", "type_ii_output"])
        wr.writerows(zip(codes.tolist(), dx1.tolist(), dx2.tolist()))
    t3 = time.perf_counter()
    print("peer: load and build %.3f s, solve %.3f s, write %.3f s" % (t1 - t0, t2 - t1, t3 - t2),
          file=sys.stderr)


def main():
    if len(sys.argv) == 4 and sys.argv[1] == "prepare":
        prepare(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 6 and sys.argv[1] == "run":
        run(sys.argv[2], sys.argv[3], float(sys.argv[4]), sys.argv[5])
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main()
