"""What goes into an export: the period, the networks, and what each audience may see.

This is where the privacy rules of the exports live, in one place:

- *team*: no private sessions, no feedback, no self-check scores, no names of other
  people (speakers become "an external speaker (role)"; every known person in any text,
  network names included, becomes a role);
- *growth*: no private sessions and no private feedback; feedback givers by role only,
  and every known person in any text replaced by a role;
- *full*: everything.

Who is known, and how a name is replaced, is `store.people` (the register of people and
its one `Redactor`).

`Omissions` counts what was left out so the screen and the command line can say so.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date

from store import counts
from store.export_text import text
from store.feedback_log import FeedbackView, export_view
from store.markdown_writer import has_text
from store.models import COMPETENCIES, ActionItem, Feedback, Network, SelfCheckTake, Session
from store.networks import sessions_in_order
from store.people import Redactor, normal, organiser_person, register, split_person
from store.search import fold
from store.selfcheck import chronological

AUDIENCES = ("team", "growth", "full")


class ExportInputError(ValueError):
    """The export cannot be made as asked; `code` says why (the UI words it)."""

    def __init__(self, code: str, **details: object) -> None:
        super().__init__(code)
        self.code = code
        self.details = details


class PeriodInvalid(ExportInputError):
    """The start of the period lies after its end."""


class NetworkNotFound(ExportInputError):
    """No network matches the name (details: name, names)."""


class NetworkAmbiguous(ExportInputError):
    """More than one network matches the name (details: name, names)."""


@dataclass(frozen=True)
class Period:
    since: date | None = None
    until: date | None = None

    def __post_init__(self) -> None:
        if self.since and self.until and self.since > self.until:
            raise PeriodInvalid("period_reversed", since=self.since, until=self.until)

    @property
    def open_ended(self) -> bool:
        return self.since is None and self.until is None

    def contains(self, when: date | None) -> bool:
        """Inside the period; an undated entry only counts when no period was asked."""
        if when is None:
            return self.open_ended
        return (self.since is None or when >= self.since) and (
            self.until is None or when <= self.until
        )


@dataclass
class Omissions:
    """What was left out of an export, by kind."""

    private_sessions: int = 0
    private_feedback: int = 0
    feedback: int = 0  # not for this audience at all (team)
    selfchecks: int = 0  # not for this audience at all (team)
    names: set[str] = field(default_factory=set)  # people named in the data, replaced


def find_network(networks: Iterable[Network], name: str) -> Network:
    """The network called `name` (case and accents ignored), or the one partial match."""
    networks = list(networks)
    wanted = " ".join(fold(name).split())
    names = sorted(n.name for n in networks)
    if not wanted:
        raise NetworkNotFound("network_unknown", name=name, names=names)
    exact = [n for n in networks if " ".join(fold(n.name).split()) == wanted]
    if len(exact) == 1:
        return exact[0]
    partial = exact or [n for n in networks if wanted in " ".join(fold(n.name).split())]
    if len(partial) == 1:
        return partial[0]
    if partial:
        raise NetworkAmbiguous(
            "network_ambiguous", name=name, names=sorted(n.name for n in partial)
        )
    raise NetworkNotFound("network_unknown", name=name, names=names)


# -- names ---------------------------------------------------------------------------


def split_speaker(speaker: str) -> tuple[str, str]:
    """(name, role) of a speaker typed in any order: see `people.split_person`."""
    return split_person(speaker)


# -- the selection -------------------------------------------------------------------


@dataclass
class NetworkPart:
    """One network with its sessions (in order) as the audience may see them."""

    network: Network | None  # None: sessions without (an existing) network
    sessions: list[Session]


@dataclass(frozen=True)
class PrivateAttendance:
    """A private session left out of a growth export: only the facts it is counted by."""

    network_id: int | None
    minutes: int
    reflected: bool
    date: date | None = None
    open_actions: int = 0


@dataclass(frozen=True)
class PrivateFeedbackFact:
    """A private feedback entry left out of a growth export: counted, not described."""

    date: date | None
    status: str


@dataclass
class Scope:
    audience: str
    lang: str
    period: Period
    parts: list[NetworkPart]
    feedback: list[FeedbackView]
    takes: list[SelfCheckTake]
    omissions: Omissions
    network_names: dict[int, str]
    session_titles: dict[int, str]
    # Replaces known names in free text (identity for *full*); writers use it on text
    # they derive themselves.
    redact: Callable[..., str] = field(default=lambda value, **_: value)
    # Private sessions left out, as bare facts for the attendance figures of the growth
    # export: nothing of what they hold, only that they took place.
    private_held: list[PrivateAttendance] = field(default_factory=list)
    # Private feedback left out, as bare facts: the growth export counts what is open
    # (store/counts.py), so its figures equal the dashboard's.
    private_feedback: list[PrivateFeedbackFact] = field(default_factory=list)
    # Session id -> the role of its speaker, names replaced (team: "an external speaker
    # (lean coach)"); read from the speaker as typed, in any order (people.split_person).
    speaker_roles: dict[int, str] = field(default_factory=dict)

    @property
    def sessions(self) -> list[Session]:
        return [s for part in self.parts for s in part.sessions]

    @property
    def counted_private(self) -> list[PrivateAttendance]:
        """The private sessions the growth export counts: those of the networks shown."""
        shown_ids = {part.network.id if part.network else None for part in self.parts}
        return [p for p in self.private_held if p.network_id in shown_ids]


def select(
    networks: list[Network],
    sessions: list[Session],
    feedback: list[Feedback],
    takes: list[SelfCheckTake],
    *,
    audience: str,
    lang: str,
    period: Period,
    network: Network | None = None,
) -> Scope:
    """Filter and, for team and growth, clean everything an export of `audience` shows."""
    if audience not in AUDIENCES:
        raise ValueError(f"unknown export audience {audience!r}")
    omissions = Omissions()
    full = audience == "full"
    wanted_id = network.id if network is not None else None

    def in_network(network_id: int | None) -> bool:
        return wanted_id is None or network_id == wanted_id

    chosen_sessions = []
    private_held: list[PrivateAttendance] = []
    for session in sessions:
        if not in_network(session.network_id) or not period.contains(session.date):
            continue
        if session.private and not full:
            omissions.private_sessions += 1
            private_held.append(
                PrivateAttendance(
                    session.network_id,
                    session.minutes or 0,
                    session.has_reflection(),
                    session.date,
                    counts.open_count(session.actions),
                )
            )
            continue
        chosen_sessions.append(session)

    chosen_feedback = []
    private_feedback: list[PrivateFeedbackFact] = []
    for item in feedback:
        if not in_network(item.network_id) or not period.contains(item.date):
            continue
        if audience == "team":
            omissions.feedback += 1
        elif item.private and not full:
            omissions.private_feedback += 1
            private_feedback.append(PrivateFeedbackFact(item.date, item.status))
        else:
            chosen_feedback.append(item)

    chosen_takes = [
        take
        for take in chronological(takes)
        if period.contains(take.date) and (take.network_id is None or in_network(take.network_id))
    ]
    if audience == "team":
        omissions.selfchecks = len(chosen_takes)
        chosen_takes = []

    redact = None
    speaker_roles: dict[int, str] = {}
    if not full:
        # Every person the data names (see store/people.py), replaced by a role in every
        # free text. Only what this audience shows counts towards "N names replaced".
        redact = Redactor(register(networks, sessions, feedback, lang))
        if audience == "team":
            for s in chosen_sessions:
                if s.speaker.strip() and s.id is not None:
                    role = split_person(s.speaker)[1]
                    speaker_roles[s.id] = redact(role, count=has_text(s.learned))
            # The team export shows a speaker as "an external speaker (role)" beside
            # what I learned: that name is replaced too.
            omissions.names |= {
                normal(split_person(s.speaker)[0])
                for s in chosen_sessions
                if s.speaker.strip() and has_text(s.learned)
            }
        chosen_sessions = [clean_session(s, redact, audience) for s in chosen_sessions]

    ordered_feedback = sorted(chosen_feedback, key=lambda f: (f.date or date.min, f.id or 0))
    views = [export_view(item, audience, redact=redact) for item in ordered_feedback]
    feedback_views = [v for v in views if v is not None]
    if redact is not None:
        # A giver shown by role only: the name was replaced.
        omissions.names |= {
            normal(f.giver_name)
            for f in ordered_feedback
            if f.giver_name.strip() and export_view_allowed(f, audience)
        }

    known = {n.id: n for n in networks if n.id is not None}
    shown_networks = [network] if network is not None else sort_networks(networks)
    parts = []
    # Grouped once: going through every session for each of hundreds of networks was
    # most of the time of a full export of 10,000 sessions.
    by_network: dict[int | None, list[Session]] = {}
    for session in chosen_sessions:
        by_network.setdefault(session.network_id, []).append(session)
    for net in shown_networks:
        mine = sessions_in_order(by_network.get(net.id, []))
        if mine or network is not None or overlaps(net, period):
            shown = SHOWN_NETWORK.get(audience, frozenset())
            if audience == "team" and not part_has_content(NetworkPart(net, mine)):
                shown = frozenset()  # the team export leaves this network out
            parts.append(NetworkPart(clean_network(net, redact, shown), mine))
    orphans = sessions_in_order(
        s for s in chosen_sessions if s.network_id is None or s.network_id not in known
    )
    if orphans and network is None:
        parts.append(NetworkPart(None, orphans))

    network_names = {n.id: n.name for n in networks if n.id is not None}
    if redact is not None:
        # The growth export names a feedback entry's network beside it.
        shown_ids = {v.network_id for v in feedback_views}
        network_names = {
            key: redact(name, count=key in shown_ids) for key, name in network_names.items()
        }
    if redact is not None:
        omissions.names |= redact.found

    return Scope(
        audience=audience,
        lang=lang,
        period=period,
        parts=parts,
        feedback=feedback_views,
        takes=chosen_takes,
        omissions=omissions,
        network_names=network_names,
        session_titles={s.id: session_title(s, lang) for s in chosen_sessions if s.id is not None},
        redact=redact if redact is not None else (lambda value, **_: value),
        speaker_roles=speaker_roles,
        # Only the growth export counts what it may not describe.
        private_held=private_held if audience == "growth" else [],
        private_feedback=private_feedback if audience == "growth" else [],
    )


def export_view_allowed(item: Feedback, audience: str) -> bool:
    """Whether the feedback log lets this entry leave the app for `audience` at all."""
    return not (audience == "team" or (item.private and audience != "full"))


def sort_networks(networks: Iterable[Network]) -> list[Network]:
    """Oldest start first (the order the story happened), then by name."""
    return sorted(networks, key=lambda n: (n.start or date.max, n.name.casefold(), n.id or 0))


def overlaps(network: Network, period: Period) -> bool:
    """Whether the network ran during the period (an open-ended period: always)."""
    if period.open_ended:
        return True
    if network.start is None:
        return False
    starts_before_end = period.until is None or network.start <= period.until
    ends_after_start = period.since is None or network.end is None or network.end >= period.since
    return starts_before_end and ends_after_start


def part_has_content(part: NetworkPart) -> bool:
    """Whether the team export writes this network's part at all."""
    return any(
        has_text(s.learned)
        or any(has_text(i) for i in s.team_insights)
        or any(a.status in ("open", "done") and has_text(a.text) for a in s.actions)
        or has_text(s.questions)
        for s in part.sessions
    )


