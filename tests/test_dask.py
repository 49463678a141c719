"""Past one machine: parsing a directory with dask.bag gives the same documents as load().

Dask is in the ``dask`` extra, which the ``test`` extra includes, so this always runs.
"""

from __future__ import annotations

from pathlib import Path

import dask.bag as db
import pytest

import csto_corpus

PAGE = """All news

Observers from {state} join CSTO mission

MOSCOW, March {day}. /TASS/. Observers from {state} joined the mission on Tuesday, the \
secretariat said.

"We sent {count} officers," the ministry said.
"""


@pytest.fixture
def pages(tmp_path: Path) -> Path:
    states = ("Kazakhstan", "Armenia", "Tajikistan", "Kyrgyzstan", "Belarus", "Russia")
    for index, state in enumerate(states):
        text = PAGE.format(state=state, day=index + 3, count=10 * (index + 1))
        (tmp_path / f"{index:02d}_{state.lower()}.txt").write_text(text, encoding="utf-8")
    return tmp_path


def _paths(directory: Path) -> list[str]:
    return sorted(str(path) for path in directory.glob("*.txt"))


@pytest.mark.parametrize("scheduler", ["synchronous", "processes"])
def test_dask_bag_gives_the_documents_of_load(pages: Path, scheduler: str) -> None:
    bag = db.from_sequence(_paths(pages), npartitions=3).map(csto_corpus.parse_file)
    documents = bag.compute(scheduler=scheduler, num_workers=2)
    assert documents == list(csto_corpus.load(pages).documents)
    assert [document.id for document in documents][:2] == ["00_kazakhstan", "01_armenia"]
    assert documents[1].articles[0].title == "Observers from Armenia join CSTO mission"


def test_dask_bag_writes_json_lines_that_read_back(pages: Path, tmp_path: Path) -> None:
    out = tmp_path / "jsonl"
    bag = db.from_sequence(_paths(pages), npartitions=2).map(csto_corpus.parse_file)
    written = bag.map(csto_corpus.dumps).to_textfiles(str(out / "part-*.jsonl"))
    assert len(written) == 2
    lines = [
        line
        for part in sorted(out.glob("part-*.jsonl"))
        for line in part.read_text(encoding="utf-8").splitlines()
    ]
    restored = [csto_corpus.loads(line) for line in lines]
    assert restored == list(csto_corpus.load(pages).documents)
