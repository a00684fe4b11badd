#!/usr/bin/env bash
# Benchmark: `plo validate` against `xmllint --schema` over the same corpus, in the same run.
#
# Builds release, makes a corpus of >= 4,000 of our own messages with `plo simulate`, prints the
# driver schema plo compiles (so xmllint validates against exactly the same schema set), then times
# (best of RUNS):
#   xmllint --nonet --noout --schema driver.xsd FILES…      (one process, schema compiled once)
#   plo validate --no-profile            (XSD only, all cores)
#   plo validate                         (XSD + PLO profile, all cores)
#   plo validate --no-profile --jobs 1   (XSD only, one core: the like-for-like comparison)
# and prints messages/second and the ratios; also user-space instructions per message (perf, or
# valgrind where perf has no hardware counters; skipped with a note without either)
# (one core) for XSD only, XSD + profile, and XSD + profile writing --format json (the report's cost).
#
# Usage: Benchmarks/validate.sh [STAYS] [RUNS]     (defaults: 700 stays ≈ 5,000 messages, 5 runs)
#        CORPUS=official Benchmarks/validate.sh       (4,400 copies of the official examples)
#        SCHEMAS=../shared/reference/ehelse/schemas Benchmarks/validate.sh   (official set instead)
set -euo pipefail
cd "$(dirname "$0")/.."
STAYS="${1:-700}"
RUNS="${2:-5}"
SCRATCH="${SCRATCH:-.build}"

if ! command -v xmllint >/dev/null; then
  echo "installing xmllint (libxml2-utils)…" >&2
  apt-get install -y -qq libxml2-utils >/dev/null
fi

# Built as scripts/install.sh builds it (and Benchmarks/startup.sh): static Swift standard
# library, position-dependent, no exported symbols — the binary users run.
# PLO is plo-lean, what install.sh installs as PREFIX/bin/plo; the full plo simulates the corpus.
build=(swift build -c release --scratch-path "$SCRATCH" --static-swift-stdlib -Xlinker -no-pie -Xlinker --no-export-dynamic)
"${build[@]}" --product plo >&2
"${build[@]}" --product plo-lean >&2
FULL="$("${build[@]}" --show-bin-path)/plo"
PLO="$("${build[@]}" --show-bin-path)/plo-lean"
TMP="$(mktemp -d "${TMPDIR:-/tmp}/plo-validate-bench.XXXXXX")"
trap 'rm -rf "$TMP"' EXIT

# CORPUS=simulated (default): our own simulated messages, ~3.7 KB each.
# CORPUS=official: the 22 official PLO 1.6 examples (5–7 KB), copied 200 times into the temp folder
#   (read from ../shared in place; nothing is copied into the project).
if [ "${CORPUS:-simulated}" = "official" ]; then
  EXAMPLES=../shared/reference/ehelse/examples/plo-1.6
  [ -d "$EXAMPLES" ] || { echo "no $EXAMPLES" >&2; exit 2; }
  mkdir -p "$TMP/corpus/messages"
  i=0
  for n in $(seq 200); do
    for f in "$EXAMPLES"/*/*.xml; do i=$((i + 1)); cp "$f" "$TMP/corpus/messages/$(printf %06d $i).xml"; done
  done
else
  "$FULL" simulate --stays "$STAYS" --seed 42 --no-apprec --start 2026-01-05T00:00 --out "$TMP/corpus" >/dev/null
fi
CORPUS="$TMP/corpus/messages"
COUNT=$(find "$CORPUS" -name '*.xml' | wc -l)
BYTES=$(du -sb "$CORPUS" | cut -f1)
SCHEMA_ARGS=()
if [ -n "${SCHEMAS:-}" ]; then SCHEMA_ARGS=(--schemas "$SCHEMAS"); fi
"$PLO" schema-driver "${SCHEMA_ARGS[@]}" > "$TMP/driver.xsd"
mapfile -t FILES < <(find "$CORPUS" -name '*.xml' | sort)


echo "corpus: $COUNT messages, $((BYTES / 1024)) KiB, $(nproc) cores, libxml2 $(xmllint --version 2>&1 | head -1 | awk '{print $NF}')"
[ "$COUNT" -ge 4000 ] || { echo "corpus too small ($COUNT < 4000): raise STAYS" >&2; exit 1; }

# Same verdicts first: both must call every message valid.
XMLLINT_FAIL=$(xmllint --nonet --noout --schema "$TMP/driver.xsd" "${FILES[@]}" 2>&1 | grep -c 'fails to validate' || true)
PLO_INVALID=$("$PLO" validate --no-profile --format json "${SCHEMA_ARGS[@]}" "$CORPUS" | python3 -c "import json,sys; print(json.load(sys.stdin)['summary']['invalid'])")
echo "verdicts: xmllint invalid=$XMLLINT_FAIL, plo invalid=$PLO_INVALID"

# The five commands run in turn, RUNS rounds, so that a slow spell of the machine hits all of
# them alike; each keeps its best time.
read -r T_XMLLINT T_XSD T_FULL T_XSD1 T_FULL1 < <(
  python3 - "$RUNS" "$TMP/driver.xsd" "$PLO" "$CORPUS" "${SCHEMA_ARGS[@]}" <<'PY'
import subprocess, sys, time
runs, driver, plo, corpus, schema_args = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5:]
import glob
files = sorted(glob.glob(corpus + "/**/*.xml", recursive=True))
commands = [
    ["xmllint", "--nonet", "--noout", "--schema", driver] + files,
    [plo, "validate", "--no-profile"] + schema_args + [corpus],
    [plo, "validate"] + schema_args + [corpus],
    [plo, "validate", "--no-profile", "--jobs", "1"] + schema_args + [corpus],
    [plo, "validate", "--jobs", "1"] + schema_args + [corpus],
]
best = [float("inf")] * len(commands)
for _ in range(runs):
    for index, command in enumerate(commands):
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        best[index] = min(best[index], time.perf_counter() - start)
print(" ".join(f"{t:.6f}" for t in best))
PY
)

