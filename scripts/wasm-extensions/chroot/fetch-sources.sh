#!/bin/bash
# Runs inside the trixie chroot.
# Usage: fetch-sources.sh SRCPKG[@VERSION]=FILE-GLOB ...  e.g. rustc@1.85.1+dfsg1-1+deb13u1='rustc_*.orig.tar.xz'
# Downloads the matching files of Debian source packages (trixie, deb-src)
# into /srv/wasm-sources (a cache kept in the chroot) and checks each against
# the SHA256 listed in trixie's Sources index, which apt verified through the
# archive's signed InRelease. Prints "FILE SHA256 VERSION" lines to
# /srv/wasm-sources/<pkg>.fetched. Exits 3 naming every file it could not get.
set -euo pipefail
dest=/srv/wasm-sources
mkdir -p "$dest"
cd "$dest"
missing=()
for spec in "$@"; do
  # SRCPKG[@VERSION]=GLOB; without @VERSION apt picks the candidate (newest)
  pkgv=${spec%%=*}; glob=${spec#*=}; pkg=${pkgv%@*}
  req=$pkg; [ "$pkgv" = "$pkg" ] || req="$pkg=${pkgv#*@}"
  # (run in an empty dir: apt leaves out files already present in the cwd)
  uris=$(cd "$(mktemp -d)" && apt-get source --print-uris -qq "$req" 2>/dev/null | grep -E "^'" || true)
  ver=$(printf '%s\n' "$uris" | awk '{print $2}' | grep -m1 '\.dsc$' | sed -E "s/^${pkg}_//; s/\.dsc$//" || true)
  [ -n "$ver" ] || { echo "  no source package '$req' in trixie's Sources index" >&2; missing+=("$req"); continue; }
  : > "$pkg.fetched.new"
  found=0
  while read -r uri file size hash; do
    [ -n "$file" ] || continue
    # shellcheck disable=SC2254
    case "$file" in $glob) ;; *) continue ;; esac
    found=1
    uri=$(printf '%s' "$uri" | tr -d "'")
    sha=${hash#SHA256:}
    if [ -f "$file" ] && [ "$(sha256sum "$file" | cut -d' ' -f1)" = "$sha" ]; then
      echo "  cached  $file"
    else
      if ! /usr/lib/apt/apt-helper -o APT::Sandbox::User=root download-file "$uri" "$file.part" "$hash" > "$file.log" 2>&1; then
        echo "  FAILED  $file: $(grep -m1 -oE '[0-9]{3} +[A-Za-z ]+\[' "$file.log" | tr -d '[' || echo 'download error') <- $uri" >&2
        rm -f "$file.part"; missing+=("$file"); continue
      fi
      mv "$file.part" "$file"; rm -f "$file.log"
      echo "  fetch   $file ($size bytes)"
    fi
    echo "$file $sha $ver" >> "$pkg.fetched.new"
  done <<< "$uris"
  [ "$found" = 1 ] || { echo "  no file matching '$glob' in source package $pkg $ver" >&2; missing+=("$pkg:$glob"); }
  mv "$pkg.fetched.new" "$pkg.fetched"
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "  not available from Debian's archive: ${missing[*]}" >&2
  exit 3
fi
