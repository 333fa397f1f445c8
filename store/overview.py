"""What the dashboard shows, computed from the store in one pass and testable without a UI.

Progress follows the networks area: a network's sessions count as held, in the order of
its planned dates (store.networks.planned_schedule); the next session is the first
planned date after today that no session has taken yet. What "open" means for actions
and feedback is store/counts.py, the definition the growth export counts by too.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from store.db import Store
from store.feedback_log import open_count, overdue
from store.models import Network, SelfCheckTake, Session
from store.networks import planned_schedule, sorted_networks
from store.selfcheck import average, average_trend, chronological


@dataclass(frozen=True)
class NetworkProgress:
    network: Network
    held: int
    planned: int | None
    next_date: date | None  # None: no cadence, or every planned session is held


@dataclass
class Overview:
    active: list[NetworkProgress] = field(default_factory=list)
    networks: int = 0  # all networks, active or closed
    network_names: dict[int, str] = field(default_factory=dict)  # of every network
    unreflected: list[Session] = field(default_factory=list)  # oldest first
    open_actions: int = 0
    open_feedback: int = 0
    overdue_feedback: int = 0
    selfcheck_latest: float | None = None
    selfcheck_trend: list[float] = field(default_factory=list)
    selfcheck_takes: int = 0

    @property
    def is_empty(self) -> bool:
        """Nothing entered yet: the dashboard says where to begin instead."""
        return not self.networks and not self.selfcheck_takes


def network_progress(network: Network, sessions: Iterable[Session], today: date) -> NetworkProgress:
    """`sessions` may be everyone's; only this network's count."""
    mine = [s for s in sessions if s.network_id == network.id]
    upcoming = [day for day, held in planned_schedule(network, mine) if not held and day > today]
    return NetworkProgress(
        network=network,
        held=len(mine),
        planned=network.planned_sessions,
        next_date=upcoming[0] if upcoming else None,
    )


def unreflected_sessions(sessions: Iterable[Session], today: date) -> list[Session]:
    """Sessions that took place (today or earlier, or undated) without any reflection."""
    waiting = [
        s for s in sessions if not s.has_reflection() and (s.date is None or s.date <= today)
    ]
    return sorted(waiting, key=lambda s: (s.date or date.min, s.number or 0, s.id or 0))


def latest_average(takes: Iterable[SelfCheckTake]) -> float | None:
    """The average of the most recent take that has scores."""
    for take in reversed(chronological(takes)):
        value = average(take.scores)
        if value is not None:
            return value
    return None


def build_overview(store: Store, today: date) -> Overview:
    networks = store.networks()
    feedback = store.feedback()
    takes = store.selfchecks()
    active = [n for n in sorted_networks(networks) if n.status == "active"]
    # Only the sessions shown become Session records (those of active networks and those
    # waiting for a reflection); everything else is counted from the store's facts: with
    # 10,000 sessions, converting them all was a quarter of the time to the first screen.
    facts = store.session_facts()
    waiting_ids = [f.id for f in facts if not f.reflected]
    waiting = [s for s in map(store.session, waiting_ids) if s is not None]
    held: dict[int | None, list[Session]] = {n.id: [] for n in active}
    for fact in facts:
        if fact.network_id in held and (session := store.session(fact.id)) is not None:
            held[fact.network_id].append(session)
    return Overview(
        active=[network_progress(n, held[n.id], today) for n in active],
        networks=len(networks),
        network_names={n.id: n.name for n in networks if n.id is not None},
        unreflected=unreflected_sessions(waiting, today),
        open_actions=sum(f.open_actions for f in facts),
        open_feedback=open_count(feedback),
        overdue_feedback=len(overdue(feedback, today)),
        selfcheck_latest=latest_average(takes),
        selfcheck_trend=average_trend(takes),
        selfcheck_takes=len(takes),
    )
