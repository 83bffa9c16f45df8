#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes the source tarball with CPack, extracts it, and configures and builds the
# limber executable out of tree from it, without tests. Slow: it compiles everything
# again. Usage: check_source_tarball.sh BUILD_DIR
set -euo pipefail

build_dir=$(cd "${1:?usage: check_source_tarball.sh BUILD_DIR}" && pwd)
fail() { echo "FAIL: $*" >&2; exit 1; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/limber-src.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

echo "== cpack --config CPackSourceConfig.cmake"
(cd "$build_dir" && cpack --config CPackSourceConfig.cmake -B "$tmp/out") >"$tmp/cpack.log" 2>&1 || {
    cat "$tmp/cpack.log" >&2
    fail "cpack failed"
}
tarballs=("$tmp"/out/limber-*.tar.gz)
[ -f "${tarballs[0]}" ] || fail "no source tarball"
tarball=${tarballs[0]}
echo "built $(basename "$tarball") ($(du -h "$tarball" | cut -f1))"

# Nothing from version control or a build directory may be in it. (The listing goes
# to a file: grep -q ends early, and with pipefail tar's SIGPIPE would fail the test.)
tar -tzf "$tarball" >"$tmp/list"
if grep -E '^[^/]+/(\.git(/|$)|\.cache/|build(-[^/]*)?/)' "$tmp/list"; then
    fail "the tarball contains version-control or build files"
fi
for f in CMakeLists.txt LICENSE packaging/limber.1 app/main.cpp; do
    grep -qx "[^/]*/$f" "$tmp/list" || fail "$f is not in the tarball"
done

echo "== configure and build limber from the tarball"
tar -xzf "$tarball" -C "$tmp"
src=$(find "$tmp" -mindepth 1 -maxdepth 1 -type d -name 'limber-*')
cmake -S "$src" -B "$tmp/build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DLIMBER_BUILD_TESTS=OFF \
    >"$tmp/configure.log" 2>&1 || { cat "$tmp/configure.log" >&2; fail "configure failed"; }
cmake --build "$tmp/build" --target limber -j "${LIMBER_JOBS:-2}" >"$tmp/build.log" 2>&1 ||
    { tail -50 "$tmp/build.log" >&2; fail "build failed"; }
out=$("$tmp/build/app/limber" --version)
echo "$out"
[[ "$out" == "limber "* ]] || fail "--version printed '$out'"
echo "PASS: $(basename "$tarball") builds"
