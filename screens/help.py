"""The help dialog: the keys of the screen it was opened from, and a short how-to."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Markdown

from screens.base import LeernetModal, leernet_bindings
from screens.navbar import AREAS

_NAMED = {"slash": "/", "question_mark": "?", "escape": "Esc", "ctrl+q": "^q"}


def _key_label(key: str) -> str:
    return _NAMED.get(key, key)


class HelpScreen(LeernetModal):
    BINDINGS = [
        Binding("escape", "dismiss", "key.close"),
        Binding("q", "dismiss", "key.close", show=False),
    ]

    def __init__(self, origin: Screen) -> None:
        super().__init__(id="help")
        self.origin = origin

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-dialog"):
            yield Markdown(self.help_markdown(), id="help-text")

    def help_markdown(self) -> str:
        lines = [f"# {self.t('help.title')}", ""]
        howto = getattr(self.origin, "HELP_KEY", "")
        if howto:
            lines += [self.t(howto), ""]
        screen_keys = [(self.key_label(b), b.description) for b in leernet_bindings(self.origin)]
        if screen_keys:
            lines += [f"## {self.t('help.keys_here')}", ""]
            lines += [f"- `{k}` {d}" for k, d in screen_keys]
            lines.append("")
        lines += [f"## {self.t('help.keys_global')}", ""]
        for binding in leernet_bindings(self.app):
            if binding.key == "f1" or binding.action.startswith("area("):
                continue
            lines.append(f"- `{self.key_label(binding)}` {binding.description}")
        for _area, key, label in AREAS:
            lines.append(f"- `{_key_label(key)}` {self.t(label)}")
        lines += ["", self.t("help.palette"), "", self.t("help.close")]
        return "\n".join(lines)

    def key_label(self, binding: Binding) -> str:
        """How the footer shows the key (`+`, `^s`, `/`), so help and footer agree."""
        if binding.key_display:
            return binding.key_display
        return (
            _key_label(binding.key) if binding.key in _NAMED else self.app.get_key_display(binding)
        )

    def action_dismiss(self) -> None:  # type: ignore[override]
        self.dismiss(None)
