"""Atomic file replacement: write a temp file beside the target, fsync, rename, fsync dir.

A crash or kill at any moment leaves either the old file or the new one, never a mix.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import tempfile
import time
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path


def atomic_write_bytes(path: Path, data: bytes, mode: int = 0o600, *, durable: bool = True) -> None:
    """Replace `path` with `data` atomically; the new file gets `mode` (owner-only).
    `durable=False` skips the fsyncs: still never half a file, but after a power cut
    possibly the old one (for caches)."""
    atomic_write_chunks(path, (data,), mode, durable=durable)


def atomic_write_chunks(
    path: Path, chunks: Iterable[bytes], mode: int = 0o600, *, durable: bool = True
) -> None:
    """`atomic_write_bytes` with the data in pieces (a big export is never one bytes
    object); the pieces are made while the temp file is written."""
    folder = path.parent
    fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=temp_prefix(path), suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            os.fchmod(handle.fileno(), mode)
            for chunk in chunks:
                handle.write(chunk)
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        replace_file(Path(tmp_name), path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    if durable:
        fsync_dir(folder)


def aside_name(path: Path, label: str, now: datetime | None = None) -> Path:
    """A free name beside `path`: `<name>.<label>-YYYYmmdd-HHMMSS`, with -2, -3… if taken."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    candidate = path.with_name(f"{path.name}.{label}-{stamp}")
    number = 2
    while candidate.exists() or candidate.is_symlink():
        candidate = path.with_name(f"{path.name}.{label}-{stamp}-{number}")
        number += 1
    return candidate


def temp_prefix(path: Path) -> str:
    return f".{path.name}."


# What `tempfile.mkstemp` puts between prefix and suffix: letters, digits, "_" (no dot, so
# the temp of `leernet.json.drafts` never counts as one of `leernet.json`).
TEMP_RANDOM = re.compile(r"[A-Za-z0-9_]+")


def is_temp_of(name: str, path: Path) -> bool:
    """Whether `name` is a temp file `atomic_write_chunks` made for `path` (and not for a
    longer name that starts the same, like `leernet.json.drafts`)."""
    prefix, suffix = temp_prefix(path), ".tmp"
    if not (name.startswith(prefix) and name.endswith(suffix)):
        return False
    return TEMP_RANDOM.fullmatch(name[len(prefix) : -len(suffix)]) is not None


def remove_stale_temps(path: Path, *, older_than: float | None = None) -> list[Path]:
    """Delete temp files a killed writer left beside `path`.

    A SIGKILL between `mkstemp` and the rename leaves a `.leernet.json.XXXXXXXX.tmp`
    behind; it is never the real data (the rename did not happen), so removing it loses
    nothing. Only regular files of this user named exactly like our temps for `path` go.
    Without `older_than` call this only while holding the file's lock (no live writer can
    own such a temp); with it (writers without a lock, like exports) only temps whose last
    change is at least that many seconds ago go, so a running writer's temp stays.
    """
    removed: list[Path] = []
    try:
        candidates = [p for p in path.parent.iterdir() if is_temp_of(p.name, path)]
    except OSError:
        return removed
    now = time.time()
    for candidate in candidates:
        with contextlib.suppress(OSError):
            info = os.lstat(candidate)
            if not stat.S_ISREG(info.st_mode):
                continue
            if hasattr(os, "getuid") and info.st_uid != os.getuid():
                continue
            if older_than is not None and now - info.st_mtime < older_than:
                continue
            candidate.unlink()
            removed.append(candidate)
    return removed


def replace_file(source: Path, target: Path) -> None:
    """The single step that swaps the new file in (a seam for failure-injection tests)."""
    os.replace(source, target)


def fsync_dir(folder: Path) -> None:
    """Make the rename itself durable (best effort: not every platform allows it)."""
    try:
        dir_fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    except OSError:
        pass
    finally:
        os.close(dir_fd)
