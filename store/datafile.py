"""The bytes of a data file: parse them (strictly enough for TinyDB) and serialise them.

Kept apart from the storage so backups and recovery can check a file without opening it.
A file is leernet's when it is a JSON object holding one of leernet's tables (or an
empty one); anything else is refused as "foreign" and never touched. It is accepted
when it is a JSON object of tables, each table an object of documents;
in leernet's own tables every document id is a whole number and every document an object,
because TinyDB cannot work on anything else. Field values are checked later, tolerantly,
by `store.models`.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import orjson

from store.errors import DataFileCorrupt

Data = dict[str, dict[str, Any]]

# The tables leernet itself reads and writes (others in a file are kept as they are).
KNOWN_TABLES = ("meta", "settings", "networks", "sessions", "feedback", "selfchecks")

UTF8_BOM = b"\xef\xbb\xbf"


# Deeper than this below a document (a table's entry) is refused at load: leernet's own
# documents nest three levels (session, action list, action); orjson cannot even write
# back past 254, and Python's own recursion gives out near 1,000.
MAX_DEPTH_BELOW_DOCUMENT = 64
MAX_DEPTH = 3 + MAX_DEPTH_BELOW_DOCUMENT  # the file's object, a table, a document
# orjson refuses input nested deeper than this (documented; pinned by
# tests/test_hostile_data.py). Wrapping the bytes in `ORJSON_DEPTH - MAX_DEPTH` extra
# arrays makes that same parse refuse anything deeper than MAX_DEPTH: the depth check
# costs one copy of the bytes, not a walk over a million containers.
ORJSON_DEPTH = 1024
_PAD = ORJSON_DEPTH - MAX_DEPTH

# What a leernet file shows even when damaged: its table names, as JSON keys.
LEERNET_MARKERS = tuple(f'"{name}"'.encode() for name in KNOWN_TABLES)

_UNPARSED = object()  # the bytes could not be parsed at all


def is_leernet_data(data: Any) -> bool:
    """Is parsed JSON leernet's? A JSON object that is empty or has one of its tables."""
    return isinstance(data, dict) and (not data or any(name in data for name in KNOWN_TABLES))


def looks_like_leernet(raw: bytes) -> bool:
    """Are bytes that do not parse (truncated, mis-encoded, nested too deep) leernet's?

    The one rule for "a file leernet may rename, replace or restore over" when the file
    is damaged: its bytes still hold one of leernet's table names as a JSON key
    (`"meta"`, `"sessions"`, …; every leernet file starts with one), or they are only
    NUL bytes and blanks (what a crash leaves of a file whose blocks were never written).
    Anything else (a system file, someone's notes, a picture) is not leernet's: it is
    refused and never touched. Parsed files use `is_leernet_data`.
    """
    if not raw.strip(b"\x00 \t\r\n"):
        return True
    return any(marker in raw for marker in LEERNET_MARKERS)


# How much of a file `refuse_if_foreign` reads first: a leernet file shows a table name
# in its first lines; only a file that does not is read and parsed whole.
HEAD_BYTES = 64 * 1024


def refuse_if_foreign(path: Path) -> None:
    """Raise DataFileCorrupt("foreign") when the file at `path` (through any symlink) is
    not leernet's. For before the lock is taken: the lock creates `<file>.lock` beside
    the real file, and nothing goes beside a file that is not leernet's. A missing,
    unreadable or damaged file passes (opening it says what is wrong)."""
    try:
        with open(os.path.realpath(path), "rb") as handle:
            head = handle.read(HEAD_BYTES)
            if looks_like_leernet(head.removeprefix(UTF8_BOM)):
                return
            raw = head + handle.read()
    except OSError:
        return
    try:
        parse_data_file(raw, path)
    except DataFileCorrupt as problem:
        if problem.reason == "foreign":
            raise


def parse_data_file(raw: bytes, path: Path) -> Data | None:
    """Parse the bytes of a data file; `None` for an empty file. Raises DataFileCorrupt.

    A file that is not leernet's (see `looks_like_leernet`) is refused with reason
    "foreign"; one nested deeper than MAX_DEPTH with reason "too_deep".
    """
    if raw.startswith(UTF8_BOM):  # saved by an editor that marks UTF-8 (Windows Notepad)
        raw = raw[len(UTF8_BOM) :]
    if not raw or raw.isspace():  # not `raw.strip()`: that copies the whole file
        return None
    data, problem, line = _load_json(raw)
    if data is _UNPARSED:
        if not looks_like_leernet(raw):
            raise _foreign(path)
    elif not is_leernet_data(data):
        raise _foreign(path)
    if problem == "too_deep":
        raise DataFileCorrupt(
            f"{path} holds data nested more than {MAX_DEPTH} levels deep, which leernet does "
            "not read; start leernet to restore a backup.",
            path,
            reason="too_deep",
            detail=str(MAX_DEPTH),
        )
    if problem == "encoding":
        raise DataFileCorrupt(
            f"{path} holds bytes that are not UTF-8 text, so it is not a readable leernet "
            "file; start leernet to restore a backup.",
            path,
            reason="encoding",
        )
    if problem == "invalid_json":
        raise DataFileCorrupt(
            f"{path} is damaged (not valid JSON at line {line}); start leernet to "
            "restore a backup.",
            path,
            reason="invalid_json",
        )
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


def _foreign(path: Path) -> DataFileCorrupt:
    return DataFileCorrupt(
        f"{path} is not a leernet data file, so leernet leaves it alone; give the path of "
        "your leernet file (or of a new one).",
        path,
        reason="foreign",
    )


def _load_json(raw: bytes) -> tuple[Any, str, int]:
    """(data, problem, line): the parsed JSON (or _UNPARSED), what is wrong with it
    ("", "too_deep", "encoding" or "invalid_json") and for invalid JSON the line.

    JSON orjson refuses goes to Python's own parser: other tools write things orjson
    rejects but that still carry the user's data (an escaped lone surrogate `"\\ud800"`,
    NaN or Infinity). Those load (the odd characters become U+FFFD, the odd numbers stay
    floats and are written back as null) rather than sending a whole file to recovery.
    """
    try:
        data = orjson.loads(b"".join((b"[" * _PAD, raw, b"]" * _PAD)))
    except orjson.JSONDecodeError:
        pass
    else:
        for _ in range(_PAD):
            data = data[0]
        return data, "", 0
    try:
        return orjson.loads(raw), "too_deep", 0  # it parses without the padding
    except orjson.JSONDecodeError as error:
        first_error = error
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return _UNPARSED, "encoding", 0
    try:
        data = json.loads(text)
    except RecursionError:  # nested past even Python's limit
        return _UNPARSED, "too_deep", 0
    except ValueError:
        return _UNPARSED, "invalid_json", first_error.lineno
    if deeper_than(data, MAX_DEPTH):
        return data, "too_deep", 0
    return repair_text(data), "", 0


def deeper_than(data: Any, limit: int) -> bool:
    """Whether `data` nests more than `limit` containers deep (level by level, no
    recursion). Only for what Python's parser read; orjson's parse checks by itself."""
    level, depth = [data], 0
    while level:
        depth += 1
        if depth > limit:
            return True
        below: list[Any] = []
        for value in level:
            if isinstance(value, dict):
                below.extend(v for v in value.values() if isinstance(v, dict | list))
            elif isinstance(value, list):
                below.extend(v for v in value if isinstance(v, dict | list))
        level = below
    return False


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
