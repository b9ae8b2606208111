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
            raise OutputLimitExceeded(f"output passed the limit of {budget.limit} bytes")
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
