"""Blocking async execution inside Pyodide, which has neither threads nor a
blocking event loop of its own.

Pyodide's own loop (WebLoop) cannot block: `run_until_complete` returns at
once. Starlette's TestClient, FastAPI's plain-`def` endpoints, Flask's async
views and `asyncio.run` all expect to block, or to use a thread. Here they run
on a private asyncio loop whose selector never waits (there is no I/O to wait
for in the sandbox), and thread hand-offs become direct calls.

`asyncio.SelectorEventLoop` must not be used: it creates a socketpair, which
aborts Pyodide's Node build.
"""

import asyncio
import concurrent.futures
import contextlib
import contextvars
import inspect
import selectors
import sys


class _NoIOSelector(selectors.BaseSelector):
    """Keeps registrations (asyncio asks for them) and reports no events."""

    def __init__(self):
        self._keys = {}

    def register(self, fileobj, events, data=None):
        key = selectors.SelectorKey(fileobj, id(fileobj), events, data)
        self._keys[fileobj] = key
        return key

    def unregister(self, fileobj):
        return self._keys.pop(fileobj)

    def select(self, timeout=None):
        return []

    def get_map(self):
        return self._keys

    def close(self):
        self._keys.clear()


class PrivateLoop(asyncio.BaseEventLoop):
    """An asyncio loop that runs callbacks and timers, and never does I/O."""

    def __init__(self):
        super().__init__()
        self._selector = _NoIOSelector()
        self.portals = 0  # LoopPortals open on this loop

    def _process_events(self, event_list):
        pass

    def run_until_complete(self, future):
        # Pyodide reports its WebLoop as running at all times, and asyncio
        # refuses to run a loop inside a running one (a portal's call from a
        # running loop's callback, asyncio.Runner, anyio.run): the marker is
        # cleared for the duration.
        previous = asyncio.events._get_running_loop()
        if previous is None or previous is self:
            return super().run_until_complete(future)
        asyncio.events._set_running_loop(None)
        try:
            return super().run_until_complete(future)
        finally:
            asyncio.events._set_running_loop(previous)

    def _write_to_self(self):
        pass


def _sniffio_cvar():
    try:
        import sniffio
    except ImportError:
        return None
    return sniffio.current_async_library_cvar


def run_on_loop(loop, awaitable):
    """Runs `awaitable` to completion on `loop` (a PrivateLoop, which runs
    inside another running loop too), from synchronous code. sniffio is told
    "asyncio" so AnyIO picks its asyncio backend.
    """
    cvar = _sniffio_cvar()
    token = cvar.set("asyncio") if cvar is not None else None
    try:
        return loop.run_until_complete(awaitable)
    finally:
        if token is not None:
            cvar.reset(token)


def close_loop(loop):
    pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
    for task in pending:
        task.cancel()
    if pending:
        with contextlib.suppress(BaseException):
            run_on_loop(loop, asyncio.gather(*pending, return_exceptions=True))
    with contextlib.suppress(BaseException):
        run_on_loop(loop, loop.shutdown_asyncgens())
    loop.close()


def run_coroutine(awaitable):
    """`asyncio.run` for the sandbox: a fresh private loop per call."""
    loop = PrivateLoop()
    try:
        return run_on_loop(loop, awaitable)
    finally:
        close_loop(loop)


class LoopFuture(concurrent.futures.Future):
    """The Future of a task on a private loop. Nothing else runs that loop
    (there is no other thread), so waiting for the result runs it until the
    task is done instead of blocking forever."""

    def __init__(self, loop, task):
        super().__init__()
        self._loop = loop
        self._task = task
        # Left pending (not "running"), so that a cancelled task can cancel it.
        task.add_done_callback(self._settle)

    def _settle(self, task):
        if self.done():
            return
        if task.cancelled():
            self.cancel()
            self.set_running_or_notify_cancel()
        elif task.exception() is not None:
            self.set_exception(task.exception())
        else:
            self.set_result(task.result())

    def drive(self):
        """Runs the loop until the task is done."""
        if not self._task.done() and not self._loop.is_closed():
            run_on_loop(self._loop, asyncio.wait([self._task]))
        if self._task.done():
            self._settle(self._task)

    def result(self, timeout=None):
        self.drive()
        return super().result(timeout)

    def exception(self, timeout=None):
        self.drive()
        return super().exception(timeout)


_wait_futures = concurrent.futures.wait


def wait_futures(fs, timeout=None, return_when=concurrent.futures.ALL_COMPLETED):
    """`concurrent.futures.wait` for futures of private-loop tasks: runs their
    loops first (Starlette's TestClient waits for its app task this way)."""
    for future in fs:
        if isinstance(future, LoopFuture):
            future.drive()
    return _wait_futures(fs, timeout=timeout, return_when=return_when)


class _TaskStatus:
    """AnyIO's TaskStatus for LoopPortal.start_task."""

    def __init__(self, loop):
        self.value = loop.create_future()

    def started(self, value=None):
        if self.value.done():
            raise RuntimeError("called 'started' twice on the same task status")
        self.value.set_result(value)


_shared_loop = None  # the loop of the portals open now (rebound, so each run starts without one)


