"""Pieces shared by the screens: the text fields of every form (`FormInput`,
`FormTextArea`), a labelled field with its error line, a 1–5 scale, a network filter, and
the id of a table's highlighted row.

Bad input gets its message right under the field, and the typed value stays. A form's
text fields never select their text on focus (the next key would replace it), put the
cursor at the end of what is there, and ctrl+z takes back the last edits.
"""

from __future__ import annotations

from typing import Any

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.widget import Widget
from textual.widgets import DataTable, Input, Label, RadioButton, RadioSet, Select, TextArea


class FormInput(Input):
    """A one-line text field of a form: no select-all on focus, cursor at the end, undo.

    Textual's Input selects everything on focus (one key then replaces the field) and has
    no undo. Here ctrl+z steps back through the edits: each typed word is one step, any
    other change (a replace, a paste, a deletion) is a step of its own.
    """

    BINDINGS = [Binding("ctrl+z,super+z", "undo", "Undo", show=False)]

    UNDO_LIMIT = 100

    def __init__(self, value: str | None = None, *args: Any, **kwargs: Any) -> None:
        # Set first: Input's own __init__ sets the value, which calls watch_value.
        self._undo: list[str] = []  # earlier values, the last one on top
        self._typing = False  # the last change added one typed character
        self._last_typed = ""  # that character
        self._undoing = False
        self._editing = False
        kwargs["select_on_focus"] = False
        super().__init__(value, *args, **kwargs)

    def _on_focus(self, event: events.Focus) -> None:
        # Runs before Input's own focus handler (Textual calls each class's handler).
        if not event.from_app_focus:
            self.cursor_position = len(self.value)

    def replace(self, text: str, start: int, end: int) -> None:
        # Every edit from the keyboard (typing, deleting, pasting) comes through here.
        self._editing = True
        try:
            super().replace(text, start, end)
        finally:
            self._editing = False

    def watch_value(self, old: str, new: str) -> None:
        if self._undoing or not self.is_mounted:
            return
        if not self._editing:
            # New text from the program (a draft put back): like entering the field, the
            # cursor goes to the end; Textual would leave it inside the new text.
            self.cursor_position = len(new)
        cursor = self.cursor_position  # not yet moved: where it was in `old`
        typed = (
            len(new) == len(old) + 1
            and cursor < len(new)
            and new[:cursor] + new[cursor + 1 :] == old
        )
        # A new word starts a new step: ctrl+z takes back one word at a time.
        word_starts = typed and self._last_typed.isspace() and not new[cursor].isspace()
        if not (typed and self._typing) or word_starts:
            self._undo.append(old)
            del self._undo[: -self.UNDO_LIMIT]
        self._typing = typed
        self._last_typed = new[cursor] if typed else ""

    def action_undo(self) -> None:
        if not self._undo:
            return
        value = self._undo.pop()
        self._undoing = True
        try:
            self.value = value
        finally:
            self._undoing = False
        self.cursor_position = len(value)  # like entering the field: at the end
        self._typing = False


class FormTextArea(TextArea):
    """A multi-line text field of a form: entering it puts the cursor at the end.

    Textual keeps the cursor where it was (at the very start for a field filled on
    opening), so typing after Tab went in front of the text. A click still places the
    cursor where clicked: its mouse event comes after the focus.
    """

    def _on_focus(self, event: events.Focus) -> None:
        if not event.from_app_focus:
            self.move_cursor(self.document.end)

    def load_text(self, text: str) -> None:
        """New text from the program (a draft put back, a language switch): the cursor
        goes to its end too, as the field may already have the focus (TextArea would put
        it at the very start, and the next words would go in front)."""
        super().load_text(text)
        self.move_cursor(self.document.end)


