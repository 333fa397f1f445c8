"""What goes into an export: the period, the networks, and what each audience may see.

This is where the privacy rules of the exports live, in one place:

- *team*: no private sessions, no feedback, no self-check scores, no names of other
  people (speakers become "an external speaker"; known names in free text become a role);
- *growth*: no private sessions and no private feedback; feedback givers by role only,
  and known names (givers, speakers) in free text replaced by a role;
- *full*: everything.

`Omissions` counts what was left out so the screen and the command line can say so.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date

from store.export_text import label, text
from store.feedback_log import FeedbackView, export_view
from store.models import ActionItem, Feedback, Network, SelfCheckTake, Session
from store.networks import sessions_in_order
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

_PARTICLES = frozenset(
    {"van", "de", "der", "den", "het", "ter", "ten", "te", "von", "le", "la", "du", "di", "da"}
)
WORD = re.compile(r"\w+")
SPEAKER_ROLE = re.compile(r"^\s*(?P<name>[^(),]*?)\s*(?:\((?P<role>[^()]*)\)|,(?P<after>.*))\s*$")


def split_speaker(speaker: str) -> tuple[str, str]:
    """ "Koen Verhaeghe (lean-coach)" → ("Koen Verhaeghe", "lean-coach"); a comma works too.

    Without a role the whole text is taken as the name: the safe side.
    """
    speaker = " ".join(speaker.split())
    match = SPEAKER_ROLE.match(speaker)
    if not match:
        return speaker, ""
    role = (match.group("role") or match.group("after") or "").strip()
    return match.group("name").strip(), role


class NameRedactor:
    """Replaces the names of known people in free text by a role, in one pass per text.

    A whole name matches in any case; each part of three letters or more (not a particle
    such as "van" or "de") matches where written with its capital, as names are — the
    same rule as the feedback log's `redact_name`, but compiled once for all people so
    large files stay fast. Over-redacting a capitalised word is the safe side.
    """

    def __init__(self, people: Iterable[tuple[str, str]]) -> None:
        # matched text -> (replacement, the person's key); the first person wins a clash.
        self.whole: dict[str, tuple[str, str]] = {}
        self.parts: dict[str, tuple[str, str]] = {}
        for name, replacement in people:
            person = person_key(name)
            if not person:
                continue
            words = " ".join(name.split()).split()
            if len(words) == 1:
                # A one-word name ("An") only where written as a name, with its capital:
                # in any case it would also take the English article "an".
                self.parts.setdefault(words[0], (replacement, person))
                continue
            self.whole.setdefault(person, (replacement, person))
            for part in words:
                if len(part) >= 3 and part.lower() not in _PARTICLES:
                    self.parts.setdefault(part, (replacement, person))
        self._whole_re = _alternation(self.whole, re.IGNORECASE)
        self._parts_re = _alternation(self.parts, 0)
        # A cheap first look: a text without any of these words needs no regex at all.
        # (The first word of each name or part; "Jan-Willem" is looked for as "Jan".)
        self._first_words: set[str] = set()
        self._part_words: set[str] = set()
        self._always = False  # a "name" without any letters: always run the regexes
        for key in self.whole:
            tokens = WORD.findall(key)
            self._always |= not tokens
            self._first_words.update(tokens[:1])
        for part in self.parts:
            tokens = WORD.findall(part)
            self._always |= not tokens
            self._part_words.update(tokens[:1])
        self.found: set[str] = set()  # keys of the people whose names were replaced

    def __call__(self, value: str) -> str:
        if not value or not (self._whole_re or self._parts_re):
            return value
        if not self._always:
            words = set(WORD.findall(value))
            if words.isdisjoint(self._part_words) and {w.casefold() for w in words}.isdisjoint(
                self._first_words
            ):
                return value
        if self._whole_re is not None:
            value = self._whole_re.sub(self._replace_whole, value)
        if self._parts_re is not None:
            value = self._parts_re.sub(self._replace_part, value)
        return value

    def _replace_whole(self, match: re.Match[str]) -> str:
        replacement, person = self.whole[person_key(match.group(0))]
        self.found.add(person)
        return replacement

    def _replace_part(self, match: re.Match[str]) -> str:
        replacement, person = self.parts[match.group(0)]
        self.found.add(person)
        return replacement


def person_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def _alternation(words: dict[str, str], flags: int) -> re.Pattern[str] | None:
    if not words:
        return None
    ordered = sorted(words, key=len, reverse=True)
    pattern = "|".join(re.escape(w) for w in ordered)
    return re.compile(rf"(?<!\w)(?:{pattern})(?!\w)", flags)


# -- the selection -------------------------------------------------------------------


@dataclass
class NetworkPart:
    """One network with its sessions (in order) as the audience may see them."""

    network: Network | None  # None: sessions without (an existing) network
    sessions: list[Session]


@dataclass(frozen=True)
class PrivateAttendance:
    network_id: int | None
    minutes: int
    reflected: bool


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
    # they derive themselves, such as the role part of a speaker.
    redact: Callable[[str], str] = field(default=lambda value: value)
    # Private sessions left out, as bare facts for the attendance figures of the growth
    # export: nothing of what they hold, only that they took place.
    private_held: list[PrivateAttendance] = field(default_factory=list)

    @property
    def sessions(self) -> list[Session]:
        return [s for part in self.parts for s in part.sessions]


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
                    session.network_id, session.minutes or 0, session.has_reflection()
                )
            )
            continue
        chosen_sessions.append(session)

    chosen_feedback = []
    for item in feedback:
        if not in_network(item.network_id) or not period.contains(item.date):
            continue
        if audience == "team":
            omissions.feedback += 1
        elif item.private and not full:
            omissions.private_feedback += 1
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
    if not full:
        # Every person the data names: feedback givers (all of them, private entries too:
        # a name is no less private because the entry about it is left out) and speakers.
        people = [
            (f.giver_name, f"[{label('role', f.giver_role, lang)}]")
            for f in feedback
            if f.giver_name.strip()
        ]
        # Speakers too: the team export shows "an external speaker (lean coach)", the
        # growth export does not show speakers at all, and neither names them in text.
        people += [
            (split_speaker(s.speaker)[0], text("speaker.redacted", lang))
            for s in sessions
            if s.speaker.strip()
        ]
        if audience == "team":
            omissions.names |= {
                person_key(split_speaker(s.speaker)[0])
                for s in chosen_sessions
                if split_speaker(s.speaker)[0]
            }
        redact = NameRedactor(people)
        chosen_sessions = [clean_session(s, redact) for s in chosen_sessions]

    ordered_feedback = sorted(chosen_feedback, key=lambda f: (f.date or date.min, f.id or 0))
    if redact is None:
        views = [export_view(item, audience) for item in ordered_feedback]
        feedback_views = [v for v in views if v is not None]
    else:
        # Growth: the feedback log's rule (giver by role, never by name), with the names of
        # *every* known person taken out of the text in one pass — the log's own
        # `redact_name` compiles patterns per entry, too slow for thousands of entries.
        feedback_views = []
        for item in ordered_feedback:
            view = export_view(item, "full")
            if view is None or not export_view_allowed(item, audience):
                continue
            feedback_views.append(
                replace(
                    view,
                    giver_name=None,
                    private=False,
                    said=redact(view.said),
                    reaction=redact(view.reaction),
                    plan=redact(view.plan),
                )
            )
        omissions.names |= {person_key(f.giver_name) for f in chosen_feedback if f.giver_name}
        omissions.names |= redact.found

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
            parts.append(NetworkPart(clean_network(net, redact), mine))
    orphans = sessions_in_order(
        s for s in chosen_sessions if s.network_id is None or s.network_id not in known
    )
    if orphans and network is None:
        parts.append(NetworkPart(None, orphans))

    return Scope(
        audience=audience,
        lang=lang,
        period=period,
        parts=parts,
        feedback=feedback_views,
        takes=chosen_takes,
        omissions=omissions,
        network_names={n.id: n.name for n in networks if n.id is not None},
        session_titles={s.id: session_title(s, lang) for s in chosen_sessions if s.id is not None},
        redact=redact if redact is not None else (lambda value: value),
        private_held=private_held,
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


def clean_session(session: Session, redact: NameRedactor) -> Session:
    """A copy with known names replaced in every free text."""
    return replace(
        session,
        topic=redact(session.topic),
        work_form=redact(session.work_form),
        what_happened=redact(session.what_happened),
        brought_in=redact(session.brought_in),
        learned=redact(session.learned),
        will_try=redact(session.will_try),
        questions=redact(session.questions),
        follow_up=redact(session.follow_up),
        evaluation_comment=redact(session.evaluation_comment),
        team_insights=[redact(i) for i in session.team_insights],
        tags=[redact(t) for t in session.tags],
        actions=[
            ActionItem(
                text=redact(a.text),
                status=a.status,
                closed_on=a.closed_on,
                outcome=redact(a.outcome),
                key=a.key,
            )
            for a in session.actions
        ],
    )


def clean_network(network: Network, redact: NameRedactor | None) -> Network:
    if redact is None:
        return network
    return replace(
        network,
        purpose=redact(network.purpose),
        goals=[redact(g) for g in network.goals],
        organiser=redact(network.organiser),
    )


def session_title(session: Session, lang: str) -> str:
    """ "Feedback geven op de werkvloer" or "sessie 3" when there is no topic."""
    topic = " ".join(session.topic.split())
    if topic:
        return topic
    if session.number:
        return text("session.number", lang, number=session.number)
    return text("session.untitled", lang)
