#!/usr/bin/env bash
# Benchmark: `plo simulate` writing ~1,000,000 messages (PLO + AppRec) to a temp directory.
# Prints wall time, messages/second and peak RSS. Usage: Benchmarks/simulate.sh [MESSAGES] [SEED]
set -euo pipefail
cd "$(dirname "$0")/.."
MESSAGES="${1:-1000000}"
SEED="${2:-1}"
SCRATCH="${SCRATCH:-.build-sim}"

if [ ! -x /usr/bin/time ]; then
  echo "installing GNU time (for peak RSS)…" >&2
  (apt-get install -y time >/dev/null 2>&1 || sudo apt-get install -y time >/dev/null 2>&1) || true
fi

swift build -c release --scratch-path "$SCRATCH" --product plo >&2
PLO="$SCRATCH/release/plo"
OUT="$(mktemp -d "${TMPDIR:-/tmp}/plo-sim-bench.XXXXXX")"
trap 'rm -rf "$OUT"' EXIT
# --messages stops admitting stays at the target; open stays finish, so the total is slightly above it.
# --stays is a generous upper bound; 200 admissions/day keeps ~1,500 stays open at a time.
ARGS=(simulate --stays 10000000 --messages "$MESSAGES" --seed "$SEED" --out "$OUT/run" --start 2026-01-05T00:00)
SCENARIO="$OUT/bench.yaml"
printf 'name: benchmark\narrivalsPerDay: 200\n' > "$SCENARIO"
ARGS+=(--scenario "$SCENARIO")

START=$(date +%s.%N)
if [ -x /usr/bin/time ]; then
  /usr/bin/time -v "$PLO" "${ARGS[@]}" 2> "$OUT/time.txt" | tee "$OUT/stdout.txt"
  RSS_KB=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$OUT/time.txt")
else
  "$PLO" "${ARGS[@]}" | tee "$OUT/stdout.txt"
  RSS_KB="n/a"
fi
END=$(date +%s.%N)
WRITTEN=$(sed -n 's/.*wrote \([0-9]*\) messages.*/\1/p' "$OUT/stdout.txt")
WALL=$(echo "$END - $START" | bc -l)
RATE=$(echo "$WRITTEN / $WALL" | bc -l)
printf 'messages:      %d\n' "$WRITTEN"
printf 'wall time:     %.1f s\n' "$WALL"
printf 'messages/s:    %.0f\n' "$RATE"
printf 'peak RSS:      %s kB\n' "$RSS_KB"
printf 'output size:   %s\n' "$(du -sh "$OUT/run" | cut -f1)"
