#!/bin/bash
# Builds Python extension modules for Pyodide 0.26.4 (CPython 3.12, wasm32-emscripten)
# from Debian's archive alone, in a Debian trixie chroot made with debootstrap.
#
#   scripts/wasm-extensions/build.sh            build, write vendor/wasm-extensions/
#   scripts/wasm-extensions/build.sh --verify   rebuild in a clean work dir, compare
#                                               sha256 with vendor/wasm-extensions/manifest.json
# Options:
#   --cache DIR                 build cache (default /var/cache/course-wasm-build,
#                               or $WASM_BUILD_CACHE); holds the chroot and the work dirs
#   --pydantic-core-orig FILE   use FILE as pydantic-core_<ver>.orig.tar.gz; it must have
#                               the SHA256 listed in trixie's (signed) Sources index
#   --no-smoke                  skip the Pyodide smoke test (step 9)
#   --jobs N                    cargo/make parallelism (default: nproc)
# Needs: root, network access to deb.debian.org only, node (for step 9).
# The host's apt sources are not touched: debootstrap is installed on the host
# with the host's own sources if missing, everything else happens in the chroot.
set -euo pipefail
umask 022

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
VENDOR=$REPO/vendor/wasm-extensions
CACHE=${WASM_BUILD_CACHE:-/var/cache/course-wasm-build}
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
SUITE=trixie
MODE=build
SMOKE=1
PYDANTIC_CORE_ORIG=
JOBS=$(nproc)
TOTAL=9

while [ $# -gt 0 ]; do
  case "$1" in
    --verify) MODE=verify ;;
    --cache) CACHE=$2; shift ;;
    --pydantic-core-orig) PYDANTIC_CORE_ORIG=$(readlink -f "$2"); shift ;;
    --no-smoke) SMOKE=0 ;;
    --jobs) JOBS=$2; shift ;;
    -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done

ROOT=$CACHE/trixie-root
LOGS=$CACHE/logs
if [ "$MODE" = verify ]; then WORK=$CACHE/verify-work; else WORK=$CACHE/work; fi
# Packages of the chroot toolchain. librust-*-dev: the crates pydantic-core 2.27
# builds with (its Debian Build-Depends), used by cargo as an offline directory source.
TOOLCHAIN_PKGS="emscripten clang-19 lld-19 binaryen nodejs rustc cargo rust-src python3
  python3-typing-extensions xz-utils tcl make gcc libc6-dev
  librust-ahash-dev librust-base64-dev librust-enum-dispatch-dev librust-hex-dev
  librust-idna-dev librust-jiter+python-dev librust-num-bigint-dev librust-pyo3-dev
  librust-python3-dll-a-dev librust-regex-dev librust-serde-dev librust-serde-json-dev
  librust-smallvec-dev librust-speedate-dev librust-strum-dev librust-strum-macros-dev
  librust-url-dev librust-uuid-dev"
# Pure-Python packages the smoke test puts into Pyodide's site-packages.
PURE_PY_DEBS="python3-pydantic python3-pydantic-core python3-annotated-types python3-typing-extensions"

STEP=0 STEP_NAME="" STEP_T0=0 BLOCKED=()
mkdir -p "$LOGS"
step() {
  STEP=$1; STEP_NAME=$2; STEP_T0=$(date +%s)
  echo "[$STEP/$TOTAL] $STEP_NAME ..."
}
step_done() { echo "[$STEP/$TOTAL] done in $(( $(date +%s) - STEP_T0 ))s${1:+ ($1)}"; echo "$STEP $(( $(date +%s) - STEP_T0 )) $STEP_NAME" >> "$LOGS/timings-$MODE.txt"; }
on_error() {
  local rc=$?
  echo "" >&2
  echo "FAILED at step [$STEP/$TOTAL] $STEP_NAME (exit $rc)." >&2
  [ -f "$LOGS/step-$STEP.log" ] && { echo "--- last lines of $LOGS/step-$STEP.log:" >&2; tail -n 40 "$LOGS/step-$STEP.log" >&2; }
  exit "$rc"
}
trap on_error ERR
# run a command with its output in the step's log (shown on failure)
logged() { "$@" >> "$LOGS/step-$STEP.log" 2>&1; }
in_chroot() { chroot "$ROOT" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin CARGO_BUILD_JOBS="$JOBS" "$@"; }

