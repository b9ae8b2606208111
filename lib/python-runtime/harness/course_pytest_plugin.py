"""A pytest plugin that records each test as a TestCaseResult dict (see
lib/python-runtime/types.ts) instead of relying on terminal output."""

import inspect

import pytest

from course_errors import describe, format_frame, relative


class ReportCollector:
    def __init__(self, learner_files, limits):
        self.learner_files = learner_files
        self.limits = limits
        self.cases = {}
        self.collection_errors = []

    def _case(self, item_or_report):
        nodeid = item_or_report.nodeid
        case = self.cases.get(nodeid)
        if case is None:
            name = nodeid.split("::")[-1]
            case = {
                "id": nodeid,
                "name": name,
                "outcome": "passed",
                "durationMs": 0.0,
                "description": None,
                "message": None,
                "traceback": [],
            }
            self.cases[nodeid] = case
        return case

    @pytest.hookimpl(tryfirst=True)
    def pytest_runtest_setup(self, item):
        case = self._case(item)
        doc = getattr(getattr(item, "obj", None), "__doc__", None)
        if doc:
            case["description"] = inspect.cleandoc(doc)

    def pytest_exception_interact(self, node, call, report):
        exc = call.excinfo.value if call.excinfo else None
        if exc is None:
            return
        if isinstance(report, pytest.CollectReport):
            # pytest wraps import problems in a CollectError; the learner's
            # actual SyntaxError or ImportError is its cause.
            self.collection_errors.append(describe(exc.__cause__ or exc, self.learner_files, self.limits))
            return
        case = self._case(report)
        if case["message"] is None:
            case["message"] = _message(exc)
            case["traceback"] = self._frames(call.excinfo)

    def _frames(self, excinfo):
        lines = []
        for entry in excinfo.traceback:
            name = relative(str(entry.path))
            if name is None or name not in self.learner_files:
                continue
            try:
                source = str(entry.statement).strip().splitlines()[0]
            except Exception:
                source = ""
            lines.append(format_frame(name, entry.lineno + 1, entry.name, source))
        return lines

    def pytest_runtest_logreport(self, report):
        case = self._case(report)
        case["durationMs"] += report.duration * 1000
        if report.when == "call":
            if report.failed:
                case["outcome"] = "failed"
            elif report.skipped:
                case["outcome"] = "skipped"
                case["message"] = case["message"] or _skip_reason(report)
        elif report.failed:
            # A broken fixture (setup) or cleanup (teardown) is an error, not a failure.
            case["outcome"] = "error"
        elif report.skipped and report.when == "setup":
            case["outcome"] = "skipped"
            case["message"] = case["message"] or _skip_reason(report)

    def pytest_collectreport(self, report):
        if report.failed and not any(True for _ in self.collection_errors):
            self.collection_errors.append(
                {"kind": "exception", "message": str(report.longrepr)[-2000:], "traceback": []}
            )


def _message(exc):
    if isinstance(exc, AssertionError):
        text = str(exc)
        return text if text else "assert failed"
    text = str(exc)
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _skip_reason(report):
    longrepr = report.longrepr
    if isinstance(longrepr, tuple) and len(longrepr) == 3:
        return str(longrepr[2]).removeprefix("Skipped: ")
    return None
