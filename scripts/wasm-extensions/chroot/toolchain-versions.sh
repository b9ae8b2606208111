#!/bin/bash
# Runs inside the chroot: prints the toolchain versions as JSON.
set -euo pipefail
. "$(dirname "$0")/env.sh"
v() { dpkg-query -W -f '${Version}' "$1" 2>/dev/null || echo missing; }
python3 - "$(emcc --version 2>/dev/null | head -1)" "$(rustc -V)" "$(cargo -V)" "$(clang-19 --version | head -1)" \
  "$(v emscripten)" "$(v rustc)" "$(v cargo)" "$(v clang-19)" "$(v lld-19)" "$(v binaryen)" "$(v nodejs)" \
  "$(ls -d /usr/share/cargo/registry/pyo3-[0-9]* | sed 's/.*pyo3-//')" "$(v librust-pyo3-dev)" \
  "$(dpkg-query -W -f '${Package} ${Version} ${Architecture}\n' | sort | sha256sum | cut -d' ' -f1)" \
  "$WASM_RUSTFLAGS" "$REMAP" "$(cat /etc/debian_version)" <<'PY'
import json, sys
a = sys.argv[1:]
print(json.dumps({
  "debianSuite": "trixie (" + a[16] + ")",
  "emscripten": {"version": a[0], "debianPackage": a[4]},
  "rustc": {"version": a[1], "debianPackage": a[5]},
  "cargo": {"version": a[2], "debianPackage": a[6]},
  "clang": {"version": a[3], "debianPackage": a[7]},
  "lld": {"debianPackage": a[8]},
  "binaryen": {"debianPackage": a[9]},
  "nodejsInChroot": {"debianPackage": a[10]},
  "pyo3": {"crate": a[11], "debianPackage": "librust-pyo3-dev " + a[12]},
  "chrootPackagesSha256": a[13],
  "rustflags": a[14],
  "rustflagsPathRemap": a[15],
}, indent=2))
PY
