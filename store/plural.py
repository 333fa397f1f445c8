"""Singular and plural of a count with its noun, in Dutch and English: one helper for the
app's i18n tables and the exports' texts.

A counted text is a pair of entries, `key.one` and `key.other`, e.g.
`"growth.open.actions.one": ("1 actie", "1 action")` and
`"growth.open.actions.other": ("{count} acties", "{count} actions")`. Both languages
use the singular for exactly one and the plural for everything else (0 included:
"0 sessies", "0 sessions"). A text that shows a count beside a noun is never a single
entry, so "over 1 geëvalueerde sessies" cannot come back (tests/test_plural.py checks
the tables).
"""

from __future__ import annotations

from collections.abc import Mapping

FORMS = ("one", "other")


def plural_key(key: str, count: int) -> str:
    """`key.one` for exactly one, `key.other` otherwise."""
    return f"{key}.one" if count == 1 else f"{key}.other"


def plural_text(
    table: Mapping[str, tuple[str, str]], key: str, count: int, lang: str, **fields: object
) -> str:
    """The form of `key` for `count` in `lang` ("nl", else English), `{count}` filled in."""
    entry = table[plural_key(key, count)]
    chosen = entry[0] if lang == "nl" else entry[1]
    return chosen.format(count=count, **fields)


def plural_keys(table: Mapping[str, object]) -> set[str]:
    """The counted keys of a table: those with a `.one` and an `.other` entry."""
    ones = {key[: -len(".one")] for key in table if key.endswith(".one")}
    return {key for key in ones if f"{key}.other" in table}
