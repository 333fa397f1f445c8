"""`ActionsScreen`: every action item from every session in one list.

Filter by status and network; Space marks done (or open again), x drops, o reopens,
u undoes the last change; Enter opens the session the action came from. Each change is
saved straight into that session, with the date it was closed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from rich.cells import cell_len
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import DataTable, Select, Static

from screens.base import LeernetScreen
from screens.fields import NetworkFilter
from store.actions import (
    ActionNotFound,
    ActionRef,
    action_counts,
    list_actions,
    set_action_status,
)
from store.dates import format_date
from store.errors import WriteFailed
from store.models import ACTION_STATUSES

STATUS_FILTERS = (*ACTION_STATUSES, "all")
STATUS_MARKS = {"open": "○", "done": "✓", "dropped": "✗"}  # readable without colour
NETWORK_WIDTH = 16
TEXT_MIN_WIDTH = 20
# A table of thousands of rows takes seconds to build; nobody reads past a few hundred.
SHOWN_ROWS = 300


@dataclass(frozen=True)
class _Change:
    """The last status change, to undo it."""

    ref: ActionRef
    status: str
    closed_on: date | None


class ActionsScreen(LeernetScreen):
    AREA = "actions"
    HELP_KEY = "actions.howto"

    BINDINGS = [
        Binding("space", "toggle('done')", "actions.key.done", tooltip="actions.key.done.help"),
        Binding("x", "toggle('dropped')", "actions.key.drop", tooltip="actions.key.drop.help"),
        Binding("o", "reopen", "actions.key.reopen", tooltip="actions.key.reopen.help"),
        Binding("s", "cycle_status", "actions.key.status", tooltip="actions.key.status.help"),
        Binding("u", "undo", "actions.key.undo", tooltip="actions.key.undo.help", show=False),
        Binding("enter", "open_session", "key.open", tooltip="actions.key.open.help", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self._refs: dict[str, ActionRef] = {}
        self._last_change: _Change | None = None
        self._refresh_pending = False
        self._pending_row: int | None = None

    # -- layout ------------------------------------------------------------------------

    def compose_body(self) -> ComposeResult:
        with Vertical(id="actions-body"):
            with Horizontal(id="actions-filters"):
                yield Select(
                    [(self._status_label(s), s) for s in STATUS_FILTERS],
                    value="open",
                    allow_blank=False,
                    id="actions-status",
                    tooltip=self.t("actions.filter.status"),
                )
                yield NetworkFilter(
                    self.store,
                    prompt=self.t("actions.filter.all_networks"),
                    id="actions-network",
                    tooltip=self.t("actions.filter.network"),
                )
            yield Static(id="actions-summary")
            yield DataTable(id="actions-table", cursor_type="row", zebra_stripes=True)
            yield Static(id="actions-detail")

    def _status_label(self, status: str) -> str:
        if status == "all":
            return self.t("actions.filter.all")
        return f"{STATUS_MARKS[status]} {self.t(f'actions.status.{status}')}"

    def on_mount(self) -> None:
        super().on_mount()
        self.request_refresh()
        self.table.focus()

    def on_screen_resume(self) -> None:
        self._refresh_network_filter()
        self.request_refresh()

    def on_relocalized(self) -> None:
        self.refresh_list()
        self.table.focus()  # the new table

    def on_resize(self) -> None:
        if self.is_mounted:
            self.request_refresh()

    def request_refresh(self, keep_row: int | None = None) -> None:
        """Refill the list once after the events now waiting (mount, resize, resume and
        filter changes often come together; at thousands of actions each fill counts)."""
        if keep_row is not None:
            self._pending_row = keep_row
        if not self._refresh_pending:
            self._refresh_pending = True
            self.call_after_refresh(self._pending_refresh)

    def _pending_refresh(self) -> None:
        row, self._pending_row = self._pending_row, None
        self._refresh_pending = False
        self.refresh_list(keep_row=row)

    def _refresh_network_filter(self) -> None:
        """Networks may have been added or renamed in another area."""
        self.query_one("#actions-network", NetworkFilter).refill()

    # -- filling -----------------------------------------------------------------------

    @property
    def table(self) -> DataTable[object]:
        return self.query_one("#actions-table", DataTable)

    def status_filter(self) -> str:
        value = self.query_one("#actions-status", Select).value
        return value if value in STATUS_FILTERS else "open"  # type: ignore[return-value]

    def network_filter(self) -> int | None:
        value = self.query_one("#actions-network", Select).value
        return None if value is Select.NULL else int(value)  # type: ignore[arg-type]

    def refresh_list(self, keep_row: int | None = None) -> None:
        """Rebuild the table from the store; the cursor stays on the same row number."""
        table = self.table
        row = table.cursor_row if keep_row is None else keep_row
        status = self.status_filter()
        network_id = self.network_filter()
        found = list_actions(self.store, None if status == "all" else status, network_id)
        shown = found[:SHOWN_ROWS]
        names = {n.id: n.name for n in self.store.networks()}
        self._refs = {}
        rows = []
        for ref in shown:
            key = f"{ref.session_id}:{ref.position}:{ref.key}"
            self._refs[key] = ref
            rows.append(
                (
                    _cut(names.get(ref.network_id, ""), NETWORK_WIDTH),
                    self._session_cell(ref),
                    ref.action.text,
                    self._status_cell(ref),
                    key,
                )
            )
        headers = [self.t(f"actions.col.{c}") for c in ("network", "session", "action", "status")]
        # Every column gets an explicit width: the table then measures no cell itself,
        # which at thousands of rows was most of the time.
        widths = [max([cell_len(headers[i]), *(cell_len(r[i]) for r in rows)]) for i in range(4)]
        used = sum(widths[i] + 2 for i in (0, 1, 3))
        # The action text gets what the others leave (2 = its cell padding, 2 = scrollbar).
        text_width = max(TEXT_MIN_WIDTH, self.size.width - used - 2 - 2)
        widths[2] = min(widths[2], text_width)
        table.clear(columns=True)
        columns = ("network", "session", "action", "status")
        for column, header, width in zip(columns, headers, widths, strict=True):
            table.add_column(header, key=column, width=width)
        for network, session, text, status_cell, key in rows:
            table.add_row(
                Text(network), session, Text(_cut(text, text_width)), status_cell, key=key
            )
        if rows:
            table.move_cursor(row=min(max(row, 0), len(rows) - 1), animate=False)
        self._show_summary(action_counts(self.store, network_id), len(rows), len(found))
        self._show_detail()

    def _session_cell(self, ref: ActionRef) -> str:
        when = format_date(ref.date, self.lang) or "–"
        if ref.number is None:
            return when
        return self.t("actions.session", date=when, number=ref.number)

    def _status_cell(self, ref: ActionRef) -> str:
        status = ref.action.status
        label = f"{STATUS_MARKS[status]} {self.t(f'actions.status.{status}')}"
        if status != "open" and ref.action.closed_on is not None:
            return self.t(
                "actions.status.closed_on",
                status=label,
                date=format_date(ref.action.closed_on, self.lang),
            )
        return label

    def _show_summary(self, counts: dict[str, int], shown: int, found: int) -> None:
        summary = self.query_one("#actions-summary", Static)
        if not any(counts.values()):
            summary.update(self.t("actions.empty"))
        elif not shown:
            summary.update(self.t("actions.empty_filtered"))
        elif shown < found:
            line = self.t("actions.summary", **counts)
            summary.update(f"{line} · {self.t('actions.limited', shown=shown, found=found)}")
        else:
            summary.update(self.t("actions.summary", **counts))

    def _show_detail(self) -> None:
        ref = self.selected()
        detail = self.query_one("#actions-detail", Static)
        if ref is None:
            detail.update("")
            return
        text = Text(ref.action.text)
        if ref.action.outcome:
            text.append("\n" + self.t("actions.detail.outcome", text=ref.action.outcome))
        detail.update(text)

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._show_detail()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        self.action_open_session()

    def on_select_changed(self, event: Select.Changed) -> None:
        if event.select.id in ("actions-status", "actions-network"):
            self.request_refresh(keep_row=0)

    # -- actions -----------------------------------------------------------------------

    def selected(self) -> ActionRef | None:
        table = self.table
        if not table.row_count:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return self._refs.get(key or "")

    def _need_selected(self) -> ActionRef | None:
        ref = self.selected()
        if ref is None:
            self.notify(self.t("actions.msg.none_chosen"), severity="warning")
        return ref

    def action_toggle(self, status: str) -> None:
        """Set the chosen action to `status`; if it already has it, open it again."""
        ref = self._need_selected()
        if ref is not None:
            self._change(ref, "open" if ref.action.status == status else status)

    def action_reopen(self) -> None:
        ref = self._need_selected()
        if ref is not None and ref.action.status != "open":
            self._change(ref, "open")

    def _change(self, ref: ActionRef, status: str, today: date | None = None) -> bool:
        try:
            changed = set_action_status(
                self.store,
                ref.session_id,
                ref.key,
                status,
                today or date.today(),
                ref=ref,
            )
        except ActionNotFound:
            self.notify(self.t("actions.msg.gone"), severity="warning")
            self.refresh_list()
            return False
        except WriteFailed as failed:
            self.notify(self.t("msg.write_failed", reason=str(failed)), severity="error")
            return False
        self._last_change = _Change(ref, ref.action.status, ref.action.closed_on)
        message = self.t(f"actions.msg.{changed.status}", text=_cut(changed.text, 50))
        self.notify(f"{message}\n{self.t('actions.msg.undo_hint')}")
        self.refresh_list()
        return True

    def action_undo(self) -> None:
        change = self._last_change
        if change is None:
            self.notify(self.t("actions.msg.nothing_to_undo"))
            return
        # Undoing to done/dropped gives back the original closing date.
        if self._change(change.ref, change.status, today=change.closed_on):
            self._last_change = None

    def action_cycle_status(self) -> None:
        select = self.query_one("#actions-status", Select)
        current = self.status_filter()
        select.value = STATUS_FILTERS[(STATUS_FILTERS.index(current) + 1) % len(STATUS_FILTERS)]

    def action_open_session(self) -> None:
        ref = self._need_selected()
        if ref is None:
            return
        session = self.store.session(ref.session_id)
        if session is None or session.network_id is None:
            self.notify(self.t("actions.msg.gone"), severity="warning")
            self.refresh_list()
            return
        try:
            # Imported here: the journal is its own module and loads only when needed.
            from screens.journal import SessionJournalScreen
        except ModuleNotFoundError as missing:
            if missing.name != "screens.journal":
                raise
            self.notify(self.t("actions.msg.journal_missing"), severity="warning")
            return
        self.app.push_screen(SessionJournalScreen(session.network_id, session.id))


def _cut(text: str, width: int) -> str:
    """One line of `text`, cut to `width` characters with an ellipsis."""
    line = " ".join(text.split())
    return line if len(line) <= width else line[: max(width - 1, 0)] + "…"
