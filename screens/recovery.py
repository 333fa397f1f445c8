"""`RecoveryScreen`: shown instead of the app when the data file cannot be read.

One sentence says what is wrong; the user chooses: restore the latest good backup, start
empty, or quit. For a file that is not leernet's (`DataFileCorrupt.recoverable` is false)
there is nothing to choose: only quit (tui/recovery_app.py does not even open the screen). Whatever they choose, the unreadable file is kept aside under a
timestamped name, never overwritten or deleted. The screen works on `store.recovery`
directly (there is no open Store: the file could not be opened) and ends its app with
"restored", "empty" or "quit".
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Footer, Static

from screens.base import Localized
from store.backups import Backup, inspect_backup
from store.dates import format_date
from store.errors import DataFileCorrupt, DataFileLocked, StoreError
from store.recovery import (
    latest_good_backup,
    repair_encoding,
    repaired_text,
    restore_backup,
    start_empty,
)


class RecoveryScreen(Localized, Screen[None]):
    DEFAULT_CSS = """
    RecoveryScreen {
        align: center middle;
    }
    RecoveryScreen #recovery-dialog {
        width: 78;
        max-width: 100%;
        height: auto;
        max-height: 100%;
        border: thick $error;
        background: $surface;
        padding: 0 1;
    }
    RecoveryScreen #recovery-title {
        text-style: bold;
        margin-bottom: 1;
    }
    RecoveryScreen .recovery-line {
        margin-bottom: 1;
    }
    RecoveryScreen #recovery-path {
        color: $text-muted;
    }
    RecoveryScreen #recovery-outcome {
        color: $success;
        text-style: bold;
    }
    RecoveryScreen #recovery-error {
        color: $error;
        text-style: bold;
        display: none;
    }
    RecoveryScreen #recovery-error.-shown {
        display: block;
    }
    RecoveryScreen #recovery-buttons {
        height: auto;
    }
    RecoveryScreen Button {
        margin-right: 1;
    }
    """

    BINDINGS: ClassVar = [
        Binding("r", "restore", "recovery.key.restore", tooltip="recovery.key.restore.help"),
        Binding("e", "start_empty", "recovery.key.empty", tooltip="recovery.key.empty.help"),
        Binding("p", "repair", "recovery.key.repair", tooltip="recovery.key.repair.help"),
        Binding("q", "quit_recovery", "recovery.key.quit", tooltip="recovery.key.quit.help"),
        Binding("escape", "quit_recovery", "recovery.key.quit", show=False),
        Binding("enter", "continue", "recovery.key.continue", tooltip="recovery.key.continue.help"),
    ]

    def __init__(self, path: Path, problem: DataFileCorrupt) -> None:
        super().__init__(id="recovery")
        self.path = Path(path)
        self.problem = problem
        self.recoverable = problem.recoverable  # else it is not leernet's to touch
        self.backup: Backup | None = latest_good_backup(self.path) if self.recoverable else None
        self.repairable = self._count_repairable()  # bytes that are not UTF-8, if fixable
        self.outcome = ""  # "restored" / "empty" once done; then only Continue remains
        self.outcome_text = ""
        self._localize()

    # -- what is shown ---------------------------------------------------------------

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="recovery-dialog"):
            yield Static(self.t("recovery.title"), id="recovery-title")
            yield Static(self.problem_sentence(), id="recovery-problem")
            yield Static(
                self.t("recovery.where", path=self.path),
                id="recovery-path",
                classes="recovery-line",
            )
            if self.outcome:
                yield Static(self.outcome_text, id="recovery-outcome", classes="recovery-line")
                with Horizontal(id="recovery-buttons"):
                    yield Button(self.t("recovery.continue"), id="continue", variant="success")
            elif not self.recoverable:
                with Horizontal(id="recovery-buttons"):
                    yield Button(self.t("recovery.quit"), id="quit")
            else:
                yield Static(self.backup_sentence(), id="recovery-backup", classes="recovery-line")
                if self.repairable:
                    yield Static(
                        self.t("recovery.repair_offer", count=self.repairable),
                        id="recovery-repair",
                        classes="recovery-line",
                    )
                yield Static(
                    self.t("recovery.kept", name=self.path.name),
                    id="recovery-kept",
                    classes="recovery-line",
                )
                yield Static("", id="recovery-error")
                with Horizontal(id="recovery-buttons"):
                    if self.backup is not None:
                        yield Button(self.t("recovery.restore"), id="restore", variant="primary")
                    if self.repairable:
                        yield Button(self.t("recovery.repair"), id="repair", variant="primary")
                    yield Button(self.t("recovery.empty"), id="empty", variant="warning")
                    yield Button(self.t("recovery.quit"), id="quit")
        yield Footer()

    def _count_repairable(self) -> int:
        if self.problem.reason != "encoding" or not self.recoverable:
            return 0
        try:
            repaired = repaired_text(self.path.read_bytes())
        except OSError:
            return 0
        return repaired[1] if repaired else 0

    def problem_sentence(self) -> str:
        reason = self.problem.reason
        key = f"recovery.reason.{reason}"
        if self.t(key) == f"⟨{key}⟩":
            key = "recovery.reason.invalid_json"
        return self.t(key, name=self.path.name, detail=self.problem.detail or reason)

    def backup_sentence(self) -> str:
        if self.backup is None:
            return self.t("recovery.no_backup")
        counts = inspect_backup(self.backup.path).counts or {}
        summary = self.t(
            "recovery.summary",
            networks=counts.get("networks", 0),
            sessions=counts.get("sessions", 0),
            feedback=counts.get("feedback", 0),
            selfchecks=counts.get("selfchecks", 0),
        )
        return self.t(
            "recovery.backup",
            name=self.backup.name,
            date=format_date(self.backup.day, self.lang),
            summary=summary,
        )

    def on_mount(self) -> None:
        self.app.title = self.t("recovery.title")
        self._focus_first_button()

    def on_relocalized(self) -> None:
        self._focus_first_button()

    def _focus_first_button(self) -> None:
        buttons = list(self.query(Button))
        if buttons:
            buttons[0].focus()

    # -- choices -----------------------------------------------------------------------

    def on_button_pressed(self, event: Button.Pressed) -> None:
        actions = {
            "restore": self.action_restore,
            "empty": self.action_start_empty,
            "repair": self.action_repair,
            "quit": self.action_quit_recovery,
            "continue": self.action_continue,
        }
        action = actions.get(event.button.id or "")
        if action is not None:
            event.stop()
            action()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Before a choice: restore (if there is a backup), empty, quit. After: continue."""
        if action == "continue":
            return bool(self.outcome)
        if action in ("restore", "start_empty", "repair"):
            if self.outcome or not self.recoverable:
                return False
            if action == "restore":
                return self.backup is not None
            if action == "repair":
                return bool(self.repairable)
        return True

    def action_restore(self) -> None:
        if self.outcome or self.backup is None:
            return
        try:
            kept = restore_backup(self.path, self.backup.path)
        except (OSError, StoreError) as error:  # locked, unusable backup, not leernet's
            self.show_error(error)
            return
        self.finish(
            "restored",
            self.t("recovery.restored", backup=self.backup.name, aside=kept.name if kept else "-"),
        )

    def action_repair(self) -> None:
        if self.outcome or not self.repairable or not self.recoverable:
            return
        try:
            aside = repair_encoding(self.path)
        except (OSError, StoreError) as error:
            self.show_error(error)
            return
        self.finish("repaired", self.t("recovery.repaired", aside=aside.name))

    def action_start_empty(self) -> None:
        if self.outcome or not self.recoverable:
            return
        try:
            aside = start_empty(self.path)
        except (OSError, StoreError) as error:
            self.show_error(error)
            return
        self.finish("empty", self.t("recovery.emptied", aside=aside.name))

    def action_quit_recovery(self) -> None:
        self.app.exit("closed" if self.outcome else "quit")

    def action_continue(self) -> None:
        if self.outcome:
            self.app.exit(self.outcome)

    def finish(self, outcome: str, text: str) -> None:
        self.outcome = outcome
        self.outcome_text = text
        self.refresh(recompose=True)
        self.call_after_refresh(self._focus_first_button)
        self.app.refresh_bindings()

    def show_error(self, error: Exception) -> None:
        if isinstance(error, DataFileLocked):
            sentence = self.t("recovery.locked", pid=error.pid or "?")
        else:
            reason = getattr(error, "strerror", None) or str(error)
            sentence = self.t("recovery.failed", reason=reason)
        error_line = self.query_one("#recovery-error", Static)
        error_line.update(sentence)
        error_line.add_class("-shown")
