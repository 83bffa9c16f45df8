#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Longer fuzzing runs of the parsers of untrusted input (tests/fuzz), in the `fuzz`
# build (clang 14, libFuzzer, AddressSanitizer + UBSan).
# Usage: tools/fuzz.sh [SECONDS] [catalogue|settings|control_message ...]
#   tools/fuzz.sh 3600              one hour for each of the three harnesses
#   tools/fuzz.sh 600 settings      ten minutes of the settings harness only
# The corpora grow in build/fuzz/tests/fuzz/corpus/; a finding is saved in
# build/fuzz/tests/fuzz/corpus/findings/ and reproduces with
#   build/fuzz/tests/fuzz/fuzz_<name> <finding file>
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-600}
shift || true
names=("$@")
[ ${#names[@]} -eq 0 ] && names=(catalogue settings control_message)

"$PWD/tools/bootstrap.sh"
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j "$(nproc)"
regex=$(printf '|fuzz_%s' "${names[@]}")
LIMBER_FUZZ_SECONDS=$seconds ctest --preset fuzz -R "^(${regex:1})\$" -j "$(nproc)" \
    --timeout $((seconds + 300))
