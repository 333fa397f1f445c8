"""Where an export may be written: one rule for `leernet export -o FILE` and the app's
export screen.

    verdict = check_export_target(path, data_path)
    verdict.refused      # None, or why not: "folder", "special", "dangling", "no_folder", "data"
    verdict.exists       # an existing regular file: replace only with --force / after "yes"
    write_export_file(verdict, chunks, FILE_MODES[audience])

Allowed: a new name in an existing folder, or an existing regular file. A symlink is
written *through*: its target is replaced atomically and the link stays a link (like the
data file). Refused: a folder, anything that is not a regular file (FIFO, device, socket:
writing there would block, fill a device or replace a node), and a dangling symlink (it
would create a file wherever the link points, out of the user's sight). The check only
stats the path (os.lstat / os.stat), it never opens it: opening a FIFO blocks. And never
the data file itself, by any name (an export must not replace your data).

Imports no UI: the sentences for each verdict live in tui/i18n/export.py.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from store.atomic import atomic_write_chunks, remove_stale_temps

# A temp file of a killed export is removed by the next export to the same file once it is
# this old. Exports take no lock, so a younger temp may belong to an export running right
# now (a big one writes for seconds; its temp's mtime moves with every chunk).
STALE_TEMP_SECONDS = 10 * 60


@dataclass(frozen=True)
class ExportTarget:
    """The verdict on one output path."""

    path: Path  # as given
    real: Path  # where the bytes go: `path`, or a symlink's final target
    refused: str | None = None  # None: may be written; else a reason (see module docstring)
    exists: bool = False  # an existing regular file (replace only when the user agrees)
    mode: int | None = None  # the existing file's permission bits

    def new_mode(self, audience_mode: int) -> int:
        """The mode of the written file: the existing file's permission bits are kept, but
        an owner-only export (growth, full) never becomes readable for others because the
        old file was; a new file gets `audience_mode`."""
        if self.mode is None:
            return audience_mode
        if audience_mode & 0o077 == 0:
            return self.mode & 0o700
        return self.mode


def check_export_target(path: Path, data_path: Path | None = None) -> ExportTarget:
    """What writing an export to `path` would do, decided from stat() alone."""
    verdict = check_kind(Path(path))
    if verdict.refused is None and data_path is not None and is_data_file(verdict, data_path):
        return ExportTarget(verdict.path, verdict.real, refused="data")
    return verdict


def is_data_file(verdict: ExportTarget, data_path: Path) -> bool:
    try:
        if verdict.exists and data_path.exists() and verdict.real.samefile(data_path):
            return True
        return verdict.real.resolve() == data_path.resolve()
    except OSError:
        return False


def check_kind(path: Path) -> ExportTarget:
    try:
        link = os.lstat(path)
    except FileNotFoundError:
        return new_file(path, path)
    except OSError:
        # Unreadable folder and the like: let the write itself report its reason.
        return ExportTarget(path, path)
    real = path
    if stat.S_ISLNK(link.st_mode):
        real = Path(os.path.realpath(path))
        try:
            info = os.stat(real)
        except FileNotFoundError:
            return ExportTarget(path, real, refused="dangling")
        except OSError:
            return ExportTarget(path, real, refused="dangling")
    else:
        info = link
    if stat.S_ISDIR(info.st_mode):
        return ExportTarget(path, real, refused="folder")
    if not stat.S_ISREG(info.st_mode):
        return ExportTarget(path, real, refused="special")
    return ExportTarget(path, real, exists=True, mode=stat.S_IMODE(info.st_mode) & 0o777)


def new_file(path: Path, real: Path) -> ExportTarget:
    folder = real.parent
    if not folder.is_dir():
        return ExportTarget(path, real, refused="no_folder")
    return ExportTarget(path, real)


def write_export_file(target: ExportTarget, chunks: Iterable[bytes], audience_mode: int) -> None:
    """Write the export atomically to `target.real` (through a symlink), keeping the old
    file's mode; then remove temp files that killed exports of this same file left behind.
    Raises OSError as the write does."""
    if target.refused is not None:
        raise ValueError(f"refused export target {target.path}: {target.refused}")
    atomic_write_chunks(target.real, chunks, target.new_mode(audience_mode))
    remove_stale_temps(target.real, older_than=STALE_TEMP_SECONDS)
