"""`NetworksScreen`: the networks area — every learning network, active ones first.

Enter opens a network's page (screens/network_detail.py); n adds, F2 edits, x closes or
reopens. Closed networks stay in the list, marked, below the active ones.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import DataTable, Static

from screens.base import LeernetScreen
from screens.fields import selected_row_id
from screens.network_detail import NetworkDetailScreen
from screens.network_form import NetworkFormScreen
from store.dates import format_date
from store.errors import WriteFailed
from store.models import Network
from store.networks import sorted_networks


class NetworksScreen(LeernetScreen):
    AREA = "networks"
    HELP_KEY = "networks.howto"

    BINDINGS = [
        # priority: ahead of the table's own (hidden) Enter, so the footer shows it.
        Binding(
            "enter", "open", "networks.key.open", tooltip="networks.key.open.help", priority=True
        ),
        Binding("n", "new", "networks.key.new", tooltip="networks.key.new.help"),
        Binding("f2", "edit", "networks.key.edit", tooltip="networks.key.edit.help"),
        Binding("x", "toggle_status", "networks.key.toggle", tooltip="networks.key.toggle.help"),
    ]

    def compose_body(self) -> ComposeResult:
        with Vertical(id="networks-body"):
            yield Static(f"[b]{self.t('networks.title')}[/b]", classes="screen-title")
            yield Static(self.t("networks.empty"), id="networks-empty")
            yield DataTable(id="networks-table", cursor_type="row", zebra_stripes=True)

    def on_mount(self) -> None:
        super().on_mount()
        self.refresh_table()
        self._just_mounted = True

    def on_screen_resume(self) -> None:
        if getattr(self, "_just_mounted", False):
            self._just_mounted = False  # filled on mount already
            return
        self.refresh_table()

    def on_relocalized(self) -> None:
        self.refresh_table()

    # -- the table -------------------------------------------------------------------

    def refresh_table(self, select_id: int | None = None) -> None:
        table = self.query_one("#networks-table", DataTable)
        if select_id is None:
            select_id = self.selected_id()
        networks = sorted_networks(self.store.networks())
        # Counted from the store's session facts: no session is converted or copied.
        held: Counter[int | None] = Counter(f.network_id for f in self.store.session_facts())
        table.clear()
        if not table.columns:  # once per compose (a language switch re-composes)
            table.add_column(self.t("networks.col.name"), key="name")
            table.add_column(self.t("networks.col.kind"), key="kind")
            table.add_column(self.t("networks.col.start"), key="start")
            table.add_column(self.t("networks.col.sessions"), key="sessions")
            table.add_column(self.t("networks.col.status"), key="status")
        for network in networks:
            closed = network.status == "closed"
            style = "dim" if closed else ""
            planned = network.planned_sessions
            count = held.get(network.id, 0)
            table.add_row(
                Text(network.name, style=style),
                Text(self.t(f"networks.kind.{network.kind}"), style=style),
                Text(format_date(network.start, self.lang), style=style),
                Text(f"{count}/{planned}" if planned else str(count), style=style),
                Text(
                    self.t("networks.closed_mark" if closed else "networks.status.active"),
                    style="dim italic" if closed else "green",
                ),
                key=str(network.id),
            )
        self.query_one("#networks-empty").display = not networks
        table.display = bool(networks)
        if select_id is not None and str(select_id) in {k.value for k in table.rows}:
            table.move_cursor(row=table.get_row_index(str(select_id)))
        if networks:
            table.focus()

    def selected_id(self) -> int | None:
        return selected_row_id(self.query_one("#networks-table", DataTable))

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_open()

    # -- actions ---------------------------------------------------------------------

    def action_open(self) -> None:
        network_id = self.selected_id()
        if network_id is None:
            self.notify(self.t("networks.msg.none_selected"), severity="warning")
            return
        self.app.push_screen(NetworkDetailScreen(network_id))

    def action_new(self) -> None:
        self.app.push_screen(NetworkFormScreen(), self._after_form)

    def action_edit(self) -> None:
        network_id = self.selected_id()
        if network_id is None:
            self.notify(self.t("networks.msg.none_selected"), severity="warning")
            return
        self.app.push_screen(NetworkFormScreen(network_id), self._after_form)

    def _after_form(self, saved: Any) -> None:
        if isinstance(saved, Network):
            self.refresh_table(select_id=saved.id)

    def action_toggle_status(self) -> None:
        network_id = self.selected_id()
        network = self.store.network(network_id) if network_id is not None else None
        if network is None:
            self.notify(self.t("networks.msg.none_selected"), severity="warning")
            return
        status = "active" if network.status == "closed" else "closed"
        try:
            saved = self.store.save_network(dataclasses.replace(network, status=status))
        except WriteFailed as error:
            self.notify(self.t("msg.write_failed", reason=str(error)), severity="error")
            return
        key = "networks.msg.closed" if status == "closed" else "networks.msg.reopened"
        self.notify(self.t(key, name=saved.name))
        self.refresh_table(select_id=saved.id)
