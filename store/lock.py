"""One process per data file: an exclusive lock on `<file>.lock` holding the owner's pid.

The lock lives beside the *resolved* data file (symlinks followed), so the same file
reached through a symlink, or through a symlinked folder, has the same lock. The lock
file itself is never followed: a symlink placed at `<file>.lock` is refused (and left as
it is), never truncated through.

POSIX: an advisory `flock`; Windows: `msvcrt.locking` of one byte far past the pid, so
the pid stays readable for the refusal message. Either way the operating system drops
the lock when its process dies, so a lock left by a killed process is simply taken over.
We do this ourselves rather than with a lock library: `filelock` truncates the file on
every attempt to acquire it (the pid would be gone), and `portalocker` locks byte 0 on
Windows (the pid unreadable) and costs ~50 ms of imports on every start.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

from store.errors import DataFileLocked, DataPathError

try:  # POSIX
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]
try:  # Windows
    import msvcrt
except ImportError:
    msvcrt = None  # type: ignore[assignment]

# Where the Windows lock byte sits: past anything we write (a pid), and locking beyond
# the end of a file is allowed there.
WINDOWS_LOCK_OFFSET = 4096
# Not on Windows: there a symlink is checked for before opening instead.
O_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def lock_path_for(data_path: Path) -> Path:
    """`<real file>.lock`, beside the file the path finally points at."""
    real = Path(os.path.realpath(data_path))
    return real.with_name(real.name + ".lock")


class DataFileLock:
    """Hold an exclusive lock for as long as the Store is open."""

    def __init__(self, data_path: Path) -> None:
        self.data_path = Path(data_path)
        self.path = lock_path_for(self.data_path)
        self._fd: int | None = None

    def acquire(self) -> None:
        fd = self._open()
        try:
            locked = _try_lock(fd)
        except BaseException:
            os.close(fd)
            raise
        if not locked:
            pid = _read_pid(fd)
            os.close(fd)
            raise DataFileLocked(self.data_path, pid)
        # We own it (or took over a stale one): record our pid. Only the refusal message
        # of a second window needs it, so a full disk here does not stop the start.
        with contextlib.suppress(OSError):
            _write_pid(fd)
        self._fd = fd

    def _open(self) -> int:
        """The lock file, opened without following a symlink; one sentence if it cannot be."""
        if self.path.is_symlink():  # O_NOFOLLOW says so too, where it exists
            raise self._refuse("is a symbolic link; leernet does not follow it")
        flags = os.O_RDWR | os.O_CREAT | O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0)
        # Not blocking: a FIFO put there must not hang the start (it is refused below).
        flags |= getattr(os, "O_NONBLOCK", 0)
        try:
            fd = os.open(self.path, flags, 0o600)
        except OSError as error:
            if self.path.is_symlink():  # put there between the check and the open
                raise self._refuse("is a symbolic link; leernet does not follow it") from error
            raise self._refuse(f"cannot be opened ({error.strerror or error})") from error
        try:
            regular = stat.S_ISREG(os.fstat(fd).st_mode)
        except OSError:
            regular = False
        if not regular:
            os.close(fd)
            raise self._refuse("is not a regular file")
        return fd

    def _refuse(self, what: str) -> DataPathError:
        return DataPathError(
            f"The lock file {self.path} {what}: remove it, then start leernet again.",
            self.data_path,
        )

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
        with contextlib.suppress(OSError):
            _unlock(self._fd)
        os.close(self._fd)
        self._fd = None


def _try_lock(fd: int) -> bool:
    """Take the lock without waiting; False when another process holds it."""
    if fcntl is not None:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True
    if msvcrt is not None:  # pragma: no cover - Windows
        os.lseek(fd, WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    raise DataPathError("This system offers no file locking, so leernet cannot keep its data safe.")


def _unlock(fd: int) -> None:
    if fcntl is not None:
        fcntl.flock(fd, fcntl.LOCK_UN)
    elif msvcrt is not None:  # pragma: no cover - Windows
        os.lseek(fd, WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)


def _write_pid(fd: int) -> None:
    os.ftruncate(fd, 0)
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, f"{os.getpid()}\n".encode())


def _read_pid(fd: int) -> int | None:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        text = os.read(fd, 32).decode("ascii", "replace").strip()
        return int(text) if text else None
    except (OSError, ValueError):
        return None
