"""`leernet --demo` removes its temporary copy also when the terminal is closed (SIGHUP)
or the process is told to stop (SIGTERM), and the next `--demo` start removes the copies of
runs that were killed outright; nothing else in the temp folder is touched."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from cli_run import ROOT
from pty_terminal import PtyApp, screen_text

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


@pytest.mark.parametrize("how", ["SIGHUP", "SIGTERM", "terminal closed"])
def test_the_demo_copy_is_removed_when_the_app_is_stopped(how: str, tmp_path: Path) -> None:
    with PtyApp("--demo", "--lang", "en", env={"TMPDIR": str(tmp_path)}) as app:
        assert app.wait_for("What needs attention", timeout=60), app.text()[-500:]
        assert demo_folders(tmp_path)
        if how == "terminal closed":
            app.hang_up()
        else:
            os.kill(app.pid, getattr(signal, how))
        code = app.wait(timeout=30)
        drawn = app.raw()
    signum = signal.SIGTERM if how == "SIGTERM" else signal.SIGHUP
    assert code == 128 + signum
    assert demo_folders(tmp_path) == []
    assert "Traceback" not in screen_text(drawn)
    if how != "terminal closed":  # the terminal is still there: it is given back
        assert b"\x1b[?1049l" in drawn  # main screen again
