"""The feedback log driven through the real app at 80x24: add by keyboard, bad input,
status, filters, delete and undo, the 30-day marker, editing, the linked session."""

from __future__ import annotations

import sys
import types
from datetime import date, timedelta

from textual.screen import Screen
from textual.widgets import Checkbox, DataTable, Input, Markdown, Select, Static, TextArea

from screens.confirm import ConfirmModal
from screens.feedback import FeedbackScreen
from screens.feedback_form import FeedbackFormScreen
from screens.fields import FormField
from store.dates import format_date
from store.db import Store
from store.models import Feedback, Network, Session

TODAY = date.today()


async def type_text(pilot, text: str) -> None:
    await pilot.press(*text)


async def open_log(app, pilot) -> FeedbackScreen:
    await pilot.pause()
    await pilot.press("f")
    await pilot.pause()
    assert isinstance(app.screen, FeedbackScreen)
    return app.screen


def cells(screen) -> list[list[str]]:
    table = screen.query_one("#fb-table", DataTable)
    return [[str(c) for c in table.get_row_at(i)] for i in range(table.row_count)]


def field_error(screen, widget_id: str) -> str:
    field = screen.query_one(f"#field-{widget_id}", FormField)
    if not field.has_class("-invalid"):
        return ""
    return str(field.query_one(".form-error", Static).render())


def detail(screen) -> str:
    return screen.query_one("#fb-detail-text", Markdown).source


def notices(app) -> list[str]:
    return [n.message for n in app._notifications]


async def test_add_feedback_by_keyboard(store: Store, make_app) -> None:
    app = make_app("en")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_log(app, pilot)
        assert "No feedback yet" in detail(screen)
        await pilot.press("plus")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, FeedbackFormScreen)
        assert form.focused is form.query_one("#fb-date", Input)
        # Date: "today" typed over the prefilled date.
        assert form.query_one("#fb-date", Input).value  # prefilled with today
        await pilot.press("end", "ctrl+u")  # delete everything left of the cursor
        assert form.query_one("#fb-date", Input).value == ""
        await type_text(pilot, "today")
        await pilot.press("tab")  # role
        await pilot.press("enter", "down", "down", "down", "enter")  # -> manager
        await pilot.press("tab")  # name
        await type_text(pilot, "Marieke Peeters")
        await pilot.press("tab")  # network (none); session is disabled without one
        await pilot.press("tab")
        assert form.focused is form.query_one("#fb-said", TextArea)
        await type_text(pilot, "Give others room first")
        await pilot.press("tab")
        await type_text(pilot, "Fair point")
        await pilot.press("tab")
        await type_text(pilot, "Count to five")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, FeedbackScreen)
        [saved] = store.feedback()
        assert saved.date == TODAY
        assert (saved.giver_role, saved.giver_name) == ("manager", "Marieke Peeters")
        assert (saved.said, saved.reaction, saved.plan) == (
            "Give others room first",
            "Fair point",
            "Count to five",
        )
        assert saved.status == "open" and saved.private is False
        rows = cells(app.screen)
        assert len(rows) == 1
        assert rows[0][1] == "open"
        assert "Marieke Peeters" in rows[0][2]
        assert "Give others room first" in rows[0][3]
        assert "1 open" in str(app.screen.query_one("#fb-summary", Static).render())


async def test_bad_input_shows_messages_next_to_fields_and_keeps_text(
    store: Store, make_app
) -> None:
    app = make_app("en")
    async with app.run_test(size=(80, 24)) as pilot:
        await open_log(app, pilot)
        await pilot.press("plus")
        await pilot.pause()
        form = app.screen
        date_input = form.query_one("#fb-date", Input)
        date_input.value = ""
        await type_text(pilot, "1/1/2099")
        await pilot.press("tab", "tab")
        await type_text(pilot, "Jan")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is form, "the form stays open"
        assert store.feedback() == []
        assert "future" in field_error(form, "fb-date")
        assert "what was said" in field_error(form, "fb-said")
        assert field_error(form, "fb-name") == ""
        # Nothing typed is lost.
        assert date_input.value == "1/1/2099"
        assert form.query_one("#fb-name", Input).value == "Jan"
        assert form.focused is date_input  # the first problem gets the focus

        # An unreadable date has its own message; typing clears the old one.
        date_input.value = "31/02/2026"
        await pilot.pause()
        assert field_error(form, "fb-date") == ""
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "Cannot read this date" in field_error(form, "fb-date")

        # Fixed: saved, with exactly what was typed.
        date_input.value = "yesterday"
        form.query_one("#fb-said", TextArea).text = "Nice summary"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, FeedbackScreen)
        [saved] = store.feedback()
        assert saved.date == TODAY - timedelta(days=1)
        assert (saved.giver_name, saved.said) == ("Jan", "Nice summary")


