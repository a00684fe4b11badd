#!/bin/sh
# Checks synthetic stays (8 messages each, built as FlowMessage values, no XML; at most 2 679 open
# at once) with a release build of flow-synthetic (Benchmarks/Package.swift, benchmark-only code kept
# out of plo): once with 20 000 stays and once with N (default 100 000).
# Prints stays, messages, wall time, peak RSS and the most stays held at once, and fails when the
# peak RSS at N exceeds the one at 20 000 by more than 50 %: memory must follow the open stays,
# not the total. INPUT is stream (default: generated in time order and streamed) or array (all
# messages generated first, stay by stay, then sorted by the checker).
#
# With `cli`, measures the command as users run it instead: simulated corpora (plo simulate
# --seed 7, STAYS stays each; default 1750 3500 7000, about 25 000, 50 000 and 100 000 messages,
# kept in $PLO_FLOW_CORPUS, default /tmp/plo-flow-corpus) through `plo flow --format F` for every
# format, printing messages, format, wall time and peak RSS.
# Usage: Benchmarks/flow.sh [N] [INPUT]
#        Benchmarks/flow.sh cli [STAYS...]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
if [ "${1:-}" = cli ]; then
    shift
    [ $# -gt 0 ] || set -- 1750 3500 7000
    swift build --scratch-path .build-flow -c release --product plo >/dev/null
    corpus=${PLO_FLOW_CORPUS:-/tmp/plo-flow-corpus}
    printf '%7s %9s %6s %10s %12s\n' stays messages format "wall (s)" "peak RSS MB"
    for stays in "$@"; do
        folder="$corpus/$stays"
        [ -d "$folder/messages" ] || .build-flow/release/plo simulate --stays "$stays" --seed 7 --out "$folder" >/dev/null
        messages=$(find "$folder/messages" -name '*.xml' | wc -l)
        for format in text json junit sarif html; do
            out=$( { /usr/bin/time -f '%e %M' .build-flow/release/plo flow --format "$format" "$folder/messages" >/dev/null; } 2>&1 || true)
            set -- $(printf '%s\n' "$out" | tail -n 1)
            printf '%7s %9s %6s %10s %12s\n' "$stays" "$messages" "$format" "$1" "$(($2 / 1024))"
        done
    done
    exit 0
fi
n=${1:-100000}
input=${2:-stream}
swift build --package-path Benchmarks --scratch-path .build-flow-synthetic -c release --product flow-synthetic >/dev/null
printf '%9s %9s %9s %10s %12s %15s\n' stays messages findings "wall (s)" "peak RSS MB" "max open stays"
peaks=""
for stays in 20000 "$n"; do
    out=$(/usr/bin/time -v .build-flow-synthetic/release/flow-synthetic "$stays" "$input" 2>&1)
    line=$(printf '%s\n' "$out" | grep '^stays:')
    wall=$(printf '%s\n' "$out" | sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }')
    rss=$(printf '%s\n' "$out" | sed -n 's/.*Maximum resident set size (kbytes): //p')
    open=$(printf '%s\n' "$out" | sed -n 's/^max open stays: \([0-9]*\).*/\1/p')
    printf '%9s %9s %9s %10s %12s %15s\n' \
        "$(printf '%s' "$line" | sed 's/stays: \([0-9]*\).*/\1/')" \
        "$(printf '%s' "$line" | sed 's/.*messages: \([0-9]*\).*/\1/')" \
        "$(printf '%s' "$line" | sed 's/.*findings: \([0-9]*\).*/\1/')" \
        "$wall" "$((rss / 1024))" "$open"
    peaks="$peaks $rss"
done
set -- $peaks
if [ "$input" = stream ] && [ "$2" -gt $(( $1 * 3 / 2 )) ]; then
    echo "FAIL: peak RSS grew from $(($1 / 1024)) MB to $(($2 / 1024)) MB (more than 50 %) with the same open stays" >&2
    exit 1
fi
