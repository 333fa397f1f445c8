"""The self-check area: every take in a list with its average and change, the trend of
the average, and the way in to take (or resume) the check, open a take, or compare two."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import DataTable, Sparkline, Static

from screens.base import LeernetScreen
from screens.confirm import ConfirmModal
from screens.selfcheck_compare import SelfCheckCompareScreen
from screens.selfcheck_result import SelfCheckResultScreen
from screens.selfcheck_take import SelfCheckTakeScreen
from store.dates import format_date
from store.errors import WriteFailed
from store.models import SelfCheckTake
from store.selfcheck import (
    STATEMENTS,
    SelfCheckDraft,
    answered_count,
    average,
    average_delta,
    average_trend,
    chronological,
    clear_draft,
    format_average,
    format_delta,
    kept_draft,
)

TREND_SHOWN = 6  # averages written out next to the sparkline; older ones only in the line


def average_bar(value: float | None) -> str:
    """The average as a bar of five cells in half steps, so it reads without colour."""
    if value is None:
        return ""
    halves = round(value * 2)
    return ("█" * (halves // 2) + ("▌" if halves % 2 else "")).ljust(5, "·")


class SelfCheckScreen(LeernetScreen):
    AREA = "selfcheck"
    HELP_KEY = "selfcheck.howto"

    BINDINGS = [
        Binding("t", "take", "selfcheck.key.take", tooltip="selfcheck.key.take.help"),
        Binding("enter", "open", "key.open", tooltip="selfcheck.key.open.help", show=False),
        Binding("space", "mark", "selfcheck.key.mark", tooltip="selfcheck.key.mark.help"),
        Binding("v", "compare", "selfcheck.key.compare", tooltip="selfcheck.key.compare.help"),
        Binding("delete", "delete", "key.delete", tooltip="selfcheck.key.delete.help"),
        Binding(
            "w", "discard_draft", "selfcheck.key.discard", tooltip="selfcheck.key.discard.help"
        ),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.marked: list[int] = []  # take ids, oldest mark first
        self._select_next: int | None = None  # take id to put the cursor on at refresh
        self.draft: SelfCheckDraft | None = None  # the half-done take, as last read

    def compose_body(self) -> ComposeResult:
        with Vertical(id="selfcheck-body"):
            yield Static(id="selfcheck-status")
            yield Static(id="selfcheck-trend-label")
            yield Sparkline([], id="selfcheck-trend")
            yield DataTable(id="selfcheck-history", cursor_type="row", zebra_stripes=True)

    def on_mount(self) -> None:
        super().on_mount()
        self.refresh_history()

    def on_screen_resume(self) -> None:
        self.refresh_history()

    def on_relocalized(self) -> None:
        self.refresh_history()

    # -- filling ---------------------------------------------------------------------

    def refresh_history(self) -> None:
        self.draft = kept_draft(self.store)  # read here, not in check_action: that runs often
        takes = self.store.selfchecks()
        known = {t.id for t in takes}
        self.marked = [take_id for take_id in self.marked if take_id in known]
        self.refresh_status(takes)
        self.refresh_trend(takes)
        self.refresh_table(takes)
        self.refresh_bindings()

    def refresh_status(self, takes: list[SelfCheckTake]) -> None:
        lines = [f"[b]{self.t('selfcheck.heading')}[/b]"]
        draft = self.draft
        if draft is not None:
            done = answered_count(draft.scores)
            lines.append(self.t("selfcheck.draft_waiting", done=done, total=len(STATEMENTS)))
        elif not takes:
            lines.append(self.t("selfcheck.empty"))
        self.query_one("#selfcheck-status", Static).update("\n".join(lines))

    def refresh_trend(self, takes: list[SelfCheckTake]) -> None:
        values = average_trend(takes)
        label = self.query_one("#selfcheck-trend-label", Static)
        line = self.query_one("#selfcheck-trend", Sparkline)
        shown = len(values) >= 2
        label.display = shown
        line.display = shown
        if not shown:
            return
        recent = values[-TREND_SHOWN:]
        text = " → ".join(format_average(v, self.lang) for v in recent)
        if len(values) > TREND_SHOWN:
            text = "… → " + text
        label.update(self.t("selfcheck.trend", values=text))
        line.data = values

    def refresh_table(self, takes: list[SelfCheckTake]) -> None:
        table = self.query_one("#selfcheck-history", DataTable)
        # Keep the cursor on the same take; a take just saved gets it instead.
        cursor_key = self._select_next or self.cursor_take_id()
        self._select_next = None
        table.clear(columns=True)
        table.display = bool(takes)
        if not takes:
            return
        t = self.t
        table.add_column(t("selfcheck.col.mark"), key="mark", width=1)
        # Fixed widths that fit 80 columns in both languages.
        table.add_column(t("selfcheck.col.date"), key="date", width=11)
        table.add_column(t("selfcheck.col.moment"), key="moment", width=8)
        table.add_column(t("selfcheck.col.network"), key="network", width=22)
        table.add_column(t("selfcheck.col.average"), key="average", width=10)
        table.add_column(Text(t("selfcheck.col.change"), justify="right"), key="change", width=8)
        names = {n.id: n.name for n in self.store.networks()}
        ordered = chronological(takes)
        for index, take in reversed(list(enumerate(ordered))):  # newest first
            before = ordered[index - 1] if index > 0 else None
            avg = average(take.scores)
            change = average_delta(before, take) if before is not None else None
            table.add_row(
                "✓" if take.id in self.marked else "",
                format_date(take.date, self.lang),
                t(f"selfcheck.moment.{take.moment}"),
                names.get(take.network_id, "") if take.network_id is not None else "",
                f"{format_average(avg, self.lang)} {average_bar(avg)}",
                Text(
                    format_delta(change, decimals=1, lang=self.lang) if before else "",
                    justify="right",
                ),
                key=str(take.id),
            )
        if cursor_key is not None and str(cursor_key) in {str(t.id) for t in takes}:
            table.move_cursor(row=table.get_row_index(str(cursor_key)))

    def cursor_take_id(self) -> int | None:
        table = self.query_one("#selfcheck-history", DataTable)
        if table.row_count == 0:
            return None
        try:
            key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key
        except Exception:  # noqa: BLE001 - no valid cursor yet
            return None
        return int(key.value) if key.value is not None else None

    # -- actions ---------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "discard_draft":
            return self.draft is not None
        if action in ("open", "mark", "compare", "delete"):
            tables = self.query("#selfcheck-history").results(DataTable)
            return any(table.row_count > 0 for table in tables)  # none before compose
        return True

    def action_take(self) -> None:
        self.app.push_screen(SelfCheckTakeScreen(), self.take_finished)

    def take_finished(self, take_id: int | None) -> None:
        if take_id is not None:
            self._select_next = take_id
            self.app.push_screen(SelfCheckResultScreen(take_id))

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_open()

    def action_open(self) -> None:
        take_id = self.cursor_take_id()
        if take_id is not None:
            self.app.push_screen(SelfCheckResultScreen(take_id))

    def action_mark(self) -> None:
        take_id = self.cursor_take_id()
        if take_id is None:
            return
        if take_id in self.marked:
            self.marked.remove(take_id)
        else:
            self.marked.append(take_id)
            if len(self.marked) > 2:
                self.marked.pop(0)
                self.notify(self.t("selfcheck.mark.max"))
        self.refresh_table(self.store.selfchecks())

    def action_compare(self) -> None:
        pair = self.compare_pair()
        if pair is None:
            self.notify(self.t("selfcheck.compare.need_two"), severity="warning")
            return
        self.app.push_screen(SelfCheckCompareScreen(*pair))

    def compare_pair(self) -> tuple[int, int] | None:
        """Two marked takes; or one marked and the one under the cursor; or the one under
        the cursor and the take before it (after it, for the very first take)."""
        cursor = self.cursor_take_id()
        if len(self.marked) == 2:
            return self.marked[0], self.marked[1]
        if len(self.marked) == 1 and cursor is not None and cursor != self.marked[0]:
            return self.marked[0], cursor
        if cursor is None:
            return None
        takes = chronological(self.store.selfchecks())
        ids = [t.id for t in takes]
        if cursor not in ids or len(ids) < 2:
            return None
        index = ids.index(cursor)
        other = ids[index - 1] if index > 0 else ids[1]
        return (other, cursor) if other is not None else None

    def action_delete(self) -> None:
        take_id = self.cursor_take_id()
        take = self.store.selfcheck(take_id) if take_id is not None else None
        if take is None or take_id is None:
            return
        question = self.t(
            "selfcheck.confirm.delete",
            date=format_date(take.date, self.lang),
            moment=self.t(f"selfcheck.moment.{take.moment}"),
        )

        def answered(yes: bool | None) -> None:
            if not yes:
                return
            try:
                self.store.delete_selfcheck(take_id)
            except WriteFailed as error:
                self.notify(self.t("msg.write_failed", reason=error), severity="error")
                return
            self.notify(self.t("selfcheck.deleted"))
            self.refresh_history()

        self.app.push_screen(ConfirmModal(question), answered)

    def action_discard_draft(self) -> None:
        draft = self.draft
        if draft is None:
            return
        question = self.t(
            "selfcheck.confirm.discard", done=answered_count(draft.scores), total=len(STATEMENTS)
        )

        def answered(yes: bool | None) -> None:
            if not yes:
                return
            try:
                clear_draft(self.store)
            except WriteFailed as error:
                self.notify(self.t("msg.write_failed", reason=error), severity="error")
                return
            self.notify(self.t("selfcheck.discarded"))
            self.refresh_history()

        self.app.push_screen(ConfirmModal(question), answered)
