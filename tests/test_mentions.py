from __future__ import annotations

from collections import Counter

from csto_corpus.model import Article, ArticleKind, MentionKind, Paragraph, Span
from csto_corpus.parse.mentions import extract_mentions

from ._facts import article, cut, page, seed


def _mentions(text: str) -> list[tuple[str, str, str | None, str]]:
    item = Article(
        id="t/1",
        kind=ArticleKind.NEWS,
        paragraphs=(Paragraph(text=text, span=Span(start=0, end=len(text))),),
    )
    return [(m.kind.value, m.name, m.code, m.text) for m in extract_mentions(text, item)]


def test_adjectives_and_longest_match() -> None:
    assert _mentions(
        "The Russian Foreign Ministry briefed the UN Security Council and the UN."
    ) == [
        ("state", "Russia", "RUS", "Russian"),
        ("organization", "UN Security Council", "UNSC", "UN Security Council"),
        ("organization", "United Nations", "UN", "UN"),
    ]


def test_possessives_and_official_names() -> None:
    assert _mentions("Belarus' envoy, the Kyrgyz Republic and Uzbekistan's delegation") == [
        ("state", "Belarus", "BLR", "Belarus"),
        ("state", "Kyrgyzstan", "KGZ", "Kyrgyz Republic"),
        ("state", "Uzbekistan", "UZB", "Uzbekistan"),
    ]


def test_title_and_subtitle_are_searched() -> None:
    document = seed("002")
    mentions = article(document).mentions
    title = article(document).title_span
    assert title is not None
    in_title = [m.text for m in mentions if title.start <= m.span.start < title.end]
    assert in_title == ["UN"]
    subtitle = article(document).subtitle_span
    assert subtitle is not None
    assert [m.text for m in mentions if subtitle.start <= m.span.start < subtitle.end] == [
        "CSTO",
        "UN",
        "Russian",
    ]


def test_seed_002_member_states() -> None:
    document = seed("002")
    states = Counter(m.name for m in article(document).mentions if m.kind is MentionKind.STATE)
    assert states == Counter(
        {
            "Russia": 4,
            "Afghanistan": 2,
            "Armenia": 1,
            "Belarus": 1,
            "Kazakhstan": 1,
            "Kyrgyzstan": 1,
            "Tajikistan": 1,
        }
    )


def test_seed_003_organizations() -> None:
    document = seed("003")
    names = Counter(
        m.name for m in article(document).mentions if m.kind is MentionKind.ORGANIZATION
    )
    assert names["UN Office of Counter-Terrorism"] == 1
    assert names["UN Office on Drugs and Crime"] == 1
    assert names["UN Security Council Counter-Terrorism Committee"] == 1
    assert names["Collective Peacekeeping Forces"] == 1
    assert names["Shanghai Cooperation Organization"] == 6
    assert names["Commonwealth of Independent States"] == 5
    assert names["UN General Assembly"] == 3


def test_own_page_mentions() -> None:
    document = page("facts_res_belta_sc.txt")
    found = [(m.name, m.code) for m in article(document).mentions]
    assert ("UN Office on Drugs and Crime", "UNODC") in found
    assert ("Belarus", "BLR") in found
    assert found.count(("Kazakhstan", "KAZ")) == 1
    assert found.count(("Armenia", "ARM")) == 1
    document = page("facts_res_csto_remarks.txt")
    codes = [m.code for m in article(document).mentions]
    assert codes.count("TJK") == 1
    assert codes.count("CTED") == 1
    assert codes.count("UNOCT") == 1
    assert codes.count("DPO") == 1
    assert codes.count("CPF") == 1


def test_every_mention_span_slices_its_text() -> None:
    for document in [seed(p) for p in ("000", "001", "002", "003", "004")]:
        for item in document.articles:
            for mention in item.mentions:
                assert cut(document, mention.span) == mention.text
            starts = [m.span.start for m in item.mentions]
            assert starts == sorted(set(starts))
