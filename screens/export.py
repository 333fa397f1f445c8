"""`ExportScreen`: choose audience, network and period; see the Markdown rendered; save it
to a file (never replacing one without asking) or copy it to the clipboard.

The export is built in a worker thread from a snapshot of the data, a moment after the
last change (debounced), so typing a date never waits for a big export; the preview shows
at most `PREVIEW_LIMIT` characters (the file always holds everything).
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.timer import Timer
from textual.widgets import Button, Input, Markdown, RadioButton, RadioSet, Select, Static

from screens.base import LeernetScreen
from screens.confirm import ConfirmModal
from screens.fields import FormField
from store.dates import DateParseError, parse_optional_date
from store.errors import WriteFailed
from store.export import (
    AUDIENCES,
    FILE_MODES,
    ExportResult,
    StoreSnapshot,
    default_file_name,
    export_markdown,
)
from store.export_target import ExportTarget, check_export_target, write_export_file
from store.markdown import make_parser
from store.networks import sorted_networks

ALL_NETWORKS = -1  # the Select value for "all networks" (TinyDB ids start at 1)
DEBOUNCE_SECONDS = 0.3
# Characters rendered in the preview. The Markdown widget mounts a widget per block on the
# UI thread (about a second per 10 kB); a year of notes fits, a bigger file is cut.
PREVIEW_LIMIT = 24_000


@dataclass(frozen=True)
class ExportChoice:
    """What the form asks for, read and checked."""

    audience: str
    network_id: int | None
    since: date | None
    until: date | None
    lang: str


def preview_text(markdown: str, limit: int = PREVIEW_LIMIT) -> tuple[str, bool]:
    """The first `limit` characters, cut between two blocks; and whether it was cut."""
    if len(markdown) <= limit:
        return markdown, False
    cut = markdown.rfind("\n\n", 0, limit)
    return markdown[: cut if cut > 0 else limit], True


class ExportScreen(LeernetScreen):
    AREA = "export"
    HELP_KEY = "export.howto"
    AUTO_FOCUS = "#export-audience"

    BINDINGS = [
        Binding("ctrl+s", "save", "export.key.save", tooltip="export.key.save.help", id="save"),
        Binding("ctrl+y", "copy", "export.key.copy", tooltip="export.key.copy.help", id="copy"),
    ]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._timer: Timer | None = None
        self._result: ExportResult | None = None
        self._result_choice: ExportChoice | None = None

    def compose_body(self) -> ComposeResult:
        settings = self.store.settings()
        with Horizontal(id="export-body"):
            with VerticalScroll(id="export-form"):
                yield FormField(
                    self.t("export.audience"),
                    RadioSet(
                        *[
                            RadioButton(
                                self.t(f"export.audience.{name}"),
                                value=(name == "team"),
                                id=f"export-audience-{name}",
                            )
                            for name in AUDIENCES
                        ],
                        id="export-audience",
                    ),
                )
                yield FormField(
                    self.t("export.network"),
                    Select(
                        self.network_options(),
                        value=ALL_NETWORKS,
                        allow_blank=False,
                        id="export-network",
                    ),
                )
                yield FormField(self.t("export.since"), Input(id="export-since"))
                yield FormField(self.t("export.until"), Input(id="export-until"))
                yield FormField(
                    self.t("export.folder"),
                    Input(value=settings.export_dir or str(Path.home()), id="export-folder"),
                )
                yield Static("", id="export-file-name", markup=False)
                with Horizontal(id="export-buttons"):
                    yield Button(self.t("export.button.save"), id="export-save", variant="primary")
                    yield Button(self.t("export.button.copy"), id="export-copy")
            with Vertical(id="export-side"):
                yield Static(self.t("export.building"), id="export-left-out", markup=False)
                with VerticalScroll(id="export-preview"):
                    yield Markdown("", parser_factory=make_parser, id="export-markdown")
                    yield Static("", id="export-cut", markup=False)

    def network_options(self) -> list[tuple[str, int]]:
        options = [(self.t("export.all_networks"), ALL_NETWORKS)]
        for network in sorted_networks(self.store.networks()):
            if network.id is not None:
                options.append((network.name or "–", network.id))
        return options

    def on_mount(self) -> None:
        super().on_mount()
        self.schedule_preview(now=True)

    def on_screen_resume(self) -> None:
        # Back from another area: the data may have changed, and networks with it.
        select = self.query_one("#export-network", Select)
        current = select.value
        options = self.network_options()
        select.set_options(options)
        known = {value for _, value in options}
        select.value = current if current in known else ALL_NETWORKS
        self.schedule_preview(now=True)

    def on_relocalized(self) -> None:
        self.schedule_preview(now=True)

    # -- reading the form ----------------------------------------------------------

    def field(self, widget_id: str) -> FormField:
        return self.query_one(f"#field-{widget_id}", FormField)

    def read_choice(self) -> ExportChoice | None:
        """The form as an ExportChoice, or None after marking each bad field."""
        radio = self.query_one("#export-audience", RadioSet)
        index = radio.pressed_index
        audience = AUDIENCES[index] if 0 <= index < len(AUDIENCES) else "team"
        network_value = self.query_one("#export-network", Select).value
        network_id = network_value if isinstance(network_value, int) else None
        if network_id == ALL_NETWORKS:
            network_id = None
        ok = True
        dates: dict[str, date | None] = {}
        for name in ("since", "until"):
            widget = self.query_one(f"#export-{name}", Input)
            try:
                dates[name] = parse_optional_date(widget.value)
            except DateParseError:
                dates[name] = None
                self.field(f"export-{name}").show_error(self.t("export.error.date"))
                ok = False
            else:
                self.field(f"export-{name}").clear_error()
        since, until = dates["since"], dates["until"]
        if ok and since and until and since > until:
            self.field("export-until").show_error(self.t("export.error.reversed"))
            ok = False
        if not ok:
            return None
        return ExportChoice(audience, network_id, since, until, self.lang)

    # -- the preview ---------------------------------------------------------------

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id in ("export-since", "export-until"):
            self.schedule_preview()
        elif event.input.id == "export-folder":
            self.field("export-folder").clear_error()

    def on_select_changed(self, event: Select.Changed) -> None:
        self.schedule_preview()

    def on_radio_set_changed(self, event: RadioSet.Changed) -> None:
        self.schedule_preview(now=True)

    def schedule_preview(self, *, now: bool = False) -> None:
        """Rebuild the preview a moment after the last keystroke (or at once)."""
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        if now:
            self.call_after_refresh(self.refresh_preview)
        else:
            self._timer = self.set_timer(DEBOUNCE_SECONDS, self.refresh_preview)

    def refresh_preview(self) -> None:
        self.show_file_name()
        choice = self.read_choice()
        if choice is None:
            return
        self.query_one("#export-left-out", Static).update(self.t("export.building"))
        self.build_preview(choice, StoreSnapshot.of(self.store))

    @work(exclusive=True, group="export-preview")
    async def build_preview(self, choice: ExportChoice, snapshot: StoreSnapshot) -> None:
        result = await asyncio.to_thread(make_export, snapshot, choice)
        self._result, self._result_choice = result, choice
        shown, cut = preview_text(result.markdown)
        await self.query_one("#export-markdown", Markdown).update(shown)
        note = ""
        if cut:
            note = self.t(
                "export.preview_cut",
                shown=len(shown.encode()) // 1024,
                total=len(result.markdown.encode()) // 1024,
            )
        self.query_one("#export-cut", Static).update(note)
        self.query_one("#export-left-out", Static).update(result.left_out(self.lang))

    def show_file_name(self) -> None:
        """The name a save will use, under the folder: no surprise about what is written."""
        index = self.query_one("#export-audience", RadioSet).pressed_index
        audience = AUDIENCES[index] if 0 <= index < len(AUDIENCES) else "team"
        name = default_file_name(audience, date.today())
        self.query_one("#export-file-name", Static).update(self.t("export.file_name", name=name))

    def current_result(self) -> ExportResult | None:
        """The export for what the form says now (built here if the preview lags)."""
        choice = self.read_choice()
        if choice is None:
            self.notify(self.t("export.error.fix_first"), severity="warning")
            return None
        if self._result is not None and self._result_choice == choice:
            return self._result
        return make_export(StoreSnapshot.of(self.store), choice)

    # -- save and copy ---------------------------------------------------------------

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "export-save":
            event.stop()
            self.action_save()
        elif event.button.id == "export-copy":
            event.stop()
            self.action_copy()

    def action_copy(self) -> None:
        result = self.current_result()
        if result is None:
            return
        self.app.copy_to_clipboard(result.markdown)
        self.notify(self.t("export.copied"))

    def action_save(self) -> None:
        result = self.current_result()
        if result is None:
            return
        typed = self.query_one("#export-folder", Input).value.strip()
        if not typed:
            self.show_folder_error(self.t("export.error.folder_empty"))
            return
        folder = Path(typed).expanduser()
        if not folder.is_dir():
            self.show_folder_error(self.t("export.error.folder_missing"))
            return
        target = self.check_target(folder / default_file_name(result.audience, date.today()))
        if target is None:
            return
        if target.exists:

            def answered(yes: bool | None) -> None:
                if yes:
                    # Checked again: the file may have changed while the question was open.
                    again = self.check_target(target.path)
                    if again is not None:
                        self.write_export(again, result)
                else:
                    self.notify(self.t("export.not_saved"))

            self.app.push_screen(
                ConfirmModal(
                    self.t("export.overwrite", name=target.path.name),
                    yes_label=self.t("export.overwrite.yes"),
                    no_label=self.t("export.overwrite.no"),
                ),
                answered,
            )
            return
        self.write_export(target, result)

    def check_target(self, path: Path) -> ExportTarget | None:
        """The verdict on `path`, or None after showing why it may not be written: the same
        rule and sentence as `leernet export -o` (store/export_target.py)."""
        target = check_export_target(path, self.store.path)
        if target.refused is None:
            return target
        self.show_folder_error(
            self.t(
                f"export.target.{target.refused}",
                path=target.path,
                real=target.real,
                folder=target.real.parent,
            )
        )
        return None

    def show_folder_error(self, message: str) -> None:
        """The message under the folder field, scrolled into view (the form may be taller
        than the screen), with the focus on the field to fix it."""
        folder_field = self.field("export-folder")
        folder_field.show_error(message)
        self.query_one("#export-folder", Input).focus()
        self.call_after_refresh(folder_field.scroll_visible)

    def write_export(self, target: ExportTarget, result: ExportResult) -> None:
        folder_field = self.field("export-folder")
        try:
            write_export_file(
                target, (result.markdown.encode("utf-8"),), FILE_MODES[result.audience]
            )
        except OSError as error:
            self.show_folder_error(
                self.t("export.error.write", reason=error.strerror or str(error))
            )
            return
        folder_field.clear_error()
        self.notify(self.t("export.saved", path=target.path))
        folder = str(target.path.parent)
        if self.store.settings().export_dir != folder:
            try:
                self.store.update_settings(export_dir=folder)
            except WriteFailed as error:
                self.notify(self.t("msg.write_failed", reason=error), severity="warning")


def make_export(snapshot: StoreSnapshot, choice: ExportChoice) -> ExportResult:
    network = None
    if choice.network_id is not None:
        network = next((n for n in snapshot.networks() if n.id == choice.network_id), None)
    return export_markdown(
        snapshot,
        choice.audience,
        network=network,
        since=choice.since,
        until=choice.until,
        lang=choice.lang,
    )
