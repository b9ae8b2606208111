"""Run the oracle's case files with whichever pydantic_core is importable; write the outcomes as JSON.

    python3 oracle/run.py OUT.json [-k SUBSTRING]...

Case files are `oracle/cases/*.py`; each `case_*` function gets a fresh
`casekit.Recorder`. The output maps "file.py::case_name" to its list of
[label, outcome] observations.
"""

from __future__ import annotations

import importlib.util
import json
import pathlib
import sys
import traceback

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from casekit import Recorder, norm  # noqa: E402


def case_files():
    return sorted((HERE / 'cases').glob('*.py'))


def load(path: pathlib.Path):
    spec = importlib.util.spec_from_file_location(f'oracle_cases_{path.stem}', path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def run(filters: list[str]) -> dict:
    results = {}
    for path in case_files():
        try:
            module = load(path)
        except Exception as exc:  # noqa: BLE001 - reported as an outcome
            results[f'{path.name}::<import>'] = [['import', {'raised': type(exc).__name__, 'message': norm(str(exc))}]]
            continue
        for name, fn in vars(module).items():
            if not name.startswith('case_') or not callable(fn):
                continue
            case_id = f'{path.name}::{name}'
            if filters and not any(f in case_id for f in filters):
                continue
            recorder = Recorder()
            try:
                fn(recorder)
            except Exception as exc:  # noqa: BLE001
                tb = traceback.extract_tb(exc.__traceback__)
                where = f'{pathlib.Path(tb[-1].filename).name}:{tb[-1].lineno}' if tb else ''
                recorder.record('case crashed', {'raised': type(exc).__name__, 'message': norm(str(exc)), 'at': where})
            results[case_id] = recorder.observations
    return results


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__, file=sys.stderr)
        return 64
    out = argv[0]
    filters = [argv[i + 1] for i, a in enumerate(argv) if a == '-k' and i + 1 < len(argv)]
    results = run(filters)
    import pydantic_core._pydantic_core as core

    payload = {'core': getattr(core, '__file__', '?'), 'cases': results}
    pathlib.Path(out).write_text(json.dumps(payload, indent=0, sort_keys=False, default=repr))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