async def test_bad_input_messages_in_dutch(store: Store, make_app) -> None:
    app = make_app("nl")
    async with app.run_test(size=(80, 24)) as pilot:
        await open_log(app, pilot)
        await pilot.press("plus")
        await pilot.pause()
        form = app.screen
        form.query_one("#fb-date", Input).value = "blub"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "Onleesbare datum" in field_error(form, "fb-date")
        assert "Schrijf op wat er gezegd werd" in field_error(form, "fb-said")


async def test_change_status_cycles_and_is_saved(store: Store, make_app) -> None:
    item = store.save_feedback(Feedback(date=TODAY, said="Speak slower", giver_role="expert"))
    app = make_app("en")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_log(app, pilot)
        await pilot.press("s")
        await pilot.pause()
        assert store.feedback_item(item.id).status == "trying"
        assert cells(screen)[0][1] == "trying out"
        assert "Status: trying out" in notices(app)
        await pilot.press("s", "s")
        await pilot.pause()
        assert store.feedback_item(item.id).status == "set_aside"
        await pilot.press("s")
        await pilot.pause()
        assert store.feedback_item(item.id).status == "open"


async def test_filter_by_status_and_network(store: Store, make_app) -> None:
    one = store.save_network(Network(name="Teamleiders"))
    two = store.save_network(Network(name="Preventie"))
    store.save_feedback(Feedback(date=TODAY, said="A", network_id=one.id))
    store.save_feedback(Feedback(date=TODAY, said="B", network_id=one.id, status="applied"))
    store.save_feedback(Feedback(date=TODAY, said="C", network_id=two.id))
    store.save_feedback(Feedback(date=TODAY, said="D", status="trying"))
    app = make_app("en")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_log(app, pilot)
        assert len(cells(screen)) == 4
        # Keyboard: f goes to the status filter; pick "open" from its menu.
        await pilot.press("f")
        assert screen.focused is screen.query_one("#fb-filter-status", Select)
        await pilot.press("enter", "down", "enter")
        await pilot.pause()
        assert screen.query_one("#fb-filter-status", Select).value == "open"
        assert sorted(row[3] for row in cells(screen)) == ["A", "C"]
        summary = str(screen.query_one("#fb-summary", Static).render())
        assert "2 open" in summary and "showing 2 of 4" in summary
        screen.query_one("#fb-filter-network", Select).value = one.id
        await pilot.pause()
        assert [row[3] for row in cells(screen)] == ["A"]
        screen.query_one("#fb-filter-status", Select).clear()
        await pilot.pause()
        assert sorted(row[3] for row in cells(screen)) == ["A", "B"]
        screen.query_one("#fb-filter-network", Select).value = two.id
        screen.query_one("#fb-filter-status", Select).value = "applied"
        await pilot.pause()
        assert cells(screen) == []
        assert "No feedback matches" in detail(screen)


