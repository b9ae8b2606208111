"""Per-run shortcuts for pytest inside the sandbox, installed once at boot.

Every graded run calls pytest.main(), which builds a fresh plugin manager and
command-line parser and compiles the test and learner files again. Under wasm
that work costs more than the tests of a small exercise, and most of it
recomputes the same answers every time. These memos keep those answers for
the life of the worker, keyed on exactly what they were computed from, so
anything a run changes (a conftest hook, an extra option, an edited file) is
computed as before.
"""

import ast
import importlib._bootstrap_external as bootstrap_external
import os
from bisect import bisect_right
import types
import warnings
import weakref
from collections import OrderedDict


def install():
    # The bundle's only entry-point plugin is AnyIO's, which
    # course_anyio_plugin replaces; without autoload pytest also stops
    # scanning every package's metadata on each run.
    os.environ["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"
    _memoize_varnames()
    _memoize_compiles()
    _memoize_statement_ranges()


def _memoize_varnames():
    """pluggy inspects the signature of every hook implementation each time a
    plugin registers (about 200 times per pytest.main). A function's signature
    does not change, so the answer is kept per function object."""
    import pluggy._hooks as hooks

    original = hooks.varnames
    functions = weakref.WeakKeyDictionary()
    methods = weakref.WeakKeyDictionary()

    def varnames(func):
        if type(func) is types.FunctionType:
            table, key = functions, func
        elif type(func) is types.MethodType and type(func.__func__) is types.FunctionType:
            table, key = methods, func.__func__
        else:
            return original(func)
        found = table.get(key)
        if found is None:
            found = table[key] = original(func)
        return found

    hooks.varnames = varnames


class _Recent:
    """The last `size` values by key; older ones are forgotten."""

    def __init__(self, size):
        self.size = size
        self.items = OrderedDict()

    def get(self, key):
        value = self.items.get(key)
        if value is not None:
            self.items.move_to_end(key)
        return value

    def put(self, key, value):
        self.items[key] = value
        if len(self.items) > self.size:
            self.items.popitem(last=False)


def _warning_free(compute):
    """Runs compute(); returns (value, whether it warned). Warnings are passed
    on, so a learner sees a SyntaxWarning every run, not only the first."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        value = compute()
    for warning in caught:
        warnings.warn_explicit(warning.message, warning.category, warning.filename, warning.lineno, source=warning.source)
    return value, bool(caught)


def _memoize_compiles():
    """CPython keeps compiled modules, and pytest its assert-rewritten test
    files, in __pycache__. The sandbox writes no bytecode and empties its
    working directory after every run, so they are kept here instead, by path
    and exact source. Code objects are immutable: sharing one between runs
    shares nothing else. A compile that warned is not kept."""
    from _pytest.assertion import rewrite

    rewritten = _Recent(128)
    rewrite_test = rewrite._rewrite_test

    def _rewrite_test(fn, config):
        key = (str(fn), fn.read_bytes(), bool(config.getini("enable_assertion_pass_hook")))
        found = rewritten.get(key)
        if found is not None:
            return os.stat(fn), found
        (stat, code), warned = _warning_free(lambda: rewrite_test(fn, config))
        if not warned:
            rewritten.put(key, code)
        return stat, code

    rewrite._rewrite_test = _rewrite_test

    compiled = _Recent(256)
    source_to_code = bootstrap_external.SourceLoader.source_to_code

    def cached_source_to_code(self, data, path, *, _optimize=-1):
        key = (path, bytes(data) if not isinstance(data, (bytes, str)) else data, _optimize)
        found = compiled.get(key)
        if found is not None:
            return found
        code, warned = _warning_free(lambda: source_to_code(self, data, path, _optimize=_optimize))
        if not warned:
            compiled.put(key, code)
        return code

    bootstrap_external.SourceLoader.source_to_code = cached_source_to_code


# A module with every construct whose lines pytest treats as statement starts:
# decorators, else and finally blocks, handlers, nested definitions.
_STATEMENT_SAMPLE = """\
import os


@decorator
@other(
    1,
)
def f(x):
    if x:
        return 1
    else:
        return 2


class C:
    @property
    def p(self):
        try:
            y = (
                1
            )
        except ValueError:
            pass
        else:
            y = 2
        finally:
            z = 3
        for i in y:
            pass
        else:
            async def g():
                while True:
                    break
"""


def _statement_starts(tree):
    """The statement starts (0-based lines) that pytest's
    get_statement_startend2 collects from a tree, sorted."""
    values = []
    for node in ast.walk(tree):
        if isinstance(node, ast.stmt | ast.ExceptHandler):
            if isinstance(node, ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
                values.extend(decorator.lineno - 1 for decorator in node.decorator_list)
            values.append(node.lineno - 1)
            for name in ("finalbody", "orelse"):
                block = getattr(node, name, None)
                if block:
                    values.append(block[0].lineno - 2)
    values.sort()
    return values


def _startend(lineno, values):
    index = bisect_right(values, lineno)
    if index == 0:
        return 0, None
    return values[index - 1], values[index] if index < len(values) else None


def _memoize_statement_ranges():
    """For every traceback entry it reports, pytest finds the statement around
    the line by walking the whole module's syntax tree. A failure deep inside
    a library (a SQLAlchemy error is a hundred entries in large modules)
    costs tens of seconds under wasm that way. The statement starts depend
    only on the file's text, so they are kept per text and each entry
    bisects them. Installed only when it answers exactly as pytest's own
    function does on a sample with every kind of statement start."""
    from _pytest._code import source as pytest_source

    get_startend = pytest_source.get_statement_startend2
    get_range = pytest_source.getstatementrange_ast
    sample = ast.parse(_STATEMENT_SAMPLE)
    starts = _statement_starts(sample)
    lines = _STATEMENT_SAMPLE.count("\n") + 2
    if any(_startend(n, starts) != get_startend(n, sample) for n in range(-1, lines)):
        return

    known = _Recent(64)

    def get_statement_startend2(lineno, node):
        values = getattr(node, "_course_statement_starts", None)
        if values is None:
            return get_startend(lineno, node)
        return _startend(lineno, values)

    def getstatementrange_ast(lineno, source, assertion=False, astnode=None):
        text = str(source)
        tree = known.get(text)
        if tree is None:
            if astnode is None:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    try:
                        astnode = ast.parse(text, "source", "exec")
                    except SyntaxError:
                        return get_range(lineno, source, assertion, None)
            # An empty tree that carries the starts: pytest hands it back on
            # the next entry of the same file, and only this module reads it.
            tree = ast.Module(body=[], type_ignores=[])
            tree._course_statement_starts = _statement_starts(astnode)
            known.put(text, tree)
        return get_range(lineno, source, assertion, tree)

    pytest_source.get_statement_startend2 = get_statement_startend2
    pytest_source.getstatementrange_ast = getstatementrange_ast
    from _pytest._code import code as pytest_code

    if getattr(pytest_code, "getstatementrange_ast", None) is get_range:
        pytest_code.getstatementrange_ast = getstatementrange_ast
