"""The session journal driven like a person would: write, carry forward, errors, preview."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from textual.widgets import Checkbox, Input, Markdown, Select, Static, TabbedContent, TextArea

from screens.fields import FormField, ScoreScale
from screens.journal import SessionJournalScreen
from screens.network_detail import NetworkDetailScreen
from store.db import Store
from store.drafts import DraftStore
from store.models import ActionItem, Feedback, Network, Session
from store.paths import drafts_path

PROMPTS = {
    "s-what-happened": "We bespraken twee *casussen* over planning.",
    "s-brought-in": "Mijn casus: ploegwissels die uitlopen.",
    "s-learned": "Eerst luisteren, dan pas voorstellen.",
    "s-will-try": "Een korte check-in bij elke wissel.",
    "s-questions": "Hoe ga ik om met weerstand?",
}


@pytest.fixture(autouse=True)
def _fast_timers(monkeypatch: pytest.MonkeyPatch) -> None:
    """Debounce delays short enough for tests, long enough to stay debounced."""
    monkeypatch.setattr(SessionJournalScreen, "DRAFT_DELAY", 0.2)
    monkeypatch.setattr(SessionJournalScreen, "PREVIEW_DELAY", 0.05)


@pytest.fixture
def network(store: Store) -> Network:
    return store.save_network(
        Network(name="Teamleiders", start=date(2026, 1, 5), planned_sessions=6, cadence_weeks=6)
    )


def tabs(app) -> TabbedContent:
    return app.screen.query_one("#journal-tabs", TabbedContent)


def field_error(app, widget_id: str) -> str:
    field = app.screen.query_one(f"#field-{widget_id}", FormField)
    return str(field.query_one(".form-error").render()) if field.has_class("-invalid") else ""


async def open_new_session_by_keys(
    pilot,
) -> SessionJournalScreen:
    await pilot.press("n")  # networks area
    await pilot.pause()
    await pilot.press("enter")  # open the (first) network
    await pilot.pause()
    assert isinstance(pilot.app.screen, NetworkDetailScreen)
    await pilot.press("n")  # new session
    await pilot.pause()
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, SessionJournalScreen)
    return screen


async def test_write_a_session_then_the_next_one_carries_it_forward(
    store: Store, network: Network, make_app
) -> None:
    app = make_app("en")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_new_session_by_keys(pilot)
        assert screen.query_one("#s-number", Input).value == "1"
        assert not screen.query("#tab-followup")  # first session: nothing to follow up
        screen.query_one("#s-date", Input).value = "2026-01-05"
        screen.query_one("#s-topic", Input).value = "Kick-off"
        screen.query_one("#s-minutes", Input).value = "120"
        # The five prompts: typed in the Reflection tab.
        await pilot.press("f6")
        await pilot.pause()
        assert tabs(app).active == "tab-reflection"
        assert app.focused is screen.query_one("#s-what-happened", TextArea)
        await pilot.press(*"We bespraken")
        screen.query_one("#s-what-happened", TextArea).text = PROMPTS["s-what-happened"]
        for widget_id, text in PROMPTS.items():
            screen.query_one(f"#{widget_id}", TextArea).text = text
        # Two actions: ctrl+t adds a row and puts the cursor in it.
        await pilot.press("ctrl+t")
        await pilot.pause()
        await pilot.press(*"Check-in invoeren")
        await pilot.press("ctrl+t")
        await pilot.pause()
        await pilot.press(*"Feedback vragen")
        assert tabs(app).active == "tab-actions"
        # Evaluation 4 with a comment, one competency, a team insight.
        tabs(app).active = "tab-evaluation"
        await pilot.pause()
        screen.query_one("#s-evaluation", ScoreScale).focus()
        await pilot.press("4")
        screen.query_one("#s-evaluation-comment", Input).value = "Goed tempo"
        screen.query_one("#comp-communication", Checkbox).value = True
        screen.query_one("#s-tags", Input).value = "planning, overleg"
        screen.query_one("#s-team-insights", TextArea).text = "Check-in werkt"
        await pilot.press("ctrl+s")
        await pilot.pause()
        [first] = store.sessions(network.id)
        assert first.date == date(2026, 1, 5)
        assert (first.number, first.topic, first.minutes) == (1, "Kick-off", 120)
        for widget_id, text in PROMPTS.items():
            assert getattr(first, widget_id[2:].replace("-", "_")) == text
        assert [(a.text, a.status) for a in first.actions] == [
            ("Check-in invoeren", "open"),
            ("Feedback vragen", "open"),
        ]
        assert first.evaluation == 4 and first.evaluation_comment == "Goed tempo"
        assert first.competencies == ["communication"]
        assert first.tags == ["planning", "overleg"]
        assert first.team_insights == ["Check-in werkt"]
        assert "session 1" in str(screen.query_one("#journal-heading", Static).render())
        assert DraftStore(drafts_path(store.path)).keys() == []
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, NetworkDetailScreen)

        # The next session: its number follows, and session 1 is carried forward.
        await pilot.press("n")
        await pilot.pause()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, SessionJournalScreen)
        assert screen.query_one("#s-number", Input).value == "2"
        assert screen.query("#tab-followup")
        texts = " ".join(str(w.render()) for w in screen.query(".followup-text"))
        assert "Check-in invoeren" in texts and "Feedback vragen" in texts
        questions = screen.query_one(".followup-questions", Markdown)
        assert questions.source == PROMPTS["s-questions"]
        await pilot.press("f6")
        await pilot.pause()
        assert tabs(app).active == "tab-followup"
        assert app.focused is screen.query_one("#fu-status-0", Select)
        screen.query_one("#fu-status-0", Select).value = "done"
        screen.query_one("#fu-outcome-0", Input).value = "Werkt: de ploeg praat meer"
        screen.query_one("#fu-status-1", Select).value = "dropped"
        screen.query_one("#s-follow-up", TextArea).text = "De check-in hielp."
        screen.query_one("#s-learned", TextArea).text = "Weerstand is informatie."
        await pilot.press("ctrl+s")
        await pilot.pause()
        notes = [n.message for n in app._notifications]
        assert any("previous session's actions were updated" in m for m in notes)

    first, second = sorted(store.sessions(network.id), key=lambda s: s.number)
    assert second.number == 2 and second.follow_up == "De check-in hielp."
    assert second.date == date.today()
    done, dropped = first.actions
    assert (done.status, done.outcome, done.closed_on) == (
        "done",
        "Werkt: de ploeg praat meer",
        date.today(),
    )
    assert (dropped.status, dropped.outcome) == ("dropped", "")


async def test_bad_input_shows_messages_and_keeps_what_was_typed(
    store: Store, network: Network, make_app
) -> None:
    app = make_app("nl")
    async with app.run_test(size=(80, 24)) as pilot:
        await app.push_screen(SessionJournalScreen(network.id))
        await pilot.pause()
        screen = app.screen
        screen.query_one("#s-date", Input).value = "31/02/2026"
        screen.query_one("#s-minutes", Input).value = "-5"
        screen.query_one("#s-learned", TextArea).text = "Iets belangrijks"
        tabs(app).active = "tab-reflection"
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert store.sessions() == []
        assert tabs(app).active == "tab-session"  # moved to where the problem is
        assert "Geen geldige datum" in field_error(app, "s-date")
        assert field_error(app, "s-minutes") == "Typ een geheel getal groter dan 0."
        assert field_error(app, "s-number") == ""
        assert app.focused is screen.query_one("#s-date", Input)
        assert screen.query_one("#s-learned", TextArea).text == "Iets belangrijks"
        assert screen.query_one("#s-minutes", Input).value == "-5"
        screen.query_one("#s-date", Input).value = "gisteren"
        screen.query_one("#s-minutes", Input).value = "90"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert field_error(app, "s-date") == ""
    [saved] = store.sessions()
    assert saved.date == date.today() - timedelta(days=1)
    assert (saved.minutes, saved.learned) == (90, "Iets belangrijks")


async def test_preview_renders_only_this_entry(store: Store, network: Network, make_app) -> None:
    store.save_session(Session(network_id=network.id, number=1, learned="Andere sessie"))
    app = make_app("en")
    async with app.run_test(size=(80, 24)) as pilot:
        await app.push_screen(SessionJournalScreen(network.id))
        await pilot.pause()
        screen = app.screen
        screen.query_one("#s-learned", TextArea).text = "A *new* idea | not a table"
        screen.query_one("#s-questions", TextArea).text = "# still text?"
        tabs(app).active = "tab-preview"
        await pilot.pause(0.2)
        text = screen.preview_text
        assert text.startswith("# Session 2 ·")
        # The export's way: the emphasis is kept, the pipe escaped, the heading bold.
        assert "## What did I learn?\n\nA *new* idea \\| not a table" in text
        assert "\n**still text?**\n" in text
        assert "Andere sessie" not in text
        rendered = screen.query_one("#journal-preview", Markdown)
        assert rendered.source == text
        # Typing again re-renders after the pause (debounced).
        screen.query_one("#s-learned", TextArea).text = "Changed"
        assert "Changed" not in screen.preview_text
        await pilot.pause(0.3)
        assert "Changed" in screen.preview_text


async def test_linked_feedback_is_listed_read_only(
    store: Store, network: Network, make_app
) -> None:
    session = store.save_session(Session(network_id=network.id, number=1, topic="Casus"))
    store.save_feedback(
        Feedback(
            date=date(2026, 2, 1),
            giver_name="An Peeters",
            giver_role="facilitator",
            session_id=session.id,
            said="Je stelt goede vragen.",
            reaction="Dat wil ik vaker doen.",
        )
    )
    store.save_feedback(Feedback(giver_name="Elders", said="Niet hier", session_id=999))
    app = make_app("en")
    async with app.run_test(size=(80, 24)) as pilot:
        await app.push_screen(SessionJournalScreen(network.id, session.id))
        await pilot.pause()
        text = str(app.screen.query_one("#journal-feedback", Static).render())
        assert "An Peeters (facilitator)" in text
        assert "Je stelt goede vragen." in text and "Dat wil ik vaker doen." in text
        assert "Elders" not in text


async def test_editing_keeps_outcomes_and_removes_actions(
    store: Store, network: Network, make_app
) -> None:
    session = store.save_session(
        Session(
            network_id=network.id,
            date=date(2026, 1, 5),
            number=1,
            actions=[
                ActionItem("Blijft", status="done", closed_on=date(2026, 1, 9), outcome="ok"),
                ActionItem("Weg ermee"),
            ],
            feeling=3,
        )
    )
    app = make_app("en")
    async with app.run_test(size=(80, 24)) as pilot:
        await app.push_screen(SessionJournalScreen(network.id, session.id))
        await pilot.pause()
        screen = app.screen
        gone = session.actions[1].key
        tabs(app).active = "tab-actions"
        remove = screen.query_one(f"#act-remove-{gone}")
        for _ in range(100):  # the pane is laid out after it is shown (slow when loaded)
            await pilot.pause()
            if remove.region.area:
                break
        await pilot.click(f"#act-remove-{gone}")
        await pilot.pause()
        assert not screen.query(f"#act-row-{gone}")
        tabs(app).active = "tab-evaluation"
        await pilot.pause()
        screen.query_one("#s-feeling-clear").press()
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
    saved = store.session(session.id)
    assert [a.text for a in saved.actions] == ["Blijft"]
    kept = saved.actions[0]
    assert (kept.status, kept.closed_on, kept.outcome) == ("done", date(2026, 1, 9), "ok")
    assert saved.feeling is None


async def test_language_switch_keeps_typing_rows_and_tab(
    store: Store, network: Network, make_app
) -> None:
    app = make_app("en")
    async with app.run_test(size=(80, 24)) as pilot:
        await app.push_screen(SessionJournalScreen(network.id))
        await pilot.pause()
        screen = app.screen
        screen.query_one("#s-topic", Input).value = "Weerstand"
        await pilot.press("ctrl+t")
        await pilot.pause()
        await pilot.press(*"Probeer dit")
        screen.query_one("#s-evaluation-comment").focus()
        await pilot.press("l")  # typed into the field, not a language switch
        assert screen.query_one("#s-evaluation-comment", Input).value == "l"
        screen.query_one("#s-evaluation", ScoreScale).focus()
        await pilot.press("5")
        tabs(app).active = "tab-actions"
        await pilot.pause()
        await app.set_language("nl")
        await pilot.pause()
        assert tabs(app).active == "tab-actions"
        assert screen.query_one("#s-topic", Input).value == "Weerstand"
        [row_input] = list(screen.query(".action-text"))
        assert row_input.value == "Probeer dit"
        assert screen.query_one("#s-evaluation", ScoreScale).value == 5
        assert "nieuwe sessie" in str(screen.query_one("#journal-heading", Static).render())


async def test_a_deleted_session_shows_a_sentence(store: Store, network: Network, make_app):
    app = make_app("en")
    async with app.run_test(size=(80, 24)) as pilot:
        await app.push_screen(SessionJournalScreen(network.id, 12345))
        await pilot.pause()
        assert "no longer exists" in str(app.screen.query_one("#journal-gone", Static).render())
        await pilot.press("ctrl+s")  # nothing to save, nothing breaks
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, SessionJournalScreen)
