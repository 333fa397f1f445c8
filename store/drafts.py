"""`DraftStore`: what was typed into a form but not yet saved, kept in a small file of its own.

The journal writes its draft here while the user types (debounced), so closing or killing
the app loses nothing. Every write replaces the whole (small) file atomically with mode
0600; the big data file is never touched. A drafts file that cannot be read is moved
aside (never overwritten) and the store starts empty.
"""

from __future__ import annotations

import contextlib
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson

from store.atomic import atomic_write_bytes
from store.errors import WriteFailed


def session_draft_key(session_id: int | None, network_id: int | None) -> str:
    """The draft of an existing session, or of a new session for a network."""
    if session_id is not None:
        return f"session:{session_id}"
    return f"new-session:{network_id}"


class DraftStore:
    """Drafts by key: `save(key, data)`, `load(key)`, `discard(key)`, `keys()`.

    Data must be JSON-serialisable (strings, numbers, booleans, lists, dicts).
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    # -- reading -------------------------------------------------------------------

    def _read(self) -> dict[str, dict[str, Any]]:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return {}
        except OSError:
            return {}
        if not raw.strip():
            return {}
        try:
            data = orjson.loads(raw)
        except orjson.JSONDecodeError:
            self._set_aside()
            return {}
        if not isinstance(data, dict):
            self._set_aside()
            return {}
        return {k: v for k, v in data.items() if isinstance(v, dict) and "data" in v}

    def _set_aside(self) -> None:
        """Keep an unreadable drafts file for inspection instead of overwriting it."""
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
        with contextlib.suppress(OSError):
            os.replace(self.path, self.path.with_name(f"{self.path.name}.unreadable-{stamp}"))

    def _write(self, drafts: dict[str, dict[str, Any]]) -> None:
        try:
            if not drafts:
                with contextlib.suppress(FileNotFoundError):
                    self.path.unlink()
                return
            payload = orjson.dumps(drafts, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS)
            atomic_write_bytes(self.path, payload + b"\n", mode=0o600)
        except (OSError, TypeError) as error:
            reason = getattr(error, "strerror", None) or str(error)
            raise WriteFailed(f"The draft could not be written ({reason}).", self.path) from error

    # -- public API ----------------------------------------------------------------

    def save(self, key: str, data: dict[str, Any]) -> None:
        """Store (or replace) the draft under `key`. Raises WriteFailed."""
        drafts = self._read()
        drafts[key] = {"saved_at": datetime.now(UTC).isoformat(timespec="seconds"), "data": data}
        self._write(drafts)

    def load(self, key: str) -> dict[str, Any] | None:
        entry = self._read().get(key)
        if entry is None or not isinstance(entry.get("data"), dict):
            return None
        return entry["data"]

    def saved_at(self, key: str) -> datetime | None:
        entry = self._read().get(key)
        if not entry:
            return None
        try:
            return datetime.fromisoformat(str(entry.get("saved_at")))
        except ValueError:
            return None

    def discard(self, key: str) -> None:
        drafts = self._read()
        if key in drafts:
            del drafts[key]
            self._write(drafts)

    def keys(self) -> list[str]:
        return sorted(self._read())
