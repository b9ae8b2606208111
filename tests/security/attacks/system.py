# Pyodide's os.system reaches Emscripten's system(), which under Node calls
# child_process.spawnSync: the runner's permission model must refuse it (and
# seccomp would refuse the fork beneath it).
import os

status = os.system("id > /sandbox/work/started; echo started")
print("SYSTEM:", status)
