"""The feedback log's rules: checking an entry, filtering, the 30-day nudge, and that a
giver's name never reaches what is meant for an export other than *full*."""

from __future__ import annotations

from dataclasses import fields
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from store.feedback_log import (
    ERR_DATE_EMPTY,
    ERR_DATE_FUTURE,
    ERR_DATE_UNREADABLE,
    ERR_SAID_EMPTY,
    ERR_SESSION_WITHOUT_NETWORK,
    OVERDUE_DAYS,
    FeedbackDraft,
    FeedbackInvalid,
    build_feedback,
    days_since,
    export_view,
    export_views,
    filter_feedback,
    for_session,
    is_overdue,
    newest_first,
    next_status,
    open_count,
    overdue,
)
from store.models import FEEDBACK_ROLES, FEEDBACK_STATUSES, Feedback

TODAY = date(2026, 11, 27)


def item(**kw) -> Feedback:
    base = {"date": TODAY, "said": "Je vat goed samen.", "giver_name": "Marieke Peeters"}
    base.update(kw)
    return Feedback(**base)


# -- building an entry from the form ---------------------------------------------------


def test_build_reads_dutch_and_numeric_dates() -> None:
    for text in ("vandaag", "today", "27/11/2026", "2026-11-27", "27-11-2026"):
        built = build_feedback(FeedbackDraft(date_text=text, said="x"), TODAY)
        assert built.date == TODAY, text
    built = build_feedback(FeedbackDraft(date_text="gisteren", said="x"), TODAY)
    assert built.date == TODAY - timedelta(days=1)


def test_build_collects_every_error() -> None:
    with pytest.raises(FeedbackInvalid) as caught:
        build_feedback(FeedbackDraft(date_text="", said="  \n "), TODAY)
    assert caught.value.errors == {"date": ERR_DATE_EMPTY, "said": ERR_SAID_EMPTY}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("28/11/2026", ERR_DATE_FUTURE),
        ("31/02/2026", ERR_DATE_UNREADABLE),
        ("blub", ERR_DATE_UNREADABLE),
    ],
)
def test_build_rejects_future_and_unreadable_dates(text: str, code: str) -> None:
    with pytest.raises(FeedbackInvalid) as caught:
        build_feedback(FeedbackDraft(date_text=text, said="x"), TODAY)
    assert caught.value.errors == {"date": code}


def test_build_rejects_session_without_network_and_unknown_choices() -> None:
    draft = FeedbackDraft(
        date_text="vandaag", said="x", session_id=3, giver_role="boss", status="x"
    )
    with pytest.raises(FeedbackInvalid) as caught:
        build_feedback(draft, TODAY)
    assert caught.value.errors["session"] == ERR_SESSION_WITHOUT_NETWORK
    assert set(caught.value.errors) == {"session", "giver_role", "status"}


def test_build_keeps_id_and_unknown_fields_of_the_edited_entry() -> None:
    base = item(id=7, extra={"mood": "good"})
    draft = FeedbackDraft(
        date_text="1/10/2026",
        giver_name="  An   de Smet ",
        giver_role="manager",
        network_id=2,
        session_id=5,
        said="\n**Goed** gedaan\n\n",
        status="trying",
        private=True,
    )
    built = build_feedback(draft, TODAY, base)
    assert built.id == 7 and built.extra == {"mood": "good"}
    assert built.giver_name == "An de Smet"
    assert built.said == "**Goed** gedaan"
    assert (built.network_id, built.session_id, built.status, built.private) == (
        2,
        5,
        "trying",
        True,
    )


def test_saved_entry_round_trips_through_the_store(store) -> None:
    built = build_feedback(FeedbackDraft(date_text="vandaag", said="# not a heading?"), TODAY)
    saved = store.save_feedback(built)
    assert store.feedback_item(saved.id).said == "# not a heading?"


# -- list, filter, status --------------------------------------------------------------


def test_newest_first_puts_undated_last_and_later_added_first() -> None:
    a = item(id=1, date=date(2026, 1, 1))
    b = item(id=2, date=date(2026, 3, 1))
    c = item(id=3, date=None)
    d = item(id=4, date=date(2026, 3, 1))
    assert [f.id for f in newest_first([a, b, c, d])] == [4, 2, 1, 3]


def test_filter_by_status_and_network() -> None:
    items = [
        item(id=1, status="open", network_id=1),
        item(id=2, status="applied", network_id=1),
        item(id=3, status="open", network_id=2),
        item(id=4, status="open", network_id=None),
    ]
    assert [f.id for f in filter_feedback(items)] == [1, 2, 3, 4]
    assert [f.id for f in filter_feedback(items, status="open")] == [1, 3, 4]
    assert [f.id for f in filter_feedback(items, network_id=1)] == [1, 2]
    assert [f.id for f in filter_feedback(items, status="open", network_id=1)] == [1]
    assert filter_feedback(items, status="set_aside") == []
    assert open_count(items) == 3


def test_next_status_cycles_through_all() -> None:
    seen = ["open"]
    for _ in FEEDBACK_STATUSES:
        seen.append(next_status(seen[-1]))
    assert seen == [*FEEDBACK_STATUSES, "open"]
    assert next_status("nonsense") == "open"


def test_for_session() -> None:
    items = [
        item(id=1, session_id=5, date=date(2026, 1, 1)),
        item(id=2, session_id=6),
        item(id=3, session_id=5, date=date(2026, 2, 1)),
    ]
    assert [f.id for f in for_session(items, 5)] == [3, 1]
    assert for_session(items, None) == []
    assert for_session(items, 99) == []


