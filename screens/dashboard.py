"""The dashboard: where to begin on an empty file; what needs attention otherwise.

Every line that leads somewhere is an option of one list: arrows choose, Enter or a
click opens it (a network's page, a session's journal, the actions, feedback or
self-check area). The numbers come from store/overview.py.
"""

from __future__ import annotations

from datetime import date

from rich.cells import cell_len, set_cell_size
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from screens.base import LeernetScreen
from store.dates import format_date
from store.errors import DataFileCorrupt
from store.overview import Overview, build_overview
from store.selfcheck import format_average, format_delta
from store.start_snapshot import snapshot_bytes, write_snapshot

UNREFLECTED_SHOWN = 4  # more are reached through the networks area
SPARK_BARS = "▁▂▃▄▅▆▇█"
SPARK_SHOWN = 12  # the most recent takes in the sparkline
INDENT = "  "
LOAD_DELAY = 0.05  # seconds between painting the start snapshot and loading the data


def sparkline(values: list[float], low: float = 1.0, high: float = 5.0) -> str:
    """One bar per value on a fixed low..high scale, so a flat line means a steady score."""
    span = high - low
    bars = []
    for value in values:
        ratio = 0.0 if span <= 0 else (min(max(value, low), high) - low) / span
        bars.append(SPARK_BARS[round(ratio * (len(SPARK_BARS) - 1))])
    return "".join(bars)


