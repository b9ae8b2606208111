"""Runs `@pytest.mark.anyio` tests (FastAPI's "async tests" pattern) and their
async fixtures on a private event loop.

AnyIO's own pytest plugin is disabled (`-p no:anyio`): it starts an
`asyncio.Runner`, which refuses to start inside Pyodide, where the browser's
loop always counts as running. This plugin offers the same marker and
`anyio_backend` fixtures, asyncio only.
"""

import functools
import inspect

import pytest

from course_event_loop import PrivateLoop, close_loop, run_on_loop


class AnyioPlugin:
    def __init__(self):
        self._loop = None

    def loop(self):
        # One loop per pytest session: async fixtures of any scope and the
        # tests using them must share the loop their objects are bound to.
        if self._loop is None:
            self._loop = PrivateLoop()
        return self._loop

    def pytest_configure(self, config):
        config.addinivalue_line("markers", "anyio: run an async test on the sandbox's event loop (asyncio)")

    def pytest_sessionfinish(self, session):
        if self._loop is not None:
            close_loop(self._loop)
            self._loop = None

    @pytest.hookimpl(tryfirst=True)
    def pytest_pycollect_makeitem(self, collector, name, obj):
        # As AnyIO's plugin does: a marked async test asks for anyio_backend,
        # whose one parameter gives it the id `test_x[asyncio]` it has on CPython.
        if not (collector.istestfunction(obj, name) and inspect.iscoroutinefunction(obj)):
            return
        if collector.get_closest_marker("anyio") or any(mark.name == "anyio" for mark in getattr(obj, "pytestmark", ())):
            pytest.mark.usefixtures("anyio_backend")(obj)

    @pytest.fixture(scope="module", params=["asyncio"])
    def anyio_backend(self, request):
        return request.param

    @pytest.fixture
    def anyio_backend_name(self, anyio_backend):
        return anyio_backend if isinstance(anyio_backend, str) else anyio_backend[0]

    @pytest.fixture
    def anyio_backend_options(self, anyio_backend):
        return {} if isinstance(anyio_backend, str) else dict(anyio_backend[1])

    @pytest.hookimpl(hookwrapper=True)
    def pytest_fixture_setup(self, fixturedef, request):
        func = fixturedef.func
        is_async = inspect.iscoroutinefunction(func) or inspect.isasyncgenfunction(func)
        if not is_async or not _wants_anyio(request):
            yield
            return
        fixturedef.func = _sync_fixture(func, self.loop())
        try:
            yield
        finally:
            fixturedef.func = func

    @pytest.hookimpl(tryfirst=True)
    def pytest_pyfunc_call(self, pyfuncitem):
        if not inspect.iscoroutinefunction(pyfuncitem.obj) or not _wants_anyio(pyfuncitem):
            return None
        names = pyfuncitem._fixtureinfo.argnames
        run_on_loop(self.loop(), pyfuncitem.obj(**{name: pyfuncitem.funcargs[name] for name in names}))
        return True


def _wants_anyio(node_or_request):
    node = getattr(node_or_request, "node", node_or_request)
    if node.get_closest_marker("anyio") is not None:
        return True
    return "anyio_backend" in getattr(node_or_request, "fixturenames", ())


def _sync_fixture(func, loop):
    if inspect.isasyncgenfunction(func):

        @functools.wraps(func)
        def generator_fixture(*args, **kwargs):
            agen = func(*args, **kwargs)
            yield run_on_loop(loop, agen.__anext__())
            try:
                run_on_loop(loop, agen.__anext__())
            except StopAsyncIteration:
                return
            raise RuntimeError(f"async fixture {func.__name__} yielded more than once")

        return generator_fixture

    @functools.wraps(func)
    def coroutine_fixture(*args, **kwargs):
        return run_on_loop(loop, func(*args, **kwargs))

    return coroutine_fixture
