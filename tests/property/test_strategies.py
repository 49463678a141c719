"""The strategies of csto_corpus.testing make what they promise."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from csto_corpus import (
    Article,
    ArticleKind,
    ChromeLine,
    Document,
    Event,
    Excerpt,
    Media,
    Mention,
    Paragraph,
    PeacekeepingCapability,
    Priority,
    Provision,
    Resolution,
    Source,
    Span,
    Speaker,
    Statement,
)
from csto_corpus import testing as ct

FREE = [
    (ct.spans(), Span),
    (ct.excerpts(), Excerpt),
    (ct.paragraphs(), Paragraph),
    (ct.chrome_lines(), ChromeLine),
    (ct.media(), Media),
    (ct.speakers(), Speaker),
    (ct.statements(), Statement),
    (ct.priorities(), Priority),
    (ct.provisions(), Provision),
    (ct.resolutions(), Resolution),
    (ct.peacekeeping_capabilities(), PeacekeepingCapability),
    (ct.mentions(), Mention),
    (ct.events(), Event),
    (ct.articles(), Article),
    (ct.documents(), Document),
]


@pytest.mark.parametrize(("strategy", "cls"), FREE, ids=[c.__name__ for _, c in FREE])
@given(data=st.data())
def test_each_strategy_makes_its_class(
    strategy: st.SearchStrategy[Any], cls: type, data: st.DataObject
) -> None:
    value = data.draw(strategy)
    assert type(value) is cls


@given(st.text(max_size=50), st.data())
def test_items_cut_from_a_text_are_evidence_in_it(text: str, data: st.DataObject) -> None:
    article = data.draw(ct.articles(text))
    document = Document(id="page", source=Source.UNKNOWN, text=text, articles=(article,))
    assert ct.evidence_problems(document) == []


def test_evidence_problems_finds_a_span_outside_the_text() -> None:
    document = Document(
        id="p",
        source=Source.UNKNOWN,
        text="abc",
        articles=(
            Article(
                id="p/1",
                kind=ArticleKind.NEWS,
                title="abc",
                title_span=Span(start=0, end=3),
                paragraphs=(Paragraph(text="bc", span=Span(start=1, end=9)),),
                published_evidence=(Span(start=2, end=1),),
            ),
        ),
    )
    assert ct.evidence_problems(document) == [
        "$.articles[0].published_evidence[0]: [2, 1) outside the text of 3",
        "$.articles[0].paragraphs[0].span: [1, 9) outside the text of 3",
    ]


@given(ct.pages(ct.bodies(ct.quote_bodies, ct.priority_bodies)))
def test_rendered_pages_hold_every_paragraph_of_their_body(page: ct.RenderedPage) -> None:
    text = page.text
    assert "\r" not in text
    for paragraph in page.body.paragraphs[1:]:
        assert f"\n{paragraph}\n" in f"{text}\n"
    for quote in page.body.quotes:
        assert quote.text in text
    for priority in page.body.priorities:
        assert priority.summary in text
