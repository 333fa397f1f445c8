"""The dashboard: where to begin when empty; progress and counts; each item opens its screen."""

from __future__ import annotations

from datetime import date, timedelta

from textual.widgets import OptionList, Static

from screens.dashboard import sparkline
from store.db import Store
from store.models import ActionItem, Feedback, Network, SelfCheckTake, Session
from store.overview import build_overview, latest_average, network_progress, unreflected_sessions

TODAY = date.today()
WEEK = timedelta(weeks=1)


def _scores(value: int) -> dict[str, int]:
    from store.selfcheck import STATEMENT_KEYS

    return dict.fromkeys(STATEMENT_KEYS, value)


def _fill(store: Store) -> dict[str, int]:
    start = TODAY - 5 * WEEK
    network = store.save_network(
        Network(
            name="Teamleiders [textiel]",  # brackets: must show as text, not markup
            start=start,
            planned_sessions=6,
            cadence_weeks=2,
        )
    )
    store.save_network(Network(name="Oud netwerk", status="closed"))
    reflected = store.save_session(
        Session(
            network_id=network.id,
            number=1,
            date=start,
            learned="Veel geleerd.",
            actions=[ActionItem(text="Checklist"), ActionItem(text="Klaar", status="done")],
        )
    )
    waiting = store.save_session(
        Session(
            network_id=network.id,
            number=2,
            date=start + 2 * WEEK,
            topic="Casus onderhoud",
            actions=[ActionItem(text="Toolbox")],
        )
    )
    store.save_feedback(Feedback(date=TODAY - timedelta(days=45), said="Oud", status="open"))
    store.save_feedback(Feedback(date=TODAY - timedelta(days=2), said="Nieuw", status="open"))
    store.save_feedback(Feedback(date=TODAY, said="Gedaan", status="applied"))
    store.save_selfcheck(SelfCheckTake(date=TODAY - 9 * WEEK, scores=_scores(2)))
    store.save_selfcheck(SelfCheckTake(date=TODAY - WEEK, scores=_scores(4)))
    return {"network": network.id, "reflected": reflected.id, "waiting": waiting.id}


# -- store/overview.py -------------------------------------------------------------------


def test_progress_and_next_session_by_cadence() -> None:
    today = date(2026, 3, 1)
    network = Network(id=1, start=date(2026, 1, 5), planned_sessions=6, cadence_weeks=4, name="N")
    # Planned: 5 Jan, 2 Feb, 2 Mar, 30 Mar, 27 Apr, 25 May.
    sessions = [Session(network_id=1, date=date(2026, 1, 5), id=1)]
    progress = network_progress(network, sessions, today)
    assert (progress.held, progress.planned) == (1, 6)
    # 2 Feb has no session yet but lies in the past: the next one is 2 March.
    assert progress.next_date == date(2026, 3, 2)
    # With three sessions held, the 3rd planned date is taken: next is 30 March.
    more = sessions + [Session(network_id=1, id=i) for i in (2, 3)]
    assert network_progress(network, more, today).next_date == date(2026, 3, 30)
    # All held, or no cadence: no next date.
    every = [Session(network_id=1, id=i) for i in range(6)]
    assert network_progress(network, every, today).next_date is None
    loose = Network(id=1, planned_sessions=6, name="N")
    assert network_progress(loose, sessions, today).next_date is None


def test_unreflected_sessions_took_place_without_reflection() -> None:
    today = date(2026, 3, 1)
    sessions = [
        Session(id=1, date=date(2026, 2, 1), learned="x"),
        Session(id=2, date=date(2026, 2, 15)),
        Session(id=3, date=date(2026, 1, 10)),
        Session(id=4, date=date(2026, 4, 1)),  # still to come: no reflection expected
        Session(id=5),
    ]
    assert [s.id for s in unreflected_sessions(sessions, today)] == [5, 3, 2]


def test_latest_average_skips_takes_without_scores() -> None:
    takes = [
        SelfCheckTake(id=1, date=date(2026, 1, 1), scores=_scores(3)),
        SelfCheckTake(id=2, date=date(2026, 2, 1), scores={}),
    ]
    assert latest_average(takes) == 3.0
    assert latest_average([]) is None


def test_overview_counts(store: Store) -> None:
    _fill(store)
    overview = build_overview(store, TODAY)
    assert [p.network.name for p in overview.active] == ["Teamleiders [textiel]"]
    assert overview.active[0].held == 2
    assert overview.active[0].next_date == TODAY - 5 * WEEK + 6 * WEEK
    assert overview.open_actions == 2
    assert (overview.open_feedback, overview.overdue_feedback) == (2, 1)
    assert overview.selfcheck_latest == 4.0
    assert overview.selfcheck_trend == [2.0, 4.0]
    assert not overview.is_empty
    assert [s.topic for s in overview.unreflected] == ["Casus onderhoud"]


