"""The command line: help, version, and one clear sentence for user errors."""

from __future__ import annotations

from pathlib import Path

from cli_run import assert_one_sentence_error, leernet

ROOT = Path(__file__).resolve().parents[1]


def test_help_lists_the_commands() -> None:
    result = leernet("--help")
    assert result.returncode == 0
    for word in ("--data", "--lang", "--demo", "export", "search", "backups", "restore"):
        assert word in result.stdout


def test_version() -> None:
    result = leernet("--version")
    assert result.returncode == 0
    assert result.stdout.startswith("leernet ")


def test_data_in_missing_folder() -> None:
    line = assert_one_sentence_error(leernet("--data", "/nonexistent/dir/x.json"))
    assert "/nonexistent/dir" in line


def test_unknown_language() -> None:
    line = assert_one_sentence_error(leernet("--lang", "xx"))
    assert "xx" in line


def test_unknown_command() -> None:
    assert_one_sentence_error(leernet("frobnicate"))


def test_data_path_that_is_a_folder(tmp_path: Path) -> None:
    line = assert_one_sentence_error(leernet("--data", str(tmp_path)))
    assert "folder" in line


def test_export_and_search_work_while_the_app_has_the_file_open(tmp_path: Path) -> None:
    from datetime import date

    from store.db import Store
    from store.models import Network, Session

    path = tmp_path / "leernet.json"
    with Store.open(path) as holder:  # the app's lock is held during both commands
        network = holder.save_network(Network(name="Preventie"))
        holder.save_session(
            Session(network_id=network.id, date=date(2026, 3, 1), learned="Evaluatie van ideeën")
        )
        exported = leernet("export", "--for", "full", "--data", str(path))
        assert exported.returncode == 0, exported.stderr
        assert "Evaluatie van ideeën" in exported.stdout
        found = leernet("search", "ideeen", "--data", str(path))
        assert found.returncode == 0, found.stderr
        assert "Preventie" in found.stdout
