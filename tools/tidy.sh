#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# clang-tidy over Limber's own sources (app/, core/, platform/) with the checks in
# .clang-tidy, using the compile commands of a configured build. Fails on any warning.
# Usage: tools/tidy.sh [BUILD_DIR]   (default build/dev)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/dev}
[ -f "$build/compile_commands.json" ] || { echo "tidy: no $build/compile_commands.json; configure first" >&2; exit 2; }
tidy=$(command -v run-clang-tidy-14 || command -v run-clang-tidy) || {
    echo "tidy: run-clang-tidy not found (Debian: clang-tidy; tools/bootstrap.sh installs it)" >&2; exit 2; }
# Generated sources (moc, resources) are compiled too; they are not ours to check.
log=$(mktemp)
trap 'rm -f "$log"' EXIT
"$tidy" -p "$build" -quiet -j "$(nproc)" "^$PWD/(app|core|platform)/" >"$log" 2>&1 || true
if grep -E "(warning|error): " "$log" | grep -v "^Error while processing" >/dev/null; then
    grep -E -A3 "(warning|error): " "$log" | sed 's/\x1b\[[0-9;]*m//g' >&2
    echo "tidy: clang-tidy found $(grep -cE "(warning|error): " "$log") problem(s)" >&2
    exit 1
fi
echo "tidy: clean ($(grep -c '"file"' "$build/compile_commands.json") compile commands, own sources checked)"
