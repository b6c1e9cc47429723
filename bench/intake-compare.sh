#!/usr/bin/env bash
# Intake throughput of this checkout side by side with an earlier revision, in the same run:
# base, current, base, current, so a change in machine load hits both alike.
# Usage: bench/intake-compare.sh REVISION [notes-per-round (1000)] [measured rounds (3)]
# The revision is exported with git archive into target/bench-base/ and built there offline.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
REV="${1:?usage: bench/intake-compare.sh REVISION [notes] [rounds]}"
NOTES="${2:-1000}"
ROUNDS="${3:-3}"
BASE="$HERE/target/bench-base"
rm -rf "$BASE"
mkdir -p "$BASE"
git -C "$HERE" archive "$REV" | tar -x -C "$BASE"
echo "== load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for pass in 1 2; do
  echo "== pass $pass: base $REV"
  (cd "$BASE" && bench/intake.sh "$NOTES" "$ROUNDS") | grep -E "rate|notes/s|median|read stage" || true
  echo "== pass $pass: current $(git -C "$HERE" rev-parse --short HEAD)"
  (cd "$HERE" && bench/intake.sh "$NOTES" "$ROUNDS") | grep -E "rate|notes/s|median|read stage" || true
done
echo "== load after: $(cut -d' ' -f1-3 /proc/loadavg)"
