"""The result of one self-check take: average, strengths, growth points with their tips,
what changed since the previous take, and every statement with its score and note."""

from __future__ import annotations

from rich.markup import escape
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Static

from screens.base import LeernetScreen
from screens.selfcheck_compare import SelfCheckCompareScreen
from store.dates import format_date
from store.models import SelfCheckTake
from store.selfcheck import (
    MOMENT_LABELS,
    STATEMENTS,
    average,
    average_delta,
    compare,
    format_average,
    format_delta,
    growth_points,
    previous_take,
    scale_label,
    strengths,
)


class SelfCheckResultScreen(LeernetScreen):
    """Pushed from the history (or after saving a take); Escape goes back."""

    AREA = "selfcheck"
    HELP_KEY = "selfcheck.howto"

    BINDINGS = [
        Binding("escape", "back", "key.back"),
        Binding(
            "v",
            "compare_previous",
            "selfcheck.key.compare_previous",
            tooltip="selfcheck.key.compare_previous.help",
        ),
    ]

    def __init__(self, take_id: int) -> None:
        super().__init__()
        self.take_id = take_id

    def compose_body(self) -> ComposeResult:
        yield VerticalScroll(id="selfcheck-result")

    def on_mount(self) -> None:
        super().on_mount()
        self.refresh_content()
        self.query_one("#selfcheck-result", VerticalScroll).focus()  # arrows/PgDn scroll

    def on_relocalized(self) -> None:
        self.refresh_content()

    def refresh_content(self) -> None:
        take = self.store.selfcheck(self.take_id)
        lines = self.result_lines(take) if take is not None else []
        body = self.query_one("#selfcheck-result", VerticalScroll)
        body.remove_children()
        # One Static per line, indented by class, so long tips wrap under themselves.
        body.mount_all(
            Static(text, classes=f"selfcheck-line indent-{indent}") for indent, text in lines
        )

    def take_and_previous(self) -> tuple[SelfCheckTake | None, SelfCheckTake | None]:
        take = self.store.selfcheck(self.take_id)
        if take is None:
            return None, None
        return take, previous_take(self.store.selfchecks(), take)

    def result_lines(self, take: SelfCheckTake) -> list[tuple[int, str]]:
        """The result as (indent, markup) lines."""
        lang = self.lang
        t = self.t
        _, before = self.take_and_previous()
        lines: list[tuple[int, str]] = []

        def add(text: str = "", indent: int = 0) -> None:
            lines.append((indent, text))

        heading = t(
            "selfcheck.result.heading",
            date=format_date(take.date, lang),
            moment=MOMENT_LABELS[lang][take.moment],
        )
        add(f"[b]{heading}[/b]")
        network = self.store.network(take.network_id) if take.network_id is not None else None
        if network is not None:
            add(t("selfcheck.result.network", name=escape(network.name)))
        add(t("selfcheck.result.average", avg=format_average(average(take.scores), lang)))
        if before is not None:
            delta = format_delta(average_delta(before, take), decimals=1, lang=lang)
            add(t("selfcheck.result.since", date=format_date(before.date, lang), delta=delta))
        else:
            add(t("selfcheck.result.first"))

        add()
        add(f"[b]{t('selfcheck.result.strengths')}[/b]")
        strong = strengths(take.scores)
        if not strong:
            add(t("selfcheck.result.no_strengths"), 2)
        for item in strong:
            add(f"{take.scores[item.key]}  {escape(item.label[lang])}", 2)

        add()
        add(f"[b]{t('selfcheck.result.growth')}[/b]")
        grow = growth_points(take.scores)
        if not grow:
            add(t("selfcheck.result.no_growth"), 2)
        for item in grow:
            add(f"{take.scores[item.key]}  {escape(item.label[lang])}", 2)
            add(t("selfcheck.result.tip", tip=escape(item.tip[lang])), 5)

        if before is not None:
            add()
            add(f"[b]{t('selfcheck.result.changes')}[/b]")
            changed = [row for row in compare(before, take) if row.delta]
            if not changed:
                add(t("selfcheck.result.no_changes"), 2)
            for row in changed:
                add(
                    f"{format_delta(row.delta):>3}  {escape(row.statement.label[lang])}"
                    f"  ({row.before} → {row.after})",
                    2,
                )

        add()
        add(f"[b]{t('selfcheck.result.all')}[/b]")
        for index, item in enumerate(STATEMENTS, start=1):
            score = take.scores.get(item.key)
            shown = f"{score} {scale_label(score, lang)}" if score else "–"
            add(f"{index:>2}. {escape(item.text[lang])}")
            add(f"→ {shown}", 4)
            note = take.notes.get(item.key, "").strip()
            if note:
                add(t("selfcheck.result.note", note=escape(note)), 4)
        return lines

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "compare_previous":
            return self.take_and_previous()[1] is not None
        return True

    def action_back(self) -> None:
        self.dismiss(None)

    def action_compare_previous(self) -> None:
        take, before = self.take_and_previous()
        if take is None or before is None or before.id is None:
            self.notify(self.t("selfcheck.result.no_previous"), severity="warning")
            return
        self.app.push_screen(SelfCheckCompareScreen(before.id, self.take_id))
