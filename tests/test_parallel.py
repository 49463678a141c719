"""parse_many: parallel parsing that streams documents back in input order."""

from __future__ import annotations

import io
import pickle
from pathlib import Path

import pytest

import csto_corpus
from csto_corpus import DecodeError, LoadError, ParseError, parse_many
from csto_corpus._loading import bundled_seed_paths

BELTA_PAGE = """Projects
Services
Flag Monday, 3 March 2025
All news
Politics
03 March 2025, 11:05

Kyrgyzstan proposes joint CSTO training on demining

BISHKEK, 3 March (BelTA) - Kyrgyzstan proposed to hold joint exercises of sappers, the \
country's deputy defense minister Talant Omurbekov said.

“We are ready to host the first course in autumn,” Talant Omurbekov said.

Follow us on:
Telegram
"""

TASS_PAGE = """All news

CSTO envoys meet in Dushanbe

"Coordination at the UN has improved," the envoy said
© Anna Petrova/TASS

DUSHANBE, April 4. /TASS/. Envoys of the member states met in Dushanbe on Friday, \
the Tajik Foreign Ministry said.

The meeting discussed the agenda of the 80th UN General Assembly session.
"""

CSTO_PAGE = """Remarks by CSTO Deputy Secretary General Samat Ordabaev at the seminar on border \
security

Must read

October 2, 2023

I thank the organizers for the invitation.

Our member states agreed to strengthen the external borders.


More articles
"""


@pytest.fixture
def pages(tmp_path: Path) -> Path:
    """A directory of eleven pages of three outlets, more than one chunk of files."""
    directory = tmp_path / "pages"
    directory.mkdir()
    for index in range(11):
        page = (BELTA_PAGE, TASS_PAGE, CSTO_PAGE)[index % 3]
        (directory / f"page_{index:02d}.txt").write_text(page, encoding="utf-8")
    return directory


@pytest.mark.parametrize("workers", [1, 2])
def test_parse_many_equals_load_in_order(pages: Path, workers: int) -> None:
    documents = list(parse_many(pages, workers=workers, chunksize=2))
    assert [document.id for document in documents] == [f"page_{i:02d}" for i in range(11)]
    assert documents == list(csto_corpus.load(pages).documents)
    assert [document.source.value for document in documents[:3]] == ["belta", "tass", "csto"]


@pytest.mark.parametrize("workers", [1, 2])
def test_parse_many_of_the_bundled_corpus(workers: int) -> None:
    documents = list(parse_many(None, workers=workers))
    assert documents == list(csto_corpus.load().documents)


def test_parse_many_keeps_the_order_of_a_list_of_files(pages: Path) -> None:
    files = sorted(pages.iterdir(), reverse=True)
    ids = [document.id for document in parse_many(files, workers=2, chunksize=3)]
    assert ids == [f"page_{i:02d}" for i in reversed(range(11))]


def test_parse_many_reads_files_lazily(pages: Path) -> None:
    """Input given as a generator is read as the result is consumed, not up front."""
    seen: list[str] = []

    def files() -> object:
        for path in sorted(pages.iterdir()):
            seen.append(path.name)
            yield path

    documents = parse_many(files(), workers=1)  # type: ignore[arg-type]
    assert seen == []
    assert next(documents).id == "page_00"
    assert seen == ["page_00.txt"]


def test_parse_many_streams_in_bounded_batches(pages: Path) -> None:
    """With two workers and chunks of one file, at most four files are read ahead."""
    seen: list[str] = []

    def files() -> object:
        for path in sorted(pages.iterdir()):
            seen.append(path.name)
            yield path

    documents = parse_many(files(), workers=2, chunksize=1)  # type: ignore[arg-type]
    assert next(documents).id == "page_00"
    assert len(seen) == 5  # four chunks in flight, then one more once the first came back
    documents.close()  # type: ignore[attr-defined]


