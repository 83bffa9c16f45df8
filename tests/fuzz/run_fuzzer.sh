#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# run_fuzzer.sh FUZZER WORK_CORPUS SEED_CORPUS SECONDS
# One bounded libFuzzer run: new inputs go to WORK_CORPUS (in the build directory),
# the checked-in seeds are read only, a finding is saved next to WORK_CORPUS and
# fails the run. LIMBER_FUZZ_SECONDS overrides SECONDS.
set -eu
fuzzer=$1 work=$2 seeds=$3
seconds=${LIMBER_FUZZ_SECONDS:-$4}
mkdir -p "$work" "$work/../findings"
# Leak checks stay on; Qt's own one-time allocations are not reported as leaks
# because they are still reachable at exit. A smaller quarantine than ASan's 256 MiB
# keeps the settings harness (a file and a QSettings per input) from slowing from
# ~1 000 to ~20 inputs a second as the heap grows.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}quarantine_size_mb=16"
exec "$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -max_len=65536 -print_final_stats=1 \
    -artifact_prefix="$work/../findings/$(basename "$fuzzer")-" "$work" "$seeds"
