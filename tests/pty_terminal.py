"""`PtyApp`: the real `leernet` app in a pseudo-terminal, driven like a person at a keyboard.

Keys are written to the terminal's master side as the bytes a terminal sends (a burst of
letters in one write is how a paste or fast typing arrives); what the app draws is read
continuously on a thread, so the app never blocks on a full terminal. `wait_for` looks for
text in what was drawn since a mark, with the escape sequences taken out (Textual draws a
widget's text as one run, so a message or a label can be found whole).
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import re
import select
import signal
import struct
import sys
import termios
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# What a terminal sends for these keys.
KEYS = {
    "enter": b"\r",
    "tab": b"\t",
    "escape": b"\x1b",
    "ctrl+s": b"\x13",
    "ctrl+q": b"\x11",
    "f6": b"\x1b[17~",
}

_ESCAPES = re.compile(
    rb"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI: cursor moves, colours
    rb"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)"  # OSC: title, clipboard
    rb"|\x1bP[^\x1b]*\x1b\\"  # DCS
    rb"|\x1b[@-Z\\-_]"  # other two-byte escapes
)


def screen_text(raw: bytes) -> str:
    """What was drawn, without the escape sequences."""
    return _ESCAPES.sub(b"", raw).decode("utf-8", "replace")


class PtyApp:
    """`leernet <args>` in a pseudo-terminal of `cols`×`rows`, in its own session.

    `kill()` sends SIGKILL; `hang_up()` closes the terminal (the kernel sends SIGHUP to
    the app, as when a terminal window is closed)."""

    def __init__(self, *args: str, cols: int = 100, rows: int = 30, env: dict | None = None):
        child_env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("LEERNET_", "TEXTUAL", "PYTEST"))
        }
        child_env.update(TERM="xterm-256color", COLUMNS=str(cols), LINES=str(rows), LANG="C.UTF-8")
        child_env.update(env or {})
        argv = [sys.executable, "-m", "tui.cli", *args]
        pid, fd = os.forkpty()
        if pid == 0:  # the child: nothing but exec (the parent has threads)
            try:
                os.chdir(ROOT)
                os.execve(sys.executable, argv, child_env)
            finally:
                os._exit(127)
        self.pid, self.fd = pid, fd
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        self._output = bytearray()
        self._closing = threading.Event()
        self._lock = threading.Lock()
        self._changed = threading.Condition(self._lock)
        self.exit_status: int | None = None
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    # -- output ----------------------------------------------------------------------

    def _read(self) -> None:
        """Drain the terminal until the app is gone or we close it (only this thread
        closes the descriptor: closing it under a blocked read would not hang it up)."""
        fd = self.fd
        while not self._closing.is_set():
            ready, _, _ = select.select([fd], [], [], 0.05)
            if not ready:
                continue
            try:
                chunk = os.read(fd, 65536)
            except OSError:  # EIO: the app is gone and the terminal closed
                chunk = b""
            if not chunk:
                break
            with self._changed:
                self._output += chunk
                self._changed.notify_all()
        os.close(fd)
        with self._changed:
            self._changed.notify_all()

    def mark(self) -> int:
        """A position in the output: `wait_for(..., since=mark)` looks only after it."""
        with self._lock:
            return len(self._output)

    def raw(self) -> bytes:
        """Everything the app wrote, escape sequences included."""
        with self._lock:
            return bytes(self._output)

    def text(self, since: int = 0) -> str:
        with self._lock:
            return screen_text(bytes(self._output[since:]))

    def wait_for(self, needle: str, since: int = 0, timeout: float = 15.0) -> bool:
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                if needle in screen_text(bytes(self._output[since:])):
                    return True
                left = deadline - time.monotonic()
                if left <= 0 or not self._reader.is_alive():
                    return needle in screen_text(bytes(self._output[since:]))
                self._changed.wait(min(left, 0.05))

    # -- input -----------------------------------------------------------------------

    def type(self, text: str) -> None:
        """Letters as one write: the app receives them as a burst of key presses."""
        self._write(text.encode())

    def press(self, *keys: str) -> None:
        for key in keys:
            self._write(KEYS.get(key, key.encode()))

    def _write(self, data: bytes) -> None:
        with contextlib.suppress(OSError):  # the app may just have been killed
            os.write(self.fd, data)

    # -- ending ----------------------------------------------------------------------

    def kill(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.pid, signal.SIGKILL)
        self.wait()

    def hang_up(self) -> None:
        """Close our side of the terminal: the app gets SIGHUP, as when the window closes."""
        self.close()

    def wait(self, timeout: float = 10.0) -> int | None:
        """The exit status (as `os.waitstatus_to_exitcode`: -N for signal N), None on timeout."""
        if self.exit_status is not None:
            return self.exit_status
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            done, status = os.waitpid(self.pid, os.WNOHANG)
            if done:
                self.exit_status = os.waitstatus_to_exitcode(status)
                self.close()
                return self.exit_status
            time.sleep(0.02)
        return None

    def close(self) -> None:
        self._closing.set()
        self._reader.join(timeout=2)

    def __enter__(self) -> PtyApp:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.exit_status is None:
            self.kill()
        self.close()
