"""Singular and plural go through one helper (store/plural.py) in both languages: no
"over 1 geëvalueerde sessies", in the exports or on the dashboard."""

from __future__ import annotations

import re
from datetime import date

import pytest

from store.db import Store
from store.export import export_markdown
from store.export_text import TEXTS, counted
from store.models import ActionItem, Feedback, Network, Session
from store.plural import plural_keys
from tui.i18n import STRINGS, Translator

# Plural nouns (and a verb) that must never follow a count of one.
PLURALS = (
    "sessies|sessions|acties|actions|feedbackpunten|items|zelftests|self-checks|namen|names"
    "|privésessies|privéfeedbackpunten|weken|weeks|wachten"
)
ONE_WITH_PLURAL = re.compile(rf"\b1 (?:\S+ ){{0,2}}(?:{PLURALS})\b")
COUNT_WITH_NOUN = re.compile(rf"\{{(?:count|planned|held)\}} (?:\S+ ){{0,2}}(?:{PLURALS})\b")


def test_no_export_text_has_a_fixed_plural_after_a_count() -> None:
    """A text with a count and a noun is a `.one` / `.other` pair, never a single entry."""
    counted_keys = plural_keys(TEXTS)
    fixed = [
        key
        for key, pair in TEXTS.items()
        if key.removesuffix(".other") not in counted_keys
        and any(COUNT_WITH_NOUN.search(value) for value in pair)
    ]
    assert fixed == []


def test_the_dashboard_has_no_fixed_plural_after_a_count() -> None:
    counted_keys = plural_keys(STRINGS)
    fixed = [
        key
        for key, pair in STRINGS.items()
        if key.startswith("dashboard.")
        and key.removesuffix(".other") not in counted_keys
        and any(COUNT_WITH_NOUN.search(value) for value in pair)
    ]
    assert fixed == []


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("key", sorted(plural_keys(TEXTS)))
def test_each_counted_export_text_is_singular_for_one(key: str, lang: str) -> None:
    fields = {"average": "4,0", "held": 1}
    one, two = counted(key, 1, lang, **fields), counted(key, 2, lang, **fields)
    assert not ONE_WITH_PLURAL.search(one), one
    assert one != two and "{" not in one + two


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("key", sorted(plural_keys(STRINGS)))
def test_each_counted_ui_text_is_singular_for_one(key: str, lang: str) -> None:
    t = Translator(lang)
    one = t.plural(1, key, held=1)
    assert not ONE_WITH_PLURAL.search(one), one
    assert "⟨" not in one and "{" not in one + t.plural(2, key, held=1)


def test_both_forms_take_the_same_fields() -> None:
    for table in (TEXTS, STRINGS):
        for key in plural_keys(table):
            one = set(re.findall(r"\{(\w+)\}", " ".join(table[f"{key}.one"])))
            other = set(re.findall(r"\{(\w+)\}", " ".join(table[f"{key}.other"])))
            assert one <= other and other - one <= {"count"}, key


@pytest.fixture
def one_of_each(store: Store) -> Store:
    """One session of each kind: private, evaluated, without time; one open action and
    one open feedback item; a network planned with one session every week."""
    net = store.save_network(
        Network(name="N", start=date(2026, 1, 1), planned_sessions=1, cadence_weeks=1)
    )
    store.save_session(
        Session(network_id=net.id, date=date(2026, 3, 1), learned="x", evaluation=4,
                actions=[ActionItem(text="a")], competencies=["teamwork"])
    )  # fmt: skip
    store.save_session(
        Session(network_id=net.id, date=date(2026, 3, 2), learned="y", private=True, minutes=60)
    )
    store.save_feedback(Feedback(date=date(2026, 3, 1), giver_role="manager", said="s"))
    store.save_feedback(
        Feedback(date=date(2026, 3, 1), giver_role="manager", said="p", private=True,
                 status="applied")
    )  # fmt: skip
    return store


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("audience", ["team", "growth", "full"])
def test_exports_with_one_of_each_say_it_in_the_singular(
    one_of_each: Store, audience: str, lang: str
) -> None:
    result = export_markdown(one_of_each, audience, lang=lang, today=date(2026, 3, 3))
    text = result.markdown + "\n" + result.left_out(lang)
    assert not ONE_WITH_PLURAL.search(text), ONE_WITH_PLURAL.search(text)[0]
    if audience == "growth":
        assert ("1 geëvalueerde sessie." if lang == "nl" else "1 evaluated session.") in text
    if audience == "full":
        assert ("1 sessie, elke week" if lang == "nl" else "1 session, every week") in text
