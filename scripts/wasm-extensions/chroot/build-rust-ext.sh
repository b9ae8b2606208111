#!/bin/bash
# Runs inside the chroot. Usage: build-rust-ext.sh CRATE_DIR LIB_NAME OUT_NAME
# Builds a pyo3 cdylib for wasm32-unknown-emscripten offline: crates.io is
# replaced by Debian's packaged crates (/usr/share/cargo/registry, from the
# librust-*-dev packages), std comes from the sysroot made by build-std.sh.
# Writes $W/out/OUT_NAME (may contain a subdir) and the resolved Cargo.lock beside it.
set -euo pipefail
. "$(dirname "$0")/env.sh"
crate=$1 lib=$2 out=$3
cd "$crate"
cat > "$W/debian-registry.toml" <<CFG
[source.crates-io]
replace-with = "debian"
[source.debian]
directory = "/usr/share/cargo/registry"
CFG
rm -rf Cargo.lock "$W/target-$lib"   # always a clean build (std in the sysroot may have changed)
export PYO3_CONFIG_FILE=$W/pyo3-config-cpython312-wasm32.txt
export RUSTFLAGS="--sysroot=$SYSROOT $REMAP $WASM_RUSTFLAGS"
# build scripts and proc macros run on the host and get no RUSTFLAGS (--target is given)
RUSTC_BOOTSTRAP=1 cargo --config "$W/debian-registry.toml" build --release --offline \
  --target "$TARGET" --target-dir "$W/target-$lib" 2>&1 | grep -vE '^\s+Compiling ' || true
built=$(ls "$W/target-$lib/$TARGET/release/$lib.wasm" "$W/target-$lib/$TARGET/release/lib$lib.so" 2>/dev/null | head -1 || true)
[ -n "$built" ] || { echo "  cargo produced no $lib.wasm" >&2; exit 1; }
mkdir -p "$(dirname "$W/out/$out")"
cp "$built" "$W/out/$out"
# the exact crate versions cargo resolved from Debian's registry
cp Cargo.lock "$W/out/${out%%.cpython-*}.Cargo.lock"
echo "  built $out: $(stat -c %s "$W/out/$out") bytes"
