#!/usr/bin/env bash
# The course's own code on both cores: every `python runnable` lesson example and
# every exercise's solution and starter (drafts included) with their visible and
# hidden tests, run by oracle/course.py once with the
# native core and once with the pure core (same chroot interpreter, only
# PYTHONPATH differs); oracle/compare.py prints what differs (program output,
# test outcomes and messages, HTTP exchanges byte for byte, OpenAPI documents).
#
#   tools/course.sh [-k SUBSTRING]... [--all] [--max N] [--summary OUT.json] [--failing]
#
# --all also runs the known wrong answers and the Flask-only exercises (which
# cannot depend on the core): about three times as long.
# --failing also lists the course code that does not pass natively (an example
# that raises, a solution failing a test, a starter or wrong answer that passes).
# Exit status: 0 no differences, 1 differences, 2 no chroot.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
pkg="$(cd "$here/.." && pwd)"
repo="$(cd "$pkg/.." && pwd)"
out="$repo/.cache/course-oracle"
mkdir -p "$out"
run_args=()
compare_args=()
failing=0
while [ $# -gt 0 ]; do
  case "$1" in
    -k) run_args+=(-k "$2"); shift 2 ;;
    --all) run_args+=(--all); shift ;;
    --max) compare_args+=(--max "$2"); shift 2 ;;
    --summary) compare_args+=(--summary "$2"); shift 2 ;;
    --failing) failing=1; shift ;;
    *) echo "usage: $0 [-k SUBSTRING]... [--all] [--max N] [--summary OUT.json] [--failing]" >&2; exit 64 ;;
  esac
done
cd "$pkg"
export PYTHONHASHSEED=0
# The two runs are independent: run them side by side.
"$here/in-chroot.sh" python3 oracle/course.py "$out/native.json" "${run_args[@]}" &
native=$!
"$here/in-chroot.sh" --pure python3 oracle/course.py "$out/pure.json" "${run_args[@]}"
wait "$native"
[ "$failing" = 1 ] && "$here/in-chroot.sh" python3 oracle/course.py --failing "$out/native.json"
"$here/in-chroot.sh" python3 oracle/compare.py "$out/native.json" "$out/pure.json" "${compare_args[@]}"
