"""Every UI string in Dutch and English.

Each module in this package holds the strings of one area as
`STRINGS = {"key": ("Nederlands", "English")}`; they are merged here. Format fields use
`str.format` names: `t("dashboard.sessions", held=3, planned=8)`. A count with its noun is
a pair `key.one` / `key.other`, read with `t.plural(count, "key")` (store/plural.py).
"""

from __future__ import annotations

import importlib
import locale
import os
import pkgutil

from store.plural import plural_key, plural_text

LANGUAGES = ("nl", "en")


def _load_tables() -> dict[str, tuple[str, str]]:
    merged: dict[str, tuple[str, str]] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        for key, value in getattr(module, "STRINGS", {}).items():
            if key in merged:
                raise KeyError(f"i18n key {key!r} is defined twice (again in {info.name})")
            merged[key] = value
    return merged


STRINGS: dict[str, tuple[str, str]] = _load_tables()


def system_language() -> str:
    """`nl*` in the locale environment → Dutch, anything else → English."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "")
        if value:
            return "nl" if value.lower().startswith("nl") else "en"
    try:
        code = locale.getlocale()[0] or ""
    except ValueError:
        code = ""
    return "nl" if code.lower().startswith("nl") else "en"


def choose_language(cli: str | None, saved: str | None) -> str:
    """`--lang` wins, then the saved setting, then the system locale."""
    for candidate in (cli, saved):
        if candidate in LANGUAGES:
            return candidate
    return system_language()


class Translator:
    """Looks up keys in the current language; a missing key shows itself, marked."""

    def __init__(self, lang: str = "en") -> None:
        self.lang = lang if lang in LANGUAGES else "en"

    def __call__(self, key: str, **fields: object) -> str:
        entry = STRINGS.get(key)
        if entry is None:
            return f"⟨{key}⟩"
        text = entry[LANGUAGES.index(self.lang)]
        return text.format(**fields) if fields else text

    def plural(self, count: int, key: str, **fields: object) -> str:
        """`count` with its noun: the entry `key.one` or `key.other`, `{count}` filled in
        (the helper the exports use too: store/plural.py)."""
        if plural_key(key, count) not in STRINGS:
            return f"⟨{key}⟩"
        return plural_text(STRINGS, key, count, self.lang, **fields)
