"""Domain dataclasses and their (tolerant) conversion to and from TinyDB documents.

Inside the program dates are `datetime.date`; on disk they are ISO `YYYY-MM-DD` strings.
`from_doc` never trusts the file: a field of the wrong type falls back to its default,
unknown fields are kept in `extra` so a newer or hand-edited file loses nothing.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, fields
from datetime import date, timedelta
from typing import Any, ClassVar, Self

NETWORK_KINDS = ("internal", "external")
NETWORK_STATUSES = ("active", "closed")
ACTION_STATUSES = ("open", "done", "dropped")
FEEDBACK_ROLES = ("participant", "facilitator", "expert", "manager", "colleague", "other")
FEEDBACK_STATUSES = ("open", "trying", "applied", "set_aside")
SELFCHECK_MOMENTS = ("before", "during", "after")
COMPETENCIES = (
    "problem_solving",
    "communication",
    "teamwork",
    "initiative",
    "self_reflection",
)


def iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def parse_iso(value: Any) -> date | None:
    if isinstance(value, str) and value:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def _str(value: Any, default: str = "") -> str:
    return value if isinstance(value, str) else default


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


# The values that mean "no" for a yes/no field; anything else there means "yes".
FALSE_VALUES = (None, False, 0, "", "false", "no", "0", "nee", "off")


def _bool(value: Any) -> bool:
    """A yes/no field as a hand-edited or other tool's file may hold it. Fails closed:
    "true", 1, "yes" are yes (a session marked `"private": "true"` stays private); only a
    clear no (false, 0, "", "false", "no", null or missing) is no."""
    if isinstance(value, str):
        value = value.strip().lower()
    return value not in FALSE_VALUES  # compared with ==: 0.0 is no, [] is yes


def _strs(value: Any) -> list[str]:
    if isinstance(value, list):
        return [v for v in value if isinstance(v, str)]
    if isinstance(value, str) and value:  # a string where a list belongs: keep it
        return [value]
    return []


def _as_list(value: Any) -> list[Any]:
    """A list as it is; a lone non-empty string where a list belongs becomes its one item."""
    if isinstance(value, list):
        return value
    return [value] if isinstance(value, str) and value else []


def _choice(value: Any, choices: tuple[str, ...]) -> str:
    return value if value in choices else choices[0]


def new_key() -> str:
    """A short stable id for items nested inside a document (actions)."""
    return uuid.uuid4().hex[:12]


class Record:
    """Shared conversion: subclasses list their known keys; the rest goes to `extra`."""

    table: ClassVar[str] = ""
    id: int | None
    extra: dict[str, Any]

    def known_keys(self) -> set[str]:
        return {f.name for f in fields(self)} - {"id", "extra"}  # type: ignore[arg-type]

    @classmethod
    def split_extra(cls, doc: dict[str, Any]) -> dict[str, Any]:
        # The field names are looked up once per class: `fields()` on every document
        # was a third of the time to convert 10,000 sessions.
        known = _FIELD_NAMES.get(cls)
        if known is None:
            known = _FIELD_NAMES[cls] = frozenset(f.name for f in fields(cls))  # type: ignore[arg-type]
        if doc.keys() <= known:  # the usual case, tested in C: nothing unknown
            return {}
        return {k: v for k, v in doc.items() if k not in known}


_FIELD_NAMES: dict[type, frozenset[str]] = {}


@dataclass
class Participant:
    """A member of a network: a name and, if known, a role ("Marleen Osaert", "HR").

    Not frozen: the store's record cache copies records field by field (record_cache).
    """

    name: str
    role: str = ""

    def to_doc(self) -> dict[str, str]:
        return {"name": self.name, "role": self.role}

    @classmethod
    def from_doc(cls, doc: Any) -> Participant | None:
        """Tolerant: a bare string is a name; anything without a name is dropped."""
        if isinstance(doc, str):
            return cls(" ".join(doc.split())) if doc.strip() else None
        if not isinstance(doc, dict):
            return None
        name = " ".join(_str(doc.get("name")).split())
        return cls(name, " ".join(_str(doc.get("role")).split())) if name else None


def _participants(value: Any) -> list[Participant]:
    read = (Participant.from_doc(item) for item in _as_list(value))
    return [p for p in read if p is not None]


@dataclass
class Network(Record):
    table: ClassVar[str] = "networks"

    name: str = ""
    kind: str = "internal"  # NETWORK_KINDS
    organiser: str = ""
    purpose: str = ""
    goals: list[str] = field(default_factory=list)
    start: date | None = None
    end: date | None = None
    planned_sessions: int | None = None
    cadence_weeks: int | None = None
    status: str = "active"  # NETWORK_STATUSES
    # The people in the network (optional on disk: written only when there are any).
    participants: list[Participant] = field(default_factory=list)
    id: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def planned_dates(self) -> list[date]:
        """Session dates that follow from start + cadence, for the planned number."""
        if not self.start or not self.cadence_weeks or not self.planned_sessions:
            return []
        step = timedelta(weeks=self.cadence_weeks)
        return [self.start + step * i for i in range(self.planned_sessions)]

    def to_doc(self) -> dict[str, Any]:
        doc = {
            **self.extra,
            "name": self.name,
            "kind": self.kind,
            "organiser": self.organiser,
            "purpose": self.purpose,
            "goals": list(self.goals),
            "start": iso(self.start),
            "end": iso(self.end),
            "planned_sessions": self.planned_sessions,
            "cadence_weeks": self.cadence_weeks,
            "status": self.status,
        }
        # Optional field: files without participants keep their exact shape.
        if self.participants:
            doc["participants"] = [p.to_doc() for p in self.participants]
        return doc

    @classmethod
    def from_doc(cls, doc: dict[str, Any], doc_id: int | None = None) -> Self:
        return cls(
            name=_str(doc.get("name")),
            kind=_choice(doc.get("kind"), NETWORK_KINDS),
            organiser=_str(doc.get("organiser")),
            purpose=_str(doc.get("purpose")),
            goals=_strs(doc.get("goals")),
            start=parse_iso(doc.get("start")),
            end=parse_iso(doc.get("end")),
            planned_sessions=_int(doc.get("planned_sessions")),
            cadence_weeks=_int(doc.get("cadence_weeks")),
            status=_choice(doc.get("status"), NETWORK_STATUSES),
            participants=_participants(doc.get("participants")),
            id=doc_id,
            extra=cls.split_extra(doc),
        )


ACTION_KEYS = ("key", "text", "status", "closed_on", "outcome")
_ACTION_KEY_SET = frozenset(ACTION_KEYS)


@dataclass
class ActionItem:
    """Something I will try or apply, born in a session's reflection."""

    text: str = ""
    status: str = "open"  # ACTION_STATUSES
    closed_on: date | None = None
    outcome: str = ""  # what happened when I tried it (asked when carried forward)
    key: str = field(default_factory=new_key)
    extra: dict[str, Any] = field(default_factory=dict)  # unknown keys, kept on save

    def to_doc(self) -> dict[str, Any]:
        return {
            **self.extra,
            "key": self.key,
            "text": self.text,
            "status": self.status,
            "closed_on": iso(self.closed_on),
            "outcome": self.outcome,
        }

    @classmethod
    def from_doc(cls, doc: Any) -> ActionItem:
        if isinstance(doc, str):  # tolerate a bare string
            return cls(text=doc)
        if not isinstance(doc, dict):
            return cls()
        return cls(
            text=_str(doc.get("text")),
            status=_choice(doc.get("status"), ACTION_STATUSES),
            closed_on=parse_iso(doc.get("closed_on")),
            outcome=_str(doc.get("outcome")),
            key=_str(doc.get("key")) or new_key(),
            extra={}
            if doc.keys() <= _ACTION_KEY_SET
            else {k: v for k, v in doc.items() if k not in ACTION_KEYS},
        )


