"""Dates as people type them, in Dutch and English, and as they read them.

Fixed numeric forms (`2026-11-27`, `2026/11/27`, `27/11/2026`, `27-11-2026`, `27.11.2026`) are read
day-first with the standard library; words (`vandaag`, `gisteren`, `today`,
`3 dagen geleden`, `27 november 2026`) go to dateparser, imported only when needed
because it is slow to import.
"""

from __future__ import annotations

from datetime import date, datetime

NUMERIC_FORMATS = (
    "%Y-%m-%d",
    "%Y/%m/%d",
    "%d/%m/%Y",
    "%d-%m-%Y",
    "%d.%m.%Y",
    "%d/%m/%y",
    "%d-%m-%y",
)

MONTHS = {
    "nl": [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ],
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
}


class DateParseError(ValueError):
    """The text is not a date we understand."""


def parse_date(text: str, today: date | None = None) -> date:
    """Read a typed date; raises DateParseError with the original text."""
    value = " ".join(text.strip().split())
    if not value:
        raise DateParseError(text)
    for fmt in NUMERIC_FORMATS:
        try:
            return datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    if any(ch.isdigit() for ch in value) and all(not ch.isalpha() for ch in value):
        raise DateParseError(text)  # looked numeric but is no real date (31/02/2026)
    return _parse_words(value, today or date.today(), text)


def _parse_words(value: str, today: date, original: str) -> date:
    import dateparser  # slow import: only for words

    base = datetime(today.year, today.month, today.day, 12, 0)
    parsed = dateparser.parse(
        value,
        languages=["nl", "en"],
        settings={
            "DATE_ORDER": "DMY",
            "RELATIVE_BASE": base,
            "PREFER_DAY_OF_MONTH": "first",
            "STRICT_PARSING": False,
            "REQUIRE_PARTS": ["day"],
        },
    )
    if parsed is None:
        raise DateParseError(original)
    return parsed.date()


def parse_optional_date(text: str, today: date | None = None) -> date | None:
    """Like parse_date, but an empty field means no date."""
    return parse_date(text, today) if text.strip() else None


def format_date(value: date | None, lang: str) -> str:
    """The interface language's usual form: 27-11-2026 (nl) or 27 Nov 2026 (en)."""
    if value is None:
        return ""
    if lang == "nl":
        return f"{value.day:02d}-{value.month:02d}-{value.year}"
    return f"{value.day} {MONTHS['en'][value.month - 1][:3]} {value.year}"


def format_date_long(value: date | None, lang: str) -> str:
    """27 november 2026 / 27 November 2026 (for exports and headings)."""
    if value is None:
        return ""
    return f"{value.day} {MONTHS[lang if lang in MONTHS else 'en'][value.month - 1]} {value.year}"
