"""The *full* export: a personal archive of everything, private entries and names included.

It opens with a warning not to share it. Every network with every session (all five
reflection prompts, actions, evaluation, competencies, tags, team insights), then all
feedback with the giver's name, then every self-check take side by side with its notes.
"""

from __future__ import annotations

from datetime import date

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
from store.export_text import label, text
from store.feedback_log import FeedbackView
from store.markdown_writer import (
    MarkdownDocument,
    Raw,
    has_text,
    inline,
    join_paragraphs,
    led_lines,
    one_line,
    strong,
    text_lines,
)
from store.models import Session
from store.selfcheck import MOMENT_LABELS, STATEMENTS, average, format_average

REFLECTION = (
    ("what_happened", "full.what_happened"),
    ("brought_in", "full.brought_in"),
    ("learned", "full.learned"),
    ("will_try", "full.will_try"),
    ("questions", "full.questions"),
    ("follow_up", "full.follow_up"),
)


def write_full(scope: Scope, person: str, today: date) -> str:
    lang = scope.lang
    doc = MarkdownDocument()
    write_header(doc, scope, "full.title", person, today)
    doc.raw(f"> {strong(text('full.warning', lang))} {inline(text('full.warning.detail', lang))}")
    for part in scope.parts:
        write_network(doc, scope, part)
    write_feedback(doc, scope)
    write_selfchecks(doc, scope)
    return doc.render()


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
    for session in part.sessions:
        write_session(doc, scope, session)


def planned_text(network, lang: str) -> str:  # noqa: ANN001 - a Network
    if network.cadence_weeks:
        return text(
            "full.planned_value", lang, count=network.planned_sessions, weeks=network.cadence_weeks
        )
    return text("full.planned_count", lang, count=network.planned_sessions)


def write_session(doc: MarkdownDocument, scope: Scope, session: Session) -> None:
    lang = scope.lang
    title = f"{long_date(session.date, lang)} — {session_title(scope, session)}"
    if session.number:
        title = f"{text('session.number', lang, number=session.number).capitalize()}: {title}"
    if session.private:
        title += private_mark(lang)
    doc.heading(3, title)
    facts = [
        led_lines(strong(text("full.work_form", lang)), session.work_form),
        led_lines(strong(text("full.speaker", lang)), session.speaker),
        [inline(strong(text("full.time", lang)), " ", hours_text(session.minutes, lang))]
        if session.minutes
        else [],
    ]
    doc.bullets(facts)
    for field_name, key in REFLECTION:
        doc.labelled(text(key, lang), getattr(session, field_name))
    actions = [
        join_paragraphs(
            led_lines(
                inline(f"[{label('action_status', a.status, lang)}]"),
                a.text,
                always=True,
            ),
            led_lines(Raw("→"), a.outcome),
        )
        for a in session.actions
        if has_text(a.text) or has_text(a.outcome)
    ]
    if actions:
        doc.paragraph(strong(text("full.actions", lang)))
        doc.bullets(actions)
    if session.evaluation or has_text(session.evaluation_comment):
        score = text("score", lang, score=session.evaluation) if session.evaluation else "–"
        doc.paragraph(
            strong(text("full.evaluation", lang)),
            f" {score}",
            *((" — ", session.evaluation_comment) if has_text(session.evaluation_comment) else ()),
        )
    if session.feeling:
        doc.paragraph(
            strong(text("full.feeling", lang)), f" {text('score', lang, score=session.feeling)}"
        )
    if session.competencies:
        names = ", ".join(competency_label(c, lang) for c in session.competencies)
        doc.paragraph(strong(text("full.competencies", lang)), f" {names}")
    if session.tags:
        doc.paragraph(strong(text("full.tags", lang)), " " + ", ".join(session.tags))
    insights = [text_lines(i) for i in session.team_insights if has_text(i)]
    if insights:
        doc.paragraph(strong(text("full.team_insights", lang)))
        doc.bullets(insights)


def write_feedback(doc: MarkdownDocument, scope: Scope) -> None:
    lang = scope.lang
    doc.heading(2, text("full.feedback", lang))
    if not scope.feedback:
        doc.paragraph(text("full.feedback.none", lang))
        return
    for view in scope.feedback:
        write_feedback_item(doc, scope, view)


def write_feedback_item(doc: MarkdownDocument, scope: Scope, view: FeedbackView) -> None:
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
    doc.labelled(text("growth.feedback.said", lang), view.said)
    doc.labelled(text("growth.feedback.reaction", lang), view.reaction)
    doc.labelled(text("growth.feedback.plan", lang), view.plan)


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
