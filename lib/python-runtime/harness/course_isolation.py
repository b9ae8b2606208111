"""Every run starts from the same state: the one captured right after boot.

Between runs we drop modules imported since the baseline (learner modules and
anything they pulled in), put back every module-level name and every class
attribute that a run rebound in the libraries learners touch (undoing
monkeypatches), and restore sys.path, os.environ, the working directory and
friends. Files are handled by the engine, which remounts fresh directories.
"""

import _imp
import copyreg
import gc
import operator
import os
import sys
import types
import typing
from functools import _lru_cache_wrapper as _LRU_CACHE
from importlib.machinery import BuiltinImporter
from itertools import chain, repeat

WORKDIR = "/sandbox/work"

# Modules that give Python code a way out to JavaScript (the page, the worker,
# Node's process), and the harness itself (so learner code cannot rewrite the
# report it is graded by). Learner code must not import them.
BLOCKED_TOP_LEVEL = (
    "js", "pyodide_js", "pyodide", "_pyodide", "_pyodide_core",
    "course_harness", "course_pytest_plugin", "course_anyio_plugin", "course_errors",
    "course_isolation", "course_output", "course_event_loop", "course_no_network",
    "course_speedups",
)

# Packages whose classes learners might patch (`FastAPI.openapi = ...`).
CLASS_WATCH_PREFIXES = (
    "flask", "werkzeug", "jinja2", "fastapi", "starlette", "pydantic", "httpx",
    "json", "datetime", "collections", "enum", "dataclasses", "typing",
)

_MISSING = object()


def _blocked(name):
    return name.split(".", 1)[0] in BLOCKED_TOP_LEVEL


def _refuse(name):
    return ImportError(
        f"'{name}' is not available in the sandbox: code here cannot reach the browser, the server or the grader.",
        name=name,
    )


class _BlockedImports:
    """A meta path finder placed first while learner code runs."""

    def find_spec(self, name, path=None, target=None):
        if _blocked(name):
            raise _refuse(name)
        return None


# Defence in depth, not a boundary: Python cannot keep code from its own
# objects (frames, closures and gc lead everywhere). These only make the known
# routes to the JavaScript bridge fail; the operating-system sandbox and the
# worker's lack of eval, network and storage are what hold.
_learner_mode = [False]


def _install_guards():
    """Once, at boot (so the baseline and snapshots include them): while
    learner code runs, the built-in importer refuses the bridge modules even
    when asked directly, and gc will not hand out arbitrary objects."""
    find_spec = BuiltinImporter.find_spec.__func__
    create_builtin = _imp.create_builtin

    def guarded_find_spec(cls, name, path=None, target=None):
        if _learner_mode[0] and _blocked(name):
            raise _refuse(name)
        return find_spec(cls, name, path, target)

    def guarded_create_builtin(spec):
        if _learner_mode[0] and _blocked(spec.name):
            raise _refuse(spec.name)
        return create_builtin(spec)

    BuiltinImporter.find_spec = classmethod(guarded_find_spec)
    _imp.create_builtin = guarded_create_builtin
    for name in ("get_objects", "get_referrers", "get_referents"):
        original = getattr(gc, name)

        def guarded(*args, _original=original, _name=name, **kwargs):
            if _learner_mode[0]:
                raise RuntimeError(f"gc.{_name}() is not available in the sandbox")
            return _original(*args, **kwargs)

        guarded.__name__ = name
        setattr(gc, name, guarded)


def _release_dropped_modules():
    """Frees what a run imported, now that sys.modules no longer holds it.
    Caches in modules that outlive runs still would: typing's generic-alias
    caches keep e.g. SQLAlchemy's `Mapped[int]`, and module-level
    lru_caches (FastAPI's and Pydantic's, keyed by the run's models) keep
    the run's classes, and through them whole packages. Every run that
    imported SQLAlchemy or SQLModel kept its own copy alive, and the wasm
    heap grew by about 10 MB a run until a shared runtime (the content
    checks') hit its memory limit. Clearing the caches lets the cycle
    collector free it; they refill on the next run."""
    for clear in typing._cleanups:
        clear()
    for module in list(sys.modules.values()):
        for value in list(getattr(module, "__dict__", {}).values()):
            if type(value) is _LRU_CACHE:
                value.cache_clear()
    gc.collect()