@pytest.mark.parametrize("workers", [1, 2])
def test_a_bad_file_raises_an_error_naming_it(pages: Path, workers: int) -> None:
    bad = pages / "page_05.txt"
    bad.write_bytes(b"MINSK \xff\xfe not text")
    documents = parse_many(pages, workers=workers, chunksize=2)
    good = [next(documents) for _ in range(5)]
    assert [document.id for document in good] == [f"page_{i:02d}" for i in range(5)]
    with pytest.raises(DecodeError) as raised:
        next(documents)
    assert raised.value.source == str(bad)
    assert raised.value.position == 6
    assert str(raised.value) == (
        f"{bad}:1: expected UTF-8 text, found the invalid byte 0xff (at character 6)"
    )


@pytest.mark.parametrize("workers", [1, 2])
def test_collect_yields_every_good_page_then_names_the_bad_ones(pages: Path, workers: int) -> None:
    (pages / "page_03.txt").write_bytes(b"\x00\x01binary")
    (pages / "page_07.txt").write_bytes(b"caf\xe9")
    documents = parse_many(pages, workers=workers, chunksize=3, errors="collect")
    ids: list[str] = []

    def consume() -> None:
        ids.extend(document.id for document in documents)

    with pytest.raises(LoadError) as raised:
        consume()
    assert ids == [f"page_{i:02d}" for i in range(11) if i not in (3, 7)]
    assert sorted(raised.value.failures) == [
        str(pages / "page_03.txt"),
        str(pages / "page_07.txt"),
    ]
    assert isinstance(raised.value.failures[str(pages / "page_07.txt")], DecodeError)
    assert str(raised.value).startswith("2 files could not be loaded:\n")


def test_a_missing_file_raises_a_parse_error_naming_it(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.txt"
    with pytest.raises(ParseError, match="cannot read the file: No such file or directory"):
        list(parse_many([missing], workers=2))


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"workers": 0}, "workers must be at least 1, not 0"),
        ({"chunksize": 0}, "chunksize must be at least 1, not 0"),
        ({"errors": "skip"}, "errors must be 'raise' or 'collect', not 'skip'"),
    ],
)
def test_bad_arguments_are_refused_at_once(arguments: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_many(None, **arguments)  # type: ignore[arg-type]


def test_parse_functions_and_documents_pickle() -> None:
    """Spark, Ray and Dask ship the parse functions and their results between processes."""
    for function in (csto_corpus.parse, csto_corpus.parse_bytes, csto_corpus.parse_file):
        assert pickle.loads(pickle.dumps(function)) is function
    document = csto_corpus.parse_file(bundled_seed_paths()[2])
    copy = pickle.loads(pickle.dumps(document))
    assert copy == document
    assert copy.articles[0].dateline == "MOSCOW"


def test_parse_errors_survive_pickling() -> None:
    """A worker's error reaches the parent with its file, line and position intact."""
    error = DecodeError("expected utf-8 text, found invalid byte 0xff", source="a.txt", position=3)
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is DecodeError
    assert (copy.source, copy.position, str(copy)) == ("a.txt", 3, str(error))


def test_load_errors_survive_pickling() -> None:
    error = LoadError({"b.txt": DecodeError("expected text", source="b.txt", position=0)})
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is LoadError
    assert str(copy) == "1 file could not be loaded:\n  b.txt: expected text (at character 0)"
    assert copy.failures["b.txt"].position == 0  # type: ignore[attr-defined]


@pytest.mark.parametrize("workers", [1, 2])
def test_parse_to_jsonl_writes_the_lines_of_write_jsonl(
    pages: Path, tmp_path: Path, workers: int
) -> None:
    expected = io.StringIO()
    assert csto_corpus.write_jsonl(csto_corpus.load(pages), expected) == 11
    out = tmp_path / "corpus.jsonl"
    assert csto_corpus.parse_to_jsonl(pages, out, workers=workers, chunksize=2) == 11
    assert out.read_text(encoding="utf-8") == expected.getvalue()
    assert csto_corpus.loads(out.read_text(encoding="utf-8").splitlines()[1]).id == "page_01"


def test_parse_to_jsonl_collects_bad_files(pages: Path) -> None:
    (pages / "page_02.txt").write_bytes(b"\xff")
    out = io.StringIO()
    with pytest.raises(LoadError) as raised:
        csto_corpus.parse_to_jsonl(pages, out, workers=2, chunksize=4, errors="collect")
    assert list(raised.value.failures) == [str(pages / "page_02.txt")]
    assert out.getvalue().count("\n") == 10
