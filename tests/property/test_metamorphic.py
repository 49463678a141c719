"""Metamorphic properties: changes a page may suffer on its way change no fact.

Navigation lines added or removed, CRLF for LF, trailing spaces, no-break spaces, and
straight for curly quotation marks move offsets; the facts (every field but the spans)
stay the same. Bodies carry quotes so the quotation-mark property has something to bite.
"""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from csto_corpus import ArticleKind, Document, Source, parse
from csto_corpus.testing import (
    RenderedPage,
    bodies,
    evidence_problems,
    pages,
    quote_bodies,
    without_spans,
)

PAGES = pages(bodies(quote_bodies))

# Navigation lines each outlet prints, to add where the outlet prints them.
EXTRA_NAVIGATION = {
    Source.BELTA: ("Services", "All news"),
    Source.TASS: ("All news",),
    Source.CSTO: ("Back to the all news", "Go back"),
}

STRAIGHT = str.maketrans(
    {"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"'}
)


def _same_words(string: str) -> str:
    # A statement that spans several paragraphs (a whole speech) holds the white space
    # between them as printed; that white space is layout, not a fact.
    return " ".join(string.split())


def facts(document: Document, normalise: Any = None) -> Any:
    assert evidence_problems(document) == []
    text = normalise or _same_words
    return without_spans((document.source, document.retrieved, document.articles), text)


def parse_page(page: RenderedPage) -> Document:
    return parse(page.text, "page")


@given(PAGES, st.data())
def test_removing_navigation_lines_changes_no_fact(page: RenderedPage, data: st.DataObject) -> None:
    navigation = [index for index, (role, _) in enumerate(page.lines) if role == "navigation"]
    if page.source is Source.CSTO and page.kind is not ArticleKind.SPEECH:
        navigation = navigation[1:]  # "Go back" is all that tells this page's outlet
    dropped = data.draw(st.sets(st.sampled_from(navigation))) if navigation else set()
    kept = [line for index, line in enumerate(page.lines) if index not in dropped]
    assert facts(parse_page(page.with_lines(kept))) == facts(parse_page(page))


@given(PAGES, st.data())
def test_adding_navigation_lines_changes_no_fact(page: RenderedPage, data: st.DataObject) -> None:
    extra = [("navigation", line) for line in data.draw(
        st.lists(st.sampled_from(EXTRA_NAVIGATION[page.source]), min_size=1, max_size=3)
    )]  # fmt: skip
    if page.source is Source.CSTO:  # the CSTO site prints them below the article
        lines = [*page.lines, ("blank", ""), ("blank", ""), *extra]
    else:
        lines = [*extra, *page.lines]
    assert facts(parse_page(page.with_lines(lines))) == facts(parse_page(page))


@given(PAGES)
def test_crlf_line_ends_change_nothing(page: RenderedPage) -> None:
    assert parse(page.text.replace("\n", "\r\n"), "page") == parse_page(page)


@given(PAGES, st.data())
def test_trailing_spaces_change_no_fact(page: RenderedPage, data: st.DataObject) -> None:
    padding = st.sampled_from([" ", "  ", "\t", " \t ", "\u00a0", " \u00a0"])
    lines = [(role, line + data.draw(padding)) for role, line in page.lines]
    changed = parse_page(page.with_lines(lines))
    assert facts(changed) == facts(parse_page(page))


@given(PAGES, st.data())
def test_leading_spaces_change_no_fact(page: RenderedPage, data: st.DataObject) -> None:
    padding = st.sampled_from(["", " ", "\u00a0", "\t"])
    lines = [(role, data.draw(padding) + line) for role, line in page.lines]
    assert facts(parse_page(page.with_lines(lines))) == facts(parse_page(page))


@given(PAGES)
def test_no_break_spaces_in_datelines_and_dates_change_no_fact(page: RenderedPage) -> None:
    """Sites print ``17\\u00a0February``: the no-break space is a space for every rule."""
    lines = [
        (role, line.replace(" ", "\u00a0") if role in ("timestamp", "date", "retrieved") else line)
        for role, line in page.lines
    ]
    lines = [
        (role, line.replace(", ", ",\u00a0", 1) if role == "dateline" else line)
        for role, line in lines
    ]
    assert facts(parse_page(page.with_lines(lines))) == facts(parse_page(page))


@given(PAGES)
def test_straight_quotes_change_no_fact_but_the_marks(page: RenderedPage) -> None:
    lines = [(role, line.translate(STRAIGHT)) for role, line in page.lines]
    normalise = lambda string: _same_words(string.translate(STRAIGHT))  # noqa: E731
    changed = facts(parse_page(page.with_lines(lines)), normalise)
    assert changed == facts(parse_page(page), normalise)
