"""Recovering from a data file that cannot be read: it is never overwritten.

The file is kept aside under a timestamped name (`leernet.json.corrupt-20261128-101500`),
then either the latest good backup is restored or leernet starts empty. Every operation
holds the data file's lock, so a running leernet window is never pulled out from under.
"""

from __future__ import annotations

import contextlib
import os
import re
from datetime import datetime
from pathlib import Path

from store.atomic import aside_name, atomic_write_bytes, fsync_dir
from store.backups import Backup, inspect_backup, is_good, latest_good, list_restore_points
from store.datafile import parse_data_file
from store.errors import DataFileCorrupt, NewerSchemaError, StoreError
from store.lock import DataFileLock
from store.schema import SCHEMA_VERSION, check_version
from store.storage import write_target


class BackupUnusable(StoreError):
    """The chosen backup cannot be restored; `code` says why, for a translated sentence:
    "unknown", "unreadable", "damaged", "newer" or "empty"."""

    kind = "backup_unusable"

    def __init__(self, message: str, path: Path | None = None, code: str = "damaged") -> None:
        super().__init__(message, path)
        self.code = code


def refuse_unless_ours(path: Path) -> None:
    """Raise DataFileCorrupt unless what is at `path` (through a symlink) is leernet's:
    a leernet file, damaged or not (the rule is `store.datafile.looks_like_leernet`), or
    nothing at all. Nothing else is ever renamed, chmodded or replaced."""
    path = Path(path)
    real = write_target(path)
    if not real.exists():
        return
    if not real.is_file():
        raise DataFileCorrupt(
            f"{path} is not a regular file, so leernet leaves it alone.", path, reason="foreign"
        )
    try:
        raw = real.read_bytes()
    except OSError as error:
        raise DataFileCorrupt(
            f"{path} cannot be read ({error.strerror}), so leernet leaves it alone.",
            path,
            reason="unreadable",
            detail=error.strerror or str(error),
        ) from error
    try:
        parse_data_file(raw, path)
    except DataFileCorrupt as problem:
        if problem.reason == "foreign":
            raise
        # Damaged, but leernet's: it may be kept aside and replaced.


def set_aside(path: Path, label: str = "corrupt", now: datetime | None = None) -> Path:
    """Move the data file out of the way (a rename: its bytes are untouched). Returns where.

    Take the lock yourself (or use `start_empty`); this is also the first step of a restore.
    Raises DataFileCorrupt for a file that is not leernet's (it is left as it is).
    """
    refuse_unless_ours(path)
    real = write_target(Path(path))
    target = aside_name(real, label, now)
    os.rename(real, target)
    with contextlib.suppress(OSError):  # owner-only, like the data file (best effort)
        if target.is_file():
            os.chmod(target, 0o600)
    fsync_dir(real.parent)
    return target


def latest_good_backup(path: Path) -> Backup | None:
    """The newest backup that parses, is not from a newer leernet and holds something."""
    return latest_good(Path(path))


def find_backup(path: Path, name: str) -> Backup:
    """A backup of `path` by its file name (as `leernet backups` lists it), including the
    files earlier restores replaced (`leernet.json.before-restore-…`): a restore can be
    undone by restoring the copy it made."""
    wanted = Path(name).name
    for backup in list_restore_points(Path(path)):
        if backup.name == wanted:
            return backup
    raise BackupUnusable(
        f"There is no backup named {wanted} (see leernet backups).", path, code="unknown"
    )


def check_restorable(backup: Path) -> bytes:
    """The backup's bytes, if it can be restored; else BackupUnusable with one sentence."""
    try:
        raw = backup.read_bytes()
    except OSError as error:
        raise BackupUnusable(
            f"The backup {backup.name} cannot be read ({error.strerror}).", backup, "unreadable"
        ) from error
    try:
        data = parse_data_file(raw, backup)
        check_version(data, backup)
    except DataFileCorrupt as error:
        raise BackupUnusable(
            f"The backup {backup.name} is damaged itself.", backup, "damaged"
        ) from error
    except NewerSchemaError as error:
        raise BackupUnusable(
            f"The backup {backup.name} was written by a newer leernet (this one reads up to "
            f"format {SCHEMA_VERSION}).",
            backup,
            "newer",
        ) from error
    if not is_good(inspect_backup(backup)):
        raise BackupUnusable(f"The backup {backup.name} holds no entries.", backup, "empty")
    return raw


