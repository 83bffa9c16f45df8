#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds Limber and runs every test: once in the `dev`
# preset (warnings as errors) and once under AddressSanitizer + UBSan (`asan`).
# Usage: tools/test.sh [--quick]   (--quick: dev preset only)
set -euo pipefail
cd "$(dirname "$0")/.."

"$PWD/tools/bootstrap.sh"

presets=(dev asan)
[ "${1:-}" = "--quick" ] && presets=(dev)

jobs=$(nproc)
for preset in "${presets[@]}"; do
    echo "== $preset: configure and build"
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset" -j "$jobs"
    echo "== $preset: test"
    ctest --preset "$preset" -j "$jobs"
done
