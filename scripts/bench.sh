#!/usr/bin/env bash
# Prints one table of vanban's stages beside a bare golang.org/x/text NFC
# pass over the same bytes (the .txt and .md documents of ../shared/corpus),
# on one core, the median of COUNT runs. Issue 6's targets: full parse >= 50
# MB/s, references >= 100 MB/s.
#
#   scripts/bench.sh [COUNT]
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-5}"
out="$(mktemp)"
trap 'rm -f "$out"' EXIT
go test ./parser -run '^$' -bench '^Benchmark(NFC|Stage)' -benchmem -cpu 1 -count "$count" -benchtime 3x > "$out"
grep -q '^Benchmark' "$out" || { cat "$out"; echo "no benchmark ran (is ../shared/corpus there?)"; exit 1; }
awk '
/^Benchmark/ {
  name=$1; sub(/^Benchmark/, "", name); sub(/^Stage/, "", name)
  for (i = 2; i <= NF; i++) {
    if ($(i+1) == "MB/s") mbs[name] = mbs[name] " " $i
    if ($(i+1) == "B/op") bop[name] = $i
    if ($(i+1) == "allocs/op") aop[name] = $i
  }
  if (!(name in seen)) { seen[name] = 1; order[++n] = name }
}
function median(list,   a, i, j, t, m) {
  m = split(list, a, " ")
  for (i = 2; i <= m; i++) for (j = i; j > 1 && a[j-1]+0 > a[j]+0; j--) { t = a[j]; a[j] = a[j-1]; a[j-1] = t }
  return (m % 2) ? a[(m+1)/2] : (a[m/2] + a[m/2+1]) / 2
}
END {
  printf "%-12s %10s %14s %12s\n", "stage", "MB/s", "bytes/op", "allocs/op"
  for (k = 1; k <= n; k++) {
    s = order[k]
    printf "%-12s %10.1f %14s %12s\n", s, median(mbs[s]), bop[s], aop[s]
  }
}' "$out"
