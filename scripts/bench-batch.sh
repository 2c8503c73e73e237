#!/usr/bin/env bash
# Measures `vanban batch` throughput with 1 and 2 workers over the text
# documents of ../shared/corpus (or a directory given as $1) and prints the
# speed-up. Issue 5 asks for >= 1.8x with 2 workers on 2 cores.
#
#   scripts/bench-batch.sh [DIR] [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
dir="${1:-../shared/corpus}"
rounds="${2:-5}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

go build -o "$work/vanban" ./cmd/vanban
# the text documents, copied several times so that one run lasts long enough to time
mkdir -p "$work/in"
for r in $(seq 1 4); do
  for f in "$dir"/*.txt "$dir"/*.md; do
    [ -f "$f" ] || continue
    cp "$f" "$work/in/$r-$(basename "$f")"
  done
done
docs=$(ls "$work/in" | wc -l)
bytes=$(cat "$work/in"/* | wc -c)

best() { # best wall time of $rounds runs with -j $1
  local b=""
  for _ in $(seq 1 "$rounds"); do
    local s e t
    s=$(date +%s.%N)
    "$work/vanban" batch --quiet -j "$1" -o "$work/out.jsonl" "$work/in"
    e=$(date +%s.%N)
    t=$(echo "$e - $s" | bc -l)
    if [ -z "$b" ] || [ "$(echo "$t < $b" | bc -l)" = 1 ]; then b=$t; fi
  done
  echo "$b"
}

t1=$(best 1)
t2=$(best 2)
printf 'inputs: %d documents, %.1f MB; cores: %s\n' "$docs" "$(echo "$bytes/1000000" | bc -l)" "$(nproc)"
printf '%-10s %10s %12s %10s\n' workers seconds documents/s MB/s
for j in 1 2; do
  t=$([ $j = 1 ] && echo "$t1" || echo "$t2")
  printf '%-10s %10.3f %12.1f %10.1f\n' "$j" "$t" "$(echo "$docs/$t" | bc -l)" "$(echo "$bytes/1000000/$t" | bc -l)"
done
printf 'speed-up with 2 workers: %.2fx\n' "$(echo "$t1/$t2" | bc -l)"
