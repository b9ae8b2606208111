#!/usr/bin/env bash
# Ensure the Debian forky chroot that holds the reference: CPython 3.14 with the
# native (Rust) pydantic-core 2.46.5, pydantic 2.13.5, FastAPI and the test
# tools. Reuses an existing chroot that has every package; builds it otherwise
# (root and debootstrap needed, about 2 minutes).
#
#   tools/forky-chroot.sh           ensure it exists (exit 0), or explain why not (exit 2)
#   tools/forky-chroot.sh --check   only report whether a usable chroot exists (exit 0 / 1)
#
# FORKY_CHROOT overrides the location (default: <repo>/.cache/forky-chroot).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
dir="${FORKY_CHROOT:-$repo/.cache/forky-chroot}"
mirror="${FORKY_MIRROR:-http://deb.debian.org/debian}"
packages=(
  python3 python3-pytest python3-hypothesis python3-pydantic python3-pydantic-core
  python3-fastapi python3-httpx2 python3-python-multipart python3-pydantic-settings
  python3-dirty-equals python3-inline-snapshot python3-pytest-mock python3-pytest-timeout
  python3-tz python3-email-validator
  python3-jsonschema python3-flask python3-httpx
)
# python3-jsonschema: pydantic's own test conftest; python3-flask and python3-httpx:
# the course's exercises (tools/course.sh), which run Flask apps and httpx clients too.

# A chroot is usable when dpkg lists every package as installed.
missing_packages() {
  local status="$1/var/lib/dpkg/status" pkg
  [ -f "$status" ] || { echo "${packages[*]}"; return; }
  for pkg in "${packages[@]}"; do
    awk -v p="$pkg" 'BEGIN{RS=""} $0 ~ "(^|\n)Package: " p "\n" && $0 ~ /\nStatus: install ok installed/ {found=1} END{exit !found}' "$status" \
      || printf '%s ' "$pkg"
  done
}

missing="$(missing_packages "$dir")"
if [ -z "$missing" ]; then
  [ "${1:-}" = "--check" ] || echo "forky chroot: reusing $dir"
  exit 0
fi
[ "${1:-}" = "--check" ] && exit 1

# A chroot that only lacks packages added to the list later gets them with apt
# (inside bubblewrap, the chroot bound writable), instead of a new debootstrap.
if [ "$(id -u)" = 0 ] && [ -x "$dir/usr/bin/apt-get" ] && command -v bwrap >/dev/null; then
  echo "forky chroot: installing into $dir: $missing"
  # shellcheck disable=SC2086
  if bwrap --bind "$dir" / --proc /proc --dev /dev --ro-bind /etc/resolv.conf /etc/resolv.conf --tmpfs /tmp \
       --setenv DEBIAN_FRONTEND noninteractive sh -c \
       "apt-get -q -o Acquire::Check-Valid-Until=false update >/dev/null && apt-get -q install -y --no-install-recommends $missing && apt-get clean"; then
    left="$(missing_packages "$dir")"
    [ -z "$left" ] && { echo "forky chroot: ready at $dir"; exit 0; }
  fi
  echo "forky chroot: installing into the existing chroot failed; building it anew" >&2
fi

if [ "$(id -u)" != 0 ] || ! command -v debootstrap >/dev/null; then
  echo "forky chroot: absent or incomplete at $dir (missing: $missing);" \
       "building it needs root and debootstrap" >&2
  exit 2
fi
# Bookworm's debootstrap has no forky script; sid's works for forky.
script=/usr/share/debootstrap/scripts/sid
[ -f "$script" ] || { echo "forky chroot: $script not found" >&2; exit 2; }

echo "forky chroot: building $dir (debootstrap forky from $mirror)"
tmp="$dir.partial"
rm -rf "$tmp"
mkdir -p "$(dirname "$dir")"
include="$(IFS=,; echo "${packages[*]}")"
debootstrap --variant=minbase --include="$include" forky "$tmp" "$mirror" "$script"
rm -rf "$tmp/var/cache/apt/archives/"*.deb
# Only an incomplete chroot is replaced; a mounted directory inside it would block this.
if [ -e "$dir" ]; then rm -rf "$dir"; fi
mv "$tmp" "$dir"
left="$(missing_packages "$dir")"
[ -z "$left" ] || { echo "forky chroot: still missing after build: $left" >&2; exit 2; }
echo "forky chroot: ready at $dir"
