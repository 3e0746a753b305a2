"""Reading a Ripple model folder, for the Python peers in this folder (numpy_multipliers.py, numpy_linkages.py,
scipy_run.py): the sector codes and columns of industry.csv, the flows of transactions-long.csv (or of the square
transactions.csv) as triplets or as a dense array, and a top-level number of model.yaml.
"""
import csv
import os

import numpy as np


def industry(folder, *columns):
    """The codes of industry.csv in file order, and each named column as a list of floats."""
    codes = []
    values = {c: [] for c in columns}
    with open(os.path.join(folder, "industry.csv"), newline="") as f:
        for row in csv.DictReader(f):
            codes.append(row["code"])
            for c in columns:
                values[c].append(float(row[c]))
    return codes, values


def long_flows(folder, index):
    """The rows of transactions-long.csv as three lists: from and to positions (by index, code -> position), value."""
    rows, cols, vals = [], [], []
    with open(os.path.join(folder, "transactions-long.csv"), newline="") as f:
        r = csv.reader(f)
        next(r)
        for a, b, v in r:
            rows.append(index[a])
            cols.append(index[b])
            vals.append(float(v))
    return rows, cols, vals


def dense_flows(folder, index):
    """Z as an n x n array, from transactions-long.csv when the folder has it, else from transactions.csv."""
    n = len(index)
    z = np.zeros((n, n))
    if os.path.exists(os.path.join(folder, "transactions-long.csv")):
        rows, cols, vals = long_flows(folder, index)
        np.add.at(z, (np.array(rows, dtype=np.intp), np.array(cols, dtype=np.intp)), np.array(vals))
    else:
        with open(os.path.join(folder, "transactions.csv"), newline="") as f:
            r = csv.reader(f)
            cols = [index[c] for c in next(r)[1:]]
            for row in r:
                z[index[row[0]], cols] = [float(v) for v in row[1:]]
    return z


def yaml_number(folder, key):
    """The number on model.yaml's top-level line 'key: value', or None when it has none."""
    with open(os.path.join(folder, "model.yaml")) as f:
        for line in f:
            if line.startswith(key + ":"):
                return float(line.split(":", 1)[1])
    return None


def inverse_output(x):
    """1 / x where x > 0, else 0 (a zero-output sector's column of coefficients is zero, as in Ripple)."""
    return np.where(x > 0, 1.0 / np.where(x > 0, x, 1.0), 0.0)
