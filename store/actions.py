"""Action items across all sessions: one list to review, and status changes saved back.

An action item lives inside the session whose reflection produced it; this module
gathers them (newest session first) and changes one item's status in its session.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from store.db import Store
from store.models import ACTION_STATUSES, ActionItem, Session


class ActionNotFound(LookupError):
    """The session or the action item is no longer in the data file."""


@dataclass(frozen=True)
class ActionRef:
    """One action item with where it came from."""

    session_id: int
    network_id: int | None
    date: date | None
    number: int | None
    action: ActionItem
    position: int = 0  # index in the session's list (finds items saved without a key)

    @property
    def key(self) -> str:
        return self.action.key


def collect_actions(
    sessions: Iterable[Session],
    status: str | None = None,
    network_id: int | None = None,
) -> list[ActionRef]:
    """Actions of `sessions`, filtered; newest session first, in the session's own order.

    Each ref holds a copy of its action item: `sessions` may be the store's own records.
    """
    if status is not None and status not in ACTION_STATUSES:
        raise ValueError(f"unknown action status {status!r}")
    refs = [
        ActionRef(
            session_id=s.id,
            network_id=s.network_id,
            date=s.date,
            number=s.number,
            action=dataclasses.replace(action),
            position=position,
        )
        for s in sessions
        if s.id is not None and (network_id is None or s.network_id == network_id)
        for position, action in enumerate(s.actions)
        if status is None or action.status == status
    ]
    # Undated sessions last; within a date the higher session number (then id) first.
    # The sort is stable, also reversed: a session's actions keep their own order.
    refs.sort(
        key=lambda r: (r.date is not None, r.date or date.min, r.number or 0, r.session_id),
        reverse=True,
    )
    return refs


def list_actions(
    store: Store, status: str | None = None, network_id: int | None = None
) -> list[ActionRef]:
    """All action items in the store, optionally only one status and/or one network."""
    originals: list[Session] = []

    def visit(session: Session) -> bool:
        # The store's own records, only read: the refs copy just the action items,
        # instead of the store copying thousands of whole sessions.
        if session.actions:
            originals.append(session)
        return False

    store.sessions(network_id, where=visit)
    return collect_actions(originals, status, network_id)


def count_actions(store: Store, status: str = "open", network_id: int | None = None) -> int:
    """How many action items have `status` (in one network, or all), without copies."""

    def count(session: Session) -> int:
        if network_id is not None and session.network_id != network_id:
            return 0
        return sum(1 for a in session.actions if a.status == status)

    return store.session_total(count)


def action_counts(store: Store, network_id: int | None = None) -> dict[str, int]:
    """Action items per status: {"open": 3, "done": 5, "dropped": 1}."""
    return {status: count_actions(store, status, network_id) for status in ACTION_STATUSES}


def set_action_status(
    store: Store,
    session_id: int,
    action_key: str,
    status: str,
    today: date,
    *,
    ref: ActionRef | None = None,
) -> ActionItem:
    """Give one action item a new status and save its session.

    Done and dropped get `closed_on = today` (kept if it already had that status);
    reopening clears it. Raises ActionNotFound, ValueError for an unknown status, and
    lets store.errors.WriteFailed through for the screen to report.

    `ref` (the item as listed) finds an item that a hand-edited file stored without a
    key: such items get a fresh key on every read, so the position and text decide.
    """
    if status not in ACTION_STATUSES:
        raise ValueError(f"unknown action status {status!r}")
    session = store.session(session_id)
    if session is None:
        raise ActionNotFound(f"session {session_id} does not exist")
    index = _find(session.actions, action_key, ref)
    action = session.actions[index]
    if action.status == status:
        return action
    action.status = status
    action.closed_on = None if status == "open" else today
    saved = store.save_session(session)
    return saved.actions[index]


def _find(actions: list[ActionItem], key: str, ref: ActionRef | None) -> int:
    for index, action in enumerate(actions):
        if action.key == key:
            return index
    if ref is not None and ref.position < len(actions):
        candidate = actions[ref.position]
        if candidate.text == ref.action.text:
            return ref.position
    raise ActionNotFound(f"action {key!r} is not in this session")
