#!/usr/bin/env bash
# Pass rates of an upstream test suite, native core vs pure core, per area.
# Measurement only: the checkout is read where it is (bound into the sandbox),
# nothing of it is copied into the repository.
#
#   tools/upstream.sh CHECKOUT [-k EXPR] [--only native|pure] [extra pytest args...]
#
# CHECKOUT is a pydantic-core checkout (the `pydantic-core/` folder of the
# pydantic repository at tag core-v2.46.4, or the repository root) or a
# pydantic checkout (tag v2.13.4). Only its tests/ folder is used, mounted on
# its own so that the chroot's Debian pydantic (not the checkout's) is tested.
# Results (JUnit XML and a summary) go to .cache/upstream/.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
pkg="$(cd "$here/.." && pwd)"
repo="$(cd "$pkg/.." && pwd)"
[ $# -ge 1 ] || { echo "usage: $0 CHECKOUT [--only native|pure] [pytest args...]" >&2; exit 64; }
checkout="$(cd "$1" && pwd)"; shift
only=""
if [ "${1:-}" = "--only" ]; then only="$2"; shift 2; fi
pytest_args=("$@")

if [ ! -f "$checkout/tests/test_main.py" ] && [ -d "$checkout/pydantic-core/tests/validators" ]; then
  checkout="$checkout/pydantic-core"
fi
if [ -d "$checkout/tests/validators" ] && [ -d "$checkout/tests/serializers" ]; then
  suite=pydantic-core
  ignores=(--ignore=tests/benchmarks --ignore=tests/test_docstrings.py)
elif [ -f "$checkout/tests/test_main.py" ]; then
  suite=pydantic
  # Docstring-format and typing-tool tests are not about the core.
  ignores=(--ignore=tests/benchmarks --ignore=tests/mypy --ignore=tests/test_docs.py)
  # pydantic's conftest needs jsonschema, which the chroot does not have: Debian's packages of it
  # are fetched once with apt-get inside the sandbox and unpacked into .cache (measurement only).
  deps="$repo/.cache/upstream-deps"
  if [ ! -d "$deps/root/usr/lib/python3/dist-packages/jsonschema" ]; then
    mkdir -p "$deps/debs" "$deps/root"
    (cd "$deps/debs" && "$here/in-chroot.sh" apt-get download -qq -o Debug::NoLocking=1 \
      -o Acquire::Check-Valid-Until=false python3-jsonschema python3-referencing \
      python3-jsonschema-specifications python3-rpds-py python3-attr)
    for deb in "$deps"/debs/*.deb; do dpkg-deb -x "$deb" "$deps/root" 2>/dev/null || \
      "$here/in-chroot.sh" dpkg-deb -x "$deb" "$deps/root"; done
  fi
  export PYTHONPATH="$deps/root/usr/lib/python3/dist-packages${PYTHONPATH:+:$PYTHONPATH}"
else
  echo "upstream: $checkout holds neither pydantic-core's nor pydantic's tests" >&2; exit 64
fi
out="$repo/.cache/upstream"
# Set and dict orders inside parametrized test ids must not differ between the two runs.
export PYTHONHASHSEED=0
mkdir -p "$out"
"$here/forky-chroot.sh" >/dev/null

run() {  # native|pure
  local mode="$1" flag=()
  [ "$mode" = pure ] && flag=(--pure)
  echo "upstream: running $suite tests with the $mode core" >&2
  local start=$SECONDS
  "$here/in-chroot.sh" "${flag[@]}" --bind-as "$checkout/tests" /upstream/tests --bind "$out" --chdir /upstream \
    env PYTHONDONTWRITEBYTECODE=1 python3 -m pytest tests -q -p no:cacheprovider -o addopts="" \
      -o markers="thread_unsafe: x" --timeout=60 --continue-on-collection-errors "${ignores[@]}" --junitxml="$out/$suite-$mode.xml" "${pytest_args[@]}" \
    > "$out/$suite-$mode.log" 2>&1 || true
  echo "upstream: $mode run took $((SECONDS - start)) s (log: $out/$suite-$mode.log)" >&2
}
[ "$only" = pure ] || run native
[ "$only" = native ] || run pure

cd "$pkg"
"$here/in-chroot.sh" python3 tools/upstream_report.py "$suite" "$out/$suite-native.xml" "$out/$suite-pure.xml" | tee "$out/$suite-summary.txt"
