"""The dashboard: where to begin on an empty file; what needs attention otherwise."""

from __future__ import annotations

from statistics import mean

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Static

from screens.base import LeernetScreen


class DashboardScreen(LeernetScreen):
    AREA = "dashboard"
    HELP_KEY = "dashboard.howto"

    BINDINGS = [
        Binding("r", "refresh", "dashboard.key.refresh", tooltip="dashboard.key.refresh.help"),
    ]

    def compose_body(self) -> ComposeResult:
        with VerticalScroll(id="dashboard-body"):
            yield Static(id="dashboard-content")

    def on_mount(self) -> None:
        super().on_mount()
        self.action_refresh()

    def on_screen_resume(self) -> None:
        self.action_refresh()

    def on_relocalized(self) -> None:
        self.action_refresh()

    def action_refresh(self) -> None:
        self.query_one("#dashboard-content", Static).update(self.render_content())

    def render_content(self) -> str:
        store = self.store
        networks = store.networks()
        takes = store.selfchecks()
        if not networks and not takes:
            return self.render_empty()
        lines: list[str] = []
        active = [n for n in networks if n.status == "active"]
        lines.append(f"[b]{self.t('dashboard.active_networks')}[/b]")
        if not active:
            lines.append(f"  {self.t('dashboard.no_active')}")
        sessions = store.sessions()
        for network in active:
            held = sum(1 for s in sessions if s.network_id == network.id)
            planned = network.planned_sessions or 0
            lines.append(
                f"  [@click=app.area('networks')]{network.name}[/]  "
                + self.t("dashboard.progress", held=held, planned=planned or "?")
            )
        lines.append("")
        unreflected = [s for s in sessions if not s.has_reflection()]
        open_actions = sum(1 for s in sessions for a in s.actions if a.status == "open")
        open_feedback = sum(1 for f in store.feedback() if f.status == "open")
        lines.append(self.t("dashboard.unreflected", count=len(unreflected)))
        lines.append(
            f"[@click=app.area('actions')]{self.t('dashboard.open_actions', count=open_actions)}[/]"
        )
        lines.append(
            f"[@click=app.area('feedback')]"
            f"{self.t('dashboard.open_feedback', count=open_feedback)}[/]"
        )
        if takes:
            latest = max(takes, key=lambda take: (take.date or 0, take.id or 0))
            if latest.scores:
                average = mean(latest.scores.values())
                lines.append(
                    f"[@click=app.area('selfcheck')]"
                    f"{self.t('dashboard.selfcheck_avg', avg=f'{average:.1f}')}[/]"
                )
        return "\n".join(lines)

    def render_empty(self) -> str:
        return "\n".join(
            [
                f"[b]{self.t('dashboard.empty.title')}[/b]",
                "",
                self.t("dashboard.empty.intro"),
                "",
                f"  1. [@click=app.area('selfcheck')]{self.t('dashboard.empty.step_selfcheck')}[/]",
                f"  2. [@click=app.area('networks')]{self.t('dashboard.empty.step_network')}[/]",
                "",
                self.t("dashboard.empty.keys"),
            ]
        )
