#!/bin/bash
# Runs inside the chroot. Downloads trixie's binary debs of the pure-Python
# packages used next to the extensions (apt checks their SHA256), unpacks them
# and stages their pure-Python files in $W/site-packages (compiled .so files of
# the host architecture are left out). Writes $W/site-packages.json.
set -euo pipefail
. "$(dirname "$0")/env.sh"
d=/srv/wasm-sources/debs; mkdir -p "$d"; cd "$d"
rm -rf "$W/site-packages" "$W/debs-x"; mkdir -p "$W/site-packages" "$W/debs-x"
echo "[" > "$W/site-packages.json.new"; sep=""
for p in "$@"; do
  ver=$(apt-cache show "$p" | awk '/^Version:/{print $2; exit}')
  f=$(apt-cache show "$p=$ver" | awk '/^Filename:/{print $2; exit}'); f=${f##*/}
  sha=$(apt-cache show "$p=$ver" | awk '/^SHA256:/{print $2; exit}')
  if [ -f "$f" ] && [ "$(sha256sum "$f" | cut -d' ' -f1)" = "$sha" ]; then echo "  cached  $f"; else
    echo "  fetch   $f"; apt-get download -q "$p=$ver" >/dev/null; fi
  dpkg -x "$f" "$W/debs-x/$p"
  printf '%s {"package": "%s", "version": "%s", "deb": "%s", "sha256": "%s"}\n' "$sep" "$p" "$ver" "$f" "$sha" >> "$W/site-packages.json.new"; sep=","
  ( cd "$W/debs-x/$p/usr/lib/python3/dist-packages" && tar -cf - --exclude='*.so' --exclude=__pycache__ . ) | tar -xf - -C "$W/site-packages"
done
echo "]" >> "$W/site-packages.json.new"; mv "$W/site-packages.json.new" "$W/site-packages.json"
rm -rf "$W/debs-x"
echo "  staged $(find "$W/site-packages" -type f | wc -l) pure-Python files"
