#!/usr/bin/env bash
# Runs every shell command of README.md (the lines of its ```sh blocks), in
# order, in a fresh clone of this repository with ../shared beside it, and
# checks that each exits 0 and prints something (on standard output or
# error). `go install` and `go build` print nothing when they work: for them
# the check is that vanban is then on the PATH.
#
# Usage: scripts/readme-commands.sh [README]
#   README_SKIP_GO_TEST=1 skips `go test` lines (.ci/run runs the tests itself).
# The clone is of the committed HEAD; `go install` puts vanban in the clone's
# own bin folder, first on the PATH, so nothing outside the clone changes.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
readme="$(cd "$(dirname "${1:-$repo/README.md}")" && pwd)/$(basename "${1:-README.md}")"
shared="$(cd "$repo/.." && pwd)/shared"
[ -d "$shared" ] || { echo "readme-commands: $shared is absent (the README's commands read ../shared)"; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
git clone -q "$repo" "$work/vanban"
ln -s "$shared" "$work/shared"
export GOBIN="$work/bin"
export PATH="$GOBIN:/usr/local/go/bin:$PATH"
cd "$work/vanban"

# the lines of the ```sh blocks, in order
mapfile -t commands < <(awk '/^```sh$/{on=1; next} /^```/{on=0} on && NF' "$readme")
[ "${#commands[@]}" -gt 0 ] || { echo "readme-commands: no \`\`\`sh block in $readme"; exit 1; }

failed=0
for c in "${commands[@]}"; do
  if [ "${README_SKIP_GO_TEST:-}" = 1 ] && [[ "$c" == "go test"* ]]; then
    echo "skip  $c"
    continue
  fi
  status=0
  out="$(bash -c "$c" 2>&1)" || status=$?
  if [ "$status" -ne 0 ]; then
    echo "FAIL  $c   (exit $status)"; printf '%s\n' "$out" | tail -n 5 | sed 's/^/      /'
    failed=1
  elif [[ "$c" == "go install"* || "$c" == "go build"* ]]; then
    if command -v vanban >/dev/null; then echo "ok    $c"; else echo "FAIL  $c   (no vanban on the PATH after it)"; failed=1; fi
  elif [ -z "$out" ]; then
    echo "FAIL  $c   (printed nothing)"; failed=1
  else
    echo "ok    $c   ($(printf '%s\n' "$out" | wc -l) lines)"
  fi
done
exit "$failed"
