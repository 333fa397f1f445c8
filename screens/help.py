"""The help dialog: the keys of the screen it was opened from, and a short how-to."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Markdown

from screens.base import LeernetModal, leernet_bindings
from screens.navbar import AREAS


def _key_label(key: str) -> str:
    return {"slash": "/", "question_mark": "?", "escape": "Esc", "ctrl+q": "^q"}.get(key, key)


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
        screen_keys = [(b.key, b.description) for b in leernet_bindings(self.origin)]
        if screen_keys:
            lines += [f"## {self.t('help.keys_here')}", ""]
            lines += [f"- `{_key_label(k)}` {d}" for k, d in screen_keys]
            lines.append("")
        lines += [f"## {self.t('help.keys_global')}", ""]
        for binding in leernet_bindings(self.app):
            if binding.key == "f1" or binding.action.startswith("area("):
                continue
            lines.append(f"- `{_key_label(binding.key)}` {binding.description}")
        for _area, key, label in AREAS:
            lines.append(f"- `{_key_label(key)}` {self.t(label)}")
        lines += ["", self.t("help.palette"), "", self.t("help.close")]
        return "\n".join(lines)

    def action_dismiss(self) -> None:  # type: ignore[override]
        self.dismiss(None)
