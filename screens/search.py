"""The search area: one field, an optional network filter, hits with a snippet; Enter opens.

The folded text of everything is built once (store/search.py `SearchIndex`) and kept
until the store changes, so each keystroke only runs substring tests.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.timer import Timer
from textual.widgets import Input, OptionList, Select, Static
from textual.widgets.option_list import Option

from screens.base import LeernetScreen
from screens.fields import NetworkFilter
from store.dates import format_date
from store.search import SearchHit, SearchIndex, place_text

SHOWN_HITS = 200  # more is never read; the status line says how many there are
TYPING_PAUSE = 0.15  # seconds without a keystroke before searching


class SearchScreen(LeernetScreen):
    AREA = "search"
    HELP_KEY = "search.howto"

    BINDINGS = [
        Binding("escape", "switch_focus", "search.key.switch", tooltip="search.key.switch.help"),
        Binding("down", "focus_results", "search.key.results", show=False),
        # "/" is this area's key: pressed here (outside the field) it goes to the field.
        Binding("slash", "focus_query", "search.key.query", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self._index: SearchIndex | None = None
        self._hits: dict[str, SearchHit] = {}
        self._typing: Timer | None = None
        self._listening = False
        self._back_from_hit = False  # a hit's screen was pushed on top of this one

    # -- layout ------------------------------------------------------------------------

    def compose_body(self) -> ComposeResult:
        with Vertical(id="search-body"):
            with Horizontal(id="search-bar"):
                # Coming back to the field keeps the query for refining; "/" selects it.
                yield Input(
                    placeholder=self.t("search.placeholder"),
                    id="search-input",
                    select_on_focus=False,
                )
                yield NetworkFilter(
                    self.store,
                    prompt=self.t("search.all_networks"),
                    id="search-network",
                    tooltip=self.t("search.network_filter"),
                )
            yield Static(self.t("search.status.empty"), id="search-status")
            yield OptionList(id="search-results")

    def on_mount(self) -> None:
        super().on_mount()
        if not self._listening:
            self.store.on_change(self._store_changed)
            self._listening = True
        self.query_one("#search-input", Input).focus()

    def on_screen_resume(self) -> None:
        self._refresh_network_filter()
        if self._index is None and self._query():
            self.run_search()
        if self._back_from_hit:
            self._back_from_hit = False  # back from a hit: stay in the results
        else:
            self.action_focus_query()  # "/" from another area: ready to type

    def on_relocalized(self) -> None:
        self.run_search()
        # `l` only reaches the app outside the field: the results had the focus.
        self.query_one("#search-results", OptionList).focus()

    def _store_changed(self, table: str) -> None:
        if table in ("sessions", "feedback", "networks"):
            self._index = None

    def _refresh_network_filter(self) -> None:
        """Networks may have been added or renamed in another area."""
        self.query_one("#search-network", NetworkFilter).refill()

    # -- searching ---------------------------------------------------------------------

    def _query(self) -> str:
        return self.query_one("#search-input", Input).value

    def _network_id(self) -> int | None:
        value = self.query_one("#search-network", Select).value
        return None if value is Select.NULL else int(value)  # type: ignore[arg-type]

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id != "search-input":
            return
        if self._typing is not None:
            self._typing.stop()
        self._typing = self.set_timer(TYPING_PAUSE, self.run_search)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "search-input":
            self.run_search()
            self.action_focus_results()

    def on_select_changed(self, event: Select.Changed) -> None:
        if event.select.id == "search-network":
            self.run_search()

    def run_search(self) -> None:
        """Search for what is in the field now and show the hits, newest first."""
        if self._typing is not None:
            self._typing.stop()
            self._typing = None
        query = self._query()
        results_list = self.query_one("#search-results", OptionList)
        status = self.query_one("#search-status", Static)
        keep = results_list.highlighted
        results_list.clear_options()
        self._hits = {}
        if not query.strip():
            status.update(self.t("search.status.empty"))
            return
        if self._index is None:
            self._index = SearchIndex.from_store(self.store)
        width = self._line_width(results_list)
        results = self._index.search(
            query, network_id=self._network_id(), limit=SHOWN_HITS, snippet_width=width - 2
        )
        options = []
        for hit in results.hits:
            key = f"{hit.kind}-{hit.record_id}"
            self._hits[key] = hit
            options.append(Option(self._render_hit(hit, width), id=key))
        results_list.add_options(options)
        if options:
            results_list.highlighted = min(keep or 0, len(options) - 1)
        status.update(self._status_text(query, results.total, len(results.hits)))

    def _status_text(self, query: str, total: int, shown: int) -> str:
        if total == 0:
            return self.t("search.status.none", text=query.strip())
        if shown < total:
            return self.t("search.status.limited", shown=shown, count=total)
        if total == 1:
            return self.t("search.status.one")
        return self.t("search.status.count", count=total)

    def _line_width(self, results_list: OptionList) -> int:
        """Characters that fit on one line of the list (each hit is two lines, uncut)."""
        inner = results_list.scrollable_content_region.width or self.size.width - 8
        # Room for the highlight padding and a scrollbar that may appear.
        return max(20, inner - 4)

    def _render_hit(self, hit: SearchHit, width: int) -> Text:
        heading = [format_date(hit.date, self.lang) or "–"]
        if hit.kind == "feedback":
            # Who gave it comes first: the line is cut at the screen's edge.
            role = self.t(f"search.role.{hit.giver_role}")
            who = f"{hit.giver_name}, {role}" if hit.giver_name else role
            heading.append(self.t("search.place.feedback", role=who))
            where = replace(hit, kind="session")  # the network and session only
            if where.network_name or where.session_number is not None:
                heading.append(place_text(where, self.t))
        else:
            # The place says "session 3": that is also the kind.
            heading.append(place_text(hit, self.t))
        if hit.private:
            heading.append(self.t("search.private"))
        text = Text(_cut(" · ".join(heading), width), style="bold")
        text.append("\n")
        snippet = Text(hit.snippet.text)
        for start, end in hit.snippet.marks:
            snippet.stylize("reverse", start, end)
        text.append_text(snippet)
        return text

    # -- moving around and opening -----------------------------------------------------

    def action_focus_query(self) -> None:
        """Into the field with the query selected: type to replace it, or → to refine."""
        field = self.query_one("#search-input", Input)
        field.focus()
        field.select_all()

    def action_switch_focus(self) -> None:
        """Escape leaves the field (so the area keys work again) or goes back to it."""
        field = self.query_one("#search-input", Input)
        if field.has_focus:
            self.query_one("#search-results", OptionList).focus()
        else:
            field.focus()

    def action_focus_results(self) -> None:
        results_list = self.query_one("#search-results", OptionList)
        if results_list.option_count:
            results_list.focus()
            if results_list.highlighted is None:
                results_list.highlighted = 0

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        hit = self._hits.get(event.option.id or "")
        if hit is not None:
            self.open_hit(hit)

    def open_hit(self, hit: SearchHit) -> None:
        if hit.kind == "session":
            self._open_session(hit)
        else:
            self._open_feedback(hit)

    def _open_session(self, hit: SearchHit) -> None:
        session = self.store.session(hit.record_id)
        if session is None or session.network_id is None:
            self._gone()
            return
        try:
            # Imported here: the journal is its own module and loads only when needed.
            from screens.journal import SessionJournalScreen
        except ModuleNotFoundError as missing:
            if missing.name != "screens.journal":
                raise
            self.notify(self.t("search.journal_missing"), severity="warning")
            return
        self._back_from_hit = True
        self.app.push_screen(SessionJournalScreen(session.network_id, session.id))

    def _open_feedback(self, hit: SearchHit) -> None:
        if self.store.feedback_item(hit.record_id) is None:
            self._gone()
            return
        app: Any = self.app
        if "feedback" not in app.areas:
            return
        app.action_area("feedback")
        # Put the feedback list's cursor on this entry once the area is showing.
        app.call_after_refresh(self._select_feedback, hit.record_id)

    def _select_feedback(self, feedback_id: int) -> None:
        # show_item also clears the list's filters when they would hide the hit.
        show_item = getattr(self.app.screen, "show_item", None)
        if callable(show_item):
            show_item(feedback_id)

    def _gone(self) -> None:
        self.notify(self.t("search.gone"), severity="warning")
        self._index = None
        self.run_search()


def _cut(line: str, width: int) -> str:
    return line if len(line) <= width else line[: max(width - 1, 0)] + "…"
