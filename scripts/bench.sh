#!/usr/bin/env bash
# Prints the figures issue 6 sets targets for, on one core, each the median of
# COUNT runs:
#   - every stage over the same bytes (the .txt and .md documents of
#     ../shared/corpus) beside a bare golang.org/x/text NFC pass, the practical
#     ceiling for Vietnamese text processing (targets: full parse >= 50 MB/s and
#     >= 1/3 of NFC; references >= 100 MB/s);
#   - linearity: one document parsed as it is and repeated 2 and 8 times (the
#     time per byte may grow by at most 25%);
#   - peak heap of one parse as a multiple of its input (at most 4x);
#   - the whole process: `vanban batch -j 1 --quiet -o /dev/null -` over the
#     same documents (paths on standard input, the list given four times so
#     that a run lasts long enough to time), wall time from start to exit,
#     beside the NFC pass of this same run (issue 11 asks for >= 0.25 of it).
#
#   scripts/bench.sh [COUNT]
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-5}"
out="$(mktemp)"
work="$(mktemp -d)"
trap 'rm -rf "$out" "$work"' EXIT
go test ./parser -run '^$' -bench '^Benchmark(NFC|Stage)' -benchmem -cpu 1 -count "$count" -benchtime 3x > "$out"
go test ./parser -run '^$' -bench '^BenchmarkLinear' -cpu 1 -count "$count" -benchtime 200x >> "$out"
go test ./parser -run '^$' -bench '^BenchmarkPeakMemory' -cpu 1 -count "$count" -benchtime 2x >> "$out"
grep -q '^BenchmarkStage' "$out" || { cat "$out"; echo "no benchmark ran (is ../shared/corpus there?)"; exit 1; }

# The whole process, timed as a user sees it; each run prints a line the awk
# below reads like a benchmark line.
go build -o "$work/vanban" ./cmd/vanban
for f in ../shared/corpus/*.txt ../shared/corpus/*.md; do
  case "$f" in */SOURCES.md) continue ;; esac
  printf '%s\n' "$f"
done > "$work/once"
cat "$work/once" "$work/once" "$work/once" "$work/once" > "$work/list"
batch_bytes=$(xargs -d '\n' cat < "$work/list" | wc -c)
for _ in $(seq 1 "$count"); do
  s=$(date +%s%N)
  "$work/vanban" batch -j 1 --quiet -o /dev/null - < "$work/list"
  e=$(date +%s%N)
  awk -v b="$batch_bytes" -v ns="$((e - s))" 'BEGIN { printf "BenchmarkProcess 1 %d ns/op %.2f MB/s\n", ns, b / 1e6 / (ns / 1e9) }' >> "$out"
done
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
    if (s ~ /^(Linear|PeakMemory|Process)/) continue
    printf "%-12s %10.1f %14s %12s\n", s, median(mbs[s]), bop[s], aop[s]
  }
  printf "full parse / NFC: %.2f\n\n", median(mbs["Parse"]) / median(mbs["NFC"])
  printf "%-44s %10s %10s %8s\n", "whole process", "MB/s", "NFC MB/s", "ratio"
  printf "%-44s %10.1f %10.1f %8.2f\n\n", "vanban batch -j 1 --quiet -o /dev/null -", median(mbs["Process"]), median(mbs["NFC"]), median(mbs["Process"]) / median(mbs["NFC"])
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
