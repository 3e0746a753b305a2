#!/usr/bin/env python3
"""Compares two captures made by scripts/capture-numbers.sh: every number must agree to 1e-12 relative.

Usage: scripts/compare-numbers.py BEFORE_DIR AFTER_DIR

JSON files are compared value by value (same keys; numbers within tolerance; text must match), CSV files cell by
cell (a new CSV may add rows after the old ones, e.g. a table at its end, never change or drop one), and the other outputs (terminal tables, HTML pages, XLSX workbooks) as the sequence of numbers they contain:
every number of the old output must appear, in order, in the new one (a new output may add a section, never change
or drop a number). Prints one line per difference and a summary; exits 1 when a number differs or a file is missing.
"""
import csv
import io
import json
import math
import os
import re
import sys
import zipfile

REL = 1e-12
ABS = 1e-9
NUMBER = re.compile(r'(?<![\w.])-?\d[\d,]*(?:\.\d+)?(?:[eE][-+]?\d+)?(?![\w])')


def close(a, b):
    if a == b:
        return True
    if math.isnan(a) and math.isnan(b):
        return True
    return abs(a - b) <= max(REL * max(abs(a), abs(b)), ABS)


def numbers(text):
    out = []
    for m in NUMBER.finditer(text):
        token = m.group(0)
        try:
            out.append(float(token.replace(',', '')))
        except ValueError:
            pass
    return out


def xlsx_text(path):
    """The workbook's sheets as text, each shared-string cell as its string (not its index into the string table,
    which shifts when a sheet adds strings), then the string table itself."""
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        strings = []
        if 'xl/sharedStrings.xml' in names:
            xml = z.read('xl/sharedStrings.xml').decode('utf-8')
            for si in re.findall(r'<si>(.*?)</si>', xml, re.S):
                strings.append(''.join(re.findall(r'<t[^>]*>([^<]*)</t>', si)))
        parts = []
        for n in sorted(n for n in names if n.startswith('xl/worksheets/')):
            xml = z.read(n).decode('utf-8')
            cells = []
            for attrs, body in re.findall(r'<c\b([^>]*?)(?:/>|>(.*?)</c>)', xml, re.S):
                v = re.search(r'<v>([^<]*)</v>', body or '')
                if v is None:
                    cells.extend(re.findall(r'<t[^>]*>([^<]*)</t>', body or ''))
                elif re.search(r'\bt="s"', attrs):
                    cells.append(strings[int(v.group(1))])
                else:
                    cells.append(v.group(1))
            parts.append(' '.join(cells))
        return '\n'.join(parts)


def compare_json(a, b, where, diffs, texts):
    if isinstance(a, bool) or isinstance(b, bool) or a is None or b is None:
        if a != b:
            diffs.append(f'{where}: {a!r} -> {b!r}')
        return
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        if not close(float(a), float(b)):
            diffs.append(f'{where}: {a!r} -> {b!r}')
        return
    if isinstance(a, dict) and isinstance(b, dict):
        for k in a:
            if k not in b:
                diffs.append(f'{where}.{k}: missing')
            else:
                compare_json(a[k], b[k], f'{where}.{k}', diffs, texts)
        for k in b:
            if k not in a:
                texts.append(f'{where}.{k}: added')
        return
    if isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            diffs.append(f'{where}: {len(a)} entries -> {len(b)}')
        for i, (x, y) in enumerate(zip(a, b)):
            compare_json(x, y, f'{where}[{i}]', diffs, texts)
        return
    if isinstance(a, str) and isinstance(b, str):
        if a != b:
            texts.append(f'{where}: text changed')
        return
    diffs.append(f'{where}: {type(a).__name__} -> {type(b).__name__}')


def as_number(cell):
    try:
        return float(cell)
    except ValueError:
        return None


def compare_csv(ta, tb, diffs, texts):
    ra = list(csv.reader(io.StringIO(ta)))
    rb = list(csv.reader(io.StringIO(tb)))
    if len(rb) > len(ra):
        texts.append(f'{len(rb) - len(ra)} rows added after the old ones')
    elif len(ra) != len(rb):
        diffs.append(f'{len(ra)} rows -> {len(rb)}')
    for i, (x, y) in enumerate(zip(ra, rb)):
        if len(x) != len(y):
            diffs.append(f'row {i + 1}: {len(x)} cells -> {len(y)}')
            continue
        for j, (p, q) in enumerate(zip(x, y)):
            u, v = as_number(p), as_number(q)
            if u is not None and v is not None:
                if not close(u, v):
                    diffs.append(f'row {i + 1} cell {j + 1}: {p} -> {q}')
            elif p != q:
                texts.append(f'row {i + 1} cell {j + 1}: {p!r} -> {q!r}')


def compare_sequence(ta, tb, diffs, texts):
    na, nb = numbers(ta), numbers(tb)
    if len(na) == len(nb):
        for i, (x, y) in enumerate(zip(na, nb)):
            if not close(x, y):
                diffs.append(f'number {i + 1}: {x!r} -> {y!r}')
        return
    k = 0
    for i, x in enumerate(na):
        while k < len(nb) and not close(x, nb[k]):
            k += 1
        if k == len(nb):
            diffs.append(f'number {i + 1} ({x!r}) not found in order in the new output')
            return
        k += 1
    texts.append(f'{len(nb) - len(na)} numbers added')


def read(path):
    if path.endswith('.xlsx'):
        return xlsx_text(path)
    with open(path, encoding='utf-8', errors='replace') as f:
        return f.read()


def main(before, after):
    failed = 0
    compared = 0
    for name in sorted(os.listdir(before)):
        if name.endswith('.err'):
            continue
        pa, pb = os.path.join(before, name), os.path.join(after, name)
        if not os.path.exists(pb):
            print(f'{name}: missing in {after}')
            failed += 1
            continue
        ta, tb = read(pa), read(pb)
        diffs, texts = [], []
        if name.endswith('.json') and ta.strip() and tb.strip():
            try:
                compare_json(json.loads(ta), json.loads(tb), '$', diffs, texts)
            except json.JSONDecodeError as e:
                diffs.append(f'not JSON: {e}')
        elif name.endswith('.csv'):
            compare_csv(ta, tb, diffs, texts)
        else:
            compare_sequence(ta, tb, diffs, texts)
        compared += 1
        for d in diffs[:10]:
            print(f'{name}: {d}')
        if len(diffs) > 10:
            print(f'{name}: ... {len(diffs) - 10} more')
        for t in texts[:3]:
            print(f'{name}: (text) {t}')
        failed += bool(diffs)
    print(f'{compared} outputs compared, {failed} with differing numbers or missing')
    return 1 if failed else 0


if __name__ == '__main__':
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2]))
