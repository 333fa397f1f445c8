"""Unit tests of the self-check content and its pure scoring (store/selfcheck.py)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from store import atomic, selfcheck
from store.db import Store
from store.drafts import DraftStore
from store.errors import WriteFailed
from store.models import SelfCheckTake
from store.paths import drafts_path
from store.selfcheck import (
    SCALE_LABELS,
    STATEMENT_KEYS,
    STATEMENTS,
    SelfCheckDraft,
    average,
    compare,
    format_delta,
    growth_points,
    strengths,
)

KEYS = list(STATEMENT_KEYS)


def scores_from(values: list[int]) -> dict[str, int]:
    return dict(zip(KEYS, values, strict=True))


def take(values: list[int], on: date, take_id: int | None = None) -> SelfCheckTake:
    return SelfCheckTake(date=on, moment="before", scores=scores_from(values), id=take_id)


# -- content ---------------------------------------------------------------------------


def test_ten_statements_with_unique_stable_keys() -> None:
    assert len(STATEMENTS) == 10
    assert len(set(KEYS)) == 10
    assert all(key.isidentifier() for key in KEYS)
    # Order follows the source text: wanting to learn first, giving direction last.
    assert KEYS[0] == "want_to_learn"
    assert KEYS[6] == "use_feedback"
    assert KEYS[-1] == "give_direction"


@pytest.mark.parametrize("item", STATEMENTS, ids=lambda s: s.key)
@pytest.mark.parametrize("part", ["text", "label", "tip"])
def test_every_statement_complete_in_both_languages(item, part: str) -> None:
    texts = getattr(item, part)
    assert set(texts) == {"nl", "en"}
    assert texts["nl"].strip() and texts["en"].strip()
    assert texts["nl"] != texts["en"]  # really translated, not copied


@pytest.mark.parametrize("item", STATEMENTS, ids=lambda s: s.key)
def test_statements_are_first_person(item) -> None:
    assert item.text["nl"].startswith("Ik ")
    assert item.text["en"].startswith("I ")


def test_labels_fit_a_table_column() -> None:
    for item in STATEMENTS:
        for lang in ("nl", "en"):
            assert len(item.label[lang]) <= 24, item.label[lang]


def test_tips_point_to_what_leernet_offers() -> None:
    assert "(toets f)" in selfcheck.statement("use_feedback").tip["nl"]
    assert "feedback log (key f)" in selfcheck.statement("use_feedback").tip["en"]
    assert "sessiedagboek" in selfcheck.statement("critical_reflection").tip["nl"]
    assert "session journal" in selfcheck.statement("critical_reflection").tip["en"]
    assert "onderwerp voor de volgende sessie" in selfcheck.statement("give_direction").tip["nl"]
    assert "topic for the next session" in selfcheck.statement("give_direction").tip["en"]


def test_scale_labels_both_languages() -> None:
    assert set(SCALE_LABELS) == {"nl", "en"}
    for labels in SCALE_LABELS.values():
        assert len(labels) == 5 and all(label.strip() for label in labels)
    assert SCALE_LABELS["nl"][0] == "helemaal niet" and SCALE_LABELS["nl"][4] == "helemaal wel"
    assert SCALE_LABELS["en"][0] == "not at all" and SCALE_LABELS["en"][4] == "completely"
    assert selfcheck.scale_label(3, "en") == "partly"


def test_moment_labels_both_languages() -> None:
    for lang in ("nl", "en"):
        assert set(selfcheck.MOMENT_LABELS[lang]) == {"before", "during", "after"}


def test_statement_lookup_by_key() -> None:
    assert selfcheck.statement("use_feedback").label["en"] == "Using feedback"
    with pytest.raises(KeyError):
        selfcheck.statement("nope")


# -- scoring ---------------------------------------------------------------------------


def test_average_of_a_full_take() -> None:
    assert average(scores_from([1, 2, 3, 4, 5, 5, 4, 3, 2, 1])) == 3.0
    assert average(scores_from([4] * 10)) == 4.0


def test_average_of_nothing_is_none() -> None:
    assert average({}) is None
    assert average({"unknown": 3}) is None


def test_average_ignores_unknown_keys_and_bad_values() -> None:
    scores = {"want_to_learn": 4, "seek_chances": 2, "unknown": 5, "share_ideas": 9}
    assert average(scores) == 3.0
    assert average({"want_to_learn": True}) is None  # a bool is no score


def test_strengths_and_growth_points_by_threshold_in_order() -> None:
    scores = scores_from([5, 3, 4, 2, 1, 3, 4, 3, 2, 3])
    assert [s.key for s in strengths(scores)] == [KEYS[0], KEYS[2], KEYS[6]]
    assert [s.key for s in growth_points(scores)] == [KEYS[3], KEYS[4], KEYS[8]]


def test_middle_scores_are_neither() -> None:
    scores = scores_from([3] * 10)
    assert strengths(scores) == [] and growth_points(scores) == []


def test_partial_scores_only_count_what_is_scored() -> None:
    scores = {"use_feedback": 1, "give_direction": 5}
    assert [s.key for s in growth_points(scores)] == ["use_feedback"]
    assert [s.key for s in strengths(scores)] == ["give_direction"]
    assert not selfcheck.is_complete(scores)
    assert selfcheck.answered_count(scores) == 2
    assert selfcheck.is_complete(scores_from([2] * 10))


@given(st.lists(st.integers(min_value=1, max_value=5), min_size=10, max_size=10))
def test_average_in_range_and_selection_disjoint(values: list[int]) -> None:
    scores = scores_from(values)
    avg = average(scores)
    assert avg is not None and 1 <= avg <= 5
    strong = {s.key for s in strengths(scores)}
    grow = {s.key for s in growth_points(scores)}
    assert not strong & grow
    assert len(strong) == sum(v >= 4 for v in values)
    assert len(grow) == sum(v <= 2 for v in values)


# -- comparison ------------------------------------------------------------------------


def test_compare_gives_per_statement_deltas_in_order() -> None:
    earlier = take([2, 3, 3, 4, 1, 5, 2, 3, 3, 1], date(2026, 1, 5), 1)
    later = take([3, 3, 5, 2, 1, 4, 4, 3, 3, 2], date(2026, 3, 5), 2)
    rows = compare(earlier, later)
    assert [r.statement.key for r in rows] == KEYS
    assert [r.delta for r in rows] == [1, 0, 2, -2, 0, -1, 2, 0, 0, 1]
    assert (rows[0].before, rows[0].after) == (2, 3)


def test_compare_with_missing_scores_has_no_delta() -> None:
    earlier = SelfCheckTake(date=date(2026, 1, 1), scores={"want_to_learn": 2})
    later = SelfCheckTake(date=date(2026, 2, 1), scores={"want_to_learn": 5, "seek_chances": 3})
    rows = {r.statement.key: r for r in compare(earlier, later)}
    assert rows["want_to_learn"].delta == 3
    assert rows["seek_chances"].before is None and rows["seek_chances"].delta is None
    assert rows["give_direction"].after is None


@given(
    st.lists(st.integers(min_value=1, max_value=5), min_size=10, max_size=10),
    st.lists(st.integers(min_value=1, max_value=5), min_size=10, max_size=10),
)
def test_compare_is_antisymmetric(a: list[int], b: list[int]) -> None:
    first = take(a, date(2026, 1, 1))
    second = take(b, date(2026, 2, 1))
    forward = [r.delta for r in compare(first, second)]
    backward = [r.delta for r in compare(second, first)]
    assert forward == [-d for d in backward]  # type: ignore[operator]
    assert selfcheck.average_delta(first, second) == pytest.approx((sum(b) - sum(a)) / 10)


def test_format_delta_sign_without_colour() -> None:
    assert format_delta(1) == "+1"
    assert format_delta(-2) == "-2"
    assert format_delta(0) == "0"
    assert format_delta(None) == "–"
    assert format_delta(0.4, decimals=1) == "+0.4"
    assert format_delta(-0.04, decimals=1) == "0.0"
    assert format_delta(0.4, decimals=1, lang="nl") == "+0,4"


def test_format_average_per_language() -> None:
    assert selfcheck.format_average(3.64) == "3.6"
    assert selfcheck.format_average(3.64, "nl") == "3,6"
    assert selfcheck.format_average(None) == "–"


def test_previous_take_and_trend_are_chronological() -> None:
    a = take([2] * 10, date(2026, 1, 1), 3)
    b = take([3] * 10, date(2026, 2, 1), 1)
    c = take([4] * 10, date(2026, 2, 1), 2)  # same day, saved later
    takes = [c, a, b]
    assert selfcheck.previous_take(takes, a) is None
    assert selfcheck.previous_take(takes, b) is a
    assert selfcheck.previous_take(takes, c) is b
    assert selfcheck.average_trend(takes) == [2.0, 3.0, 4.0]
    assert [t.id for t in selfcheck.chronological(takes)] == [3, 1, 2]


# -- draft -----------------------------------------------------------------------------


def drafts_of(store: Store) -> DraftStore:
    return DraftStore(drafts_path(store.path))


HALF_DONE = SelfCheckDraft(
    scores={"want_to_learn": 4, "seek_chances": 2},
    notes={"seek_chances": "meer vragen stellen"},
    position=3,
    moment="during",
    started=date(2026, 11, 1),
)


def test_draft_lives_in_the_drafts_file_not_the_settings(store: Store) -> None:
    assert selfcheck.kept_draft(store) is None
    drafts_of(store).save(selfcheck.DRAFT_KEY, HALF_DONE.to_doc())
    assert selfcheck.kept_draft(store) == HALF_DONE
    assert selfcheck.LEGACY_DRAFT_SETTING not in store.settings().extra
    selfcheck.clear_draft(store)
    assert selfcheck.kept_draft(store) is None
    assert drafts_of(store).keys() == []
    assert store.counts()["selfchecks"] == 0


def test_a_draft_in_the_settings_is_taken_over_once_in_one_settings_write(
    data_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file written by an older version kept the half-done take in the settings."""
    with Store.open(data_path) as old:
        old.update_settings(
            person="An", extra={selfcheck.LEGACY_DRAFT_SETTING: HALF_DONE.to_doc(), "x": 1}
        )
    replaced: list[str] = []
    real_replace = atomic.replace_file

    def counting(source, target) -> None:
        replaced.append(Path(target).name)
        real_replace(source, target)

    monkeypatch.setattr(atomic, "replace_file", counting)
    with Store.open(data_path) as store:
        replaced.clear()  # opening may write on its own (backups); count from here
        assert selfcheck.kept_draft(store) == HALF_DONE
        assert replaced.count(data_path.name) == 1  # the settings, written once
        assert replaced.count(drafts_path(data_path).name) == 1
        assert selfcheck.LEGACY_DRAFT_SETTING not in store.settings().extra
        assert store.settings().extra == {"x": 1} and store.settings().person == "An"
        replaced.clear()
        assert selfcheck.kept_draft(store) == HALF_DONE  # from now on: the drafts file only
        assert replaced == []
    with Store.open(data_path) as store:  # and on disk, not only in memory
        assert selfcheck.LEGACY_DRAFT_SETTING not in store.settings().extra
        assert selfcheck.kept_draft(store) == HALF_DONE


