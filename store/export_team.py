"""The *team* export: an agenda item for the team meeting.

Per network: what I learned, tips we can use right away (insights I marked to share with
my team), what I propose we try (open actions), what I already tried, and questions for
the team. Never private sessions, feedback, self-check scores or names of other people:
`export_scope.select` has already taken those out; this module only arranges what is left.
"""

from __future__ import annotations

from datetime import date

from store.export_parts import (
    network_title,
    session_label,
    session_title,
    write_header,
)
from store.export_scope import NetworkPart, Scope, part_has_content
from store.export_text import counted, text
from store.markdown_writer import (
    MarkdownDocument,
    Raw,
    emphasis,
    has_text,
    inline,
    join_paragraphs,
    led_lines,
    strong,
    text_lines,
)
from store.models import Session


def write_team(scope: Scope, person: str, today: date) -> MarkdownDocument:
    lang = scope.lang
    doc = MarkdownDocument()
    write_header(doc, scope, "team.title", person, today)
    doc.paragraph(text("team.intro", lang))
    wrote_any = False
    for part in scope.parts:
        if part_has_content(part):
            write_part(doc, scope, part)
            wrote_any = True
    if not wrote_any:
        doc.paragraph(text("team.nothing", lang))
        return doc
    doc.heading(2, text("team.discuss", lang))
    doc.bullets([[inline(text("team.discuss.1", lang))], [inline(text("team.discuss.2", lang))]])
    return doc


def write_part(doc: MarkdownDocument, scope: Scope, part: NetworkPart) -> None:
    lang = scope.lang
    doc.heading(2, network_title(part.network, lang))
    sessions = part.sessions
    count = counted("team.sessions", len(sessions), lang)
    if part.network is not None:
        kind = text(f"network.{part.network.kind}", lang)
        doc.paragraph(emphasis(text("team.network_line", lang, kind=kind, sessions=count)))
        doc.text(part.network.purpose)
    else:
        doc.paragraph(emphasis(count))

    learned = [
        join_paragraphs(
            [learned_lead(scope, s)],
            text_lines(s.learned),
        )
        for s in sessions
        if has_text(s.learned)
    ]
    if learned:
        doc.heading(3, text("team.learned", lang))
        doc.bullets(learned)

    tips = [text_lines(i) for s in sessions for i in s.team_insights if has_text(i)]
    if tips:
        doc.heading(3, text("team.tips", lang))
        doc.bullets(tips)

    proposals = [
        # The session it came from, in italics on the same line: the team can ask about it.
        [*text_lines(a.text)[:-1], f"{text_lines(a.text)[-1]} {from_session(scope, s)}"]
        for s in sessions
        for a in s.actions
        if a.status == "open" and has_text(a.text)
    ]
    if proposals:
        doc.heading(3, text("team.propose", lang))
        doc.bullets(proposals)

    tried = [
        join_paragraphs(text_lines(a.text), led_lines(Raw("→"), a.outcome))
        for s in sessions
        for a in s.actions
        if a.status == "done" and has_text(a.text)
    ]
    if tried:
        doc.heading(3, text("team.tried", lang))
        doc.bullets(tried)

    questions = [text_lines(s.questions) for s in sessions if has_text(s.questions)]
    if questions:
        doc.heading(3, text("team.questions", lang))
        doc.bullets(questions)


def learned_lead(scope: Scope, session: Session) -> str:
    """Bold date and topic, with "with an external speaker (role)" when there was one."""
    lang = scope.lang
    lead = strong(session_label(scope, session))
    if session.speaker.strip():
        role = scope.speaker_roles.get(session.id, "") if session.id is not None else ""
        speaker = (
            text("speaker.external_role", lang, role=role)
            if role
            else text("speaker.external", lang)
        )
        lead = Raw(f"{lead} · {inline(text('team.with_speaker', lang, speaker=speaker))}")
    return lead


def from_session(scope: Scope, session: Session) -> str:
    """Which session a proposal came from: "(from: topic, date)" in italics."""
    where = session_title(scope, session)
    return emphasis(f"({text('team.from_session', scope.lang, session=where)})")
