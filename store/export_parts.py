"""Pieces every export shares: the header, dates, hours and session titles, in words."""

from __future__ import annotations

from datetime import date

from store.dates import format_date, format_date_long
from store.export_scope import Scope
from store.export_scope import session_title as make_session_title
from store.export_text import label, text
from store.markdown_writer import MarkdownDocument, Raw, escape_line, one_line
from store.models import Network, Session


def counted_dates(scope: Scope) -> list[date]:
    """The dates of everything the export counts: what it shows, and the private
    sessions and feedback it counts without describing them."""
    dates = [s.date for s in scope.sessions if s.date] + [f.date for f in scope.feedback if f.date]
    dates += [t.date for t in scope.takes if t.date]
    dates += [p.date for p in scope.counted_private if p.date]
    dates += [p.date for p in scope.private_feedback if p.date]
    return dates


def period_text(scope: Scope) -> str:
    """The period asked for, or, when none was, the span of what the export counts (a
    private session of 29 October in the table makes the period start there)."""
    lang = scope.lang
    period = scope.period
    if period.since and period.until:
        return text(
            "period.range",
            lang,
            since=format_date_long(period.since, lang),
            until=format_date_long(period.until, lang),
        )
    if period.since:
        return text("period.since", lang, since=format_date_long(period.since, lang))
    if period.until:
        return text("period.until", lang, until=format_date_long(period.until, lang))
    dates = counted_dates(scope)
    if not dates:
        return text("period.all", lang)
    return text(
        "period.range",
        lang,
        since=format_date_long(min(dates), lang),
        until=format_date_long(max(dates), lang),
    )


def write_header(
    doc: MarkdownDocument, scope: Scope, title_key: str, person: str, today: date
) -> None:
    """Title, then one line: person · period · date of export."""
    lang = scope.lang
    doc.heading(1, text(title_key, lang))
    pieces: list[str] = []
    if person.strip():
        pieces += [Raw("**"), Raw(escape_line(one_line(person))), Raw("**"), Raw(" · ")]
    pieces += [
        text("period", lang, period=period_text(scope)),
        Raw(" · "),
        text("made_on", lang, date=format_date_long(today, lang)),
    ]
    doc.paragraph(*pieces)


def hours_text(minutes: int, lang: str) -> str:
    """Minutes as hours with at most one decimal: "2,5 uur" / "2.5 h"."""
    hours = round(minutes / 60, 1)
    shown = f"{hours:.1f}".rstrip("0").rstrip(".")
    if lang == "nl":
        shown = shown.replace(".", ",")
    return text("hours", lang, hours=shown)


def short_date(value: date | None, lang: str) -> str:
    return format_date(value, lang) if value else text("session.undated", lang)


def long_date(value: date | None, lang: str) -> str:
    return format_date_long(value, lang) if value else text("session.undated", lang)


def session_title(scope: Scope, session: Session) -> str:
    if session.id is not None and session.id in scope.session_titles:
        return scope.session_titles[session.id]
    return make_session_title(session, scope.lang)


def session_label(scope: Scope, session: Session) -> str:
    """ "17 november 2026 — Feedback geven op de werkvloer" (plain text, not escaped)."""
    return f"{long_date(session.date, scope.lang)} — {session_title(scope, session)}"


def network_title(network: Network | None, lang: str) -> str:
    if network is None:
        return text("network.unassigned", lang)
    return network.name.strip() or "–"


def network_dates(network: Network, lang: str) -> str:
    if network.start and network.end:
        return text(
            "period.range",
            lang,
            since=format_date_long(network.start, lang),
            until=format_date_long(network.end, lang),
        )
    if network.start:
        return text("period.since", lang, since=format_date_long(network.start, lang))
    if network.end:
        return text("period.until", lang, until=format_date_long(network.end, lang))
    return ""


def competency_label(code: str, lang: str) -> str:
    return label("competency", code, lang)
