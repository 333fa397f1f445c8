"""Network rules without a UI: validation codes, building, ordering, planned dates."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from store.models import Network, Participant, Session
from store.networks import (
    NetworkForm,
    network_to_form,
    parse_positive_int,
    participants_text,
    planned_schedule,
    read_network_form,
    read_participants,
    sorted_networks,
    validate_network,
)

TODAY = date(2026, 11, 27)


def good_form(**changes: str) -> NetworkForm:
    form = NetworkForm(
        name="Teamleiders productie",
        kind="external",
        organiser="Sectorfonds",
        purpose="Leren van elkaar",
        goals="Beter feedback geven\n\n  Vergaderen met de ploeg  \n",
        start="05/01/2026",
        end="2026-12-14",
        planned_sessions="8",
        cadence_weeks="6",
    )
    for name, value in changes.items():
        setattr(form, name, value)
    return form


def test_good_form_builds_the_network() -> None:
    network, errors = read_network_form(good_form(), today=TODAY)
    assert errors == {}
    assert network is not None
    assert network.name == "Teamleiders productie"
    assert network.kind == "external"
    assert network.goals == ["Beter feedback geven", "Vergaderen met de ploeg"]
    assert network.start == date(2026, 1, 5)
    assert network.end == date(2026, 12, 14)
    assert (network.planned_sessions, network.cadence_weeks) == (8, 6)
    assert network.status == "active"


def test_only_the_name_is_required() -> None:
    form = NetworkForm(name="  Netwerk  ")
    network, errors = read_network_form(form, today=TODAY)
    assert errors == {}
    assert network is not None and network.name == "Netwerk"
    assert network.start is None and network.planned_sessions is None


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"name": "   "}, {"name": "required"}),
        ({"end": "01/01/2026"}, {"end": "end_before_start"}),
        ({"start": "31/02/2026"}, {"start": "bad_date"}),
        ({"end": "blabla"}, {"end": "bad_date"}),
        ({"planned_sessions": "-3"}, {"planned_sessions": "not_positive_int"}),
        ({"planned_sessions": "0"}, {"planned_sessions": "not_positive_int"}),
        ({"planned_sessions": "2.5"}, {"planned_sessions": "not_positive_int"}),
        ({"planned_sessions": "acht"}, {"planned_sessions": "not_positive_int"}),
        ({"planned_sessions": "5000"}, {"planned_sessions": "too_large"}),
        ({"cadence_weeks": "-1"}, {"cadence_weeks": "not_positive_int"}),
        ({"cadence_weeks": "٣"}, {"cadence_weeks": "not_positive_int"}),  # not ASCII digits
        (
            {"name": "", "end": "01/01/2025", "planned_sessions": "-1", "cadence_weeks": "x"},
            {
                "name": "required",
                "end": "end_before_start",
                "planned_sessions": "not_positive_int",
                "cadence_weeks": "not_positive_int",
            },
        ),
    ],
)
def test_validation_codes(changes: dict[str, str], expected: dict[str, str]) -> None:
    assert validate_network(good_form(**changes), today=TODAY) == expected
    network, errors = read_network_form(good_form(**changes), today=TODAY)
    assert network is None and errors == expected


def test_same_start_and_end_is_fine() -> None:
    assert validate_network(good_form(start="vandaag", end="today"), today=TODAY) == {}


def test_editing_keeps_id_status_and_unknown_fields() -> None:
    base = Network(name="Oud", status="closed", id=4, extra={"future": 1})
    network, _ = read_network_form(good_form(), base=base, today=TODAY)
    assert network is not None
    assert (network.id, network.status, network.extra) == (4, "closed", {"future": 1})
    assert base.name == "Oud"  # the original is not changed


def test_network_to_form_round_trips() -> None:
    network, _ = read_network_form(good_form(), today=TODAY)
    assert network is not None
    again, errors = read_network_form(network_to_form(network), today=TODAY)
    assert errors == {} and again == network


def test_parse_positive_int() -> None:
    assert parse_positive_int("") is None
    assert parse_positive_int(" 7 ") == 7
    with pytest.raises(ValueError, match="too_large"):
        parse_positive_int("11", maximum=10)


def test_planned_dates_follow_start_and_cadence() -> None:
    network = Network(start=date(2026, 1, 5), planned_sessions=4, cadence_weeks=6)
    assert network.planned_dates() == [
        date(2026, 1, 5),
        date(2026, 2, 16),
        date(2026, 3, 30),
        date(2026, 5, 11),
    ]
    assert Network(start=date(2026, 1, 5), planned_sessions=4).planned_dates() == []
    assert Network(planned_sessions=4, cadence_weeks=2).planned_dates() == []


def test_planned_dates_cross_the_year() -> None:
    network = Network(start=date(2026, 12, 1), planned_sessions=3, cadence_weeks=4)
    assert network.planned_dates()[-1] == date(2027, 1, 26)


@given(
    st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 1, 1)),
    st.integers(min_value=1, max_value=50),
    st.integers(min_value=1, max_value=26),
)
def test_planned_dates_properties(start: date, count: int, weeks: int) -> None:
    days = Network(start=start, planned_sessions=count, cadence_weeks=weeks).planned_dates()
    assert len(days) == count and days[0] == start
    assert all((b - a).days == 7 * weeks for a, b in zip(days, days[1:], strict=False))


def test_planned_schedule_marks_held_by_count() -> None:
    network = Network(start=date(2026, 1, 5), planned_sessions=3, cadence_weeks=6)
    held = [Session(network_id=1, date=date(2026, 1, 7))]
    assert [h for _, h in planned_schedule(network, held)] == [True, False, False]


def test_active_networks_first() -> None:
    networks = [
        Network(name="b closed", status="closed", start=date(2026, 5, 1)),
        Network(name="old active", start=date(2025, 1, 1)),
        Network(name="new active", start=date(2026, 1, 1)),
        Network(name="no start"),
    ]
    names = [n.name for n in sorted_networks(networks)]
    assert names == ["new active", "old active", "no start", "b closed"]


@given(st.text(max_size=30), st.text(max_size=30), st.text(max_size=12), st.text(max_size=12))
def test_any_typed_text_gives_a_network_or_error_codes(
    name: str, start: str, planned: str, cadence: str
) -> None:
    form = NetworkForm(name=name, start=start, planned_sessions=planned, cadence_weeks=cadence)
    network, errors = read_network_form(form, today=TODAY)
    assert (network is None) == bool(errors)
    if network is not None:
        assert network.name and network.name == network.name.strip()
        assert network.planned_sessions is None or network.planned_sessions >= 1


def test_participants_read_tolerantly_and_written_only_when_there_are_any() -> None:
    doc = {
        "name": "N",
        "participants": [
            {"name": "  Marleen   Osaert ", "role": "HR", "since": 2026},
            "Bo Li",
            {"role": "zonder naam"},
            42,
            {"name": "Stan Kools", "role": None},
        ],
    }
    network = Network.from_doc(doc)
    assert network.participants == [
        Participant("Marleen Osaert", "HR"),
        Participant("Bo Li", ""),
        Participant("Stan Kools", ""),
    ]
    assert Network.from_doc({"name": "N", "participants": "Bo Li"}).participants == [
        Participant("Bo Li")
    ]
    assert Network.from_doc({"name": "N", "participants": {"x": 1}}).participants == []
    assert "participants" not in Network(name="N").to_doc()  # files keep their shape
    again = Network.from_doc(network.to_doc())
    assert again.participants == network.participants


def test_participants_typed_one_per_line_in_any_order() -> None:
    typed = "Marleen Osaert (HR)\n\n coach, Stan Kools \nBo Li\nBo  Li (dubbel)"
    people = read_participants(typed)
    assert [(p.name, p.role) for p in people] == [
        ("Marleen Osaert", "HR"),
        ("Stan Kools", "coach"),
        ("Bo Li", ""),
    ]
    assert participants_text(people) == "Marleen Osaert (HR)\nStan Kools (coach)\nBo Li"
