"""The app shell: starts on empty and populated stores, reaches every area, help, language."""

from __future__ import annotations

from datetime import date

from textual.widgets import OptionList, Static

from screens.help import HelpScreen
from screens.navbar import AREAS
from store.db import Store
from store.models import Network, Session


def dashboard_text(app) -> str:
    return str(app.screen.query_one("#dashboard-content", Static).render())


def dashboard_everything(app) -> str:
    """The dashboard's texts and the items of its list (each item opens its screen)."""
    items = app.screen.query_one("#dashboard-items", OptionList)
    prompts = [str(items.get_option_at_index(i).prompt) for i in range(items.option_count)]
    return " ".join([*(str(w.render()) for w in app.screen.query(Static)), *prompts])


async def test_empty_store_says_where_to_begin(make_app) -> None:
    app = make_app("en")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.current_mode == "dashboard"
        rendered = dashboard_everything(app)
        assert "self-check" in rendered
        assert "Add your network" in rendered


async def test_populated_store_shows_network(store: Store, make_app) -> None:
    network = store.save_network(
        Network(name="Teamleiders textiel", planned_sessions=6, start=date(2026, 1, 1))
    )
    store.save_session(Session(network_id=network.id, date=date(2026, 1, 1), learned="x"))
    app = make_app("en")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "Teamleiders textiel" in dashboard_everything(app)


async def test_every_area_is_reachable_by_its_key(make_app) -> None:
    app = make_app("en")
    async with app.run_test(size=(80, 24)) as pilot:
        for area, key, _label in AREAS:
            if area not in app.areas:
                continue
            await pilot.press("escape")
            await pilot.press(key)
            await pilot.pause()
            assert app.current_mode == area, area
        await pilot.press("escape")
        await pilot.press("d")
        await pilot.pause()
        assert app.current_mode == "dashboard"


async def test_help_lists_keys_in_current_language(make_app) -> None:
    app = make_app("nl")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = app.screen.help_markdown()
        assert "Toetsen op dit scherm" in text
        assert "Overzicht" in text
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, HelpScreen)


async def test_language_switch_is_remembered(store: Store, make_app) -> None:
    app = make_app("en")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "Welcome to leernet" in str(app.screen.query_one("#dashboard-content").render())
        await pilot.press("l")
        await pilot.pause()
        assert app.lang == "nl"
        assert "Welkom bij leernet" in str(app.screen.query_one("#dashboard-content").render())
        descriptions = {b.binding.description for b in app.screen.active_bindings.values()}
        assert {"Taal", "Help", "Vernieuw"} <= descriptions
    assert store.settings().lang == "nl"


async def test_command_palette_offers_every_area(make_app) -> None:
    app = make_app("en")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        titles = [command.title for command in app.get_system_commands(app.screen)]
        for area in app.areas:
            label = {a: app.t(lbl) for a, _k, lbl in AREAS}[area]
            assert label in titles
        assert "Language" in titles
        assert "Help" in titles


async def test_letters_do_not_leave_a_form(make_app) -> None:
    from screens.network_form import NetworkFormScreen

    app = make_app("en")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("n")
        await pilot.pause()
        await pilot.press("n")  # a new network: the form
        await pilot.pause()
        assert isinstance(app.screen, NetworkFormScreen)
        app.screen.set_focus(None)  # e.g. after a click on a label: letters reach the app
        await pilot.press("c", "l", "d")
        await pilot.pause()
        assert isinstance(app.screen, NetworkFormScreen)
        assert app.current_mode == "networks"
        assert app.lang == "en"
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("c")
        await pilot.pause()
        assert app.current_mode == "selfcheck"
