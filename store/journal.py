"""The session journal's rules: reading the form, numbering, carrying the previous session
forward, and the Markdown of one entry for the preview.

The screen hands over what was typed (`SessionForm`); this module validates it and builds
the `Session`. Error codes are shared with the network form (`networks.error.<code>`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

from store.dates import DateParseError, parse_date
from store.markdown_writer import (
    Raw,
    bullet_block,
    has_text,
    inline,
    lead_escaped,
    strong,
    text_block,
)
from store.models import ACTION_STATUSES, COMPETENCIES, ActionItem, Session
from store.networks import (
    BAD_DATE,
    REQUIRED,
    parse_positive_int,
    session_order,
    split_lines,
)
from store.user_markdown import starts_with_paragraph

# A session of more than a day (in minutes) or number beyond 999 is a typo.
MAX_MINUTES = 24 * 60
MAX_NUMBER = 999


@dataclass
class ActionRow:
    """One action item row of the form (key ties it to the saved ActionItem)."""

    key: str
    text: str = ""
    status: str = "open"


@dataclass
class FollowUpRow:
    """What I say now about one action of the previous session."""

    key: str
    status: str = "open"
    outcome: str = ""


@dataclass
class SessionForm:
    """The journal form's fields as typed (scores and checkboxes already structured)."""

    date: str = ""
    number: str = ""
    topic: str = ""
    work_form: str = ""
    speaker: str = ""
    minutes: str = ""
    what_happened: str = ""
    brought_in: str = ""
    learned: str = ""
    will_try: str = ""
    questions: str = ""
    follow_up: str = ""
    evaluation: int | None = None
    evaluation_comment: str = ""
    feeling: int | None = None
    competencies: list[str] = field(default_factory=list)  # ticked keys of COMPETENCIES
    other_competencies: str = ""  # free ones, comma separated
    tags: str = ""  # comma separated
    team_insights: str = ""  # one per line
    private: bool = False
    actions: list[ActionRow] = field(default_factory=list)


def split_commas(text: str, strip_hash: bool = False) -> list[str]:
    """Comma (or newline) separated words, trimmed, without duplicates, order kept."""
    seen: set[str] = set()
    out: list[str] = []
    for part in text.replace("\n", ",").split(","):
        word = " ".join(part.split())
        if strip_hash:
            word = word.lstrip("#").strip()
        if word and word.casefold() not in seen:
            seen.add(word.casefold())
            out.append(word)
    return out


def _closed_on(old: ActionItem | None, status: str, when: date) -> date | None:
    """Keep the day an item was closed; stamp it when it is closed now; clear on reopen."""
    if status == "open":
        return None
    if old is not None and old.status == status and old.closed_on:
        return old.closed_on
    return when


def read_session_form(
    form: SessionForm,
    base: Session | None = None,
    network_id: int | None = None,
    today: date | None = None,
) -> tuple[Session | None, dict[str, str]]:
    """Check the form; return (session, {}) or (None, {field: error code})."""
    today = today or date.today()
    errors: dict[str, str] = {}
    session_date: date | None = None
    if not form.date.strip():
        errors["date"] = REQUIRED
    else:
        try:
            session_date = parse_date(form.date, today)
        except DateParseError:
            errors["date"] = BAD_DATE
    numbers: dict[str, int | None] = {}
    for name, maximum in (("number", MAX_NUMBER), ("minutes", MAX_MINUTES)):
        try:
            numbers[name] = parse_positive_int(getattr(form, name), maximum)
        except ValueError as error:
            errors[name] = str(error)
    for name in ("evaluation", "feeling"):
        value = getattr(form, name)
        if value is not None and not 1 <= value <= 5:
            errors[name] = "out_of_range"
    if errors:
        return None, errors

    session = dataclasses.replace(base) if base is not None else Session()
    if network_id is not None:
        session.network_id = network_id
    session.date = session_date
    session.number = numbers["number"]
    session.minutes = numbers["minutes"]
    session.topic = form.topic.strip()
    session.work_form = form.work_form.strip()
    session.speaker = form.speaker.strip()
    for name in Session.REFLECTION_FIELDS:
        setattr(session, name, getattr(form, name).rstrip())
    session.follow_up = form.follow_up.rstrip()
    session.evaluation = form.evaluation
    session.evaluation_comment = form.evaluation_comment.strip()
    session.feeling = form.feeling
    typed = split_commas(form.other_competencies)
    # A free word naming a known competency ("Self reflection") ticks that one instead.
    named = {c.casefold().replace(" ", "_").replace("-", "_") for c in typed}
    ticked = [c for c in COMPETENCIES if c in form.competencies or c in named]
    free = [
        c for c in typed if c.casefold().replace(" ", "_").replace("-", "_") not in COMPETENCIES
    ]
    session.competencies = ticked + free
    session.tags = split_commas(form.tags, strip_hash=True)
    session.team_insights = split_lines(form.team_insights)
    session.private = form.private
    old_actions = {a.key: a for a in (base.actions if base else [])}
    actions: list[ActionItem] = []
    for row in form.actions:
        text = row.text.strip()
        if not text:
            continue  # an empty row is an unused row, not an action
        old = old_actions.get(row.key)
        status = row.status if row.status in ACTION_STATUSES else "open"
        actions.append(
            ActionItem(
                text=text,
                status=status,
                closed_on=_closed_on(old, status, session_date or today),
                outcome=old.outcome if old else "",
                key=row.key,
            )
        )
    session.actions = actions
    return session, {}


def validate_session(form: SessionForm, today: date | None = None) -> dict[str, str]:
    return read_session_form(form, today=today)[1]