class FormField(Vertical):
    """A label, one input widget, and an error line that is hidden while empty."""

    DEFAULT_CSS = """
    FormField {
        height: auto;
        margin: 0 0 1 0;
    }
    FormField > .form-label {
        color: $text-muted;
    }
    FormField > .form-error {
        width: 100%;
        color: $error;
        display: none;
    }
    FormField.-invalid > .form-error {
        display: block;
    }
    """

    def __init__(self, label: str, widget: Widget, *, field_id: str | None = None) -> None:
        super().__init__(id=field_id or (f"field-{widget.id}" if widget.id else None))
        self.label_text = label
        self.widget = widget

    def compose(self) -> ComposeResult:
        yield Label(self.label_text, classes="form-label")
        yield self.widget
        yield Label("", classes="form-error")

    def show_error(self, message: str) -> None:
        self.query_one(".form-error", Label).update(message)
        self.set_class(bool(message), "-invalid")

    def clear_error(self) -> None:
        self.show_error("")


def selected_row_id(table: DataTable[Any]) -> int | None:
    """The record id of the highlighted row (rows are keyed by their record's id)."""
    if table.row_count == 0:
        return None
    row_key, _ = table.coordinate_to_cell_key(table.cursor_coordinate)
    return int(row_key.value) if row_key.value else None


def network_options(store: Any, width: int = 0) -> list[tuple[str, int]]:
    """(name, id) of every network, active ones first; names cut to `width` if given."""
    networks = sorted(store.networks(), key=lambda n: (n.status != "active", n.name))
    options = []
    for network in networks:
        if network.id is None:
            continue
        name = network.name.splitlines()[0] if network.name.strip() else ""
        if width and len(name) > width:
            name = name[: width - 1] + "…"
        options.append((name or f"#{network.id}", network.id))
    return options


class NetworkFilter(Select[int]):
    """A network filter: every network (active first), the prompt meaning "all networks".

    `refill()` re-reads the networks (they may have been added or renamed in another
    area) and keeps the current choice when it still exists, without posting Changed.
    """

    def __init__(self, store: Any, *, width: int = 0, **kwargs: Any) -> None:
        self._store = store
        self._width = width
        super().__init__(network_options(store, width), **kwargs)

    def refill(self) -> None:
        options = network_options(self._store, self._width)
        current = self.value
        with self.prevent(Select.Changed):
            self.set_options(options)
            if any(value == current for _, value in options):
                self.value = current


class ScoreScale(RadioSet):
    """A labelled 1–5 scale: arrows or the digit keys 1–5 pick, Enter confirms.

    `labels` holds the five scale texts (already translated). `value` is 1..5 or None.
    """

    BINDINGS = [Binding(str(n), f"pick({n})", show=False) for n in range(1, 6)]

    class Picked(Message):
        """Posted when a score is chosen by digit key (so a form can move on)."""

        def __init__(self, scale: ScoreScale, value: int) -> None:
            super().__init__()
            self.scale = scale
            self.value = value

    class Cleared(Message):
        """Posted when the scale is emptied (no score chosen)."""

        def __init__(self, scale: ScoreScale) -> None:
            super().__init__()
            self.scale = scale

    def __init__(self, labels: list[str], value: int | None = None, **kwargs: Any) -> None:
        buttons = [
            RadioButton(f"{n}  {text}", value=(value == n), id=None)
            for n, text in enumerate(labels, start=1)
        ]
        super().__init__(*buttons, **kwargs)

    @property
    def value(self) -> int | None:
        index = self.pressed_index
        return index + 1 if index >= 0 else None

    def set_value(self, value: int | None) -> None:
        buttons = list(self.query(RadioButton))
        if value is None:
            # RadioSet turns a button that is switched off back on; clear it quietly.
            with self.prevent(RadioButton.Changed):
                for button in buttons:
                    button.value = False
            self._pressed_button = None
            self.post_message(self.Cleared(self))
            return
        buttons[value - 1].value = True

    def action_pick(self, value: int) -> None:
        self.set_value(value)
        self.post_message(self.Picked(self, value))
