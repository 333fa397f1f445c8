"""What the dashboard shows, computed from the store in one pass and testable without a UI.

Progress follows the networks area: a network's sessions count as held, in the order of
its planned dates (store.networks.planned_schedule); the next session is the first
planned date after today that no session has taken yet.
"""

from __future__ import annotations

from collections import defaultdict
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
    active_ids = {n.id for n in active}
    # Only the sessions shown are copied out of the store (those of active networks and
    # those waiting for a reflection); the rest are only counted: with 10,000 sessions,
    # copying them all on every refresh was most of the dashboard's time.
    shown = store.sessions(where=lambda s: s.network_id in active_ids)
    waiting = store.sessions(where=lambda s: not s.has_reflection())
    # Grouped once: thousands of sessions over hundreds of networks stay fast.
    by_network: dict[int | None, list[Session]] = defaultdict(list)
    for session in shown:
        by_network[session.network_id].append(session)
    return Overview(
        active=[network_progress(n, by_network.get(n.id, []), today) for n in active],
        networks=len(networks),
        unreflected=unreflected_sessions(waiting, today),
        open_actions=store.session_total(lambda s: sum(1 for a in s.actions if a.status == "open")),
        open_feedback=open_count(feedback),
        overdue_feedback=len(overdue(feedback, today)),
        selfcheck_latest=latest_average(takes),
        selfcheck_trend=average_trend(takes),
        selfcheck_takes=len(takes),
    )
