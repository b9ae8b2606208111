# Child processes and a fork bomb, by the routes Python offers (os.system has
# its own attack: it stops the interpreter, see system.py).
import os
import subprocess

started = []


def attempt(name, start):
    try:
        result = start()
    except BaseException:
        return
    if result not in (None, -1, 127 << 8, 127):
        started.append((name, result))


attempt("subprocess", lambda: subprocess.run(["id"], capture_output=True).stdout)
attempt("popen", lambda: os.popen("id").read() or None)
attempt("posix_spawn", lambda: os.posix_spawn("/bin/sh", ["sh", "-c", "id"], {}))
attempt("execv", lambda: os.execv("/bin/sh", ["sh", "-c", "id"]))
for _ in range(20):
    try:
        if os.fork() == 0:
            os._exit(0)
        started.append("fork")
    except BaseException:
        break
print("PROCESSES:", started)
