"""Render and parse back: pages written from generated facts give those facts back.

This file checks the page layout (outlet, title, lead line, dateline, dates, paragraphs,
media, chrome); test_render_facts.py checks the facts extracted from the body.
"""

from __future__ import annotations

from hypothesis import given

from csto_corpus import Article, Document, parse
from csto_corpus.testing import (
    RenderedPage,
    belta_pages,
    csto_pages,
    evidence_problems,
    pages,
    tass_pages,
)


def parsed(page: RenderedPage) -> tuple[Document, Article]:
    document = parse(page.text, "page")
    assert evidence_problems(document) == []
    assert document.source is page.source
    (article,) = document.articles
    return document, article


def check_layout(page: RenderedPage) -> None:
    document, article = parsed(page)
    assert article.kind is page.kind
    assert article.title == page.title
    assert article.subtitle == page.subtitle
    assert article.dateline == page.dateline
    assert article.published == page.published
    assert article.published_inferred is page.published_inferred
    assert document.retrieved == page.retrieved
    assert [p.text for p in article.paragraphs] == list(page.body.paragraphs)
    assert [(m.kind, m.text) for m in article.media] == list(page.media)
    chrome = {line.text for line in document.chrome}
    expected_chrome = {
        text
        for role, text in page.lines
        if role in ("navigation", "section", "weather", "promo", "footer")
    }
    assert chrome == expected_chrome


@given(belta_pages())
def test_belta_pages_parse_back(page: RenderedPage) -> None:
    check_layout(page)


@given(tass_pages())
def test_tass_pages_parse_back(page: RenderedPage) -> None:
    check_layout(page)


@given(csto_pages())
def test_csto_pages_parse_back(page: RenderedPage) -> None:
    check_layout(page)


@given(pages())
def test_title_and_dateline_spans_point_at_the_page(page: RenderedPage) -> None:
    document, article = parsed(page)
    assert article.title_span is not None
    assert document.text[article.title_span.start : article.title_span.end] == page.title
    if page.dateline is not None:
        assert article.dateline_span is not None
        assert article.dateline_span.slice(document.text) == page.dateline
