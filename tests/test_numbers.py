"""Numbers agree: the dashboard's counts equal the growth export's, the header's period is
the period of what is counted, and a count with its noun is singular for one."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from store.db import Store
from store.demo_data import copy_demo
from store.export import export_markdown
from store.models import ActionItem, Feedback, Network, Session
from store.overview import build_overview

TODAY = date(2026, 12, 2)


def growth(store: Store, lang: str = "nl", **kwargs: object) -> str:
    return export_markdown(store, "growth", lang=lang, today=TODAY, **kwargs).markdown


def still_open(markdown: str) -> tuple[int, int]:
    """(open actions, open feedback) from the growth export's "Nog open" line."""
    line = next(line for line in markdown.splitlines() if line.startswith("*Nog open:"))
    actions = re.search(r"(\d+) acties?\b", line)
    feedback = re.search(r"(\d+) feedbackpunt(?:en)?\b", line)
    return (int(actions[1]) if actions else 0, int(feedback[1]) if feedback else 0)


def held_per_network(markdown: str) -> dict[str, str]:
    """Network name -> the "Sessies" cell of the participation table."""
    cells: dict[str, str] = {}
    for line in markdown.splitlines():
        if line.startswith("| ") and not line.startswith("| Netwerk") and "---" not in line:
            row = [c.strip() for c in line.strip("|").split("|")]
            if len(row) == 5:
                cells[row[0]] = row[2]
    return cells


@pytest.fixture
def demo(tmp_path: Path) -> Store:
    with Store.open(copy_demo(tmp_path)) as store:
        yield store


def test_demo_dashboard_counts_equal_growth_export(demo: Store) -> None:
    overview = build_overview(demo, TODAY)
    markdown = growth(demo)
    assert still_open(markdown) == (overview.open_actions, overview.open_feedback)
    cells = held_per_network(markdown)
    for progress in overview.active:
        assert cells[progress.network.name] == f"{progress.held} van {progress.planned}"


def open_action(text: str) -> ActionItem:
    return ActionItem(text=text)


@pytest.fixture
def mixed(store: Store) -> Store:
    """Private items, items of every status, and items outside 1 Oct – 30 Nov 2026."""
    net = store.save_network(
        Network(name="Leernet", start=date(2026, 1, 1), planned_sessions=6, cadence_weeks=4)
    )
    sessions = [
        Session(network_id=net.id, date=date(2026, 9, 1), topic="Buiten", learned="x",
                actions=[open_action("a1")]),
        Session(network_id=net.id, date=date(2026, 10, 29), topic="Privé", learned="x",
                private=True, actions=[open_action("a2"), ActionItem(text="a3", status="done")]),
        Session(network_id=net.id, date=date(2026, 11, 10), topic="Binnen", learned="x",
                actions=[open_action("a4"), ActionItem(text="a5", status="dropped")]),
    ]  # fmt: skip
    for session in sessions:
        store.save_session(session)
    for when, status, private in [
        (date(2026, 8, 1), "open", False),  # outside the period
        (date(2026, 10, 5), "open", True),  # private
        (date(2026, 11, 12), "open", False),
        (date(2026, 11, 13), "trying", False),  # being tried out: not open
        (date(2026, 11, 14), "applied", False),
    ]:
        store.save_feedback(
            Feedback(date=when, giver_name="Lies", giver_role="participant", said="s",
                     network_id=net.id, status=status, private=private)
        )  # fmt: skip
    return store


def test_dashboard_and_growth_count_open_the_same_way(mixed: Store) -> None:
    """Private entries count, "trying out" does not (it once counted in the export only)."""
    overview = build_overview(mixed, TODAY)
    assert (overview.open_actions, overview.open_feedback) == (3, 3)
    assert still_open(growth(mixed)) == (3, 3)
    assert held_per_network(growth(mixed))["Leernet"] == f"3 van {6}"


def test_growth_with_a_period_counts_only_what_is_dated_inside(mixed: Store) -> None:
    markdown = growth(mixed, since=date(2026, 10, 1), until=date(2026, 11, 30))
    assert still_open(markdown) == (2, 2)  # a2 (private) + a4; the private and 12 Nov feedback
    assert held_per_network(markdown)["Leernet"] == "2 van 6"
    assert "Periode: 1 oktober 2026 – 30 november 2026" in markdown


def test_the_export_says_what_open_counts(mixed: Store) -> None:
    assert "status ‘open’, ook wat ik privé hield" in growth(mixed)
    assert "status ‘open’, including what I kept private" in growth(mixed, "en")


def header_period(markdown: str) -> str:
    return re.search(r"Periode: (.*?) · gemaakt op", markdown)[1]


def test_header_period_includes_a_private_session_the_table_counts(store: Store) -> None:
    """Shown: feedback of 1 and 2 December; counted in the table: a private session of 29
    October. The period once read "1 december 2026 – 2 december 2026"."""
    net = store.save_network(Network(name="Net", start=date(2026, 10, 1)))
    store.save_session(
        Session(network_id=net.id, date=date(2026, 10, 29), learned="x", private=True)
    )
    for day in (1, 2):
        store.save_feedback(Feedback(date=date(2026, 12, day), giver_role="manager", said="s"))
    markdown = growth(store)
    assert held_per_network(markdown)["Net"] == "1"
    assert header_period(markdown) == "29 oktober 2026 – 2 december 2026"


def test_header_period_is_the_span_of_what_is_counted_or_the_filter(mixed: Store) -> None:
    # Counted without a filter: sessions of 1 Sep – 10 Nov, feedback of 1 Aug – 14 Nov.
    assert header_period(growth(mixed)) == "1 augustus 2026 – 14 november 2026"
    given = growth(mixed, since=date(2026, 10, 1), until=date(2026, 11, 30))
    assert header_period(given) == "1 oktober 2026 – 30 november 2026"


def test_team_header_period_leaves_out_what_the_team_export_does_not_count(
    mixed: Store,
) -> None:
    """The team export counts no private session and no feedback."""
    markdown = export_markdown(mixed, "team", lang="nl", today=TODAY).markdown
    assert "Periode: 1 september 2026 – 10 november 2026" in markdown


def test_each_demo_network_has_10_to_15_members_among_them_its_feedback_givers(
    demo: Store,
) -> None:
    givers = {(f.network_id, f.giver_name) for f in demo.feedback() if f.network_id}
    for network in demo.networks():
        names = [p.name for p in network.participants]
        assert 10 <= len(names) <= 15 and len(set(names)) == len(names), network.name
        assert all(p.role for p in network.participants)
        # Speakers are invited, not members; givers tagged with this network took part.
        speakers = {s.speaker.split(" (")[0] for s in demo.sessions() if s.speaker}
        assert not speakers & set(names)
        assert {g for net, g in givers if net == network.id} - speakers <= set(names)


@pytest.mark.parametrize("audience", ["team", "growth"])
def test_no_demo_member_is_named_in_team_or_growth(demo: Store, audience: str) -> None:
    markdown = export_markdown(demo, audience, lang="nl", today=TODAY).markdown
    for network in demo.networks():
        for person in network.participants:
            assert person.name not in markdown
            assert person.name.split()[-1] not in markdown
