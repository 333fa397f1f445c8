"""`NetworkDetailScreen`: one network — what it is, its sessions, its planned dates.

Sessions show date, number, topic and whether a reflection was written; n opens a new
journal entry, Enter the selected one (screens/journal.py).
"""

from __future__ import annotations

import dataclasses
from typing import Any

from rich.markup import escape
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import DataTable, Static

from screens.base import LeernetScreen
from screens.confirm import ConfirmModal
from screens.fields import selected_row_id
from screens.journal import SessionJournalScreen
from screens.network_form import NetworkFormScreen
from store.dates import format_date
from store.drafts import DraftStore, session_draft_key
from store.errors import WriteFailed
from store.models import Network
from store.networks import planned_schedule, sessions_in_order
from store.paths import drafts_path


class NetworkDetailScreen(LeernetScreen):
    AREA = "networks"
    HELP_KEY = "networks.detail.howto"

    BINDINGS = [
        Binding("escape", "back", "key.back"),
        Binding(
            "n", "new_session", "networks.key.new_session", tooltip="networks.key.new_session.help"
        ),
        Binding(
            "enter",
            "open_session",
            "networks.key.open_session",
            tooltip="networks.key.open_session.help",
            priority=True,  # ahead of the table's own (hidden) Enter, so the footer shows it
        ),
        Binding("f2", "edit", "networks.key.edit", tooltip="networks.key.edit_network.help"),
        Binding("x", "toggle_status", "networks.key.toggle", tooltip="networks.key.toggle.help"),
        Binding(
            "delete",
            "delete_session",
            "networks.key.delete_session",
            tooltip="networks.key.delete_session.help",
            show=False,
        ),
    ]

    def __init__(self, network_id: int) -> None:
        super().__init__()
        self.network_id = network_id

    def compose_body(self) -> ComposeResult:
        with Vertical(id="network-detail"):
            yield Static(id="network-summary")
            with Horizontal(id="network-columns"):
                with Vertical(id="network-sessions"):
                    yield Static(
                        f"[b]{self.t('networks.detail.sessions')}[/b]", classes="section-title"
                    )
                    yield Static(self.t("networks.detail.no_sessions"), id="sessions-empty")
                    yield DataTable(id="sessions-table", cursor_type="row", zebra_stripes=True)
                with VerticalScroll(id="network-planned"):
                    yield Static(
                        f"[b]{self.t('networks.detail.planned')}[/b]", classes="section-title"
                    )
                    yield Static(id="planned-dates")

    def on_mount(self) -> None:
        super().on_mount()
        self.refresh_page()
        self._just_mounted = True

    def on_screen_resume(self) -> None:
        if getattr(self, "_just_mounted", False):
            self._just_mounted = False  # filled on mount already
            return
        self.refresh_page()

    def on_relocalized(self) -> None:
        self.refresh_page()

    @property
    def network(self) -> Network | None:
        return self.store.network(self.network_id)

    def refresh_page(self, select_id: int | None = None) -> None:
        network = self.network
        if network is None:
            self.query_one("#network-summary", Static).update(self.t("networks.detail.gone"))
            return
        self.query_one("#network-summary", Static).update(self.summary(network))
        sessions = sessions_in_order(self.store.sessions(self.network_id))
        table = self.query_one("#sessions-table", DataTable)
        if select_id is None:
            select_id = self.selected_session_id()
        table.clear()
        if not table.columns:  # once per compose (a language switch re-composes)
            table.add_column(self.t("networks.col.date"), key="date")
            table.add_column(self.t("networks.col.number"), key="number")
            table.add_column(self.t("networks.col.topic"), key="topic")
            table.add_column(self.t("networks.col.reflected"), key="reflected")
        for session in sessions:
            reflected = session.has_reflection()
            topic = session.topic
            if session.private:
                topic = f"{topic} ({self.t('networks.private_mark')})".strip()
            table.add_row(
                format_date(session.date, self.lang),
                str(session.number or ""),
                Text(topic[:40]),
                Text(
                    self.t("networks.reflected.yes" if reflected else "networks.reflected.no"),
                    style="green" if reflected else "yellow",
                ),
                key=str(session.id),
            )
        self.query_one("#sessions-empty").display = not sessions
        table.display = bool(sessions)
        if select_id is not None and str(select_id) in {k.value for k in table.rows}:
            table.move_cursor(row=table.get_row_index(str(select_id)))
        elif sessions:
            table.move_cursor(row=len(sessions) - 1)  # the latest session
        if sessions:
            table.focus()
        self.query_one("#planned-dates", Static).update(self.planned_text(network, sessions))

    def summary(self, network: Network) -> str:
        status = self.t(f"networks.status.{network.status}")
        kind = self.t(f"networks.kind.{network.kind}")
        lines = [f"[b]{escape(network.name)}[/b]  ({kind}, {status})"]
        facts = []
        if network.organiser:
            facts.append(f"{self.t('networks.detail.organiser')}: {escape(network.organiser)}")
        if network.start or network.end:
            period = (
                f"{format_date(network.start, self.lang)} – {format_date(network.end, self.lang)}"
            )
            facts.append(f"{self.t('networks.detail.period')}: {period}")
        if network.planned_sessions and network.cadence_weeks:
            facts.append(
                self.t(
                    "networks.detail.cadence",
                    planned=network.planned_sessions,
                    weeks=network.cadence_weeks,
                )
            )
        elif network.planned_sessions:
            facts.append(self.t("networks.detail.planned_only", planned=network.planned_sessions))
        if facts:
            lines.append(" · ".join(facts))
        if network.purpose:
            lines.append(f"{self.t('networks.detail.purpose')}: {escape(network.purpose)}")
        if network.goals:
            goals = "; ".join(escape(goal) for goal in network.goals)
            lines.append(f"{self.t('networks.detail.goals')}: {goals}")
        return "\n".join(lines)

    def planned_text(self, network: Network, sessions: list[Any]) -> str:
        schedule = planned_schedule(network, sessions)
        if not schedule:
            return self.t("networks.detail.no_planned")
        lines = []
        for number, (day, held) in enumerate(schedule, start=1):
            mark = "[green]✓[/green]" if held else " "
            lines.append(f"{mark} {number:>2}. {format_date(day, self.lang)}")
        return "\n".join(lines)

    def selected_session_id(self) -> int | None:
        return selected_row_id(self.query_one("#sessions-table", DataTable))

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_open_session()

    # -- actions ---------------------------------------------------------------------

    def action_back(self) -> None:
        self.dismiss(None)

    def action_new_session(self) -> None:
        if self.network is None:
            return
        self.app.push_screen(SessionJournalScreen(self.network_id))

    def action_open_session(self) -> None:
        session_id = self.selected_session_id()
        if session_id is None:
            self.action_new_session()
            return
        self.app.push_screen(SessionJournalScreen(self.network_id, session_id))

    def action_edit(self) -> None:
        if self.network is None:
            return
        self.app.push_screen(NetworkFormScreen(self.network_id))

    def action_toggle_status(self) -> None:
        network = self.network
        if network is None:
            return
        status = "active" if network.status == "closed" else "closed"
        try:
            saved = self.store.save_network(dataclasses.replace(network, status=status))
        except WriteFailed as error:
            self.notify(self.t("msg.write_failed", reason=str(error)), severity="error")
            return
        key = "networks.msg.closed" if status == "closed" else "networks.msg.reopened"
        self.notify(self.t(key, name=saved.name))
        self.refresh_page()

    def action_delete_session(self) -> None:
        session_id = self.selected_session_id()
        session = self.store.session(session_id) if session_id is not None else None
        if session is None:
            return

        def answered(yes: bool | None) -> None:
            if not yes:
                return
            try:
                self.store.delete_session(session.id)
                DraftStore(drafts_path(self.store.path)).discard(
                    session_draft_key(session.id, self.network_id)
                )
            except WriteFailed as error:
                self.notify(self.t("msg.write_failed", reason=str(error)), severity="error")
                return
            self.notify(self.t("networks.msg.session_deleted"))
            self.refresh_page()

        when = format_date(session.date, self.lang) or "?"
        self.app.push_screen(
            ConfirmModal(
                self.t("networks.delete_session.question", number=session.number or "?", date=when),
                yes_label=self.t("networks.delete_session.yes"),
                no_label=self.t("networks.delete_session.no"),
            ),
            answered,
        )
