"""The networks area driven like a person would: list, form with bad input, page, close."""

from __future__ import annotations

from datetime import date

from textual.widgets import DataTable, Input, Static, TextArea

from screens.fields import FormField
from screens.network_detail import NetworkDetailScreen
from screens.network_form import NetworkFormScreen
from screens.networks import NetworksScreen
from store.db import Store
from store.models import Network, Session


def error_of(app, widget_id: str) -> str:
    field = app.screen.query_one(f"#field-{widget_id}", FormField)
    return str(field.query_one(".form-error").render()) if field.has_class("-invalid") else ""


async def set_input(app, widget_id: str, text: str) -> None:
    app.screen.query_one(f"#{widget_id}", Input).value = text


async def open_networks(pilot) -> None:
    await pilot.press("n")
    await pilot.pause()
    assert isinstance(pilot.app.screen, NetworksScreen)


async def test_create_with_bad_input_then_fix(store: Store, make_app) -> None:
    app = make_app("en")
    async with app.run_test(size=(80, 24)) as pilot:
        await open_networks(pilot)
        assert "No network yet" in str(app.screen.query_one("#networks-empty", Static).render())
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, NetworkFormScreen)
        # Typed like a person: name left empty, end before start, negative sessions.
        await pilot.press("tab", "tab", "tab", "tab")  # kind, organiser, purpose, goals
        assert app.focused is app.screen.query_one("#nf-goals", TextArea)
        await pilot.press(*"Feedback geven", "enter", *"Delegeren")
        await set_input(app, "nf-start", "01/03/2026")
        await set_input(app, "nf-end", "01/02/2026")
        await set_input(app, "nf-planned", "-3")
        await set_input(app, "nf-cadence", "6")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, NetworkFormScreen)  # not saved, still here
        assert store.networks() == []
        assert error_of(app, "nf-name") == "This field is required."
        assert error_of(app, "nf-end") == "The end is before the start."
        assert error_of(app, "nf-planned") == "Type a whole number greater than 0."
        assert error_of(app, "nf-cadence") == ""
        assert app.focused is app.screen.query_one("#nf-name", Input)  # first error
        # What was typed is still there.
        assert app.screen.query_one("#nf-end", Input).value == "01/02/2026"
        assert app.screen.query_one("#nf-planned", Input).value == "-3"
        assert app.screen.query_one("#nf-goals", TextArea).text == "Feedback geven\nDelegeren"
        # Fix it and save.
        await pilot.press(*"Teamleiders")
        await set_input(app, "nf-end", "gisteren")
        await set_input(app, "nf-start", "2026-01-05")
        await set_input(app, "nf-planned", "8")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, NetworksScreen)
        table = app.screen.query_one("#networks-table", DataTable)
        assert table.row_count == 1
    [network] = store.networks()
    assert network.name == "Teamleiders"
    assert network.goals == ["Feedback geven", "Delegeren"]
    assert network.start == date(2026, 1, 5)
    assert (network.planned_sessions, network.cadence_weeks) == (8, 6)
    assert network.end is not None and network.end < date.today()


async def test_list_edit_close_reopen(store: Store, make_app) -> None:
    store.save_network(Network(name="Oud netwerk", status="closed", start=date(2024, 1, 1)))
    active = store.save_network(Network(name="Preventieadviseurs", start=date(2026, 1, 1)))
    app = make_app("nl")
    async with app.run_test(size=(80, 24)) as pilot:
        await open_networks(pilot)
        table = app.screen.query_one("#networks-table", DataTable)
        first = [str(c) for c in table.get_row_at(0)]
        second = [str(c) for c in table.get_row_at(1)]
        assert first[0] == "Preventieadviseurs" and first[4] == "actief"
        assert second[0] == "Oud netwerk" and "afgesloten" in second[4]
        # Edit: F2 on the selected (first) row.
        await pilot.press("f2")
        await pilot.pause()
        assert isinstance(app.screen, NetworkFormScreen)
        assert app.screen.query_one("#nf-start", Input).value == "01-01-2026"
        await set_input(app, "nf-organiser", "Sectorfonds")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert store.network(active.id).organiser == "Sectorfonds"
        # Close it: it moves below, marked.
        await pilot.press("x")
        await pilot.pause()
        assert store.network(active.id).status == "closed"
        await pilot.press("x")
        await pilot.pause()
        assert store.network(active.id).status == "active"


async def test_leaving_a_changed_form_asks_first(store: Store, make_app) -> None:
    app = make_app("en")
    async with app.run_test(size=(80, 24)) as pilot:
        await open_networks(pilot)
        await pilot.press("n")
        await pilot.pause()
        await pilot.press(*"Half")
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("n")  # no, stay
        await pilot.pause()
        assert isinstance(app.screen, NetworkFormScreen)
        assert app.screen.query_one("#nf-name", Input).value == "Half"
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert isinstance(app.screen, NetworksScreen)
    assert store.networks() == []


