"""stdout/stderr for learner code: streamed to the host in small batches and
capped, so a runaway `print` loop cannot flood the page or the server."""

import io
import time


class OutputLimitExceeded(BaseException):
    """Raised inside learner code when the output cap is reached.

    A BaseException, like KeyboardInterrupt, so `except Exception:` in learner
    code does not swallow it."""


class OutputBudget:
    """Shared by stdout and stderr: the cap is on their sum, in UTF-8 bytes."""

    def __init__(self, limit_bytes):
        self.limit = limit_bytes
        self.used = 0
        self.truncated = False


class CappedStream(io.TextIOBase):
    FLUSH_CHARS = 4096
    FLUSH_SECONDS = 0.05

    def __init__(self, name, emit, budget):
        self.name = name
        self._emit = emit
        self._budget = budget
        self._kept = []
        self._pending = []
        self._pending_chars = 0
        self._last_flush = time.monotonic()

    @property
    def encoding(self):
        return "utf-8"

    def writable(self):
        return True

    def isatty(self):
        return False

    def write(self, text):
        if not isinstance(text, str):
            raise TypeError(f"write() argument must be str, not {type(text).__name__}")
        if not text:
            return 0
        budget = self._budget
        size = len(text.encode("utf-8", "replace"))
        if budget.used + size > budget.limit:
            room = max(0, budget.limit - budget.used)
            head = text.encode("utf-8", "replace")[:room].decode("utf-8", "ignore")
            self._keep(head)
            budget.used = budget.limit
            budget.truncated = True
            self.flush()
            limit = f"{budget.limit // 1024} KB" if budget.limit % 1024 == 0 else f"{budget.limit} bytes"
            raise OutputLimitExceeded(f"the output passed the sandbox's limit of {limit}")
        budget.used += size
        self._keep(text)
        if self._pending_chars >= self.FLUSH_CHARS or (
            "\n" in text and time.monotonic() - self._last_flush >= self.FLUSH_SECONDS
        ):
            self.flush()
        return len(text)

    def _keep(self, text):
        if text:
            self._kept.append(text)
            self._pending.append(text)
            self._pending_chars += len(text)

    def flush(self):
        if self._pending:
            chunk = "".join(self._pending)
            self._pending.clear()
            self._pending_chars = 0
            self._emit(self.name, chunk)
        self._last_flush = time.monotonic()

    def getvalue(self):
        return "".join(self._kept)


class TestOutput(io.TextIOBase):
    """sys.stdout or sys.stderr while one test runs: everything goes on to the
    run's capped stream (the console, and the one output cap), and a copy is
    kept as that test's own output, like Exercism's "Your output".

    Both streams of a test share one copy, so what it printed stays in order."""

    KEEP_CHARS = 16 * 1024

    def __init__(self, stream, kept):
        self.name = stream.name
        self._stream = stream
        self._kept = kept

    @property
    def encoding(self):
        return "utf-8"

    def writable(self):
        return True

    def isatty(self):
        return False

    def write(self, text):
        # The capped stream checks the type and raises at the cap; the copy
        # keeps only what it accepted.
        written = self._stream.write(text)
        self._kept.add(text)
        return written

    def flush(self):
        self._stream.flush()


class KeptOutput:
    """The first KEEP_CHARS characters one test printed, and whether there was more."""

    def __init__(self, limit=TestOutput.KEEP_CHARS):
        self._parts = []
        self._size = 0
        self._limit = limit
        self.cut = False

    def add(self, text):
        room = self._limit - self._size
        if room <= 0:
            self.cut = self.cut or bool(text)
            return
        part = text[:room]
        self._parts.append(part)
        self._size += len(part)
        self.cut = self.cut or len(part) < len(text)

    def text(self):
        return "".join(self._parts)
