#!/bin/sh
# Renders Fixtures/flows/clean-discharge (or the folder given) as the plo flow HTML page,
# screenshots it in headless Chromium and checks that the PNG is not blank.
# Usage: scripts/screenshot-flow.sh [FOLDER] [OUT.png]   (needs: chromium, python3)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
folder=${1:-"$root/Fixtures/flows/clean-discharge"}
png=${2:-"$root/.build/flow-screenshot.png"}
plo=${PLO:-"$root/.build/debug/plo"}
if [ ! -x "$plo" ]; then (cd "$root" && swift build --product plo >&2); fi
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
    echo "skip: chromium not installed (apt-get install -y chromium)"; exit 0
fi
mkdir -p "$(dirname "$png")"
html="${png%.png}.html"
"$plo" flow --format html --out "$html" "$folder" || [ $? -eq 1 ]
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --screenshot="$png" --window-size=1400,900 "file://$html" >/dev/null 2>&1
python3 "$root/scripts/check-screenshot.py" "$png"
