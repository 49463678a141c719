"""Statements: quotes, reported speech and speeches, with speakers and exact spans.

The expected values for the seeds were checked by hand against the pages.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from csto_corpus import Document, parse_file

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
ALL_PAGES = SEEDS + sorted((ROOT / "tests" / "pages").glob("*.txt"))

Row = tuple[int, str, int, "str | None", "str | None", "str | None", str, str, str]


def page(prefix: str) -> Document:
    return parse_file(next(p for p in ALL_PAGES if p.name.startswith(prefix)))


def rows(document: Document) -> list[Row]:
    """Each statement in short: article number, kind, paragraph, verb, speaker name, role
    and kind, the first 30 and the last 20 characters of its text."""
    return [
        (
            int(article.id.rsplit("/", 1)[1]),
            s.kind.value,
            s.paragraph,
            s.verb,
            s.speaker.name,
            s.speaker.role,
            s.speaker.kind.value,
            s.text[:30],
            s.text[-20:],
        )
        for article in document.articles
        for s in article.statements
    ]


RYBAKOV = ("Valentin Rybakov", "Belarus' representative to the UN", "person")
RACHKOV = (
    "Sergei Rachkov",
    "Chairman of the Commission for Foreign Affairs, Migration Policy and Relations with "
    "Compatriots of the Parliamentary Assembly of the Union State of Belarus and Russia, "
    "Chairman of the Standing Committee on International Affairs and National Security of "
    "the Council of the Republic",
    "person",
)
MINISTRY = ("Russian Foreign Ministry", None, "institution")
RESOLUTION = ("A/RES/77/13", "resolution", "document")

SEED_ROWS: dict[str, list[Row]] = {
    "000": [
        (
            1,
            "indirect",
            0,
            "said",
            *RYBAKOV,
            "Belarus stands for the develop",
            "l peace and security",
        ),
        (
            1,
            "indirect",
            1,
            None,
            *RYBAKOV,
            "the CSTO has passed a consider",
            "allenges and threats",
        ),
        (
            1,
            "direct",
            1,
            "said",
            *RYBAKOV,
            "We view the development of coo",
            "and logical process,",
        ),
        (
            1,
            "direct",
            2,
            "said",
            *RYBAKOV,
            "Belarus will support CSTO part",
            " of 9 November 2018,",
        ),
        (
            1,
            "indirect",
            3,
            None,
            *RYBAKOV,
            "peacekeeping is a promising ar",
            " area of cooperation",
        ),
        (1, "direct", 3, None, *RYBAKOV, "Belarus which initiated cooper", "ations on the topic."),
        (
            1,
            "indirect",
            4,
            "said",
            *RYBAKOV,
            "the CSTO Collective Peacekeepi",
            "tive Security Treaty",
        ),
        (
            1,
            "indirect",
            5,
            "said",
            "Aleksandr Lukashenko",
            "Belarusian President",
            "person",
            "the actions of the collective ",
            "lities and potential",
        ),
        (
            1,
            "direct",
            6,
            "said",
            *RYBAKOV,
            "The CSTO's high potential in p",
            "ty Council mandates,",
        ),
        (
            1,
            "indirect",
            7,
            None,
            *RYBAKOV,
            "it is also possible to think a",
            "preventive diplomacy",
        ),
        (
            1,
            "direct",
            7,
            "said",
            *RYBAKOV,
            "International information secu",
            "t between countries,",
        ),
        (
            1,
            "indirect",
            8,
            "confirmed",
            *RYBAKOV,
            "the readiness of Belarus as a ",
            "l peace and security",
        ),
    ],
    "001": [
        (
            1,
            "indirect",
            0,
            "said",
            *RACHKOV,
            "During its chairmanship in the",
            "ns in the CSTO space",
        ),
        (
            1,
            "direct",
            1,
            "said",
            *RACHKOV,
            "Belarus' first priority during",
            " CSTO member states,",
        ),
        (
            1,
            "indirect",
            2,
            None,
            *RACHKOV,
            "in order to effectively respon",
            " national legal acts",
        ),
        (
            1,
            "direct",
            2,
            "noted",
            *RACHKOV,
            "All this, in our opinion, will",
            "ty forces and means,",
        ),
        (
            1,
            "direct",
            3,
            "said",
            *RACHKOV,
            "Special attention is to be pai",
            "f the member states,",
        ),
        # The opening mark is missing: the quote starts after "he said."
        (
            1,
            "direct",
            3,
            "added",
            *RACHKOV,
            "Anti-crisis mechanisms that do",
            "ional organizations,",
        ),
        (
            1,
            "direct",
            4,
            "added",
            *RACHKOV,
            "As biological safety and secur",
            "r states in Belarus,",
        ),
        (
            1,
            "direct",
            5,
            "continued",
            *RACHKOV,
            "The second priority is effecti",
            "international arena,",
        ),
        (
            1,
            "direct",
            5,
            "said",
            *RACHKOV,
            "In this context, Belarus sugge",
            "international arena,",
        ),
        (
            1,
            "direct",
            6,
            "explained",
            *RACHKOV,
            "In our opinion, the primary ta",
            "f the member states,",
        ),
        # The opening mark is missing: the quote starts after "Sergei Rachkov explained."
        (
            1,
            "direct",
            6,
            "said",
            *RACHKOV,
            "With this in mind, a number of",
            "ng defense products,",
        ),
        (
            1,
            "direct",
            7,
            "emphasized",
            *RACHKOV,
            "The fourth priority is reinfor",
            " work in this field,",
        ),
        (
            1,
            "direct",
            8,
            "added",
            *RACHKOV,
            "The implementation of the abov",
            "Belarus is counting,",
        ),
    ],
    "002": [
        (
            1,
            "indirect",
            0,
            "said",
            *MINISTRY,
            "Members of the Moscow-led post",
            "ation in Afghanistan",
        ),
        (
            1,
            "direct",
            2,
            "said",
            *MINISTRY,
            "The participants unanimously s",
            "s\u2019 domestic affairs,",
        ),
        (
            1,
            "direct",
            2,
            "said",
            *MINISTRY,
            "Special attention was paid to ",
            "UN General Assembly.",
        ),
        (
            1,
            "direct",
            3,
            "reads",
            *MINISTRY,
            "The participants also consider",
            "es on the UN agenda,",
        ),
        (
            1,
            "direct",
            3,
            "reads",
            *MINISTRY,
            "Preparations of joint statemen",
            "were also discussed.",
        ),
        (
            1,
            "indirect",
            4,
            None,
            *MINISTRY,
            "in discussing those matters th",
            " global organization",
        ),
        (
            1,
            "direct",
            5,
            "says",
            *MINISTRY,
            "confirmed a high degree of con",
            "rn on the UN agenda,",
        ),
        (
            1,
            "direct",
            6,
            "said",
            *MINISTRY,
            "Practical proposals to enhance",
            "ve been put forward,",
        ),
        (
            1,
            "direct",
            -1,
            "said",
            *MINISTRY,
            "Practical proposals to enhance",
            "ve been put forward,",
        ),
    ],
    "003": [
        (
            1,
            "speech",
            0,
            None,
            "Imangali Tasmagambetov",
            "CSTO Secretary General",
            "person",
            "Allow me to thank the Russian ",
            " for your attention.",
        ),
        (
            1,
            "direct",
            11,
            "notes",
            *RESOLUTION,
            "since the signing of the Colle",
            "ea of responsibility",
        ),
    ],
    "004": [
        (
            2,
            "speech",
            0,
            None,
            None,
            None,
            "person",
            "Allow me to thank the Russian ",
            "sian security space.",
        ),
        (
            4,
            "indirect",
            0,
            "told",
            "Imangali Tasmagambetov",
            "Collective Security Treaty Organization Secretary General",
            "person",
            "whether the CSTO sought to bec",
            " timely for the CSTO",
        ),
        (
            6,
            "speech",
            0,
            None,
            None,
            None,
            "person",
            "At the beginning of 2023 we in",
            " of mutual interest.",
        ),
        (
            6,
            "indirect",
            2,
            "stresses",
            *RESOLUTION,
            "the CSTO Collective Security T",
            "ea of responsibility",
        ),
        (
            6,
            "indirect",
            3,
            "notes",
            *RESOLUTION,
            "the Organization's significant",
            "goals and principles",
        ),
        (
            6,
            "indirect",
            5,
            "notes",
            *RESOLUTION,
            "progress in intensifying pract",
            "cekeeping operations",
        ),
    ],
}


@pytest.mark.parametrize("prefix", sorted(SEED_ROWS))
def test_seed_statements(prefix: str) -> None:
    assert rows(page(prefix)) == SEED_ROWS[prefix]


def test_seed_003_scare_quotes_and_titles_are_not_statements() -> None:
    texts = [s.text for s in page("003").articles[0].statements]
    for term in ("dormant", "hot", "New Agenda for Peace", "New Agenda", "Channel", "PROXY"):
        assert term not in texts


def test_seed_003_speech_covers_the_body() -> None:
    document = page("003")
    article = document.articles[0]
    speech = article.statements[0]
    assert speech.span.start == article.paragraphs[0].span.start
    assert speech.span.end == article.paragraphs[-1].span.end
    assert speech.attribution is not None
    assert document.text[speech.attribution.start : speech.attribution.end] == (
        "Remarks by CSTO Secretary General Imangali Tasmagambetov"
    )


def test_seed_002_subtitle_statement_points_into_the_subtitle() -> None:
    article = page("002").articles[0]
    lead = [s for s in article.statements if s.paragraph == -1]
    assert len(lead) == 1
    assert article.subtitle_span is not None
    assert article.subtitle_span.start < lead[0].span.start < article.subtitle_span.end


@pytest.mark.parametrize("path", ALL_PAGES, ids=lambda p: p.stem)
def test_every_statement_is_traceable(path: Path) -> None:
    """text[span] == statement.text, and the span lies in its paragraph (or subtitle)."""
    document = parse_file(path)
    for article in document.articles:
        for s in article.statements:
            assert document.text[s.span.start : s.span.end] == s.text
            assert s.text
            assert s.text == s.text.strip()
            if s.paragraph == -1:
                assert article.subtitle_span is not None
                bounds = article.subtitle_span
            elif s.kind.value == "speech":
                assert article.paragraphs[0].span.start == s.span.start
                assert article.paragraphs[-1].span.end == s.span.end
                continue
            else:
                bounds = article.paragraphs[s.paragraph].span
            assert bounds.start <= s.span.start <= s.span.end <= bounds.end
            if s.kind.value == "direct":
                assert not any(c in s.text[:1] + s.text[-1:] for c in '“”«»„"')