@dataclass
class Session(Record):
    """One meeting of a network and my reflection on it."""

    table: ClassVar[str] = "sessions"

    network_id: int | None = None
    date: date | None = None
    number: int | None = None
    topic: str = ""
    work_form: str = ""
    speaker: str = ""
    minutes: int | None = None
    # The five reflection prompts (Markdown).
    what_happened: str = ""
    brought_in: str = ""
    learned: str = ""
    will_try: str = ""
    questions: str = ""
    actions: list[ActionItem] = field(default_factory=list)
    follow_up: str = ""  # what happened with the previous session's actions and questions
    evaluation: int | None = None  # 1-5, the meeting's evaluation
    evaluation_comment: str = ""
    feeling: int | None = None  # optional 1-5
    competencies: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    team_insights: list[str] = field(default_factory=list)  # "to share with my team"
    private: bool = False
    id: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    REFLECTION_FIELDS: ClassVar[tuple[str, ...]] = (
        "what_happened",
        "brought_in",
        "learned",
        "will_try",
        "questions",
    )

    def has_reflection(self) -> bool:
        return any(getattr(self, name).strip() for name in self.REFLECTION_FIELDS)

    def to_doc(self) -> dict[str, Any]:
        return {
            **self.extra,
            "network_id": self.network_id,
            "date": iso(self.date),
            "number": self.number,
            "topic": self.topic,
            "work_form": self.work_form,
            "speaker": self.speaker,
            "minutes": self.minutes,
            "what_happened": self.what_happened,
            "brought_in": self.brought_in,
            "learned": self.learned,
            "will_try": self.will_try,
            "questions": self.questions,
            "actions": [a.to_doc() for a in self.actions],
            "follow_up": self.follow_up,
            "evaluation": self.evaluation,
            "evaluation_comment": self.evaluation_comment,
            "feeling": self.feeling,
            "competencies": list(self.competencies),
            "tags": list(self.tags),
            "team_insights": list(self.team_insights),
            "private": self.private,
        }

    @classmethod
    def from_doc(cls, doc: dict[str, Any], doc_id: int | None = None) -> Self:
        actions = doc.get("actions")
        return cls(
            network_id=_int(doc.get("network_id")),
            date=parse_iso(doc.get("date")),
            number=_int(doc.get("number")),
            topic=_str(doc.get("topic")),
            work_form=_str(doc.get("work_form")),
            speaker=_str(doc.get("speaker")),
            minutes=_int(doc.get("minutes")),
            what_happened=_str(doc.get("what_happened")),
            brought_in=_str(doc.get("brought_in")),
            learned=_str(doc.get("learned")),
            will_try=_str(doc.get("will_try")),
            questions=_str(doc.get("questions")),
            actions=[ActionItem.from_doc(a) for a in _as_list(actions)],
            follow_up=_str(doc.get("follow_up")),
            evaluation=_int(doc.get("evaluation")),
            evaluation_comment=_str(doc.get("evaluation_comment")),
            feeling=_int(doc.get("feeling")),
            competencies=_strs(doc.get("competencies")),
            tags=_strs(doc.get("tags")),
            team_insights=_strs(doc.get("team_insights")),
            private=_bool(doc.get("private")),
            id=doc_id,
            extra=cls.split_extra(doc),
        )


