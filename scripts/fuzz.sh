#!/usr/bin/env bash
# libFuzzer runs of the Fuzz/ package (issue 14): builds TARGET with -sanitize=fuzzer,address
# and lld: gold crashes linking it (every Swift module, so PLOKit's own code is coverage-guided; Yams' C parser too), seeds a
# corpus from Fixtures/ and runs it for MINUTES with the PLO dictionary.
#
#   scripts/fuzz.sh FuzzMessage 10        # parse + XSD + profile on one message's bytes
#   scripts/fuzz.sh FuzzFlow 10           # validate a set of messages, group, flow rules, reports
#   scripts/fuzz.sh FuzzScenario 10       # the scenario decoder (and a short run when it decodes)
#   JOBS=2 scripts/fuzz.sh FuzzMessage 60 # several processes (libFuzzer -fork)
#
# The corpus grows in Fuzz/corpus/TARGET (ignored by git); crashes land in Fuzz/crashes/TARGET.
# Every crasher found becomes a regression case: a fixture under Fixtures/robustness/ and a test.
# Extra arguments after MINUTES go to libFuzzer (e.g. -runs=1000000).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
target="${1:?usage: scripts/fuzz.sh FuzzMessage|FuzzFlow|FuzzScenario MINUTES [libFuzzer options]}"
minutes="${2:-5}"
shift $(( $# >= 2 ? 2 : $# ))
case "$target" in FuzzMessage|FuzzFlow|FuzzScenario) ;; *) echo "unknown target $target" >&2; exit 2 ;; esac

flags=(-c release -Xswiftc -sanitize=fuzzer,address -Xcc -fsanitize=fuzzer-no-link,address -Xswiftc -use-ld=lld)
# A build description that still names files deleted since (after a refactor) stops SwiftPM with
# "missing inputs": drop it and build again. Any other failure stops here.
build() { (cd Fuzz && swift build "${flags[@]}" --product "$target" 2>&1); }
if ! log=$(build); then
    if grep -q "because of missing inputs" <<<"$log"; then
        rm -f Fuzz/.build/release.yaml Fuzz/.build/build.db
        build >&2
    else
        echo "$log" >&2
        exit 1
    fi
fi
binary="$(cd Fuzz && swift build "${flags[@]}" --show-bin-path)/$target"

corpus="Fuzz/corpus/$target"
crashes="Fuzz/crashes/$target"
mkdir -p "$corpus" "$crashes"
seeds="Fuzz/seeds/$target"
rm -rf "$seeds"; mkdir -p "$seeds"
case "$target" in
FuzzMessage)
    i=0; for f in $(find Fixtures -name '*.xml' | sort); do i=$((i+1)); cp "$f" "$seeds/seed-$i.xml"; done ;;
FuzzFlow)
    # One seed per flow fixture: its messages joined by a line %%.
    for dir in Fixtures/flows/*/; do
        name=$(basename "$dir")
        first=1
        for f in "$dir"*.xml; do
            [ $first -eq 1 ] || printf '\n%%%%\n' >> "$seeds/$name"
            cat "$f" >> "$seeds/$name"
            first=0
        done
    done ;;
FuzzScenario)
    cp Fixtures/scenarios/*.yaml "$seeds/"
    printf '{"name": "j", "stays": 2, "faults": {"duplicateMsgId": 0.5}}' > "$seeds/json.json" ;;
esac

dict="Fuzz/dictionaries/plo.dict"
[ "$target" = FuzzScenario ] && dict="Fuzz/dictionaries/scenario.dict"
jobs="${JOBS:-1}"
extra=()
[ "$jobs" -gt 1 ] && extra+=(-fork="$jobs")
echo "fuzzing $target for $minutes min ($binary)" >&2
ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}" "$binary" "$corpus" "$seeds" \
    -dict="$root/$dict" -max_total_time=$((minutes * 60)) -artifact_prefix="$root/$crashes/" \
    -max_len=65536 -timeout=20 -rss_limit_mb=4096 -print_final_stats=1 "${extra[@]}" "$@"