async def test_delete_asks_first_and_undo_brings_it_back(store: Store, make_app) -> None:
    network = store.save_network(Network(name="Teamleiders"))
    store.save_feedback(Feedback(date=TODAY - timedelta(days=5), said="Older"))
    newest = store.save_feedback(
        Feedback(
            date=TODAY,
            giver_name="An",
            giver_role="colleague",
            network_id=network.id,
            said="**Newest**",
            reaction="ok",
            plan="try it",
            status="trying",
            private=True,
            extra={"kept": 1},
        )
    )
    app = make_app("en")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_log(app, pilot)
        assert screen.selected_id() == newest.id
        # "No" keeps it.
        await pilot.press("delete")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmModal)
        await pilot.press("n")
        await pilot.pause()
        assert len(store.feedback()) == 2
        # "Yes" deletes it.
        await pilot.press("delete")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert app.screen is screen
        assert [f.said for f in store.feedback()] == ["Older"]
        assert [row[3] for row in cells(screen)] == ["Older"]
        assert any("Press u" in n for n in notices(app))
        # Undo re-inserts the same content.
        await pilot.press("u")
        await pilot.pause()
        restored = next(f for f in store.feedback() if f.said == "**Newest**")
        for name in ("date", "giver_name", "giver_role", "network_id", "reaction", "plan"):
            assert getattr(restored, name) == getattr(newest, name), name
        assert (restored.status, restored.private, restored.extra) == ("trying", True, {"kept": 1})
        assert screen.selected_id() == restored.id
        # Only once.
        await pilot.press("u")
        await pilot.pause()
        assert len(store.feedback()) == 2
        assert "Nothing to undo." in notices(app)


async def test_delete_by_mouse_on_the_dialog(store: Store, make_app) -> None:
    store.save_feedback(Feedback(date=TODAY, said="Gone soon"))
    app = make_app("en")
    async with app.run_test(size=(80, 24)) as pilot:
        await open_log(app, pilot)
        await pilot.press("delete")
        await pilot.pause()
        await pilot.click("#confirm-yes")
        await pilot.pause()
        assert store.feedback() == []


async def test_overdue_open_feedback_is_marked_in_text(store: Store, make_app) -> None:
    store.save_feedback(Feedback(date=TODAY - timedelta(days=45), said="Old and open"))
    store.save_feedback(
        Feedback(date=TODAY - timedelta(days=45), said="Old, applied", status="applied")
    )
    store.save_feedback(Feedback(date=TODAY - timedelta(days=30), said="Thirty days"))
    app = make_app("en")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_log(app, pilot)
        status = {row[3]: row[1] for row in cells(screen)}
        assert status == {
            "Thirty days": "open",
            "Old and open": "open ⚑ 45d",
            "Old, applied": "applied",
        }
        summary = str(screen.query_one("#fb-summary", Static).render())
        assert "⚑ 1 open for over 30 days" in summary


async def test_edit_by_mouse_and_keyboard_keeps_the_id(store: Store, make_app) -> None:
    store.save_feedback(Feedback(date=TODAY, said="Newest"))
    item = store.save_feedback(
        Feedback(date=TODAY - timedelta(days=2), said="First version", giver_name="Els")
    )
    app = make_app("en")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_log(app, pilot)
        # Mouse: the first click highlights the row, a click on the highlighted row opens it.
        await pilot.click("#fb-table", offset=(5, 2))
        await pilot.pause()
        assert app.screen is screen and screen.selected_id() == item.id
        assert "First version" in detail(screen)
        await pilot.click("#fb-table", offset=(5, 2))
        await pilot.pause()
        form = app.screen
        assert isinstance(form, FeedbackFormScreen)
        assert form.query_one("#fb-name", Input).value == "Els"
        said = form.query_one("#fb-said", TextArea)
        assert form.focused is said
        said.move_cursor(said.document.end)
        await type_text(pilot, ", improved")
        form.query_one("#fb-status", Select).value = "applied"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, FeedbackScreen)
        saved = store.feedback_item(item.id)
        assert (saved.said, saved.status) == ("First version, improved", "applied")
        assert len(store.feedback()) == 2
        # Keyboard: Enter on the row opens it too.
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, FeedbackFormScreen)


async def test_leaving_the_form_with_changes_asks_first(store: Store, make_app) -> None:
    app = make_app("en")
    async with app.run_test(size=(80, 24)) as pilot:
        await open_log(app, pilot)
        await pilot.press("plus")
        await pilot.pause()
        form = app.screen
        await pilot.press("escape")  # untouched: leaves at once
        await pilot.pause()
        assert isinstance(app.screen, FeedbackScreen)
        await pilot.press("plus")
        await pilot.pause()
        form = app.screen
        await pilot.press("tab", "tab")
        await type_text(pilot, "Piet")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmModal)
        await pilot.press("n")
        await pilot.pause()
        assert app.screen is form
        assert form.query_one("#fb-name", Input).value == "Piet"
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert isinstance(app.screen, FeedbackScreen)
        assert store.feedback() == []


