"""Per-run shortcuts for pytest inside the sandbox, installed once at boot.

Every graded run calls pytest.main(), which builds a fresh plugin manager and
command-line parser. Under wasm that set-up costs more than the tests of a
small exercise, and most of it recomputes the same answers from the same
library functions every time. These memos keep those answers for the life of
the worker. Both are keyed on the objects they describe, so anything a run
defines itself (a conftest hook, an extra option) is computed as before.
"""

import os
import types
import weakref

def install():
    # The bundle's only entry-point plugin is AnyIO's, which
    # course_anyio_plugin replaces; without autoload pytest also stops
    # scanning every package's metadata on each run.
    os.environ["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"
    _memoize_varnames()
    _memoize_option_parser()


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


def _memoize_option_parser():
    """pytest rebuilds its argparse parser from the registered options about
    six times per pytest.main. The parser is reused while no option or group
    has been added since it was built."""
    from _pytest.config import argparsing

    Parser = argparsing.Parser
    build = Parser._getparser

    def _getparser(self):
        groups = [*self._groups, self._anonymous]
        key = (self.prog, tuple((id(group), len(group.options)) for group in groups))
        cached = self.__dict__.get("_course_parser")
        if cached is not None and cached[0] == key:
            return cached[1]
        parser = build(self)
        self.__dict__["_course_parser"] = (key, parser)
        return parser

    Parser._getparser = _getparser