@dataclass
class Feedback(Record):
    """Feedback I received and what I do with it."""

    table: ClassVar[str] = "feedback"

    date: date | None = None
    giver_name: str = ""  # private: only in the app and the *full* export
    giver_role: str = "participant"  # FEEDBACK_ROLES
    network_id: int | None = None
    session_id: int | None = None
    said: str = ""  # Markdown
    reaction: str = ""  # my reaction
    plan: str = ""  # what I will do with it
    status: str = "open"  # FEEDBACK_STATUSES
    private: bool = False
    id: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def to_doc(self) -> dict[str, Any]:
        return {
            **self.extra,
            "date": iso(self.date),
            "giver_name": self.giver_name,
            "giver_role": self.giver_role,
            "network_id": self.network_id,
            "session_id": self.session_id,
            "said": self.said,
            "reaction": self.reaction,
            "plan": self.plan,
            "status": self.status,
            "private": self.private,
        }

    @classmethod
    def from_doc(cls, doc: dict[str, Any], doc_id: int | None = None) -> Self:
        return cls(
            date=parse_iso(doc.get("date")),
            giver_name=_str(doc.get("giver_name")),
            giver_role=_choice(doc.get("giver_role"), FEEDBACK_ROLES),
            network_id=_int(doc.get("network_id")),
            session_id=_int(doc.get("session_id")),
            said=_str(doc.get("said")),
            reaction=_str(doc.get("reaction")),
            plan=_str(doc.get("plan")),
            status=_choice(doc.get("status"), FEEDBACK_STATUSES),
            private=_bool(doc.get("private")),
            id=doc_id,
            extra=cls.split_extra(doc),
        )


