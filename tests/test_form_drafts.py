"""The self-check take and the network form keep their unsaved typing like the journal
and the feedback form: in the drafts file, within half a second, written on quitting.

The self-check resumes its half-done take without asking (as it always did); the network
form offers its draft back. A self-check draft that older versions kept in the settings
of the data file is taken over into the drafts file once.

Real time on purpose where the promise is "within half a second": type, wait half a
second, read the file from disk.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import orjson
import pytest
from textual.widgets import Input, Static, TextArea

from screens.draft_restore import DraftRestoreModal
from screens.network_form import NetworkFormScreen
from screens.networks import NetworksScreen
from screens.selfcheck import SelfCheckScreen
from screens.selfcheck_take import SelfCheckTakeScreen
from store import atomic, selfcheck
from store.db import Store
from store.drafts import DraftStore
from store.models import Network
from store.paths import drafts_path
from store.selfcheck import DRAFT_KEY, LEGACY_DRAFT_SETTING, SelfCheckDraft


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


async def open_take(pilot) -> SelfCheckTakeScreen:
    await pilot.press("c")
    await settle(pilot)
    assert isinstance(pilot.app.screen, SelfCheckScreen)
    await pilot.press("t")
    await settle(pilot)
    assert isinstance(pilot.app.screen, SelfCheckTakeScreen)
    return pilot.app.screen


def status_of(app) -> str:
    return str(app.screen.query_one("#selfcheck-status", Static).render())


# -- the self-check take ------------------------------------------------------------------


async def test_a_score_is_in_the_drafts_file_half_a_second_later_not_in_the_data_file(
    store: Store, make_app, monkeypatch: pytest.MonkeyPatch
) -> None:
    replaced: list[Path] = []
    real_replace = atomic.replace_file

    def counting(source: Path, target: Path) -> None:
        replaced.append(Path(target))
        real_replace(source, target)

    monkeypatch.setattr(atomic, "replace_file", counting)
    app = make_app("en")
    async with app.run_test(size=(80, 24)) as pilot:
        await open_take(pilot)
        replaced.clear()
        await pilot.press("4", "2")
        await asyncio.sleep(0.5)
        draft = draft_on_disk(store, DRAFT_KEY)
        assert draft is not None
        assert draft["scores"] == {"want_to_learn": 4, "open_to_opportunities": 2}
        assert draft["position"] == 2  # where the user is, kept with the scores
        assert store.path not in replaced  # the data file was not rewritten for it
        assert LEGACY_DRAFT_SETTING not in store.settings().extra
        assert not hasattr(app, "selfcheck_draft")  # no copy kept on the App


async def test_the_half_done_take_comes_back_in_a_new_app(store: Store, make_app) -> None:
    app = make_app("en")
    async with app.run_test(size=(80, 24)) as pilot:
        await open_take(pilot)
        await pilot.press("5", "o", *"ask Bo", "enter", "3")
        await asyncio.sleep(0.5)
    # As after a kill: nothing in memory, only the files.
    app = make_app("en")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("c")
        await settle(pilot)
        assert "half-done (2/10 scored)" in status_of(app)
        await pilot.press("t")
        await settle(pilot)
        take = app.screen
        assert isinstance(take, SelfCheckTakeScreen)  # resumed without a question
        assert "Statement 3/10" in str(take.query_one("#selfcheck-progress", Static).render())
        assert take.query_one("#note-open_to_opportunities", Input).value == "ask Bo"
        assert take.draft.scores == {"want_to_learn": 5, "open_to_opportunities": 3}


async def test_a_settings_draft_of_an_older_version_is_taken_over(store: Store, make_app) -> None:
    legacy = SelfCheckDraft(scores={"want_to_learn": 2, "seek_chances": 4}, position=2)
    store.update_settings(person="An", extra={LEGACY_DRAFT_SETTING: legacy.to_doc()})
    app = make_app("en")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("c")
        await settle(pilot)
        assert "half-done (2/10 scored)" in status_of(app)
        assert draft_on_disk(store, DRAFT_KEY)["scores"] == legacy.scores
        assert LEGACY_DRAFT_SETTING not in store.settings().extra
        assert store.settings().person == "An"
        await pilot.press("t")
        await settle(pilot)
        assert app.screen.draft.scores == legacy.scores
    # And on disk: a new store on the same file holds no self-check draft in the settings.
    store.close()
    with Store.open(store.path) as again:
        assert LEGACY_DRAFT_SETTING not in again.settings().extra
        assert selfcheck.kept_draft(again) == legacy


async def test_discarding_the_half_done_take_empties_the_drafts_file(
    store: Store, make_app
) -> None:
    DraftStore(drafts_path(store.path)).save(
        DRAFT_KEY, SelfCheckDraft(scores={"want_to_learn": 2}).to_doc()
    )
    app = make_app("en")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("c")
        await settle(pilot)
        await pilot.press("w")
        await settle(pilot)
        await pilot.press("y")
        await settle(pilot)
        assert "half-done" not in status_of(app)
    assert draft_on_disk(store, DRAFT_KEY) is None


async def test_a_take_left_untouched_leaves_no_draft(store: Store, make_app) -> None:
    app = make_app("en")
    async with app.run_test(size=(80, 24)) as pilot:
        await open_take(pilot)
        await pilot.press("right", "right", "escape")  # moved, scored nothing
        await settle(pilot)
        assert isinstance(app.screen, SelfCheckScreen)
        assert "half-done" not in status_of(app)
    assert not drafts_path(store.path).exists()


# -- the network form -------------------------------------------------------------------


async def test_a_network_form_draft_is_offered_back_after_reopening(store: Store, make_app) -> None:
    app = make_app("en")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("n")
        await settle(pilot)
        assert isinstance(app.screen, NetworksScreen)
        await pilot.press("n")
        await settle(pilot)
        assert isinstance(app.screen, NetworkFormScreen)
        await pilot.press(*"Coaches", "tab", "tab", "tab", "tab")
        assert app.focused is app.screen.query_one("#nf-goals", TextArea)
        await pilot.press(*"Luisteren")
        await asyncio.sleep(0.5)
        draft = draft_on_disk(store, "new-network")
        assert draft is not None and draft["name"] == "Coaches"
        assert draft["goals"] == "Luisteren"

    # As after a kill: a new app offers the draft back.
    app = make_app("en")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("n")
        await settle(pilot)
        await pilot.press("n")
        await settle(pilot)
        assert isinstance(app.screen, DraftRestoreModal)
        question = str(app.screen.query_one("#draft-question", Static).render())
        assert "network" in question
        await pilot.press("r")
        await settle(pilot)
        form = app.screen
        assert isinstance(form, NetworkFormScreen)
        assert form.query_one("#nf-name", Input).value == "Coaches"
        assert form.query_one("#nf-goals", TextArea).text == "Luisteren"
        await pilot.press("ctrl+s")
        await settle(pilot)
    [saved] = store.networks()
    assert (saved.name, saved.goals) == ("Coaches", ["Luisteren"])
    assert DraftStore(drafts_path(store.path)).keys() == []  # saving drops the draft


async def test_a_draft_of_an_existing_network_can_be_discarded(store: Store, make_app) -> None:
    network = store.save_network(Network(name="As saved"))
    DraftStore(drafts_path(store.path)).save(
        f"network:{network.id}", {"name": "As typed", "kind": "bogus", "goals": 7}
    )
    app = make_app("en")
    async with app.run_test(size=(80, 24)) as pilot:
        await app.push_screen(NetworkFormScreen(network.id))
        await settle(pilot)
        assert isinstance(app.screen, DraftRestoreModal)
        await pilot.press("x")
        await settle(pilot)
        assert app.screen.query_one("#nf-name", Input).value == "As saved"
    assert DraftStore(drafts_path(store.path)).keys() == []


async def test_leaving_the_network_form_without_saving_drops_its_draft(
    store: Store, make_app
) -> None:
    app = make_app("en")
    async with app.run_test(size=(80, 24)) as pilot:
        await app.push_screen(NetworkFormScreen())
        await settle(pilot)
        await pilot.press(*"Half")
        await asyncio.sleep(0.5)
        assert draft_on_disk(store, "new-network") is not None
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("y")  # yes, don't save
        await settle(pilot)
        assert not isinstance(app.screen, NetworkFormScreen)
    assert draft_on_disk(store, "new-network") is None


# -- quitting ---------------------------------------------------------------------------


@pytest.mark.parametrize("form", ["selfcheck", "network"])
async def test_quitting_writes_a_planned_draft(
    store: Store, make_app, monkeypatch: pytest.MonkeyPatch, form: str
) -> None:
    """ctrl+q before the draft's write was due: the App flushes it on the way out."""
    monkeypatch.setattr(SelfCheckTakeScreen, "DRAFT_DELAY", 30.0)
    monkeypatch.setattr(NetworkFormScreen, "DRAFT_DELAY", 30.0)
    app = make_app("en")
    async with app.run_test(size=(80, 24)) as pilot:
        if form == "selfcheck":
            await open_take(pilot)
            await pilot.press("4")
            key = DRAFT_KEY
        else:
            await app.push_screen(NetworkFormScreen())
            await settle(pilot)
            await pilot.press(*"Kept")
            key = "new-network"
        await settle(pilot)
        assert draft_on_disk(store, key) is None  # planned, not yet written
        await pilot.press("ctrl+q")
        await settle(pilot)
    kept = draft_on_disk(store, key)
    if form == "selfcheck":
        assert kept is not None and kept["scores"] == {"want_to_learn": 4}
    else:
        assert kept is not None and kept["name"] == "Kept"


async def test_leaving_the_feedback_form_without_saving_drops_its_draft(
    store: Store, make_app
) -> None:
    """The same for the feedback form: leaving the form used to write the draft back."""
    from screens.feedback_form import FeedbackFormScreen

    app = make_app("en")
    async with app.run_test(size=(100, 30)) as pilot:
        await app.push_screen(FeedbackFormScreen())
        await settle(pilot)
        app.screen.query_one("#fb-name", Input).focus()
        await pilot.press(*"Ann")
        await asyncio.sleep(0.5)
        assert draft_on_disk(store, "new-feedback") is not None
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("y")  # yes, discard
        await settle(pilot)
        assert not isinstance(app.screen, FeedbackFormScreen)
    assert draft_on_disk(store, "new-feedback") is None
