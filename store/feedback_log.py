"""The feedback log's rules: checking a typed entry, filtering, follow-up nudges, and
what of an entry may leave the app for each export audience.

The log exists so feedback is *acted on*, not just filed: an entry still `open` more
than `OVERDUE_DAYS` after it was given is overdue, and the list and the dashboard point
at it. The giver's name is private: it is shown in the app and in the *full* export only
(see `export_view`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from store import counts
from store.dates import DateParseError, parse_date
from store.models import FEEDBACK_ROLES, FEEDBACK_STATUSES, Feedback
from store.people import Person, Redactor

OVERDUE_DAYS = 30
AUDIENCES = ("team", "growth", "full")

# Error codes of `FeedbackInvalid.errors`; the UI turns them into sentences.
ERR_DATE_EMPTY = "date_empty"
ERR_DATE_UNREADABLE = "date_unreadable"
ERR_DATE_FUTURE = "date_future"
ERR_SAID_EMPTY = "said_empty"
ERR_ROLE_UNKNOWN = "role_unknown"
ERR_STATUS_UNKNOWN = "status_unknown"
ERR_SESSION_WITHOUT_NETWORK = "session_without_network"


@dataclass
class FeedbackDraft:
    """What the entry form holds, as typed: the date is still text."""

    date_text: str = ""
    giver_name: str = ""
    giver_role: str = "participant"
    network_id: int | None = None
    session_id: int | None = None
    said: str = ""
    reaction: str = ""
    plan: str = ""
    status: str = "open"
    private: bool = False


class FeedbackInvalid(ValueError):
    """The draft cannot be saved. `errors` maps a form field name to an error code."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__(", ".join(f"{name}: {code}" for name, code in errors.items()))
        self.errors = errors


def build_feedback(draft: FeedbackDraft, today: date, base: Feedback | None = None) -> Feedback:
    """Check the draft and return the Feedback to save (keeping `base`'s id and extra).

    Every problem is collected, not just the first, so the form can mark each field at
    once. Raises FeedbackInvalid. Text is kept as typed except for surrounding blank
    lines, which carry no meaning in Markdown.
    """
    errors: dict[str, str] = {}
    when: date | None = None
    if not draft.date_text.strip():
        errors["date"] = ERR_DATE_EMPTY
    else:
        try:
            when = parse_date(draft.date_text, today)
        except DateParseError:
            errors["date"] = ERR_DATE_UNREADABLE
        else:
            if when > today:
                errors["date"] = ERR_DATE_FUTURE
    if not draft.said.strip():
        errors["said"] = ERR_SAID_EMPTY
    if draft.giver_role not in FEEDBACK_ROLES:
        errors["giver_role"] = ERR_ROLE_UNKNOWN
    if draft.status not in FEEDBACK_STATUSES:
        errors["status"] = ERR_STATUS_UNKNOWN
    if draft.session_id is not None and draft.network_id is None:
        errors["session"] = ERR_SESSION_WITHOUT_NETWORK
    if errors:
        raise FeedbackInvalid(errors)
    return Feedback(
        date=when,
        giver_name=" ".join(draft.giver_name.split()),
        giver_role=draft.giver_role,
        network_id=draft.network_id,
        session_id=draft.session_id,
        said=draft.said.strip("\n"),
        reaction=draft.reaction.strip("\n"),
        plan=draft.plan.strip("\n"),
        status=draft.status,
        private=draft.private,
        id=base.id if base else None,
        extra=dict(base.extra) if base else {},
    )


def draft_from(item: Feedback, date_text: str) -> FeedbackDraft:
    """The form's starting values for an existing entry (`date_text` already formatted)."""
    return FeedbackDraft(
        date_text=date_text,
        giver_name=item.giver_name,
        giver_role=item.giver_role,
        network_id=item.network_id,
        session_id=item.session_id,
        said=item.said,
        reaction=item.reaction,
        plan=item.plan,
        status=item.status,
        private=item.private,
    )


# -- the list -------------------------------------------------------------------------


def newest_first(items: Iterable[Feedback]) -> list[Feedback]:
    """Newest date first; undated entries last; later-added first within a day."""
    return sorted(
        items,
        key=lambda f: (f.date is not None, f.date or date.min, f.id or 0),
        reverse=True,
    )


