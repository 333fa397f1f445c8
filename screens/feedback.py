"""`FeedbackScreen`: the feedback log — newest first, filtered by status and network, with
the open count and a ⚑ on feedback still open after 30 days, so it gets acted on.

Keys: + new, Enter edit, s next status, Delete delete (confirmed), u undo the last
delete, o open the linked session, f go to the filters.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from rich.cells import cell_len
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import DataTable, Markdown, Select, Static

from screens.base import LeernetScreen
from screens.confirm import ConfirmModal
from screens.feedback_form import FeedbackFormScreen, first_line
from screens.fields import NetworkFilter, selected_row_id
from store.dates import format_date
from store.errors import WriteFailed
from store.feedback_log import (
    days_since,
    filter_feedback,
    is_overdue,
    newest_first,
    next_status,
    open_count,
    overdue,
)
from store.markdown import make_parser
from store.markdown_writer import text_block
from store.models import FEEDBACK_STATUSES, Feedback

# The "from" column is cut here; "what was said" gets the room that is left.
FROM_WIDTH = 20
OPTION_WIDTH = 30  # a network name in the filter menu
# Rows in the table: the newest; the filters reach older ones. Filling a DataTable with
# thousands of rows takes seconds, and nobody reads that far down a list.
MAX_ROWS = 300
DETAIL_LIMIT = 4_000  # characters per text shown in the detail pane
SAID_MIN_WIDTH = 16
MARKUP_CHARS = re.compile(r"[*_`#>]+")


def plain(text: str) -> str:
    """Markdown emphasis and heading marks taken out, for a one-line preview."""
    return MARKUP_CHARS.sub("", text)


class FeedbackScreen(LeernetScreen):
    AREA = "feedback"
    HELP_KEY = "feedback.howto"

    BINDINGS = [
        Binding("plus", "add", "key.new", tooltip="feedback.key.new.help", key_display="+"),
        Binding("insert", "add", "key.new", show=False),
        Binding("enter", "edit", "key.edit", tooltip="feedback.key.edit.help", show=False),
        Binding("s", "cycle_status", "feedback.key.status", tooltip="feedback.key.status.help"),
        Binding("delete", "delete", "key.delete", tooltip="feedback.key.delete.help"),
        Binding("backspace", "delete", "key.delete", show=False),
        # Shown in the help, the palette and the messages; the footer has no room at 80.
        Binding("u", "undo", "feedback.key.undo", tooltip="feedback.key.undo.help", show=False),
        Binding(
            "o",
            "open_session",
            "feedback.key.session",
            tooltip="feedback.key.session.help",
            show=False,
        ),
        Binding(
            "f",
            "focus_filter",
            "feedback.key.filter",
            tooltip="feedback.key.filter.help",
            show=False,
        ),
    ]

    def __init__(self) -> None:
        super().__init__()
        self._last_deleted: Feedback | None = None
        self._items: dict[int, Feedback] = {}  # shown rows, by id
        self._total = 0  # entries in the log, before filtering
        # Refill only when something changed: the store was written, the terminal got
        # wider or narrower, or a new day moved the 30-day line.
        self._stale = True
        self._filled_width = 0
        self._filled_day: date | None = None

    # -- layout ------------------------------------------------------------------------

    def compose_body(self) -> ComposeResult:
        with Vertical(id="fb-list-body"):
            with Horizontal(id="fb-filters"):
                yield Select(
                    [(self.t(f"feedback.status.{s}"), s) for s in FEEDBACK_STATUSES],
                    prompt=self.t("feedback.filter.all_statuses"),
                    id="fb-filter-status",
                )
                yield NetworkFilter(
                    self.store,
                    width=OPTION_WIDTH,
                    prompt=self.t("feedback.filter.all_networks"),
                    id="fb-filter-network",
                )
            yield Static(id="fb-summary")
            table: DataTable[str] = DataTable(id="fb-table", cursor_type="row", zebra_stripes=True)
            yield table
            with VerticalScroll(id="fb-detail"):
                yield Markdown(id="fb-detail-text", parser_factory=make_parser)

    def on_mount(self) -> None:
        super().on_mount()
        self.store.on_change(self._store_changed)
        self.refresh_list()
        self.query_one("#fb-table", DataTable).focus()

    def _store_changed(self, table: str) -> None:
        if table in ("feedback", "networks", "sessions"):
            self._stale = True

    def on_screen_resume(self) -> None:
        if self._stale or self._filled_day != date.today():
            self._refresh_network_filter()
            self.refresh_list()

    def on_relocalized(self) -> None:
        self.refresh_list()

    def on_resize(self, event: events.Resize) -> None:
        if self.is_mounted and event.size.width != self._filled_width:
            self.refresh_list()

    # -- filling -----------------------------------------------------------------------

    @property
    def table(self) -> DataTable[str]:
        return self.query_one("#fb-table", DataTable)

    def _filter_value(self, widget_id: str) -> Any:
        value = self.query_one(f"#{widget_id}", Select).value
        return None if value is Select.NULL else value

    def _refresh_network_filter(self) -> None:
        """Networks may have been added or renamed in another area."""
        self.query_one("#fb-filter-network", NetworkFilter).refill()

    def refresh_list(self, keep: int | None = None) -> None:
        """Rebuild the table from the store; keep the cursor on `keep` (or the current row).

        When that entry is no longer shown (deleted, or filtered away by a new status),
        the cursor stays at the same height in the list.
        """
        table = self.table
        if keep is None:
            keep = self.selected_id()
        row = table.cursor_row
        today = date.today()
        everything = self.store.feedback()
        self._total = len(everything)
        matching = newest_first(
            filter_feedback(
                everything,
                status=self._filter_value("fb-filter-status"),
                network_id=self._filter_value("fb-filter-network"),
            )
        )
        shown = matching[:MAX_ROWS]
        if keep is not None and all(item.id != keep for item in shown):
            shown += [item for item in matching[MAX_ROWS:] if item.id == keep]
        self._items = {item.id: item for item in shown if item.id is not None}
        headers = [self.t(f"feedback.col.{key}") for key in ("date", "status", "from", "said")]
        rows = [
            (
                format_date(item.date, self.lang),
                self._status_cell(item, today),
                first_line(self.giver(item), FROM_WIDTH),
                item,
            )
            for item in shown
        ]
        # Fixed widths, measured here: DataTable's own auto widths are applied late, and a
        # table refilled while its screen comes back was drawn with header widths only.
        widths = [
            max([cell_len(headers[i]), *(cell_len(row[i]) for row in rows)]) for i in range(3)
        ]
        # "What was said" gets what the others leave (2 = cell padding, 2 = scrollbar).
        room = max(SAID_MIN_WIDTH, self.size.width - sum(w + 2 for w in widths) - 2 - 2)
        said = [first_line(plain(item.said), room) for *_, item in rows]
        widths.append(max([cell_len(headers[3]), *(cell_len(text) for text in said)]))
        table.clear(columns=True)
        for key, header, width in zip(
            ("date", "status", "from", "said"), headers, widths, strict=True
        ):
            table.add_column(header, key=key, width=width)
        for (when, status, giver, item), text in zip(rows, said, strict=True):
            table.add_row(when, status, giver, text, key=str(item.id))
        if keep is not None and keep in self._items:
            table.move_cursor(row=table.get_row_index(str(keep)), animate=False)
        elif table.row_count:
            table.move_cursor(row=min(max(row, 0), table.row_count - 1), animate=False)
        self._show_summary(everything, len(matching), today)
        self._show_detail()
        self._stale = False
        self._filled_width = self.size.width
        self._filled_day = today

    def _status_cell(self, item: Feedback, today: date) -> str:
        """The status; open for over 30 days adds a ⚑ and the days (text, not colour)."""
        if is_overdue(item, today):
            return self.t("feedback.waiting_days", days=days_since(item, today))
        return self.t(f"feedback.status.{item.status}")

    def giver(self, item: Feedback) -> str:
        role = self.t(f"feedback.role.{item.giver_role}")
        return f"{item.giver_name} ({role})" if item.giver_name else role

    def _show_summary(self, everything: list[Feedback], matching: int, today: date) -> None:
        parts = [self.t("feedback.summary", open=open_count(everything))]
        late = len(overdue(everything, today))
        if late:
            parts.append(self.t("feedback.summary.overdue", count=late))
        if matching > MAX_ROWS:
            parts.append(self.t("feedback.summary.newest", shown=MAX_ROWS, total=matching))
        elif matching != len(everything):
            parts.append(self.t("feedback.summary.shown", shown=matching, total=len(everything)))
        self.query_one("#fb-summary", Static).update(" · ".join(parts))

    def _show_detail(self) -> None:
        item = self.selected()
        if item is None:
            text = self.t("feedback.empty" if self._total == 0 else "feedback.empty_filtered")
        else:
            text = self.detail_markdown(item)
        self.query_one("#fb-detail-text", Markdown).update(text)

    def detail_markdown(self, item: Feedback) -> str:
        """The highlighted entry in full: what was said, my reaction, my plan."""
        nothing = f"*{self.t('feedback.detail.nothing')}*"
        facts = [format_date(item.date, self.lang), self.giver(item)]
        if item.network_id is not None:
            network = self.store.network(item.network_id)
            if network:
                facts.append(network.name)
        if item.session_id is not None:
            session = self.store.session(item.session_id)
            if session:
                label = (
                    f"{session.number}" if session.number else format_date(session.date, self.lang)
                )
                facts.append(self.t("feedback.detail.session", label=label))
                facts.append(self.t("feedback.detail.open_session"))
        if item.private:
            facts.append(self.t("feedback.detail.private"))
        lines = [" · ".join(_escape(f) for f in facts if f), ""]
        today = date.today()
        if is_overdue(item, today):
            lines += [f"**{self.t('feedback.detail.overdue', days=days_since(item, today))}**", ""]
        for key, text in (
            ("feedback.detail.said", item.said),
            ("feedback.detail.reaction", item.reaction),
            ("feedback.detail.plan", item.plan),
        ):
            shown = text.strip()
            if len(shown) > DETAIL_LIMIT:
                # The pane lays out every line on the UI thread: a huge text would freeze
                # the list. The form (Enter) shows it whole.
                more = len(shown) - DETAIL_LIMIT
                shown = shown[:DETAIL_LIMIT] + f"\n\n*{self.t('feedback.detail.more', count=more)}*"
            # The export's way (store/user_markdown.py): what is shown is what is exported.
            lines += [f"**{self.t(key)}**", "", text_block(shown) or nothing, ""]
        return "\n".join(lines)

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._show_detail()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_edit()

    def on_select_changed(self, event: Select.Changed) -> None:
        if event.select.id in ("fb-filter-status", "fb-filter-network"):
            self.refresh_list()

    # -- the row under the cursor ------------------------------------------------------

    def selected_id(self) -> int | None:
        return selected_row_id(self.table)

    def selected(self) -> Feedback | None:
        item_id = self.selected_id()
        return self._items.get(item_id) if item_id is not None else None

    def _need_selected(self) -> Feedback | None:
        item = self.selected()
        if item is None:
            self.notify(self.t("feedback.nothing_selected"), severity="warning")
        return item

    # -- actions -----------------------------------------------------------------------

    def action_add(self) -> None:
        self.app.push_screen(
            FeedbackFormScreen(network_id=self._filter_value("fb-filter-network")),
            self._after_form,
        )

    def action_edit(self) -> None:
        item = self._need_selected()
        if item is not None:
            self.app.push_screen(FeedbackFormScreen(item), self._after_form)

    def _after_form(self, saved: Feedback | None) -> None:
        if saved is not None and saved.id is not None:
            self.show_item(saved.id)
        self.table.focus()

    def show_item(self, feedback_id: int) -> None:
        """Put the cursor on this entry (for a search hit, or after saving), clearing the
        filters when they would hide it."""
        item = self.store.feedback_item(feedback_id)
        if item is None:
            self.refresh_list()
            return
        if not filter_feedback(
            [item],
            status=self._filter_value("fb-filter-status"),
            network_id=self._filter_value("fb-filter-network"),
        ):
            with self.prevent(Select.Changed):
                self.query_one("#fb-filter-status", Select).clear()
                self.query_one("#fb-filter-network", Select).clear()
        self.refresh_list(keep=feedback_id)

    def action_cycle_status(self) -> None:
        item = self._need_selected()
        if item is None:
            return
        item.status = next_status(item.status)
        try:
            self.store.save_feedback(item)
        except WriteFailed as failed:
            self.notify(self.t("msg.write_failed", reason=str(failed)), severity="error")
            return
        self.refresh_list(keep=item.id)
        status = self.t(f"feedback.status.{item.status}")
        self.notify(self.t("feedback.status_set", status=status))

    def action_delete(self) -> None:
        item = self._need_selected()
        if item is None:
            return
        question = self.t(
            "feedback.confirm_delete",
            who=self.giver(item),
            date=format_date(item.date, self.lang) or "—",
        )

        def answered(yes: bool | None) -> None:
            if yes:
                self._delete(item)

        self.app.push_screen(
            ConfirmModal(
                question,
                yes_label=self.t("feedback.confirm_delete.yes"),
                no_label=self.t("feedback.confirm_delete.no"),
            ),
            answered,
        )

    def _delete(self, item: Feedback) -> None:
        if item.id is None:
            return
        try:
            self.store.delete_feedback(item.id)
        except WriteFailed as failed:
            self.notify(self.t("msg.write_failed", reason=str(failed)), severity="error")
            return
        self._last_deleted = item
        self.refresh_list()
        self.notify(self.t("feedback.deleted"))

    def action_undo(self) -> None:
        item = self._last_deleted
        if item is None:
            self.notify(self.t("feedback.nothing_to_undo"))
            return
        restored = Feedback.from_doc(item.to_doc())  # same content, a fresh id
        try:
            saved = self.store.save_feedback(restored)
        except WriteFailed as failed:
            self.notify(self.t("msg.write_failed", reason=str(failed)), severity="error")
            return
        self._last_deleted = None
        self.refresh_list(keep=saved.id)
        self.notify(self.t("feedback.restored"))

    def action_open_session(self) -> None:
        item = self._need_selected()
        if item is None:
            return
        if item.session_id is None:
            self.notify(self.t("feedback.no_session"))
            return
        session = self.store.session(item.session_id)
        if session is None:
            self.notify(self.t("feedback.session_gone"), severity="warning")
            return
        try:
            # Imported here: the journal screen is built separately and may be absent.
            from screens.journal import SessionJournalScreen
        except ImportError:
            self.notify(self.t("feedback.journal_missing"), severity="warning")
            return
        network_id = session.network_id if session.network_id is not None else item.network_id
        self.app.push_screen(SessionJournalScreen(network_id, session.id))

    def action_focus_filter(self) -> None:
        self.query_one("#fb-filter-status", Select).focus()


def _escape(text: str) -> str:
    """Names and titles shown inside Markdown stay text (a `*` or `#` in a name)."""
    return "".join(f"\\{ch}" if ch in "\\`*_[]#<>|!" else ch for ch in text)
