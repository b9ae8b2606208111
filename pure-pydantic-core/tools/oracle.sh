#!/usr/bin/env bash
# The differential oracle: run oracle/cases with the native core and with the
# pure core (same chroot interpreter, only PYTHONPATH differs) and compare.
#
#   tools/oracle.sh [-k SUBSTRING]... [--max N] [--summary OUT.json]
#
# Exit status: 0 no differences, 1 differences, 2 no chroot.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
pkg="$(cd "$here/.." && pwd)"
repo="$(cd "$pkg/.." && pwd)"
out="$repo/.cache/oracle"
mkdir -p "$out"
run_args=()
compare_args=()
while [ $# -gt 0 ]; do
  case "$1" in
    -k) run_args+=(-k "$2"); shift 2 ;;
    --max) compare_args+=(--max "$2"); shift 2 ;;
    --summary) compare_args+=(--summary "$2"); shift 2 ;;
    *) echo "usage: $0 [-k SUBSTRING]... [--max N] [--summary OUT.json]" >&2; exit 64 ;;
  esac
done
cd "$pkg"
# A fixed hash seed: set and dict orders (and so reprs) are the same in both runs.
export PYTHONHASHSEED=0
"$here/in-chroot.sh" python3 oracle/run.py "$out/native.json" "${run_args[@]}"
"$here/in-chroot.sh" --pure python3 oracle/run.py "$out/pure.json" "${run_args[@]}"
"$here/in-chroot.sh" python3 oracle/compare.py "$out/native.json" "$out/pure.json" "${compare_args[@]}"
