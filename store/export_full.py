"""The *full* export: a personal archive of everything, private entries and names included.

It opens with a warning not to share it. Every network with every session (all five
reflection prompts, actions, evaluation, competencies, tags, team insights), then all
feedback with the giver's name, then every self-check take side by side with its notes.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from functools import lru_cache

from store.export_parts import (
    competency_label,
    hours_text,
    long_date,
    network_dates,
    network_title,
    session_title,
    short_date,
    write_header,
)
from store.export_scope import NetworkPart, Scope
from store.export_text import LABELS, counted, label, text
from store.feedback_log import FeedbackView
from store.markdown_writer import (
    MarkdownDocument,
    Raw,
    has_text,
    inline,
    lead_escaped,
    led_lines,
    one_line,
    strong,
    text_blocks,
    text_lines,
)
from store.models import Network, Session
from store.selfcheck import MOMENT_LABELS, STATEMENTS, average, format_average

REFLECTION = (
    ("what_happened", "full.what_happened"),
    ("brought_in", "full.brought_in"),
    ("learned", "full.learned"),
    ("will_try", "full.will_try"),
    ("questions", "full.questions"),
    ("follow_up", "full.follow_up"),
)


def write_full(scope: Scope, person: str, today: date) -> MarkdownDocument:
    lang = scope.lang
    doc = MarkdownDocument()
    write_header(doc, scope, "full.title", person, today)
    doc.raw(f"> {strong(text('full.warning', lang))} {inline(text('full.warning.detail', lang))}")
    for part in scope.parts:
        write_network(doc, scope, part)
    write_feedback(doc, scope)
    write_selfchecks(doc, scope)
    return doc


def private_mark(lang: str) -> str:
    return f" ({text('full.private', lang)})"


def write_network(doc: MarkdownDocument, scope: Scope, part: NetworkPart) -> None:
    lang = scope.lang
    network = part.network
    doc.heading(2, network_title(network, lang))
    if network is not None:
        facts = [
            [inline(strong(text("full.kind", lang)), " ", label("kind", network.kind, lang))],
            led_lines(strong(text("full.organiser", lang)), network.organiser),
            led_lines(strong(text("full.purpose", lang)), network.purpose),
            led_lines(strong(text("full.participants", lang)), participants_line(network)),
            [inline(strong(text("full.dates", lang)), " ", network_dates(network, lang))]
            if network_dates(network, lang)
            else [],
            [inline(strong(text("full.planned", lang)), " ", planned_text(network, lang))]
            if network.planned_sessions
            else [],
            [
                inline(
                    strong(text("full.status", lang)),
                    " ",
                    label("network_status", network.status, lang),
                )
            ],
        ]
        doc.bullets(facts)
        goals = [text_lines(g) for g in network.goals if has_text(g)]
        if goals:
            doc.paragraph(strong(text("full.goals", lang)))
            doc.bullets(goals)
    # The user's texts of all the network's sessions are escaped in one go (text_blocks);
    # write_session takes its blocks in the order session_texts lists them.
    blocks = iter(text_blocks([t for session in part.sessions for t in session_texts(session)]))
    for session in part.sessions:
        write_session(doc, scope, session, blocks)


def participants_line(network: Network) -> str:
    """ "Marleen Osaert (HR), Bo Li": the network's participants on one line."""
    return ", ".join(f"{p.name} ({p.role})" if p.role else p.name for p in network.participants)


def session_texts(session: Session) -> list[str]:
    """A session's free texts, in the order write_session writes them."""
    texts = [session.work_form, session.speaker]
    texts += [getattr(session, field_name) for field_name, _ in REFLECTION]
    for action in session.actions:
        texts += (action.text, action.outcome)
    texts += session.team_insights
    return texts


def planned_text(network, lang: str) -> str:  # noqa: ANN001 - a Network
    sessions = counted("full.planned_count", network.planned_sessions, lang)
    if network.cadence_weeks:
        every = counted("full.every_weeks", network.cadence_weeks, lang)
        return text("full.planned_value", lang, sessions=sessions, every=every)
    return sessions


def write_session(
    doc: MarkdownDocument, scope: Scope, session: Session, blocks: Iterator[str]
) -> None:
    """One session; `blocks` gives its texts escaped (see session_texts)."""
    lang = scope.lang
    words, statuses = session_words(lang)
    title = f"{long_date(session.date, lang)} — {session_title(scope, session)}"
    if session.number:
        title = f"{text('session.number', lang, number=session.number).capitalize()}: {title}"
    if session.private:
        title += private_mark(lang)
    doc.heading(3, title)
    facts = [
        lead_escaped(words["full.work_form"], next(blocks)),
        lead_escaped(words["full.speaker"], next(blocks)),
        time_line(session.minutes, lang) if session.minutes else "",
    ]
    doc.bullet_blocks(facts)
    for _, key in REFLECTION:
        block = next(blocks)
        if block:
            doc.raw(lead_escaped(words[key], block))
    actions = []
    for action in session.actions:
        action_block, outcome = next(blocks), next(blocks)
        if not (action_block or outcome):
            continue
        status = statuses.get(action.status) or inline(
            f"[{label('action_status', action.status, lang)}]"
        )
        item = f"{status} {action_block}" if action_block else status
        actions.append(f"{item}\n\n{lead_escaped('→', outcome)}" if outcome else item)
    if actions:
        doc.raw(words["full.actions"])
        doc.bullet_blocks(actions)
    commented = has_text(session.evaluation_comment)
    if session.evaluation or commented:
        line = score_line("full.evaluation", session.evaluation, lang)
        if commented:
            line = inline(line, " — ", session.evaluation_comment)
        doc.raw(line)
    if session.feeling:
        doc.raw(score_line("full.feeling", session.feeling, lang))
    if session.competencies:
        doc.raw(competencies_line(tuple(session.competencies), lang))
    if session.tags:
        doc.raw(tags_line(tuple(session.tags), lang))
    insights = [next(blocks) for _ in session.team_insights]
    if any(insights):
        doc.raw(words["full.team_insights"])
        doc.bullet_blocks(insights)