class DashboardScreen(LeernetScreen):
    AREA = "dashboard"
    HELP_KEY = "dashboard.howto"

    BINDINGS = [
        Binding("r", "refresh", "dashboard.key.refresh", tooltip="dashboard.key.refresh.help"),
        Binding("enter", "open", "key.open", tooltip="dashboard.key.open.help", show=False),
    ]

    def compose_body(self) -> ComposeResult:
        with Vertical(id="dashboard-body"):
            yield Static(id="dashboard-content")
            yield OptionList(id="dashboard-items")
            yield Static(id="dashboard-hint")

    _refresh_pending = False

    def on_mount(self) -> None:
        super().on_mount()
        self.request_refresh()
        self.query_one("#dashboard-items", OptionList).focus()

    def on_screen_resume(self) -> None:
        self.request_refresh()

    def request_refresh(self) -> None:
        """Refill once after the events now waiting (mount and resume come together)."""
        if not self._refresh_pending:
            self._refresh_pending = True
            self.call_after_refresh(self._pending_refresh)

    def _pending_refresh(self) -> None:
        self._refresh_pending = False
        self.action_refresh()

    def on_relocalized(self) -> None:
        self.action_refresh()
        self.query_one("#dashboard-items", OptionList).focus()  # the new list

    # -- filling -----------------------------------------------------------------------

    def action_refresh(self) -> None:
        overview = self.current_overview()
        items = self.query_one("#dashboard-items", OptionList)
        keep = items.highlighted_option.id if items.highlighted_option else None
        items.clear_options()
        content = self.query_one("#dashboard-content", Static)
        hint = self.query_one("#dashboard-hint", Static)
        if overview.is_empty:
            content.update(self.render_empty())
            items.add_options(self.empty_options())
            hint.update(self.t("dashboard.empty.keys"))
        else:
            content.update(Text(self.t("dashboard.title"), style="bold"))
            items.add_options(self.options(overview))
            hint.update(self.t("dashboard.hint"))
        self._highlight(items, keep)

    def current_overview(self) -> Overview:
        """From the data; while a deferred store still loads, from the start snapshot (and
        the data is loaded on a worker thread once this is on screen)."""
        snapshot = getattr(self.app, "snapshot", None)
        if snapshot is not None and not self.store.loaded:
            self.call_after_refresh(self._start_loading)
            return snapshot.overview
        today = date.today()
        overview = build_overview(self.store, today)
        remember_start(self.app, today, overview)
        return overview

    _loading = False

    def _start_loading(self) -> None:
        """Load the data a moment after the snapshot was painted: parsing holds the GIL,
        and the terminal's writer thread needs it to put that first frame on screen."""
        if not self._loading:
            self._loading = True
            self.set_timer(LOAD_DELAY, self._load_on_worker)

    def _load_on_worker(self) -> None:
        self.run_worker(self._load_data, thread=True, group="load", exit_on_error=False)

    def _load_data(self) -> None:
        """On a worker thread: read the data file (the UI waits for it if asked first)."""
        try:
            self.store.load()
        except DataFileCorrupt as problem:
            self.app.call_from_thread(self.app.data_unreadable, problem)  # type: ignore[attr-defined]
            return
        self.app.call_from_thread(self._data_loaded)

    def _data_loaded(self) -> None:
        self.app.data_loaded()  # type: ignore[attr-defined]
        if self.is_attached:
            self.action_refresh()

    def _highlight(self, items: OptionList, keep: str | None) -> None:
        ids = [items.get_option_at_index(i).id for i in range(items.option_count)]
        enabled = [
            i for i in range(items.option_count) if not items.get_option_at_index(i).disabled
        ]
        if not enabled:
            return
        items.highlighted = (
            ids.index(keep) if keep in ids and ids.index(keep) in enabled else (enabled[0])
        )

    def render_empty(self) -> Text:
        text = Text(self.t("dashboard.empty.title"), style="bold")
        text.append("\n\n" + self.t("dashboard.empty.intro"))
        return text

    def empty_options(self) -> list[Option]:
        return [
            Option(f"1. {self.t('dashboard.empty.step_selfcheck')}", id="selfcheck"),
            Option(f"2. {self.t('dashboard.empty.step_network')}", id="networks"),
        ]

    def options(self, overview: Overview) -> list[Option | None]:
        out: list[Option | None] = []
        out.append(self._heading(self.t("dashboard.active_networks")))
        if not overview.active:
            out.append(Option(INDENT + self.t("dashboard.no_active"), id="networks"))
        width = self._line_width()
        for progress in overview.active:
            if progress.planned:
                count = self.plural(progress.planned, "dashboard.progress", held=progress.held)
            else:
                count = self.plural(progress.held, "dashboard.held")
            facts = "  " + count
            if progress.next_date is not None:
                when = format_date(progress.next_date, self.lang)
                facts += " · " + self.t("dashboard.next", date=when)
            # The name gives way so the progress stays on the line.
            room = max(12, width - len(INDENT) - cell_len(facts))
            line = Text(INDENT)
            line.append(_cut(progress.network.name or "–", room), style="bold")
            line.append(facts)
            out.append(Option(line, id=f"network-{progress.network.id}"))

        waiting = overview.unreflected
        if waiting:
            out.append(self._heading(self.t("dashboard.unreflected", count=len(waiting))))
        else:
            out.append(self._heading(self.t("dashboard.unreflected_none")))
        names = overview.network_names
        for session in waiting[:UNREFLECTED_SHOWN]:
            parts = [format_date(session.date, self.lang) or "–"]
            network = names.get(session.network_id, "")
            if network:
                parts.append(network)
            if session.number is not None:
                parts.append(f"#{session.number}")
            if session.topic:
                parts.append(session.topic)
            line = _cut(INDENT + " · ".join(parts), width)
            out.append(Option(Text(line), id=f"session-{session.id}"))
        if len(waiting) > UNREFLECTED_SHOWN:
            more = self.t("dashboard.more", count=len(waiting) - UNREFLECTED_SHOWN)
            out.append(Option(INDENT + more, id="networks-more"))

        out.append(None)
        out.append(
            Option(self.t("dashboard.open_actions", count=overview.open_actions), id="actions")
        )
        feedback = self.t("dashboard.open_feedback", count=overview.open_feedback)
        if overview.overdue_feedback:
            feedback += " · " + self.plural(overview.overdue_feedback, "dashboard.overdue_feedback")
        out.append(Option(feedback, id="feedback"))
        out.append(Option(self._selfcheck_line(overview), id="selfcheck"))
        return out

    def _heading(self, text: str) -> Option:
        return Option(Text(text, style="bold"), disabled=True)

    def _selfcheck_line(self, overview: Overview) -> Text:
        if overview.selfcheck_latest is None:
            return Text(self.t("dashboard.selfcheck_none"))
        line = Text(
            self.t(
                "dashboard.selfcheck_avg",
                avg=format_average(overview.selfcheck_latest, self.lang),
            )
        )
        trend = overview.selfcheck_trend
        if len(trend) >= 2:
            change = format_delta(trend[-1] - trend[-2], decimals=1, lang=self.lang)
            line.append(" (" + self.t("dashboard.selfcheck_change", change=change) + ")")
            # As many recent takes as fit on the line (at least the last two).
            room = self._line_width() - line.cell_len - 2
            line.append("  " + sparkline(trend[-max(2, min(SPARK_SHOWN, room)) :]))
        return line

    def _line_width(self) -> int:
        items = self.query_one("#dashboard-items", OptionList)
        width = items.scrollable_content_region.width
        # Before the first layout the region is empty: assume an 80-column terminal.
        return (width - 2) if width > 0 else 70

    # -- opening -----------------------------------------------------------------------

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.open_item(event.option.id or "")

    def action_open(self) -> None:
        items = self.query_one("#dashboard-items", OptionList)
        if items.highlighted_option is not None:
            self.open_item(items.highlighted_option.id or "")

    def open_item(self, item: str) -> None:
        """Go where the item leads: an area, a network's page, a session's journal."""
        kind, _, number = item.partition("-")
        if kind == "network" and number.isdigit():
            self._open_network(int(number))
        elif kind == "session" and number.isdigit():
            self._open_session(int(number))
        elif kind in ("networks", "actions", "feedback", "selfcheck"):
            self.app.action_area(kind)  # type: ignore[attr-defined]

    def _open_network(self, network_id: int) -> None:
        try:
            # Imported here: each area's screens load only when they are needed.
            from screens.network_detail import NetworkDetailScreen
        except ModuleNotFoundError as missing:
            if missing.name != "screens.network_detail":
                raise
            self.app.action_area("networks")  # type: ignore[attr-defined]
            return
        if self.store.network(network_id) is None:
            self.action_refresh()
            return
        self.app.push_screen(NetworkDetailScreen(network_id))

    def _open_session(self, session_id: int) -> None:
        session = self.store.session(session_id)
        if session is None or session.network_id is None:
            self.action_refresh()
            return
        try:
            from screens.journal import SessionJournalScreen
        except ModuleNotFoundError as missing:
            if missing.name != "screens.journal":
                raise
            self.notify(self.t("dashboard.journal_missing"), severity="warning")
            return
        self.app.push_screen(SessionJournalScreen(session.network_id, session.id))


def _cut(text: str, width: int) -> str:
    """`text` on one line of at most `width` cells, with an ellipsis when cut."""
    text = " ".join(text.split()) if "\n" in text else text
    if cell_len(text) <= width:
        return text
    return set_cell_size(text, max(width - 1, 0)) + "…"


def remember_start(app: object, today: date, overview: Overview) -> None:
    """Write the start snapshot when what the next start would paint has changed."""
    store = app.store  # type: ignore[attr-defined]
    payload = snapshot_bytes(store.file_stamp, today, store.settings(), overview)
    written = getattr(app, "snapshot_written", None)
    if payload is not None and payload != written and write_snapshot(store.path, payload):
        app.snapshot_written = payload  # type: ignore[attr-defined]
