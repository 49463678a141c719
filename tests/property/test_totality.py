"""Totality: any input gives a Document whose every span is evidence, or a CstoCorpusError."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from csto_corpus import CstoCorpusError, Document, parse, parse_bytes
from csto_corpus.testing import RenderedPage, evidence_problems, pages

# Lines the layout rules look for, so random pages reach them often.
LAYOUT_LINES = st.sampled_from(
    [
        "",
        "All news",
        "Projects",
        "Politics",
        "Flag Thursday, 21 November 2024",
        "Flag Monday, 31 February 2024",
        "17 February 2022, 09:26",
        "30 February 2022, 25:61",
        "Minsk Clear +21°C",
        "MINSK, 17 February (BelTA) - ",
        "MINSK, 31 February (BelTA) \u2014 Text.",
        "MOSCOW, September 10. /TASS/. ",
        "MOSCOW, February 29. /TASS/. Delegates met on Tuesday in 2023.",
        "the 74th UN General Assembly session",
        "\u00a9 Name/TASS",
        "Must read",
        "July 19, 2024",
        "31.02.2024",
        "On 31 February 2024, staff met.",
        "Remarks by Someone at somewhere",
        "More articles",
        "Go back",
        "photo.jpg",
        "Follow us on:",
        "X",
        "\u201c",
        "\u201d",
        '"',
        "\u00ab\u00bb",
    ]
)
PAGES_OF_LINES = st.lists(LAYOUT_LINES | st.text(max_size=60), max_size=30).map("\n".join)


def check(document: Document) -> None:
    assert evidence_problems(document) == []
    assert [article.id for article in document.articles] == [
        f"{document.id}/{number}" for number in range(1, len(document.articles) + 1)
    ]


@given(st.text())
def test_any_string_parses_or_raises_a_library_error(text: str) -> None:
    try:
        document = parse(text, "page")
    except CstoCorpusError:
        assert "\x00" in text
        return
    check(document)


@given(PAGES_OF_LINES)
def test_any_page_of_layout_lines_parses(text: str) -> None:
    try:
        document = parse(text, "page")
    except CstoCorpusError:
        assert "\x00" in text
        return
    check(document)


@given(st.binary())
def test_any_bytes_parse_or_raise_a_library_error(data: bytes) -> None:
    try:
        document = parse_bytes(data, "page")
    except CstoCorpusError:
        return
    check(document)


@given(pages(), st.data())
def test_damaged_pages_parse(page: RenderedPage, data: st.DataObject) -> None:
    """Rendered pages with lines dropped, repeated or swapped, as scrapers damage them."""
    lines = list(page.lines)
    for _ in range(data.draw(st.integers(1, 5))):
        if not lines:
            break
        index = data.draw(st.integers(0, len(lines) - 1))
        action = data.draw(st.sampled_from(["drop", "repeat", "swap", "truncate"]))
        if action == "drop":
            del lines[index]
        elif action == "repeat":
            lines.insert(index, lines[index])
        elif action == "swap":
            other = data.draw(st.integers(0, len(lines) - 1))
            lines[index], lines[other] = lines[other], lines[index]
        else:
            role, text = lines[index]
            lines[index] = (role, text[: data.draw(st.integers(0, len(text)))])
    check(parse(page.with_lines(lines).text, "page"))
