"""The *growth* export: for the growth conversation with my manager.

Participation (sessions and hours), per network the learning goals and what I did and
learned, my actions with their status, the self-check first vs latest with the change per
statement, feedback by the role of the giver (never a name) and what I did with it,
competencies with where they came up, session evaluations, and a closing "what I need".
Private sessions and private feedback were already taken out by `export_scope.select`.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from statistics import fmean

from store import counts
from store.export_parts import (
    competency_label,
    hours_text,
    long_date,
    network_dates,
    network_title,
    session_label,
    session_title,
    short_date,
    write_header,
)
from store.export_scope import NetworkPart, Scope
from store.export_text import TEXTS, counted, join_words, label, text
from store.feedback_log import FeedbackView
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
from store.models import COMPETENCIES, FEEDBACK_ROLES, Session
from store.selfcheck import (
    MOMENT_LABELS,
    average,
    compare,
    format_average,
    format_delta,
    growth_points,
    strengths,
)


def write_growth(scope: Scope, person: str, today: date) -> MarkdownDocument:
    lang = scope.lang
    doc = MarkdownDocument()
    write_header(doc, scope, "growth.title", person, today)
    doc.paragraph(text("growth.intro", lang))
    write_participation(doc, scope)
    for part in scope.parts:
        write_network(doc, scope, part)
    write_selfcheck(doc, scope)
    write_feedback(doc, scope)
    write_competencies(doc, scope)
    write_evaluations(doc, scope)
    write_needs(doc, scope)
    return doc


def write_participation(doc: MarkdownDocument, scope: Scope) -> None:
    lang = scope.lang
    doc.heading(2, text("growth.participation", lang))
    if not scope.parts:
        doc.paragraph(text("none_yet", lang))
        return
    rows = []
    for part in scope.parts:
        network_id = part.network.id if part.network else None
        hidden = [p for p in scope.private_held if p.network_id == network_id]
        held = len(part.sessions) + len(hidden)
        planned = part.network.planned_sessions if part.network else None
        kind = ""
        if part.network is not None:
            kind = (
                f"{label('kind', part.network.kind, lang)}, "
                f"{label('network_status', part.network.status, lang)}"
            )
        reflected = sum(1 for s in part.sessions if s.has_reflection())
        minutes = sum(s.minutes or 0 for s in part.sessions) + sum(p.minutes for p in hidden)
        rows.append(
            [
                network_title(part.network, lang),
                kind,
                text("growth.sessions_of", lang, held=held, planned=planned)
                if planned
                else str(held),
                str(reflected + sum(1 for p in hidden if p.reflected)),
                hours_text(minutes, lang),
            ]
        )
    sessions = scope.sessions
    hidden = scope.counted_private
    if len(scope.parts) > 1:
        rows.append(
            [
                Raw(f"**{text('growth.total', lang)}**"),
                "",
                str(len(sessions) + len(hidden)),
                str(
                    sum(1 for s in sessions if s.has_reflection())
                    + sum(1 for p in hidden if p.reflected)
                ),
                hours_text(
                    sum(s.minutes or 0 for s in sessions) + sum(p.minutes for p in hidden), lang
                ),
            ]
        )
    doc.table(
        [
            text("growth.col.network", lang),
            text("growth.col.kind", lang),
            text("growth.col.sessions", lang),
            text("growth.col.reflected", lang),
            text("growth.col.time", lang),
        ],
        rows,
    )
    if hidden:
        doc.paragraph(emphasis(counted("growth.private_counted", len(hidden), lang)))
    missing = sum(1 for s in sessions if not s.minutes)
    if missing:
        doc.paragraph(emphasis(counted("growth.time_missing", missing, lang)))


def write_network(doc: MarkdownDocument, scope: Scope, part: NetworkPart) -> None:
    lang = scope.lang
    network = part.network
    doc.heading(2, network_title(network, lang))
    if network is not None:
        line = text(
            "growth.network_line",
            lang,
            kind=text(f"network.{network.kind}", lang),
            status=label("network_status", network.status, lang),
            dates=network_dates(network, lang) or "–",
        )
        doc.paragraph(emphasis(line))
        if has_text(network.organiser):
            doc.labelled(text("growth.organiser", lang), network.organiser)
        if has_text(network.purpose):
            doc.labelled(text("growth.purpose", lang), network.purpose)
        doc.heading(3, text("growth.goals", lang))
        goals = [text_lines(g) for g in network.goals if has_text(g)]
        if goals:
            doc.bullets(goals)
        else:
            doc.paragraph(text("growth.no_goals", lang))

    doc.heading(3, text("growth.did", lang))
    if not part.sessions:
        doc.paragraph(text("none_yet", lang))
    items = []
    for session in part.sessions:
        meta = session_meta(session, lang)
        lead = strong(session_label(scope, session))
        if meta:
            lead = Raw(f"{lead} {emphasis(f'({meta})')}")
        body = join_paragraphs(
            led_lines(strong(text("growth.brought_in", lang)), session.brought_in),
            led_lines(strong(text("growth.learned", lang)), session.learned),
        )
        if not body:
            body = [inline(emphasis(text("growth.no_reflection", lang)))]
        items.append(join_paragraphs([lead], body))
    doc.bullets(items)

    actions = [(s, a) for s in part.sessions for a in s.actions if has_text(a.text)]
    if actions:
        doc.heading(3, text("growth.actions", lang))
        doc.table(
            [
                text("growth.col.action", lang),
                text("growth.col.from", lang),
                text("growth.col.status", lang),
                text("growth.col.outcome", lang),
            ],
            [
                [
                    action.text,
                    f"{short_date(session.date, lang)} {session_title(scope, session)}",
                    label("action_status", action.status, lang),
                    action.outcome,
                ]
                for session, action in actions
            ],
        )


def session_meta(session: Session, lang: str) -> str:
    """The time spent (the evaluation has its own section)."""
    return hours_text(session.minutes, lang) if session.minutes else ""


def capitalised(value: str) -> str:
    return value[:1].upper() + value[1:]


def write_selfcheck(doc: MarkdownDocument, scope: Scope) -> None:
    lang = scope.lang
    doc.heading(2, text("growth.selfcheck", lang))
    takes = [t for t in scope.takes if t.scores]
    if not takes:
        doc.paragraph(text("growth.selfcheck.none", lang))
        return
    first, latest = takes[0], takes[-1]
    moments = MOMENT_LABELS["nl" if lang == "nl" else "en"]
    if len(takes) == 1:
        doc.paragraph(
            text(
                "growth.selfcheck.single",
                lang,
                date=long_date(first.date, lang),
                moment=moments.get(first.moment, first.moment),
            )
        )
        rows = [[row.statement.label[lang], str(row.after or "–")] for row in compare(first, first)]
        rows.append(
            [
                Raw(f"**{text('growth.average', lang)}**"),
                format_average(average(first.scores), lang),
            ]
        )
        doc.table([text("growth.col.statement", lang), short_date(first.date, lang)], rows)
    else:
        doc.paragraph(
            text(
                "growth.selfcheck.takes",
                lang,
                first=long_date(first.date, lang),
                first_moment=moments.get(first.moment, first.moment),
                latest=long_date(latest.date, lang),
                latest_moment=moments.get(latest.moment, latest.moment),
            )
        )
        rows = [
            [
                row.statement.label[lang],
                "–" if row.before is None else str(row.before),
                "–" if row.after is None else str(row.after),
                format_delta(row.delta, lang=lang),
            ]
            for row in compare(first, latest)
        ]
        before, after = average(first.scores), average(latest.scores)
        change = after - before if before is not None and after is not None else None
        rows.append(
            [
                Raw(f"**{text('growth.average', lang)}**"),
                format_average(before, lang),
                format_average(after, lang),
                format_delta(change, decimals=1, lang=lang),
            ]
        )
        doc.table(
            [
                text("growth.col.statement", lang),
                short_date(first.date, lang),
                short_date(latest.date, lang),
                text("growth.col.change", lang),
            ],
            rows,
        )
    if len(takes) > 1:
        changes = [row for row in compare(first, latest) if row.delta and row.delta > 0]
        most = max((row.delta or 0 for row in changes), default=0)
        progress = [row.statement.label[lang] for row in changes if row.delta == most]
        if progress:
            doc.paragraph(
                strong(text("growth.most_progress", lang)), " ", join_words(progress, lang)
            )
    strong_now = [s.label[lang] for s in strengths(latest.scores)]
    grow = [s.label[lang] for s in growth_points(latest.scores)]
    if strong_now:
        doc.paragraph(strong(text("growth.strengths", lang)), " ", join_words(strong_now, lang))
    if grow:
        doc.paragraph(strong(text("growth.growth_points", lang)), " ", join_words(grow, lang))


def write_feedback(doc: MarkdownDocument, scope: Scope) -> None:
    lang = scope.lang
    doc.heading(2, text("growth.feedback", lang))
    if not scope.feedback:
        doc.paragraph(text("growth.feedback.none", lang))
        return
    by_role: dict[str, list[FeedbackView]] = defaultdict(list)
    for view in scope.feedback:
        by_role[view.giver_role].append(view)
    for role in sorted(by_role, key=role_order):
        views = by_role[role]
        doc.heading(3, f"{text(feedback_from_key(role), lang)} ({len(views)})")
        doc.bullets([feedback_item(scope, view) for view in views])


def feedback_from_key(role: str) -> str:
    key = f"growth.feedback.from.{role}"
    return key if key in TEXTS else "growth.feedback.from.other"


def role_order(role: str) -> tuple[int, str]:
    return (FEEDBACK_ROLES.index(role) if role in FEEDBACK_ROLES else 99, role)


def feedback_item(scope: Scope, view: FeedbackView) -> list[str]:
    lang = scope.lang
    where = [long_date(view.date, lang)]
    if view.network_id is not None and view.network_id in scope.network_names:
        where.append(scope.network_names[view.network_id])
    status = text(
        "growth.feedback.status", lang, status=label("feedback_status", view.status, lang)
    )
    lead = Raw(f"{strong(' · '.join(where))} — {inline(status)}")
    return join_paragraphs(
        [lead],
        led_lines(strong(text("growth.feedback.said", lang)), view.said),
        led_lines(strong(text("growth.feedback.reaction", lang)), view.reaction),
        led_lines(strong(text("growth.feedback.plan", lang)), view.plan),
    )


def write_competencies(doc: MarkdownDocument, scope: Scope) -> None:
    lang = scope.lang
    doc.heading(2, text("growth.competencies", lang))
    where: dict[str, list[Session]] = defaultdict(list)
    for session in scope.sessions:
        for code in dict.fromkeys(session.competencies):  # once per session
            where[code].append(session)
    if not where:
        doc.paragraph(text("growth.competencies.none", lang))
        return
    known = [c for c in COMPETENCIES if c in where]
    others = sorted(c for c in where if c not in COMPETENCIES)
    ordered = sorted(known + others, key=lambda c: -len(where[c]))  # stable: most first
    doc.table(
        [
            text("growth.col.competency", lang),
            text("growth.col.sessions", lang),
            text("growth.col.where", lang),
        ],
        [
            [
                capitalised(competency_label(code, lang)),
                str(len(where[code])),
                "; ".join(
                    f"{short_date(s.date, lang)} {session_title(scope, s)}" for s in where[code]
                ),
            ]
            for code in ordered
        ],
    )


def write_evaluations(doc: MarkdownDocument, scope: Scope) -> None:
    lang = scope.lang
    doc.heading(2, text("growth.evaluations", lang))
    rated = [s for s in scope.sessions if s.evaluation]
    if not rated:
        doc.paragraph(text("growth.evaluations.none", lang))
        return
    mean = fmean(s.evaluation or 0 for s in rated)
    doc.paragraph(
        counted("growth.evaluations.average", len(rated), lang, average=format_average(mean, lang))
    )
    network_of = {
        s.id: network_title(part.network, lang) for part in scope.parts for s in part.sessions
    }
    show_network = len(scope.parts) > 1
    header = [text("growth.col.date", lang)]
    if show_network:
        header.append(text("growth.col.network", lang))
    header += [
        text("growth.col.topic", lang),
        text("growth.col.score", lang),
        text("growth.col.comment", lang),
    ]
    rows = []
    for s in rated:
        row = [short_date(s.date, lang)]
        if show_network:
            row.append(network_of.get(s.id, ""))
        row += [
            session_title(scope, s),
            text("score", lang, score=s.evaluation),
            s.evaluation_comment,
        ]
        rows.append(row)
    doc.table(header, rows)


def write_needs(doc: MarkdownDocument, scope: Scope) -> None:
    lang = scope.lang
    doc.heading(2, text("growth.needs", lang))
    doc.paragraph(text("growth.needs.intro", lang))
    doc.bullets(
        [
            [
                inline(
                    strong(text(f"growth.needs.{key}", lang)),
                    " ",
                    text(f"growth.needs.{key}.prompt", lang),
                )
            ]
            for key in ("time", "support", "next")
        ]
    )
    # "Open" as the dashboard counts it (store/counts.py): private entries included.
    open_actions = sum(counts.open_count(s.actions) for s in scope.sessions)
    open_actions += sum(p.open_actions for p in scope.counted_private)
    open_feedback = counts.open_count(scope.feedback) + counts.open_count(scope.private_feedback)
    items = []
    if open_actions:
        items.append(counted("growth.open.actions", open_actions, lang))
    if open_feedback:
        items.append(counted("growth.open.feedback", open_feedback, lang))
    if items:
        status = label("feedback_status", counts.OPEN, lang)
        doc.paragraph(
            emphasis(text("growth.needs.open", lang, items=join_words(items, lang), status=status))
        )
