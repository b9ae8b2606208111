"""Compare two JUnit XML reports of the same upstream suite (native, pure): pass rates per area.

    python3 tools/upstream_report.py SUITE NATIVE.xml PURE.xml

The rate of an area is: tests passing with the pure core / tests passing natively.
Failing files are listed with their count of native-passing tests that fail on the pure core.
"""

import collections
import re
import sys
import xml.etree.ElementTree as ET

# Parametrized test ids may hold object addresses and random UUIDs, which differ between runs.
_ADDRESS = re.compile(r'0x[0-9a-fA-F]+')
_UUID = re.compile(r'[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}')


def outcomes(path):
    result = {}
    for case in ET.parse(path).getroot().iter('testcase'):
        name = _ADDRESS.sub('0x', f"{case.get('classname', '')}::{case.get('name', '')}")
        name = _UUID.sub('<uuid>', name)
        status = 'passed'
        for child in case:
            if child.tag in ('failure', 'error'):
                status = 'failed'
                break
            if child.tag == 'skipped':
                status = 'skipped'
        result[name] = status
    return result


def paired(native: dict, pure: dict) -> dict:
    """`pure` keyed by the native ids. An id that still differs (a parameter shown by its repr,
    which differs between the cores, or sys.path, which holds the pure core's folder) is paired
    with the pure run's test of the same function at the same position among its parameters."""
    def by_function(results):
        groups = collections.defaultdict(list)
        for name in results:
            groups[name.split('[', 1)[0]].append(name)
        return groups

    out = dict(pure)
    pure_groups = by_function(pure)
    for function, names in by_function(native).items():
        others = pure_groups.get(function, [])
        if len(others) != len(names):
            continue
        for name, other in zip(names, others):
            if name not in pure and other not in native:
                out[name] = pure[other]
    return out


def area(suite: str, name: str) -> str:
    if suite == 'pydantic':
        return 'pydantic'
    module = name.split('::')[0]
    if module.startswith('tests.validators.test_json') or module in ('tests.test_json', 'tests.serializers.test_json'):
        return 'JSON'
    if module.startswith('tests.validators.'):
        return 'validators'
    if module.startswith('tests.serializers.'):
        return 'serializers'
    if module in ('tests.test_errors', 'tests.test_custom_errors'):
        return 'errors'
    return 'other'


def main(argv):
    suite, native_path, pure_path = argv
    native = outcomes(native_path)
    pure = paired(native, outcomes(pure_path))
    per_area = collections.defaultdict(lambda: [0, 0])
    failing_files = collections.Counter()
    for name, status in native.items():
        if status != 'passed':
            continue
        key = area(suite, name)
        per_area[key][0] += 1
        if pure.get(name) == 'passed':
            per_area[key][1] += 1
        else:
            failing_files[name.split('::')[0]] += 1
    total_native = sum(v[0] for v in per_area.values())
    total_pure = sum(v[1] for v in per_area.values())
    print(f'{suite}: {len(native)} tests collected natively, {total_native} pass natively')
    for key in sorted(per_area):
        n, p = per_area[key]
        print(f'  {key:12} {p:6} / {n:6} pass on the pure core  ({100 * p / n:5.1f}%)')
    print(f'  {"total":12} {total_pure:6} / {total_native:6} pass on the pure core  ({100 * total_pure / max(total_native, 1):5.1f}%)')
    print('files with the most native-passing tests failing on the pure core:')
    for module, count in failing_files.most_common(25):
        print(f'  {count:5}  {module}')


if __name__ == '__main__':
    main(sys.argv[1:])
