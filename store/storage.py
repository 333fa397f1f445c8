"""`AtomicJSONStorage`: a TinyDB storage that parses the file once and writes atomically.

TinyDB's own JSONStorage re-reads and re-parses the whole file on every query and
rewrites it in place on every write. This one keeps the parsed data in memory (reads
never touch the disk after open), serialises with orjson, and replaces the file
atomically (temp file, fsync, rename). If a write fails, the in-memory state is
reloaded from the file so memory and disk never disagree.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson
from tinydb.storages import Storage

from store.atomic import atomic_write_bytes
from store.errors import DataFileCorrupt, WriteFailed

Data = dict[str, dict[str, Any]]


def parse_data_file(raw: bytes, path: Path) -> Data | None:
    """Parse the bytes of a data file; `None` for an empty file. Raises DataFileCorrupt."""
    if not raw.strip():
        return None
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as error:
        raise DataFileCorrupt(
            f"{path} is not a readable leernet file (invalid JSON or text encoding).", path
        ) from error
    if not isinstance(data, dict) or not all(isinstance(t, dict) for t in data.values()):
        raise DataFileCorrupt(f"{path} is not a leernet file (unexpected structure).", path)
    return data


def serialise(data: Data) -> bytes:
    """Indented, human-readable JSON (the file is meant to be readable by its owner)."""
    return orjson.dumps(data, option=orjson.OPT_INDENT_2) + b"\n"


class AtomicJSONStorage(Storage):
    """In-memory TinyDB storage backed by an atomically replaced JSON file."""

    def __init__(self, path: str | Path, before_write: Callable[[], None] | None = None) -> None:
        self.path = Path(path)
        self.before_write = before_write
        self._data: Data | None = self._load()

    def _load(self) -> Data | None:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return None
        except IsADirectoryError as error:
            raise DataFileCorrupt(
                f"{self.path} is a folder, not a data file.", self.path
            ) from error
        except OSError as error:
            raise DataFileCorrupt(
                f"{self.path} cannot be read ({error.strerror}).", self.path
            ) from error
        return parse_data_file(raw, self.path)

    def read(self) -> Data | None:
        return self._data

    def write(self, data: Data) -> None:
        try:
            payload = serialise(data)
            if self.before_write is not None:
                self.before_write()
            atomic_write_bytes(self.path, payload)
        except (OSError, TypeError, ValueError) as error:
            self.reload()
            reason = getattr(error, "strerror", None) or str(error)
            raise WriteFailed(f"Could not save to {self.path}: {reason}.", self.path) from error
        self._data = data

    def reload(self) -> None:
        """Drop the in-memory state and take the file's (after a failed write)."""
        # If the file itself became unreadable, keep memory: we never write over it.
        with contextlib.suppress(DataFileCorrupt):
            self._data = self._load()

    def close(self) -> None:
        pass
