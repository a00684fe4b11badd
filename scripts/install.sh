#!/usr/bin/env bash
# Builds `plo` in release mode with the Swift standard library (and Foundation) linked
# statically, then installs
#   PREFIX/bin/plo                              plo-lean: validate, flow, rules, explain and
#                                               schema-driver, without Foundation (only the
#                                               FoundationEssentials of ArgumentParser), NIO
#                                               or SQLite: quick to start
#   PREFIX/libexec/plokit/plo                   the full plo, which PREFIX/bin/plo runs (exec)
#                                               for simulate, serve, --help, --version, completions
#   PREFIX/share/plokit/Schemas/                the bundled schema set it finds beside itself
#   PREFIX/share/bash-completion/completions/plo, PREFIX/share/zsh/site-functions/_plo,
#   PREFIX/share/fish/vendor_completions.d/plo.fish   shell completions
#
# Usage: scripts/install.sh [PREFIX]        (default: /usr/local; needs write access there)
#
# The installed binary needs only the system's libxml2 (libxml2 package) at run time; the
# source tree can be moved or deleted afterwards. PLOKIT_SCHEMAS=DIR overrides the schema folder.
set -euo pipefail
prefix="${1:-/usr/local}"
case "$prefix" in /*) ;; *) prefix="$PWD/$prefix" ;; esac
cd "$(dirname "$0")/.."

# PLOKIT_SCRATCH_PATH: another build folder than .build (a build already running in .build,
# such as `swift test`, holds its lock).
# -no-pie: a position-dependent executable needs none of the ~80 000 start-up relocations of a
# PIE Swift binary (~200 fewer page faults per run, see docs/performance.md).
# --no-export-dynamic: the Swift driver exports every symbol (31,000, a 2.7 MB dynamic symbol
# table); plo needs none exported, and the runtime's start-up dladdr scan of that table and
# ~40 page faults go (see docs/performance.md).
build=(swift build -c release --static-swift-stdlib -Xlinker -no-pie -Xlinker --no-export-dynamic)
if [ -n "${PLOKIT_SCRATCH_PATH:-}" ]; then build+=(--scratch-path "$PLOKIT_SCRATCH_PATH"); fi
"${build[@]}" --product plo
"${build[@]}" --product plo-lean
bin="$("${build[@]}" --show-bin-path)"

# Each executable is copied beside its place, then moved over it (a running plo keeps its file).
install -d "$prefix/bin" "$prefix/libexec/plokit" "$prefix/share/plokit"
install -m 0755 "$bin/plo" "$prefix/libexec/plokit/plo.new"
mv -f "$prefix/libexec/plokit/plo.new" "$prefix/libexec/plokit/plo"
install -m 0755 "$bin/plo-lean" "$prefix/bin/plo.new"
mv -f "$prefix/bin/plo.new" "$prefix/bin/plo"

# Replace the schema folder whole: copy beside it, then swap.
staging="$prefix/share/plokit/Schemas.new.$$"
rm -rf "$staging"
cp -R Schemas "$staging"
rm -rf "$prefix/share/plokit/Schemas"
mv "$staging" "$prefix/share/plokit/Schemas"

install -d "$prefix/share/bash-completion/completions" "$prefix/share/zsh/site-functions" "$prefix/share/fish/vendor_completions.d"
"$prefix/bin/plo" --generate-completion-script bash >"$prefix/share/bash-completion/completions/plo"
"$prefix/bin/plo" --generate-completion-script zsh >"$prefix/share/zsh/site-functions/_plo"
"$prefix/bin/plo" --generate-completion-script fish >"$prefix/share/fish/vendor_completions.d/plo.fish"

echo "installed $prefix/bin/plo ($("$prefix/bin/plo" --version)) with schemas in $prefix/share/plokit/Schemas"
case ":$PATH:" in *":$prefix/bin:"*) ;; *) echo "note: $prefix/bin is not on PATH" ;; esac
