#!/bin/bash
# Runs inside the chroot. Builds _pydantic_core from Debian's pydantic-core
# orig tarball (fetched into /srv/wasm-sources by fetch-sources.sh) with cargo,
# offline, against Debian's packaged crates and the wasm std sysroot.
set -euo pipefail
. "$(dirname "$0")/env.sh"
read -r orig sha ver < "$SRC/pydantic-core.fetched"
echo "  source: $orig (sha256 $sha, Debian $ver)"
rm -rf "$W/pydantic-core"; mkdir -p "$W/pydantic-core"
tar -xf "$SRC/$orig" -C "$W/pydantic-core" --strip-components=1
cd "$W/pydantic-core"
test -f Cargo.toml && test -f build.rs || { echo "  unexpected layout of $orig" >&2; exit 1; }
# as Debian's packaging does: lower minimum versions to the crates Debian has
python3 "$(dirname "$0")/relax-deps.py" Cargo.toml /usr/share/cargo/registry
# build.rs regenerates src/self_schema.py with this interpreter (needs typing_extensions)
export PYTHON=python3
exec "$(dirname "$0")/build-rust-ext.sh" "$W/pydantic-core" _pydantic_core _pydantic_core.cpython-312-wasm32-emscripten.so
