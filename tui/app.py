"""`LeernetApp`: areas as Textual modes, global keys, language, command palette."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import importlib
import os
import signal
import threading
import time
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from screens.base import Localized, localize_bindings, settle_input
from screens.dashboard import DashboardScreen, remember_start
from screens.navbar import AREAS
from screens.welcome import WelcomeScreen, is_first_start
from store.db import Store
from store.errors import DataFileCorrupt, WriteFailed
from store.overview import build_overview
from store.start_snapshot import StartSnapshot, read_snapshot
from tui.i18n import Translator


def lazy_screen(module: str, name: str) -> Callable[[], Screen]:
    """A factory that imports the screen's module when the area is first opened.

    Start-up then imports only the dashboard: every other area pulls in its own widgets
    (tables, editors, Markdown, ...), about a third of the time to the first screen.
    """

    def factory() -> Screen:
        return getattr(importlib.import_module(module), name)()  # type: ignore[no-any-return]

    factory.__qualname__ = factory.__name__ = name
    return factory


# Area name -> screen factory. Each feature adds its screen here (lazily: see above).
AREA_SCREENS: dict[str, Callable[[], Screen]] = {
    "dashboard": DashboardScreen,
    "actions": lazy_screen("screens.actions", "ActionsScreen"),
    "search": lazy_screen("screens.search", "SearchScreen"),
    "selfcheck": lazy_screen("screens.selfcheck", "SelfCheckScreen"),
    "feedback": lazy_screen("screens.feedback", "FeedbackScreen"),
    "networks": lazy_screen("screens.networks", "NetworksScreen"),
    "export": lazy_screen("screens.export", "ExportScreen"),
}


class LeernetApp(App[None]):
    CSS_PATH = "app.tcss"
    TITLE = "leernet"
    ENABLE_COMMAND_PALETTE = True
    # Start in the dashboard's mode rather than switching to it from Textual's default
    # screen: the switch made Textual parse all CSS twice more before the first paint.
    DEFAULT_MODE = "dashboard"

    BINDINGS: ClassVar = [
        Binding("question_mark", "help", "key.help", tooltip="key.help.help", id="help"),
        Binding("f1", "help", "key.help", show=False, id="help_f1"),
        Binding(
            "l",
            "toggle_language",
            "key.language",
            tooltip="key.language.help",
            id="language",
            show=False,
        ),
        Binding("ctrl+q", "quit", "key.quit", tooltip="key.quit.help", id="quit"),
        *[
            Binding(
                key,
                f"area('{area}')",
                label,
                tooltip=f"{label}.help",
                show=False,
                id=f"area_{area}",
            )
            for area, key, label in AREAS
        ],
    ]

    def __init__(
        self,
        store: Store,
        lang: str = "en",
        *,
        demo: bool = False,
        welcome: bool = False,
        snapshot: StartSnapshot | None = None,
    ) -> None:
        super().__init__()
        self.store = store
        # What the dashboard paints first while a deferred store loads (None: it is loaded).
        self.snapshot = snapshot
        self.demo = demo
        # Offer the first-start welcome (the command line does; tests opt in).
        self.welcome = welcome
        self.t = Translator(lang)
        # Run when a signal ends the process the hard way (see `_end_process`); the
        # command line adds removing the demo copy. A normal exit returns from `run()`.
        self.exit_hooks: list[Callable[[], None]] = [store.close]
        self._kept_on_signal = threading.Event()
        self._kept_told = 0  # versions kept aside (.changed-…) already mentioned
        self._backup_problem_told = False
        store.on_change(self._tell_kept_aside)
        self._original_bindings = self._bindings.copy()
        localize_bindings(self, self.t, self._original_bindings)
        self.areas = {name: factory for name, factory in AREA_SCREENS.items()}
        for name, factory in self.areas.items():
            self.add_mode(name, factory)

    @property
    def lang(self) -> str:
        return self.t.lang

    def on_mount(self) -> None:
        self._catch_hangup()
        self.title = self.t("app.title")
        self.sub_title = self._subtitle()
        theme = self.store.start_settings().theme
        if theme and theme in self.available_themes:
            self.theme = theme
        self.switch_mode("dashboard")
        if self.welcome and is_first_start(self.store):
            self.push_screen(WelcomeScreen())

    def data_loaded(self) -> None:
        """The deferred data file has been read (called on the UI thread)."""
        self.snapshot = None  # screens show the data from now on
        settle_memory()

    def data_unreadable(self, problem: DataFileCorrupt) -> None:
        """Reading the deferred file failed (it changed under us since the snapshot): stop;
        the next start shows the recovery screen before anything else."""
        sentence = self.t("app.data_unreadable", path=problem.path)
        self.exit(return_code=2, message=Text(sentence))  # a path is no markup

    def _subtitle(self) -> str:
        base = self.t("app.subtitle")
        return f"{base} — {self.t('app.demo')}" if self.demo else base

    def watch_theme(self, theme: str) -> None:
        if self.is_mounted and self.store.start_settings().theme != theme:
            self.remember_setting(theme=theme)

    def _tell_kept_aside(self, _table: str) -> None:
        """Someone else wrote the data file while it was open: say where theirs is kept."""
        kept = self.store.kept_aside
        for path in kept[self._kept_told :]:
            self.notify(self.t("recovery.changed_kept", name=path.name), severity="warning")
        self._kept_told = len(kept)
        # A day's backup that could not be written does not stop saving; say so once.
        problem = self.store.backup_problem
        if problem and not self._backup_problem_told:
            self.notify(self.t("recovery.backup_failed", reason=problem), severity="warning")
        self._backup_problem_told = bool(problem)

    def remember_setting(self, **changes: object) -> None:
        """Save a preference; if the disk refuses, say so and keep going (it applies now)."""
        try:
            self.store.update_settings(**changes)
        except WriteFailed as failed:
            self.notify(self.t("msg.write_failed", reason=str(failed)), severity="error")

    # -- actions -----------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        in_form = bool(getattr(self.screen, "FORM", False))
        return not (in_form and action in ("area", "toggle_language"))

    def action_area(self, area: str) -> None:
        if area in self.areas and self.current_mode != area:
            self.switch_mode(area)

    async def action_quit(self) -> None:
        await self.settle_input()  # ctrl+q right after a burst: the burst is kept too
        self.keep_unsaved()
        await super().action_quit()

    def keep_unsaved(self) -> None:
        """Write out what is typed but not saved (each form's draft), on every screen of
        every area, and what the dashboard shows for the next start."""
        # `_screen_stacks`: Textual keeps one stack per mode; a form may sit under a
        # modal (help, a question) or in an area other than the current one.
        for stack in list(self._screen_stacks.values()):  # noqa: SLF001
            for screen in stack:
                flush = getattr(screen, "flush_draft", None)
                if callable(flush):
                    flush()
        if self.store.loaded:  # the next start paints at once from what is saved now
            today = date.today()
            remember_start(self, today, build_overview(self.store, today))

    # -- the terminal closed (SIGHUP) or the system asks us to stop (SIGTERM) -------

    def _catch_hangup(self) -> None:
        """SIGHUP and SIGTERM end the app the way ctrl+q does: drafts written first.

        Without this the default action kills the process at once and whatever the
        drafts' short delay still held is lost. (Not on Windows: no such signals.)"""
        loop = asyncio.get_running_loop()
        for signum in (getattr(signal, "SIGHUP", None), getattr(signal, "SIGTERM", None)):
            if signum is not None:
                with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
                    loop.add_signal_handler(signum, self._stop_on_signal, signum)

    def _stop_on_signal(self, signum: int) -> None:
        # Through the app's queue: key presses read before the signal are handled first.
        self.call_later(self._stop_after_input, signum)
        # Textual's own shutdown gives the terminal back; with the terminal gone (SIGHUP
        # from a closed window) its output thread has died on the first write and the
        # shutdown would wait for it for ever. So once the drafts are written, the process
        # ends here if it has not ended on its own within the grace time.
        grace = 0.5 if signum == getattr(signal, "SIGHUP", None) else 3.0
        threading.Thread(target=self._end_process, args=(signum, grace), daemon=True).start()

    async def _stop_after_input(self, signum: int) -> None:
        try:
            await self.settle_input()
            self.keep_unsaved()
        finally:
            self._kept_on_signal.set()
            # The exit code a shell expects of a process ended by this signal.
            self.exit(return_code=128 + signum)

    async def settle_input(self) -> None:
        """Key presses already passed on to the focused widget reach it first (see
        `screens.base.settle_input`)."""
        await settle_input(self.screen)

    def _end_process(self, signum: int, grace: float) -> None:
        """On a thread: once the drafts are written (at most 2 s), and after `grace`
        seconds for a normal exit, run the exit hooks and end the process."""
        self._kept_on_signal.wait(timeout=2)
        time.sleep(grace)
        for hook in self.exit_hooks:
            with contextlib.suppress(Exception):
                hook()
        os._exit(128 + signum)

    def action_help(self) -> None:
        from screens.help import HelpScreen  # imported when asked for (Markdown widget)

        if isinstance(self.screen, HelpScreen):
            return
        self.push_screen(HelpScreen(self.screen))

    async def action_toggle_language(self) -> None:
        await self.set_language("en" if self.lang == "nl" else "nl")

    async def set_language(self, lang: str) -> None:
        self.t.lang = lang
        self.remember_setting(lang=lang)
        localize_bindings(self, self.t, self._original_bindings)
        self.sub_title = self._subtitle()
        screen = self.screen
        if isinstance(screen, Localized):
            await screen.relocalize()
        self.refresh_bindings()
        self.notify(self.t("msg.language_set"))

    # -- command palette: every area and every key of the current screen ----------

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        for area, _key, label in AREAS:
            if area in self.areas:
                yield SystemCommand(
                    self.t(label),
                    self.t(f"{label}.help"),
                    lambda area=area: self.action_area(area),
                )
        seen = set()
        for node in (screen, self):
            for bindings in node._bindings.key_to_bindings.values():  # noqa: SLF001
                for binding in bindings:
                    if binding.action.startswith("area(") or not binding.description:
                        continue
                    if binding.action in seen:
                        continue
                    seen.add(binding.action)
                    yield SystemCommand(
                        binding.description,
                        binding.tooltip or binding.description,
                        lambda node=node, action=binding.action: self.run_action(action, node),
                    )
        yield from super().get_system_commands(screen)


def make_app(data_path: Path, lang: str | None = None, *, demo: bool = False) -> LeernetApp:
    """Open the store at `data_path` and build the app (the store's lock is held).

    When the start snapshot matches the data file (store/start_snapshot.py) the file is
    read after the first paint, on a worker thread (see DashboardScreen); otherwise now,
    so that a damaged file reaches the recovery screen before the app starts.
    """
    from tui.i18n import choose_language

    data_path = Path(data_path)
    snapshot = read_snapshot(data_path, date.today())
    store = Store.open(
        data_path,
        deferred=snapshot is not None,
        early_settings=snapshot.settings if snapshot else None,
    )
    if store.loaded:
        settle_memory()
    chosen = choose_language(lang, store.start_settings().lang)
    return LeernetApp(store=store, lang=chosen, demo=demo, welcome=True, snapshot=snapshot)


def settle_memory() -> None:
    """Once the data is parsed: it lives as long as the app and holds no reference cycles,
    so move it out of the cyclic GC's sight and collect less often; the collector then does
    not walk 10,000 sessions again and again while the UI makes its many small objects."""
    gc.freeze()
    gc.set_threshold(50_000, 20, 20)
