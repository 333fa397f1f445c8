"""Dates as people type them (numeric forms and words, Dutch and English) and as shown."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from store.dates import (
    DateParseError,
    format_date,
    format_date_long,
    parse_date,
    parse_optional_date,
)

TODAY = date(2026, 11, 27)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-11-27", date(2026, 11, 27)),
        ("2026/11/27", date(2026, 11, 27)),
        ("27/11/2026", date(2026, 11, 27)),
        ("27-11-2026", date(2026, 11, 27)),
        ("27.11.2026", date(2026, 11, 27)),
        ("1/2/2026", date(2026, 2, 1)),  # day first, as in Flanders and the Netherlands
        ("01-02-2026", date(2026, 2, 1)),
        ("27/11/26", date(2026, 11, 27)),
        ("  27/11/2026  ", date(2026, 11, 27)),
        ("29/02/2028", date(2028, 2, 29)),  # a leap day
    ],
)
def test_numeric_forms(text: str, expected: date) -> None:
    assert parse_date(text, TODAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("vandaag", TODAY),
        ("Vandaag", TODAY),
        ("gisteren", date(2026, 11, 26)),
        ("eergisteren", date(2026, 11, 25)),
        ("today", TODAY),
        ("TODAY", TODAY),
        ("yesterday", date(2026, 11, 26)),
        ("3 dagen geleden", date(2026, 11, 24)),
        ("2 weeks ago", date(2026, 11, 13)),
        ("27 november 2026", date(2026, 11, 27)),
        ("3 maart 2026", date(2026, 3, 3)),
        ("3 March 2026", date(2026, 3, 3)),
    ],
)
def test_words_in_both_languages(text: str, expected: date) -> None:
    assert parse_date(text, TODAY) == expected


def test_words_are_relative_to_the_given_day() -> None:
    assert parse_date("gisteren", date(2026, 1, 1)) == date(2025, 12, 31)
    assert parse_date("yesterday", date(2024, 3, 1)) == date(2024, 2, 29)


@pytest.mark.parametrize(
    "text",
    [
        "31/02/2026",  # no such day
        "30-02-2026",
        "29/02/2026",  # 2026 is no leap year
        "2026-13-01",
        "32/01/2026",
        "0/0/0",
        "blabla",
        "blabla 2026",
        "12",
        "-1",
        "x27/11/2026",
        "",
        "   ",
        "31 februari 2026",
    ],
)
def test_bad_input_is_refused_with_the_original_text(text: str) -> None:
    with pytest.raises(DateParseError) as caught:
        parse_date(text, TODAY)
    assert caught.value.args[0] == text


def test_optional_date_empty_means_none() -> None:
    assert parse_optional_date("", TODAY) is None
    assert parse_optional_date("  ", TODAY) is None
    assert parse_optional_date("vandaag", TODAY) == TODAY
    with pytest.raises(DateParseError):
        parse_optional_date("blabla", TODAY)


def test_format_date_per_language() -> None:
    day = date(2026, 3, 5)
    assert format_date(day, "nl") == "05-03-2026"
    assert format_date(day, "en") == "5 Mar 2026"
    assert format_date(None, "nl") == ""
    assert format_date_long(day, "nl") == "5 maart 2026"
    assert format_date_long(day, "en") == "5 March 2026"


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2999, 12, 31)))
def test_shown_dates_read_back(day: date) -> None:
    """What the app shows in Dutch (and ISO) can be typed back in unchanged."""
    assert parse_date(format_date(day, "nl"), TODAY) == day
    assert parse_date(day.isoformat(), TODAY) == day
    assert parse_date(day.strftime("%d/%m/%Y"), TODAY) == day


@given(st.text(alphabet="0123456789/-. ", max_size=12))
def test_numeric_garbage_never_crashes(text: str) -> None:
    try:
        result = parse_date(text, TODAY)
    except DateParseError:
        return
    assert isinstance(result, date)
