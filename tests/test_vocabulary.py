"""The domain's words live once (store/vocabulary.py): the app and the exports say the
same for every status, role, competency and reflection prompt."""

from __future__ import annotations

from datetime import date

import pytest

from store.db import Store
from store.export import export_markdown
from store.export_text import label, text
from store.models import (
    ACTION_STATUSES,
    COMPETENCIES,
    FEEDBACK_ROLES,
    FEEDBACK_STATUSES,
    ActionItem,
    Network,
    Session,
)
from store.vocabulary import CODES, PROMPT
from tui.i18n import Translator

LANGS = ("nl", "en")


def test_every_stored_code_has_its_words() -> None:
    for table, (words, codes) in CODES.items():
        assert set(words) == set(codes), table
        assert all(all(w.strip() for w in pair) for pair in words.values()), table


@pytest.mark.parametrize("lang", LANGS)
def test_action_statuses_read_the_same_in_the_app_and_the_export(lang: str) -> None:
    t = Translator(lang)
    for code in ACTION_STATUSES:
        assert t(f"journal.status.{code}") == label("action_status", code, lang)
        assert t(f"actions.status.{code}") == label("action_status", code, lang)


@pytest.mark.parametrize("lang", LANGS)
def test_feedback_statuses_and_roles_read_the_same(lang: str) -> None:
    t = Translator(lang)
    for code in FEEDBACK_STATUSES:
        assert t(f"feedback.status.{code}") == label("feedback_status", code, lang)
    for code in FEEDBACK_ROLES:
        for area in ("feedback", "journal", "search"):
            assert t(f"{area}.role.{code}") == label("role", code, lang)


@pytest.mark.parametrize("lang", LANGS)
def test_competencies_read_the_same_apart_from_the_capital(lang: str) -> None:
    t = Translator(lang)
    for code in COMPETENCIES:
        assert t(f"journal.competency.{code}").lower() == label("competency", code, lang)


@pytest.mark.parametrize("lang", LANGS)
def test_prompts_read_the_same_in_the_journal_and_the_full_export(lang: str) -> None:
    t = Translator(lang)
    for field in PROMPT:
        assert t(f"journal.prompt.{field}") == text(f"full.{field}", lang)


def test_the_words_the_issue_found_differing_are_the_apps(store: Store) -> None:
    net = store.save_network(Network(name="N", start=date(2026, 1, 1)))
    store.save_session(
        Session(network_id=net.id, date=date(2026, 2, 1), learned="x", will_try="y",
                actions=[ActionItem(text="a", status="dropped")])
    )  # fmt: skip
    full = export_markdown(store, "full", lang="nl", today=date(2026, 3, 1)).markdown
    growth = export_markdown(store, "growth", lang="nl", today=date(2026, 3, 1)).markdown
    assert "Wat ga ik proberen of toepassen?" in full
    assert "Wat wil ik uitproberen" not in full
    assert "geschrapt" in full and "geschrapt" in growth
    assert "laten vallen" not in full + growth