# Our own lines of a session repeat across a big export: each is made once (per language,
# value or list of codes) instead of once per session.


@lru_cache(maxsize=2)
def session_words(lang: str) -> tuple[dict[str, str], dict[str, str]]:
    """The bold labels of a session by text key, and the `[status]` lead of an action by
    its stored code, as Markdown."""
    keys = [key for _, key in REFLECTION]
    keys += ["full.work_form", "full.speaker", "full.actions", "full.team_insights"]
    words: dict[str, str] = {key: strong(text(key, lang)) for key in keys}
    words["full.actions"] = inline(words["full.actions"])
    words["full.team_insights"] = inline(words["full.team_insights"])
    statuses = {
        code: inline(f"[{label('action_status', code, lang)}]") for code in LABELS["action_status"]
    }
    return words, statuses


@lru_cache(maxsize=256)
def time_line(minutes: int, lang: str) -> str:
    return inline(strong(text("full.time", lang)), " ", hours_text(minutes, lang))


@lru_cache(maxsize=64)
def score_line(key: str, score: int, lang: str) -> str:
    """`**Evaluatie:** 4/5` (`–` without a score)."""
    shown = text("score", lang, score=score) if score else "–"
    return inline(strong(text(key, lang)), f" {shown}")


@lru_cache(maxsize=1024)
def competencies_line(codes: tuple[str, ...], lang: str) -> str:
    names = ", ".join(competency_label(c, lang) for c in codes)
    return inline(strong(text("full.competencies", lang)), f" {names}")


@lru_cache(maxsize=1024)
def tags_line(tags: tuple[str, ...], lang: str) -> str:
    return inline(strong(text("full.tags", lang)), " " + ", ".join(tags))


def write_feedback(doc: MarkdownDocument, scope: Scope) -> None:
    lang = scope.lang
    doc.heading(2, text("full.feedback", lang))
    if not scope.feedback:
        doc.paragraph(text("full.feedback.none", lang))
        return
    # All the texts escaped in one go, as for the sessions.
    blocks = iter(text_blocks([t for v in scope.feedback for t in (v.said, v.reaction, v.plan)]))
    for view in scope.feedback:
        write_feedback_item(doc, scope, view, blocks)


FEEDBACK_TEXTS = ("growth.feedback.said", "growth.feedback.reaction", "growth.feedback.plan")


def write_feedback_item(
    doc: MarkdownDocument, scope: Scope, view: FeedbackView, blocks: Iterator[str]
) -> None:
    """One feedback item; `blocks` gives its said, reaction and plan, escaped."""
    lang = scope.lang
    who = one_line(view.giver_name or "") or "–"
    role = label("role", view.giver_role, lang)
    title = f"{long_date(view.date, lang)} — {who} ({role})"
    if view.private:
        title += private_mark(lang)
    doc.heading(3, title)
    facts = [
        [
            inline(
                f"{label('feedback_status', view.status, lang)}".capitalize(),
            )
        ]
    ]
    if view.network_id is not None and view.network_id in scope.network_names:
        facts.append(
            [
                inline(
                    strong(text("full.feedback.network", lang)),
                    " ",
                    scope.network_names[view.network_id],
                )
            ]
        )
    doc.bullets(facts)
    for key in FEEDBACK_TEXTS:
        block = lead_escaped(strong(text(key, lang)), next(blocks))
        if block:
            doc.raw(block)


def write_selfchecks(doc: MarkdownDocument, scope: Scope) -> None:
    lang = scope.lang
    doc.heading(2, text("full.selfchecks", lang))
    takes = scope.takes
    if not takes:
        doc.paragraph(text("full.selfchecks.none", lang))
        return
    moments = MOMENT_LABELS["nl" if lang == "nl" else "en"]
    header = [text("growth.col.statement", lang)] + [
        f"{short_date(t.date, lang)} ({moments.get(t.moment, t.moment)})" for t in takes
    ]
    rows = [[s.label[lang], *[str(t.scores.get(s.key, "–")) for t in takes]] for s in STATEMENTS]
    rows.append(
        [
            Raw(f"**{text('growth.average', lang)}**"),
            *[format_average(average(t.scores), lang) for t in takes],
        ]
    )
    doc.table(header, rows)
    for take in takes:
        notes = [
            led_lines(strong(f"{s.label[lang]}:"), take.notes.get(s.key, ""))
            for s in STATEMENTS
            if has_text(take.notes.get(s.key, ""))
        ]
        if notes:
            doc.paragraph(
                strong(text("full.selfchecks.notes", lang, date=long_date(take.date, lang)))
            )
            doc.bullets(notes)
