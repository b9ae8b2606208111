"""What the native runs (native_pytest.py, ../fidelity/native_outcomes.py)
share: forgetting a folder's own modules between runs, as the sandbox imports
the learner's modules afresh for each run while libraries stay loaded.
Importable by them because native_run.py's folder is first on sys.path."""

import sys


def forget_modules_under(folder, baseline):
    """Drops from sys.modules every module imported since `baseline` whose file lies in `folder`."""
    for name in [n for n in sys.modules if n not in baseline]:
        if (getattr(sys.modules[name], "__file__", None) or "").startswith(folder):
            del sys.modules[name]
