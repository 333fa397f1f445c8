"""Networks as typed into the form: validation (field -> error code), building, ordering.

The screen hands over the raw texts; this module decides what is acceptable so the rules
are testable without a UI. Error codes are translated by the screen
(`networks.error.<code>`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from store.dates import DateParseError, parse_optional_date
from store.models import NETWORK_KINDS, Network, Participant, Session
from store.people import split_person

# Error codes (the screen shows `networks.error.<code>` next to the field).
REQUIRED = "required"
BAD_DATE = "bad_date"
END_BEFORE_START = "end_before_start"
NOT_POSITIVE_INT = "not_positive_int"
TOO_LARGE = "too_large"

# Sanity bounds: a network of more than 200 sessions or a cadence beyond two years is a typo.
MAX_SESSIONS = 200
MAX_CADENCE_WEEKS = 104


@dataclass
class NetworkForm:
    """The network form's fields exactly as typed."""

    name: str = ""
    kind: str = "internal"
    organiser: str = ""
    purpose: str = ""
    goals: str = ""  # one learning goal per line
    participants: str = ""  # one person per line: "Name (role)"
    start: str = ""
    end: str = ""
    planned_sessions: str = ""
    cadence_weeks: str = ""


def parse_positive_int(text: str, maximum: int | None = None) -> int | None:
    """An optional whole number >= 1; raises ValueError(code) when it is not one."""
    value = text.strip()
    if not value:
        return None
    if not value.isdigit() or not value.isascii():
        raise ValueError(NOT_POSITIVE_INT)
    number = int(value)
    if number < 1:
        raise ValueError(NOT_POSITIVE_INT)
    if maximum is not None and number > maximum:
        raise ValueError(TOO_LARGE)
    return number


def split_lines(text: str) -> list[str]:
    """One item per non-empty line, trimmed (learning goals, insights)."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def read_network_form(
    form: NetworkForm, base: Network | None = None, today: date | None = None
) -> tuple[Network | None, dict[str, str]]:
    """Check the form; return (network, {}) or (None, {field: error code})."""
    errors: dict[str, str] = {}
    name = " ".join(form.name.split())
    if not name:
        errors["name"] = REQUIRED
    dates: dict[str, date | None] = {}
    for field_name in ("start", "end"):
        try:
            dates[field_name] = parse_optional_date(getattr(form, field_name), today)
        except DateParseError:
            errors[field_name] = BAD_DATE
    start, end = dates.get("start"), dates.get("end")
    if start and end and end < start:
        errors["end"] = END_BEFORE_START
    numbers: dict[str, int | None] = {}
    for field_name, maximum in (
        ("planned_sessions", MAX_SESSIONS),
        ("cadence_weeks", MAX_CADENCE_WEEKS),
    ):
        try:
            numbers[field_name] = parse_positive_int(getattr(form, field_name), maximum)
        except ValueError as error:
            errors[field_name] = str(error)
    if errors:
        return None, errors
    network = dataclasses.replace(base) if base is not None else Network()
    network.name = name
    network.kind = form.kind if form.kind in NETWORK_KINDS else NETWORK_KINDS[0]
    network.organiser = form.organiser.strip()
    network.purpose = form.purpose.strip()
    network.goals = split_lines(form.goals)
    network.participants = read_participants(form.participants)
    network.start = start
    network.end = end
    network.planned_sessions = numbers["planned_sessions"]
    network.cadence_weeks = numbers["cadence_weeks"]
    return network, {}


def read_participants(text: str) -> list[Participant]:
    """One person per line, "Name (role)" or any order `split_person` reads; a line
    without a role is a name alone. The same person twice is kept once."""
    people: dict[str, Participant] = {}
    for line in split_lines(text):
        name, role = split_person(line)
        people.setdefault(" ".join(name.split()).casefold(), Participant(name, role))
    return list(people.values())


def participants_text(participants: Iterable[Participant]) -> str:
    """The form's text for a participants list, one "Name (role)" per line."""
    return "\n".join(f"{p.name} ({p.role})" if p.role else p.name for p in participants)


def validate_network(form: NetworkForm, today: date | None = None) -> dict[str, str]:
    """Field -> error code for everything wrong in the form (empty when all is fine)."""
    return read_network_form(form, today=today)[1]


def network_to_form(network: Network, format_date: object = None) -> NetworkForm:
    """The form's texts for an existing network (dates in ISO unless a formatter is given)."""
    fmt = format_date if callable(format_date) else (lambda d: d.isoformat() if d else "")
    return NetworkForm(
        name=network.name,
        kind=network.kind,
        organiser=network.organiser,
        purpose=network.purpose,
        goals="\n".join(network.goals),
        participants=participants_text(network.participants),
        start=fmt(network.start) if network.start else "",
        end=fmt(network.end) if network.end else "",
        planned_sessions=str(network.planned_sessions or ""),
        cadence_weeks=str(network.cadence_weeks or ""),
    )


def sorted_networks(networks: Iterable[Network]) -> list[Network]:
    """Active networks first; within each group the most recent start first, then name."""

    def key(network: Network) -> tuple[int, int, str]:
        started = -(network.start.toordinal() if network.start else 0)
        return (0 if network.status == "active" else 1, started, network.name.casefold())

    return sorted(networks, key=key)


def session_order(session: Session) -> tuple[int, int, int]:
    """Chronological order of a network's sessions: date, then number, then id."""
    return (
        session.date.toordinal() if session.date else 10**7,
        session.number or 0,
        session.id or 0,
    )


def sessions_in_order(sessions: Iterable[Session]) -> list[Session]:
    return sorted(sessions, key=session_order)


def planned_schedule(network: Network, sessions: Iterable[Session]) -> list[tuple[date, bool]]:
    """Each planned date with whether a session was held on or after it (by count).

    The n-th planned date counts as held when the network has at least n sessions: people
    move meetings, so matching exact dates would mark real sessions as missed.
    """
    held = sum(1 for _ in sessions)
    return [(day, index < held) for index, day in enumerate(network.planned_dates())]
