"""Streaming: iter_documents, load(lazy=True) and JSON Lines written as documents come."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

import csto_corpus
from csto_corpus import Document, LoadError, ParseError, iter_documents, write_jsonl

PAGES = {
    "a_belta.txt": (
        "Flag Friday, 6 June 2025\nAll news\n06 June 2025, 08:40\n\n"
        "Armenia and Serbia discuss UN cooperation\n\n"
        "YEREVAN, 6 June (BelTA) - The foreign ministers of Armenia and Serbia met on Friday, "
        "BelTA has learned.\n"
    ),
    "b_tass.txt": (
        "All news\n\nSecurity bloc to train observers\n\n"
        "ASTANA, November 12. /TASS/. The bloc will train 120 military observers, its "
        "secretariat said.\n"
    ),
    "c_csto.txt": (
        "Statement by CSTO Chief of Joint Staff Andrei Serdyukov at the briefing for "
        "military attaches\n\nMust read\n\n14.05.2024\n\nWe will hold three exercises.\n\n"
        "More articles\n"
    ),
}


@pytest.fixture
def pages(tmp_path: Path) -> Path:
    for name, text in PAGES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_iter_documents_equals_load(pages: Path) -> None:
    documents = iter_documents(pages)
    assert isinstance(documents, Iterator)
    assert list(documents) == list(csto_corpus.load(pages).documents)


def test_load_lazy_returns_an_iterator_in_file_order(pages: Path) -> None:
    documents = csto_corpus.load(pages, lazy=True)
    first = next(documents)
    assert (first.id, first.source.value) == ("a_belta", "belta")
    assert first.articles[0].dateline == "YEREVAN"
    assert [document.id for document in documents] == ["b_tass", "c_csto"]


def test_load_lazy_of_the_bundled_corpus() -> None:
    assert list(csto_corpus.load(lazy=True)) == list(csto_corpus.load().documents)


def test_iter_documents_reads_one_file_at_a_time(pages: Path) -> None:
    read: list[str] = []

    def files() -> Iterator[Path]:
        for path in sorted(pages.iterdir()):
            read.append(path.name)
            yield path

    documents = iter_documents(files())
    assert read == []
    next(documents)
    assert read == ["a_belta.txt"]


def test_iter_documents_raises_naming_the_bad_file_after_the_good_ones(pages: Path) -> None:
    bad = pages / "b_tass.txt"
    bad.write_bytes(b"\xff\xfeA\x00\x00\x00")  # UTF-16 "A" then a NUL: a binary file
    documents = iter_documents(pages)
    assert next(documents).id == "a_belta"
    with pytest.raises(ParseError) as raised:
        next(documents)
    assert str(raised.value) == (
        f"{bad}:1: expected text, found a NUL byte (is this a binary file?) (at character 4)"
    )


def test_iter_documents_collects_failures(pages: Path) -> None:
    (pages / "a_belta.txt").write_bytes(b"\xc3")
    ids: list[str] = []

    def consume() -> None:
        ids.extend(document.id for document in iter_documents(pages, errors="collect"))

    with pytest.raises(LoadError) as raised:
        consume()
    assert ids == ["b_tass", "c_csto"]
    assert list(raised.value.failures) == [str(pages / "a_belta.txt")]


def test_write_jsonl_round_trips(pages: Path, tmp_path: Path) -> None:
    out = tmp_path / "out" / "corpus.jsonl"
    out.parent.mkdir()
    assert write_jsonl(iter_documents(pages), out) == 3
    lines = out.read_text(encoding="utf-8").split("\n")
    assert lines[-1] == ""
    restored = [csto_corpus.loads(line) for line in lines[:-1]]
    assert restored == list(csto_corpus.load(pages).documents)
    assert json.loads(lines[1])["source"] == "tass"


def test_write_jsonl_writes_each_document_as_it_comes() -> None:
    """Each line is in the file before the next document is parsed."""
    out = io.StringIO()
    written_before: list[int] = []

    def documents() -> Iterator[Document]:
        for document in csto_corpus.load(lazy=True):
            written_before.append(out.getvalue().count("\n"))
            yield document

    assert write_jsonl(documents(), out) == 5
    assert written_before == [0, 1, 2, 3, 4]


def test_write_jsonl_of_nothing_writes_nothing() -> None:
    out = io.StringIO()
    assert write_jsonl([], out) == 0
    assert out.getvalue() == ""
