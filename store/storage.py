"""`AtomicJSONStorage`: a TinyDB storage that parses the file once and writes atomically.

TinyDB's own JSONStorage re-reads and re-parses the whole file on every query and
rewrites it in place on every write. This one keeps the parsed data in memory (reads
never touch the disk after open), serialises with orjson, and replaces the file
atomically (temp file, fsync, rename). It also keeps the bytes of the last good state
(what the file holds): TinyDB changes the in-memory dict *before* it asks us to write,
so when a write fails, memory is rebuilt from those bytes and never disagrees with disk.
"""

from __future__ import annotations

import gc
import os
import stat
import threading
from collections.abc import Callable
from pathlib import Path

from tinydb.storages import Storage

from store.atomic import aside_name, atomic_write_bytes, remove_stale_temps
from store.datafile import Data, encode, parse_data_file, serialise
from store.errors import DataFileCorrupt, WriteFailed

__all__ = [
    "AtomicJSONStorage",
    "Data",
    "FileStamp",
    "file_stamp",
    "parse_data_file",
    "serialise",
    "write_target",
]

# Called before every write with the bytes of the state about to be replaced (None: no
# file yet) and the path of the file holding exactly those bytes (None when the file on
# disk is not known to be ours, e.g. someone else changed it); `store.backups.DailyBackup`
# uses it for the first-write-of-the-day copy (a hard link when it can: instant).
BeforeWrite = Callable[[bytes | None, Path | None], None]


def write_target(path: Path) -> Path:
    """The file to replace: a symlinked data file is written *through* its link.

    `os.replace` onto the link would swap the link itself for a plain file and leave the
    real file (say, in a synced folder) silently stale.
    """
    return Path(os.path.realpath(path)) if path.is_symlink() else path


FileStamp = tuple[int, int, int]


