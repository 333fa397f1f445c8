"""Backups of the data file, in `backups/` beside it (folder 0700, files 0600).

Three kinds, told apart by name (for a data file `leernet.json`):

- daily: `leernet-2026-11-28.json`, the state just before the first write of that day;
  the newest `DAILY_KEEP` are kept, older ones are deleted.
- run: `leernet-2026-11-28-run-101500.json`, the state just before the first write of
  each run of leernet (each open Store), so a day of work has more than one way back;
  the newest `RUN_KEEP` are kept.
- before a migration: `leernet-2026-11-28-v1.json`, an exact copy of a version-1 file
  made before it is updated to the current format; these are never deleted.

A restore keeps the file it replaces beside the data file
(`leernet.json.before-restore-20261128-101500`); `list_restore_points` lists those too,
so a restore can itself be undone.

A backup is written atomically like the data file itself, so a kill while writing one
leaves no half backup behind.
"""

from __future__ import annotations

import contextlib
import os
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import orjson

from store.atomic import atomic_write_bytes, fsync_dir
from store.datafile import KNOWN_TABLES, parse_data_file
from store.errors import DataFileCorrupt, WriteFailed
from store.paths import backups_dir
from store.schema import SCHEMA_VERSION, file_version

DAILY_KEEP = 14
RUN_KEEP = 20

# Tables whose documents make a file worth backing up (meta and settings alone are not).
CONTENT_TABLES = tuple(t for t in KNOWN_TABLES if t not in ("meta", "settings"))


def today() -> date:
    """The local date (a seam for tests that cross midnight)."""
    return date.today()


def now() -> datetime:
    """The local time a run backup is named after (on the day `today()` says)."""
    return datetime.combine(today(), datetime.now().time())


@dataclass(frozen=True)
class Backup:
    path: Path
    day: date
    from_version: int | None = None  # set for a copy made before a migration
    kind: str = "daily"  # "daily", "migration", "run" or "before-restore"

    @property
    def name(self) -> str:
        return self.path.name


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
    return re.compile(
        rf"^{stem}-(\d{{4}}-\d{{2}}-\d{{2}})(?:-v(\d+)|-run-(\d{{6}})(?:-(\d+))?)?\.json$"
    )


def backup_name(data_path: Path, day: date, from_version: int | None = None) -> str:
    suffix = f"-v{from_version}" if from_version is not None else ""
    return f"{data_path.stem}-{day.isoformat()}{suffix}.json"


def run_backup_name(data_path: Path, at: datetime, number: int = 1) -> str:
    suffix = f"-{number}" if number > 1 else ""
    return f"{data_path.stem}-{at:%Y-%m-%d}-run-{at:%H%M%S}{suffix}.json"


def list_backups(data_path: Path) -> list[Backup]:
    """The backups in `backups/`, newest first (by day, then time of a run backup, then
    modification time)."""
    folder = backups_dir(data_path)
    pattern = _name_pattern(data_path)
    found: list[tuple[tuple[date, str, int, float], Backup]] = []
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
        run_time, run_number = match.group(3) or "", int(match.group(4) or 1)
        kind = "migration" if version is not None else "run" if run_time else "daily"
        found.append(((day, run_time, run_number, mtime), Backup(entry, day, version, kind)))
    found.sort(key=lambda item: item[0], reverse=True)
    return [backup for _key, backup in found]


def _before_restore_pattern(real: Path) -> re.Pattern[str]:
    return re.compile(rf"^{re.escape(real.name)}\.before-restore-(\d{{8}})-(\d{{6}})(?:-\d+)?$")


def list_before_restore(data_path: Path) -> list[Backup]:
    """The files restores replaced (`leernet.json.before-restore-<date-time>`, beside the
    real data file), newest first."""
    from store.storage import write_target  # storage imports this module lazily too

    real = write_target(Path(data_path))
    pattern = _before_restore_pattern(real)
    found: list[tuple[str, Backup]] = []
    try:
        entries = list(real.parent.iterdir())
    except OSError:
        return []
    for entry in entries:
        match = pattern.match(entry.name)
        if not match or not entry.is_file():
            continue
        try:
            day = datetime.strptime(match.group(1), "%Y%m%d").date()
        except ValueError:
            continue
        found.append((entry.name, Backup(entry, day, kind="before-restore")))
    found.sort(key=lambda item: _stamp_order(item[0]), reverse=True)
    return [backup for _name, backup in found]


def _stamp_order(name: str) -> tuple[str, int]:
    """`….before-restore-20261128-101500-2` sorts after `…-101500` (same second, later)."""
    head, _, tail = name.rpartition("-")
    if len(tail) < 6 and tail.isdecimal():  # the -2, -3… of a name taken in the same second
        return head, int(tail)
    return name, 1


def list_restore_points(data_path: Path) -> list[Backup]:
    """Everything `leernet restore NAME` can bring back: the backups, then the files
    earlier restores replaced."""
    return list_backups(data_path) + list_before_restore(data_path)


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
    return prune(data_path, "daily", keep)


def prune(data_path: Path, kind: str, keep: int) -> list[Path]:
    """Delete backups of one kind ("daily" or "run") beyond the newest `keep`."""
    removed = []
    for old in [b for b in list_backups(data_path) if b.kind == kind][keep:]:
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
    """The storage's `before_write` hook: the first write of each day copies the file
    first, and so does the first write of each run (of this Store) as a run backup.

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
        self._run_done = False
        self.last_error: OSError | None = None

    def __call__(self, previous: bytes | None, on_disk: Path | None = None) -> None:
        if previous is None or not _has_content(previous):
            return  # nothing worth keeping yet; look again at the next write
        run_error = self._run_copy(previous, on_disk)
        self.last_error = self._daily_copy(previous, on_disk) or run_error

    def _run_copy(self, previous: bytes, on_disk: Path | None) -> OSError | None:
        if self._run_done:
            return None
        folder = backups_dir(self.data_path)
        at = now()
        number = 1
        while (folder / run_backup_name(self.data_path, at, number)).exists():
            number += 1  # two runs within one second
        try:
            self._copy(run_backup_name(self.data_path, at, number), previous, on_disk)
            prune(self.data_path, "run", RUN_KEEP)
        except OSError as error:
            return error  # tried again at the next write
        self._run_done = True
        return None

    def _daily_copy(self, previous: bytes, on_disk: Path | None) -> OSError | None:
        day = today()
        if self._done_for == day:
            return None
        name = backup_name(self.data_path, day)
        if (backups_dir(self.data_path) / name).exists():
            self._done_for = day
            return None
        try:
            self._copy(name, previous, on_disk)
            prune_daily(self.data_path)
        except OSError as error:
            return error  # tried again at the next write
        self._done_for = day
        return None

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
