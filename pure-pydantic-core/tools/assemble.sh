#!/usr/bin/env bash
# Assemble the importable pure-Python pydantic_core into a directory for
# PYTHONPATH and print that directory:
#   <out>/pydantic_core/__init__.py, core_schema.py   Debian's, from the forky chroot
#   <out>/pydantic_core/_pydantic_core                 our package (a symlink, so edits are live)
# Debian's files are copied, never committed. OUT defaults to <repo>/.cache/pure-pydantic-core-site;
# --copy copies our package instead of linking it (for bundles).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
pkg="$(cd "$here/.." && pwd)"
repo="$(cd "$pkg/.." && pwd)"
chroot_dir="${FORKY_CHROOT:-$repo/.cache/forky-chroot}"
copy=0
if [ "${1:-}" = "--copy" ]; then copy=1; shift; fi
out="${1:-$repo/.cache/pure-pydantic-core-site}"
deb="$chroot_dir/usr/lib/python3/dist-packages/pydantic_core"
[ -f "$deb/core_schema.py" ] || { echo "assemble: Debian's pydantic_core not found in $deb" >&2; exit 2; }

target="$out/pydantic_core"
mkdir -p "$target"
for f in __init__.py core_schema.py py.typed; do
  [ -e "$deb/$f" ] && cmp -s "$deb/$f" "$target/$f" || cp "$deb/$f" "$target/$f"
done
src="$pkg/src/pydantic_core/_pydantic_core"
if [ "$copy" = 1 ]; then
  rm -rf "$target/_pydantic_core"
  cp -r "$src" "$target/_pydantic_core"
  find "$target/_pydantic_core" -name __pycache__ -prune -exec rm -rf {} +
elif [ "$(readlink "$target/_pydantic_core" 2>/dev/null)" != "$src" ]; then
  rm -rf "$target/_pydantic_core"
  ln -s "$src" "$target/_pydantic_core"
fi
echo "$out"
