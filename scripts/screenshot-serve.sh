#!/bin/sh
# Runs `plo serve` (EDI 2.0 face, virtual clock), posts a simulated stay's hospital messages
# through POST /Messages, moves the clock, screenshots the live page (GET /) in headless
# Chromium and checks that the PNG is not blank.
# Usage: scripts/screenshot-serve.sh [OUT.png]   (needs: chromium, curl, python3)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
png=${1:-"$root/.build/serve-screenshot.png"}
plo=${PLO:-"$root/.build/debug/plo"}
if [ ! -x "$plo" ]; then (cd "$root" && swift build --product plo >&2); fi
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ] || ! command -v curl >/dev/null; then
    echo "skip: chromium or curl not installed (apt-get install -y chromium curl)"; exit 0
fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/plo-serve-shot.XXXXXX")
port=$((30000 + $$ % 20000))
scenario="$root/Fixtures/scenarios/teaching-one-patient.yaml"
"$plo" simulate --scenario "$scenario" --seed 3 --out "$tmp/sim" >/dev/null
"$plo" serve --scenario "$scenario" --clock virtual --start 2026-02-02T08:00 --listen "127.0.0.1:$port" \
    --journal "$tmp/journal.sqlite" >"$tmp/serve.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; rm -rf "$tmp"' EXIT
i=0
until curl -sf "http://127.0.0.1:$port/_plo/health" >/dev/null; do
    i=$((i + 1)); [ $i -lt 100 ] || { echo "plo serve did not start" >&2; exit 1; }; sleep 0.1
done
for f in "$tmp"/sim/messages/*.xml; do
    case "$f" in *INNLEGGELSESRAPPORT*|*APPREC*) continue;; esac
    printf '{"businessDocument":"%s","contentType":"application/xml","contentTransferEncoding":"base64"}' "$(base64 -w0 "$f")" >"$tmp/body.json"
    curl -sf -o /dev/null -H 'api-version: 2' -H 'nhn-source-system: screenshot' -H 'content-type: application/json' \
        --data-binary "@$tmp/body.json" "http://127.0.0.1:$port/Messages"
done
curl -sf -o /dev/null -d '{"advance":"P5D"}' "http://127.0.0.1:$port/_plo/clock"
mkdir -p "$(dirname "$png")"
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --screenshot="$png" --window-size=1400,900 \
    "http://127.0.0.1:$port/" >/dev/null 2>&1
python3 "$root/scripts/check-screenshot.py" "$png"
