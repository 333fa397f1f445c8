"""`DraftRestoreModal`: offer an unsaved draft back — restore it or discard it.

Dismisses with True (restore) or False (discard). Escape restores: when in doubt, keep
what the user typed.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Static

from screens.base import LeernetModal


class DraftRestoreModal(LeernetModal):
    DEFAULT_CSS = """
    DraftRestoreModal {
        align: center middle;
    }
    DraftRestoreModal > #draft-dialog {
        width: 64;
        max-width: 100%;
        height: auto;
        border: thick $accent;
        background: $surface;
        padding: 1 2;
    }
    DraftRestoreModal #draft-question {
        width: 100%;
        margin-bottom: 1;
    }
    DraftRestoreModal #draft-buttons {
        height: auto;
        align-horizontal: right;
    }
    DraftRestoreModal Button {
        margin-left: 2;
    }
    """

    BINDINGS = [
        Binding(
            "r",
            "answer(True)",
            "journal.draft.key.restore",
            tooltip="journal.draft.key.restore.help",
        ),
        Binding(
            "x",
            "answer(False)",
            "journal.draft.key.discard",
            tooltip="journal.draft.key.discard.help",
        ),
        Binding("escape", "answer(True)", "journal.draft.key.restore", show=False),
    ]

    def __init__(self, when: str, question: str = "journal.draft.question") -> None:
        """`question`: the i18n key of the sentence, with a {when} field."""
        super().__init__()
        self.when = when
        self.question = question

    def compose(self) -> ComposeResult:
        with Vertical(id="draft-dialog"):
            yield Static(self.t(self.question, when=self.when), id="draft-question", markup=False)
            with Horizontal(id="draft-buttons"):
                yield Button(self.t("journal.draft.restore"), id="draft-restore", variant="primary")
                yield Button(self.t("journal.draft.discard"), id="draft-discard", variant="error")

    def on_mount(self) -> None:
        self.query_one("#draft-restore", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(event.button.id == "draft-restore")

    def action_answer(self, restore: bool) -> None:
        self.dismiss(restore)
