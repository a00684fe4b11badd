#!/usr/bin/env bash
# Benchmark: the one-file CI call. `plo validate one.xml` against `xmllint --schema` with the
# same driver schema (plo schema-driver), timed by hyperfine in one run, so both see the same
# machine. Also times the full plo on the same call, and start-up alone (a missing file: process,
# loader, Swift runtime, no schema).
#
# plo is built as scripts/install.sh builds it: release, Swift standard library and Foundation
# linked statically (--static-swift-stdlib), position-dependent (-Xlinker -no-pie), no symbols
# exported (-Xlinker --no-export-dynamic); "plo" is plo-lean, which install.sh installs as
# PREFIX/bin/plo, "full plo" the executable with every command (PREFIX/libexec/plokit/plo).
# Where the start-up time goes, and the levers measured: docs/performance.md. With DYNAMIC=1 a dynamically linked release build
# (the default `swift build -c release`, in .build-dynamic) is timed beside it.
#
# Usage: Benchmarks/startup.sh [FILE] [RUNS]   (defaults: Fixtures/messages/innlagt.xml, 40 runs)
# Needs: hyperfine (apt-get install hyperfine), xmllint (libxml2-utils).
# Goal (issue 13): plo validate ≤ 1.2 × xmllint's wall time on one file.
set -euo pipefail
cd "$(dirname "$0")/.."
FILE="${1:-Fixtures/messages/innlagt.xml}"
RUNS="${2:-40}"
for tool in hyperfine xmllint; do
  command -v "$tool" >/dev/null || { echo "skip: $tool not installed (apt-get install hyperfine libxml2-utils)"; exit 0; }
done

build=(swift build -c release --static-swift-stdlib -Xlinker -no-pie -Xlinker --no-export-dynamic)
"${build[@]}" --product plo >&2
"${build[@]}" --product plo-lean >&2
FULL="$("${build[@]}" --show-bin-path)/plo"
PLO="$("${build[@]}" --show-bin-path)/plo-lean"
TMP="$(mktemp -d "${TMPDIR:-/tmp}/plo-startup.XXXXXX")"
trap 'rm -rf "$TMP"' EXIT
"$PLO" schema-driver > "$TMP/driver.xsd"
# hyperfine runs with -i (the start-up lines validate a missing file, exit 2): so check first
# that the timed calls themselves work (exit 0 or 1), or a broken run would time as fast.
for binary in "$PLO" "$FULL"; do
  status=0
  "$binary" validate "$FILE" >/dev/null || status=$?
  [ "$status" -le 1 ] || { echo "$binary validate $FILE failed (exit $status)" >&2; exit 1; }
done
status=0
xmllint --nonet --noout --schema "$TMP/driver.xsd" "$FILE" 2>/dev/null || status=$?
# 0 valid, 3 invalid; anything else (4: the schema did not compile) would time a failure.
[ "$status" -eq 0 ] || [ "$status" -eq 3 ] || { echo "xmllint could not validate $FILE (exit $status)" >&2; exit 1; }

commands=(
  -n "xmllint --schema" "xmllint --nonet --noout --schema $TMP/driver.xsd $FILE"
  -n "plo validate" "$PLO validate $FILE"
  -n "plo validate --no-profile" "$PLO validate --no-profile $FILE"
  -n "full plo validate" "$FULL validate $FILE"
  -n "plo validate (start-up only)" "$PLO validate $TMP/missing.xml"
  -n "full plo validate (start-up only)" "$FULL validate $TMP/missing.xml"
)
if [ "${DYNAMIC:-0}" = "1" ]; then
  swift build -c release --product plo-lean --scratch-path .build-dynamic >&2
  DYN=".build-dynamic/release/plo-lean"
  commands+=(-n "plo validate (dynamic)" "$DYN validate $FILE")
fi

echo "file: $FILE ($(wc -c <"$FILE") bytes), $(nproc) cores, plo $("$PLO" --version), $(xmllint --version 2>&1 | head -1)"
hyperfine -N -i --warmup 5 --runs "$RUNS" --export-json "$TMP/times.json" "${commands[@]}" >&2
python3 - "$TMP/times.json" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
base = results[0]["mean"]
for r in results:
    print(f"{r['command']:36s} mean {r['mean'] * 1000:6.1f} ms ± {r['stddev'] * 1000:4.1f}  "
          f"median {r['median'] * 1000:6.1f} ms  {r['mean'] / base:4.2f}x xmllint")
plo = next(r for r in results if r["command"] == "plo validate")
ratio = plo["mean"] / base
print(f"goal plo validate <= 1.2x xmllint: {'met' if ratio <= 1.2 else 'NOT met'} ({ratio:.2f}x)")
PY
