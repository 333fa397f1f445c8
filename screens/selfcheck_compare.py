"""Two self-check takes side by side: per statement the earlier and later score and the
change as a signed number (+1, -2, 0), so it reads without colour."""

from __future__ import annotations

from rich.markup import escape
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import DataTable, Static

from screens.base import LeernetScreen
from store.dates import format_date
from store.models import SelfCheckTake
from store.selfcheck import (
    MOMENT_LABELS,
    STATEMENT_KEYS,
    average,
    average_delta,
    chronological,
    compare,
    format_average,
    format_delta,
    scale_label,
    statement,
)


class SelfCheckCompareScreen(LeernetScreen):
    """Pushed with two take ids; shown oldest first whatever order they were chosen in."""

    AREA = "selfcheck"
    HELP_KEY = "selfcheck.howto"

    BINDINGS = [Binding("escape", "back", "key.back")]

    def __init__(self, first_id: int, second_id: int) -> None:
        super().__init__()
        self.take_ids = (first_id, second_id)

    def compose_body(self) -> ComposeResult:
        with Vertical(id="selfcheck-compare"):
            yield Static(id="selfcheck-compare-heading")
            yield DataTable(id="selfcheck-compare-table", cursor_type="row", zebra_stripes=True)
            yield Static(id="selfcheck-compare-summary")
            yield Static(id="selfcheck-compare-statement")

    def on_mount(self) -> None:
        super().on_mount()
        self.refresh_table()

    def on_relocalized(self) -> None:
        self.refresh_table()

    def takes(self) -> tuple[SelfCheckTake, SelfCheckTake] | None:
        found = [self.store.selfcheck(take_id) for take_id in self.take_ids]
        if any(take is None for take in found):
            return None
        earlier, later = chronological(t for t in found if t is not None)
        return earlier, later

    def _title(self, take: SelfCheckTake) -> str:
        return f"{format_date(take.date, self.lang)} ({MOMENT_LABELS[self.lang][take.moment]})"

    def _score(self, value: int | None) -> str:
        return f"{value} {scale_label(value, self.lang)}" if value else "–"

    def refresh_table(self) -> None:
        pair = self.takes()
        table = self.query_one("#selfcheck-compare-table", DataTable)
        table.clear(columns=True)
        if pair is None:
            return
        earlier, later = pair
        lang = self.lang
        self.query_one("#selfcheck-compare-heading", Static).update(
            "[b]"
            + escape(
                self.t(
                    "selfcheck.compare.heading",
                    earlier=self._title(earlier),
                    later=self._title(later),
                )
            )
            + "[/b]"
        )
        table.add_column(self.t("selfcheck.compare.col.statement"), key="statement")
        table.add_column(format_date(earlier.date, lang), key="before")
        table.add_column(format_date(later.date, lang), key="after")
        table.add_column(
            Text(self.t("selfcheck.compare.col.change"), justify="right"), key="change"
        )
        rows = compare(earlier, later)
        for row in rows:
            table.add_row(
                row.statement.label[lang],
                self._score(row.before),
                self._score(row.after),
                Text(format_delta(row.delta), justify="right"),
                key=row.statement.key,
            )
        table.add_row(
            Text(self.t("selfcheck.compare.average"), style="bold"),
            format_average(average(earlier.scores), lang),
            format_average(average(later.scores), lang),
            Text(
                format_delta(average_delta(earlier, later), decimals=1, lang=lang),
                justify="right",
                style="bold",
            ),
            key="average",
        )
        deltas = [row.delta for row in rows if row.delta is not None]
        self.query_one("#selfcheck-compare-summary", Static).update(
            self.t(
                "selfcheck.compare.summary",
                up=sum(d > 0 for d in deltas),
                down=sum(d < 0 for d in deltas),
                same=sum(d == 0 for d in deltas),
            )
        )
        self.show_statement(rows[0].statement.text[lang] if rows else "")
        table.focus()

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        key = event.row_key.value
        text = statement(key).text[self.lang] if key in STATEMENT_KEYS else ""
        self.show_statement(text)

    def show_statement(self, text: str) -> None:
        """The full statement of the highlighted row (the table shows its short label)."""
        self.query_one("#selfcheck-compare-statement", Static).update(
            f"[i]{escape(text)}[/i]" if text else ""
        )

    def action_back(self) -> None:
        self.dismiss(None)
