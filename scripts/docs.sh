#!/usr/bin/env bash
# The library's API documentation (DocC, through swift-docc-plugin): one combined archive for
# the modules `import PLOKit` brings in, with the landing page Sources/PLOKit/PLOKit.docc.
# Any DocC warning (a broken ``symbol`` link, a missing parameter) fails the run, so CI keeps
# the documentation whole.
#
#   bash scripts/docs.sh                 # writes .build-docs/site (open documentation/plokit/index.html
#                                        #   through a web server, or use `docc preview`)
#   OUT=/tmp/site bash scripts/docs.sh   # elsewhere
#
# Builds in its own scratch folder (.build-docs, ignored by git) so the debug build is untouched.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${OUT:-.build-docs/site}"
mkdir -p "$out"
targets=(PLOKit XMLCore PLOModel PLOCalendar PLORules PLOSimulator AppCore AppSimulate)
args=()
for target in "${targets[@]}"; do args+=(--target "$target"); done
swift package --scratch-path .build-docs --allow-writing-to-directory "$out" \
    generate-documentation "${args[@]}" --enable-experimental-combined-documentation \
    --warnings-as-errors --output-path "$out"
test -d "$out/documentation/plokit" || { echo "docs: no documentation/plokit in $out" >&2; exit 1; }
echo "docs: $(find "$out/data/documentation" -name '*.json' | wc -l) pages in $out" >&2
