"""Atomic file replacement: write a temp file beside the target, fsync, rename, fsync dir.

A crash or kill at any moment leaves either the old file or the new one, never a mix.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
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


def remove_stale_temps(path: Path) -> list[Path]:
    """Delete temp files a killed writer left beside `path` (call only while holding its lock).

    A SIGKILL between `mkstemp` and the rename leaves a `.leernet.json.XXXX.tmp` behind; it
    is never the real data (the rename did not happen), so removing it loses nothing.
    """
    removed = []
    try:
        prefix = temp_prefix(path)  # not glob(): a file name may hold "[" or "*"
        candidates = [
            p
            for p in path.parent.iterdir()
            if p.name.startswith(prefix) and p.name.endswith(".tmp")
        ]
    except OSError:
        return removed
    for candidate in candidates:
        with contextlib.suppress(OSError):
            if candidate.is_file() and not candidate.is_symlink():
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