def next_session_number(sessions: Iterable[Session]) -> int:
    """One more than the highest number so far (or than the count, if unnumbered)."""
    items = list(sessions)
    highest = max((s.number or 0 for s in items), default=0)
    return max(highest, len(items)) + 1


def previous_session(sessions: Iterable[Session], current: Session | None) -> Session | None:
    """The session before `current` in the network's order; the latest one for a new entry."""
    ordered = sorted(sessions, key=session_order)
    if current is None or current.id is None:
        return ordered[-1] if ordered else None
    others = [s for s in ordered if s.id != current.id]
    before = [s for s in others if session_order(s) < session_order(current)]
    return before[-1] if before else None


def carried_actions(previous: Session, new_entry: bool) -> list[ActionItem]:
    """Actions to ask about: the open ones for a new entry; all of them when re-reading."""
    if new_entry:
        return [a for a in previous.actions if a.status == "open"]
    return list(previous.actions)


def apply_follow_up(
    previous: Session, rows: Iterable[FollowUpRow], today: date | None = None
) -> Session | None:
    """The previous session with the new statuses/outcomes, or None when nothing changed."""
    today = today or date.today()
    updates = {row.key: row for row in rows}
    changed = False
    actions: list[ActionItem] = []
    for item in previous.actions:
        row = updates.get(item.key)
        if row is None:
            actions.append(item)
            continue
        status = row.status if row.status in ACTION_STATUSES else item.status
        outcome = row.outcome.strip()
        if status == item.status and outcome == item.outcome:
            actions.append(item)
            continue
        changed = True
        actions.append(
            dataclasses.replace(
                item, status=status, outcome=outcome, closed_on=_closed_on(item, status, today)
            )
        )
    if not changed:
        return None
    return dataclasses.replace(previous, actions=actions)


def session_to_form(session: Session, format_date: object = None) -> SessionForm:
    """The form's texts for an existing session."""
    fmt = format_date if callable(format_date) else (lambda d: d.isoformat())
    return SessionForm(
        date=fmt(session.date) if session.date else "",
        number=str(session.number or ""),
        topic=session.topic,
        work_form=session.work_form,
        speaker=session.speaker,
        minutes=str(session.minutes or ""),
        what_happened=session.what_happened,
        brought_in=session.brought_in,
        learned=session.learned,
        will_try=session.will_try,
        questions=session.questions,
        follow_up=session.follow_up,
        evaluation=session.evaluation,
        evaluation_comment=session.evaluation_comment,
        feeling=session.feeling,
        competencies=[c for c in session.competencies if c in COMPETENCIES],
        other_competencies=", ".join(c for c in session.competencies if c not in COMPETENCIES),
        tags=", ".join(session.tags),
        team_insights="\n".join(session.team_insights),
        private=session.private,
        actions=[ActionRow(a.key, a.text, a.status) for a in session.actions],
    )


def entry_markdown(form: SessionForm, labels: Mapping[str, str]) -> str:
    """Markdown of one journal entry for the preview.

    `labels` holds the translated headings: `title`, each reflection field name,
    `actions`, `follow_up`, `evaluation`, `team_insights`, `tags`, `empty`, `speaker`,
    `minutes` (the unit), and `status.<status>` for action statuses. The user's texts
    take the exports' way (store/markdown_writer.py): free texts keep their Markdown with
    what could break out neutralised, names and short facts are literal, so the preview
    shows what an export will hold.
    """
    title = labels.get("title", "")
    parts: list[str] = [f"# {title}" if title else ""]
    facts = [inline(" ".join(form.work_form.split()))]
    if form.speaker.strip():
        facts.append(inline(f"{labels.get('speaker', '')}: {' '.join(form.speaker.split())}"))
    if form.minutes.strip():
        facts.append(
            inline(f"{' '.join(form.minutes.split())} {labels.get('minutes', '')}".strip())
        )
    topic = " ".join(form.topic.split())
    line = " · ".join(fact for fact in facts if fact)
    if topic or line:
        parts.append("  \n".join(text for text in (strong(topic) if topic else "", line) if text))
    if has_text(form.follow_up):
        parts += [f"## {labels['follow_up']}", text_block(form.follow_up)]
    wrote = False
    for name in Session.REFLECTION_FIELDS:
        block = text_block(getattr(form, name))
        if block:
            wrote = True
            parts += [f"## {labels[name]}", block]
    actions = [row for row in form.actions if row.text.strip()]
    if actions:
        parts.append(f"## {labels['actions']}")
        items = []
        for row in actions:
            box = f"[{'x' if row.status == 'done' else ' '}]"
            status = inline(f"({labels.get('status.' + row.status, row.status)})")
            block = text_block(row.text)
            if "\n" in block or not starts_with_paragraph(block):
                items.append(bullet_block(lead_escaped(Raw(f"{box} {status}"), block)))
            else:
                items.append(f"- {box} {block} {status}")
        parts.append("\n".join(items))
    insights = [block for block in map(text_block, split_lines(form.team_insights)) if block]
    if insights:
        parts.append(f"## {labels['team_insights']}")
        parts.append("\n".join(bullet_block(block) for block in insights))
    if form.evaluation is not None or form.evaluation_comment.strip():
        score = Raw(f"**{form.evaluation}/5** ") if form.evaluation is not None else ""
        parts += [f"## {labels['evaluation']}", inline(score, form.evaluation_comment)]
    tags = split_commas(form.tags, strip_hash=True)
    if tags:
        shown = ", ".join("`" + tag.replace("`", "'") + "`" for tag in tags)
        parts.append(f"*{labels['tags']}:* {shown}")
    if not wrote and not actions and not insights:
        parts.append(f"*{labels['empty']}*")
    return "\n\n".join(part for part in parts if part) + "\n"
