"""Render and parse back the facts of a body: quotes, priorities, resolutions, personnel.

Pages are written in each outlet's format from generated facts (other names, roles,
states, years, numbers than any seed), and the parser must recover each fact exactly.
The quote text is compared without the comma or period that closes it inside the marks.
"""

from __future__ import annotations

from hypothesis import given

from csto_corpus import (
    Article,
    ArticleKind,
    PeacekeepingKind,
    SpeakerKind,
    StatementKind,
    parse,
)
from csto_corpus.testing import (
    RenderedPage,
    bodies,
    csto_pages,
    evidence_problems,
    pages,
    personnel_bodies,
    priority_bodies,
    quote_bodies,
    resolution_bodies,
)


def article_of(page: RenderedPage) -> Article:
    document = parse(page.text, "page")
    assert evidence_problems(document) == []
    (article,) = document.articles
    return article


def words(text: str) -> str:
    return text.strip().rstrip(",.").strip()


@given(pages(bodies(quote_bodies)))
def test_every_quote_is_found_with_its_speaker(page: RenderedPage) -> None:
    article = article_of(page)
    direct = [s for s in article.statements if s.kind is StatementKind.DIRECT]
    found = [(words(s.text), s.speaker.name) for s in direct]
    expected = [(words(q.text), q.speaker) for q in page.body.quotes]
    assert found == expected
    for statement, quote in zip(direct, page.body.quotes, strict=True):
        if quote.verb is not None:
            assert statement.verb == quote.verb
        assert statement.speaker.role == quote.role


@given(csto_pages())
def test_a_speech_page_is_one_speech_by_its_speaker(page: RenderedPage) -> None:
    article = article_of(page)
    speeches = [s for s in article.statements if s.kind is StatementKind.SPEECH]
    if page.kind is ArticleKind.SPEECH:
        assert page.speaker is not None
        (speech,) = speeches
        assert speech.speaker.name == page.speaker.name
        assert speech.speaker.role == page.speaker.role
        assert speech.speaker.kind is SpeakerKind.PERSON
    else:
        assert speeches == []


@given(pages(bodies(priority_bodies)))
def test_every_priority_is_found_in_rank_order(page: RenderedPage) -> None:
    article = article_of(page)
    found = [(p.rank, p.holder, p.year, words(p.summary)) for p in article.priorities]
    expected = [(p.rank, p.holder, p.year, p.summary) for p in page.body.priorities]
    assert found == expected


@given(pages(bodies(resolution_bodies)))
def test_every_resolution_symbol_is_found(page: RenderedPage) -> None:
    article = article_of(page)
    found = [(r.symbol, r.body) for r in article.resolutions if r.symbol is not None]
    expected = list(dict.fromkeys((r.symbol, r.body) for r in page.body.resolutions))
    assert found == expected


@given(pages(bodies(personnel_bodies)))
def test_every_personnel_figure_is_found(page: RenderedPage) -> None:
    article = article_of(page)
    found = [
        (c.quantity, c.approximate)
        for c in article.peacekeeping
        if c.kind is PeacekeepingKind.PERSONNEL
    ]
    assert found == [(p.quantity, p.approximate) for p in page.body.personnel]
