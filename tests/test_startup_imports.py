"""Start-up imports only what the first screen needs; command-line paths never load textual."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from store.db import Store
from store.models import Feedback, Network, Session

ROOT = Path(__file__).resolve().parents[1]


def loaded_modules(code: str) -> list[str]:
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            code
            + "\nimport sys, json; print(json.dumps(sorted(sys.modules)), file=sys.__stdout__)",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_app_imports_only_the_screens_of_the_first_screen() -> None:
    modules = loaded_modules("import tui.app")
    screens = {m for m in modules if m.startswith("screens.")}
    assert "screens.dashboard" in screens
    # Every other area is imported when it is first opened (tui/app.py lazy_screen).
    for area in ("actions", "search", "selfcheck", "feedback", "networks", "export", "journal"):
        assert f"screens.{area}" not in screens


async def test_every_lazy_area_opens_its_screen(make_app) -> None:
    from textual.screen import Screen

    from tui.app import AREA_SCREENS

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        for area, factory in AREA_SCREENS.items():
            assert isinstance(factory(), Screen), area
        await pilot.pause()


@pytest.mark.parametrize(
    "argv", [["search", "feedback"], ["export", "--for", "full"], ["export", "--for", "team"]]
)
def test_command_line_paths_do_not_import_textual(tmp_path: Path, argv: list[str]) -> None:
    data = tmp_path / "leernet.json"
    with Store.open(data) as store:
        network = store.save_network(Network(name="Netwerk"))
        store.save_session(Session(network_id=network.id, learned="Over feedback geleerd"))
        store.save_feedback(Feedback(said="Goede feedback"))
    code = (
        "import os, sys\n"
        "from tui import cli\n"
        "sys.stdout = sys.stderr = open(os.devnull, 'w')\n"
        f"assert cli.main({[*argv, '--data', str(data)]!r}) == 0\n"
    )
    modules = loaded_modules(code)
    assert [m for m in modules if m == "textual" or m.startswith("textual.")] == []