def file_stamp(path: Path) -> FileStamp | None:
    """Identity of the file's current version: inode (an atomic replace makes a new one),
    size and modification time. None when there is no regular file."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    if not stat.S_ISREG(info.st_mode):
        return None
    return (info.st_ino, info.st_size, info.st_mtime_ns)


class AtomicJSONStorage(Storage):
    """In-memory TinyDB storage backed by an atomically replaced JSON file.

    Construct it only while holding the data file's lock: opening removes temp files a
    killed writer left behind.

    With `deferred=True` the file is read and parsed only when first needed (`read()`,
    `load()`), possibly on another thread: the app paints its first screen from a small
    snapshot (store.start_snapshot) and loads the data right after. `after_load` runs once,
    on the loading thread, right after a successful parse.
    """

    def __init__(
        self,
        path: str | Path,
        before_write: BeforeWrite | None = None,
        *,
        read_only: bool = False,
        deferred: bool = False,
        after_load: Callable[[], None] | None = None,
    ) -> None:
        self.path = Path(path)
        self.target = write_target(self.path)
        self.before_write = before_write
        self.read_only = read_only
        self._last_good: bytes | None = None
        self._stamp: FileStamp | None = None  # the file as we last saw it
        self.kept_aside: list[Path] = []  # versions someone else wrote, kept before ours
        self._data: Data | None = None
        self._after_load = after_load
        self._loading = threading.RLock()  # a second thread asking waits for the first
        self._parsed = False
        self.loaded = False  # parsed and `after_load` done
        if not deferred:
            self.load()
        if not read_only:  # temp files may belong to the lock holder while we only read
            remove_stale_temps(self.target)

    @property
    def last_good_bytes(self) -> bytes | None:
        """The bytes the file holds (as last read or written); None when there is no file."""
        return self._last_good

    @property
    def stamp(self) -> FileStamp | None:
        """The file as last read or written (inode, size, mtime); None before loading."""
        return self._stamp

    def load(self) -> None:
        """Read and parse the file unless that was done; raises DataFileCorrupt."""
        if self.loaded:
            return
        with self._loading:
            if self._parsed:  # done, or being finished by this thread (in after_load)
                return
            # Parsing builds about a million containers that can never form cycles; the
            # cyclic GC, triggered over and over while they are made, would walk them all
            # each time (it nearly doubles the load time of 10,000 sessions).
            collecting = gc.isenabled()
            gc.disable()
            try:
                self._data = self._load()
            finally:
                if collecting:
                    gc.enable()
            self._parsed = True
            if self._after_load is not None:
                try:
                    self._after_load()
                except BaseException:
                    self._parsed = False
                    raise
            self.loaded = True

    def _load(self) -> Data | None:
        try:
            raw = self.target.read_bytes()
        except FileNotFoundError:
            return None
        except IsADirectoryError as error:
            raise DataFileCorrupt(
                f"{self.path} is a folder, not a data file.", self.path, reason="folder"
            ) from error
        except OSError as error:
            raise DataFileCorrupt(
                f"{self.path} cannot be read ({error.strerror}).",
                self.path,
                reason="unreadable",
                detail=error.strerror or str(error),
            ) from error
        data = parse_data_file(raw, self.path)
        if data is None:
            self._refuse_suspicious_empty_file()
        # A reader never writes: nothing to restore, no day's backup to make from them.
        self._last_good = None if self.read_only else raw
        self._stamp = file_stamp(self.target)
        return data

    def _refuse_suspicious_empty_file(self) -> None:
        """An empty file where backups exist was most likely truncated by something: do not
        quietly start over on it; let the user choose (restore the backup, or start empty).
        A new, empty file without backups (e.g. made with `touch`) is simply a new file."""
        from store.backups import latest_good  # import here: backups reads data files too

        if latest_good(self.path) is not None:
            raise DataFileCorrupt(
                f"{self.path} is empty, while backups of it exist; start leernet to restore one.",
                self.path,
                reason="empty",
            )

    def read(self) -> Data | None:
        if not self.loaded:
            self.load()
        return self._data

    def write(self, data: Data) -> None:
        self.load()  # a deferred file is read before anything replaces it
        if self.read_only:
            self._restore()
            raise WriteFailed(
                f"opened read-only (writing {self.path})", self.path, reason="read-only"
            )
        try:
            payload, clean = encode(data)
            ours = self._keep_external_change()
            if self.before_write is not None:
                self.before_write(self._last_good, self.target if ours else None)
            atomic_write_bytes(self.target, payload)
        except BaseException as error:
            self._restore()
            if isinstance(error, OSError | TypeError | ValueError):
                reason = getattr(error, "strerror", None) or str(error)
                # Screens show this inside msg.write_failed ("Could not save: {reason}. …"),
                # so it is the cause and the file, not a sentence of its own.
                raise WriteFailed(
                    f"{reason} (writing {self.path})",
                    self.path,
                    reason=reason,
                    errno=getattr(error, "errno", None),
                ) from error
            raise
        # When text had to be repaired, memory takes the repaired form the file now holds.
        self._data = data if clean else parse_data_file(payload, self.path)
        self._last_good = payload
        self._stamp = file_stamp(self.target)

    def _keep_external_change(self) -> bool:
        """If someone else wrote the file since we read or wrote it (a hand edit in an
        editor, a sync tool), give their version a second name before ours replaces it:
        `leernet.json.changed-<date-time>`. Nothing anyone wrote is silently lost.
        Returns whether the file on disk is exactly the one we last read or wrote."""
        current = file_stamp(self.target)
        if current is None or self._stamp is None:
            return False
        if current == self._stamp:
            return True
        kept = aside_name(self.target, "changed")
        try:
            os.link(self.target, kept)  # a second name: the bytes are not copied
        except OSError:
            try:
                atomic_write_bytes(kept, self.target.read_bytes())
            except OSError:
                return False  # a folder in its place, unreadable: the write will say so
        self.kept_aside.append(kept)
        self._stamp = current  # kept once: a retry after a failed write does not copy again
        return False

    def _restore(self) -> None:
        """Memory back to the last good state (the file was not replaced)."""
        if self.read_only:  # no bytes kept: the file itself is the last good state
            self._data = self._load()
            return
        self._data = parse_data_file(self._last_good, self.path) if self._last_good else None

    def close(self) -> None:
        pass