async def test_network_page_shows_sessions_and_planned_dates(store: Store, make_app) -> None:
    network = store.save_network(
        Network(name="Planners", start=date(2026, 1, 5), planned_sessions=4, cadence_weeks=6)
    )
    store.save_session(
        Session(
            network_id=network.id, date=date(2026, 1, 5), number=1, topic="Kick-off", learned="Veel"
        )
    )
    store.save_session(
        Session(network_id=network.id, date=date(2026, 2, 17), number=2, topic="Roosters")
    )
    app = make_app("en")
    async with app.run_test(size=(80, 24)) as pilot:
        await open_networks(pilot)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, NetworkDetailScreen)
        table = app.screen.query_one("#sessions-table", DataTable)
        rows = [[str(c) for c in table.get_row_at(i)] for i in range(table.row_count)]
        assert rows[0][:3] == ["5 Jan 2026", "1", "Kick-off"] and "yes" in rows[0][3]
        assert rows[1][:3] == ["17 Feb 2026", "2", "Roosters"] and "not yet" in rows[1][3]
        planned = str(app.screen.query_one("#planned-dates", Static).render())
        assert "16 Feb 2026" in planned and "11 May 2026" in planned
        assert planned.count("✓") == 2
        summary = str(app.screen.query_one("#network-summary", Static).render())
        assert "4 sessions, every 6 weeks" in summary
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, NetworksScreen)


async def test_networks_screen_relocalizes(store: Store, make_app) -> None:
    store.save_network(Network(name="X"))
    app = make_app("en")
    async with app.run_test(size=(80, 24)) as pilot:
        await open_networks(pilot)
        table = app.screen.query_one("#networks-table", DataTable)
        assert [str(c.label) for c in table.columns.values()][0] == "Name"
        await pilot.press("l")
        await pilot.pause()
        table = app.screen.query_one("#networks-table", DataTable)
        assert [str(c.label) for c in table.columns.values()][0] == "Naam"
        assert table.row_count == 1


async def test_delete_a_session_after_asking(store: Store, make_app) -> None:
    network = store.save_network(Network(name="N"))
    keep = store.save_session(Session(network_id=network.id, date=date(2026, 1, 5), number=1))
    gone = store.save_session(Session(network_id=network.id, date=date(2026, 2, 5), number=2))
    app = make_app("en")
    async with app.run_test(size=(80, 24)) as pilot:
        await open_networks(pilot)
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.selected_session_id() == gone.id  # the latest is selected
        await pilot.press("delete")
        await pilot.pause()
        await pilot.press("n")  # no: nothing happens
        await pilot.pause()
        assert store.session(gone.id) is not None
        await pilot.press("delete")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert store.session(gone.id) is None
        assert store.session(keep.id) is not None
        assert app.screen.query_one("#sessions-table", DataTable).row_count == 1


async def test_lists_refresh_when_coming_back(store: Store, make_app) -> None:
    network = store.save_network(Network(name="N"))
    app = make_app("en")
    async with app.run_test(size=(80, 24)) as pilot:
        await open_networks(pilot)
        await pilot.press("d")  # away to the dashboard
        await pilot.pause()
        store.save_network(Network(name="Added elsewhere"))
        await pilot.press("n")  # back: the list is filled again
        await pilot.pause()
        assert app.screen.query_one("#networks-table", DataTable).row_count == 2
        app.screen.query_one("#networks-table", DataTable).move_cursor(
            row=app.screen.query_one("#networks-table", DataTable).get_row_index(str(network.id))
        )
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, NetworkDetailScreen)
        await pilot.press("n")  # a new session, written and saved
        await pilot.pause()
        await pilot.pause()
        app.screen.query_one("#s-topic", Input).value = "Nieuw"
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, NetworkDetailScreen)
        table = app.screen.query_one("#sessions-table", DataTable)
        assert table.row_count == 1
        assert str(table.get_row_at(0)[2]) == "Nieuw"


async def test_participants_are_typed_one_per_line_and_read_back(store: Store, make_app) -> None:
    network = store.save_network(Network(name="Intervisie", start=date(2026, 1, 1)))
    app = make_app("en")
    async with app.run_test(size=(80, 24)) as pilot:
        await open_networks(pilot)
        await pilot.press("f2")
        await pilot.pause()
        assert isinstance(app.screen, NetworkFormScreen)
        await pilot.press("tab", "tab", "tab", "tab", "tab")  # ... goals, participants
        assert app.focused is app.screen.query_one("#nf-participants", TextArea)
        await pilot.press(*"Marleen Osaert (HR)", "enter", *"coach, Stan Kools", "enter")
        await pilot.press(*"Bo Li")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, NetworksScreen)
        saved = store.network(network.id)
        assert [(p.name, p.role) for p in saved.participants] == [
            ("Marleen Osaert", "HR"),
            ("Stan Kools", "coach"),
            ("Bo Li", ""),
        ]
        await pilot.press("f2")  # open again: the list reads back, name first
        await pilot.pause()
        text = app.screen.query_one("#nf-participants", TextArea).text
        assert text == "Marleen Osaert (HR)\nStan Kools (coach)\nBo Li"