# The session texts each audience shows (see export_team / export_growth): names
# replaced there count towards "N names replaced by a role". Every other text is cleaned
# as well, without counting, so a writer that starts showing it leaks nothing.
SHOWN = {
    "team": frozenset({"learned", "team_insights", "questions", "actions"}),
    "growth": frozenset(
        {"topic", "brought_in", "learned", "actions", "competencies", "evaluation_comment"}
    ),
}

# The single free texts of a session; the lists (insights, tags, competencies, actions)
# are cleaned item by item.
SESSION_TEXTS = (
    "topic",
    "work_form",
    "speaker",
    "what_happened",
    "brought_in",
    "learned",
    "will_try",
    "questions",
    "follow_up",
    "evaluation_comment",
)
SHOWN_NETWORK = {
    "team": frozenset({"name", "purpose"}),
    "growth": frozenset({"name", "organiser", "purpose", "goals"}),
}


def clean_session(session: Session, redact: Redactor, audience: str) -> Session:
    """A copy with known names replaced in every free text (the session itself when
    none of its texts can hold a name: most sessions, looked at in one go — the team
    export of 10,000 sessions went from 0.60–0.81 s to 0.46–0.52 s CPU with that)."""
    # The speaker field names someone by definition: looked at on its own, so that a
    # session with a speaker but no name in its texts is still passed over.
    texts = [getattr(session, name) for name in SESSION_TEXTS if name != "speaker"]
    texts += session.team_insights + session.tags + session.competencies
    texts += [t for a in session.actions for t in (a.text, a.outcome)]
    if not redact.may_name("\n".join(texts)):
        if not session.speaker:
            return session
        return replace(session, speaker=redact(session.speaker, count=False))
    shown = set(SHOWN.get(audience, ()))
    if audience == "team" and (
        has_text(session.learned)
        or any(a.status == "open" and has_text(a.text) for a in session.actions)
    ):
        shown.add("topic")  # the title beside what I learned and beside a proposal

    def clean(name: str) -> str:
        return redact(getattr(session, name), count=name in shown)

    def clean_action(action: ActionItem) -> ActionItem:
        counted = "actions" in shown and (audience != "team" or action.status != "dropped")
        return ActionItem(
            text=redact(action.text, count=counted),
            status=action.status,
            closed_on=action.closed_on,
            outcome=redact(
                action.outcome, count=counted and (audience != "team" or action.status == "done")
            ),
            key=action.key,
        )

    shown_competencies = "competencies" in shown
    return replace(
        session,
        **{name: clean(name) for name in SESSION_TEXTS},
        team_insights=[redact(i, count="team_insights" in shown) for i in session.team_insights],
        tags=[redact(t, count=False) for t in session.tags],
        # A competency of the list is a code; a free one is text the user typed.
        competencies=[
            c if c in COMPETENCIES else redact(c, count=shown_competencies)
            for c in session.competencies
        ],
        actions=[clean_action(a) for a in session.actions],
    )


def clean_network(
    network: Network, redact: Redactor | None, shown: frozenset[str] = frozenset()
) -> Network:
    """A copy with known names replaced (counted in the `shown` fields); an organiser who
    is a person shows as a role."""
    if redact is None:
        return network
    organiser = network.organiser
    person = organiser_person(organiser)
    # "Marleen Osaert (HR)" becomes "[HR]", not "[HR] (HR)".
    organiser = redact(person[0] if person else organiser, count="organiser" in shown)
    return replace(
        network,
        name=redact(network.name, count="name" in shown),
        purpose=redact(network.purpose, count="purpose" in shown),
        goals=[redact(g, count="goals" in shown) for g in network.goals],
        organiser=organiser,
        participants=[],  # names by definition: never shown outside the full export
    )


def session_title(session: Session, lang: str) -> str:
    """ "Feedback geven op de werkvloer" or "sessie 3" when there is no topic."""
    topic = " ".join(session.topic.split())
    if topic:
        return topic
    if session.number:
        return text("session.number", lang, number=session.number)
    return text("session.untitled", lang)
