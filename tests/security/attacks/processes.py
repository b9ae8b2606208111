# Child processes and a fork bomb.
import os
import subprocess

started = []
try:
    started.append(subprocess.run(["id"], capture_output=True).stdout)
except BaseException:
    pass
for _ in range(20):
    try:
        if os.fork() == 0:
            os._exit(0)
        started.append("fork")
    except BaseException:
        break
print("PROCESSES:", started)