# -- the 30-day rule -------------------------------------------------------------------


def test_overdue_boundary_is_more_than_thirty_days() -> None:
    on_day_30 = item(date=TODAY - timedelta(days=OVERDUE_DAYS))
    on_day_31 = item(date=TODAY - timedelta(days=OVERDUE_DAYS + 1))
    assert OVERDUE_DAYS == 30
    assert not is_overdue(on_day_30, TODAY)
    assert is_overdue(on_day_31, TODAY)
    assert days_since(on_day_31, TODAY) == 31


def test_only_open_dated_feedback_is_overdue() -> None:
    old = TODAY - timedelta(days=90)
    for status in ("trying", "applied", "set_aside"):
        assert not is_overdue(item(date=old, status=status), TODAY)
    assert not is_overdue(item(date=None), TODAY)
    assert is_overdue(item(date=old), TODAY)


def test_overdue_lists_the_longest_waiting_first() -> None:
    items = [
        item(id=1, date=TODAY - timedelta(days=40)),
        item(id=2, date=TODAY - timedelta(days=10)),
        item(id=3, date=TODAY - timedelta(days=100)),
        item(id=4, date=TODAY - timedelta(days=100), status="applied"),
    ]
    assert [f.id for f in overdue(items, TODAY)] == [3, 1]
    assert overdue(items, TODAY - timedelta(days=200)) == []


# -- what may leave the app ------------------------------------------------------------


def _all_text(view) -> str:
    return " ".join(str(getattr(view, f.name)) for f in fields(view))


def test_team_export_gets_nothing() -> None:
    assert export_view(item(), "team") is None
    assert export_views([item(), item(private=True)], "team") == []


def test_growth_export_has_role_but_no_name() -> None:
    view = export_view(item(giver_role="manager"), "growth")
    assert view is not None
    assert view.giver_name is None
    assert view.giver_role == "manager"
    assert "Marieke" not in _all_text(view) and "Peeters" not in _all_text(view)


def test_growth_export_leaves_private_entries_out() -> None:
    assert export_view(item(private=True), "growth") is None
    views = export_views([item(id=1), item(id=2, private=True)], "growth")
    assert [v.id for v in views] == [1]


def test_growth_export_takes_the_name_out_of_free_text() -> None:
    entry = item(
        giver_name="Marieke van der Berg",
        giver_role="facilitator",
        said="marieke van der berg zei: vat samen. Marieke vond het goed.",
        plan="Vragen aan Berg of de aanpak werkt; van de week proberen.",
    )
    view = export_view(entry, "growth", role_label="begeleider")
    assert view is not None
    assert "Marieke" not in view.said and "marieke" not in view.said.lower()
    assert "Berg" not in view.plan
    assert "van de week" in view.plan  # particles stay
    assert view.said.startswith("[begeleider] zei")


def test_full_export_keeps_everything() -> None:
    entry = item(id=9, private=True, giver_name="Jan", reaction="r", plan="p")
    view = export_view(entry, "full")
    assert view is not None
    assert (view.giver_name, view.private, view.reaction, view.plan) == ("Jan", True, "r", "p")
    assert export_views([entry], "full")[0].giver_name == "Jan"


def test_unknown_audience_is_refused() -> None:
    with pytest.raises(ValueError):
        export_view(item(), "Growth")


def test_export_views_are_oldest_first() -> None:
    items = [item(id=1, date=date(2026, 5, 1)), item(id=2, date=date(2026, 1, 1))]
    assert [v.id for v in export_views(items, "full")] == [2, 1]


NAME_PART = st.text(alphabet="abcdefghijklmnopqrstuvwxyzéö", min_size=2, max_size=8)
# Free text without capitals, so it cannot by chance hold a capitalised name part.
LOWER_TEXT = st.text(alphabet=st.characters(categories=["Ll", "Nd", "Zs", "Po"]), max_size=60)


@given(
    first=NAME_PART,
    last=NAME_PART,
    role=st.sampled_from(FEEDBACK_ROLES),
    said=LOWER_TEXT,
    private=st.booleans(),
)
def test_names_never_reach_non_full_exports(first, last, role, said, private) -> None:
    name = f"Q{first} Z{last}"
    entry = item(
        giver_name=name,
        giver_role=role,
        said=f"{said} {name} zei dit",
        reaction=f"Ik vroeg het aan Q{first}.",
        plan=f"Terug naar Z{last}",
        private=private,
    )
    assert export_view(entry, "team") is None
    view = export_view(entry, "growth")
    if private:
        assert view is None
        return
    assert view is not None and view.giver_name is None
    text = _all_text(view)
    assert name not in text
    assert f"Q{first}" not in text and f"Z{last}" not in text
    full = export_view(entry, "full")
    assert full is not None and full.giver_name == name


@given(
    said=st.text(min_size=1, max_size=200).filter(lambda s: s.strip()),
    reaction=st.text(max_size=100),
    name=st.text(max_size=40),
)
def test_typed_text_is_kept_and_survives_the_file_format(
    said: str, reaction: str, name: str
) -> None:
    built = build_feedback(
        FeedbackDraft(date_text="2026-11-01", said=said, reaction=reaction, giver_name=name), TODAY
    )
    assert built.said == said.strip("\n")
    assert built.reaction == reaction.strip("\n")
    assert built.giver_name == " ".join(name.split())
    again = Feedback.from_doc(built.to_doc(), 1)
    assert (again.said, again.reaction, again.giver_name) == (
        built.said,
        built.reaction,
        built.giver_name,
    )
