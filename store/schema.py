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

import sys
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


# What `file_version` says for a `schema_version` that is not a version number leernet
# knows ("3", 3.0, true, 0, -1): above every real version, so whatever refuses a newer
# file refuses it too; it is never read as version 1 and migrated.
UNKNOWN_VERSION = sys.maxsize


def file_version(data: Data | None) -> int:
    """The schema version recorded in the file; a file without one is version 1.

    Only a whole number from 1 up counts; anything else recorded is UNKNOWN_VERSION.
    """
    if not data:
        return SCHEMA_VERSION
    meta = data.get("meta") or {}
    for doc in meta.values():
        if isinstance(doc, dict) and "schema_version" in doc:
            version = doc["schema_version"]
            known = isinstance(version, int) and not isinstance(version, bool) and version >= 1
            return min(version, UNKNOWN_VERSION) if known else UNKNOWN_VERSION
    return 1


def recorded_version(data: Data | None) -> Any:
    """The `schema_version` value as the file holds it (for the refusal sentence)."""
    for doc in ((data or {}).get("meta") or {}).values():
        if isinstance(doc, dict) and "schema_version" in doc:
            return doc["schema_version"]
    return None


def check_version(data: Data | None, path: Path) -> int:
    version = file_version(data)
    if version == UNKNOWN_VERSION:
        raise NewerSchemaError(
            f"{path} records a format version leernet does not know (schema_version "
            f"{recorded_version(data)!r}; this one reads 1 to {SCHEMA_VERSION}): it is left "
            "as it is.",
            path,
        )
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
