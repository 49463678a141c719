"""The parser's output for each seed page equals its hand-checked golden file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from csto_corpus import load, loads, parse_file
from csto_corpus.serialize import document_to_dict

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
GOLDEN = ROOT / "tests" / "golden"


def test_there_are_five_seeds_each_with_a_golden_file() -> None:
    assert [seed.stem for seed in SEEDS] == sorted(p.stem for p in GOLDEN.glob("*.json"))
    assert len(SEEDS) == 5


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem)
def test_seed_matches_golden(seed: Path) -> None:
    expected = json.loads((GOLDEN / f"{seed.stem}.json").read_text(encoding="utf-8"))
    actual = document_to_dict(parse_file(seed))
    # Compare article by article first, so a failure points at the article that differs.
    for got, want in zip(actual["articles"], expected["articles"], strict=False):
        assert got == want
    assert actual == expected


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem)
def test_golden_file_loads_to_the_parsed_document(seed: Path) -> None:
    text = (GOLDEN / f"{seed.stem}.json").read_text(encoding="utf-8")
    assert loads(text) == parse_file(seed)


def test_bundled_corpus_is_the_seed_directory() -> None:
    corpus = load()
    assert [document.id for document in corpus] == [seed.stem for seed in SEEDS]
    assert [document.text for document in corpus] == [
        seed.read_text(encoding="utf-8") for seed in SEEDS
    ]