# Instruction counts (user space, one core): repeatable whatever else the machine is doing,
# so the profile's cost shows even where wall times are noisy. perf's hardware counter where the
# machine has one (many VMs answer `<not supported>`), else valgrind's (callgrind: every
# instruction, ~50x slower, so on the first VALGRIND_FILES messages only), else none, with a note.
perf_count() { perf stat -e instructions:u -x, "$@" 2>&1 >/dev/null | tail -1 | cut -d, -f1; }
valgrind_count() {
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null |
    sed -n 's/.*Collected : \([0-9][0-9]*\).*/\1/p' | tail -1
}
COUNTER=""
if command -v perf >/dev/null && [[ "$(perf_count true)" =~ ^[0-9]+$ ]]; then
  COUNTER=perf
elif command -v valgrind >/dev/null; then
  COUNTER=valgrind
fi
if [ -z "$COUNTER" ]; then
  echo "instructions/message: skipped (perf has no hardware counters here and valgrind is not installed)"
else
  if [ "$COUNTER" = perf ]; then
    count() { perf_count "$@"; }
    COUNTED=("${FILES[@]}")
  else
    # valgrind cannot read the debug info of the release binary ("possibly corrupted
    # debuginfo"): it counts a stripped copy, the same code, told where the schemas are.
    strip -o "$TMP/plo-stripped" "$PLO"
    count() {
      if [ "$1" = "$PLO" ]; then
        shift
        PLOKIT_SCHEMAS="$PWD/Schemas" valgrind_count "$TMP/plo-stripped" "$@"
      else
        valgrind_count "$@"
      fi
    }
    COUNTED=("${FILES[@]:0:${VALGRIND_FILES:-300}}")
  fi
  N_COUNTED=${#COUNTED[@]}
  I_XMLLINT=$(count xmllint --nonet --noout --schema "$TMP/driver.xsd" "${COUNTED[@]}")
  I_XSD=$(count "$PLO" validate --no-profile --jobs 1 "${SCHEMA_ARGS[@]}" "${COUNTED[@]}")
  I_FULL=$(count "$PLO" validate --jobs 1 "${SCHEMA_ARGS[@]}" "${COUNTED[@]}")
  # The same run writing the JSON report instead of text: the difference is the report's cost.
  I_JSON=$(count "$PLO" validate --jobs 1 --format json "${SCHEMA_ARGS[@]}" "${COUNTED[@]}")
  if [[ "$I_XMLLINT$I_XSD$I_FULL$I_JSON" =~ ^[0-9]+$ ]]; then
    python3 -c "
n=$N_COUNTED; xl=$I_XMLLINT; xsd=$I_XSD; full=$I_FULL; js=$I_JSON
print(f'instructions/message ($COUNTER, {n} messages): xmllint {xl/n:,.0f}, plo XSD only {xsd/n:,.0f}, plo XSD + profile {full/n:,.0f} (profile +{(full/xsd-1)*100:.1f}%)')
print(f'instructions/message: plo XSD + profile --format json {js/n:,.0f} (JSON report {(js-full)/n:+,.0f} per message vs text)')"
  else
    echo "instructions/message: skipped ($COUNTER gave no count: '$I_XMLLINT' '$I_XSD' '$I_FULL' '$I_JSON')"
  fi
fi

python3 - "$COUNT" "$T_XMLLINT" "$T_XSD" "$T_FULL" "$T_XSD1" "$T_FULL1" <<'PY'
import sys
n = int(sys.argv[1]); xl, xsd, full, xsd1, full1 = map(float, sys.argv[2:])
rows = [("xmllint --schema (1 process)", xl), ("plo validate --no-profile (all cores)", xsd),
        ("plo validate, XSD + profile (all cores)", full), ("plo validate --no-profile --jobs 1", xsd1),
        ("plo validate, XSD + profile --jobs 1", full1)]
for name, t in rows:
    print(f"{name:42s} {t:7.3f} s  {n / t:9.0f} msg/s  {xl / t:5.2f}x xmllint")
print(f"profile cost: +{(full / xsd - 1) * 100:.1f}% (all cores), +{(full1 / xsd1 - 1) * 100:.1f}% (one core)")
PY
