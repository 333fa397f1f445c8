"""Imports point one way: tui -> screens -> store. store never imports textual."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _imports(folder: str) -> list[tuple[str, str]]:
    found = []
    for path in (ROOT / folder).rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                found += [(str(path.relative_to(ROOT)), alias.name) for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.append((str(path.relative_to(ROOT)), node.module))
    return found


@pytest.mark.parametrize(
    ("folder", "forbidden"),
    [
        ("store", ("textual", "screens", "tui", "rich")),
        ("screens", ("tui", "tinydb")),
        ("tui", ("tinydb",)),
    ],
)
def test_import_direction(folder: str, forbidden: tuple[str, ...]) -> None:
    bad = [(where, name) for where, name in _imports(folder) if name.split(".")[0] in forbidden]
    assert bad == []


def test_command_line_module_does_not_load_textual() -> None:
    code = "import sys, tui.cli; sys.exit('textual' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], cwd=ROOT).returncode == 0
