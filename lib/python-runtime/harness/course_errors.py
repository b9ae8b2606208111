"""Turns a Python exception into a learner-facing PythonError (a dict with the
shape of `PythonError` in lib/python-runtime/types.ts)."""

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
    detail = str(exc)

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
