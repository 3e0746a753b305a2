#!/usr/bin/env bash
# Writes every output whose numbers must not change in a refactoring into OUT_DIR: each scenario in scenarios/ in
# every format (table, csv, json, xlsx, the HTML report, the timeline, the draws, the sweep), every bundled model's
# multiplier tables (and the by-region tables of the multi-regional model).
# Usage: scripts/capture-numbers.sh RIPPLE_JAR OUT_DIR   (run from the repository root)
# Compare two captures with scripts/compare-numbers.py BEFORE_DIR AFTER_DIR.
set -uo pipefail
jar="$1"
out="$2"
mkdir -p "$out"
r() { java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "$jar" "$@"; }
for s in scenarios/*.yaml scenarios/*.json; do
  b="$(basename "$s")"
  for f in table csv json; do
    r run "$s" --format "$f" --no-color > "$out/run-$b.$f" 2> "$out/run-$b.$f.err"
  done
  r run "$s" --format xlsx --output "$out/run-$b.xlsx" 2> "$out/run-$b.xlsx.err"
  r report "$s" --out "$out/report-$b.html" 2> "$out/report-$b.html.err"
  if grep -q '^sweep:' "$s"; then
    for f in table csv json; do
      r sweep "$s" --format "$f" --no-color > "$out/sweep-$b.$f" 2> "$out/sweep-$b.$f.err"
    done
  fi
  if grep -q 'distribution\|model_uncertainty' "$s"; then
    for f in table csv json; do
      r run "$s" --draws 200 --seed 7 --format "$f" --no-color > "$out/draws-$b.$f" 2> "$out/draws-$b.$f.err"
    done
  fi
done
r sweep scenarios/quebec-amazon-2025.yaml --each closure --format csv > "$out/sweep-each.csv" 2> "$out/sweep-each.csv.err"
r compare scenarios/quebec-amazon-2025.yaml scenarios/quebec-amazon-2025-additive.yaml \
  scenarios/quebec-amazon-2025-recapture.yaml --format csv > "$out/compare.csv" 2> "$out/compare.csv.err"
r compare scenarios/quebec-amazon-2025.yaml scenarios/quebec-amazon-2025-additive.yaml --format json \
  > "$out/compare.json" 2> "$out/compare.json.err"
for m in $(ls models | grep -v '\.txt$'); do
  for f in table csv json; do
    r multipliers --model "$m" --format "$f" --no-color > "$out/multipliers-$m.$f" 2> "$out/multipliers-$m.$f.err"
  done
done
for f in table csv json; do
  r multipliers --model canada-provinces-2021 --by-region --format "$f" --no-color \
    > "$out/multipliers-by-region.$f" 2> "$out/multipliers-by-region.$f.err"
done
