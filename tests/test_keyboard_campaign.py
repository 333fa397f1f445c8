"""Keyboard-to-disk crash campaign: type into the real app, save at random, SIGKILL it.

The app runs in a pseudo-terminal (tests/pty_terminal.py), exactly as started from a
shell. A seeded loop opens a session's journal (the *What happened?* reflection) or a
feedback item (*What was said*), types bursts of letters, presses ctrl+s at random
moments — often right after a burst, with no pause — and SIGKILLs the app at a random
moment. After every kill:

- the data file parses;
- a save that showed its "saved" message holds exactly what had been typed before that
  ctrl+s (a later save may have landed too; nothing else);
- everything typed more than 0.5 s before the kill is in the data file or in the draft.

Then the app starts again on the same files, takes the draft back when it offers one, and
the loop goes on. Two lanes run side by side on files of their own. The figure (kills,
saves confirmed, saves missing, keystrokes lost) is printed at the end, like the store's
campaign in tests/test_crash_safety.py.
"""

from __future__ import annotations

import random
import threading
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import orjson
from pty_terminal import PtyApp

from store.datafile import parse_data_file
from store.db import Store
from store.models import Feedback, Network, Session
from store.paths import drafts_path

SEED = 20261202
LANES = 2
KILLS_PER_LANE = 31  # 62 kills in all
DRAFT_WINDOW = 0.5  # seconds: the README's promise
LETTERS = "abcdefghijkmnopqrstuvwxyz"

JOURNAL_FIELD = "s-what-happened"
FEEDBACK_FIELD = "said"  # the feedback draft keeps the form by field name
SAVED = {"journal": "Session saved.", "feedback": "Saved."}


@dataclass
class Figure:
    kills: int = 0
    saves_confirmed: int = 0
    saves_missing: int = 0
    keystrokes_typed: int = 0
    keystrokes_lost: int = 0
    problems: list[str] = field(default_factory=list)

    def add(self, other: Figure) -> None:
        self.kills += other.kills
        self.saves_confirmed += other.saves_confirmed
        self.saves_missing += other.saves_missing
        self.keystrokes_typed += other.keystrokes_typed
        self.keystrokes_lost += other.keystrokes_lost
        self.problems += other.problems


def make_data(folder: Path) -> Path:
    path = folder / "leernet.json"
    with Store.open(path) as store:
        network = store.save_network(Network(name="Campaign network", start=date(2026, 9, 1)))
        store.save_session(
            Session(
                network_id=network.id,
                date=date(2026, 11, 1),
                topic="Campaign topic",
                what_happened="Begin.",
            )
        )
        store.save_feedback(
            Feedback(date=date(2026, 11, 2), giver_role="participant", said="Said first.")
        )
        store.update_settings(welcomed=True, lang="en")
    return path


def saved_text(path: Path, target: str) -> str:
    """The field as the data file holds it (the file must parse: that is checked here)."""
    data = parse_data_file(path.read_bytes(), path) or {}
    if target == "journal":
        return str(data["sessions"]["1"]["what_happened"])
    return str(data["feedback"]["1"]["said"])


def draft_text(data_path: Path, target: str) -> str | None:
    """The field in the target's draft, if a draft of it is on disk."""
    try:
        drafts = orjson.loads(drafts_path(data_path).read_bytes())
    except (FileNotFoundError, orjson.JSONDecodeError):
        return None
    widget = JOURNAL_FIELD if target == "journal" else FEEDBACK_FIELD
    prefix = "session:1" if target == "journal" else "feedback:1"
    for key, entry in drafts.items():
        if key == prefix:
            found = _find(entry, widget)
            if found is not None:
                return found
    return None


def _find(value: Any, widget: str) -> str | None:
    if isinstance(value, dict):
        if isinstance(value.get(widget), str):
            return str(value[widget])
        for inner in value.values():
            found = _find(inner, widget)
            if found is not None:
                return found
    return None


