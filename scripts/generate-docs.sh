#!/usr/bin/env bash
# Regenerates the parts of docs/ that are generated from the code: the rule catalog in
# docs/rules.md (between its BEGIN/END GENERATED markers) from `plo rules --format markdown`.
# Tests/CLITests/GeneratedDocsTests.swift fails while the committed page differs.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product plo >/dev/null
plo="$(swift build --show-bin-path)/plo"
python3 - "$plo" <<'PY'
import subprocess, sys
generated = subprocess.run([sys.argv[1], "rules", "--format", "markdown"], check=True, capture_output=True, text=True).stdout
page = open("docs/rules.md", encoding="utf-8").read()
begin = generated.splitlines()[0]
end = "<!-- END GENERATED -->"
a = page.index(begin)
b = page.index(end, a) + len(end)
if page[b:b + 1] == "\n":
    b += 1
open("docs/rules.md", "w", encoding="utf-8").write(page[:a] + generated + page[b:])
PY
echo "docs/rules.md regenerated"
