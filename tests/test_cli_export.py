"""`leernet export` through a real subprocess: stdout, files, and one sentence per error."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from test_export import PRIVATE_TEXTS, build_store

from store.db import Store
from store.markdown import make_parser

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def data_file(tmp_path: Path) -> Path:
    path = tmp_path / "data" / "leernet.json"
    path.parent.mkdir()
    with Store.open(path) as store:
        build_store(store)
    return path


def leernet(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT)
    return subprocess.run(
        [sys.executable, "-m", "tui.cli", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        env=env,
        timeout=120,
    )


def one_sentence(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("leernet: ")
    return lines[0]


def test_team_to_stdout_is_markdown_and_the_rest_goes_to_stderr(data_file: Path) -> None:
    result = leernet("export", "--for", "team", "--data", str(data_file), "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("# From my learning network — for the team meeting\n")
    tokens = make_parser().parse(result.stdout)
    assert any(t.type == "heading_open" and t.tag == "h2" for t in tokens)
    for secret in PRIVATE_TEXTS:
        assert secret not in result.stdout
    assert "Dirk" not in result.stdout
    assert "Left out: 1 private session" in result.stderr
    assert "Traceback" not in result.stderr


def test_growth_to_a_file_is_private_and_complete(data_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "out" / "growth.md"
    target.parent.mkdir()
    result = leernet(
        "export", "--for", "growth", "--data", str(data_file), "-o", str(target), "--lang", "nl"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    written = target.read_text(encoding="utf-8")
    assert written.startswith("# Mijn deelname aan lerende netwerken")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert "Geschreven naar" in result.stderr
    assert sorted(p.name for p in target.parent.iterdir()) == ["growth.md"]


def test_team_file_is_readable_for_others_and_replaces_an_old_one(
    data_file: Path, tmp_path: Path
) -> None:
    target = tmp_path / "team.md"
    target.write_text("old", encoding="utf-8")
    os.chmod(target, 0o644)
    args = ("export", "--for", "team", "--data", str(data_file), "-o", str(target))
    assert "--force" in one_sentence(leernet(*args))  # never replaced silently
    assert target.read_text(encoding="utf-8") == "old"
    result = leernet(*args, "--force")
    assert result.returncode == 0, result.stderr
    assert target.read_text(encoding="utf-8").startswith("# ")
    assert stat.S_IMODE(target.stat().st_mode) == 0o644


def test_full_with_network_and_period(data_file: Path) -> None:
    result = leernet(
        "export",
        "--for",
        "full",
        "--data",
        str(data_file),
        "--network",
        "netwerk # één",
        "--since",
        "2026-06-01",
        "--until",
        "30-06-2026",
        "--lang",
        "nl",
    )
    assert result.returncode == 0, result.stderr
    assert "GEHEIM-SESSIE" in result.stdout
    assert "Stilstanden melden" not in result.stdout  # March: outside the period
    assert "Periode: 1 juni 2026 – 30 juni 2026" in result.stdout


def test_unknown_network(data_file: Path) -> None:
    line = one_sentence(
        leernet("export", "--for", "team", "--data", str(data_file), "--network", "nope")
    )
    assert "nope" in line and "Ploegleiders textiel" in line


@pytest.mark.parametrize(
    ("args", "word"),
    [
        (("--since", "31/02/2026"), "31/02/2026"),
        (("--until", "someday soon"), "someday soon"),
        (("--since", "2026-06-01", "--until", "2026-05-01"), "--since"),
    ],
)
def test_bad_dates(data_file: Path, args: tuple[str, ...], word: str) -> None:
    line = one_sentence(
        leernet("export", "--for", "team", "--data", str(data_file), "--lang", "en", *args)
    )
    assert word in line


def test_unwritable_paths_leave_nothing_behind(data_file: Path, tmp_path: Path) -> None:
    before = sorted(p.name for p in data_file.parent.iterdir())
    cases = [
        tmp_path / "missing" / "x.md",  # no such folder
        tmp_path,  # a folder, not a file
        Path("/proc/leernet-export.md"),  # the kernel refuses new files, even for root
        data_file,  # the data file itself
    ]
    for target in cases:
        line = one_sentence(
            leernet("export", "--for", "growth", "--data", str(data_file), "-o", str(target))
        )
        assert str(target.parent) in line
    assert sorted(p.name for p in data_file.parent.iterdir()) == before
    assert not (tmp_path / "missing").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_missing_data_file(tmp_path: Path) -> None:
    line = one_sentence(leernet("export", "--for", "team", "--data", str(tmp_path / "none.json")))
    assert "none.json" in line
    assert not (tmp_path / "none.json").exists()


def test_export_does_not_import_textual(data_file: Path, tmp_path: Path) -> None:
    code = (
        "import sys; from tui.cli import main; "
        f"rc = main(['export', '--for', 'full', '--data', {str(data_file)!r}, "
        f"'-o', {str(tmp_path / 'f.md')!r}]); "
        "sys.exit(10 if 'textual' in sys.modules else rc)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "f.md").exists()
