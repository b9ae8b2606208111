"""Run the course's own Python code with whichever pydantic_core is importable; write the outcomes as JSON.

    python3 oracle/course.py OUT.json [-k SUBSTRING]... [--all] [--repo DIR]
    python3 oracle/course.py --failing OUT.json     (what does not do what the course expects)

What runs (the repository's `lessons/` and `exercises/`, drafts included):
- every `python runnable` block of lessons/*.mdx, and every other python block
  that mentions FastAPI or pydantic (a "snippet", run alone, and when it needs
  names an earlier snippet of the lesson defined, after those), as a program: its
  stdout, its exception if any, the warnings it raised, the OpenAPI document of
  a FastAPI `app` it defines, one request to each of the app's routes (path
  parameters 1, body `{}`: 422 bodies), and its `test_*` functions called in turn;
- every exercise's solution, starter and (--all) known wrong answers
  (`wrong/<name>/` laid over the solution), each against its visible and its hidden tests:
  every test's outcome and failure message, the warnings, every HTTP exchange
  made through an httpx client (FastAPI's TestClient included: request and
  response bytes, so 422 bodies are compared byte for byte) and the OpenAPI
  document of each FastAPI app the tests imported.
  Known wrong answers, and the exercises that never mention FastAPI or pydantic
  (Flask only: they cannot depend on the core), run only with --all (about three
  times as long).

Everything runs in this one process (pytest.main per test folder, modules of
the previous run dropped), so that the native and the pure run take the same
path. The output has the oracle's format ({"core", "cases"}), so
oracle/compare.py compares two runs.
"""

from __future__ import annotations

import contextlib
import datetime
import gc
import io
import json
import os
import pathlib
import random
import re
import shutil
import sys
import tempfile
import time
import traceback
import types
import warnings

HERE = pathlib.Path(__file__).resolve().parent
FENCE = re.compile(r'^(```+|~~~+)\s*python\b([^\n]*)$')
_ADDRESS = re.compile(r'0x[0-9a-fA-F]{4,}')
# id() of an object in decimal (course code builds test ids from it).
_OBJECT_ID = re.compile(r'\b1[34]\d{13}\b')
_GUIDE = re.compile(r'^\s*\?\s')
# Date-times near the time of the run come from the real clock: keep their shape only.
_DATETIME = re.compile(r'\b(\d{4})-(\d\d)-(\d\d)[T ]\d\d:\d\d(:\d\d(\.\d+)?)?')
_TODAY = datetime.date.today()


def _clock_time(match: re.Match) -> str:
    try:
        day = datetime.date(*map(int, match.group(1, 2, 3)))
    except ValueError:
        return match.group()
    return re.sub(r'\d', '9', match.group()) if abs((day - _TODAY).days) <= 40 else match.group()
# Test runs must not depend on the plugins this interpreter happens to have
# (hypothesis, anyio, inline-snapshot...): the course's grader has none of them.
os.environ['PYTEST_DISABLE_PLUGIN_AUTOLOAD'] = '1'


class Run:
    """The observations of one item, and the temporary folder it runs in."""

    def __init__(self, label: str):
        gc.collect()  # what earlier items left behind is finalised before this one starts
        self.label = label
        self.dir = pathlib.Path(tempfile.mkdtemp(prefix='course-'))
        self.observations: list = []
        self.http: list = []
        _deterministic_randomness(label)

    def norm(self, text: str) -> str:
        text = text.replace(str(self.dir), '<dir>')
        text = _OBJECT_ID.sub('<id>', _ADDRESS.sub('0x…', text))
        return _DATETIME.sub(_clock_time, text)

    def norm_message(self, message: str) -> str:
        """A test's failure message; pytest's full diff (ndiff) sorted, without its '?' guide lines:
        how ndiff pairs lines depends on object ids and clock times, normalised only afterwards."""
        head, marker, diff = message.partition('Full diff:')
        if marker:
            lines = [self.norm(line) for line in diff.splitlines() if not _GUIDE.match(line)]
            return self.norm(head) + marker + '\n'.join(sorted(lines))
        return self.norm(message)

    def record(self, label: str, value) -> None:
        self.observations.append([label, value])

    def close(self) -> list:
        if self.http:
            self.record('http exchanges', self.http)
        shutil.rmtree(self.dir, ignore_errors=True)
        return self.observations


