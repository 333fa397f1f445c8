"""The data file's schema version and the migrations between versions.

History (also in docs/data-format.md):

- Version 1 (leernet 0.1 previews): a session's action items were a plain list of
  strings under `will_try_items`; feedback had a yes/no `done` instead of a status.
- Version 2: action items are objects under `actions` (`key`, `text`, `status`,
  `closed_on`, `outcome`) so they can be marked done or dropped and followed up; feedback
  has a `status` (open / trying / applied / set_aside): `done: true` became "applied",
  anything else "open".

Each step is a function that changes a file's data in place and is safe to run twice
(a step interrupted before the version is stamped simply runs again).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from store.errors import NewerSchemaError
from store.models import new_key

SCHEMA_VERSION = 2

TABLES = ("meta", "settings", "networks", "sessions", "feedback", "selfchecks")

Data = dict[str, dict[str, Any]]


def _documents(data: Data, table: str) -> list[dict[str, Any]]:
    docs = data.get(table)
    if not isinstance(docs, dict):
        return []
    return [doc for doc in docs.values() if isinstance(doc, dict)]


def actions_as_objects(data: Data) -> None:
    """v1 -> v2, sessions: `will_try_items: ["…"]` becomes `actions: [{…}]`.

    Items already present as objects (a half-migrated file) are not added twice.
    """
    for session in _documents(data, "sessions"):
        if "will_try_items" not in session:
            continue
        items = session.pop("will_try_items")
        if isinstance(items, str):  # a single string where a list belonged
            items = [items]
        actions = session.get("actions")
        if not isinstance(actions, list):
            actions = []
        known = {a.get("text") for a in actions if isinstance(a, dict)}
        for text in items if isinstance(items, list) else []:
            if not isinstance(text, str) or not text.strip() or text in known:
                continue
            actions.append(
                {"key": new_key(), "text": text, "status": "open", "closed_on": None, "outcome": ""}
            )
            known.add(text)
        session["actions"] = actions


def feedback_status(data: Data) -> None:
    """v1 -> v2, feedback: the yes/no `done` becomes `status` ("applied" or "open")."""
    for item in _documents(data, "feedback"):
        done = item.pop("done", None)
        if "status" not in item:
            item["status"] = "applied" if done is True else "open"


def v1_to_v2(data: Data) -> None:
    actions_as_objects(data)
    feedback_status(data)


# MIGRATIONS[n] turns a version-n file into a version-(n+1) file, in place.
MIGRATIONS: dict[int, Callable[[Data], None]] = {1: v1_to_v2}


def file_version(data: Data | None) -> int:
    """The schema version recorded in the file; a file without one is version 1."""
    if not data:
        return SCHEMA_VERSION
    meta = data.get("meta") or {}
    for doc in meta.values():
        version = doc.get("schema_version") if isinstance(doc, dict) else None
        if isinstance(version, int) and not isinstance(version, bool):
            return max(version, 1)  # a hand-edited 0 or -1 means "old": the first format
    return 1


def check_version(data: Data | None, path: Path) -> int:
    version = file_version(data)
    if version > SCHEMA_VERSION:
        raise NewerSchemaError(
            f"{path} was written by a newer leernet (format {version}; this one reads up to "
            f"{SCHEMA_VERSION}): update leernet to open it.",
            path,
        )
    return version


def migrate(data: Data, from_version: int) -> Data:
    """Apply each step from `from_version` up to SCHEMA_VERSION."""
    for version in range(from_version, SCHEMA_VERSION):
        MIGRATIONS[version](data)
    return data