class LoopPortal:
    """Replaces AnyIO's BlockingPortal (which needs a thread).

    One loop for the portal's whole life: Starlette creates an anyio.Event in
    one `call` and waits on it in the next, and the lifespan task started with
    `start_task_soon` must keep running between calls.

    Portals open at the same time share that loop. With threads, each portal's
    loop runs on its own; here a loop runs only while someone calls into it,
    so two WebSocket sessions of one TestClient (each with its own portal)
    whose handlers talk to each other need to be on one loop.
    """

    def __init__(self):
        global _shared_loop
        if _shared_loop is None or _shared_loop.is_closed() or _shared_loop.is_running():
            _shared_loop = PrivateLoop()
        self._loop = _shared_loop
        self._loop.portals += 1
        self._tasks = []

    def call(self, func, *args):
        if inspect.iscoroutinefunction(func):
            return run_on_loop(self._loop, func(*args))

        async def call_sync():
            result = func(*args)
            if inspect.isawaitable(result):
                result = await result
            return result

        return run_on_loop(self._loop, call_sync())

    def start_task_soon(self, func, *args, name=None):
        return self._spawn(func(*args), name)

    def start_task(self, func, *args, name=None):
        """Like AnyIO's: starts `func(*args, task_status=...)` and returns
        (its future, the value it passed to task_status.started())."""
        status = _TaskStatus(self._loop)
        future = self._spawn(func(*args, task_status=status), name)
        run_on_loop(self._loop, asyncio.wait([status.value, future._task], return_when=asyncio.FIRST_COMPLETED))
        if status.value.done():
            return future, status.value.result()
        future.result()  # the task's own exception, if it failed
        raise RuntimeError("Task exited without calling task_status.started()")

    def _spawn(self, coroutine, name):
        context = contextvars.copy_context()
        cvar = _sniffio_cvar()
        if cvar is not None:
            context.run(cvar.set, "asyncio")
        task = self._loop.create_task(coroutine, name=name, context=context)
        self._tasks.append(task)
        return LoopFuture(self._loop, task)

    @contextlib.contextmanager
    def wrap_async_context_manager(self, cm):
        value = self.call(cm.__aenter__)
        try:
            yield value
        except BaseException:
            if not self.call(cm.__aexit__, *sys.exc_info()):
                raise
        else:
            self.call(cm.__aexit__, None, None, None)

    def close(self):
        global _shared_loop
        self._loop.portals -= 1
        if self._loop.portals == 0:
            if _shared_loop is self._loop:
                _shared_loop = None
            close_loop(self._loop)
            return
        # Other portals still use the loop: end only this portal's tasks.
        pending = [task for task in self._tasks if not task.done()]
        for task in pending:
            task.cancel()
        if pending and not self._loop.is_running():
            with contextlib.suppress(BaseException):
                run_on_loop(self._loop, asyncio.gather(*pending, return_exceptions=True))


@contextlib.contextmanager
def start_blocking_portal(backend="asyncio", backend_options=None):
    portal = LoopPortal()
    try:
        yield portal
    finally:
        portal.close()


_inline_calls = [0]  # how many run_sync_inline calls are under way


async def run_sync_inline(func, *args, abandon_on_cancel=False, cancellable=None, limiter=None):
    """`anyio.to_thread.run_sync` without a thread: the call simply blocks."""
    _inline_calls[0] += 1
    try:
        return func(*args)
    finally:
        _inline_calls[0] -= 1


def _drive(coroutine):
    """Runs a coroutine to its end from synchronous code on the loop's own
    thread. Bare yields (asyncio.sleep(0), AnyIO's checkpoints) resume at
    once; anything that must wait for the loop cannot, since the loop is busy
    running the caller."""
    while True:
        try:
            waiting_for = coroutine.send(None)
        except StopIteration as stop:
            return stop.value
        if waiting_for is not None:
            coroutine.close()
            raise RuntimeError(
                "code called through anyio.to_thread waited for the event loop (anyio.from_thread.run), "
                "which the sandbox cannot do without threads; only calls that finish at once work here"
            )


def _from_thread(original, inline):
    """An anyio.from_thread function that, inside an inline worker call (where
    code expects to be on a worker thread), runs on the spot."""

    def call(func, *args, **kwargs):
        if _inline_calls[0] and not kwargs:
            return inline(func, *args)
        return original(func, *args, **kwargs)

    call.__name__ = original.__name__
    call.__doc__ = original.__doc__
    return call


def install():
    """Patches AnyIO, Starlette's TestClient, Flask and asyncio once, before any learner code runs."""
    import anyio.from_thread
    import anyio.to_thread

    anyio.to_thread.run_sync = run_sync_inline
    # Code run "in a worker thread" may call back into the loop: Starlette's
    # WSGIMiddleware (a Flask app mounted in FastAPI) sends each part of the
    # response that way.
    anyio.from_thread.run = _from_thread(anyio.from_thread.run, lambda func, *args: _drive(func(*args)))
    anyio.from_thread.run_sync = _from_thread(anyio.from_thread.run_sync, lambda func, *args: func(*args))
    anyio.from_thread.start_blocking_portal = start_blocking_portal

    # Starlette 1.x's TestClient waits for its app task with
    # concurrent.futures.wait, imported by name.
    import starlette.testclient

    starlette.testclient.wait_futures = wait_futures

    # Flask runs `async def` views through asgiref (a thread); run them here.
    import flask

    def async_to_sync(self, func):
        def run(*args, **kwargs):
            return run_coroutine(func(*args, **kwargs))

        return run

    flask.Flask.async_to_sync = async_to_sync

    asyncio.run = lambda main, *, debug=None, loop_factory=None: run_coroutine(main)
    # A new loop is a private one: Pyodide's WebLoop cannot block, and it needs
    # the JavaScript bridge that learner code may not import (asyncio.Runner
    # and anyio.run ask for a new loop).
    asyncio.new_event_loop = asyncio.events.new_event_loop = PrivateLoop