def _deterministic_randomness(seed: str) -> None:
    """The same "random" bytes in both runs: course code makes ids with uuid4 and secrets."""
    source = random.Random(seed)
    os.urandom = random._urandom = source.randbytes
    random.seed(seed)


# --- HTTP exchanges: every request sent through an httpx client ------------------------------

_current: Run | None = None


def _patch_httpx() -> None:
    """Wrap Client.send of both httpx flavours (Starlette's TestClient uses httpx2 when present)."""
    for name in ('httpx2', 'httpx'):
        try:
            module = __import__(name)
        except ImportError:
            continue
        original = module.Client.send
        if getattr(original, '_course_wrapped', False):
            continue

        def send(self, request, *args, _original=original, **kwargs):
            response = _original(self, request, *args, **kwargs)
            if _current is not None:
                try:
                    body = response.read()
                except Exception as exc:  # noqa: BLE001 - a streamed body may refuse
                    body = f'<unread: {type(exc).__name__}>'.encode()
                _current.http.append({
                    'request': _current.norm(f'{request.method} {request.url}'),
                    'request_body': _current.norm(bytes(request.content or b'').decode('utf-8', 'replace')),
                    'status': response.status_code,
                    'content_type': response.headers.get('content-type'),
                    'body': _current.norm(body.decode('utf-8', 'replace')),
                })
            return response

        send._course_wrapped = True
        module.Client.send = send


# --- shared helpers ------------------------------------------------------------------------

def _drop_modules(folder: pathlib.Path) -> None:
    """Forget every module imported from `folder` (and pytest's conftest/test modules)."""
    prefix = str(folder)
    for name, module in list(sys.modules.items()):
        file = getattr(module, '__file__', None) or ''
        if file.startswith(prefix) or name == 'conftest' or name.startswith('test_'):
            del sys.modules[name]


def _openapi(run: Run, label: str, app) -> None:
    try:
        from fastapi import FastAPI
    except ImportError:
        return
    if not isinstance(app, FastAPI):
        return
    try:
        with _warnings_recorded(run, f'{label}: warnings'):
            document = json.dumps(app.openapi(), indent=1, ensure_ascii=False)
    except Exception as exc:  # noqa: BLE001 - an app whose schema fails is an outcome
        document = {'raised': type(exc).__name__, 'message': run.norm(str(exc))}
    run.record(label, document if isinstance(document, dict) else run.norm(document))


def _probe_models(run: Run, namespace: dict, module: str = '__main__') -> None:
    """Every pydantic model the example defines: its JSON schema, and what it makes of `{}`."""
    try:
        from pydantic import BaseModel, ValidationError
    except ImportError:
        return
    for name, model in namespace.items():
        if not (isinstance(model, type) and issubclass(model, BaseModel) and model.__module__ == module):
            continue
        try:
            schema = json.dumps(model.model_json_schema(), indent=1, ensure_ascii=False)
        except Exception as exc:  # noqa: BLE001 - a model whose schema fails is an outcome
            schema = _exception(run, exc, '')
        run.record(f'model {name} JSON schema', schema)
        try:
            outcome = repr(model.model_validate({}))
        except ValidationError as exc:
            outcome = {'errors': exc.json(include_url=True), 'str': str(exc)}
        except Exception as exc:  # noqa: BLE001
            outcome = _exception(run, exc, '')
        run.record(f'model {name} from {{}}', outcome)


def _exception(run: Run, exc: BaseException, filename: str) -> dict:
    lines = [f.lineno for f in traceback.extract_tb(exc.__traceback__) if f.filename == filename]
    return {'raised': type(exc).__name__, 'message': run.norm(str(exc)), 'line': lines[-1] if lines else None}


@contextlib.contextmanager
def _warnings_recorded(run: Run, label: str):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        yield
    kept = sorted({f'{w.category.__name__}: {run.norm(str(w.message))}' for w in caught if _kept(w.category)})
    if kept:
        run.record(label, kept)


def _kept(category) -> bool:
    """ResourceWarnings (an unclosed file or socket) come when the garbage collector gets to the
    object, which can be during a later item's run: not something the core decides."""
    return not issubclass(category, ResourceWarning)