def filter_feedback(
    items: Iterable[Feedback], status: str | None = None, network_id: int | None = None
) -> list[Feedback]:
    """The entries with this status and this network; None means any. Order is kept."""
    return [
        item
        for item in items
        if (status is None or item.status == status)
        and (network_id is None or item.network_id == network_id)
    ]


def next_status(status: str) -> str:
    """The status after this one, in the order open → trying → applied → set aside → open."""
    if status not in FEEDBACK_STATUSES:
        return FEEDBACK_STATUSES[0]
    return FEEDBACK_STATUSES[(FEEDBACK_STATUSES.index(status) + 1) % len(FEEDBACK_STATUSES)]


def days_since(item: Feedback, today: date) -> int | None:
    """Whole days since the feedback was given (None without a date)."""
    return (today - item.date).days if item.date else None


def is_overdue(item: Feedback, today: date) -> bool:
    """Still open, and given more than OVERDUE_DAYS days before `today`.

    On day 30 it is not yet overdue; from day 31 on it is. Undated entries never are.
    """
    age = days_since(item, today)
    return item.status == "open" and age is not None and age > OVERDUE_DAYS


def overdue(items: Iterable[Feedback], today: date) -> list[Feedback]:
    """The overdue entries (see is_overdue), oldest first: those waited longest."""
    late = [item for item in items if is_overdue(item, today)]
    return sorted(late, key=lambda f: (f.date or date.min, f.id or 0))


def open_count(items: Iterable[Feedback]) -> int:
    """The open entries, private included: the one definition of store/counts.py."""
    return counts.open_count(items)


def for_session(items: Iterable[Feedback], session_id: int | None) -> list[Feedback]:
    """The entries linked to this session, newest first (none for None)."""
    if session_id is None:
        return []
    return newest_first(item for item in items if item.session_id == session_id)


# -- what may leave the app -----------------------------------------------------------


@dataclass(frozen=True)
class FeedbackView:
    """The part of a Feedback an export may show. `giver_name` is None unless *full*."""

    date: date | None
    giver_role: str
    network_id: int | None
    session_id: int | None
    said: str
    reaction: str
    plan: str
    status: str
    private: bool
    giver_name: str | None = None
    id: int | None = field(default=None, compare=False)


def export_view(
    item: Feedback,
    audience: str,
    role_label: str | None = None,
    redact: Redactor | None = None,
) -> FeedbackView | None:
    """What of this entry may leave the app for `audience`, or None if nothing may.

    - "team": None, always: feedback is never shown to the team.
    - "growth": None for a private entry; otherwise the entry with the giver known by
      role only — `giver_name` is None, and names are taken out of the free text (said,
      reaction, plan) by the one redaction rule (`store.people.Redactor`): `redact`, the
      exports' redactor for every known person, or else one for this giver alone,
      replacing the name by "[role_label]" (the translated role; the role code when not
      given).
    - "full": everything, the name and private entries included (personal archive).

    Raises ValueError for an unknown audience, so a typo can never leak names.
    """
    if audience not in AUDIENCES:
        raise ValueError(f"unknown export audience {audience!r}")
    if audience == "team":
        return None
    if audience == "growth":
        if item.private:
            return None
        if redact is None:
            redact = Redactor([Person(item.giver_name, f"[{role_label or item.giver_role}]")])
        return FeedbackView(
            date=item.date,
            giver_role=item.giver_role,
            network_id=item.network_id,
            session_id=item.session_id,
            said=redact(item.said),
            reaction=redact(item.reaction),
            plan=redact(item.plan),
            status=item.status,
            private=False,
            giver_name=None,
            id=item.id,
        )
    return FeedbackView(
        date=item.date,
        giver_role=item.giver_role,
        network_id=item.network_id,
        session_id=item.session_id,
        said=item.said,
        reaction=item.reaction,
        plan=item.plan,
        status=item.status,
        private=item.private,
        giver_name=item.giver_name,
        id=item.id,
    )


def export_views(
    items: Iterable[Feedback], audience: str, role_labels: dict[str, str] | None = None
) -> list[FeedbackView]:
    """export_view over many entries, oldest first (the order a report reads), dropping
    the ones that may not leave the app. `role_labels` maps a role code to its label."""
    labels = role_labels or {}
    views = [
        export_view(item, audience, labels.get(item.giver_role))
        for item in reversed(newest_first(items))
    ]
    return [view for view in views if view is not None]
