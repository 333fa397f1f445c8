"""Errors the store raises: each carries one sentence a user can act on."""

from __future__ import annotations

from pathlib import Path


class StoreError(Exception):
    """Base class: `str(error)` is one clear sentence (English; the UI translates by kind)."""

    kind = "store_error"

    def __init__(self, message: str, path: Path | None = None) -> None:
        super().__init__(message)
        self.path = path


class DataPathError(StoreError):
    """The data path cannot be used (missing folder, a directory, not writable)."""

    kind = "data_path"


class DataFileLocked(StoreError):
    """Another leernet process has this data file open."""

    kind = "locked"

    def __init__(self, path: Path, pid: int | None) -> None:
        who = f"pid {pid}" if pid else "another process"
        super().__init__(f"{path} is already open in another leernet window ({who}).", path)
        self.pid = pid


class DataFileCorrupt(StoreError):
    """The data file exists but cannot be read as a leernet file. It is left untouched.

    `reason` says what is wrong, for a translated sentence: "invalid_json", "encoding",
    "structure", "too_deep", "unreadable", "folder", "empty" (empty while backups exist)
    or "foreign" (not a leernet file at all: see `store.datafile.looks_like_leernet`).
    """

    # A file leernet cannot show to be its own: never kept aside, replaced or restored over.
    NOT_RECOVERABLE = ("foreign", "unreadable", "folder")

    kind = "corrupt"

    def __init__(
        self,
        message: str,
        path: Path | None = None,
        reason: str = "invalid_json",
        detail: str = "",
    ) -> None:
        super().__init__(message, path)
        self.reason = reason
        self.detail = detail  # e.g. the operating system's words, or where the structure breaks

    @property
    def recoverable(self) -> bool:
        """Whether recovery (restore over it, start empty, repair) may touch the file: only
        when it is leernet's, damaged or not."""
        return self.reason not in self.NOT_RECOVERABLE


class NewerSchemaError(StoreError):
    """The file was written by a newer leernet; it is never rewritten by this one."""

    kind = "newer_schema"


class WriteFailed(StoreError):
    """A write did not reach the disk; memory is back to what the file holds.

    `reason` is the operating system's short description (e.g. "No space left on device")
    and `errno` its number, or None when the data itself could not be encoded.
    """

    kind = "write_failed"

    def __init__(
        self, message: str, path: Path | None = None, reason: str = "", errno: int | None = None
    ) -> None:
        super().__init__(message, path)
        self.reason = reason or message
        self.errno = errno


class ValidationError(StoreError):
    """A value a user typed is not acceptable; `field` names where to show it."""

    kind = "validation"

    def __init__(self, field: str, code: str, message: str = "") -> None:
        super().__init__(message or f"{field}: {code}")
        self.field = field
        self.code = code
