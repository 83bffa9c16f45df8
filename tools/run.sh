#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds Limber (release preset) and starts it.
# Arguments are passed on to limber, e.g. `tools/run.sh --stats --json`.
set -euo pipefail
cd "$(dirname "$0")/.."

"$PWD/tools/bootstrap.sh"
cmake --preset release >/dev/null
cmake --build --preset release -j "$(nproc)" --target limber
exec ./build/release/app/limber "$@"
