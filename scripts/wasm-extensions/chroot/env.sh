# Sourced by the chroot step scripts. Fixed paths inside the chroot: the work
# dir is always /wasm-build (bind-mounted from a host dir), so the bytes of the
# outputs do not depend on where the host keeps its work dir.
export W=/wasm-build
export SRC=/srv/wasm-sources
export TARGET=wasm32-unknown-emscripten
export SYSROOT=$W/sysroot
export CARGO_HOME=$W/cargo-home
export HOME=$W/home
export LC_ALL=C.UTF-8 TZ=UTC
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1700000000}
export CARGO_INCREMENTAL=0 CARGO_TERM_COLOR=never CARGO_NET_OFFLINE=true
export CARGO_BUILD_JOBS=${CARGO_BUILD_JOBS:-$(nproc)}
# Pyodide 0.26's flags for Rust side modules, plus -Z link-native-libraries=no,
# plus path remapping so no build path of this machine ends up in the binary.
export REMAP="--remap-path-prefix=$W=/build --remap-path-prefix=/usr/share/cargo/registry=/cargo/registry --remap-path-prefix=/usr/lib/rustlib/src/rust=/rustc/src"
export WASM_RUSTFLAGS="-C link-self-contained=no -C link-arg=-sSIDE_MODULE=2 -C link-arg=-sWASM_BIGINT -Z link-native-libraries=no"
export CARGO_TARGET_WASM32_UNKNOWN_EMSCRIPTEN_LINKER=emcc
mkdir -p "$HOME" "$CARGO_HOME"
