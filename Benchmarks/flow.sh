#!/bin/sh
# Checks N synthetic stays (default 100000; 7 messages each, built as FlowMessage values, no XML)
# with a release build of plo and reports time and peak memory.
# Usage: Benchmarks/flow.sh [N]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
swift build --scratch-path .build-flow -c release --product plo >/dev/null
/usr/bin/time -v .build-flow/release/plo flow --bench-synthetic "${1:-100000}" 2>&1 \
    | grep -E "stays:|FLOW-|generate:|Elapsed|Maximum resident"