async def test_session_choices_follow_the_network(store: Store, make_app) -> None:
    one = store.save_network(Network(name="Teamleiders"))
    two = store.save_network(Network(name="Preventie"))
    s1 = store.save_session(
        Session(network_id=one.id, number=2, date=date(2026, 10, 1), topic="Conflict")
    )
    s2 = store.save_session(Session(network_id=two.id, number=1, topic="Risico's"))
    app = make_app("en")
    async with app.run_test(size=(80, 24)) as pilot:
        await open_log(app, pilot)
        await pilot.press("plus")
        await pilot.pause()
        form = app.screen
        session = form.query_one("#fb-session", Select)
        assert session.disabled
        form.query_one("#fb-network", Select).value = one.id
        await pilot.pause()
        assert not session.disabled
        labels = [str(prompt) for prompt, _ in session._options]
        assert any("Conflict" in label for label in labels)
        assert not any("Risico" in label for label in labels)
        session.value = s1.id
        form.query_one("#fb-network", Select).value = two.id
        await pilot.pause()
        assert session.value is Select.NULL  # a session of another network is dropped
        session.value = s2.id
        form.query_one("#fb-said", TextArea).text = "Check the night shift"
        await pilot.press("ctrl+s")
        await pilot.pause()
        [saved] = store.feedback()
        assert (saved.network_id, saved.session_id) == (two.id, s2.id)


async def test_open_linked_session_without_and_with_the_journal(
    store: Store, make_app, monkeypatch
) -> None:
    network = store.save_network(Network(name="Teamleiders"))
    session = store.save_session(Session(network_id=network.id, number=3))
    store.save_feedback(Feedback(date=TODAY, said="Linked", session_id=session.id))
    app = make_app("en")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_log(app, pilot)
        # The journal screen is missing: a message, no crash.
        monkeypatch.setitem(sys.modules, "screens.journal", None)
        await pilot.press("o")
        await pilot.pause()
        assert app.screen is screen
        assert "The session journal is not available yet." in notices(app)

        opened: list[tuple[int | None, int | None]] = []

        class FakeJournal(Screen):
            def __init__(self, network_id, session_id) -> None:
                super().__init__()
                opened.append((network_id, session_id))

        fake = types.ModuleType("screens.journal")
        fake.SessionJournalScreen = FakeJournal
        monkeypatch.setitem(sys.modules, "screens.journal", fake)
        await pilot.press("o")
        await pilot.pause()
        assert isinstance(app.screen, FakeJournal)
        assert opened == [(network.id, session.id)]


async def test_open_session_when_not_linked(store: Store, make_app) -> None:
    store.save_feedback(Feedback(date=TODAY, said="Loose"))
    app = make_app("en")
    async with app.run_test(size=(80, 24)) as pilot:
        await open_log(app, pilot)
        await pilot.press("o")
        await pilot.pause()
        assert "This feedback is not linked to a session." in notices(app)


async def test_language_switch_keeps_the_form_and_translates(store: Store, make_app) -> None:
    app = make_app("en")
    async with app.run_test(size=(80, 24)) as pilot:
        await open_log(app, pilot)
        await pilot.press("plus")
        await pilot.pause()
        form = app.screen
        form.query_one("#fb-name", Input).value = "Karin"
        form.query_one("#fb-said", TextArea).text = "Keep this"
        form.query_one("#fb-private", Checkbox).value = True
        form.query_one("#fb-role", Select).value = "facilitator"
        await app.set_language("nl")
        await pilot.pause()
        assert form.query_one("#fb-name", Input).value == "Karin"
        assert form.query_one("#fb-said", TextArea).text == "Keep this"
        assert form.query_one("#fb-private", Checkbox).value is True
        assert form.query_one("#fb-role", Select).value == "facilitator"
        labels = [str(label.render()) for label in form.query(".form-label")]
        assert "Wat er gezegd werd (Markdown)" in labels
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, FeedbackScreen)
        header = [
            str(c.label) for c in app.screen.query_one("#fb-table", DataTable).columns.values()
        ]
        assert header == ["Datum", "Status", "Van", "Wat er gezegd werd"]
        [saved] = store.feedback()
        assert (saved.giver_name, saved.giver_role, saved.private) == ("Karin", "facilitator", True)


