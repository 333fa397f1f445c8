"""Closing the terminal (SIGHUP), a polite kill (SIGTERM) or ctrl+q right after typing loses nothing.

The real app in a pseudo-terminal: type into a session's reflection, then at once close the
terminal or send SIGTERM. The app writes its drafts before it goes, and exits with the
code a shell expects of a process ended by that signal.
"""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest
from pty_terminal import PtyApp
from test_keyboard_campaign import JOURNAL_FIELD, draft_text, make_data, saved_text


def open_reflection(app: PtyApp) -> None:
    for key, expect in (
        ("", "What needs attention"),
        ("n", "Campaign network"),
        ("enter", "Sessions"),
        ("enter", "Evaluation"),
    ):
        mark = app.mark()
        if key:
            app.press(key)
        assert app.wait_for(expect, mark, timeout=20), app.text()[-500:]
    time.sleep(0.2)
    mark = app.mark()
    app.press("f6")
    assert app.wait_for("What happened?", mark, timeout=5)
    # The focus moves into the tab's first field after it is drawn: a first word, once
    # drawn, says it is there.
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        mark = app.mark()
        app.type(" ready")
        if app.wait_for("Begin. ready", mark, timeout=1):
            return
    raise AssertionError(app.text()[-500:])


@pytest.mark.parametrize("how", ["hang up", "SIGTERM", "ctrl+q"])
def test_typing_is_kept_when_the_terminal_goes(tmp_path: Path, how: str) -> None:
    path = make_data(tmp_path)
    with PtyApp("--data", str(path), "--lang", "en") as app:
        open_reflection(app)
        app.type(" and then the terminal closed")
        if how == "ctrl+q":  # at once, the burst possibly still queued
            app.press("ctrl+q")
            expected_code = (0,)
        else:  # as soon as the app has it, well inside the draft's quarter second
            assert app.wait_for("the terminal closed", timeout=5)
        if how == "hang up":
            app.hang_up()
            expected_code = -signal.SIGHUP, 128 + signal.SIGHUP
        elif how == "SIGTERM":
            os.kill(app.pid, signal.SIGTERM)
            expected_code = -signal.SIGTERM, 128 + signal.SIGTERM
        code = app.wait(timeout=10)
    assert code in expected_code, code
    assert saved_text(path, "journal") == "Begin."  # nothing was saved: it is a draft
    draft = draft_text(path, "journal")
    assert draft is not None, f"no draft of {JOURNAL_FIELD} after {how}"
    assert "and then the terminal closed" in draft