# --- lesson examples -------------------------------------------------------------------------

def lesson_examples(repo: pathlib.Path):
    """(label, code, runnable): every `python runnable` block, and every other python block that
    mentions FastAPI or pydantic (a snippet: run alone too, where a fragment raises alike on both cores)."""
    for path in sorted((repo / 'lessons').glob('*.mdx')):
        lines = path.read_text().split('\n')
        i = 0
        while i < len(lines):
            match = FENCE.match(lines[i].strip())
            if match:
                start, fence, code = i, match.group(1), []
                runnable = re.search(r'\brunnable\b', match.group(2)) is not None
                i += 1
                while i < len(lines) and not lines[i].strip().startswith(fence):
                    code.append(lines[i])
                    i += 1
                text = '\n'.join(code) + '\n'
                if runnable:
                    yield f'lessons/{path.name}:{start + 1}', text
                elif re.search(r'\b(fastapi|pydantic)\b', text):
                    yield f'lessons/{path.name}:{start + 1} snippet', text
            i += 1


def _probe(run: Run, app) -> None:
    """Every route of a FastAPI app the example defines, called once (path parameters 1, an
    empty JSON object as the body): what the core makes of a request it was not written for
    (422 bodies above all), byte for byte through the recorded exchanges."""
    try:
        from fastapi import FastAPI
        from fastapi.routing import APIRoute
        from fastapi.testclient import TestClient
    except ImportError:
        return
    if not isinstance(app, FastAPI):
        return
    client = TestClient(app, raise_server_exceptions=False)
    for route in app.routes:
        if not isinstance(route, APIRoute):
            continue
        url = re.sub(r'\{[^}]+\}', '1', route.path)
        for method in sorted(route.methods):
            body = {'json': {}} if method in ('POST', 'PUT', 'PATCH') else {}
            try:
                client.request(method, url, **body)
            except Exception as exc:  # noqa: BLE001 - a route that cannot be called is an outcome
                run.record(f'probe {method} {route.path} raised', _exception(run, exc, ''))


def run_lesson(label: str, code: str) -> list:
    global _current
    run = _current = Run(label)
    filename = str(run.dir / 'example.py')
    (run.dir / 'example.py').write_text(code)
    # A real __main__ module, as when the program runs on its own: pydantic and
    # FastAPI resolve annotations through sys.modules[cls.__module__].
    main_module = types.ModuleType('__main__')
    main_module.__file__ = filename
    namespace = main_module.__dict__
    saved_main = sys.modules['__main__']
    sys.modules['__main__'] = main_module
    out = io.StringIO()
    cwd = os.getcwd()
    os.chdir(run.dir)
    sys.path.insert(0, str(run.dir))
    try:
        with _warnings_recorded(run, 'warnings'), contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
            try:
                exec(compile(code, filename, 'exec'), namespace)  # noqa: S102 - the course's own example
            except BaseException as exc:  # noqa: BLE001 - SystemExit included
                run.record('program raised', _exception(run, exc, filename))
        run.record('output', run.norm(out.getvalue()))
        _openapi(run, 'openapi', namespace.get('app'))
        with _warnings_recorded(run, 'probe warnings'), contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
            _probe(run, namespace.get('app'))
            _probe_models(run, namespace)
    finally:
        sys.modules['__main__'] = saved_main
        os.chdir(cwd)
        sys.path.remove(str(run.dir))
        _drop_modules(run.dir)
        _current = None
    if any(name.startswith('test_') and callable(value) for name, value in namespace.items()):
        # An example that defines tests is also run as a test file, as a learner would.
        (run.dir / 'example.py').rename(run.dir / 'test_example.py')
        _pytest(run)
    return run.close()


# --- exercises -------------------------------------------------------------------------------