@dataclass
class SelfCheckTake(Record):
    """One complete take of the readiness self-check."""

    table: ClassVar[str] = "selfchecks"

    date: date | None = None
    moment: str = "before"  # SELFCHECK_MOMENTS
    network_id: int | None = None
    scores: dict[str, int] = field(default_factory=dict)  # statement key -> 1..5
    notes: dict[str, str] = field(default_factory=dict)  # statement key -> note
    id: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def to_doc(self) -> dict[str, Any]:
        return {
            **self.extra,
            "date": iso(self.date),
            "moment": self.moment,
            "network_id": self.network_id,
            "scores": dict(self.scores),
            "notes": dict(self.notes),
        }

    @classmethod
    def from_doc(cls, doc: dict[str, Any], doc_id: int | None = None) -> Self:
        scores = doc.get("scores") if isinstance(doc.get("scores"), dict) else {}
        notes = doc.get("notes") if isinstance(doc.get("notes"), dict) else {}
        return cls(
            date=parse_iso(doc.get("date")),
            moment=_choice(doc.get("moment"), SELFCHECK_MOMENTS),
            network_id=_int(doc.get("network_id")),
            scores={k: v for k, v in scores.items() if _int(v) is not None and 1 <= v <= 5},
            notes={k: v for k, v in notes.items() if isinstance(v, str)},
            id=doc_id,
            extra=cls.split_extra(doc),
        )


@dataclass
class Settings:
    """The user's preferences, one document in the `settings` table."""

    lang: str | None = None  # "nl" | "en"; None: follow the system locale
    theme: str | None = None
    person: str = ""  # shown at the top of exports
    export_dir: str = ""  # last folder chosen for saving exports
    welcomed: bool = False  # the first-start welcome has been shown
    extra: dict[str, Any] = field(default_factory=dict)

    def to_doc(self) -> dict[str, Any]:
        return {
            **self.extra,
            "lang": self.lang,
            "theme": self.theme,
            "person": self.person,
            "export_dir": self.export_dir,
            "welcomed": self.welcomed,
        }

    @classmethod
    def from_doc(cls, doc: dict[str, Any]) -> Settings:
        known = {"lang", "theme", "person", "export_dir", "welcomed"}
        lang = doc.get("lang")
        return cls(
            lang=lang if lang in ("nl", "en") else None,
            theme=doc.get("theme") if isinstance(doc.get("theme"), str) else None,
            person=_str(doc.get("person")),
            export_dir=_str(doc.get("export_dir")),
            welcomed=_bool(doc.get("welcomed")),
            extra={k: v for k, v in doc.items() if k not in known},
        )
