"""The data file's schema version and the migrations between versions."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from store.errors import NewerSchemaError

SCHEMA_VERSION = 1

TABLES = ("meta", "settings", "networks", "sessions", "feedback", "selfchecks")

Data = dict[str, dict[str, Any]]

# MIGRATIONS[n] turns a version-n file into a version-(n+1) file, in place.
MIGRATIONS: dict[int, Callable[[Data], None]] = {}


def file_version(data: Data | None) -> int:
    """The schema version recorded in the file; a file without one is version 1."""
    if not data:
        return SCHEMA_VERSION
    meta = data.get("meta") or {}
    for doc in meta.values():
        if isinstance(doc, dict) and isinstance(doc.get("schema_version"), int):
            return doc["schema_version"]
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