class _Collector:
    """A pytest plugin that keeps each test's outcome and failure message."""

    def __init__(self, run: Run):
        self.run = run
        self.tests: dict = {}

    def pytest_runtest_logreport(self, report):
        if report.when == 'call' or report.outcome != 'passed':
            entry = {'outcome': report.outcome if report.when == 'call' else f'{report.outcome} in {report.when}'}
            crash = getattr(report.longrepr, 'reprcrash', None)
            if report.outcome == 'failed':
                message = crash.message if crash else str(report.longrepr)
                entry['message'] = self.run.norm_message(message)
            if report.when == 'call' or report.nodeid not in self.tests:
                self.tests[report.nodeid] = entry

    def pytest_collectreport(self, report):
        if report.failed:
            text = str(report.longrepr)
            errors = [line[1:].strip() for line in text.splitlines() if line.startswith('E ')]
            self.run.record(f'collection error {report.nodeid or "."}', self.run.norm('\n'.join(errors) or text))

    def pytest_warning_recorded(self, warning_message, when, nodeid, location):
        message = warning_message.message
        if isinstance(message, ResourceWarning):
            return  # see _kept
        self.run.record('warning', f'{type(message).__name__}: {self.run.norm(str(message))}')


def exercise_variants(folder: pathlib.Path, wrong: bool):
    """(name, files) for the solution, the starter and (with `wrong`) every wrong answer (laid over the solution)."""
    def files(path: pathlib.Path) -> dict:
        return {p.relative_to(path).as_posix(): p.read_bytes() for p in sorted(path.rglob('*'))
                if p.is_file() and '__pycache__' not in p.parts and p.name != 'wrong.json'}

    solution = files(folder / 'solution')
    yield 'solution', solution
    if (folder / 'starter').is_dir():
        yield 'starter', files(folder / 'starter')
    for answer in sorted((folder / 'wrong').glob('*')) if wrong and (folder / 'wrong').is_dir() else ():
        yield f'wrong/{answer.name}', {**solution, **files(answer)}


def _uses_pydantic(folder: pathlib.Path) -> bool:
    """Whether any file of the exercise mentions FastAPI or pydantic (a Flask-only one cannot depend on the core)."""
    return any(re.search(rb'\b(fastapi|pydantic)\b', p.read_bytes()) for p in folder.rglob('*.py'))


def exercises(repo: pathlib.Path, everything: bool):
    root = repo / 'exercises'
    for folder in sorted([*root.glob('*'), *root.glob('_drafts/*')]):
        if not (folder / 'exercise.json').is_file() or not (everything or _uses_pydantic(folder)):
            continue
        name = folder.relative_to(repo).as_posix()
        for variant, files in exercise_variants(folder, wrong=everything):
            for kind in ('visible', 'hidden'):
                tests = folder / 'tests' / kind
                if tests.is_dir():
                    yield f'{name} {variant} [{kind} tests]', files, tests


def _pytest(run: Run) -> None:
    """pytest.main on the run's folder, in this process; records outcomes, exchanges and OpenAPI documents."""
    import pytest

    global _current
    _current = run
    (run.dir / 'pytest.ini').write_text('[pytest]\n')
    collector = _Collector(run)
    out = io.StringIO()
    cwd = os.getcwd()
    os.chdir(run.dir)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
            status = pytest.main(
                # -vv: assertion messages in full (normalised afterwards, not cut);
                # unraisableexception and threadexception run gc.collect() after every test.
                [str(run.dir), '-vv', '-p', 'no:cacheprovider', '-p', 'no:unraisableexception',
                 '-p', 'no:threadexception', '--capture=sys', '--tb=native', '-W', 'always',
                 '--rootdir', str(run.dir), '-c', str(run.dir / 'pytest.ini')],
                plugins=[collector],
            )
        run.record('tests', collector.tests)
        run.record('exit status', int(status))
        for module_name in ('app', 'fastapi_app', 'main'):
            module = sys.modules.get(module_name)
            if module is not None and str(getattr(module, '__file__', '')).startswith(str(run.dir)):
                _openapi(run, f'openapi of {module_name}.app', getattr(module, 'app', None))
                _current = run
                with _warnings_recorded(run, f'probe of {module_name}.app: warnings'), \
                        contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
                    _probe(run, getattr(module, 'app', None))
                    _probe_models(run, vars(module), module_name)
    finally:
        os.chdir(cwd)
        while str(run.dir) in sys.path:
            sys.path.remove(str(run.dir))
        _drop_modules(run.dir)
        _current = None


def run_exercise(label: str, files: dict, tests: pathlib.Path) -> list:
    run = Run(label)
    for rel, data in files.items():
        target = run.dir / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    for test_file in sorted(tests.rglob('*')):
        if test_file.is_file() and '__pycache__' not in test_file.parts:
            shutil.copy(test_file, run.dir / test_file.relative_to(tests))
    _pytest(run)
    return run.close()


