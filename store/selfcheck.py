"""The readiness self-check: its ten statements, the 1–5 scale, and pure scoring.

The statements come from the source text (*Netwerken is werken — ga op voorhand bij
jezelf na of je…*), rewritten in the first person, in Dutch and English. They live here,
not in the UI, because the Markdown export needs them without starting Textual.

Each statement has a stable `key`: stored takes refer to statements by key, never by
position, so the order or wording may change without breaking old data.

A half-done take (a *draft*) is kept in the drafts file (store/drafts.py, key
`selfcheck:new`) like every form's unsaved typing, so it survives a restart without
rewriting the data file; only a complete take becomes a `SelfCheckTake`. Versions before
kept it in `Settings.extra["selfcheck_draft"]`: `kept_draft` moves such a draft over once.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from statistics import fmean
from typing import TYPE_CHECKING, Any

from store.drafts import DraftStore
from store.errors import WriteFailed
from store.models import SELFCHECK_MOMENTS, SelfCheckTake, parse_iso
from store.paths import drafts_path

if TYPE_CHECKING:
    from store.db import Store

LANGS = ("nl", "en")
SCORE_MIN = 1
SCORE_MAX = 5
STRENGTH_FROM = 4  # 4-5 is a strength
GROWTH_UP_TO = 2  # 1-2 is a growth point
DRAFT_KEY = "selfcheck:new"  # in the drafts file
LEGACY_DRAFT_SETTING = "selfcheck_draft"  # in Settings.extra, where older versions kept it


@dataclass(frozen=True)
class Statement:
    """One statement of the self-check; every text is `{"nl": ..., "en": ...}`."""

    key: str
    text: dict[str, str]
    label: dict[str, str]  # a few words, for tables and lists
    tip: dict[str, str]  # what to do about a low score, pointing at leernet


STATEMENTS: tuple[Statement, ...] = (
    Statement(
        key="want_to_learn",
        text={"nl": "Ik wil leren.", "en": "I want to learn."},
        label={"nl": "Wil leren", "en": "Wanting to learn"},
        tip={
            "nl": "Schrijf bij je netwerk (toets n) twee of drie leerdoelen op: "
            "wat wil je na afloop kunnen dat je nu nog niet kunt?",
            "en": "Write two or three learning goals for your network (key n): "
            "what do you want to be able to do afterwards that you cannot do now?",
        },
    ),
    Statement(
        key="open_to_opportunities",
        text={
            "nl": "Ik sta open voor de leermogelijkheden die in een netwerk voorkomen.",
            "en": "I am open to the learning opportunities that come up in a network.",
        },
        label={"nl": "Open voor leerkansen", "en": "Open to opportunities"},
        tip={
            "nl": "Noteer na elke sessie in het sessiedagboek bij 'Wat heb ik geleerd?' "
            "minstens één ding, ook als het klein lijkt.",
            "en": "After every session, write at least one thing under 'What did I learn?' "
            "in the session journal, even if it seems small.",
        },
    ),
    Statement(
        key="seek_chances",
        text={
            "nl": "Ik ga actief op zoek naar leerkansen.",
            "en": "I actively look for chances to learn.",
        },
        label={"nl": "Actief leerkansen zoeken", "en": "Seeking chances"},
        tip={
            "nl": "Zet in je reflectie bij 'Welke vragen blijven?' een vraag die je in de "
            "volgende sessie zelf stelt.",
            "en": "In your reflection, put a question under 'Which questions remain?' "
            "and raise it yourself at the next session.",
        },
    ),
    Statement(
        key="share_ideas",
        text={
            "nl": "Ik zal eigen ideeën inbrengen en sta ook open voor ideeën van anderen.",
            "en": "I will bring in my own ideas and be open to the ideas of others.",
        },
        label={"nl": "Ideeën inbrengen", "en": "Sharing ideas"},
        tip={
            "nl": "Bereid een eigen casus voor de volgende sessie voor en noteer achteraf "
            "in het sessiedagboek bij 'Wat bracht ik in?' wat je inbracht.",
            "en": "Prepare a case of your own for the next session, and note afterwards "
            "under 'What did I bring in?' in the session journal what you shared.",
        },
    ),
    Statement(
        key="explore_unknown",
        text={
            "nl": "Ik ben bereid om onbekend terrein te verkennen.",
            "en": "I am willing to explore unknown territory.",
        },
        label={"nl": "Onbekend terrein", "en": "Unknown territory"},
        tip={
            "nl": "Kies in je reflectie één actie die je nog nooit probeerde en volg ze "
            "op bij Acties (toets a).",
            "en": "In your reflection, choose one action you have never tried before and "
            "follow it up under Actions (key a).",
        },
    ),
    Statement(
        key="critical_reflection",
        text={
            "nl": "Ik kan kritisch nadenken over mijn eigen functioneren.",
            "en": "I can think critically about how I function.",
        },
        label={"nl": "Kritisch reflecteren", "en": "Critical reflection"},
        tip={
            "nl": "Beantwoord na elke sessie de vijf reflectievragen in het sessiedagboek "
            "(toets n, kies je netwerk).",
            "en": "After every session, answer the five reflection prompts in the session "
            "journal (key n, pick your network).",
        },
    ),
    Statement(
        key="use_feedback",
        text={
            "nl": "Ik zal de feedback van anderen ook effectief gebruiken.",
            "en": "I will actually use the feedback I get from others.",
        },
        label={"nl": "Feedback gebruiken", "en": "Using feedback"},
        tip={
            "nl": "Houd feedback bij in het feedbacklogboek (toets f) en noteer telkens "
            "wat je ermee doet; zet de status op 'toegepast' zodra het zover is.",
            "en": "Keep the feedback you get in the feedback log (key f) and note each "
            "time what you will do with it; set it to 'applied' once you have.",
        },
    ),
    Statement(
        key="multiple_views",
        text={
            "nl": "Ik kan op verschillende manieren naar eenzelfde probleem kijken.",
            "en": "I can look at the same problem in different ways.",
        },
        label={"nl": "Andere invalshoeken", "en": "Other angles"},
        tip={
            "nl": "Vraag in de volgende sessie hoe anderen jouw probleem zouden aanpakken "
            "en noteer hun invalshoeken in het sessiedagboek.",
            "en": "At the next session, ask how others would tackle your problem and note "
            "their angles in the session journal.",
        },
    ),
    Statement(
        key="learn_from_experience",
        text={
            "nl": "Ik kan lessen trekken uit ervaringen.",
            "en": "I can draw lessons from experience.",
        },
        label={"nl": "Lessen trekken", "en": "Drawing lessons"},
        tip={
            "nl": "Kijk bij Acties (toets a) wat je uitprobeerde en noteer bij het "
            "afsluiten wat het opleverde.",
            "en": "Look at what you tried under Actions (key a) and, when you close an "
            "action, note what it brought.",
        },
    ),
    Statement(
        key="give_direction",
        text={
            "nl": "Ik kan en durf richting te geven aan het leernetwerk.",
            "en": "I can and dare to give direction to the learning network.",
        },
        label={"nl": "Richting geven", "en": "Giving direction"},
        tip={
            "nl": "Stel een onderwerp voor de volgende sessie voor: noteer het in je "
            "dagboek bij 'Welke vragen blijven?' en leg het voor aan de begeleider.",
            "en": "Propose a topic for the next session: note it in your journal under "
            "'Which questions remain?' and put it to the facilitator.",
        },
    ),
)

STATEMENT_KEYS: tuple[str, ...] = tuple(s.key for s in STATEMENTS)
_BY_KEY: dict[str, Statement] = {s.key: s for s in STATEMENTS}

SCALE_LABELS: dict[str, tuple[str, ...]] = {
    "nl": ("helemaal niet", "eerder niet", "deels", "eerder wel", "helemaal wel"),
    "en": ("not at all", "not really", "partly", "mostly", "completely"),
}

# The moment of a take, for the UI and the export alike.
MOMENT_LABELS: dict[str, dict[str, str]] = {
    "nl": {
        "before": "voor het netwerk",
        "during": "tijdens het netwerk",
        "after": "na het netwerk",
    },
    "en": {
        "before": "before the network",
        "during": "during the network",
        "after": "after the network",
    },
}


def statement(key: str) -> Statement:
    """The statement with this key; KeyError for an unknown key."""
    return _BY_KEY[key]


def scale_label(score: int, lang: str) -> str:
    """The scale text for a score 1..5 ("3" → "partly")."""
    return SCALE_LABELS[lang][score - SCORE_MIN]


def valid_scores(scores: Mapping[str, Any]) -> dict[str, int]:
    """Only known statements with a whole score 1..5, in statement order."""
    out: dict[str, int] = {}
    for key in STATEMENT_KEYS:
        value = scores.get(key)
        is_int = isinstance(value, int) and not isinstance(value, bool)
        if is_int and SCORE_MIN <= value <= SCORE_MAX:
            out[key] = value
    return out


def is_complete(scores: Mapping[str, Any]) -> bool:
    """All ten statements have a valid score."""
    return len(valid_scores(scores)) == len(STATEMENTS)


def answered_count(scores: Mapping[str, Any]) -> int:
    return len(valid_scores(scores))


def average(scores: dict[str, int]) -> float | None:
    """Mean of the valid scores; None when nothing is scored."""
    values = list(valid_scores(scores).values())
    return fmean(values) if values else None


def strengths(scores: dict[str, int]) -> list[Statement]:
    """Statements scored 4 or 5, in statement order."""
    valid = valid_scores(scores)
    return [s for s in STATEMENTS if valid.get(s.key, 0) >= STRENGTH_FROM]


def growth_points(scores: dict[str, int]) -> list[Statement]:
    """Statements scored 1 or 2, in statement order."""
    valid = valid_scores(scores)
    return [s for s in STATEMENTS if s.key in valid and valid[s.key] <= GROWTH_UP_TO]


@dataclass
class StatementChange:
    """One row of a comparison: the score before, after, and after − before."""

    statement: Statement
    before: int | None
    after: int | None
    delta: int | None  # None when either side has no score


def compare(earlier: SelfCheckTake, later: SelfCheckTake) -> list[StatementChange]:
    """Per statement (in order), how the score moved from `earlier` to `later`."""
    before_scores = valid_scores(earlier.scores)
    after_scores = valid_scores(later.scores)
    rows = []
    for item in STATEMENTS:
        before = before_scores.get(item.key)
        after = after_scores.get(item.key)
        delta = after - before if before is not None and after is not None else None
        rows.append(StatementChange(item, before, after, delta))
    return rows


def average_delta(earlier: SelfCheckTake, later: SelfCheckTake) -> float | None:
    """How the average moved; None when either take has no scores."""
    before = average(earlier.scores)
    after = average(later.scores)
    if before is None or after is None:
        return None
    return after - before


def format_delta(delta: float | None, *, decimals: int = 0, lang: str = "en") -> str:
    """A change with its sign, readable without colour: "+1", "-2", "0", "+0.4"; "–" if unknown.

    Dutch uses a decimal comma ("+0,4").
    """
    if delta is None:
        return "–"
    text = f"{delta:+.{decimals}f}"
    # "+0" / "-0" / "+0.0" mean no change: show it without a sign.
    if float(text) == 0:
        text = f"{0:.{decimals}f}"
    return text.replace(".", ",") if lang == "nl" else text


def format_average(value: float | None, lang: str = "en") -> str:
    """An average with one decimal ("3.6", Dutch "3,6"); "–" when there is none."""
    if value is None:
        return "–"
    text = f"{value:.1f}"
    return text.replace(".", ",") if lang == "nl" else text


def take_sort_key(take: SelfCheckTake) -> tuple[date, int]:
    """Chronological order: by date, then by id (the order they were saved)."""
    return (take.date or date.min, take.id or 0)


def chronological(takes: Iterable[SelfCheckTake]) -> list[SelfCheckTake]:
    return sorted(takes, key=take_sort_key)


def previous_take(takes: Iterable[SelfCheckTake], take: SelfCheckTake) -> SelfCheckTake | None:
    """The take just before `take` in time, or None if it is the first."""
    ordered = chronological(t for t in takes if t.id != take.id)
    mine = take_sort_key(take)
    earlier = [t for t in ordered if take_sort_key(t) < mine]
    return earlier[-1] if earlier else None


def average_trend(takes: Iterable[SelfCheckTake]) -> list[float]:
    """The averages of the takes in chronological order (takes without scores skipped)."""
    values = (average(t.scores) for t in chronological(takes))
    return [v for v in values if v is not None]


# -- draft: a take in progress ----------------------------------------------------------


@dataclass
class SelfCheckDraft:
    """A take not yet complete: what has been scored so far and where the user was."""

    scores: dict[str, int] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)
    position: int = 0  # index into STATEMENTS on screen; len(STATEMENTS): the finish step
    moment: str = "before"  # SELFCHECK_MOMENTS
    network_id: int | None = None
    started: date | None = None

    def is_empty(self) -> bool:
        return not valid_scores(self.scores) and not any(n.strip() for n in self.notes.values())

    def to_take(self, on: date) -> SelfCheckTake:
        """The complete take to save (call only when `is_complete(self.scores)`)."""
        return SelfCheckTake(
            date=on,
            moment=self.moment,
            network_id=self.network_id,
            scores=valid_scores(self.scores),
            notes={k: v.strip() for k, v in self.notes.items() if k in _BY_KEY and v.strip()},
        )

    def to_doc(self) -> dict[str, Any]:
        return {
            "scores": dict(self.scores),
            "notes": dict(self.notes),
            "position": self.position,
            "moment": self.moment,
            "network_id": self.network_id,
            "started": self.started.isoformat() if self.started else None,
        }

    @classmethod
    def from_doc(cls, doc: Any) -> SelfCheckDraft | None:
        """Tolerant: a hand-edited or broken draft yields what can be trusted, or None."""
        if not isinstance(doc, dict):
            return None
        notes = doc.get("notes")
        position = doc.get("position")
        network_id = doc.get("network_id")
        scores = doc.get("scores")
        return cls(
            scores=valid_scores(scores) if isinstance(scores, dict) else {},
            notes=(
                {k: v for k, v in notes.items() if k in _BY_KEY and isinstance(v, str)}
                if isinstance(notes, dict)
                else {}
            ),
            position=(
                position if isinstance(position, int) and 0 <= position <= len(STATEMENTS) else 0
            ),
            moment=doc.get("moment") if doc.get("moment") in SELFCHECK_MOMENTS else "before",
            network_id=(
                network_id
                if isinstance(network_id, int) and not isinstance(network_id, bool)
                else None
            ),
            started=parse_iso(doc.get("started")),
        )


def load_draft(drafts: DraftStore) -> SelfCheckDraft | None:
    """The half-done take in the drafts file, or None."""
    draft = SelfCheckDraft.from_doc(drafts.load(DRAFT_KEY))
    return None if draft is None or draft.is_empty() else draft


def take_over_legacy_draft(store: Store, drafts: DraftStore) -> None:
    """Move a draft that older versions kept in the settings into the drafts file.

    The drafts file is written first, the settings after (one settings write): a failure
    in between leaves the draft in both places, and the next call only removes it from
    the settings. A draft already in the drafts file is newer (only this version writes
    there) and wins. Raises WriteFailed; the settings then still hold the draft.
    """
    extra = dict(store.settings().extra)
    if LEGACY_DRAFT_SETTING not in extra:
        return
    legacy = SelfCheckDraft.from_doc(extra.pop(LEGACY_DRAFT_SETTING))
    if legacy is not None and not legacy.is_empty() and drafts.load(DRAFT_KEY) is None:
        drafts.save(DRAFT_KEY, legacy.to_doc())
    store.update_settings(extra=extra)


def kept_draft(store: Store) -> SelfCheckDraft | None:
    """The half-done take of this data file, after taking over one the settings held."""
    drafts = DraftStore(drafts_path(store.path))
    try:
        take_over_legacy_draft(store, drafts)
    except WriteFailed:
        # Not moved this time (tried again next time): the settings' copy still counts.
        legacy = SelfCheckDraft.from_doc(store.settings().extra.get(LEGACY_DRAFT_SETTING))
        if legacy is not None and not legacy.is_empty():
            return load_draft(drafts) or legacy
    return load_draft(drafts)


def clear_draft(store: Store) -> None:
    """Forget the half-done take (the user throws it away), wherever it is kept.
    Raises WriteFailed."""
    DraftStore(drafts_path(store.path)).discard(DRAFT_KEY)
    extra = dict(store.settings().extra)
    if LEGACY_DRAFT_SETTING in extra:  # not taken over yet (its move failed)
        del extra[LEGACY_DRAFT_SETTING]
        store.update_settings(extra=extra)
