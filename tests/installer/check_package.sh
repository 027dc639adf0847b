#!/usr/bin/env bash
# Builds the Debian package with CPack, checks what it contains and that its programs start from it.
set -euo pipefail
build=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$work" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >/dev/null)
deb=$(ls "$work"/out/*.deb)
echo "package: $(basename "$deb")"

contents=$(dpkg-deb -c "$deb")
for f in ./usr/bin/tsumugi ./usr/bin/tsumugictl ./usr/share/applications/tsumugi.desktop \
         ./usr/share/icons/hicolor/scalable/apps/tsumugi.svg ./usr/share/doc/Tsumugi/NOTICE.masters \
         ./usr/share/tsumugi/masters/ssk/b_20240601.zip; do
    grep -q " $f\$" <<<"$contents" || { echo "missing from package: $f"; exit 1; }
done
depends=$(dpkg-deb -f "$deb" Depends)
grep -q "fonts-noto-cjk" <<<"$depends" || { echo "Depends lacks fonts-noto-cjk: $depends"; exit 1; }
grep -q "libqt6widgets6" <<<"$depends" || { echo "Depends lacks Qt Widgets: $depends"; exit 1; }
grep -q "libsqlcipher" <<<"$depends" || { echo "Depends lacks SQLCipher: $depends"; exit 1; }
if command -v desktop-file-validate >/dev/null; then
    dpkg-deb --fsys-tarfile "$deb" | tar -xO ./usr/share/applications/tsumugi.desktop >"$work/tsumugi.desktop"
    desktop-file-validate "$work/tsumugi.desktop"
fi

# Unpack and start both programs from the package's own files.
dpkg-deb -x "$deb" "$work/root"
printf 'package test 1\n' >"$work/pw"
TSUMUGI_LANG=en "$work/root/usr/bin/tsumugictl" --db "$work/r.tsumugi" --user admin --password-file "$work/pw" \
    init --institution 1310000001 --name "Package Test" >"$work/init.out"
grep -q "Created" "$work/init.out"
# The record made a second ago knows the official disease master (高血圧症, MEDIS 20061593).
# Read whole before looking (with pipefail, `| head -1` may end the program early by SIGPIPE and fail the check).
found=$(TSUMUGI_LANG=en "$work/root/usr/bin/tsumugictl" --db "$work/r.tsumugi" --user admin --password-file "$work/pw" \
    master search disease こうけつ)
head -1 <<<"$found" | grep -q "20061593"
dpkg-deb --fsys-tarfile "$deb" | tar -xO ./usr/share/doc/Tsumugi/NOTICE.masters >"$work/NOTICE.masters"
grep -q "社会保険診療報酬支払基金" "$work/NOTICE.masters"
demo=$(TSUMUGI_LANG=en "$work/root/usr/bin/tsumugictl" --db "$work/r.tsumugi" --user admin --password-file "$work/pw" demo)
grep -q "6 demo" <<<"$demo"
version=$(QT_QPA_PLATFORM=offscreen "$work/root/usr/bin/tsumugi" --version)
grep -q "Tsumugi" <<<"$version"
echo "package installs and starts"
