"""What is on the screen is what gets saved: a burst of keys still queued for a field when
ctrl+s arrives is saved whole; opening a form never selects its text (one key cannot wipe
a field); Tab into a filled text puts the cursor at its end; ctrl+z undoes in a field.

The bursts are posted straight into the App's queue, with ctrl+s right behind them, so
they are truly queued (Pilot's `press` waits for idle between keys).
"""

from __future__ import annotations

from datetime import date

from textual import events
from textual.keys import _character_to_key
from textual.widgets import Input, TextArea

from screens.feedback_form import FeedbackFormScreen
from screens.journal import SessionJournalScreen
from screens.network_form import NetworkFormScreen
from screens.selfcheck_take import SelfCheckTakeScreen
from store.db import Store
from store.models import Network, Session
from store.selfcheck import STATEMENTS

BURST = (
    "Eerst luisteren, dan pas voorstellen: dat werkte vandaag beter dan ooit. "
    "Morgen probeer ik het bij de wissel van zes uur, met een korte check-in en "
    "een vraag aan elk teamlid over wat hen die dag het meest bezighield."
)


def queue_keys(app, text: str, then: str | None = "ctrl+s") -> None:
    """Post one Key event per character (and `then`) to the App without waiting."""
    for char in text:
        key = char if char.isalnum() else _character_to_key(char)
        app.post_message(events.Key(key, char))
    if then:
        app.post_message(events.Key(then, None))


async def settle(pilot) -> None:
    for _ in range(3):
        await pilot.pause()


async def open_journal(app, pilot, network_id: int, session_id: int | None = None):
    await app.push_screen(SessionJournalScreen(network_id, session_id))
    await settle(pilot)
    screen = app.screen
    assert isinstance(screen, SessionJournalScreen)
    return screen


async def test_burst_then_ctrl_s_saves_the_whole_reflection(store: Store, make_app) -> None:
    network = store.save_network(Network(name="N"))
    app = make_app("en")
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_journal(app, pilot, network.id)
        screen.query_one("#journal-tabs").active = "tab-reflection"
        await pilot.pause()
        screen.query_one("#s-learned", TextArea).focus()
        await pilot.pause()
        queue_keys(app, BURST)
        await settle(pilot)
        assert any("saved" in n.message.lower() for n in app._notifications)
    [saved] = store.sessions()
    assert saved.learned == BURST


async def test_burst_then_ctrl_s_saves_the_whole_topic(store: Store, make_app) -> None:
    network = store.save_network(Network(name="N"))
    session = store.save_session(Session(network_id=network.id, number=1, date=date(2026, 1, 5)))
    app = make_app("en")
    async with app.run_test(size=(100, 30)) as pilot:
        await open_journal(app, pilot, network.id, session.id)
        assert isinstance(app.focused, Input) and app.focused.id == "s-topic"
        queue_keys(app, BURST[:120])
        await settle(pilot)
    [saved] = store.sessions()
    assert saved.topic == BURST[:120]


async def test_burst_then_ctrl_s_saves_the_whole_feedback(store: Store, make_app) -> None:
    app = make_app("en")
    async with app.run_test(size=(100, 30)) as pilot:
        await app.push_screen(FeedbackFormScreen())
        await settle(pilot)
        app.screen.query_one("#fb-said", TextArea).focus()
        await pilot.pause()
        queue_keys(app, BURST)
        await settle(pilot)
    [saved] = store.feedback()
    assert saved.said == BURST


async def test_burst_then_ctrl_s_saves_the_whole_network_name(store: Store, make_app) -> None:
    app = make_app("en")
    async with app.run_test(size=(100, 30)) as pilot:
        await app.push_screen(NetworkFormScreen())
        await settle(pilot)
        assert app.focused is not None and app.focused.id == "nf-name"
        queue_keys(app, BURST[:150])
        await settle(pilot)
    [saved] = store.networks()
    assert saved.name == BURST[:150]


async def test_burst_in_a_selfcheck_note_then_ctrl_s_saves_the_whole_note(
    store: Store, make_app
) -> None:
    """The self-check keeps its notes from the fields' Changed messages: those too must
    have arrived before the save reads them."""
    app = make_app("en")
    async with app.run_test(size=(100, 30)) as pilot:
        await app.push_screen(SelfCheckTakeScreen())
        await settle(pilot)
        screen = app.screen
        for item in STATEMENTS:
            screen.draft.scores[item.key] = 3
        first = STATEMENTS[0].key
        screen.query_one(f"#note-{first}", Input).focus()
        await pilot.pause()
        queue_keys(app, BURST[:80])
        await settle(pilot)
    [take] = store.selfchecks()
    assert take.notes.get(first) == BURST[:80].strip()  # a note is kept trimmed


# -- one key never wipes a field --------------------------------------------------------


async def test_a_letter_typed_on_an_opened_session_appends(store: Store, make_app) -> None:
    network = store.save_network(Network(name="N"))
    session = store.save_session(
        Session(network_id=network.id, number=1, date=date(2026, 1, 5), topic="Old topic")
    )
    app = make_app("en")
    async with app.run_test(size=(100, 30)) as pilot:
        await open_journal(app, pilot, network.id, session.id)
        topic = app.screen.query_one("#s-topic", Input)
        assert app.focused is topic
        assert topic.selection.is_empty and topic.cursor_position == len("Old topic")
        await pilot.press("l")
        assert topic.value == "Old topicl"
        await pilot.press("ctrl+s")
        await settle(pilot)
    assert store.session(session.id).topic == "Old topicl"


async def test_tab_into_a_filled_text_area_types_at_its_end(store: Store, make_app) -> None:
    network = store.save_network(Network(name="N", purpose="Learn", goals=["First goal"]))
    app = make_app("en")
    async with app.run_test(size=(100, 30)) as pilot:
        await app.push_screen(NetworkFormScreen(network.id))
        await settle(pilot)
        app.screen.query_one("#nf-purpose", Input).focus()
        await pilot.pause()
        await pilot.press("tab")
        await pilot.pause()
        goals = app.screen.query_one("#nf-goals", TextArea)
        assert app.focused is goals
        await pilot.press(*"; second")
        assert goals.text == "First goal; second"


async def test_ctrl_z_brings_back_a_field_replaced_or_typed_over(store: Store, make_app) -> None:
    network = store.save_network(Network(name="N"))
    session = store.save_session(
        Session(network_id=network.id, number=1, date=date(2026, 1, 5), topic="Old topic")
    )
    app = make_app("en")
    async with app.run_test(size=(100, 30)) as pilot:
        await open_journal(app, pilot, network.id, session.id)
        topic = app.screen.query_one("#s-topic", Input)
        topic.action_select_all()
        await pilot.press("x")
        assert topic.value == "x"
        await pilot.press("ctrl+z")
        assert topic.value == "Old topic"
        await pilot.press(*" and more")
        assert topic.value == "Old topic and more"
        await pilot.press("ctrl+z")  # one word at a time
        assert topic.value == "Old topic and "
        await pilot.press("ctrl+z", "ctrl+z")
        assert topic.value == "Old topic"
        await pilot.press("ctrl+z")  # nothing older: the field stays
        assert topic.value == "Old topic"
