"""`leernet --demo` removes its temporary copy also when the terminal is closed (SIGHUP)
or the process is told to stop (SIGTERM), and the next `--demo` start removes the copies of
runs that were killed outright; nothing else in the temp folder is touched."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from cli_run import ROOT

from store.demo_data import make_demo_folder, remove_stale_demo_folders


def demo_folders(temp: Path) -> list[Path]:
    return sorted(p for p in temp.iterdir() if p.name.startswith("leernet-demo-"))


def dead_pid() -> int:
    """The pid of a process that has ended (and was reaped)."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_make_demo_folder_names_the_owner_pid(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    path = make_demo_folder()
    assert path.parent.parent == tmp_path
    assert path.parent.name.startswith(f"leernet-demo-{os.getpid()}-")


def test_only_leftovers_of_dead_runs_are_removed(tmp_path: Path) -> None:
    dead = tmp_path / f"leernet-demo-{dead_pid()}-abc123_x"
    live = tmp_path / f"leernet-demo-{os.getppid()}-abc123_y"
    mine = tmp_path / f"leernet-demo-{os.getpid()}-abc123_z"
    old_style = tmp_path / "leernet-demo-uycn0ayf"  # no pid: cannot tell, left alone
    look_alike = tmp_path / f"leernet-demo-{dead_pid()}-x.bak"
    for folder in (dead, live, mine, old_style, look_alike):
        folder.mkdir()
        (folder / "leernet-demo.json").write_text("{}", encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "keep.txt").write_text("keep", encoding="utf-8")
    link = tmp_path / f"leernet-demo-{dead_pid()}-l1nk"
    link.symlink_to(elsewhere)  # a link with our name: never followed, never removed

    assert remove_stale_demo_folders(tmp_path) == [dead]
    assert not dead.exists()
    for kept in (live, mine, old_style, look_alike, link):
        assert kept.exists() or kept.is_symlink(), kept
    assert (elsewhere / "keep.txt").exists()


def test_the_next_demo_start_removes_leftovers(tmp_path: Path) -> None:
    dead = tmp_path / f"leernet-demo-{dead_pid()}-abc123_x"
    live = tmp_path / f"leernet-demo-{os.getpid()}-abc123_y"  # this test: alive
    for folder in (dead, live):
        folder.mkdir()
    result = subprocess.run(
        [sys.executable, "-m", "tui.cli", "--demo", "export", "--for", "team", "--lang", "en"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "TMPDIR": str(tmp_path)},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert demo_folders(tmp_path) == [live]


# -- signals, with the real app in a pseudo-terminal ----------------------------------


def drain(master: int, seen: bytearray) -> None:
    """Read the app's screen output (a full pty would block the app)."""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:
            return
        if not chunk:
            return
        seen.extend(chunk)


def screen_text(seen: bytearray) -> bytes:
    """What was drawn, without the escape sequences between the words."""
    return re.sub(rb"\x1b\[[0-9;?<>=$]*[A-Za-z]", b"", bytes(seen))


@pytest.mark.parametrize("signum", [signal.SIGHUP, signal.SIGTERM], ids=["SIGHUP", "SIGTERM"])
def test_the_demo_copy_is_removed_on_a_signal(signum: int, tmp_path: Path) -> None:
    master, slave = os.openpty()
    env = {
        **os.environ,
        "TMPDIR": str(tmp_path),
        "TERM": "xterm-256color",
        "COLUMNS": "100",
        "LINES": "30",
    }
    app = subprocess.Popen(
        [sys.executable, "-m", "tui.cli", "--demo", "--lang", "en"],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        cwd=ROOT,
        env=env,
        start_new_session=True,  # its own session with the pty as terminal, like a shell
    )
    os.close(slave)
    seen = bytearray()
    reader = threading.Thread(target=drain, args=(master, seen), daemon=True)
    reader.start()
    try:
        deadline = time.monotonic() + 60
        # Up: the copy exists and the app has drawn its dashboard.
        while time.monotonic() < deadline and not (
            demo_folders(tmp_path) and b"What needs attention" in screen_text(seen)
        ):
            assert app.poll() is None, bytes(seen).decode(errors="replace")
            time.sleep(0.1)
        assert demo_folders(tmp_path), bytes(seen).decode(errors="replace")
        assert b"What needs attention" in screen_text(seen)  # the app runs
        app.send_signal(signum)
        app.wait(timeout=30)
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
        os.close(master)
    assert app.returncode == 128 + signum
    assert demo_folders(tmp_path) == []
    assert b"Traceback" not in seen
    reader.join(timeout=5)
    assert b"\x1b[?1049l" in seen  # the terminal was given back (main screen again)
