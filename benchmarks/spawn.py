"""Launch one measured process and report its wall time and its own peak memory.

    python -I -S benchmarks/spawn.py TIMEOUT STDOUT STDERR PROGRAM [ARGS...]

Prints one JSON line: `began` and `ended` (time.monotonic(), a system-wide clock),
`maxrss_kib`, `cpu_s` (user + system time of the program) and the exit `status`.

Why a launcher: on Linux a child's ru_maxrss starts from the RSS of the process that
forked it (the copy made by fork counts, and exec keeps the high-water mark). run.py
holds the generated data set, so its children would all report at least its size. This
launcher is a bare interpreter (-I -S: no site, a few MiB), so what wait4 reports is the
measured program's own peak.
"""

import json
import os
import signal
import sys
import time


def main() -> int:
    timeout, out_path, err_path, *argv = sys.argv[1:]
    stdin = os.open(os.devnull, os.O_RDONLY)
    stdout = os.open(out_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    stderr = os.open(err_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    actions = [
        (os.POSIX_SPAWN_DUP2, stdin, 0),
        (os.POSIX_SPAWN_DUP2, stdout, 1),
        (os.POSIX_SPAWN_DUP2, stderr, 2),
    ]
    began = time.monotonic()
    pid = os.posix_spawn(argv[0], argv, dict(os.environ), file_actions=actions)
    # A blocking wait (no polling that would take CPU from the child); an alarm kills a
    # child that hangs, and the wait then returns.
    signal.signal(signal.SIGALRM, lambda *_: os.kill(pid, signal.SIGKILL))
    signal.alarm(int(float(timeout)))
    while True:
        try:
            _done, status, usage = os.wait4(pid, 0)
            break
        except InterruptedError:  # pragma: no cover - PEP 475 retries for us
            continue
    ended = time.monotonic()
    signal.alarm(0)
    result = {
        "began": began,
        "ended": ended,
        "maxrss_kib": usage.ru_maxrss,
        "cpu_s": usage.ru_utime + usage.ru_stime,
        "status": os.waitstatus_to_exitcode(status),
    }
    sys.stdout.write(json.dumps(result) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
