"""Every item of every parsed page points at its evidence: the promise of the library."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest

from csto_corpus import Document, Span, parse_file

ROOT = Path(__file__).resolve().parents[1]
PAGES = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "pages").glob("*.txt"))


def items_with_spans(value: Any, path: str = "$") -> Iterator[tuple[str, Any]]:
    """Every attrs object under ``value`` that has a span, with its path."""
    if isinstance(value, tuple):
        for index, item in enumerate(value):
            yield from items_with_spans(item, f"{path}[{index}]")
        return
    if not attrs.has(type(value)) or isinstance(value, Span):
        return
    yield path, value
    for field in attrs.fields(type(value)):
        yield from items_with_spans(getattr(value, field.name), f"{path}.{field.name}")


def spans_of(value: Any) -> Iterator[tuple[str, Span]]:
    for field in attrs.fields(type(value)):
        attribute = getattr(value, field.name)
        if isinstance(attribute, Span):
            yield field.name, attribute
        elif isinstance(attribute, tuple) and attribute and isinstance(attribute[0], Span):
            yield from ((f"{field.name}[{i}]", span) for i, span in enumerate(attribute))


# Fields whose text must equal the page slice of the span of the same name.
TEXT_OF_SPAN = {
    "span": "text",
    "title_span": "title",
    "subtitle_span": "subtitle",
    "summary_span": "summary",
    "details_span": "details",
}


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.stem)
def test_every_span_lies_in_the_text_and_slices_out_its_item(path: Path) -> None:
    document: Document = parse_file(path)
    checked = 0
    for where, item in items_with_spans(document):
        for name, span in spans_of(item):
            assert 0 <= span.start <= span.end <= len(document.text), f"{where}.{name}"
            text_field = TEXT_OF_SPAN.get(name)
            if text_field is not None and hasattr(item, text_field):
                expected = getattr(item, text_field)
                if expected is not None:
                    assert document.text[span.start : span.end] == expected, f"{where}.{name}"
                    checked += 1
    assert checked > 0


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.stem)
def test_nothing_is_lost_every_line_is_accounted_for(path: Path) -> None:
    """Each non-blank line is chrome, the "today" line, or lies inside an article."""
    document = parse_file(path)
    covered: list[tuple[int, int]] = [(c.span.start, c.span.end) for c in document.chrome]
    if document.retrieved_span is not None:
        covered.append((document.retrieved_span.start, document.retrieved_span.end))
    for article in document.articles:
        assert article.span is not None
        covered.append((article.span.start, article.span.end))
    offset = 0
    for line in document.text.split("\n"):
        stripped = line.strip()
        if stripped:
            start = offset + line.index(stripped[0])
            assert any(a <= start < b for a, b in covered), f"line lost: {stripped!r}"
        offset += len(line) + 1
