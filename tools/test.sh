#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds Limber and runs every test: once in the `dev`
# preset (warnings as errors; then clang-tidy over the sources, tools/tidy.sh) and once
# under AddressSanitizer + UBSan (`asan`). The tests that run threads (label `threads`)
# run again under ThreadSanitizer (`tsan`). Then the libFuzzer harnesses (tests/fuzz)
# run for a bounded time each in a clang build of their own (`fuzz`). The whole run is watched by tools/no_leftovers.py: it
# fails, naming them, when any process the tests started is still running at the end.
# Usage: tools/test.sh [--quick]   (--quick: the dev preset's tests only)
set -euo pipefail
cd "$(dirname "$0")/.."

"$PWD/tools/bootstrap.sh"

if [ -z "${LIMBER_NO_LEFTOVERS:-}" ]; then
    export LIMBER_NO_LEFTOVERS=1
    exec /usr/bin/python3 "$PWD/tools/no_leftovers.py" "$PWD/tools/test.sh" "$@"
fi

presets=(dev asan)
[ "${1:-}" = "--quick" ] && presets=(dev)

jobs=$(nproc)
for preset in "${presets[@]}"; do
    echo "== $preset: configure and build"
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset" -j "$jobs"
    echo "== $preset: test"
    ctest --preset "$preset" -j "$jobs"
    if [ "$preset" = dev ] && [ "${1:-}" != "--quick" ]; then
        echo "== dev: clang-tidy (.clang-tidy)"
        tools/tidy.sh build/dev
    fi
done

if [ "${1:-}" != "--quick" ]; then
    echo "== tsan: configure, build and test what runs threads"
    cmake --preset tsan >/dev/null
    cmake --build --preset tsan -j "$jobs"
    ctest --preset tsan -j "$jobs"
fi

if [ "${1:-}" != "--quick" ]; then
    echo "== fuzz: configure and build (clang, libFuzzer)"
    cmake --preset fuzz >/dev/null
    cmake --build --preset fuzz -j "$jobs"
    echo "== fuzz: test (LIMBER_FUZZ_SECONDS per harness, default 20)"
    ctest --preset fuzz -j "$jobs" --timeout 600
fi
