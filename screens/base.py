"""`LeernetScreen`: the base of every full screen — header, area bar, body, footer —
with translated key bindings, a language switch that keeps what was typed, and
`settle_input()`, which every save awaits before it reads a form."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
from typing import TYPE_CHECKING, Any, ClassVar

from textual._context import active_message_pump
from textual.app import ComposeResult
from textual.binding import BindingsMap
from textual.dom import DOMNode
from textual.screen import ModalScreen, Screen
from textual.widgets import Footer, Header

from screens.navbar import NavBar

if TYPE_CHECKING:
    from store.db import Store


def localize_bindings(node: DOMNode, t: Any, original: BindingsMap) -> None:
    """Replace the node's bindings with copies whose description/tooltip are translated.

    Binding descriptions in leernet are i18n keys (e.g. "key.save"); Textual shows the
    description in the footer and the command palette, so we translate them in place.
    """
    localized = BindingsMap()
    ours: set[str] = set()
    for bindings in original.key_to_bindings.values():
        for binding in bindings:
            desc = _translate(t, binding.description)
            tip = _translate(t, binding.tooltip)
            if desc != binding.description:
                ours.add(binding.key)
            localized._add_binding(dataclasses.replace(binding, description=desc, tooltip=tip))
    node._bindings = localized  # noqa: SLF001 - Textual has no public API for this
    node._leernet_keys = ours  # type: ignore[attr-defined] - listed by the help screen


def leernet_bindings(node: DOMNode) -> list[Any]:
    """The node's own (translated) bindings, without Textual's built-in ones."""
    ours = getattr(node, "_leernet_keys", set())
    return [
        binding
        for key, bindings in node._bindings.key_to_bindings.items()  # noqa: SLF001
        if key in ours
        for binding in bindings
    ]


def _translate(t: Any, key: str) -> str:
    """Translate an i18n key; Textual's own descriptions (not keys) stay as they are."""
    if not key:
        return ""
    text = t(key)
    return key if text == f"⟨{key}⟩" else text


# Waiting for a widget is normally a few milliseconds. On a loaded machine a burst can
# take its queue well over half a second (the keyboard campaign saw saves without their
# last keys at 0.5 s with the load at 4 on 2 cores): a save waits this long rather than
# store less than the screen shows; only a widget stuck elsewhere makes it give up.
SETTLE_TIMEOUT = 5.0


async def settle_input(screen: Screen[Any]) -> None:
    """Let input already handed to the focused widget reach it (and its parents).

    The App hands each key to the focused widget's own queue and goes on; a priority
    binding (ctrl+s) runs as soon as its key reaches the App, while earlier keys may
    still wait in that queue. So a save first posts a callback behind them into the
    queue of the focused widget and of every container up to the screen, and waits for
    it. Twice: the first round types the keys, the second delivers the Changed messages
    that typing posted (a form that keeps its state from them, like the self-check, then
    has it too).
    """
    focused = screen.focused
    if focused is None:
        return
    chain = []
    for node in focused.ancestors_with_self:
        chain.append(node)
        if node is screen:
            break
    current = active_message_pump.get(None)
    for _round in range(2):
        for node in chain:
            if node is current:  # our own queue: what waits there runs after us anyway
                continue
            done = asyncio.Event()
            if node.call_later(done.set):
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(done.wait(), SETTLE_TIMEOUT)


class Localized:
    """Mixin for screens: `t()`, `store`, translated bindings, re-compose on language change."""

    HELP_KEY: ClassVar[str] = ""  # i18n key of a short how-to for the help screen

    _composed_lang: str | None = None
    _original_bindings: BindingsMap | None = None

    @property
    def store(self) -> Store:
        return self.app.store  # type: ignore[attr-defined,no-any-return]

    def t(self, key: str, **fields: object) -> str:
        return self.app.t(key, **fields)  # type: ignore[attr-defined,no-any-return]

    def plural(self, count: int, key: str, **fields: object) -> str:
        """`count` with its noun (`key.one` / `key.other`): see Translator.plural."""
        return self.app.t.plural(count, key, **fields)  # type: ignore[attr-defined,no-any-return]

    @property
    def lang(self) -> str:
        return self.app.lang  # type: ignore[attr-defined,no-any-return]

    async def settle_input(self) -> None:
        """Await before reading a form: see the module function `settle_input`."""
        await settle_input(self)  # type: ignore[arg-type]

    def _localize(self) -> None:
        if self._original_bindings is None:
            self._original_bindings = self._bindings.copy()  # type: ignore[attr-defined]
        localize_bindings(self, self.t, self._original_bindings)  # type: ignore[arg-type]
        self._composed_lang = self.lang

    async def relocalize(self) -> None:
        """Rebuild in the current language, keeping every value typed into a field."""
        state = capture_fields(self)  # type: ignore[arg-type]
        self._localize()
        await self.recompose()  # type: ignore[attr-defined]
        restore_fields(self, state)  # type: ignore[arg-type]
        self.on_relocalized()
        self.app.refresh_bindings()  # type: ignore[attr-defined]

    def on_relocalized(self) -> None:
        """Hook: refresh anything not built in compose (tables filled on mount, ...)."""

    async def _on_screen_resume(self) -> None:  # type: ignore[override]
        if self._composed_lang is not None and self._composed_lang != self.lang:
            await self.relocalize()


class LeernetScreen(Localized, Screen[Any]):
    """A full screen: Header, NavBar, `compose_body()`, Footer."""

    AREA: ClassVar[str] = ""  # which area of the NavBar to highlight
    # A form: while it is open, the single-letter area and language keys are off, so a
    # letter typed while a checkbox or button has focus never leaves the form by surprise.
    # Escape leaves; the command palette (ctrl+p) still reaches every area.
    FORM: ClassVar[bool] = False

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._localize()

    def compose(self) -> ComposeResult:
        yield Header()
        yield NavBar(self.AREA)
        yield from self.compose_body()
        yield Footer()

    def compose_body(self) -> ComposeResult:
        yield from ()

    def on_mount(self) -> None:
        """Screens leave title and subtitle unset: the Header then shows the App's,
        which follow the language and say "demo" on a demo copy."""


class LeernetModal(Localized, ModalScreen[Any]):
    """A modal dialog with translated bindings."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._localize()


def capture_fields(screen: Screen[Any]) -> dict[str, Any]:
    # Imported here: the form widgets (TextArea above all) are not needed to start.
    from textual.widgets import Checkbox, Input, RadioSet, Select, TextArea

    state: dict[str, Any] = {}
    for widget in screen.query("Input, TextArea, Checkbox, Select, RadioSet"):
        if not widget.id:
            continue
        if isinstance(widget, Input | Checkbox | Select):
            state[widget.id] = widget.value
        elif isinstance(widget, TextArea):
            state[widget.id] = widget.text
        elif isinstance(widget, RadioSet):
            state[widget.id] = widget.pressed_index
    return state


def restore_fields(screen: Screen[Any], state: dict[str, Any]) -> None:
    from textual.widgets import Checkbox, Input, RadioSet, Select, TextArea

    for widget_id, value in state.items():
        try:
            widget = screen.query_one(f"#{widget_id}")
        except Exception:  # noqa: BLE001 - the field may not exist in the new layout
            continue
        if isinstance(widget, TextArea):
            widget.text = value
        elif isinstance(widget, RadioSet):
            if value >= 0:
                buttons = list(widget.query("RadioButton"))
                if value < len(buttons):
                    buttons[value].value = True
        elif isinstance(widget, Input | Checkbox | Select):
            widget.value = value
