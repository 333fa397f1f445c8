"""`SessionFacts`: the few facts of every session that summaries need, read without converting.

The dashboard counts over all sessions (waiting for a reflection, open actions) but shows
only a few. Converting 10,000 documents into `Session` dataclasses for that took a
quarter of the time to the first screen. These facts are read straight from the
documents with the same tolerant helpers as `Session.from_doc`, so they always agree
with the records (tests/test_store_cache.py checks that).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from store.models import ACTION_STATUSES, Session, _as_list, _int, _str, parse_iso

# ActionItem.from_doc reads a status it does not know, a bare string or anything else
# as "open": an item is open unless it holds one of the other known statuses.
_CLOSED = tuple(status for status in ACTION_STATUSES if status != "open")


@dataclass(frozen=True, slots=True)
class SessionFacts:
    id: int
    network_id: int | None
    date: date | None
    reflected: bool  # Session.has_reflection()
    open_actions: int  # action items with status "open"


def facts_of(doc_id: str, doc: dict[str, Any]) -> SessionFacts:
    actions = _as_list(doc.get("actions"))
    return SessionFacts(
        id=int(doc_id),
        network_id=_int(doc.get("network_id")),
        date=parse_iso(doc.get("date")),
        reflected=any(_str(doc.get(name)).strip() for name in Session.REFLECTION_FIELDS),
        open_actions=sum(
            1 for item in actions if not isinstance(item, dict) or item.get("status") not in _CLOSED
        ),
    )


class FactsCache:
    """The facts of one sessions table, kept while the table object is the same."""

    def __init__(self) -> None:
        self._raw: dict[str, Any] | None = None
        self._facts: tuple[SessionFacts, ...] = ()

    def facts(self, raw: dict[str, Any]) -> tuple[SessionFacts, ...]:
        if raw is not self._raw:
            self._facts = tuple(
                facts_of(doc_id, doc) for doc_id, doc in raw.items() if isinstance(doc, dict)
            )
            self._raw = raw
        return self._facts