# rm -rf that refuses to run while anything is mounted below the path (a bind
# mount of /dev inside a chroot must never be deleted through)
safe_rm() {
  local p
  for p in "$@"; do
    [ -e "$p" ] || continue
    p=$(readlink -f "$p")
    if awk '{print $2}' /proc/mounts | grep -qE "^$p(/|$)"; then
      echo "refusing to delete $p: something is mounted below it" >&2; return 1
    fi
    rm -rf "$p"
  done
}

MOUNTS=()
mount_chroot() {
  local m
  for m in proc dev wasm-build; do
    mkdir -p "$ROOT/$m"
    mountpoint -q "$ROOT/$m" && continue
    case $m in
      proc) mount -t proc proc "$ROOT/proc" ;;
      dev) mount --bind /dev "$ROOT/dev" ;;
      wasm-build) mount --bind "$WORK" "$ROOT/wasm-build" ;;
    esac
    MOUNTS+=("$ROOT/$m")
  done
}
umount_chroot() {
  local i
  for (( i=${#MOUNTS[@]}-1; i>=0; i-- )); do umount "${MOUNTS[$i]}" 2>/dev/null || umount -l "${MOUNTS[$i]}" || true; done
  MOUNTS=()
}
trap umount_chroot EXIT

[ "$(id -u)" = 0 ] || { echo "build.sh must run as root (debootstrap, chroot)" >&2; exit 2; }
rm -f "$LOGS"/step-*.log "$LOGS/timings-$MODE.txt"
echo "wasm extensions for Pyodide 0.26.4: mode=$MODE cache=$CACHE"

# ---------------------------------------------------------------------------
step 1 "creating the Debian $SUITE chroot with debootstrap (kept in the cache)"
if [ -f "$ROOT/.course-chroot-ok" ]; then
  step_done "cached: $ROOT"
else
  command -v debootstrap >/dev/null || logged apt-get install -y -q debootstrap \
    || { logged apt-get update -q && logged apt-get install -y -q debootstrap; }
  safe_rm "$ROOT.tmp"
  logged debootstrap --variant=minbase --include=ca-certificates "$SUITE" "$ROOT.tmp" "$MIRROR"
  printf 'deb %s %s main\ndeb-src %s %s main\n' "$MIRROR" "$SUITE" "$MIRROR" "$SUITE" > "$ROOT.tmp/etc/apt/sources.list"
  printf 'APT::Install-Recommends "false";\nAPT::Sandbox::User "root";\n' > "$ROOT.tmp/etc/apt/apt.conf.d/90course-wasm"
  safe_rm "$ROOT"; mv "$ROOT.tmp" "$ROOT"
  touch "$ROOT/.course-chroot-ok"
  step_done
fi

# every run starts from an empty work dir (verify mode uses a second one)
safe_rm "$WORK"; mkdir -p "$WORK"
mount_chroot

# ---------------------------------------------------------------------------
step 2 "installing the toolchain in the chroot (emscripten, clang/lld 19, rustc/cargo, librust-*-dev)"
want=$(echo $TOOLCHAIN_PKGS | tr ' ' '\n' | sort | sha256sum | cut -c1-16)
if [ "$(cat "$ROOT/.course-toolchain-ok" 2>/dev/null)" = "$want" ]; then
  step_done "cached"
else
  logged in_chroot apt-get update -q
  logged in_chroot env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $TOOLCHAIN_PKGS
  echo "$want" > "$ROOT/.course-toolchain-ok"
  step_done
fi
# the build scripts go into the chroot afresh on every run
rm -rf "$ROOT/opt/wasm-scripts"; mkdir -p "$ROOT/opt/wasm-scripts"
cp "$HERE"/chroot/* "$ROOT/opt/wasm-scripts/"
cp "$HERE/pyo3-config-cpython312-wasm32.txt" "$WORK/"
rm -rf "$WORK/probe"; cp -r "$HERE/probe" "$WORK/probe"
in_chroot /opt/wasm-scripts/toolchain-versions.sh > "$WORK/toolchain.json"

# ---------------------------------------------------------------------------
step 3 "fetching sources from Debian's archive (deb-src, SHA256 checked against the signed Sources index)"
if [ -n "$PYDANTIC_CORE_ORIG" ]; then
  # a copy placed by hand is accepted only if it is byte for byte Debian's orig tarball
  read -r want_name want_sha < <(in_chroot sh -c 'cd "$(mktemp -d)" && apt-get source --print-uris -qq pydantic-core' \
    | awk '$2 ~ /\.orig\.tar\./ {sub("SHA256:", "", $4); print $2, $4; exit}')
  got_sha=$(sha256sum "$PYDANTIC_CORE_ORIG" | cut -d' ' -f1)
  if [ "$got_sha" != "$want_sha" ]; then
    echo "  --pydantic-core-orig: $PYDANTIC_CORE_ORIG has sha256 $got_sha," >&2
    echo "  but trixie's Sources index lists $want_name with sha256 $want_sha" >&2
    false
  fi
  mkdir -p "$ROOT/srv/wasm-sources"; cp "$PYDANTIC_CORE_ORIG" "$ROOT/srv/wasm-sources/$want_name"
fi
rustc_ver=$(in_chroot dpkg-query -W -f '${source:Version}' rustc)
fetch() { logged in_chroot /opt/wasm-scripts/fetch-sources.sh "$@"; }
fetch "rustc@$rustc_ver=rustc_*.orig.tar.xz"
fetch "sqlite3=sqlite3_*.orig.tar.xz"
PYDANTIC_CORE_OK=1
if ! fetch "pydantic-core=pydantic-core_*.orig.tar.gz"; then
  PYDANTIC_CORE_OK=0
  msg=$(grep -E 'FAILED +pydantic-core' "$LOGS/step-3.log" | tail -1 | sed 's/^ *//')
  echo "  BLOCKED: pydantic-core's source is not obtainable from Debian's archive: $msg"
  echo "           (pass --pydantic-core-orig FILE with the tarball whose SHA256 trixie's Sources index lists)"
  BLOCKED+=("_pydantic_core: source tarball not served by Debian's archive ($msg)")
fi
logged in_chroot /opt/wasm-scripts/fetch-debs.sh $PURE_PY_DEBS
grep -hE "^  (fetch|cached)" "$LOGS/step-3.log" | sort -u | sed 's/^/ /' || true
step_done

# ---------------------------------------------------------------------------
step 4 "building Rust std for wasm32-unknown-emscripten (-Zbuild-std, offline, rustc's vendored crates)"
logged in_chroot /opt/wasm-scripts/build-std.sh
step_done "$(tail -1 "$LOGS/step-4.log" | sed 's/^ *//')"

# ---------------------------------------------------------------------------
step 5 "building the toolchain probe (a pyo3 module on pydantic-core's crate set from Debian's librust-*-dev)"
logged in_chroot /opt/wasm-scripts/build-rust-ext.sh /wasm-build/probe _course_wasm_probe toolchain-probe/_course_wasm_probe.cpython-312-wasm32-emscripten.so
step_done "$(tail -1 "$LOGS/step-5.log" | sed 's/^ *//')"

# ---------------------------------------------------------------------------
step 6 "building _pydantic_core with cargo, offline"
if [ "$PYDANTIC_CORE_OK" = 1 ]; then
  logged in_chroot /opt/wasm-scripts/build-pydantic-core.sh
  step_done "$(tail -1 "$LOGS/step-6.log" | sed 's/^ *//')"
else
  echo "[6/$TOTAL] BLOCKED: no pydantic-core source (see step 3)"
  step_done "blocked"
fi

# ---------------------------------------------------------------------------
step 7 "building _sqlite3 (SQLite amalgamation + CPython 3.12's Modules/_sqlite)"
logged in_chroot /opt/wasm-scripts/build-sqlite3.sh || {
  rc=$?
  if [ "$rc" = 3 ]; then
    reason=$(grep -E '^  BLOCKED' "$LOGS/step-7.log" | tail -1 | sed 's/^  BLOCKED: //')
    echo "[7/$TOTAL] BLOCKED: $reason"
    BLOCKED+=("_sqlite3: $reason")
  else
    false
  fi
}
grep -E '^  built' "$LOGS/step-7.log" | sed 's/^/ /' || true
step_done

# ---------------------------------------------------------------------------
step 8 "writing the manifest ($MODE)"
printf '%s\n' "${BLOCKED[@]}" > "$WORK/blocked.txt"
( cd "$HERE" && find . -type f ! -name README.md ! -name smoke-test.mjs ! -path './node_modules/*' -print0 | sort -z | xargs -0 sha256sum ) > "$WORK/scripts.sha256"
in_chroot python3 /opt/wasm-scripts/write-manifest.py > "$LOGS/manifest-$MODE.txt"
cat "$LOGS/manifest-$MODE.txt" | sed 's/^/  /'
if [ "$MODE" = build ]; then
  mkdir -p "$VENDOR"
  # drop artifacts of an older build, then copy the new ones
  python3 - "$VENDOR" "$WORK/out" <<'PY'
import json, os, shutil, sys
vendor, out = sys.argv[1], sys.argv[2]
new = json.load(open(os.path.join(out, 'manifest.json')))
try:
    old = json.load(open(os.path.join(vendor, 'manifest.json')))
except FileNotFoundError:
    old = {'artifacts': []}
for a in old.get('artifacts', []):
    for f in [a['file']] + [x['file'] for x in a.get('extraFiles', [])]:
        p = os.path.join(vendor, f)
        if os.path.isfile(p): os.remove(p)
for a in new['artifacts']:
    for f in [a['file']] + [x['file'] for x in a.get('extraFiles', [])]:
        dst = os.path.join(vendor, f); os.makedirs(os.path.dirname(dst), exist_ok=True)
        shutil.copyfile(os.path.join(out, f), dst)
shutil.copyfile(os.path.join(out, 'manifest.json'), os.path.join(vendor, 'manifest.json'))
print('  wrote', len(new['artifacts']), 'artifact(s) and manifest.json to', vendor)
PY
else
  python3 "$HERE/compare-manifest.py" "$VENDOR/manifest.json" "$WORK/out/manifest.json" "$WORK/out" | tee "$LOGS/verify-report.txt"
fi
step_done

# ---------------------------------------------------------------------------
step 9 "smoke test in Pyodide 0.26.4 under Node"
if [ "$SMOKE" = 1 ]; then
  if [ "$MODE" = build ]; then ART=$VENDOR; else ART=$WORK/out; fi
  node "$HERE/smoke-test.mjs" --artifacts "$ART" --site-packages "$WORK/site-packages" --allow-missing 2>&1 | tee "$LOGS/step-9.log"
  step_done
else
  echo "[9/$TOTAL] skipped (--no-smoke)"
fi

echo ""
echo "step timings (s):"; sed 's/^/  /' "$LOGS/timings-$MODE.txt"
if [ "${#BLOCKED[@]}" -gt 0 ]; then
  echo ""
  echo "INCOMPLETE: ${#BLOCKED[@]} artifact(s) could not be built:"
  printf '  - %s\n' "${BLOCKED[@]}"
  exit 3
fi
if [ "$MODE" = verify ] && ! grep -q '^VERIFY: identical' "$LOGS/verify-report.txt"; then exit 4; fi
echo "OK"
