"""loads() on untrusted JSON: each problem a SchemaError with its JSON path, no half-object."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

import pytest

import csto_corpus
from csto_corpus import SchemaError, dumps, loads

Edit = Callable[[dict[str, Any]], None]


@pytest.fixture(scope="module")
def exported() -> dict[str, Any]:
    document = csto_corpus.load().documents[0]
    data: dict[str, Any] = json.loads(dumps(document))
    return data


def edited(data: dict[str, Any], edit: Edit) -> str:
    copied = copy.deepcopy(data)
    edit(copied)
    return json.dumps(copied)


def paragraph(index: int) -> Callable[[dict[str, Any]], dict[str, Any]]:
    return lambda d: d["articles"][0]["paragraphs"][index]


CASES: list[tuple[str, Edit, str]] = [
    (
        "a string for an int",
        lambda d: paragraph(1)(d)["span"].update(start="3"),
        "expected int @ $.articles[0].paragraphs[1].span.start",
    ),
    (
        "a float for an int",
        lambda d: paragraph(1)(d)["span"].update(start=3.5),
        "expected int @ $.articles[0].paragraphs[1].span.start",
    ),
    (
        "a bool for an int",
        lambda d: paragraph(1)(d)["span"].update(end=True),
        "expected int @ $.articles[0].paragraphs[1].span.end",
    ),
    (
        "an int for a string",
        lambda d: d["articles"][0].update(title=5),
        "expected str | None @ $.articles[0].title",
    ),
    (
        "an int for a bool",
        lambda d: d["articles"][0].update(published_inferred=1),
        "expected bool @ $.articles[0].published_inferred",
    ),
    (
        "a missing field",
        lambda d: d.pop("text"),
        "required field missing @ $.text",
    ),
    (
        "a missing nested field",
        lambda d: paragraph(0)(d).pop("span"),
        "required field missing @ $.articles[0].paragraphs[0].span",
    ),
    (
        "an unknown field",
        lambda d: d["articles"][0].update(sentiment="positive"),
        "extra fields found (sentiment) @ $.articles[0]",
    ),
    (
        "an unknown outlet",
        lambda d: d.update(source="reuters"),
        "expected Source @ $.source",
    ),
    (
        "an unknown article kind",
        lambda d: d["articles"][0].update(kind="blog"),
        "expected ArticleKind @ $.articles[0].kind",
    ),
    (
        "an unknown chrome reason",
        lambda d: d["chrome"][0].update(reason="banner"),
        "expected ChromeReason @ $.chrome[0].reason",
    ),
    (
        "a date that is no date",
        lambda d: d.update(retrieved="2024-02-30"),
        "@ $.retrieved",
    ),
    (
        "a span past the end of the text",
        lambda d: paragraph(2)(d)["span"].update(end=10**9),
        "lies outside the text of 3982 characters @ $.articles[0].paragraphs[2].span",
    ),
    (
        "a negative span",
        lambda d: paragraph(2)(d)["span"].update(start=-1),
        "span [-1, 1666) lies outside the text of 3982 characters"
        " @ $.articles[0].paragraphs[2].span",
    ),
    (
        "a span that does not slice out its text",
        lambda d: paragraph(1)(d).update(text="A forged paragraph."),
        "not the item's text 'A forged paragraph.' @ $.articles[0].paragraphs[1].span",
    ),
    (
        "a title that is not at its span",
        lambda d: d["articles"][0].update(title="Forged"),
        "not the item's text 'Forged' @ $.articles[0].title_span",
    ),
    (
        "a schema version from the future",
        lambda d: d.update(schema_version=2),
        "unsupported schema_version 2 @ $.schema_version (this version of csto_corpus reads 1)",
    ),
    (
        "a schema version that is a string",
        lambda d: d.update(schema_version="1"),
        "unsupported schema_version '1' @ $.schema_version",
    ),
    (
        "a schema version that is true",
        lambda d: d.update(schema_version=True),
        "unsupported schema_version True @ $.schema_version",
    ),
    (
        "no schema version",
        lambda d: d.pop("schema_version"),
        "unsupported schema_version None @ $.schema_version",
    ),
    (
        "a lone surrogate in a string",
        lambda d: d.update(id="\ud800"),
        "expected str @ $.id",
    ),
]


@pytest.mark.parametrize(("edit", "message"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_invalid_export_names_the_path(exported: dict[str, Any], edit: Edit, message: str) -> None:
    with pytest.raises(SchemaError) as caught:
        loads(edited(exported, edit))
    assert message in str(caught.value)


def test_the_untouched_export_loads(exported: dict[str, Any]) -> None:
    assert loads(json.dumps(exported)) == csto_corpus.load().documents[0]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ("{", "not JSON: Expecting property name enclosed in double quotes at line 1, column 2"),
        ("[]", "expected a JSON object for a document @ $, got list"),
        ("null", "expected a JSON object for a document @ $, got NoneType"),
        (b'{"id": "\xff"}', "not JSON: the bytes are not utf-8 text (invalid byte at 8)"),
        ("[" * 100_000 + "]" * 100_000, "not a document: JSON nested too deeply @ $"),
        ('{"schema_version": 1' + "0" * 5000 + "}", "not JSON this library reads: Exceeds"),
    ],
    ids=["truncated", "array", "null", "invalid utf-8", "deeply nested", "huge integer"],
)
def test_input_that_is_not_an_export(data: str | bytes, message: str) -> None:
    with pytest.raises(SchemaError) as caught:
        loads(data)
    assert str(caught.value).startswith(message)


def test_every_problem_is_reported_at_once(exported: dict[str, Any]) -> None:
    def two_problems(d: dict[str, Any]) -> None:
        d.update(source="reuters")
        d["articles"][0].update(kind="blog")

    with pytest.raises(SchemaError) as caught:
        loads(edited(exported, two_problems))
    assert "@ $.source" in str(caught.value)
    assert "@ $.articles[0].kind" in str(caught.value)
