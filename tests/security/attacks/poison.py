# Tries to leave something behind for whoever is graded next: patched
# builtins and libraries, an import hook, a file, a changed harness.
import builtins
import sys

import flask

builtins.len = lambda obj: 0
flask.Flask.__call__ = lambda self, environ, start_response: [b"poisoned"]
sys.modules["pytest"] = None
with open("/tmp/poison-marker", "w") as handle:
    handle.write("left behind")


class Hook:
    def find_spec(self, name, path=None, target=None):
        raise ImportError("poisoned " + name)


sys.meta_path.insert(0, Hook())
frame = sys._getframe()
while frame is not None:
    for value in list(frame.f_globals.values()):
        if type(value).__name__ == "Baseline":
            value.capture = lambda: None
            value.restore = lambda: None
    frame = frame.f_back
