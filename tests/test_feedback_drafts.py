"""Drafts reach the disk within half a second of typing — in the journal and in the
feedback form — and the feedback form offers its draft back like the journal does.

Real time on purpose: "at most the last half second of typing is lost" is the promise
in the help text, so the test types, waits half a second, and reads the file.
"""

from __future__ import annotations

import asyncio

import orjson
import pytest
from textual.widgets import Input, Static, TextArea

from screens.draft_restore import DraftRestoreModal
from screens.feedback_form import FeedbackFormScreen
from screens.journal import SessionJournalScreen
from store.db import Store
from store.drafts import DraftStore
from store.models import Feedback, Network
from store.paths import drafts_path


def draft_on_disk(store: Store, key: str) -> dict | None:
    """The draft as the file holds it right now (read from disk, not from a cache)."""
    path = drafts_path(store.path)
    if not path.exists():
        return None
    entry = orjson.loads(path.read_bytes()).get(key)
    return entry["data"] if entry else None


async def settle(pilot) -> None:
    for _ in range(3):
        await pilot.pause()


async def test_journal_draft_is_on_disk_half_a_second_after_typing(store: Store, make_app) -> None:
    network = store.save_network(Network(name="N"))
    app = make_app("en")
    async with app.run_test(size=(100, 30)) as pilot:
        await app.push_screen(SessionJournalScreen(network.id))
        await settle(pilot)
        app.screen.query_one("#s-topic", Input).focus()
        await pilot.press(*"Typed line")
        await asyncio.sleep(0.5)
        draft = draft_on_disk(store, f"new-session:{network.id}")
        assert draft is not None and draft["fields"]["s-topic"] == "Typed line"


async def test_typing_without_a_pause_is_still_written(store: Store, make_app) -> None:
    """A debounce would wait for a pause that never comes; the draft must not."""
    network = store.save_network(Network(name="N"))
    app = make_app("en")
    async with app.run_test(size=(100, 30)) as pilot:
        await app.push_screen(SessionJournalScreen(network.id))
        await settle(pilot)
        app.screen.query_one("#s-topic", Input).focus()
        for char in "abcdefghijkl":
            await pilot.press(char)
            await asyncio.sleep(0.1)
        draft = draft_on_disk(store, f"new-session:{network.id}")
        # "abcde" was typed at least 0.7 s before this read.
        assert draft is not None and draft["fields"]["s-topic"].startswith("abcde")


async def test_feedback_draft_is_on_disk_and_offered_back(store: Store, make_app) -> None:
    app = make_app("en")
    async with app.run_test(size=(100, 30)) as pilot:
        await app.push_screen(FeedbackFormScreen())
        await settle(pilot)
        app.screen.query_one("#fb-name", Input).focus()
        await pilot.press(*"Ann")
        app.screen.query_one("#fb-said", TextArea).focus()
        await pilot.press(*"Half a sentence")
        await asyncio.sleep(0.5)
        draft = draft_on_disk(store, "new-feedback")
        assert draft is not None and draft["said"] == "Half a sentence"
        assert draft["giver_name"] == "Ann"

    # As after a kill: a new app on the same data offers the draft back.
    app = make_app("en")
    async with app.run_test(size=(100, 30)) as pilot:
        await app.push_screen(FeedbackFormScreen())
        await settle(pilot)
        assert isinstance(app.screen, DraftRestoreModal)
        question = str(app.screen.query_one("#draft-question", Static).render())
        assert "feedback" in question
        await pilot.press("r")
        await settle(pilot)
        form = app.screen
        assert isinstance(form, FeedbackFormScreen)
        assert form.query_one("#fb-said", TextArea).text == "Half a sentence"
        assert form.query_one("#fb-name", Input).value == "Ann"
        await pilot.press("ctrl+s")
        await settle(pilot)
    [saved] = store.feedback()
    assert (saved.said, saved.giver_name) == ("Half a sentence", "Ann")
    assert DraftStore(drafts_path(store.path)).keys() == []  # saving drops the draft