class Lane:
    """One data file, one app at a time, killed over and over."""

    def __init__(self, folder: Path, seed: int, kills: int) -> None:
        self.path = make_data(folder)
        self.rng = random.Random(seed)
        self.kills = kills
        self.figure = Figure()

    def run(self) -> None:
        target = "journal"
        while self.figure.kills < self.kills and len(self.figure.problems) < 5:
            self.round(target)
            target = "feedback" if target == "journal" else "journal"

    # -- one round: start, open, type, save, kill, check ------------------------------

    def round(self, target: str) -> None:
        draft = draft_text(self.path, target)
        saved = saved_text(self.path, target)
        with PtyApp("--data", str(self.path), "--lang", "en") as app:
            shown = self.open(app, target, offer_draft=draft is not None and draft != saved)
            if shown is None:
                return
            text = draft if (draft is not None and draft != saved) else saved
            history: list[tuple[float, str]] = [(time.monotonic(), text)]
            saves: list[tuple[str, bool]] = []  # (what ctrl+s should store, confirmed)
            if not self.probe(app, history):
                return
            text = history[-1][1]
            stop_at = time.monotonic() + self.rng.uniform(0.3, 1.8)
            while time.monotonic() < stop_at:
                roll = self.rng.random()
                if roll < 0.55:
                    burst = self.burst()
                    app.type(burst)
                    text += burst
                    self.figure.keystrokes_typed += len(burst)
                    history.append((time.monotonic(), text))
                elif roll < 0.8:
                    if not self.save(app, target, text, saves):
                        break  # killed while the save may be under way
                    if target == "feedback":  # ctrl+s closed the form: open it again
                        if self.open(app, target, reopen=True) is None:
                            return
                        if not self.probe(app, history):
                            return
                        text = history[-1][1]
                else:
                    time.sleep(self.rng.uniform(0.02, 0.6))
            app.kill()
            killed_at = time.monotonic()
        self.figure.kills += 1
        self.check(target, history, saves, killed_at)

    def burst(self) -> str:
        """Words of letters, a space before each: what is saved is stripped, so the text
        never ends in a space (the model would then differ from the file)."""
        words = [
            "".join(self.rng.choices(LETTERS, k=self.rng.randint(1, 9)))
            for _ in range(self.rng.randint(1, 8))
        ]
        return "".join(" " + word for word in words)

    def open(
        self, app: PtyApp, target: str, offer_draft: bool = False, reopen: bool = False
    ) -> bool | None:
        """Bring the cursor into the target field; None (and a problem noted) if the
        screens did not come as expected."""
        if target == "journal":
            steps = [("", "What needs attention"), ("n", "Campaign network"), ("enter", "Sessions")]
            steps.append(("enter", "Evaluation"))
        else:
            steps = [("", "What needs attention"), ("f", "Said first"), ("enter", "Edit feedback")]
        if reopen:  # the feedback list, after a save closed the form: open it again
            for _attempt in range(3):
                time.sleep(0.2)  # the list is back in front
                mark = app.mark()
                app.press("enter")
                if app.wait_for("Edit feedback", mark, timeout=3):
                    return True
            return self.problem("feedback: the saved item did not open again", app)
        for key, expect in steps:
            mark = app.mark()
            if key:
                app.press(key)
            if not app.wait_for(expect, mark, timeout=20):
                return self.problem(f"{target}: {expect!r} did not appear", app)
        if offer_draft:
            mark = app.mark()
            if not app.wait_for("Restore (r)", 0, timeout=10):
                return self.problem(f"{target}: the draft was not offered", app)
            app.press("r")
            if not app.wait_for("Draft restored", mark, timeout=10):
                return self.problem(f"{target}: the draft was not restored", app)
        time.sleep(0.2)  # the screen has drawn; let it settle its focus
        if target == "journal":
            for _ in range(4):
                mark = app.mark()
                app.press("f6")
                if app.wait_for("What happened?", mark, timeout=1.5):
                    return True
            return self.problem("journal: the Reflection tab did not appear", app)
        return True  # an opened feedback item has the focus in What was said

    def probe(self, app: PtyApp, history: list[tuple[float, str]]) -> bool:
        """Type one word and wait until it is drawn: the cursor is in the field. (A screen
        is drawn before its focus moves in; a loaded machine makes that gap long. The word
        has only letters no screen binds, so typed elsewhere it would do nothing.)"""
        time.sleep(0.2)
        word = " wz" + "".join(self.rng.choices("bghikwz", k=5))
        mark = app.mark()
        app.type(word)
        history.append((time.monotonic(), history[-1][1] + word))
        self.figure.keystrokes_typed += len(word)
        if app.wait_for(word.strip(), mark, timeout=15):
            return True
        self.problem("the first word typed into the field was not drawn", app)
        return False

    def save(self, app: PtyApp, target: str, text: str, saves: list[tuple[str, bool]]) -> bool:
        """ctrl+s; False when the round kills the app right after (an unconfirmed save)."""
        mark = app.mark()
        app.press("ctrl+s")
        if self.rng.random() < 0.2:
            time.sleep(self.rng.uniform(0, 0.05))
            saves.append((text, False))
            return False
        shown = app.wait_for(SAVED[target], mark, timeout=5)
        saves.append((text, shown))
        if not shown:
            self.problem(f"{target}: ctrl+s showed no saved message", app)
            return False
        # A toast still up from an earlier save may be drawn again after the mark: the
        # save counts as confirmed once the file holds it (it is written before the
        # message is shown, so a real confirmation finds it at once).
        deadline = time.monotonic() + 3
        while saved_text(self.path, target) != text and time.monotonic() < deadline:
            time.sleep(0.05)
        return True

    # -- after the kill ----------------------------------------------------------------

    def check(
        self,
        target: str,
        history: list[tuple[float, str]],
        saves: list[tuple[str, bool]],
        killed_at: float,
    ) -> None:
        try:
            saved = saved_text(self.path, target)
        except Exception as error:  # noqa: BLE001 - any failure to read is the finding
            self.figure.problems.append(f"{target}: the data file does not parse: {error}")
            return
        confirmed = [i for i, (_text, ok) in enumerate(saves) if ok]
        self.figure.saves_confirmed += len(confirmed)
        if confirmed:
            allowed = {text for text, _ok in saves[confirmed[-1] :]}
            if saved not in allowed:
                self.figure.saves_missing += 1
                self.figure.problems.append(
                    f"{target}: a confirmed save holds {saved[-40:]!r}, expected "
                    f"{saves[confirmed[-1]][0][-40:]!r}"
                )
        final = history[-1][1]
        required = history[0][1]
        for moment, text in history:
            if moment <= killed_at - DRAFT_WINDOW:
                required = text
        draft = draft_text(self.path, target)
        kept = max(
            (_common_prefix(required, text) for text in (saved, draft) if text is not None),
            default=0,
        )
        lost = len(required) - kept
        for text in (saved, draft):
            if (
                text is not None
                and not final.startswith(text)
                and text
                not in (
                    history[0][1],
                    *(t for t, _ok in saves),
                )
            ):
                self.figure.problems.append(f"{target}: kept text {text[-40:]!r} was never typed")
        if lost > 0:
            self.figure.keystrokes_lost += lost
            timeline = ", ".join(
                f"{moment - killed_at:+.2f}s:{len(text)}" for moment, text in history
            )
            self.figure.problems.append(
                f"{target}: {lost} keystrokes typed over {DRAFT_WINDOW}s before the kill are "
                f"in neither the file ({len(saved)} characters) nor the draft "
                f"({'none' if draft is None else len(draft)}); typed (time to the kill: "
                f"length) {timeline}; saves {[(len(t), ok) for t, ok in saves]}"
            )

    def problem(self, sentence: str, app: PtyApp) -> None:
        self.figure.problems.append(sentence + "; the screen ended with: " + app.text()[-600:])
        return None


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def test_typing_saving_and_killing_loses_nothing(tmp_path: Path, capsys) -> None:
    lanes = []
    for number in range(LANES):
        folder = tmp_path / f"lane{number}"
        folder.mkdir()
        lanes.append(Lane(folder, SEED + number, KILLS_PER_LANE))
    started = time.monotonic()
    threads = [threading.Thread(target=lane.run) for lane in lanes]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    figure = Figure()
    for lane in lanes:
        figure.add(lane.figure)
    with capsys.disabled():
        print(
            f"\nkeyboard campaign: {figure.kills} kills, {figure.saves_confirmed} saves "
            f"confirmed, {figure.saves_missing} saves missing, {figure.keystrokes_lost} of "
            f"{figure.keystrokes_typed} keystrokes lost, {time.monotonic() - started:.0f} s"
        )
    assert figure.problems == [], "\n".join(figure.problems)
    assert figure.kills >= 60
