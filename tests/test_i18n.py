"""Both languages everywhere: every key has Dutch and English, and every key used exists."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
import string
from pathlib import Path

import pytest

import screens
from tui.i18n import STRINGS, Translator, choose_language, system_language

ROOT = Path(__file__).resolve().parents[1]


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("key", sorted(STRINGS))
def test_every_key_has_both_languages_with_same_fields(key: str) -> None:
    entry = STRINGS[key]
    assert isinstance(entry, tuple) and len(entry) == 2, key
    nl, en = entry
    assert nl.strip() and en.strip(), f"{key} lacks a language"
    assert _fields(nl) == _fields(en), f"{key}: placeholders differ between nl and en"


LITERAL_CALL = re.compile(r"""\bt\(\s*["']([a-z][a-z0-9_]*(?:\.[a-z0-9_]+)+)["']""")


def test_every_literal_key_used_in_code_exists() -> None:
    missing = []
    for folder in ("screens", "tui"):
        for path in (ROOT / folder).rglob("*.py"):
            if "i18n" in path.parts:
                continue
            for key in LITERAL_CALL.findall(path.read_text(encoding="utf-8")):
                if key not in STRINGS:
                    missing.append(f"{path.relative_to(ROOT)}: {key}")
    assert missing == []


def _screen_classes():
    for info in pkgutil.iter_modules(screens.__path__):
        module = importlib.import_module(f"screens.{info.name}")
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ == module.__name__ and hasattr(cls, "BINDINGS"):
                yield cls


def test_every_binding_description_is_a_translated_key() -> None:
    from tui.app import LeernetApp

    missing = []
    for cls in [*list(_screen_classes()), LeernetApp]:
        for binding in cls.BINDINGS:
            description = getattr(binding, "description", "")
            tooltip = getattr(binding, "tooltip", "")
            if getattr(binding, "show", True) and description and description not in STRINGS:
                missing.append(f"{cls.__name__}: {description}")
            if tooltip and tooltip not in STRINGS:
                missing.append(f"{cls.__name__}: tooltip {tooltip}")
    assert missing == []


def test_translator_switches_language() -> None:
    t = Translator("nl")
    assert t("nav.selfcheck") == "Zelftest"
    t.lang = "en"
    assert t("nav.selfcheck") == "Self-check"
    assert t("no.such.key") == "⟨no.such.key⟩"


def test_language_choice_order(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "nl_BE.UTF-8")
    assert system_language() == "nl"
    assert choose_language(None, None) == "nl"
    assert choose_language(None, "en") == "en"
    assert choose_language("nl", "en") == "nl"
    monkeypatch.setenv("LANG", "fr_BE.UTF-8")
    assert choose_language(None, None) == "en"