async def test_list_reads_well_after_coming_back_from_the_form(store: Store, make_app) -> None:
    store.save_feedback(
        Feedback(date=TODAY, giver_name="Marieke", giver_role="expert", said="# A *long* remark")
    )
    app = make_app("en")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_log(app, pilot)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen
        line = screen.query_one("#fb-table", DataTable).render_line(1).text
        # Whole cells, not cut to the width of their headers; Markdown marks left out.
        assert format_date(TODAY, "en") in line
        assert "Marieke (external e…" in line
        assert "A long remark" in line


async def test_help_and_palette_list_every_feedback_key(make_app) -> None:
    from screens.help import HelpScreen

    app = make_app("nl")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_log(app, pilot)
        titles = {command.title for command in app.get_system_commands(screen)}
        assert {"Nieuw", "Status", "Verwijder", "Herstel", "Sessie", "Filter"} <= titles
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = app.screen.help_markdown()
        for line in ("` Nieuw", "`u` Herstel", "`o` Sessie", "`f` Filter", "`s` Status"):
            assert line in text, line
        assert "30 dagen" in text


async def test_status_change_under_a_filter_keeps_the_cursor_in_place(
    store: Store, make_app
) -> None:
    for days, said in ((1, "First"), (2, "Second"), (3, "Third")):
        store.save_feedback(Feedback(date=TODAY - timedelta(days=days), said=said))
    app = make_app("en")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_log(app, pilot)
        screen.query_one("#fb-filter-status", Select).value = "open"
        await pilot.pause()
        screen.query_one("#fb-table", DataTable).focus()
        await pilot.press("down", "s")
        await pilot.pause()
        assert [row[3] for row in cells(screen)] == ["First", "Third"]
        assert screen.selected().said == "Third"
        assert "showing 2 of 3" in str(screen.query_one("#fb-summary", Static).render())


async def test_show_item_clears_filters_that_would_hide_it(store: Store, make_app) -> None:
    store.save_feedback(Feedback(date=TODAY, said="Open one"))
    applied = store.save_feedback(
        Feedback(date=TODAY - timedelta(days=9), said="Done one", status="applied")
    )
    app = make_app("en")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_log(app, pilot)
        screen.query_one("#fb-filter-status", Select).value = "open"
        await pilot.pause()
        assert [row[3] for row in cells(screen)] == ["Open one"]
        screen.show_item(applied.id)
        await pilot.pause()
        assert screen.query_one("#fb-filter-status", Select).value is Select.NULL
        assert screen.selected_id() == applied.id


async def test_a_long_log_shows_the_newest_rows_and_still_reaches_any_entry(
    store: Store, make_app
) -> None:
    from screens.feedback import MAX_ROWS

    oldest = store.save_feedback(Feedback(date=TODAY - timedelta(days=5000), said="Oldest"))
    for n in range(MAX_ROWS + 9):
        store.save_feedback(
            Feedback(date=TODAY - timedelta(days=n), said=f"Remark {n}", status="applied")
        )
    app = make_app("en")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_log(app, pilot)
        assert len(cells(screen)) == MAX_ROWS
        assert cells(screen)[0][3] == "Remark 0"
        summary = str(screen.query_one("#fb-summary", Static).render())
        assert f"the newest {MAX_ROWS} of {MAX_ROWS + 10}" in summary
        screen.show_item(oldest.id)
        await pilot.pause()
        assert screen.selected_id() == oldest.id
        # The filters reach the older ones.
        screen.query_one("#fb-filter-status", Select).value = "open"
        await pilot.pause()
        assert [row[3] for row in cells(screen)] == ["Oldest"]


async def test_a_huge_text_is_cut_in_the_detail_pane_but_kept_whole(store, make_app) -> None:
    from datetime import date

    from screens.feedback import DETAIL_LIMIT
    from store.models import Feedback

    huge = "Lange zin over feedback. " * 40_000  # about 1 MB
    store.save_feedback(Feedback(date=date(2026, 1, 5), said=huge))
    app = make_app("nl")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f")
        await pilot.pause()
        shown = app.screen.detail_markdown(store.feedback()[0])
        assert len(shown) < DETAIL_LIMIT + 1_000
        assert "Enter opent de volledige tekst" in shown
    assert store.feedback()[0].said == huge
