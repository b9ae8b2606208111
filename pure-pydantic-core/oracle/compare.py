"""Compare two oracle outcome files (native first, pure second); print the differences.

    python3 oracle/compare.py NATIVE.json PURE.json [--max N] [--summary OUT.json]

Exit status 0 when every case has the same outcomes, 1 otherwise.
"""

from __future__ import annotations

import difflib
import json
import sys


def _fmt(value) -> str:
    text = json.dumps(value, ensure_ascii=False, indent=2, default=repr)
    lines = text.splitlines()
    if len(lines) > 40:
        lines = lines[:40] + [f'  … ({len(lines) - 40} more lines)']
    return '\n'.join('      ' + line for line in lines)


def _lines(value) -> list[str]:
    text = json.dumps(value, ensure_ascii=False, indent=1, default=repr)
    # Long strings (str(error)) are easier to compare line by line.
    out = []
    for line in text.splitlines():
        if '\\n' in line and len(line) > 100:
            out.extend(line.replace('\\n', '\\n\n').splitlines())
        else:
            out.append(line)
    return out


def _diff(native, pure) -> str:
    lines = list(difflib.unified_diff(_lines(native), _lines(pure), 'native', 'pure', n=1, lineterm=''))[2:]
    if len(lines) > 30:
        lines = lines[:30] + [f'… ({len(lines) - 30} more diff lines)']
    return '\n'.join('      ' + line for line in lines)


def compare(native: dict, pure: dict, max_shown: int) -> int:
    cases = list(dict.fromkeys([*native, *pure]))
    differing = 0
    observations = 0
    differing_obs = 0
    shown = 0
    for case_id in cases:
        a = native.get(case_id)
        b = pure.get(case_id)
        observations += len(a or ())
        if a == b:
            continue
        differing += 1
        if a is None or b is None:
            differing_obs += 1
            print(f'\n✗ {case_id}: only in {"pure" if a is None else "native"} run')
            continue
        diffs = []
        for index in range(max(len(a), len(b))):
            oa = a[index] if index < len(a) else None
            ob = b[index] if index < len(b) else None
            if oa != ob:
                diffs.append((index, oa, ob))
        differing_obs += len(diffs)
        print(f'\n✗ {case_id}: {len(diffs)} of {max(len(a), len(b))} observations differ')
        for index, oa, ob in diffs:
            if shown >= max_shown:
                break
            shown += 1
            label = (oa or ob)[0]
            if oa is not None and ob is not None and oa[0] != ob[0]:
                label = f'{oa[0]}  |  pure: {ob[0]}'
            print(f'  [{index}] {label}')
            print(_diff(oa[1] if oa else None, ob[1] if ob else None))
    print(
        f'\noracle: {len(cases)} cases, {observations} observations; '
        f'{differing} cases differ ({differing_obs} observations)'
        + ('' if shown < max_shown or not differing else f'; first {max_shown} differences shown')
    )
    compare.summary = {'cases': len(cases), 'differing': differing, 'observations': observations}
    return 1 if differing else 0


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 64
    max_shown = 30
    if '--max' in argv:
        max_shown = int(argv[argv.index('--max') + 1])
    with open(argv[0]) as f:
        native = json.load(f)
    with open(argv[1]) as f:
        pure = json.load(f)
    print(f'native core: {native["core"]}\npure core:   {pure["core"]}')
    status = compare(native['cases'], pure['cases'], max_shown)
    if '--summary' in argv:
        with open(argv[argv.index('--summary') + 1], 'w') as f:
            json.dump(compare.summary, f)
    return status


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
