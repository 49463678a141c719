"""The model and its JSON: frozen keyword-only classes, ISO dates, enum values, round trips."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import attrs
import pytest

import csto_corpus
from csto_corpus import (
    Article,
    ArticleKind,
    Document,
    SchemaError,
    Source,
    Span,
    dumps,
    loads,
    parse_file,
)

ROOT = Path(__file__).resolve().parents[1]
PAGES = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "pages").glob("*.txt"))


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.stem)
def test_round_trip(path: Path) -> None:
    document = parse_file(path)
    assert loads(dumps(document)) == document
    assert loads(dumps(document, indent=2).encode()) == document


def test_dates_are_iso_strings_and_enums_their_values() -> None:
    document = parse_file(next((ROOT / "seeds").glob("000_*.txt")))
    data = json.loads(dumps(document))
    assert data["schema_version"] == 1
    assert data["source"] == "belta"
    assert data["retrieved"] == "2024-11-21"
    assert data["articles"][0]["published"] == "2022-02-17T09:26:00+03:00"
    assert data["articles"][0]["kind"] == "news"
    again = loads(dumps(document)).articles[0].published
    assert isinstance(again, datetime.datetime)
    assert again.utcoffset() == datetime.timedelta(hours=3)


def test_a_plain_date_stays_a_date() -> None:
    article = Article(id="p/1", kind=ArticleKind.NEWS, published=datetime.date(2019, 9, 10))
    document = Document(id="p", source=Source.TASS, text="", articles=(article,))
    published = loads(dumps(document)).articles[0].published
    assert type(published) is datetime.date


def test_model_classes_are_frozen_and_keyword_only() -> None:
    span = Span(start=1, end=2)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        span.start = 3  # type: ignore[misc]
    with pytest.raises(TypeError):
        Span(1, 2)  # type: ignore[misc]


def test_loads_names_the_path_of_a_wrong_type() -> None:
    document = parse_file(next((ROOT / "seeds").glob("002_*.txt")))
    data = json.loads(dumps(document))
    data["articles"][0]["paragraphs"][1]["span"]["start"] = "twelve"
    with pytest.raises(SchemaError, match=r"\$\.articles\[0\]\.paragraphs\[1\]\.span\.start"):
        loads(json.dumps(data))


def test_loads_rejects_a_span_outside_the_text() -> None:
    data = json.loads(dumps(Document(id="p", source=Source.UNKNOWN, text="abc")))
    data["retrieved_span"] = {"start": 1, "end": 9}
    with pytest.raises(SchemaError, match=r"outside the text of 3 characters @ \$\.retrieved_span"):
        loads(json.dumps(data))


@pytest.mark.parametrize("version", [None, 2, "1"])
def test_loads_rejects_an_unknown_schema_version(version: object) -> None:
    data = json.loads(dumps(Document(id="p", source=Source.UNKNOWN, text="")))
    data["schema_version"] = version
    with pytest.raises(SchemaError, match="schema_version"):
        loads(json.dumps(data))


def test_version_comes_from_the_package_metadata() -> None:
    from importlib.metadata import version

    assert csto_corpus.__version__ == version("csto-corpus")
