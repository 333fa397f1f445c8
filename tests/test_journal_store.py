"""Session journal rules without a UI: form reading, numbering, carry forward, preview."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from store.db import Store
from store.journal import (
    ActionRow,
    FollowUpRow,
    SessionForm,
    apply_follow_up,
    carried_actions,
    entry_markdown,
    next_session_number,
    previous_session,
    read_session_form,
    session_to_form,
    validate_session,
)
from store.markdown import make_parser
from store.models import ActionItem, Session

TODAY = date(2026, 11, 27)
LABELS = {
    "title": "Sessie 3",
    "what_happened": "Wat gebeurde er?",
    "brought_in": "Wat bracht ik in?",
    "learned": "Wat leerde ik?",
    "will_try": "Wat ga ik proberen?",
    "questions": "Welke vragen blijven?",
    "actions": "Acties",
    "follow_up": "Opvolging",
    "evaluation": "Evaluatie",
    "team_insights": "Voor mijn team",
    "tags": "Tags",
    "empty": "Nog niets geschreven.",
    "speaker": "Spreker",
    "minutes": "min.",
    "status.open": "open",
    "status.done": "gedaan",
    "status.dropped": "geschrapt",
}


def full_form(**changes) -> SessionForm:
    form = SessionForm(
        date="gisteren",
        number="3",
        topic="Moeilijke gesprekken",
        work_form="intervisie",
        speaker="",
        minutes="120",
        what_happened="We bespraken een *casus*.",
        brought_in="Mijn casus over planning.",
        learned="Eerst luisteren.",
        will_try="Een check-in bij de start.",
        questions="Hoe met weerstand?",
        evaluation=4,
        evaluation_comment="Goed tempo",
        feeling=5,
        competencies=["communication", "teamwork", "bogus"],
        other_competencies="coaching, Communication, coaching",
        tags="#planning, overleg , planning",
        team_insights="Start met een check-in\n\nKorte evaluatie na elk overleg\n",
        private=True,
        actions=[
            ActionRow("a1", "Check-in invoeren", "open"),
            ActionRow("a2", "  ", "open"),
            ActionRow("a3", "Feedback vragen", "done"),
        ],
    )
    for name, value in changes.items():
        setattr(form, name, value)
    return form


def test_full_form_builds_the_session() -> None:
    session, errors = read_session_form(full_form(), network_id=2, today=TODAY)
    assert errors == {}
    assert session is not None
    assert session.network_id == 2
    assert session.date == date(2026, 11, 26)
    assert (session.number, session.minutes) == (3, 120)
    assert session.has_reflection()
    assert session.competencies == ["communication", "teamwork", "coaching"]
    assert session.tags == ["planning", "overleg"]
    assert session.team_insights == ["Start met een check-in", "Korte evaluatie na elk overleg"]
    assert session.private is True
    assert [(a.key, a.text, a.status) for a in session.actions] == [
        ("a1", "Check-in invoeren", "open"),
        ("a3", "Feedback vragen", "done"),
    ]
    assert session.actions[1].closed_on == date(2026, 11, 26)
    assert session.actions[0].closed_on is None


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"date": ""}, {"date": "required"}),
        ({"date": "31/02/2026"}, {"date": "bad_date"}),
        ({"date": "blabla"}, {"date": "bad_date"}),
        ({"number": "-1"}, {"number": "not_positive_int"}),
        ({"minutes": "0"}, {"minutes": "not_positive_int"}),
        ({"minutes": "90 min"}, {"minutes": "not_positive_int"}),
        ({"minutes": "99999"}, {"minutes": "too_large"}),
        ({"evaluation": 9}, {"evaluation": "out_of_range"}),
    ],
)
def test_validation_codes(changes, expected) -> None:
    assert validate_session(full_form(**changes), today=TODAY) == expected


def test_editing_keeps_outcome_and_closed_day() -> None:
    base = Session(
        id=9,
        network_id=2,
        actions=[
            ActionItem("Feedback vragen", "done", date(2026, 1, 1), "lukte", key="a3"),
            ActionItem("Weg", key="gone"),
        ],
    )
    session, _ = read_session_form(full_form(), base=base, today=TODAY)
    assert session is not None and session.id == 9
    done = session.actions[1]
    assert (done.closed_on, done.outcome) == (date(2026, 1, 1), "lukte")
    assert "gone" not in [a.key for a in session.actions]  # removed in the form


def test_form_round_trips() -> None:
    session, _ = read_session_form(full_form(), network_id=2, today=TODAY)
    assert session is not None
    again, errors = read_session_form(session_to_form(session), base=session, today=TODAY)
    assert errors == {} and again == session


def test_next_number() -> None:
    assert next_session_number([]) == 1
    assert next_session_number([Session(number=1), Session(number=2)]) == 3
    assert next_session_number([Session(), Session()]) == 3
    assert next_session_number([Session(number=7)]) == 8


def test_previous_session() -> None:
    a = Session(id=1, date=date(2026, 1, 5), number=1)
    b = Session(id=2, date=date(2026, 2, 16), number=2)
    c = Session(id=3, date=date(2026, 3, 30), number=3)
    assert previous_session([c, a, b], None) == c
    assert previous_session([c, a, b], b) == a
    assert previous_session([c, a, b], a) is None
    assert previous_session([], None) is None


def test_carried_actions() -> None:
    prev = Session(actions=[ActionItem("a", "open"), ActionItem("b", "done")])
    assert [a.text for a in carried_actions(prev, new_entry=True)] == ["a"]
    assert [a.text for a in carried_actions(prev, new_entry=False)] == ["a", "b"]


def test_apply_follow_up() -> None:
    prev = Session(
        id=1,
        actions=[ActionItem("a", key="ka"), ActionItem("b", key="kb"), ActionItem("c", key="kc")],
    )
    rows = [FollowUpRow("ka", "done", " werkte "), FollowUpRow("kb", "open", "")]
    updated = apply_follow_up(prev, rows, today=TODAY)
    assert updated is not None
    assert [(a.status, a.outcome, a.closed_on) for a in updated.actions] == [
        ("done", "werkte", TODAY),
        ("open", "", None),
        ("open", "", None),
    ]
    assert prev.actions[0].status == "open"  # the original is not changed
    assert apply_follow_up(prev, [FollowUpRow("kb", "open", "")], today=TODAY) is None


def test_preview_markdown_has_every_part() -> None:
    text = entry_markdown(full_form(follow_up="Check-in lukte."), LABELS)
    for part in ("# Sessie 3", "## Opvolging", "## Wat leerde ik?", "- [ ] Check-in invoeren"):
        assert part in text
    assert "- [x] Feedback vragen (gedaan)" in text
    assert "**4/5** Goed tempo" in text
    assert "`planning`, `overleg`" in text
    assert "**Moeilijke gesprekken**  \nintervisie · 120 min." in text
    assert "Nog niets" not in text
    assert "Nog niets geschreven." in entry_markdown(SessionForm(), LABELS)


@given(st.text(max_size=300))
def test_preview_never_breaks_on_any_text(text: str) -> None:
    form = SessionForm(learned=text, tags=text, team_insights=text)
    tokens = make_parser().parse(entry_markdown(form, LABELS))
    assert tokens  # parses, whatever was typed


def test_saved_session_survives_the_store(store: Store) -> None:
    session, _ = read_session_form(full_form(), network_id=2, today=TODAY)
    assert session is not None
    saved = store.save_session(session)
    assert store.session(saved.id) == saved


@given(
    st.fixed_dictionaries(
        {
            name: st.text(max_size=40)
            for name in ("date", "number", "minutes", "topic", "tags", "other_competencies")
        }
    ),
    st.text(max_size=200),
)
def test_any_typed_text_gives_a_session_or_error_codes(fields: dict, reflection: str) -> None:
    form = SessionForm(**fields, learned=reflection, team_insights=reflection)
    session, errors = read_session_form(form, today=TODAY)
    assert (session is None) == bool(errors)
    assert set(errors) <= {"date", "number", "minutes"}
    if session is not None:
        assert session.learned == reflection.rstrip()
        assert all(tag and tag == tag.strip() for tag in session.tags)
