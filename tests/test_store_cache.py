"""The store's record cache: callers get copies, reads follow every write, filters copy less."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import store.atomic as atomic_module
from store.db import Store
from store.errors import WriteFailed
from store.models import ActionItem, Feedback, Network, SelfCheckTake, Session
from store.record_cache import clone


def sample_session(network_id: int | None = None, text: str = "Geleerd") -> Session:
    return Session(
        network_id=network_id,
        date=date(2026, 3, 1),
        learned=text,
        actions=[ActionItem(text="Probeer één ding")],
        competencies=["teamwork"],
        tags=["veiligheid"],
        team_insights=["Delen"],
        extra={"later": {"nested": [1, 2]}},
    )


def test_changing_what_was_read_never_changes_the_store(store: Store) -> None:
    saved = store.save_session(sample_session())
    first = store.sessions()[0]
    first.learned = "changed"
    first.actions[0].text = "changed"
    first.actions.append(ActionItem(text="extra"))
    first.tags.append("x")
    first.competencies.clear()
    first.team_insights[0] = "changed"
    first.extra["later"]["nested"].append(3)
    one = store.session(saved.id)
    assert one is not None
    one.tags.append("y")
    again = store.sessions()[0]
    assert again.to_doc() == saved.to_doc()
    assert store.session(saved.id).to_doc() == saved.to_doc()  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "record",
    [
        Network(name="N", goals=["a"], extra={"x": [1]}),
        sample_session(),
        Feedback(said="s", extra={"y": {"z": 1}}),
        SelfCheckTake(scores={"want_to_learn": 4}, notes={"want_to_learn": "n"}),
    ],
)
def test_clone_is_equal_and_independent(record: object) -> None:
    twin = clone(record)
    assert twin == record
    assert twin is not record
    before = record.to_doc()  # type: ignore[attr-defined]
    for name, value in vars(twin).items():
        if isinstance(value, list):
            value.append("mutated")
        elif isinstance(value, dict):
            value["mutated"] = 1
            for inner in value.values():
                if isinstance(inner, list):
                    inner.append("mutated")
                elif isinstance(inner, dict):
                    inner["mutated"] = 1
        setattr(twin, name, value)
    assert record.to_doc() == before  # type: ignore[attr-defined]


def test_reads_follow_saves_and_deletes(store: Store) -> None:
    a = store.save_session(sample_session(text="a"))
    b = store.save_session(sample_session(text="b"))
    assert [s.learned for s in store.sessions()] == ["a", "b"]
    a.learned = "a2"
    store.save_session(a)
    assert [s.learned for s in store.sessions()] == ["a2", "b"]
    assert store.session(a.id).learned == "a2"  # type: ignore[union-attr,arg-type]
    store.delete_session(b.id)  # type: ignore[arg-type]
    assert [s.learned for s in store.sessions()] == ["a2"]
    assert store.session(b.id) is None  # type: ignore[arg-type]


def test_a_failed_write_is_not_served_from_the_cache(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    kept = store.save_session(sample_session(text="on disk"))
    assert store.sessions()[0].learned == "on disk"  # the cache is warm

    def broken_replace(source: Path, target: Path) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic_module, "replace_file", broken_replace)
    kept.learned = "never saved"
    with pytest.raises(WriteFailed):
        store.save_session(kept)
    assert store.sessions()[0].learned == "on disk"
    assert store.session(kept.id).learned == "on disk"  # type: ignore[union-attr,arg-type]


def test_filters_and_totals(store: Store) -> None:
    one = store.save_network(Network(name="Een"))
    two = store.save_network(Network(name="Twee"))
    for index in range(4):
        session = sample_session(one.id if index % 2 else two.id, text=f"s{index}")
        session.actions = [ActionItem(text="a", status="open")] * index
        store.save_session(session)
    assert [s.learned for s in store.sessions(one.id)] == ["s1", "s3"]
    assert [s.learned for s in store.sessions(where=lambda s: s.learned > "s1")] == ["s2", "s3"]
    assert [s.learned for s in store.sessions(two.id, where=lambda s: s.learned != "s0")] == ["s2"]
    assert store.session_total(lambda s: len(s.actions)) == 0 + 1 + 2 + 3
    filtered = store.sessions(one.id)
    filtered[0].tags.append("changed")
    assert store.sessions(one.id)[0].tags == ["veiligheid"]


# Sequences of saves and deletes: what the store returns equals what a fresh open reads.
operations = st.lists(
    st.tuples(
        st.sampled_from(["add", "edit", "delete", "read"]),
        st.integers(min_value=0, max_value=20),
        st.text(max_size=12),
    ),
    max_size=25,
)


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(ops=operations)
def test_cache_agrees_with_a_fresh_open(tmp_path: Path, ops: list[tuple[str, int, str]]) -> None:
    path = tmp_path / f"cache-{abs(hash(tuple(ops)))}.json"
    path.unlink(missing_ok=True)
    with Store.open(path) as opened:
        for action, pick, text in ops:
            current = opened.sessions()
            if action == "add" or not current:
                opened.save_session(sample_session(text=text))
            elif action == "edit":
                target = current[pick % len(current)]
                target.learned = text
                target.tags.append(text)
                opened.save_session(target)
            elif action == "delete":
                opened.delete_session(current[pick % len(current)].id)  # type: ignore[arg-type]
            else:
                opened.sessions()[0].learned = "not saved"
        seen = [s.to_doc() for s in opened.sessions()]
        singles = [opened.session(s.id).to_doc() for s in opened.sessions()]  # type: ignore[union-attr,arg-type]
    with Store.open(path) as reopened:
        fresh = [s.to_doc() for s in reopened.sessions()]
    assert seen == fresh
    assert singles == fresh


def test_a_store_that_keeps_nothing_reads_the_same(data_path: Path) -> None:
    with Store.open(data_path) as opened:
        one = opened.save_network(Network(name="Een"))
        for index in range(3):
            opened.save_session(sample_session(one.id, text=f"s{index}"))
    Store.keep_records = False
    try:
        with Store.open(data_path) as once:
            first = once.sessions()
            first[0].tags.append("changed")
            assert [s.to_doc() for s in once.sessions()] == [
                s.to_doc() for s in once.sessions(one.id)
            ]
            assert once.sessions()[0].tags == ["veiligheid"]
            assert once.session_total(lambda s: len(s.actions)) == 3
            assert once.session(first[0].id).tags == ["veiligheid"]  # type: ignore[union-attr,arg-type]
    finally:
        Store.keep_records = True


# Documents as a hand-edited or older file may hold them: facts must agree with records.
odd_values = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-3, 3),
    st.text(max_size=4),
    st.sampled_from(["2026-02-30", "2026-01-05", " ", "\n"]),
)
odd_actions = st.one_of(
    odd_values,
    st.lists(
        st.one_of(
            odd_values,
            st.fixed_dictionaries(
                {"text": odd_values, "status": st.sampled_from(["open", "done", "x", 3])}
            ),
        ),
        max_size=3,
    ),
)
odd_documents = st.fixed_dictionaries(
    {
        "network_id": st.one_of(odd_values, st.sampled_from([1, 2])),
        "date": odd_values,
        "learned": odd_values,
        "questions": odd_values,
        "actions": odd_actions,
    }
)


@settings(max_examples=60, deadline=None)
@given(docs=st.lists(odd_documents, max_size=6))
def test_session_facts_agree_with_the_records(docs: list[dict]) -> None:
    from store.record_cache import RecordCache
    from store.session_facts import facts_of

    raw = {str(index + 1): doc for index, doc in enumerate(docs)}
    records = RecordCache(keep=False).records(Session, raw)
    facts = [facts_of(doc_id, doc) for doc_id, doc in raw.items()]
    for fact, record in zip(facts, records, strict=True):
        assert fact.id == record.id
        assert fact.network_id == record.network_id
        assert fact.date == record.date
        assert fact.reflected == record.has_reflection()
        assert fact.open_actions == sum(1 for a in record.actions if a.status == "open")


def test_one_networks_sessions_and_the_facts_follow_writes(store: Store) -> None:
    one = store.save_network(Network(name="Een"))
    two = store.save_network(Network(name="Twee"))
    saved = [
        store.save_session(sample_session(n.id, text=f"s{i}"))
        for i, n in enumerate([one, two, one])
    ]
    assert [s.learned for s in store.sessions(one.id)] == ["s0", "s2"]
    assert [s.learned for s in store.sessions(two.id, where=lambda s: s.learned == "s1")] == ["s1"]
    assert [f.reflected for f in store.session_facts()] == [True, True, True]
    saved[2].learned = ""
    saved[2].actions = []
    store.save_session(saved[2])
    facts = store.session_facts()
    assert [(f.id, f.reflected, f.open_actions) for f in facts] == [
        (saved[0].id, True, 1),
        (saved[1].id, True, 1),
        (saved[2].id, False, 0),
    ]
    store.sessions(one.id)[0].tags.append("changed")
    assert store.sessions(one.id)[0].tags == ["veiligheid"]
