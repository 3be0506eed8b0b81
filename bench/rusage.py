# Runs argv as a child and reports its wall time and CPU time (user + system, from wait4's
# rusage, in microseconds) as one JSON line on file descriptor 3. The bench uses it, when python3
# is there, because on a shared machine CPU time is steadier than wall time.
import json, os, resource, subprocess, sys, time

start = time.perf_counter()
code = subprocess.call(sys.argv[1:])
wall = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
with os.fdopen(3, "w") as out:
    out.write(json.dumps({"code": code, "wallMs": wall * 1000, "cpuMs": (usage.ru_utime + usage.ru_stime) * 1000}) + "\n")
sys.exit(code)
