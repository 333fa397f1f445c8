"""`RecoveryApp`: a small app run before `LeernetApp` when the data file cannot be read.

It hosts `screens.recovery.RecoveryScreen` with the same translator and language key as
the main app, and returns the user's choice: "restored", "empty" or "quit".
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual.app import App
from textual.binding import Binding

from screens.base import Localized, localize_bindings
from screens.recovery import RecoveryScreen
from store.errors import DataFileCorrupt, DataPathError
from tui.i18n import Translator


class RecoveryApp(App[str]):
    TITLE = "leernet"
    ENABLE_COMMAND_PALETTE = False

    BINDINGS: ClassVar = [
        Binding("l", "toggle_language", "key.language", tooltip="key.language.help"),
        Binding("ctrl+q", "quit_recovery", "key.quit", tooltip="key.quit.help", show=False),
    ]

    def __init__(self, path: Path, problem: DataFileCorrupt, lang: str = "en") -> None:
        super().__init__()
        self.path = Path(path)
        self.problem = problem
        self.t = Translator(lang)
        self._original_bindings = self._bindings.copy()
        localize_bindings(self, self.t, self._original_bindings)

    @property
    def lang(self) -> str:
        return self.t.lang

    def get_default_screen(self) -> RecoveryScreen:
        return RecoveryScreen(self.path, self.problem)

    async def action_toggle_language(self) -> None:
        self.t.lang = "en" if self.lang == "nl" else "nl"
        localize_bindings(self, self.t, self._original_bindings)
        if isinstance(self.screen, Localized):
            await self.screen.relocalize()
        self.title = self.t("recovery.title")
        self.refresh_bindings()

    def action_quit_recovery(self) -> None:
        screen = self.screen
        done = isinstance(screen, RecoveryScreen) and bool(screen.outcome)
        self.exit("closed" if done else "quit")


def recover(path: Path, problem: DataFileCorrupt, lang: str) -> str:
    """Run the recovery screen. Returns "restored", "empty" or "repaired" (open leernet
    now), "quit" (nothing was changed) or "closed" (something was done, then closed).

    A file that is not leernet's (or cannot be read at all) gets no screen: there is
    nothing to choose, leernet leaves it alone. DataPathError with one translated
    sentence naming the path (the command line prints it and exits 2).
    """
    if not problem.recoverable:
        raise DataPathError(refusal_sentence(path, problem, lang), path)
    return RecoveryApp(path, problem, lang).run() or "quit"


def refusal_sentence(path: Path, problem: DataFileCorrupt, lang: str) -> str:
    """Why leernet leaves the file at `path` alone, in one sentence."""
    return Translator(lang)(f"recovery.refused.{problem.reason}", path=path, detail=problem.detail)
