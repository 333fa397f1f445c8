"""Backups of the data file, in `backups/` beside it (folder 0700, files 0600).

Two kinds, told apart by name (for a data file `leernet.json`):

- daily: `leernet-2026-11-28.json`, the state just before the first write of that day;
  the newest `DAILY_KEEP` are kept, older ones are deleted.
- before a migration: `leernet-2026-11-28-v1.json`, an exact copy of a version-1 file
  made before it is updated to the current format; these are never deleted.

A backup is written atomically like the data file itself, so a kill while writing one
leaves no half backup behind.
"""

from __future__ import annotations

import contextlib
import os
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import orjson

from store.atomic import atomic_write_bytes, fsync_dir
from store.datafile import KNOWN_TABLES, parse_data_file
from store.errors import DataFileCorrupt, WriteFailed
from store.paths import backups_dir
from store.schema import SCHEMA_VERSION, file_version

DAILY_KEEP = 14

# Tables whose documents make a file worth backing up (meta and settings alone are not).
CONTENT_TABLES = tuple(t for t in KNOWN_TABLES if t not in ("meta", "settings"))


def today() -> date:
    """The local date (a seam for tests that cross midnight)."""
    return date.today()


@dataclass(frozen=True)
class Backup:
    path: Path
    day: date
    from_version: int | None = None  # set for a copy made before a migration

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def kind(self) -> str:
        return "daily" if self.from_version is None else "migration"


@dataclass(frozen=True)
class BackupSummary:
    """What a backup holds, for the listing and the recovery screen."""

    readable: bool
    version: int | None = None
    counts: dict[str, int] | None = None
    size: int = 0

    @property
    def has_content(self) -> bool:
        return bool(self.counts) and any(self.counts.values())  # type: ignore[union-attr]


def _name_pattern(data_path: Path) -> re.Pattern[str]:
    stem = re.escape(data_path.stem)
    return re.compile(rf"^{stem}-(\d{{4}}-\d{{2}}-\d{{2}})(?:-v(\d+))?\.json$")


def backup_name(data_path: Path, day: date, from_version: int | None = None) -> str:
    suffix = f"-v{from_version}" if from_version is not None else ""
    return f"{data_path.stem}-{day.isoformat()}{suffix}.json"


def list_backups(data_path: Path) -> list[Backup]:
    """The data file's backups, newest first (by day, then by modification time)."""
    folder = backups_dir(data_path)
    pattern = _name_pattern(data_path)
    found: list[tuple[date, float, Backup]] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for entry in entries:
        match = pattern.match(entry.name)
        if not match:
            continue
        try:
            day = date.fromisoformat(match.group(1))
            mtime = entry.stat().st_mtime
        except (ValueError, OSError):
            continue
        version = int(match.group(2)) if match.group(2) else None
        found.append((day, mtime, Backup(entry, day, version)))
    found.sort(key=lambda item: (item[0], item[1]), reverse=True)
    return [backup for _day, _mtime, backup in found]


def summarise(raw: bytes, path: Path) -> BackupSummary:
    """Parse a backup's bytes: readable or not, its format version, documents per table."""
    try:
        data = parse_data_file(raw, path)
    except DataFileCorrupt:
        return BackupSummary(readable=False, size=len(raw))
    if data is None:
        return BackupSummary(readable=True, version=None, counts={}, size=len(raw))
    counts = {name: len(data.get(name) or {}) for name in CONTENT_TABLES}
    return BackupSummary(readable=True, version=file_version(data), counts=counts, size=len(raw))


def inspect_backup(path: Path) -> BackupSummary:
    try:
        raw = path.read_bytes()
    except OSError:
        return BackupSummary(readable=False)
    return summarise(raw, path)


def is_good(summary: BackupSummary) -> bool:
    """A backup worth restoring: readable, not from a newer leernet, and not empty."""
    return (
        summary.readable
        and summary.has_content
        and summary.version is not None
        and summary.version <= SCHEMA_VERSION
    )


