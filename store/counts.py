"""What the counts mean that the dashboard, the lists and the exports share: one
definition each, so the same data gives the same figure everywhere.

- An **open action** is an action item with the status "open" (not done, not dropped).
- An **open feedback item** is a feedback entry with the status "open": nothing done
  with it yet. An entry being tried out, applied or set aside is not open; the feedback
  list's "open" filter and its summary show exactly these.
- **Private entries count.** They are the user's own: the dashboard counts them, and an
  export that may not describe them still counts them ("counted, not described").
- A **period** counts what is dated inside it; an undated entry counts only when no
  period is asked (`export_scope.Period.contains`).

The dashboard had "open" feedback as status open (private included), the growth export
as open or trying out, without the private ones: 1 on the dashboard became
"Nog open: 2 feedbackpunten" in the export.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

OPEN = "open"


class HasStatus(Protocol):
    @property
    def status(self) -> str: ...


def is_open(status: str) -> bool:
    """Whether an action or feedback status counts as open."""
    return status == OPEN


def open_count(items: Iterable[HasStatus]) -> int:
    """How many of these actions or feedback entries are open."""
    return sum(1 for item in items if is_open(item.status))
