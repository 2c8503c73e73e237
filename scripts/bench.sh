#!/usr/bin/env bash
# Prints the figures issue 6 sets targets for, on one core, each the median of
# COUNT runs:
#   - every stage over the same bytes (the .txt and .md documents of
#     ../shared/corpus) beside a bare golang.org/x/text NFC pass, the practical
#     ceiling for Vietnamese text processing (targets: full parse >= 50 MB/s and
#     >= 1/3 of NFC; references >= 100 MB/s);
#   - linearity: one document parsed as it is and repeated 2 and 8 times (the
#     time per byte may grow by at most 25%);
#   - peak heap of one parse as a multiple of its input (at most 4x).
#
#   scripts/bench.sh [COUNT]
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-5}"
out="$(mktemp)"
trap 'rm -f "$out"' EXIT
go test ./parser -run '^$' -bench '^Benchmark(NFC|Stage)' -benchmem -cpu 1 -count "$count" -benchtime 3x > "$out"
go test ./parser -run '^$' -bench '^BenchmarkLinear' -cpu 1 -count "$count" -benchtime 200x >> "$out"
go test ./parser -run '^$' -bench '^BenchmarkPeakMemory' -cpu 1 -count "$count" -benchtime 2x >> "$out"
grep -q '^BenchmarkStage' "$out" || { cat "$out"; echo "no benchmark ran (is ../shared/corpus there?)"; exit 1; }
awk '
function median(list,   a, i, j, t, m) {
  m = split(list, a, " ")
  for (i = 2; i <= m; i++) for (j = i; j > 1 && a[j-1]+0 > a[j]+0; j--) { t = a[j]; a[j] = a[j-1]; a[j-1] = t }
  return (m % 2) ? a[(m+1)/2] : (a[m/2] + a[m/2+1]) / 2
}
/^Benchmark/ {
  name=$1; sub(/^Benchmark/, "", name); sub(/^Stage/, "", name); sub(/-[0-9]+$/, "", name)
  for (i = 2; i <= NF; i++) {
    if ($(i+1) == "MB/s") mbs[name] = mbs[name] " " $i
    if ($(i+1) == "ns/op") ns[name] = ns[name] " " $i
    if ($(i+1) == "B/op") bop[name] = $i
    if ($(i+1) == "allocs/op") aop[name] = $i
    if ($(i+1) == "peak/input") peak[name] = peak[name] " " $i
  }
  if (!(name in seen)) { seen[name] = 1; order[++n] = name }
}
END {
  printf "%-12s %10s %14s %12s\n", "stage", "MB/s", "bytes/op", "allocs/op"
  for (k = 1; k <= n; k++) {
    s = order[k]
    if (s ~ /^(Linear|PeakMemory)/) continue
    printf "%-12s %10.1f %14s %12s\n", s, median(mbs[s]), bop[s], aop[s]
  }
  printf "full parse / NFC: %.2f\n\n", median(mbs["Parse"]) / median(mbs["NFC"])
  printf "%-12s %10s %16s\n", "linearity", "MB/s", "time/byte vs x1"
  base = 1 / median(mbs["Linear/x1"])
  for (k = 1; k <= n; k++) {
    s = order[k]
    if (s !~ /^Linear/) continue
    printf "%-12s %10.1f %15.2fx\n", s, median(mbs[s]), (1 / median(mbs[s])) / base
  }
  printf "\n%-20s %12s\n", "peak heap", "x input"
  for (k = 1; k <= n; k++) {
    s = order[k]
    if (s !~ /^PeakMemory/) continue
    printf "%-20s %12.2f\n", s, median(peak[s])
  }
}' "$out"
