"""The bytes of a data file: parse them (strictly enough for TinyDB) and serialise them.

Kept apart from the storage so backups and recovery can check a file without opening it.
A file is accepted when it is a JSON object of tables, each table an object of documents;
in leernet's own tables every document id is a whole number and every document an object,
because TinyDB cannot work on anything else. Field values are checked later, tolerantly,
by `store.models`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import orjson

from store.errors import DataFileCorrupt

Data = dict[str, dict[str, Any]]

# The tables leernet itself reads and writes (others in a file are kept as they are).
KNOWN_TABLES = ("meta", "settings", "networks", "sessions", "feedback", "selfchecks")

UTF8_BOM = b"\xef\xbb\xbf"


def parse_data_file(raw: bytes, path: Path) -> Data | None:
    """Parse the bytes of a data file; `None` for an empty file. Raises DataFileCorrupt."""
    if raw.startswith(UTF8_BOM):  # saved by an editor that marks UTF-8 (Windows Notepad)
        raw = raw[len(UTF8_BOM) :]
    if not raw or raw.isspace():  # not `raw.strip()`: that copies the whole file
        return None
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as error:
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise DataFileCorrupt(
                f"{path} holds bytes that are not UTF-8 text, so it is not a readable leernet "
                "file; start leernet to restore a backup.",
                path,
                reason="encoding",
            ) from error
        data = lenient_json(text)
        if data is None:
            raise DataFileCorrupt(
                f"{path} is damaged (not valid JSON at line {error.lineno}); start leernet to "
                "restore a backup.",
                path,
                reason="invalid_json",
            ) from error
    problem = structure_problem(data)
    if problem:
        raise DataFileCorrupt(
            f"{path} is not laid out as a leernet file ({problem}); start leernet to restore "
            "a backup.",
            path,
            reason="structure",
            detail=problem,
        )
    return data  # type: ignore[no-any-return]


def lenient_json(text: str) -> Any:
    """What Python's own parser makes of JSON orjson refuses; None if it refuses too.

    Other tools write things orjson rejects but that still carry the user's data: an
    escaped lone surrogate (`"\\ud800"`), NaN or Infinity. Those load (the odd characters
    become U+FFFD, the odd numbers stay floats and are written back as null) rather than
    sending a whole file to recovery for one character.
    """
    try:
        return repair_text(json.loads(text))
    except (ValueError, RecursionError):
        return None


def structure_problem(data: Any) -> str:
    """What makes `data` unusable as a leernet file, in a few words; "" when it is fine."""
    if not isinstance(data, dict):
        return "the file is not a JSON object"
    for name, table in data.items():
        if not isinstance(table, dict):
            return f'"{name}" is not a table'
        if name not in KNOWN_TABLES:
            continue
        for doc_id, doc in table.items():
            if not doc_id.isdecimal():
                return f'"{name}" has an entry "{doc_id}" that is not a number'
            if not isinstance(doc, dict):
                return f'"{name}/{doc_id}" is not an object'
    return ""


def serialise(data: Data) -> bytes:
    """Indented, human-readable JSON (the file is meant to be readable by its owner)."""
    # The newline by option, not `+ b"\n"`: that would copy the whole payload again.
    return orjson.dumps(data, option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE)


def encode(data: Data) -> tuple[bytes, bool]:
    """Serialise; returns (payload, clean). `clean` is False when text had to be repaired.

    Python strings can hold lone surrogates (a terminal's undecodable bytes arrive that
    way); JSON cannot. Rather than refusing the whole save, such characters become U+FFFD
    and the caller adopts the repaired data so memory and file stay the same.
    """
    try:
        return serialise(data), True
    except orjson.JSONEncodeError:
        repaired = repair_text(data)
        return serialise(repaired), False


INT64_MIN, UINT64_MAX = -(2**63), 2**64 - 1


def repair_text(value: Any) -> Any:
    """A copy of `value` that JSON (orjson) can hold: every lone surrogate becomes U+FFFD
    (pairs are joined), and a whole number too big for 64 bits becomes its digits."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value if INT64_MIN <= value <= UINT64_MAX else str(value)
    if isinstance(value, str):
        return value.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    if isinstance(value, dict):
        return {repair_text(k): repair_text(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [repair_text(v) for v in value]
    return value
