#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package from a configured and built build directory with CPack,
# then checks it the way a distribution would: lintian, the desktop entry, the
# AppStream metainfo, the man page, the file list and permissions, the dependencies
# found by dpkg-shlibdeps, and that the packaged binary runs.
#
# Usage: check_deb.sh BUILD_DIR
set -euo pipefail

build_dir=$(cd "${1:?usage: check_deb.sh BUILD_DIR}" && pwd)

fail() { echo "FAIL: $*" >&2; exit 1; }
step() { echo "== $*"; }

for tool in cpack lintian desktop-file-validate appstreamcli mandoc dpkg-deb dpkg-shlibdeps file; do
    command -v "$tool" >/dev/null ||
        fail "$tool is missing (tools/bootstrap.sh installs the packaging tools)"
done
[ -x "$build_dir/app/limber" ] || fail "$build_dir/app/limber is not built"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/limber-deb.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

step "cpack -G DEB"
# With Ninja, cpack installs what is built and builds nothing; the binary was checked
# above. -B keeps CPack's staging tree out of the build directory.
(cd "$build_dir" && cpack -G DEB -B "$tmp/out" >"$tmp/cpack.log" 2>&1) || {
    cat "$tmp/cpack.log" >&2
    fail "cpack failed"
}
debs=("$tmp"/out/*.deb)
if [ ${#debs[@]} -ne 1 ] || [ ! -f "${debs[0]}" ]; then
    fail "expected one .deb, found: ${debs[*]}"
fi
deb=${debs[0]}
arch=$(dpkg --print-architecture)
version=$(dpkg-deb -f "$deb" Version)
[ "$(basename "$deb")" = "limber_${version}_${arch}.deb" ] ||
    fail "file name $(basename "$deb") is not the Debian default limber_${version}_${arch}.deb"
echo "built $(basename "$deb")"

step "control fields"
dpkg-deb -f "$deb" Package Version Architecture Section Priority Depends Suggests
depends=$(dpkg-deb -f "$deb" Depends)
for dep in libqt6widgets6 libsqlite3-0 qt6-qpa-plugins libc6; do
    grep -Eq "(^|, )$dep( |,|$)" <<<"$depends" || fail "Depends lacks $dep: $depends"
done
[ "$(dpkg-deb -f "$deb" Section)" = utils ] || fail "Section is not utils"
[ "$(dpkg-deb -f "$deb" Priority)" = optional ] || fail "Priority is not optional"

step "lintian"
# Tags are printed with their severity; errors and warnings fail the test (the few
# justified exceptions are overridden in packaging/lintian-overrides, shipped in the
# package, and listed in packaging/README.md).
lintian --fail-on error,warning --display-info "$deb" | tee "$tmp/lintian.log" ||
    fail "lintian reported errors or warnings"

step "extract"
root="$tmp/root"
dpkg-deb -x "$deb" "$root"
dpkg-deb -c "$deb" >"$tmp/contents"
expected=(
    usr/bin/limber
    usr/share/applications/io.github.limber.Limber.desktop
    usr/share/metainfo/io.github.limber.Limber.metainfo.xml
    usr/share/icons/hicolor/scalable/apps/io.github.limber.Limber.svg
    usr/share/icons/hicolor/symbolic/apps/io.github.limber.Limber-symbolic.svg
    usr/share/man/man1/limber.1.gz
    usr/share/man/de/man1/limber.1.gz
    usr/share/man/es/man1/limber.1.gz
    usr/share/man/fr/man1/limber.1.gz
    usr/share/doc/limber/copyright
    usr/share/doc/limber/changelog.Debian.gz
    usr/share/lintian/overrides/limber
)
for f in "${expected[@]}"; do
    [ -f "$root/$f" ] || fail "$f is not in the package"
done
# Everything root-owned, nothing group- or world-writable, directories 0755.
awk '$2 != "root/root" { print "owner: " $0; bad = 1 }
     substr($1, 6, 1) == "w" || substr($1, 9, 1) == "w" { print "writable: " $0; bad = 1 }
     $1 ~ /^d/ && $1 != "drwxr-xr-x" { print "directory mode: " $0; bad = 1 }
     END { exit bad }' "$tmp/contents" || fail "bad ownership or permissions"
[ "$(stat -c %a "$root/usr/bin/limber")" = 755 ] || fail "usr/bin/limber is not 0755"
[[ "$(file -b "$root/usr/bin/limber")" == *", stripped"* ]] || fail "usr/bin/limber is not stripped"
gzip -t "$root/usr/share/man/man1/limber.1.gz" || fail "the man page is not valid gzip"

step "desktop-file-validate"
desktop-file-validate "$root/usr/share/applications/io.github.limber.Limber.desktop" ||
    fail "desktop entry invalid"

step "appstreamcli validate --no-net"
appstreamcli validate --no-net --pedantic "$root/usr/share/metainfo/io.github.limber.Limber.metainfo.xml" ||
    fail "metainfo invalid"

step "mandoc -Tlint"
help=$("$root/usr/bin/limber" --help)
for page in "$root"/usr/share/man/man1/limber.1.gz "$root"/usr/share/man/{de,es,fr}/man1/limber.1.gz; do
    mandoc -Tlint "$page" || fail "${page#"$root"} has lint messages"
    # Every option the program knows is documented in the man page, in every language.
    man_text=$(mandoc -Tascii -Owidth=200 "$page" | sed "s/.\x08//g")
    while read -r option; do
        grep -q -- "$option" <<<"$man_text" || fail "${page#"$root"} does not mention $option"
    done < <(grep -oE -- '--[a-z-]+' <<<"$help" | sort -u)
done

step "run the packaged binary"
out=$(env -u LD_LIBRARY_PATH "$root/usr/bin/limber" --version)
[ "$out" = "limber ${version%-*}" ] || fail "--version printed '$out', expected 'limber ${version%-*}'"
echo "$out"
grep -q '^Usage: limber' <<<"$help" || fail "--help printed no usage"
echo "--help: $(wc -l <<<"$help") lines"

echo "PASS: $(basename "$deb")"