def good_backups(data_path: Path) -> list[Backup]:
    """Backups that can be restored, newest first."""
    return [b for b in list_backups(data_path) if is_good(inspect_backup(b.path))]


def latest_good(data_path: Path) -> Backup | None:
    """The newest backup that can be restored (reads only as many as needed)."""
    for backup in list_backups(data_path):
        if is_good(inspect_backup(backup.path)):
            return backup
    return None


def ensure_folder(data_path: Path) -> Path:
    """Create `backups/` owner-only (and tighten it if someone loosened it)."""
    folder = backups_dir(data_path)
    folder.mkdir(mode=0o700, exist_ok=True)
    if folder.stat().st_mode & 0o077:
        os.chmod(folder, 0o700)
    return folder


def write_backup(data_path: Path, name: str, content: bytes) -> Path:
    folder = ensure_folder(data_path)
    target = folder / name
    atomic_write_bytes(target, content, mode=0o600)
    return target


def prune_daily(data_path: Path, keep: int = DAILY_KEEP) -> list[Path]:
    """Delete daily backups beyond the newest `keep`; copies made before a migration stay."""
    daily = [b for b in list_backups(data_path) if b.from_version is None]
    removed = []
    for old in daily[keep:]:
        with contextlib.suppress(OSError):
            old.path.unlink()
            removed.append(old.path)
    return removed


def write_migration_backup(data_path: Path, content: bytes | None, from_version: int) -> Path:
    """An exact copy of the file before it is migrated. Raises WriteFailed: no migration
    happens without its backup."""
    if content is None:
        raise WriteFailed(f"There is no file at {data_path} to back up.", data_path)
    name = backup_name(data_path, today(), from_version)
    try:
        return write_backup(data_path, name, content)
    except OSError as error:
        reason = error.strerror or str(error)
        raise WriteFailed(
            f"Could not write a backup of {data_path} before updating its format ({reason}); "
            "the file was not changed.",
            data_path,
            reason=reason,
            errno=error.errno,
        ) from error


def _has_content(raw: bytes) -> bool:
    if len(raw) > 64 * 1024:
        return True  # meta and settings alone never get this big: skip parsing megabytes
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError:
        return False
    return isinstance(data, dict) and any(
        isinstance(data.get(name), dict) and data[name] for name in CONTENT_TABLES
    )


class DailyBackup:
    """The storage's `before_write` hook: the first write of each day copies the file first.

    The copy is of the state the file holds at that moment, so it is always a state that
    was on disk and parsed. When the storage confirms the file on disk holds exactly those
    bytes, the copy is a hard link: instant even for a big file, and safe because the data
    file is only ever replaced by a rename, never changed in place. Otherwise (or where
    hard links are not possible) the bytes are written. A backup that cannot be made does
    not stop the user's save (their typing matters more than yesterday's copy); the reason
    is kept in `last_error` and it is tried again at the next write.
    """

    def __init__(self, data_path: Path) -> None:
        self.data_path = Path(data_path)
        self._done_for: date | None = None
        self.last_error: OSError | None = None

    def __call__(self, previous: bytes | None, on_disk: Path | None = None) -> None:
        day = today()
        if self._done_for == day:
            return
        name = backup_name(self.data_path, day)
        if (backups_dir(self.data_path) / name).exists():
            self._done_for = day
            return
        if previous is None or not _has_content(previous):
            return  # nothing worth keeping yet; look again at the next write
        try:
            self._copy(name, previous, on_disk)
            prune_daily(self.data_path)
        except OSError as error:
            self.last_error = error
            return
        self.last_error = None
        self._done_for = day

    def _copy(self, name: str, previous: bytes, on_disk: Path | None) -> None:
        folder = ensure_folder(self.data_path)
        if on_disk is not None:
            try:
                os.link(on_disk, folder / name)
            except OSError:
                pass  # another file system, or no hard links there: write the bytes
            else:
                # Owner-only, like every backup (this also tightens the data file's own
                # mode, which the write that follows sets to 0600 anyway).
                os.chmod(folder / name, 0o600)
                fsync_dir(folder)
                return
        write_backup(self.data_path, name, previous)
