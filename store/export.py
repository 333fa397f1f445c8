"""Markdown exports for three audiences: the team meeting, the growth conversation, and a
personal archive. Pure: reads the store, returns text; writing a file is the caller's job.

    result = export_markdown(store, "team", network=None, since=None, until=None, lang="nl")
    result.markdown          # valid CommonMark (tables enabled), see store/markdown_writer
    result.left_out("nl")    # "Weggelaten: 1 privésessie en 9 feedbackpunten." ...

What each audience may see is decided in `export_scope.select`; the documents themselves
are written by `export_team`, `export_growth` and `export_full`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING

from store.export_full import write_full
from store.export_growth import write_growth
from store.export_scope import (
    AUDIENCES,
    ExportInputError,
    NetworkAmbiguous,
    NetworkNotFound,
    Omissions,
    Period,
    PeriodInvalid,
    find_network,
    select,
)
from store.export_team import write_team
from store.export_text import counted, join_words, text
from store.markdown_writer import MarkdownDocument
from store.models import Feedback, Network, SelfCheckTake, Session, Settings

if TYPE_CHECKING:
    from store.db import Store

__all__ = [
    "AUDIENCES",
    "FILE_MODES",
    "ExportInputError",
    "ExportResult",
    "NetworkAmbiguous",
    "NetworkNotFound",
    "PeriodInvalid",
    "StoreSnapshot",
    "default_file_name",
    "export_markdown",
    "find_network",
]

WRITERS = {"team": write_team, "growth": write_growth, "full": write_full}
# Growth and full exports hold personal notes: owner-only. A team export is meant to be
# passed on.
FILE_MODES = {"team": 0o644, "growth": 0o600, "full": 0o600}


@dataclass(frozen=True)
class ExportResult:
    audience: str
    document: MarkdownDocument
    omissions: Omissions

    @cached_property
    def markdown(self) -> str:
        """The whole export as one string (made when first asked for)."""
        return self.document.render()

    def encoded(self) -> Iterator[bytes]:
        """The export as UTF-8 in pieces, for writing a big one without the whole string."""
        if "markdown" in self.__dict__:
            return iter([self.markdown.encode("utf-8")])
        return self.document.encoded()

    def left_out(self, lang: str) -> str:
        """One or two sentences for the screen: what was left out, or that nothing was."""
        if self.audience == "full":
            return text("left.full", lang)
        gone = self.omissions
        items = []
        if gone.private_sessions:
            items.append(counted("left.private_sessions", gone.private_sessions, lang))
        if gone.private_feedback:
            items.append(counted("left.private_feedback", gone.private_feedback, lang))
        if gone.feedback:
            items.append(counted("left.feedback", gone.feedback, lang))
        if gone.selfchecks:
            items.append(counted("left.selfchecks", gone.selfchecks, lang))
        sentences = []
        if items:
            sentences.append(text("left.sentence", lang, items=join_words(items, lang)))
        if gone.names:
            sentences.append(counted("left.names", len(gone.names), lang))
        return " ".join(sentences) or text("left.nothing", lang)


def export_markdown(
    store: Store | StoreSnapshot,
    audience: str,
    network: Network | str | None = None,
    since: date | None = None,
    until: date | None = None,
    lang: str = "nl",
    today: date | None = None,
) -> ExportResult:
    """The export for `audience` ("team", "growth" or "full").

    `network` is a Network, a name (matched like the command line does), or None for all.
    Raises PeriodInvalid (since after until), NetworkNotFound / NetworkAmbiguous, and
    ValueError for an unknown audience.
    """
    if audience not in AUDIENCES:
        raise ValueError(f"unknown export audience {audience!r}")
    lang = lang if lang in ("nl", "en") else "en"
    period = Period(since, until)
    networks = store.networks()
    chosen = find_network(networks, network) if isinstance(network, str) else network
    scope = select(
        networks,
        store.sessions(),
        store.feedback(),
        store.selfchecks(),
        audience=audience,
        lang=lang,
        period=period,
        network=chosen,
    )
    person = store.settings().person
    document = WRITERS[audience](scope, person, today or date.today())
    return ExportResult(audience=audience, document=document, omissions=scope.omissions)


def default_file_name(audience: str, today: date) -> str:
    """leernet-team-2026-11-27.md"""
    return f"leernet-{audience}-{today.isoformat()}.md"


@dataclass(frozen=True)
class StoreSnapshot:
    """What an export reads, copied out of the store: lets a worker thread build a big
    export while the UI thread keeps the store to itself."""

    network_list: tuple[Network, ...]
    session_list: tuple[Session, ...]
    feedback_list: tuple[Feedback, ...]
    take_list: tuple[SelfCheckTake, ...]
    settings_doc: Settings

    @classmethod
    def of(cls, store: Store) -> StoreSnapshot:
        return cls(
            tuple(store.networks()),
            tuple(store.sessions()),
            tuple(store.feedback()),
            tuple(store.selfchecks()),
            store.settings(),
        )

    def networks(self) -> list[Network]:
        return list(self.network_list)

    def sessions(self) -> list[Session]:
        return list(self.session_list)

    def feedback(self) -> list[Feedback]:
        return list(self.feedback_list)

    def selfchecks(self) -> list[SelfCheckTake]:
        return list(self.take_list)

    def settings(self) -> Settings:
        return self.settings_doc