async def test_feedback_draft_of_an_existing_entry_can_be_discarded(store: Store, make_app) -> None:
    item = store.save_feedback(Feedback(said="As saved", giver_name="Bo"))
    DraftStore(drafts_path(store.path)).save(
        f"feedback:{item.id}",
        {"said": "As typed", "giver_name": "Bo", "network_id": 999, "status": "bogus"},
    )
    app = make_app("en")
    async with app.run_test(size=(100, 30)) as pilot:
        await app.push_screen(FeedbackFormScreen(item))
        await settle(pilot)
        assert isinstance(app.screen, DraftRestoreModal)
        await pilot.press("x")
        await settle(pilot)
        assert app.screen.query_one("#fb-said", TextArea).text == "As saved"
    assert DraftStore(drafts_path(store.path)).keys() == []


async def test_a_draft_with_odd_values_restores_what_fits(store: Store, make_app) -> None:
    item = store.save_feedback(Feedback(said="As saved", giver_name="Bo"))
    DraftStore(drafts_path(store.path)).save(
        f"feedback:{item.id}",
        {"said": "As typed", "giver_name": 7, "network_id": 999, "status": "bogus"},
    )
    app = make_app("en")
    async with app.run_test(size=(100, 30)) as pilot:
        await app.push_screen(FeedbackFormScreen(item))
        await settle(pilot)
        await pilot.press("r")
        await settle(pilot)
        form = app.screen
        assert form.query_one("#fb-said", TextArea).text == "As typed"
        assert form.query_one("#fb-name", Input).value == "Bo"


@pytest.mark.parametrize("screen_kind", ["journal", "feedback"])
async def test_leaving_a_form_writes_a_planned_draft(
    store: Store, make_app, monkeypatch: pytest.MonkeyPatch, screen_kind: str
) -> None:
    """However a form is dismissed, the draft write it had planned happens first."""
    network = store.save_network(Network(name="N"))
    monkeypatch.setattr(SessionJournalScreen, "DRAFT_DELAY", 30.0)
    monkeypatch.setattr(FeedbackFormScreen, "DRAFT_DELAY", 30.0)
    app = make_app("en")
    async with app.run_test(size=(100, 30)) as pilot:
        if screen_kind == "journal":
            await app.push_screen(SessionJournalScreen(network.id))
            field, key = "#s-topic", f"new-session:{network.id}"
        else:
            await app.push_screen(FeedbackFormScreen())
            field, key = "#fb-name", "new-feedback"
        await settle(pilot)
        app.screen.query_one(field, Input).focus()
        await pilot.press(*"Kept")
        assert draft_on_disk(store, key) is None  # planned, not yet written
        app.screen.dismiss(None)
        await settle(pilot)
    assert "Kept" in str(draft_on_disk(store, key))


async def test_typing_after_a_restored_draft_goes_at_its_end(store: Store, make_app) -> None:
    """The field has the focus while the draft is put back: the cursor must follow the
    new text to its end (TextArea put it at the start, Input kept it inside)."""
    item = store.save_feedback(Feedback(said="Saved text", giver_name="Bo"))
    DraftStore(drafts_path(store.path)).save(
        f"feedback:{item.id}", {"said": "Saved text, and more typed", "giver_name": "Bo Li"}
    )
    app = make_app("en")
    async with app.run_test(size=(100, 30)) as pilot:
        await app.push_screen(FeedbackFormScreen(item))
        await settle(pilot)
        await pilot.press("r")
        await settle(pilot)
        form = app.screen
        assert isinstance(form, FeedbackFormScreen)
        assert isinstance(app.focused, TextArea)  # an opened item: the focus in What was said
        await pilot.press(*" then")
        name = form.query_one("#fb-name", Input)
        name.focus()
        await settle(pilot)
        name.value = "Bo Li-Peeters"  # as a draft or a language switch puts it back
        await pilot.press(*"!")
        await settle(pilot)
        assert form.query_one("#fb-said", TextArea).text == "Saved text, and more typed then"
        assert name.value == "Bo Li-Peeters!"