def test_a_newer_draft_in_the_drafts_file_wins_over_the_settings(store: Store) -> None:
    newer = SelfCheckDraft(scores={"want_to_learn": 1})
    drafts_of(store).save(selfcheck.DRAFT_KEY, newer.to_doc())
    store.update_settings(extra={selfcheck.LEGACY_DRAFT_SETTING: HALF_DONE.to_doc()})
    assert selfcheck.kept_draft(store) == newer
    assert selfcheck.LEGACY_DRAFT_SETTING not in store.settings().extra


def test_a_legacy_draft_that_cannot_be_moved_stays_and_still_counts(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.update_settings(extra={selfcheck.LEGACY_DRAFT_SETTING: HALF_DONE.to_doc()})

    def full_disk(self, key, data) -> None:
        raise WriteFailed("disk full", self.path)

    monkeypatch.setattr(DraftStore, "save", full_disk)
    assert selfcheck.kept_draft(store) == HALF_DONE
    assert selfcheck.LEGACY_DRAFT_SETTING in store.settings().extra  # not lost
    monkeypatch.undo()
    assert selfcheck.kept_draft(store) == HALF_DONE
    assert selfcheck.LEGACY_DRAFT_SETTING not in store.settings().extra


def test_an_empty_legacy_draft_is_only_removed(store: Store) -> None:
    store.update_settings(extra={selfcheck.LEGACY_DRAFT_SETTING: {"notes": {"x": " "}}})
    assert selfcheck.kept_draft(store) is None
    assert store.settings().extra == {}
    assert drafts_of(store).keys() == []


def test_draft_from_a_broken_document_is_tolerated() -> None:
    assert SelfCheckDraft.from_doc("nonsense") is None
    draft = SelfCheckDraft.from_doc(
        {"scores": {"want_to_learn": 7, "seek_chances": 3, "x": 1}, "position": 99, "moment": "?"}
    )
    assert draft is not None
    assert draft.scores == {"seek_chances": 3}
    assert draft.position == 0 and draft.moment == "before"


def test_draft_becomes_a_complete_take() -> None:
    draft = SelfCheckDraft(
        scores=scores_from([3] * 10), notes={"use_feedback": " ok ", "give_direction": ""}
    )
    made = draft.to_take(date(2026, 11, 28))
    assert made.date == date(2026, 11, 28)
    assert made.notes == {"use_feedback": "ok"}
    assert selfcheck.is_complete(made.scores)
