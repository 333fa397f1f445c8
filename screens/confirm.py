"""`ConfirmModal`: a small yes/no question that dismisses with True or False.

Generic: the caller passes the (translated) question and, if wanted, the button texts.
Keys: y or j (Dutch "ja") say yes; n or Escape say no. The "no" button has the focus,
so a stray Enter never destroys anything.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Label, Static

from screens.base import LeernetModal


class ConfirmModal(LeernetModal):
    """Push with a callback (or `push_screen_wait`) to receive True (yes) or False (no)."""

    DEFAULT_CSS = """
    ConfirmModal {
        align: center middle;
    }
    ConfirmModal > #confirm-dialog {
        width: 60;
        max-width: 100%;
        height: auto;
        border: thick $warning;
        background: $surface;
        padding: 1 2;
    }
    ConfirmModal #confirm-question {
        width: 100%;
        margin-bottom: 1;
    }
    ConfirmModal #confirm-keys {
        color: $text-muted;
        margin-bottom: 1;
    }
    ConfirmModal #confirm-buttons {
        height: auto;
        align-horizontal: right;
    }
    ConfirmModal Button {
        margin-left: 2;
    }
    """

    BINDINGS = [
        Binding("y", "answer(True)", "msg.yes", tooltip="confirm.key.yes.help"),
        Binding("j", "answer(True)", "msg.yes", show=False),
        Binding("n", "answer(False)", "msg.no", tooltip="confirm.key.no.help"),
        Binding("escape", "answer(False)", "key.cancel", show=False),
    ]

    def __init__(
        self, question: str, *, yes_label: str | None = None, no_label: str | None = None
    ) -> None:
        super().__init__()
        self.question = question
        self.yes_label = yes_label
        self.no_label = no_label

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm-dialog"):
            yield Static(self.question, id="confirm-question", markup=False)
            yield Label(self.t("confirm.keys"), id="confirm-keys")
            with Horizontal(id="confirm-buttons"):
                yield Button(self.yes_label or self.t("msg.yes"), id="confirm-yes", variant="error")
                yield Button(self.no_label or self.t("msg.no"), id="confirm-no", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#confirm-no", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(event.button.id == "confirm-yes")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)
