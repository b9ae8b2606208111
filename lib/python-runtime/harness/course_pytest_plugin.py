"""A pytest plugin that records each test as a TestCaseResult dict (see
lib/python-runtime/types.ts) instead of relying on terminal output.

pytest runs with --capture=no: its own terminal report goes to a sink the
learner never sees (course_harness.py binds it there), while everything the
learner's code prints goes to the run's capped streams. At module level
(while pytest imports the files) that is the console only; while a test runs
it is also kept as that test's own output (course_output.TestOutput)."""

import inspect
import os
import sys

import pytest

from course_errors import cap_text, describe, exception_text, format_frame, learner_frames, relative, shorten_frames
from course_output import KeptOutput, TestOutput


class ReportCollector:
    def __init__(self, learner_files, limits, streams=None, budget=None):
        self.learner_files = learner_files
        self.limits = limits
        self.cases = {}
        self.collection_errors = []
        self.warnings = []
        # The learner's stdout and stderr (capped); None keeps sys.* as they are.
        self.streams = streams
        self.budget = budget

    def _use_learner_streams(self):
        if self.streams is not None:
            sys.stdout, sys.stderr = self.streams

    @pytest.hookimpl(tryfirst=True)
    def pytest_sessionstart(self, session):
        # The terminal reporter took its stream when pytest was configured;
        # from here on, prints are the learner's.
        self._use_learner_streams()

    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_protocol(self, item, nextitem):
        case = self._case(item)
        kept = KeptOutput()
        if self.streams is not None:
            sys.stdout, sys.stderr = (TestOutput(stream, kept) for stream in self.streams)
        self.app_errors = []
        stop_listening = _listen_for_app_errors(self.app_errors)
        try:
            yield
        finally:
            stop_listening()
            self._use_learner_streams()
            text = kept.text()
            if kept.cut:
                text += "\n[... more output: the Console has all of it]\n"
            for log in case.pop("logs", []):
                if len(log) > TestOutput.KEEP_CHARS:
                    log = log[: TestOutput.KEEP_CHARS] + "\n[... more log records]"
                text += ("" if not text or text.endswith("\n") else "\n") + log.rstrip("\n") + "\n"
            case["output"] = text
            if self.budget is not None and self.budget.truncated:
                # Past the output cap every print fails: the remaining tests
                # would only report that. The run ends with an output-limit error.
                item.session.shouldstop = "output limit"

    def pytest_collectreport(self, report):
        if report.failed and not any(True for _ in self.collection_errors):
            self.collection_errors.append(
                {"kind": "exception", "message": str(report.longrepr)[-2000:], "traceback": []}
            )

    def pytest_warning_recorded(self, warning_message, when, nodeid, location):
        if len(self.warnings) >= 50:
            return
        name = relative(warning_message.filename) or os.path.basename(warning_message.filename or "")
        where = f"{name}:{warning_message.lineno}: " if name else ""
        text = f"{where}{warning_message.category.__name__}: {warning_message.message}"[:1000]
        if text not in self.warnings:
            self.warnings.append(text)

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
                "output": "",
            }
            self.cases[nodeid] = case
        return case

    @pytest.hookimpl(tryfirst=True)
    def pytest_runtest_setup(self, item):
        case = self._case(item)
        doc = getattr(getattr(item, "obj", None), "__doc__", None)
        if isinstance(doc, str) and doc:
            case["description"] = cap_text(inspect.cleandoc(doc), 5000)

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
            case["message"] = cap_text(_message(exc))
            case["traceback"] = shorten_frames(self._frames(call.excinfo))
            app_error = self._app_error()
            if app_error is not None and not case["traceback"]:
                # Flask turned an exception in the learner's view into a 500,
                # so the test only saw the status: name the real cause first.
                case["message"] = cap_text(f"Your code raised {_message(app_error)} while answering a request.\n{case['message']}")
                case["traceback"] = shorten_frames([format_frame(*frame) for frame in learner_frames(app_error.__traceback__, self.learner_files)])

    def _app_error(self):
        """The last exception the learner's app raised during this test, if any."""
        errors = getattr(self, "app_errors", None)
        return errors[-1] if errors else None

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
        # Log records (a Flask app logs the error behind a 500 this way) are
        # caught by pytest's logging plugin, not printed: add them to the
        # test's output, where its prints are. Each phase's report holds the
        # records of the phases before it too, so the last one has them all.
        if report.caplog:
            case["logs"] = [report.caplog]
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



def _listen_for_app_errors(errors):
    """Collects exceptions a Flask app handles itself (answering 500) while a
    test runs; returns the function that stops listening. FastAPI's test
    client raises them in the test instead, so their frames are already in
    the traceback."""
    flask = sys.modules.get("flask")
    signal = getattr(flask, "got_request_exception", None)
    if signal is None:
        return lambda: None

    def receiver(sender, exception=None, **extra):
        if isinstance(exception, BaseException):
            errors.append(exception)

    signal.connect(receiver, weak=False)
    return lambda: signal.disconnect(receiver)


def _message(exc):
    if isinstance(exc, AssertionError):
        text = str(exc)
        return text if text else "assert failed"
    text = exception_text(exc)
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _skip_reason(report):
    longrepr = report.longrepr
    if isinstance(longrepr, tuple) and len(longrepr) == 3:
        return str(longrepr[2]).removeprefix("Skipped: ")
    return None
