#!/usr/bin/env bash
# The package's tests, as `npm test` and CI run them: the pytest suite
# (tests/, in the forky chroot, native and pure cores side by side; hypothesis
# tests capped at 200 examples each, PURE_CORE_EXAMPLES=full for the files' own
# counts), the differential oracle and the course oracle (the course's lesson
# and exercise code on both cores, tools/course.sh). Builds the chroot when it is absent and this is root
# with debootstrap; otherwise the tests are skipped with a message.
#
#   tools/test.sh [--report FILE]
#
# --report writes {numPassedTests, numFailedTests, numPendingTests, numTodoTests}
# (pytest tests + oracle cases + course cases) for scripts/test-all.mjs.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
pkg="$(cd "$here/.." && pwd)"
repo="$(cd "$pkg/.." && pwd)"
report=""
if [ "${1:-}" = "--report" ]; then report="$2"; fi
work="$repo/.cache/pure-pydantic-core-tests"
mkdir -p "$work"

write_report() {  # passed failed skipped
  [ -n "$report" ] || return 0
  mkdir -p "$(dirname "$report")"
  printf '{"numPassedTests": %d, "numFailedTests": %d, "numPendingTests": %d, "numTodoTests": 0}\n' "$1" "$2" "$3" > "$report"
}

"$here/forky-chroot.sh"
case $? in
  0) ;;
  2) echo "pydantic-core tests: SKIPPED (no forky chroot, and it cannot be built here: needs root and debootstrap)"
     write_report 0 0 1
     exit 0 ;;
  *) echo "pydantic-core tests: building the forky chroot failed"; write_report 0 1 0; exit 1 ;;
esac

cd "$pkg"
rm -f "$work/junit.xml" "$work/oracle.json" "$work/course.json"
"$here/in-chroot.sh" python3 -m pytest tests -q -p no:cacheprovider -o addopts="" --junitxml="$work/junit.xml"
pytest_status=$?
"$here/oracle.sh" --summary "$work/oracle.json"
oracle_status=$?
"$here/course.sh" --summary "$work/course.json"
course_status=$?

counts="$("$here/in-chroot.sh" python3 - "$work/junit.xml" "$work/oracle.json" "$work/course.json" <<'PY'
import json, sys, xml.etree.ElementTree as ET
passed = failed = skipped = 0
try:
    root = ET.parse(sys.argv[1]).getroot()
    for suite in ([root] if root.tag == 'testsuite' else root.iter('testsuite')):
        tests, fail = int(suite.get('tests', 0)), int(suite.get('failures', 0)) + int(suite.get('errors', 0))
        skip = int(suite.get('skipped', 0))
        passed += tests - fail - skip; failed += fail; skipped += skip
except Exception:
    failed += 1
for path in sys.argv[2:]:
    try:
        summary = json.load(open(path))
        passed += summary['cases'] - summary['differing']; failed += summary['differing']
    except Exception:
        failed += 1
print(passed, failed, skipped)
PY
)"
read -r passed failed skipped <<<"${counts:-0 1 0}"
write_report "$passed" "$failed" "$skipped"
echo "pydantic-core tests: $passed passed, $failed failed, $skipped skipped (pytest exit $pytest_status, oracle exit $oracle_status, course exit $course_status)"
[ "$pytest_status" = 0 ] && [ "$oracle_status" = 0 ] && [ "$course_status" = 0 ]