def failing(payload: dict, repo: pathlib.Path) -> list[str]:
    """The course code that does not do what the course expects on this run's versions."""
    problems = []
    for label, observations in payload['cases'].items():
        seen = dict((name, value) for name, value in observations)
        if label.startswith('lessons/'):
            if 'program raised' in seen and ' snippet' not in label:
                problems.append(f'{label}: raises {seen["program raised"]}')
            continue
        name, variant, kind = re.match(r'(\S+) (\S+) \[(\w+) tests\]', label).groups()
        tests = seen.get('tests', {})
        errors = [k for k in seen if k.startswith('collection error')]
        failed = sorted(nodeid for nodeid, entry in tests.items() if entry['outcome'] != 'passed')
        if errors:
            problems.append(f'{label}: {errors[0]}: {seen[errors[0]]}')
        elif variant == 'solution' and failed:
            problems.append(f'{label}: fails ' + '; '.join(f'{t}: {tests[t].get("message", "")[:300]}' for t in failed))
        elif variant == 'starter' and kind == 'hidden' and not failed:
            problems.append(f'{label}: the starter passes every hidden test')
        elif variant.startswith('wrong/') and kind == 'hidden':
            meta = json.loads((repo / name / variant / 'wrong.json').read_text())
            for must in meta.get('mustFail', []):
                matching = [t for t in tests if t == must or (t.startswith(must + '[') and '[' not in must)]
                if not any(tests[t]['outcome'] != 'passed' for t in matching):
                    problems.append(f'{label}: {must} passes (it must fail)' if matching else f'{label}: {must} did not run')
        if seen.get('warning') or any(k == 'warning' for k, _ in observations):
            kinds = sorted({v for k, v in observations if k == 'warning' and 'Deprecat' in v})
            if kinds and variant == 'solution':
                problems.append(f'{label}: warns ' + '; '.join(kinds))
    return problems


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__, file=sys.stderr)
        return 64
    if argv[0] == '--failing':
        payload = json.loads(pathlib.Path(argv[1]).read_text())
        problems = failing(payload, HERE.parent.parent)
        print(f'course code not doing what the course expects with the {payload["core"].rsplit("/", 3)[-3] if "/" in payload["core"] else "?"} core'
              f' ({len(problems)}):' if problems else 'course code: everything does what the course expects')
        for line in problems:
            print('  - ' + line.replace('\n', ' | '))
        return 0
    out = argv[0]
    filters = [argv[i + 1] for i, a in enumerate(argv) if a == '-k' and i + 1 < len(argv)]
    repo = pathlib.Path(argv[argv.index('--repo') + 1]) if '--repo' in argv else HERE.parent.parent
    _patch_httpx()
    results = {}
    seconds = {}
    items = [*((label, run_lesson, (label, code)) for label, code in lesson_examples(repo)),
             *((label, run_exercise, (label, files, tests)) for label, files, tests in exercises(repo, '--all' in argv))]
    # A snippet that uses what an earlier snippet of its lesson defined (a NameError alone)
    # is run once more after those snippets (the ones that ran), as the lesson reads.
    context: dict[str, list[str]] = {}
    for label, fn, args in items:
        if not filters or any(f in label for f in filters):
            started = time.perf_counter()
            results[label] = fn(*args)
            seconds[label] = round(time.perf_counter() - started, 3)
            if label.endswith(' snippet'):
                lesson = label.split(':')[0]
                earlier = context.setdefault(lesson, [])
                raised = dict(results[label]).get('program raised')
                if raised and raised['raised'] == 'NameError' and earlier:
                    code = ''.join(earlier) + args[1]
                    in_context = label + ' after the earlier snippets'
                    results[in_context] = fn(in_context, code)
                    raised = dict(results[in_context]).get('program raised')
                    if not raised:
                        earlier.append(args[1])
                elif not raised:
                    earlier.append(args[1])
    import pydantic_core._pydantic_core as core

    payload = {'core': getattr(core, '__file__', '?'), 'cases': results, 'seconds': seconds}
    pathlib.Path(out).write_text(json.dumps(payload, indent=0, default=repr))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
