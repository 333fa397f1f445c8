"""Pilot tests of the self-check screens: taking, resuming, the result, history, compare."""

from __future__ import annotations

import asyncio
from datetime import date

from textual.widgets import DataTable, Input, Static

from screens.selfcheck import SelfCheckScreen
from screens.selfcheck_compare import SelfCheckCompareScreen
from screens.selfcheck_result import SelfCheckResultScreen
from screens.selfcheck_take import SelfCheckTakeScreen
from store import selfcheck
from store.db import Store
from store.models import SelfCheckTake
from store.selfcheck import STATEMENT_KEYS

SCORES = [4, 5, 2, 1, 3, 4, 5, 4, 2, 3]


def static_text(screen, selector: str) -> str:
    return str(screen.query_one(selector, Static).render())


def result_text(screen) -> str:
    """Every line shown on the result screen, joined."""
    return "\n".join(str(line.render()) for line in screen.query(".selfcheck-line"))


async def open_area(pilot) -> SelfCheckScreen:
    await pilot.press("c")
    await pilot.pause()
    assert isinstance(pilot.app.screen, SelfCheckScreen)
    return pilot.app.screen


async def test_full_take_by_keyboard_is_stored(make_app, store: Store) -> None:
    app = make_app("en")
    async with app.run_test(size=(80, 24)) as pilot:
        await open_area(pilot)
        await pilot.press("t")
        await pilot.pause()
        take_screen = app.screen
        assert isinstance(take_screen, SelfCheckTakeScreen)
        assert "Statement 1/10" in static_text(take_screen, "#selfcheck-progress")
        for n, score in enumerate(SCORES, start=1):
            if n == 7:  # a note on "using feedback", typed with the keyboard
                await pilot.press("o", *"ask 2 colleagues", "enter")
            await pilot.press(str(score))
            await pilot.pause()
            if n == 4:
                assert "Statement 5/10" in static_text(take_screen, "#selfcheck-progress")
                assert "4 of 10 scored" in static_text(take_screen, "#selfcheck-progress")
        # All ten scored: the finish step; pick "during" and save with ctrl+s.
        assert "Finish" in static_text(take_screen, "#selfcheck-progress")
        await pilot.press("down", "enter", "ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, SelfCheckResultScreen)

        takes = store.selfchecks()
        assert len(takes) == 1
        take = takes[0]
        assert take.scores == dict(zip(STATEMENT_KEYS, SCORES, strict=True))
        assert take.date == date.today()
        assert take.moment == "during"
        assert take.notes == {"use_feedback": "ask 2 colleagues"}
        assert selfcheck.kept_draft(store) is None  # saving the take drops its draft

        shown = result_text(app.screen)
        assert "Average: 3.3 out of 5" in shown
        assert "Strengths (4–5)" in shown and "Wanting to learn" in shown
        assert "Growth points (1–2)" in shown and "Sharing ideas" in shown
        assert "Prepare a case of your own" in shown  # the tip of a growth point
        assert "note: ask 2 colleagues" in shown


async def test_half_done_take_is_not_stored_and_resumes(make_app, store: Store) -> None:
    app = make_app("en")
    async with app.run_test(size=(80, 24)) as pilot:
        await open_area(pilot)
        await pilot.press("t")
        await pilot.pause()
        await pilot.press("3", "4", "o", *"later", "escape", "escape")
        await pilot.pause()
        assert isinstance(app.screen, SelfCheckScreen)
        assert store.selfchecks() == []
        assert "half-done (2/10 scored)" in static_text(app.screen, "#selfcheck-status")
        kept = selfcheck.kept_draft(store)
        assert kept is not None
        assert kept.scores == {"want_to_learn": 3, "open_to_opportunities": 4}
        assert kept.notes == {"seek_chances": "later"}

        # Resume in the same run: on statement 3, with the first two scores kept.
        await pilot.press("t")
        await pilot.pause()
        screen = app.screen
        assert "Statement 3/10" in static_text(screen, "#selfcheck-progress")
        assert "1:3 2:4 3:·" in static_text(screen, "#selfcheck-steps")
        assert screen.query_one("#note-seek_chances", Input).value == "later"
        await pilot.press("escape")
        await pilot.pause()


async def test_draft_survives_a_restart(make_app, store: Store) -> None:
    app = make_app("en")
    async with app.run_test(size=(80, 24)) as pilot:
        await open_area(pilot)
        await pilot.press("t")
        await pilot.pause()
        await pilot.press("5", "5", "5")
        await asyncio.sleep(0.5)  # the draft is written without leaving the screen
        assert selfcheck.kept_draft(store) is not None
    assert store.selfchecks() == []

    again = make_app("en")  # a new app on the same data: nothing in memory
    async with again.run_test(size=(80, 24)) as pilot:
        await open_area(pilot)
        assert "3/10 scored" in static_text(again.screen, "#selfcheck-status")
        await pilot.press("t")
        await pilot.pause()
        assert "Statement 4/10" in static_text(again.screen, "#selfcheck-progress")
        for _ in range(7):
            await pilot.press("2")
        await pilot.press("ctrl+s")
        await pilot.pause()
        takes = store.selfchecks()
        assert len(takes) == 1 and takes[0].moment == "before"
        assert list(takes[0].scores.values()) == [5, 5, 5] + [2] * 7


async def test_back_forward_and_mouse(make_app, store: Store) -> None:
    app = make_app("en")
    async with app.run_test(size=(80, 24)) as pilot:
        await open_area(pilot)
        await pilot.press("t")
        await pilot.pause()
        screen = app.screen
        await pilot.press("right", "right")
        assert "Statement 3/10" in static_text(screen, "#selfcheck-progress")
        await pilot.press("left")
        assert "Statement 2/10" in static_text(screen, "#selfcheck-progress")
        # A click on "5 completely" scores statement 2 and moves on.
        scale = screen.scale_at(1)
        await pilot.click(scale.query("RadioButton").last())
        await pilot.pause()
        assert screen.draft.scores == {"open_to_opportunities": 5}
        assert "Statement 3/10" in static_text(screen, "#selfcheck-progress")  # next open one
        assert "2:5" in static_text(screen, "#selfcheck-steps")
        # The buttons under the statement go back and forth.
        await pilot.click("#selfcheck-pane-2 .selfcheck-prev")
        await pilot.pause()
        assert "Statement 2/10" in static_text(screen, "#selfcheck-progress")
        await pilot.click("#selfcheck-pane-1 .selfcheck-next")
        await pilot.pause()
        assert "Statement 3/10" in static_text(screen, "#selfcheck-progress")


async def test_save_refuses_an_incomplete_take_and_a_bad_date(make_app, store: Store) -> None:
    app = make_app("nl")
    async with app.run_test(size=(80, 24)) as pilot:
        await open_area(pilot)
        await pilot.press("t")
        await pilot.pause()
        await pilot.press("4", "ctrl+s")
        await pilot.pause()
        assert store.selfchecks() == []
        assert "Nog niet gescoord" in static_text(app.screen, "#selfcheck-finish-summary")
        await pilot.click("#selfcheck-goto-missing")
        await pilot.pause()
        assert "Uitspraak 2/10" in static_text(app.screen, "#selfcheck-progress")
        for _ in range(9):
            await pilot.press("3")
        date_input = app.screen.query_one("#selfcheck-date", Input)
        date_input.value = "31-02-2026"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert store.selfchecks() == []
        error = app.screen.query_one("#field-selfcheck-date .form-error", Static)
        assert "Geen datum die ik ken" in str(error.render())
        assert date_input.value == "31-02-2026"  # what was typed stays
        date_input.value = "01-11-2026"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert [t.date for t in store.selfchecks()] == [date(2026, 11, 1)]


def seed_takes(store: Store) -> tuple[SelfCheckTake, SelfCheckTake, SelfCheckTake]:
    def make(values: list[int], on: date, moment: str) -> SelfCheckTake:
        scores = dict(zip(STATEMENT_KEYS, values, strict=True))
        return store.save_selfcheck(SelfCheckTake(date=on, moment=moment, scores=scores))

    first = make([2, 3, 3, 4, 1, 5, 2, 3, 3, 1], date(2026, 1, 10), "before")
    second = make([3, 3, 5, 2, 1, 4, 4, 3, 3, 2], date(2026, 4, 10), "during")
    third = make([4, 4, 5, 3, 3, 4, 5, 4, 4, 3], date(2026, 9, 10), "after")
    return first, second, third


def compare_rows(screen) -> dict[str, list[str]]:
    table = screen.query_one("#selfcheck-compare-table", DataTable)
    rows = {}
    for row_key in table.rows:
        rows[row_key.value] = [str(cell) for cell in table.get_row(row_key)]
    return rows


async def test_compare_two_marked_takes_shows_the_deltas(make_app, store: Store) -> None:
    first, second, _third = seed_takes(store)
    app = make_app("en")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_area(pilot)
        table = screen.query_one("#selfcheck-history", DataTable)
        assert table.row_count == 3
        # Newest first: the middle row is the second take, the last row the first.
        assert "Average over time: 2.7 → 3.0 → 3.9" in static_text(screen, "#selfcheck-trend-label")
        await pilot.press("down", "space", "down", "space", "v")
        await pilot.pause()
        compare_screen = app.screen
        assert isinstance(compare_screen, SelfCheckCompareScreen)
        assert compare_screen.take_ids == (second.id, first.id)
        rows = compare_rows(compare_screen)
        deltas = [rows[key][3] for key in STATEMENT_KEYS]
        assert deltas == ["+1", "0", "+2", "-2", "0", "-1", "+2", "0", "0", "+1"]
        assert rows["want_to_learn"][:3] == ["Wanting to learn", "2 not really", "3 partly"]
        assert rows["average"][1:] == ["2.7", "3.0", "+0.3"]
        heading = static_text(compare_screen, "#selfcheck-compare-heading")
        assert heading.startswith("10 Jan 2026 (before the network) → 10 Apr 2026")
        assert "4 up, 2 down, 4 unchanged." in static_text(
            compare_screen, "#selfcheck-compare-summary"
        )


async def test_compare_with_previous_from_cursor_and_result(make_app, store: Store) -> None:
    _first, second, third = seed_takes(store)
    app = make_app("nl")
    async with app.run_test(size=(80, 24)) as pilot:
        await open_area(pilot)
        await pilot.press("v")  # cursor on the newest: compared with the one before it
        await pilot.pause()
        assert app.screen.take_ids == (second.id, third.id)
        rows = compare_rows(app.screen)
        assert [rows[k][3] for k in STATEMENT_KEYS] == [
            "+1",
            "+1",
            "0",
            "+1",
            "+2",
            "0",
            "+1",
            "+1",
            "+1",
            "+1",
        ]
        assert rows["average"][1:] == ["3,0", "3,9", "+0,9"]
        await pilot.press("escape", "enter")
        await pilot.pause()
        result = app.screen
        assert isinstance(result, SelfCheckResultScreen)
        shown = result_text(result)
        assert "Sinds de vorige zelftest (10-04-2026): +0,9" in shown
        assert "+2  Onbekend terrein  (1 → 3)" in shown
        await pilot.press("v")
        await pilot.pause()
        assert isinstance(app.screen, SelfCheckCompareScreen)


async def test_language_switch_keeps_the_draft(make_app, store: Store) -> None:
    app = make_app("en")
    async with app.run_test(size=(80, 24)) as pilot:
        await open_area(pilot)
        await pilot.press("t")
        await pilot.pause()
        await pilot.press("4", "o", *"nota", "enter")
        await pilot.press("l")
        await pilot.pause()
        screen = app.screen
        assert "Uitspraak 2/10" in static_text(screen, "#selfcheck-progress")
        assert screen.query_one("#note-open_to_opportunities", Input).value == "nota"
        assert screen.draft.scores == {"want_to_learn": 4}


async def test_delete_a_take_after_confirming(make_app, store: Store) -> None:
    seed_takes(store)
    app = make_app("en")
    async with app.run_test(size=(80, 24)) as pilot:
        await open_area(pilot)
        await pilot.press("delete")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert [t.date for t in store.selfchecks()] == [date(2026, 1, 10), date(2026, 4, 10)]
        assert app.screen.query_one("#selfcheck-history", DataTable).row_count == 2


async def test_new_take_is_chosen_in_the_history_after_saving(make_app, store: Store) -> None:
    _first, _second, third = seed_takes(store)
    app = make_app("en")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_area(pilot)
        await pilot.press("down", "down")  # cursor on the oldest take
        await pilot.press("t")
        await pilot.pause()
        await pilot.press(*"3333333333", "ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, SelfCheckResultScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen
        new_id = max(t.id for t in store.selfchecks())
        assert screen.cursor_take_id() == new_id
        await pilot.press("v")
        await pilot.pause()
        assert app.screen.take_ids == (third.id, new_id)


async def test_compare_needs_two_takes(make_app, store: Store) -> None:
    first, _second, _third = seed_takes(store)
    for take in store.selfchecks():
        if take.id != first.id:
            store.delete_selfcheck(take.id)
    app = make_app("en")
    async with app.run_test(size=(80, 24)) as pilot:
        await open_area(pilot)
        await pilot.press("v")
        await pilot.pause()
        assert isinstance(app.screen, SelfCheckScreen)
        assert any("at least two takes" in n.message for n in app._notifications)


async def test_step_click_and_network_choice(make_app, store: Store) -> None:
    from store.models import Network

    network = store.save_network(Network(name="HR-netwerk West"))
    app = make_app("en")
    async with app.run_test(size=(80, 24)) as pilot:
        await open_area(pilot)
        await pilot.press("t")
        await pilot.pause()
        screen = app.screen
        # The step line reads "1:· 2:· 3:· …": each cell is four characters wide.
        await pilot.click("#selfcheck-steps", offset=(4 * 4 + 1, 0))
        await pilot.pause()
        assert "Statement 5/10" in static_text(screen, "#selfcheck-progress")
        await pilot.press(*"4444444444")
        await pilot.pause()
        assert "Finish" in static_text(screen, "#selfcheck-progress")
        await pilot.press("tab", "enter")  # from the moment to the network list; open it
        await pilot.pause()
        await pilot.press("down", "enter")
        await pilot.pause()
        assert screen.draft.network_id == network.id
        await pilot.click("#selfcheck-save")
        await pilot.pause()
        (take,) = store.selfchecks()
        assert take.network_id == network.id
        assert "Network: HR-netwerk West" in result_text(app.screen)


async def test_arrows_and_enter_or_space_on_the_scale(make_app, store: Store) -> None:
    app = make_app("en")
    async with app.run_test(size=(80, 24)) as pilot:
        await open_area(pilot)
        await pilot.press("t")
        await pilot.pause()
        screen = app.screen
        await pilot.press("down", "down", "enter")
        await pilot.pause()
        assert screen.draft.scores == {"want_to_learn": 3}
        assert "Statement 2/10" in static_text(screen, "#selfcheck-progress")
        labels = [str(b.label) for b in screen.scale_at(0).query("RadioButton")]
        assert labels[2] == "3  partly  ✓" and labels[1] == "2  not really"
        await pilot.press("space")
        await pilot.pause()
        assert screen.draft.scores == {"want_to_learn": 3, "open_to_opportunities": 1}
        # Going back and pressing the same digit again keeps the score and moves on.
        await pilot.press("left", "left", "3")
        await pilot.pause()
        assert screen.draft.scores["want_to_learn"] == 3
        assert "Statement 3/10" in static_text(screen, "#selfcheck-progress")
