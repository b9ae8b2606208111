"""Turns a Python exception into a learner-facing PythonError (a dict with the
shape of `PythonError` in lib/python-runtime/types.ts)."""

import errno
import os
import traceback

from course_output import OutputLimitExceeded

WORKDIR = "/sandbox/work"

AVAILABLE_PACKAGES = "Flask, FastAPI, Pydantic, pytest, httpx and the standard library"


def relative(filename):
    """`/sandbox/work/app.py` -> `app.py`; None for files outside the work dir."""
    if not filename:
        return None
    path = os.path.normpath(os.path.join(WORKDIR, filename))
    if path.startswith(WORKDIR + "/"):
        return path[len(WORKDIR) + 1 :]
    return None


def learner_frames(tb, learner_files):
    """(file, line, function, source) for frames in the learner's own files."""
    frames = []
    for frame in traceback.extract_tb(tb):
        name = relative(frame.filename)
        if name is not None and name in learner_files:
            frames.append((name, frame.lineno, frame.name, (frame.line or "").strip()))
    return frames


def format_frame(name, line, function, source):
    where = f'File "{name}", line {line}, in {function}'
    return f"{where}: {cap_text(source, 500)}" if source else where


def describe(exc, learner_files, limits=None):
    """Returns a PythonError dict for `exc`."""
    limits = limits or {}
    frames = learner_frames(exc.__traceback__, learner_files)
    lines = [format_frame(*f) for f in frames]
    file, line = (frames[-1][0], frames[-1][1]) if frames else (None, None)
    type_name = type(exc).__name__
    detail = exception_text(exc)

    if isinstance(exc, SyntaxError):
        kind = "syntax"
        name = relative(exc.filename) or exc.filename
        file, line = name, exc.lineno
        lines = [f'File "{name}", line {exc.lineno}']
        if exc.text:
            lines.append("    " + exc.text.rstrip("\n").strip())
            if exc.offset:
                indent = len(exc.text) - len(exc.text.lstrip())
                lines.append("    " + " " * max(0, exc.offset - 1 - indent) + "^")
        message = f"{type_name} in {name}, line {exc.lineno}: {exc.msg}."
    elif isinstance(exc, ImportError):
        kind = "import"
        missing = getattr(exc, "name", None)
        if isinstance(exc, ModuleNotFoundError) and missing and not _is_learner_module(missing, learner_files):
            message = f"No module named '{missing}'. The sandbox has {AVAILABLE_PACKAGES}; other packages cannot be installed."
        else:
            message = f"{type_name}: {detail}"
    elif isinstance(exc, RecursionError):
        kind = "recursion"
        where = f" (last seen in {file}, line {line})" if file else ""
        message = f"RecursionError: a function kept calling itself without stopping{where}. Check the case that should end the recursion."
        lines = _dedupe(lines)
    elif isinstance(exc, SystemExit):
        kind = "exit"
        message = f"The code called sys.exit({exc.code!r}); code run here should return normally instead of exiting."
    elif isinstance(exc, MemoryError):
        kind = "memory"
        message = "MemoryError: the code tried to use more memory than the sandbox has."
    elif isinstance(exc, OutputLimitExceeded):
        kind = "output-limit"
        message = f"The code printed more than {_size(limits.get('outputLimitBytes'))}, so it was stopped. Print less, or stop a loop that prints forever."
    elif isinstance(exc, KeyboardInterrupt):
        kind = "cancelled"
        message = "The run was stopped."
    else:
        kind = "exception"
        message = f"{type_name}: {detail}" if detail else type_name

    error = {"kind": kind, "message": cap_text(message), "type": type_name, "traceback": shorten_frames(lines)}
    if file:
        error["file"] = file
    if line:
        error["line"] = line
    return error


# Linux's numbers for the errors code meets here. Emscripten numbers them its
# own way (ENOENT is 44, EACCES 2), and a message should read as it would on
# the learner's own machine: "[Errno 2] No such file or directory".
LINUX_ERRNO = {
    "EPERM": 1, "ENOENT": 2, "ESRCH": 3, "EINTR": 4, "EIO": 5, "ENXIO": 6, "E2BIG": 7, "ENOEXEC": 8,
    "EBADF": 9, "ECHILD": 10, "EAGAIN": 11, "ENOMEM": 12, "EACCES": 13, "EFAULT": 14, "EBUSY": 16,
    "EEXIST": 17, "EXDEV": 18, "ENODEV": 19, "ENOTDIR": 20, "EISDIR": 21, "EINVAL": 22, "ENFILE": 23,
    "EMFILE": 24, "ENOTTY": 25, "EFBIG": 27, "ENOSPC": 28, "ESPIPE": 29, "EROFS": 30, "EMLINK": 31,
    "EPIPE": 32, "EDOM": 33, "ERANGE": 34, "EDEADLK": 35, "ENAMETOOLONG": 36, "ENOLCK": 37, "ENOSYS": 38,
    "ENOTEMPTY": 39, "ELOOP": 40, "ENOTSOCK": 88, "EPROTONOSUPPORT": 93, "EOPNOTSUPP": 95, "ENOTSUP": 95,
    "EAFNOSUPPORT": 97, "EADDRINUSE": 98, "EADDRNOTAVAIL": 99, "ENETUNREACH": 101, "ECONNABORTED": 103,
    "ECONNRESET": 104, "ENOTCONN": 107, "ETIMEDOUT": 110, "ECONNREFUSED": 111, "EHOSTUNREACH": 113,
    "EALREADY": 114, "EINPROGRESS": 115, "ECANCELED": 125,
}


NO_THREADS = "can't start new thread"


def exception_text(exc):
    """str(exc), with an OSError's errno given as Linux numbers it, and why a thread cannot start."""
    text = str(exc)
    if isinstance(exc, RuntimeError) and text == NO_THREADS:
        # CPython's words assume a machine short of resources; here there are no threads at all.
        return f"{text}: Python here runs in WebAssembly, which has no threads. Call the function directly, or use asyncio."
    number = getattr(exc, "errno", None) if isinstance(exc, OSError) else None
    prefix = f"[Errno {number}]"
    if isinstance(number, int) and text.startswith(prefix):
        linux = LINUX_ERRNO.get(errno.errorcode.get(number, ""))
        if linux is not None:
            return f"[Errno {linux}]{text[len(prefix):]}"
    return text


def _size(limit_bytes):
    if not isinstance(limit_bytes, int):
        return "the sandbox allows"
    return f"{limit_bytes // 1024} KB" if limit_bytes % 1024 == 0 else f"{limit_bytes} bytes"


def _is_learner_module(module, learner_files):
    top = module.replace(".", "/")
    return f"{top}.py" in learner_files or any(f.startswith(top + "/") for f in learner_files)


MAX_FRAMES = 40
MAX_MESSAGE_CHARS = 20_000


def cap_text(text, limit=MAX_MESSAGE_CHARS):
    """A message as long as learner code likes (`raise ValueError("x" * 10**6)`)
    would not fit the host's message limits; the start says enough."""
    return text if len(text) <= limit else text[:limit] + " [...]"


def shorten_frames(lines, keep=MAX_FRAMES):
    """Deep call chains (recursion above all) repeat frames by the hundred;
    the first and the last few say where it went wrong."""
    return _dedupe(lines, keep)


def _dedupe(lines, keep=6):
    """A RecursionError traceback repeats one frame ~1000 times; keep a few."""
    if len(lines) <= keep:
        return lines
    return lines[: keep // 2] + [f"... {len(lines) - keep} more calls ..."] + lines[-(keep // 2) :]
