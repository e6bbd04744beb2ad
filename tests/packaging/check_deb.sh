#!/usr/bin/env bash
# Builds the .deb with CPack from a finished build tree and checks what an
# administrator installs: both executables, the desktop entry, the icons, the
# AppStream metainfo, every systemd unit under resources/systemd, Depends in
# Debian package names (dpkg-shlibdeps' Qt, libpq and libsodium plus the Qt
# plugin packages), a version that matches the build's, and a packaged admin
# tool that runs. Registered with ctest as packaging_deb (tests/packaging).
#
#   check_deb.sh BUILD_DIR SOURCE_DIR WORK_DIR
#
# Needs dpkg-dev (dpkg-shlibdeps), file, desktop-file-utils and appstream
# (.ci/install-deps).
set -euo pipefail

build_dir=$1
source_dir=$2
work_dir=$3
app_id=io.github.reissuedesk.ReissueDesk

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

for tool in cpack dpkg-deb dpkg-shlibdeps desktop-file-validate appstreamcli; do
    command -v "$tool" >/dev/null || { echo "FAIL: $tool is missing (bash .ci/install-deps)" >&2; exit 1; }
done

rm -rf "$work_dir"
mkdir -p "$work_dir"
# gzip: the check does not need xz's smaller file, and it is several times faster.
cpack -G DEB --config "$build_dir/CPackConfig.cmake" -B "$work_dir" -D CPACK_DEBIAN_COMPRESSION_TYPE=gzip \
    > "$work_dir/cpack.log" 2>&1 || { cat "$work_dir/cpack.log" >&2; echo "FAIL: cpack" >&2; exit 1; }

shopt -s nullglob
debs=("$work_dir"/reissuedesk_*.deb)
[ ${#debs[@]} -eq 1 ] || { echo "FAIL: expected one reissuedesk_*.deb in $work_dir, found ${#debs[@]}" >&2; exit 1; }
deb=${debs[0]}
echo "built $deb"

# --- contents ---------------------------------------------------------------
contents=$(dpkg-deb -c "$deb" | awk '{ print $NF }')
expect_file() {
    grep -qxF "./$1" <<<"$contents" || fail "the package lacks /$1"
}
expect_file usr/bin/reissuedesk
expect_file usr/bin/reissuedesk-admin
expect_file usr/libexec/reissuedesk-pdf-worker
expect_file "usr/share/applications/$app_id.desktop"
expect_file "usr/share/metainfo/$app_id.metainfo.xml"
expect_file "usr/share/icons/hicolor/scalable/apps/$app_id.svg"
for size in 16 22 24 32 48 64 128 256; do
    expect_file "usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
done
units=0
for unit in "$source_dir"/resources/systemd/*.service; do
    expect_file "usr/lib/systemd/system/$(basename "$unit")"
    units=$((units + 1))
done
echo "systemd units expected: $units"

# --- control fields ---------------------------------------------------------
[ "$(dpkg-deb -f "$deb" Package)" = reissuedesk ] || fail "Package is not reissuedesk"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
# Every alternative: a Debian package name, optionally with a version relation.
IFS=',|' read -ra relations <<<"$depends"
for relation in "${relations[@]}"; do
    relation=$(sed -e 's/^ *//' -e 's/ *$//' <<<"$relation")
    [[ $relation =~ ^[a-z0-9][a-z0-9+.-]+(\ \((<<|<=|=|>=|>>)\ [0-9][^\)]*\))?$ ]] ||
        fail "\"$relation\" in Depends is not a Debian package relation"
done
dependency_names=$(tr ',|' '\n\n' <<<"$depends" | sed -e 's/^ *//' -e 's/ .*//')
# From dpkg-shlibdeps (the binaries' libraries) and from the plugin list.
for package in libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6 libqt6network6 libqt6pdf6 libpq5 libsodium23 \
    libqt6sql6-sqlite libqt6sql6-psql qt6-image-formats-plugins libtesseract5 tesseract-ocr-eng tesseract-ocr-chi-sim; do
    grep -qxF "$package" <<<"$dependency_names" || fail "Depends lacks $package"
done

# --- what is inside works ---------------------------------------------------
root="$work_dir/root"
dpkg-deb -x "$deb" "$root"
version=$(dpkg-deb -f "$deb" Version)
printed=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/reissuedesk-admin" --version)
[ "$printed" = "reissuedesk-admin $version" ] ||
    fail "the packaged reissuedesk-admin --version printed \"$printed\", the package is version $version"
desktop-file-validate "$root/usr/share/applications/$app_id.desktop" || fail "desktop-file-validate"
grep -qxF "Icon=$app_id" "$root/usr/share/applications/$app_id.desktop" || fail "the desktop entry's Icon is not $app_id"
appstreamcli validate --no-net "$root/usr/share/metainfo/$app_id.metainfo.xml" || fail "appstreamcli validate"
for program in bin/reissuedesk bin/reissuedesk-admin libexec/reissuedesk-pdf-worker; do
    file "$root/usr/$program" | grep -q 'ELF 64-bit.*, stripped' || fail "usr/$program is not a stripped ELF"
    ! readelf -d "$root/usr/$program" | grep -qE 'RPATH|RUNPATH' || fail "usr/$program has an RPATH/RUNPATH"
done
# The packaged PDF worker opens a PDF, and needs no database or OCR library.
pdf="$source_dir/tests/fuzz/corpus/fuzz_document_decoder/one-page.pdf"
answer=$("$root/usr/libexec/reissuedesk-pdf-worker" facts <"$pdf" | wc -c)
[ "$answer" -gt 0 ] || fail "the packaged reissuedesk-pdf-worker gave no answer for $pdf"
! readelf -d "$root/usr/libexec/reissuedesk-pdf-worker" | grep -qE 'libpq|libtesseract|libQt6Sql|libQt6Network' ||
    fail "usr/libexec/reissuedesk-pdf-worker links a database, network or OCR library"

if [ "$failures" -ne 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "all package checks passed"