def restore_backup(path: Path, backup: Path, label: str | None = None) -> Path | None:
    """Put `backup` in place of the data file; the current file is kept aside first.

    Returns where the previous file went (None when there was none): named
    `.corrupt-<date-time>` when it could not be read, else `.before-restore-<date-time>`. The swap is atomic:
    the current file gets a second name (a hard link) and the backup's bytes then replace
    the data file in one rename, so at no moment is there no data file. Raises
    DataFileLocked while a leernet window has the file open (through any symlink: the
    lock is the real file's), BackupUnusable for a bad backup, DataFileCorrupt when the
    file at `path` is not leernet's (it is left alone), OSError when the disk refuses.
    """
    path = Path(path)
    raw = check_restorable(Path(backup))
    refuse_unless_ours(path)  # before the lock file goes beside it; again once locked
    with DataFileLock(path):
        refuse_unless_ours(path)
        real = write_target(path)
        kept: Path | None = None
        linked = False
        if real.exists():
            label = label or ("before-restore" if _readable(real) else "corrupt")
            kept = aside_name(real, label)
            try:
                os.link(real, kept)
                linked = True
            except OSError:
                # No hard links here (some network or FAT file systems): rename instead.
                kept = set_aside(path, label)
        try:
            atomic_write_bytes(real, raw)
        except BaseException:
            # Undo the keeping-aside: the data file stays exactly as it was.
            if kept is not None and linked:
                with contextlib.suppress(OSError):
                    kept.unlink()
            elif kept is not None:
                os.rename(kept, real)
            raise
        if kept is not None:
            with contextlib.suppress(OSError):
                os.chmod(kept, 0o600)
        return kept


ESCAPED_BYTES = re.compile("[\udc80-\udcff]+")


def repaired_text(raw: bytes) -> tuple[bytes, int] | None:
    """The file's bytes with every non-UTF-8 byte read as Windows-1252 (what an editor set
    to Latin-1 or Windows-1252 writes for é, ë, €), and how many bytes that concerned;
    None if the result is still not a readable leernet file."""
    text = raw.decode("utf-8", errors="surrogateescape")  # bad bytes -> U+DC80..U+DCFF
    bad = 0

    def as_cp1252(match: re.Match[str]) -> str:
        nonlocal bad
        escaped = bytes(ord(c) - 0xDC00 for c in match.group())
        bad += len(escaped)
        return escaped.decode("cp1252", errors="replace")

    fixed = ESCAPED_BYTES.sub(as_cp1252, text).encode("utf-8")
    try:
        if parse_data_file(fixed, Path("repair")) is None:
            return None
    except DataFileCorrupt:
        return None
    return fixed, bad


def repair_encoding(path: Path) -> Path:
    """Rewrite a file that is only unreadable because of non-UTF-8 bytes, reading those
    bytes as Windows-1252. The original is kept aside (`.corrupt-<date-time>`) first."""
    path = Path(path)
    refuse_unless_ours(path)
    with DataFileLock(path):
        real = write_target(path)
        raw = real.read_bytes()
        repaired = repaired_text(raw)
        if repaired is None:
            raise DataFileCorrupt(f"{path} cannot be repaired this way.", path, reason="encoding")
        kept = aside_name(real, "corrupt")
        os.link(real, kept)
        try:
            atomic_write_bytes(real, repaired[0])
        except BaseException:
            with contextlib.suppress(OSError):
                kept.unlink()
            raise
        return kept


def _readable(path: Path) -> bool:
    try:
        parse_data_file(path.read_bytes(), path)
    except (OSError, DataFileCorrupt):
        return False
    return True


def start_empty(path: Path) -> Path:
    """Keep the unreadable file aside so leernet can start with an empty one."""
    refuse_unless_ours(path)  # before the lock file goes beside it; again once locked
    with DataFileLock(Path(path)):
        return set_aside(Path(path), "corrupt")
