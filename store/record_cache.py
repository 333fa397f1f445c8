"""`RecordCache`: dataclasses converted once from the in-memory documents, handed out as copies.

Converting 10,000 session documents to `Session` dataclasses takes a few hundred
milliseconds, and screens ask for `store.sessions()` often (the dashboard, the actions
list, search). The cache keeps one converted record per document and hands out copies,
so a caller that changes what it got (and every caller may: they edit and save) never
changes the cache ("copy at the store boundary", docs/STYLE).

Validity is by identity: a cached record belongs to one document *object*. The store
never changes a document in place; a save puts a new dict in the table (see
`Store._save`), and a reload after a failed write parses new objects. So "the document
object is the same" means "the content is the same", and after a save only the saved
document is converted again. Checking identity costs a dict lookup per document.
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar

from store.models import Record

R = TypeVar("R", bound=Record)

# Values that can be shared between copies because nothing can change them.
_IMMUTABLE = (str, int, float, bool, type(None), date)


def clone(value: Any) -> Any:
    """A copy deep enough that changing it never changes `value`; immutables are shared.

    Much cheaper than `copy.deepcopy` for our dataclasses: only the fields that hold a
    container (those with a `default_factory`: lists, dicts) are visited; strings,
    numbers and dates, nearly everything in a record, are shared.
    """
    if isinstance(value, _IMMUTABLE):
        return value
    kind = type(value)
    if kind is list:
        return [item if isinstance(item, _IMMUTABLE) else clone(item) for item in value]
    if kind is dict:
        return {
            key: item if isinstance(item, _IMMUTABLE) else clone(item)
            for key, item in value.items()
        }
    containers = _container_fields(kind)
    if containers is not None:
        state = value.__dict__.copy()
        for name in containers:
            item = state.get(name)
            if item:  # an empty list or dict: a new empty one of the same type
                state[name] = clone(item)
            elif item is not None:
                state[name] = type(item)()
        twin = object.__new__(kind)
        twin.__dict__ = state
        return twin
    return copy.deepcopy(value)


_CONTAINERS: dict[type, tuple[str, ...] | None] = {}


def _container_fields(kind: type) -> tuple[str, ...] | None:
    """Names of a dataclass's fields that hold containers; None for other types."""
    try:
        return _CONTAINERS[kind]
    except KeyError:
        pass
    names: tuple[str, ...] | None = None
    if dataclasses.is_dataclass(kind):
        names = tuple(
            f.name for f in dataclasses.fields(kind) if f.default_factory is not dataclasses.MISSING
        )
    _CONTAINERS[kind] = names
    return names


class _Table:
    """One table's converted records, and the table dict they were converted from."""

    __slots__ = ("raw", "by_id", "records")

    def __init__(self) -> None:
        self.raw: dict[str, Any] | None = None
        self.by_id: dict[str, tuple[dict[str, Any], Record]] = {}
        self.records: list[Record] = []


class RecordCache:
    """Per table: doc id -> (document object, record converted from it).

    TinyDB puts a new dict in place of a table on every write to it, so an unchanged
    table object means unchanged records, and the check is one identity test.
    """

    def __init__(self, keep: bool = True) -> None:
        # keep=False: convert on every read and keep nothing (a one-shot command reads
        # each table once; keeping the records would only double its peak memory).
        self.keep = keep
        self._tables: dict[str, _Table] = {}

    def _originals(self, cls: type[R], raw: dict[str, Any]) -> list[R]:
        """The cached records of `raw` (never handed out as they are)."""
        table = self._tables.setdefault(cls.table, _Table())
        if table.raw is raw:
            return table.records  # type: ignore[return-value]
        known = table.by_id
        fresh: dict[str, tuple[dict[str, Any], Record]] = {}
        for doc_id, doc in raw.items():
            if not isinstance(doc, dict):
                continue
            entry = known.get(doc_id)
            if entry is None or entry[0] is not doc:
                entry = (doc, cls.from_doc(doc, int(doc_id)))  # type: ignore[attr-defined]
            fresh[doc_id] = entry
        # Only what the table holds now stays: deleted or replaced documents are let go.
        table.raw, table.by_id = raw, fresh
        table.records = [entry[1] for entry in fresh.values()]
        return table.records  # type: ignore[return-value]

    def records(
        self, cls: type[R], raw: dict[str, Any], where: Callable[[R], bool] | None = None
    ) -> list[R]:
        """Copies of the records of `raw` (in the table's order) for which `where` holds.

        `where` sees the cached record itself, before any copy: a narrow filter copies
        only what it keeps. It must not change what it is given.
        """
        if not self.keep:
            fresh = (
                cls.from_doc(doc, int(doc_id))  # type: ignore[attr-defined]
                for doc_id, doc in raw.items()
                if isinstance(doc, dict)
            )
            return [record for record in fresh if where is None or where(record)]
        originals = self._originals(cls, raw)
        if where is None:
            return [clone(record) for record in originals]
        return [clone(record) for record in originals if where(record)]

    def total(self, cls: type[R], raw: dict[str, Any], count: Callable[[R], int]) -> int:
        """The sum of `count(record)` over the records of `raw`, without copying any."""
        if not self.keep:
            return sum(count(record) for record in self.records(cls, raw))
        return sum(count(record) for record in self._originals(cls, raw))

    def record(self, cls: type[R], doc_id: int, doc: dict[str, Any]) -> R:
        """A copy of the record for one document (converted now if not cached)."""
        table = self._tables.setdefault(cls.table, _Table())
        key = str(doc_id)
        entry = table.by_id.get(key)
        if not self.keep or entry is None or entry[0] is not doc:
            # Converted for this call only: caching it here would need the table's
            # records list rebuilt too; the next full read does that.
            return cls.from_doc(doc, doc_id)  # type: ignore[attr-defined,no-any-return]
        return clone(entry[1])  # type: ignore[no-any-return]

    def clear(self) -> None:
        self._tables.clear()
