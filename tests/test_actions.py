"""Actions across sessions: the list, status changes in the store, and the actions screen."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from textual.widgets import DataTable, Select

from store.actions import (
    ActionNotFound,
    collect_actions,
    count_actions,
    list_actions,
    set_action_status,
)
from store.db import Store
from store.models import ActionItem, Network, Session

TODAY = date(2026, 11, 27)


def _fill(store: Store) -> dict[str, object]:
    safety = store.save_network(Network(name="Veiligheid"))
    hr = store.save_network(Network(name="HR-netwerk"))
    old = store.save_session(
        Session(
            network_id=safety.id,
            number=1,
            date=date(2026, 1, 10),
            actions=[
                ActionItem(text="Checklist voorstellen"),
                ActionItem(text="Oude actie", status="done", closed_on=date(2026, 2, 1)),
            ],
        )
    )
    new = store.save_session(
        Session(
            network_id=safety.id,
            number=2,
            date=date(2026, 3, 7),
            actions=[ActionItem(text="Toolbox plannen"), ActionItem(text="Casus schrijven")],
        )
    )
    other = store.save_session(
        Session(
            network_id=hr.id,
            number=1,
            date=date(2026, 2, 14),
            actions=[ActionItem(text="Gesprek met HR", status="dropped")],
        )
    )
    store.save_session(Session(network_id=hr.id, number=2, date=date(2026, 4, 1)))
    return {"safety": safety.id, "hr": hr.id, "old": old, "new": new, "other": other}


def test_all_actions_newest_session_first(store: Store) -> None:
    _fill(store)
    texts = [ref.action.text for ref in list_actions(store)]
    assert texts == [
        "Toolbox plannen",
        "Casus schrijven",
        "Gesprek met HR",
        "Checklist voorstellen",
        "Oude actie",
    ]


def test_filter_by_status_and_network(store: Store) -> None:
    ids = _fill(store)
    assert [r.action.text for r in list_actions(store, status="open")] == [
        "Toolbox plannen",
        "Casus schrijven",
        "Checklist voorstellen",
    ]
    assert [r.action.text for r in list_actions(store, status="dropped")] == ["Gesprek met HR"]
    hr = list_actions(store, network_id=ids["hr"])
    assert [r.action.text for r in hr] == ["Gesprek met HR"]
    assert list_actions(store, status="open", network_id=ids["hr"]) == []
    assert count_actions(store) == 3
    assert count_actions(store, "done") == 1


def test_refs_say_where_the_action_came_from(store: Store) -> None:
    ids = _fill(store)
    ref = list_actions(store)[0]
    assert ref.session_id == ids["new"].id
    assert ref.network_id == ids["safety"]
    assert ref.date == date(2026, 3, 7)
    assert ref.number == 2
    assert ref.position == 0


def test_unknown_status_is_refused(store: Store) -> None:
    with pytest.raises(ValueError):
        list_actions(store, status="finished")
    with pytest.raises(ValueError):
        set_action_status(store, 1, "x", "finished", TODAY)


def test_mark_done_dropped_and_reopen(store: Store) -> None:
    ids = _fill(store)
    session = ids["new"]
    key = session.actions[1].key
    done = set_action_status(store, session.id, key, "done", TODAY)
    assert (done.status, done.closed_on) == ("done", TODAY)
    saved = store.session(session.id)
    assert [(a.text, a.status, a.closed_on) for a in saved.actions] == [
        ("Toolbox plannen", "open", None),
        ("Casus schrijven", "done", TODAY),
    ]
    dropped = set_action_status(store, session.id, key, "dropped", date(2026, 12, 1))
    assert (dropped.status, dropped.closed_on) == ("dropped", date(2026, 12, 1))
    reopened = set_action_status(store, session.id, key, "open", date(2026, 12, 2))
    assert (reopened.status, reopened.closed_on) == ("open", None)
    assert store.session(session.id).actions[1].status == "open"


def test_same_status_keeps_the_closing_date(store: Store) -> None:
    ids = _fill(store)
    session = ids["old"]
    kept = set_action_status(store, session.id, session.actions[1].key, "done", TODAY)
    assert kept.closed_on == date(2026, 2, 1)


def test_missing_session_or_action(store: Store) -> None:
    ids = _fill(store)
    with pytest.raises(ActionNotFound):
        set_action_status(store, 999, "abc", "done", TODAY)
    with pytest.raises(ActionNotFound):
        set_action_status(store, ids["new"].id, "not-a-key", "done", TODAY)


def test_action_without_a_stored_key_is_found_by_position(store: Store) -> None:
    # A hand-edited file may hold actions as bare strings: each read invents a new key.
    network = store.save_network(Network(name="N"))
    session = store.save_session(Session(network_id=network.id, date=TODAY))
    store._db.table("sessions").update(  # noqa: SLF001 - simulate a hand edit
        {"actions": ["Eerste", "Tweede"]}, doc_ids=[session.id]
    )
    ref = list_actions(store)[1]
    changed = set_action_status(store, ref.session_id, ref.key, "done", TODAY, ref=ref)
    assert changed.text == "Tweede"
    assert [a.status for a in store.session(session.id).actions] == ["open", "done"]


def test_collect_skips_unsaved_sessions() -> None:
    sessions = [Session(actions=[ActionItem(text="x")]), Session(id=3, actions=[ActionItem()])]
    assert [r.session_id for r in collect_actions(sessions)] == [3]


# -- the actions screen ------------------------------------------------------------------


def _rows(app) -> list[list[str]]:
    table = app.screen.query_one("#actions-table", DataTable)
    return [[str(cell) for cell in table.get_row_at(i)] for i in range(table.row_count)]


async def test_actions_screen_marks_done_and_saves(store: Store, make_app) -> None:
    ids = _fill(store)
    app = make_app("en")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("a")
        await pilot.pause()
        assert app.current_mode == "actions"
        rows = _rows(app)
        # Open actions by default, newest session first.
        assert [r[2] for r in rows] == [
            "Toolbox plannen",
            "Casus schrijven",
            "Checklist voorstellen",
        ]
        assert rows[0][0] == "Veiligheid"
        assert rows[0][1] == "7 Mar 2026 #2"
        await pilot.press("down", "space")
        await pilot.pause()
        saved = store.session(ids["new"].id)
        assert [(a.text, a.status) for a in saved.actions] == [
            ("Toolbox plannen", "open"),
            ("Casus schrijven", "done"),
        ]
        assert saved.actions[1].closed_on == date.today()
        # Gone from the open list; the cursor stays on the next row.
        assert [r[2] for r in _rows(app)] == ["Toolbox plannen", "Checklist voorstellen"]
        table = app.screen.query_one("#actions-table", DataTable)
        assert table.cursor_row == 1
        # x drops the chosen one; u undoes it.
        await pilot.press("x")
        await pilot.pause()
        assert store.session(ids["old"].id).actions[0].status == "dropped"
        await pilot.press("u")
        await pilot.pause()
        assert store.session(ids["old"].id).actions[0].status == "open"
        assert store.session(ids["old"].id).actions[0].closed_on is None


async def test_actions_screen_filters_and_reopens(store: Store, make_app) -> None:
    ids = _fill(store)
    app = make_app("nl")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("a")
        await pilot.pause()
        await pilot.press("s")  # open -> done
        await pilot.pause()
        rows = _rows(app)
        assert [r[2] for r in rows] == ["Oude actie"]
        assert rows[0][3] == "✓ gedaan 01-02-2026"
        await pilot.press("o")
        await pilot.pause()
        assert store.session(ids["old"].id).actions[1].status == "open"
        assert _rows(app) == []
        summary = str(app.screen.query_one("#actions-summary").render())
        assert "Geen acties met deze filter" in summary
        await pilot.press("s", "s")  # dropped -> all
        await pilot.pause()
        assert len(_rows(app)) == 5
        network = app.screen.query_one("#actions-network", Select)
        network.value = ids["hr"]
        await pilot.pause()
        assert [r[2] for r in _rows(app)] == ["Gesprek met HR"]


async def test_enter_opens_the_session_in_the_journal(store: Store, make_app) -> None:
    ids = _fill(store)
    app = make_app("en")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("a")
        await pilot.pause()
        await pilot.press("down", "down", "enter")
        await pilot.pause()
        from screens.journal import SessionJournalScreen

        assert isinstance(app.screen, SessionJournalScreen)
        assert app.screen.network_id == ids["safety"]
        assert app.screen.session_id == ids["old"].id


def test_counts_per_status_and_network(store: Store) -> None:
    from store.actions import action_counts

    ids = _fill(store)
    assert action_counts(store) == {"open": 3, "done": 1, "dropped": 1}
    assert action_counts(store, ids["hr"]) == {"open": 0, "done": 0, "dropped": 1}
    assert count_actions(store, "open", ids["safety"]) == 3


@settings(max_examples=25, deadline=None)
@given(texts=st.lists(st.text(max_size=80), min_size=1, max_size=4), data=st.data())
def test_any_action_text_survives_status_changes(
    tmp_path_factory: pytest.TempPathFactory, texts: list[str], data: st.DataObject
) -> None:
    path = tmp_path_factory.mktemp("actions") / "leernet.json"
    with Store.open(path) as store:
        network = store.save_network(Network(name="N"))
        session = store.save_session(
            Session(network_id=network.id, date=TODAY, actions=[ActionItem(text=t) for t in texts])
        )
        chosen = data.draw(st.integers(0, len(texts) - 1))
        ref = next(r for r in list_actions(store) if r.position == chosen)
        assert ref.action.text == texts[chosen]
        for status in data.draw(st.lists(st.sampled_from(("open", "done", "dropped")), max_size=4)):
            set_action_status(store, ref.session_id, ref.key, status, TODAY, ref=ref)
        saved = store.session(session.id)
        assert [a.text for a in saved.actions] == texts
        others = [a.status for i, a in enumerate(saved.actions) if i != chosen]
        assert others == ["open"] * (len(texts) - 1)


async def test_a_failed_write_is_reported_and_nothing_changes(
    store: Store, make_app, monkeypatch: pytest.MonkeyPatch
) -> None:
    from store.errors import WriteFailed

    ids = _fill(store)
    app = make_app("en")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("a")
        await pilot.pause()

        def full_disk(session: Session) -> Session:
            raise WriteFailed("disk full", reason="No space left on device")

        monkeypatch.setattr(store, "save_session", full_disk)
        await pilot.press("space")
        await pilot.pause()
        messages = [n.message for n in app._notifications]
        assert any("Could not save" in m and "disk full" in m for m in messages)
        # Still listed as open, and open in the file.
        assert _rows(app)[0][2] == "Toolbox plannen"
        assert _rows(app)[0][3] == "○ open"
    assert store.session(ids["new"].id).actions[0].status == "open"
