#!/usr/bin/env bash
# Black-box mutation run (issue 14): writes COUNT mutated messages (seeded; the project's own
# Fixtures/ and generated documents, never the official examples) to a temporary folder and
# runs `plo validate --format json DIR` and `plo flow --format json DIR` on it once each,
# asserting exit 0/1/2 and exactly one well-formed result per file (Tests/CLITests/MutationCLITests).
#
#   scripts/mutate-run.sh [COUNT] [SEED]     # default: 20000 files, a random seed
#   ROUNDS=5 scripts/mutate-run.sh 10000      # five rounds, a new random seed each
#
# A failing round keeps its folder and prints its path and seed; rerun that seed to reproduce:
#   PLO_MUTATION_SEED=N PLO_MUTATION_COUNT=M swift test --filter MutationCLITests
set -uo pipefail
cd "$(dirname "$0")/.."
count="${1:-20000}"
rounds="${ROUNDS:-1}"
swift build --build-tests >/dev/null || exit 2
failed=0
for ((round = 1; round <= rounds; round++)); do
    seed="${2:-$(od -An -N4 -tu4 /dev/urandom | tr -d ' ')}"
    start=$(date +%s)
    PLO_MUTATION_SEED="$seed" PLO_MUTATION_COUNT="$count" PLO_MUTATION_KEEP_ON_FAILURE=1 \
        swift test --skip-build --filter MutationCLITests >"/tmp/plo-mutate-$seed.log" 2>&1
    status=$?
    if [ "$status" -eq 0 ]; then
        echo "round $round: seed $seed, $count files: passed in $(( $(date +%s) - start )) s"
    else
        failed=1
        echo "round $round: seed $seed, $count files: FAILED (log /tmp/plo-mutate-$seed.log)"
        grep -E "✘|↳|kept in" "/tmp/plo-mutate-$seed.log" | head -20
    fi
done
exit "$failed"