class Baseline:
    def capture(self):
        if not getattr(_install_guards, "done", False):
            _install_guards()
            _install_guards.done = True
        self.modules = dict(sys.modules)
        self.module_dicts = {
            name: (module, _Snapshot(vars(module)))
            for name, module in self.modules.items()
            if isinstance(module, types.ModuleType)
        }
        self.class_dicts = {}
        for name, (module, namespace) in self.module_dicts.items():
            if not name.startswith(CLASS_WATCH_PREFIXES):
                continue
            for value in namespace.values:
                if isinstance(value, type) and getattr(value, "__module__", None) == name:
                    self.class_dicts[value] = _Snapshot(value.__dict__)
        # `builtins` is in sys.modules, so module_dicts covers it too.
        self.all_namespaces = _AllNamespaces(
            [vars(module) for module, _ in self.module_dicts.values()]
            + [cls.__dict__ for cls in self.class_dicts]
        )
        self.path = list(sys.path)
        self.meta_path = list(sys.meta_path)
        self.path_hooks = list(sys.path_hooks)
        self.environ = dict(os.environ)
        self.argv = list(sys.argv)
        self.recursion_limit = sys.getrecursionlimit()
        # Everything alive now lives for the runtime's whole life. Frozen, the
        # collector never walks it again: a full collection (pytest runs two
        # at the end of every session) took ~300 ms over the libraries'
        # objects in wasm, and takes ~0 ms after this.
        gc.collect()
        gc.freeze()
        self.frozen = gc.get_freeze_count()

    def enter_learner_mode(self):
        """Hides the JavaScript bridges before learner code runs."""
        for name in list(sys.modules):
            if _blocked(name):
                del sys.modules[name]
        sys.meta_path[:] = [_BlockedImports()] + [
            finder for finder in sys.meta_path if type(finder).__name__ != "JsFinder"
        ]
        _learner_mode[0] = True

    def restore(self):
        """Returns the interpreter to the captured state; cheap when little changed."""
        _learner_mode[0] = False
        os.chdir("/")
        imported = [n for n in sys.modules if n not in self.modules]
        for name in imported:
            del sys.modules[name]
        if imported:
            _release_dropped_modules()
        for name, module in self.modules.items():
            if sys.modules.get(name) is not module:
                sys.modules[name] = module
        if not self.all_namespaces.unchanged():
            for module, snapshot in self.module_dicts.values():
                _restore_namespace(vars(module), snapshot)
            for cls, snapshot in list(self.class_dicts.items()):
                refreshed = _restore_class(cls, snapshot)
                if refreshed is not None:
                    self.class_dicts[cls] = refreshed
            # Same names and values now, possibly in another order.
            self.all_namespaces = _AllNamespaces(self.all_namespaces.namespaces)
        sys.path[:] = self.path
        sys.meta_path[:] = self.meta_path
        sys.path_hooks[:] = self.path_hooks
        sys.path_importer_cache.clear()
        os.environ.clear()
        os.environ.update(self.environ)
        sys.argv[:] = self.argv
        sys.setrecursionlimit(self.recursion_limit)
        if gc.get_freeze_count() < self.frozen:
            # Learner code called gc.unfreeze(): freeze the baseline again,
            # after collecting what the run left behind.
            gc.collect()
            gc.freeze()


class _AllNamespaces:
    """Every watched namespace at once, for the common case where a run
    rebound nothing: one pass over all keys and values, by identity, in C.
    Any difference (even a name removed and put back) sends restore() down
    the per-namespace path."""

    def __init__(self, namespaces):
        self.namespaces = namespaces
        self.lengths = list(map(len, namespaces))
        self.keys = tuple(chain.from_iterable(namespaces))
        self.values = tuple(chain.from_iterable(map(_values, namespaces)))

    def unchanged(self):
        namespaces = self.namespaces
        return (
            list(map(len, namespaces)) == self.lengths
            and all(map(operator.is_, chain.from_iterable(namespaces), self.keys))
            and all(map(operator.is_, chain.from_iterable(map(_values, namespaces)), self.values))
        )


_values = operator.methodcaller("values")


class _Snapshot:
    """Keys and values of a namespace, compared by identity.

    Identity, not ==: a patched-in object could claim to equal the original.
    The check runs in C (map + operator.is_), so ~1500 namespaces take a few
    milliseconds when nothing changed."""

    __slots__ = ("keys", "values", "mapping")

    def __init__(self, namespace):
        self.mapping = dict(namespace)
        self.keys = tuple(self.mapping)
        self.values = tuple(self.mapping.values())

    def unchanged(self, current):
        return len(current) == len(self.keys) and all(
            map(operator.is_, map(current.get, self.keys, repeat(_MISSING)), self.values)
        )


def _restore_namespace(current, snapshot):
    if snapshot.unchanged(current):
        return
    for key in [k for k in current if k not in snapshot.mapping]:
        del current[key]
    for key, value in snapshot.mapping.items():
        if current.get(key, _MISSING) is not value:
            current[key] = value


def _restore_class(cls, snapshot):
    """Puts the class back; returns a new snapshot when it gained a cache
    that should be kept, else None."""
    current = cls.__dict__
    if snapshot.unchanged(current):
        return None
    gained_slotnames = "__slotnames__" in current and "__slotnames__" not in snapshot.mapping
    for key in [k for k in current if k not in snapshot.mapping]:
        try:
            delattr(cls, key)
        except (AttributeError, TypeError):
            pass
    for key, value in snapshot.mapping.items():
        if current.get(key, _MISSING) is not value:
            try:
                setattr(cls, key, value)
            except (AttributeError, TypeError):
                pass
    if gained_slotnames:
        # copy/pickle cache __slotnames__ on a class the first time one of its
        # instances is copied (FastAPI copies its Query and Body markers). It
        # is recomputed here from the class, never taken from the run, and
        # kept, so later restores do not redo this.
        copyreg._slotnames(cls)
        return _Snapshot(current)
    return None
