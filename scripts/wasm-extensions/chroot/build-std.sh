#!/bin/bash
# Runs inside the chroot. Builds Rust's std for wasm32-unknown-emscripten with
# -Zbuild-std from Debian's rust-src (/usr/lib/rustlib/src/rust/library); its
# crates.io dependencies come from the vendor/ folder of Debian's rustc orig
# tarball, used offline as a directory source. Installs the rlibs into
# $SYSROOT/lib/rustlib/wasm32-unknown-emscripten/lib.
set -euo pipefail
. "$(dirname "$0")/env.sh"
orig=$(awk '{print $1}' "$SRC/rustc.fetched")
rm -rf "$W/std" "$SYSROOT"; mkdir -p "$W/std"
cd "$W/std"
echo "  unpacking vendor/ of $orig"
tar -xf "$SRC/$orig" --wildcards '*/vendor/*' --strip-components=1
# Debian's dfsg repack removed files: blank the per-file checksums, keep the package checksum.
python3 - <<'PY'
import json, glob, re
for f in glob.glob('vendor/*/.cargo-checksum.json'):
    d = json.load(open(f)); d['files'] = {}
    json.dump(d, open(f, 'w'))
# dlmalloc depends on windows-sys on Windows only; Debian's vendor/ has no windows-sys.
for f in glob.glob('vendor/dlmalloc-*/Cargo.toml'):
    s = open(f).read()
    s2 = re.sub(r'\n\[target\.[^\n]*windows[^\n]*\]\n(?:[^\[\n][^\n]*\n|\n)*', '\n', s)
    s2 = re.sub(r'\n\[target\.[^\n]*\.dependencies\.windows-sys\]\n(?:[^\[\n][^\n]*\n)*', '\n', s2)
    open(f, 'w').write(s2)
PY
cat > config.toml <<CFG
[source.crates-io]
replace-with = "rustc-vendor"
[source.rustc-vendor]
directory = "$W/std/vendor"
CFG
mkdir -p probe/src
cat > probe/Cargo.toml <<CFG
[package]
name = "std-build-probe"
version = "0.0.0"
edition = "2021"
[lib]
path = "src/lib.rs"
[profile.release]
debug = false
CFG
echo '' > probe/src/lib.rs
cd probe
# -C embed-bitcode=yes: the extensions are built with lto = "fat", which needs std as bitcode too
RUSTC_BOOTSTRAP=1 RUSTFLAGS="$REMAP $WASM_RUSTFLAGS -C embed-bitcode=yes" \
  cargo --config "$W/std/config.toml" build --release --offline \
  -Zbuild-std=std,panic_unwind --target "$TARGET" 2>&1 | grep -vE '^\s+Compiling ' || true
test -n "$(ls target/$TARGET/release/deps/libstd-*.rlib 2>/dev/null)" || { echo "  std did not build" >&2; exit 1; }
lib="$SYSROOT/lib/rustlib/$TARGET/lib"; mkdir -p "$lib"
for f in target/$TARGET/release/deps/*.rlib; do
  case "$(basename "$f")" in libstd_build_probe-*) continue ;; esac
  cp "$f" "$lib/"
done
echo "  sysroot: $(ls "$lib" | wc -l) rlibs in $lib"
