#!/usr/bin/env bash
# AddressSanitizer and ThreadSanitizer runs of the test suite (issue 14), each in its own
# scratch folder (.build-asan, .build-tsan; ignored by git). A short form by default; FULL=1
# runs every test.
#
#   scripts/sanitizers.sh            # short: the suites that drive libxml2, folders and threads
#   scripts/sanitizers.sh address    # only ASan
#   FULL=1 scripts/sanitizers.sh     # the whole suite under both (long on a 2-core machine)
#
# TSan on Linux cannot see the futex inside Synchronization.Mutex, so it reports accesses made
# under Mutex.withLock as races; scripts/sanitizers/MutexRepro.swift reproduces that in 12
# lines (the count it prints is always exact). Those reports are suppressed by
# scripts/sanitizers/tsan-suppressions.txt, which names the locked closures, never a whole module.
set -uo pipefail
cd "$(dirname "$0")/.."
which="${1:-both}"
short='AllocationCacheTests|AllocationCacheCLITests|ReliabilityCLITests|RunInputsTests|InputLimitsTests|ParserTests|SchemaSetTests|ValidateStreamingTests|FlowStreamingReportTests|EventTimeBytesTests|ScenarioLimitsTests|MutationCLITests|ValidateCommandTests'
filter=()
[ -z "${FULL:-}" ] && filter=(--filter "$short")
status=0
if [ "$which" = both ] || [ "$which" = address ]; then
    echo "== AddressSanitizer ==" >&2
    ASAN_OPTIONS="detect_leaks=0:abort_on_error=0:${ASAN_OPTIONS:-}" \
        swift test --sanitize=address --scratch-path .build-asan "${filter[@]}" 2>&1 | tail -n 40
    [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
fi
if [ "$which" = both ] || [ "$which" = thread ]; then
    echo "== ThreadSanitizer ==" >&2
    TSAN_OPTIONS="suppressions=$(pwd)/scripts/sanitizers/tsan-suppressions.txt:halt_on_error=1:${TSAN_OPTIONS:-}" \
        swift test --sanitize=thread --scratch-path .build-tsan "${filter[@]}" 2>&1 | tail -n 40
    [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
fi
exit "$status"
