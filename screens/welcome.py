"""The first-start welcome: what leernet is in three lines, and the language choice.

Shown once, on an empty data file, above the dashboard's empty state (which then says
where to begin). Closing it records `Settings.welcomed` so it never comes back.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Label, Static

from screens.base import LeernetModal
from store.db import Store
from store.errors import WriteFailed


def is_first_start(store: Store) -> bool:
    """True for a file that was never welcomed and holds no data of the user yet."""
    if store.start_settings().welcomed:
        return False
    counts = store.counts()
    return not any(
        counts.get(table) for table in ("networks", "sessions", "feedback", "selfchecks")
    )


class WelcomeScreen(LeernetModal):
    """A short welcome with the language buttons; Enter or Escape gets started."""

    HELP_KEY = "welcome.howto"

    # A modal hides the App's own bindings: offer the two that matter here.
    BINDINGS = [
        Binding("escape", "start", "welcome.key.start", tooltip="welcome.key.start.help"),
        Binding("l", "app.toggle_language", "key.language", tooltip="key.language.help"),
        Binding("ctrl+q", "app.quit", "key.quit", tooltip="key.quit.help"),
    ]

    def compose(self) -> ComposeResult:
        with Vertical(id="welcome-dialog"):
            yield Label(self.t("welcome.title"), id="welcome-title")
            yield Static(self.t("welcome.what"), id="welcome-what")
            yield Label(self.t("welcome.language"), classes="welcome-label")
            with Horizontal(id="welcome-languages"):
                for lang in ("nl", "en"):
                    yield Button(
                        self.t(f"welcome.lang.{lang}"),
                        id=f"welcome-lang-{lang}",
                        variant="primary" if self.lang == lang else "default",
                    )
            yield Static(
                self.t("welcome.data", path=str(self.store.path)),
                id="welcome-data",
                markup=False,
            )
            if not self.app.demo:  # type: ignore[attr-defined]
                yield Static(self.t("welcome.demo"), id="welcome-demo", markup=False)
            yield Button(self.t("welcome.start"), id="welcome-start", variant="success")

    def on_mount(self) -> None:
        self.query_one("#welcome-start", Button).focus()

    def on_relocalized(self) -> None:
        self.query_one("#welcome-start", Button).focus()

    async def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        button_id = event.button.id or ""
        if button_id == "welcome-start":
            self.action_start()
        elif button_id.startswith("welcome-lang-"):
            lang = button_id.removeprefix("welcome-lang-")
            if lang != self.lang:
                await self.app.set_language(lang)  # type: ignore[attr-defined]

    def action_start(self) -> None:
        try:
            self.store.update_settings(welcomed=True)
        except WriteFailed as error:
            # Not being able to remember the welcome is no reason to block the app.
            self.notify(self.t("msg.write_failed", reason=str(error)), severity="warning")
        self.dismiss(None)
