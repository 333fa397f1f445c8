"""Every error on the command line is one sentence and exit 2, through a real subprocess:
a full disk, a full stdout (`> /dev/full`), an unexpected error; a reader that went away
(`| head -1`, a closed pipe, a closed stdout) ends the command quietly with exit 0."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from cli_run import ROOT, assert_one_sentence_error

from benchmarks import generate


@pytest.fixture(scope="module")
def big_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data file whose full export (~1 MB) and search output (~90 kB) are more than a
    pipe holds, so a reader that stops early really breaks the pipe."""
    path = tmp_path_factory.mktemp("big") / "leernet.json"
    assert generate.main(["--sessions", "600", "--seed", "1", "-o", str(path)]) == 0
    return path


COMMANDS = {
    "search": ["search", "de"],
    "export": ["export", "--for", "full"],
}


def run(argv: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    kwargs.setdefault("stdout", subprocess.PIPE)
    return subprocess.run(  # type: ignore[call-overload]
        [sys.executable, "-m", "tui.cli", *argv],
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        timeout=120,
        **kwargs,
    )


def patched(patch: str, argv: list[str], **env: str) -> subprocess.CompletedProcess[str]:
    """leernet with `patch` (Python) run first in the same process: failure injection."""
    code = textwrap.dedent(patch) + textwrap.dedent(f"""
        import sys
        from tui.cli import main
        sys.exit(main({argv!r}))
    """)
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, **env},
        timeout=120,
    )


def assert_quiet(result: subprocess.CompletedProcess[str]) -> None:
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


# -- a full disk -----------------------------------------------------------------------


def test_export_to_a_full_disk_is_one_sentence(big_data: Path, tmp_path: Path) -> None:
    target = tmp_path / "full.md"
    result = patched(
        """
        import errno, os
        def full(fd):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        os.fsync = full
        """,
        ["export", "--for", "full", "--data", str(big_data), "-o", str(target), "--lang", "en"],
    )
    line = assert_one_sentence_error(result)
    assert line == f"leernet: Cannot write to {target}: No space left on device."
    assert list(tmp_path.iterdir()) == []  # no temp file left either


def test_any_os_error_is_one_sentence(big_data: Path) -> None:
    """ENOSPC where no command expects it (say, taking the lock at start)."""
    result = patched(
        f"""
        import errno, os
        from store.db import Store
        def full(*args, **kwargs):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), {str(big_data)!r})
        Store.open = full
        """,
        ["search", "de", "--data", str(big_data), "--lang", "en"],
    )
    assert assert_one_sentence_error(result) == f"leernet: No space left on device: {big_data}."


def test_an_unexpected_error_is_one_sentence_unless_debugging(big_data: Path) -> None:
    patch = """
        from store.db import Store
        def broken(*args, **kwargs):
            raise RuntimeError("a bug")
        Store.open = broken
        """
    argv = ["search", "de", "--data", str(big_data), "--lang", "en"]
    line = assert_one_sentence_error(patched(patch, argv))
    assert "RuntimeError" in line and "report" in line
    debugging = patched(patch, argv, LEERNET_DEBUG="1")
    assert "Traceback" in debugging.stderr and "a bug" in debugging.stderr


# -- standard output -------------------------------------------------------------------


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_stdout_full_is_one_sentence(command: str, big_data: Path) -> None:
    with open("/dev/full", "w") as full:
        result = run([*COMMANDS[command], "--data", str(big_data), "--lang", "en"], stdout=full)
    line = assert_one_sentence_error(result)
    assert line == "leernet: Cannot write to standard output: No space left on device."


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_a_small_output_to_a_full_stdout_is_one_sentence_too(command: str, tmp_path: Path) -> None:
    """Output that fits the buffer fails only at the last flush: still ours to report."""
    from store.db import Store
    from store.models import Network, Session

    data = tmp_path / "leernet.json"
    with Store.open(data) as store:
        network = store.save_network(Network(name="Net"))
        store.save_session(Session(network_id=network.id, topic="de", learned="de dag"))
    with open("/dev/full", "w") as full:
        result = run([*COMMANDS[command], "--data", str(data), "--lang", "en"], stdout=full)
    assert_one_sentence_error(result)


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_head_minus_one_is_quiet(command: str, big_data: Path, tmp_path: Path) -> None:
    line = " ".join([sys.executable, "-m", "tui.cli", *COMMANDS[command]])
    err = tmp_path / "err"
    result = subprocess.run(
        ["bash", "-c", f"{line} --data {big_data} --lang en 2>{err} | head -1 >/dev/null; "
         "echo ${PIPESTATUS[0]}"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )  # fmt: skip
    assert result.stdout.strip() == "0"  # leernet's exit status, not head's
    stderr = err.read_text(encoding="utf-8")
    assert "Traceback" not in stderr and "Exception" not in stderr
    if command == "search":
        assert stderr == ""


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_a_closed_pipe_is_quiet(command: str, big_data: Path) -> None:
    """The reader is gone before the first byte: every write meets EPIPE."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        result = run(
            [*COMMANDS[command], "--data", str(big_data), "--lang", "en"], stdout=write_end
        )
    finally:
        os.close(write_end)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr and "Exception" not in result.stderr


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_a_closed_stdout_is_quiet(command: str, big_data: Path) -> None:
    result = run(
        [*COMMANDS[command], "--data", str(big_data), "--lang", "en"],
        stdout=None,
        preexec_fn=lambda: os.close(1),
    )
    assert_quiet(result)


def test_export_help_names_force() -> None:
    result = run(["export", "--help"])
    assert "--force" in result.stdout and "replace FILE if it exists" in result.stdout
