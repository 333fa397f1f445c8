"""benchmarks/generate.py makes a file the Store opens, and the same entries for jrnl."""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # benchmarks/ is not an installed package
    sys.path.insert(0, str(ROOT))

from benchmarks import generate  # noqa: E402
from store.db import Store  # noqa: E402
from store.models import SELFCHECK_MOMENTS  # noqa: E402
from store.schema import SCHEMA_VERSION  # noqa: E402


def test_generated_file_opens_in_the_store(tmp_path: Path) -> None:
    data = tmp_path / "leernet.json"
    assert (
        generate.main(
            ["--sessions", "30", "--seed", "3", "-o", str(data), "--jrnl", str(tmp_path / "j")]
        )
        == 0
    )
    before = data.read_bytes()
    with Store.open(data) as store:
        assert store.schema_version == SCHEMA_VERSION
        sessions = store.sessions()
        assert len(sessions) == 30
        assert len(store.networks()) == 3  # 12 sessions per network
        assert len(store.feedback()) == 9
        assert len(store.selfchecks()) == 3 * len(SELFCHECK_MOMENTS[: generate.TAKES_PER_NETWORK])
        assert all(s.has_reflection() and s.network_id for s in sessions)
        reflection = sum(len(getattr(s, f)) for s in sessions for f in s.REFLECTION_FIELDS)
        assert 600 < reflection / len(sessions) < 1600  # about 1 KB per session
        # What the store would write is what the generator wrote: same document shapes.
        assert [s.to_doc() for s in sessions] == list(
            generate.build(30, 3).data["sessions"].values()
        )
    assert data.read_bytes() == before  # opening did not need to rewrite (no migration)


def test_same_seed_same_file_and_jrnl_entries(tmp_path: Path) -> None:
    one = generate.build(25, seed=7)
    two = generate.build(25, seed=7)
    assert one.data == two.data
    assert generate.build(25, seed=8).data != one.data
    journal = generate.write_jrnl(one, tmp_path / "jrnl")
    text = journal.read_text(encoding="utf-8")
    headers = re.findall(r"^\[(\d{4}-\d\d-\d\d \d\d:\d\d)\] ", text, flags=re.MULTILINE)
    assert len(headers) == 25 + len(one.data["feedback"])
    assert headers == sorted(headers)
    config = (tmp_path / "jrnl" / "config" / "jrnl" / "jrnl.yaml").read_text(encoding="utf-8")
    assert str(journal) in config
    assert "timeformat" in config and not config.lstrip().startswith("{")  # YAML, not JSON
    env = generate.jrnl_env(tmp_path / "jrnl", {"PATH": "/bin"})
    assert env["XDG_CONFIG_HOME"] == str((tmp_path / "jrnl" / "config").resolve())
    assert env["HOME"].startswith(str(tmp_path.resolve()))


def test_text_has_accents_and_the_search_word(tmp_path: Path) -> None:
    generated = generate.build(300, seed=1)
    texts = " ".join(
        doc["learned"] + doc["what_happened"] for doc in generated.data["sessions"].values()
    )
    assert any(ch in texts for ch in "éëïö")
    assert generate.SEARCH_WORD in str(generated.data["sessions"])
