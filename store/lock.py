"""One process per data file: an advisory `flock` on `<file>.lock` holding the owner's pid.

The kernel drops an flock when its process dies, so a lock left by a killed process is
free again and is simply taken over. We use fcntl directly rather than a lock library
because we need the holder's pid in the lock file for the refusal message, and
`filelock` truncates the file whenever another process tries to acquire it.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from store.errors import DataFileLocked

try:  # POSIX; on other systems the lock degrades to "no lock".
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]


def lock_path_for(data_path: Path) -> Path:
    return data_path.with_name(data_path.name + ".lock")


class DataFileLock:
    """Hold an exclusive lock for as long as the Store is open."""

    def __init__(self, data_path: Path) -> None:
        self.path = lock_path_for(data_path)
        self._fd: int | None = None

    def acquire(self) -> None:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        if fcntl is not None:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError as busy:
                pid = _read_pid(fd)
                os.close(fd)
                raise DataFileLocked(
                    self.path.with_name(self.path.name[: -len(".lock")]), pid
                ) from busy
        # We own it (or took over a stale one): record our pid.
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        self._fd = fd

    def __enter__(self) -> DataFileLock:
        """`with DataFileLock(path):` hold the lock for one operation (restore, set aside)."""
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()

    def release(self) -> None:
        if self._fd is None:
            return
        with contextlib.suppress(OSError):
            os.ftruncate(self._fd, 0)
        if fcntl is not None:
            with contextlib.suppress(OSError):
                fcntl.flock(self._fd, fcntl.LOCK_UN)
        os.close(self._fd)
        self._fd = None


def _read_pid(fd: int) -> int | None:
    try:
        text = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
        return int(text) if text else None
    except (OSError, ValueError):
        return None