def test_sparkline_uses_the_fixed_scale() -> None:
    assert sparkline([1.0, 3.0, 5.0]) == "▁▅█"
    assert sparkline([]) == ""
    assert sparkline([9.0, 0.0]) == "█▁"


# -- the screen --------------------------------------------------------------------------


def _items(app) -> list[str]:
    items = app.screen.query_one("#dashboard-items", OptionList)
    return [str(items.get_option_at_index(i).prompt) for i in range(items.option_count)]


def _content(app) -> str:
    return str(app.screen.query_one("#dashboard-content", Static).render())


async def test_empty_state_says_where_to_begin(make_app) -> None:
    for lang, title, first in (
        ("en", "Welcome to leernet", "Take the self-check"),
        ("nl", "Welkom bij leernet", "Doe de zelftest"),
    ):
        app = make_app(lang)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            assert title in _content(app)
            items = _items(app)
            assert len(items) == 2
            assert first in items[0]
            assert app.screen.query_one("#dashboard-items", OptionList).has_focus
            await pilot.press("enter")
            await pilot.pause()
            assert app.current_mode == "selfcheck"
            await pilot.press("d")
            await pilot.pause()
            await pilot.press("down", "enter")
            await pilot.pause()
            assert app.current_mode == "networks"


async def test_empty_state_items_open_with_a_click(make_app) -> None:
    app = make_app("en")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        items = app.screen.query_one("#dashboard-items", OptionList)
        # Inside the list's top border: the first line is option 1, the next option 2.
        await pilot.click(items, offset=(4, 2))
        await pilot.pause()
        assert app.current_mode == "networks"


async def test_populated_dashboard_shows_progress_and_counts(store: Store, make_app) -> None:
    _fill(store)
    app = make_app("en")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "What needs attention" in _content(app)
        text = "\n".join(_items(app))
        next_date = TODAY - 5 * WEEK + 6 * WEEK
        from store.dates import format_date

        assert (
            f"Teamleiders [textiel]  2 of 6 sessions · next {format_date(next_date, 'en')}" in text
        )
        assert "Oud netwerk" not in text  # closed
        assert "Sessions without a reflection: 1" in text
        assert "Teamleiders [textiel] · #2 · Casus onderhoud" in text
        assert "Open actions: 2" in text
        assert "Open feedback: 2 · 1 waiting over 30 days" in text
        assert "Latest self-check: average 4.0 out of 5 (+2.0 since the last)  ▃▆" in text


async def test_populated_dashboard_in_dutch(store: Store, make_app) -> None:
    _fill(store)
    app = make_app("nl")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        text = "\n".join(_items(app))
        assert "2 van 6 sessies" in text
        assert "Open acties: 2" in text
        assert "gemiddeld 4,0 op 5 (+2,0 t.o.v. de vorige)" in text


async def _open(app, pilot, fragment: str) -> None:
    """Move the highlight to the item containing `fragment` with the arrow keys; Enter."""
    await pilot.press("d")
    await pilot.pause()
    items = app.screen.query_one("#dashboard-items", OptionList)
    items.focus()
    target = next(i for i, prompt in enumerate(_items(app)) if fragment in prompt)
    await pilot.press("home")
    for _ in range(items.option_count):
        if items.highlighted == target:
            break
        await pilot.press("down")
    assert items.highlighted == target
    await pilot.press("enter")
    await pilot.pause()


async def test_each_item_opens_its_screen(store: Store, make_app) -> None:
    ids = _fill(store)
    app = make_app("en")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await _open(app, pilot, "Open actions")
        assert app.current_mode == "actions"
        await _open(app, pilot, "Open feedback")
        assert app.current_mode == "feedback"
        await _open(app, pilot, "Latest self-check")
        assert app.current_mode == "selfcheck"

        await _open(app, pilot, "Casus onderhoud")
        from screens.journal import SessionJournalScreen

        assert app.current_mode == "dashboard"
        assert isinstance(app.screen, SessionJournalScreen)
        assert app.screen.session_id == ids["waiting"]
        await pilot.press("escape")
        await pilot.pause()

        await _open(app, pilot, "2 of 6 sessions")
        from screens.network_detail import NetworkDetailScreen

        assert isinstance(app.screen, NetworkDetailScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert "What needs attention" in _content(app)


async def test_dashboard_follows_changes(store: Store, make_app) -> None:
    _fill(store)
    app = make_app("en")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("a")
        await pilot.pause()
        await pilot.press("space")  # mark the first open action done
        await pilot.pause()
        await pilot.press("d")
        await pilot.pause()
        assert "Open actions: 1" in "\n".join(_items(app))


async def test_language_switch_keeps_the_list_usable(store: Store, make_app) -> None:
    ids = _fill(store)
    app = make_app("en")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("l")
        await pilot.pause()
        assert "Wat aandacht vraagt" in _content(app)
        assert app.screen.query_one("#dashboard-items", OptionList).has_focus
        await _open(app, pilot, "Casus onderhoud")
        assert app.screen.session_id == ids["waiting"]
