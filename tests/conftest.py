"""Shared test set-up: Hypothesis profiles, and a hand-built corpus with facts of every kind.

Hypothesis profiles:

- ``default``: quick, for every run of the suite (a few dozen examples per property).
- ``thorough``: 2,000 examples per property, for a check of some minutes before a release.
- ``fuzz``: 100,000 examples per property, no deadline, for a long hunt; select it with
  ``python -m pytest tests/property --hypothesis-profile=fuzz`` or with the environment
  variable ``CSTO_HYPOTHESIS_PROFILE=fuzz``. Add ``--hypothesis-show-statistics`` to see
  how many examples ran and how long they took.

The hand-built corpus: facts of every kind, about events that are not in the seeds.

The facts are written by hand (no extractor is involved) with spans found in the text, so
the corpus queries, exports and the command line can be tested on known values.
"""

from __future__ import annotations

import datetime
import os
from types import SimpleNamespace

import pytest
from hypothesis import HealthCheck, settings

from csto_corpus import (
    Article,
    ArticleKind,
    Corpus,
    DatePrecision,
    Document,
    Event,
    Mention,
    MentionKind,
    Paragraph,
    PeacekeepingCapability,
    PeacekeepingKind,
    Priority,
    Provision,
    Resolution,
    Source,
    Span,
    Speaker,
    SpeakerKind,
    Statement,
    StatementKind,
    UNBody,
)

BISHKEK = datetime.timezone(datetime.timedelta(hours=6))

ALPHA_TEXT = (
    "Flag Monday, 5 January 2026\n"
    "03 March 2026, 11:15\n"
    "\n"
    "Kyrgyzstan backs CSTO peacekeeping at the UN\n"
    "\n"
    "BISHKEK, 3 March (BelTA) - Kyrgyzstan's Foreign Minister Zhanna Ivanova said that the "
    "CSTO is ready to help UN missions.\n"
    "\n"
    "\u201cWe support resolution A/RES/80/5 on cooperation between the UN and the CSTO "
    "\u2013 it matters to all member states,\u201d Zhanna Ivanova said.\n"
    "\n"
    "The resolution, adopted on 12 December 2025, welcomes the work of the CSTO. About 2,500 "
    "personnel were deployed in Tajikistan in May 2025.\n"
    "\n"
    "The first priority of Kyrgyzstan's chairmanship in 2026 is border security.\n"
)

BETA_TEXT = (
    "All news\n"
    "\n"
    "Envoys of CSTO states meet in Geneva\n"
    "\n"
    "GENEVA, April 4. /TASS/. The Armenian Foreign Ministry said in a statement that "
    "cooperation with the UN is growing.\n"
    "\n"
    'Resolution A/RES/80/5 "Cooperation between the United Nations and the CSTO" notes the '
    "role of the CSTO.\n"
    "\n"
    '"We are ready to work with the UN," Ivanova told reporters. The memorandum was signed '
    "on 2 June 2011 in Geneva.\n"
)

GAMMA_TEXT = (
    "\n"
    "\u201cWe support resolution A/RES/80/5 on cooperation between the UN and the CSTO "
    "- it matters to all member states,\u201d Zhanna Ivanova said.\n"
    "\n"
    "A draft resolution on the CSTO is being prepared.\n"
    "\n"
    "Go back\n"
)


def find(text: str, needle: str, occurrence: int = 1) -> Span:
    """The span of the ``occurrence``-th ``needle`` in ``text``."""
    start = -1
    for _ in range(occurrence):
        start = text.index(needle, start + 1)
    return Span(start=start, end=start + len(needle))


def paragraphs(text: str, *lines: str) -> tuple[Paragraph, ...]:
    return tuple(Paragraph(text=line, span=find(text, line)) for line in lines)


def alpha() -> Document:
    t = ALPHA_TEXT
    first = (
        "Kyrgyzstan's Foreign Minister Zhanna Ivanova said that the CSTO is ready to help UN "
        "missions."
    )
    quote_line = t.splitlines()[7]
    third = t.splitlines()[9]
    fourth = t.splitlines()[11]
    minister = Speaker(name="Zhanna Ivanova", role="Foreign Minister", kind=SpeakerKind.PERSON)
    sentence = "About 2,500 personnel were deployed in Tajikistan in May 2025."
    adoption = "The resolution, adopted on 12 December 2025, welcomes the work of the CSTO."
    article = Article(
        id="alpha/1",
        kind=ArticleKind.NEWS,
        title="Kyrgyzstan backs CSTO peacekeeping at the UN",
        title_span=find(t, "Kyrgyzstan backs CSTO peacekeeping at the UN"),
        published=datetime.datetime(2026, 3, 3, 11, 15, tzinfo=BISHKEK),
        published_span=find(t, "03 March 2026, 11:15"),
        dateline="BISHKEK",
        dateline_span=find(t, "BISHKEK"),
        paragraphs=paragraphs(t, first, quote_line, third, fourth),
        statements=(
            Statement(
                text="the CSTO is ready to help UN missions",
                kind=StatementKind.INDIRECT,
                verb="said",
                speaker=minister,
                span=find(t, "the CSTO is ready to help UN missions"),
                paragraph=0,
                attribution=find(t, "Foreign Minister Zhanna Ivanova said"),
            ),
            Statement(
                text=quote_line[1 : quote_line.index("\u201d")],
                kind=StatementKind.DIRECT,
                verb="said",
                speaker=Speaker(name="Zhanna Ivanova"),
                span=find(t, quote_line[1 : quote_line.index("\u201d")]),
                paragraph=1,
                attribution=find(t, "Zhanna Ivanova said", 2),
            ),
        ),
        priorities=(
            Priority(
                rank=1,
                holder="Kyrgyzstan",
                year=2026,
                summary="border security",
                summary_span=find(t, "border security"),
                span=find(t, fourth),
            ),
        ),
        resolutions=(
            Resolution(
                symbol="A/RES/80/5",
                body=UNBody.GENERAL_ASSEMBLY,
                span=find(t, "A/RES/80/5"),
                session=80,
                number=5,
                adopted=datetime.date(2025, 12, 12),
                adopted_span=find(t, "12 December 2025"),
                provisions=(Provision(verb="welcomes", text=adoption, span=find(t, adoption)),),
                mentions=(find(t, "A/RES/80/5"), find(t, "The resolution")),
            ),
        ),
        peacekeeping=(
            PeacekeepingCapability(
                kind=PeacekeepingKind.PERSONNEL,
                description="About 2,500 personnel",
                span=find(t, sentence),
                quantity=2500,
                approximate=True,
            ),
            PeacekeepingCapability(
                kind=PeacekeepingKind.DEPLOYMENT,
                description="deployed in Tajikistan",
                span=find(t, sentence),
                place="Tajikistan",
                date=datetime.date(2025, 5, 1),
                date_precision=DatePrecision.MONTH,
            ),
        ),
        mentions=(
            Mention(
                kind=MentionKind.STATE,
                name="Kyrgyzstan",
                code="KGZ",
                text="Kyrgyzstan",
                span=find(t, "Kyrgyzstan"),
            ),
            Mention(
                kind=MentionKind.ORGANIZATION,
                name="Collective Security Treaty Organization",
                code="CSTO",
                text="CSTO",
                span=find(t, "CSTO"),
            ),
            Mention(
                kind=MentionKind.STATE,
                name="Tajikistan",
                code="TJK",
                text="Tajikistan",
                span=find(t, "Tajikistan"),
            ),
        ),
        span=Span(start=t.index("03 March"), end=len(t) - 1),
    )
    return Document(
        id="alpha",
        source=Source.BELTA,
        text=t,
        retrieved=datetime.date(2026, 1, 5),
        retrieved_span=find(t, "Monday, 5 January 2026"),
        articles=(article,),
    )


def beta() -> Document:
    t = BETA_TEXT
    first = (
        "The Armenian Foreign Ministry said in a statement that cooperation with the UN is growing."
    )
    second = t.splitlines()[6]
    third = t.splitlines()[8]
    title = "Cooperation between the United Nations and the CSTO"
    notes = second
    signed = "The memorandum was signed on 2 June 2011 in Geneva."
    article = Article(
        id="beta/1",
        kind=ArticleKind.NEWS,
        title="Envoys of CSTO states meet in Geneva",
        title_span=find(t, "Envoys of CSTO states meet in Geneva"),
        published=datetime.date(2026, 4, 4),
        published_inferred=True,
        published_span=find(t, "April 4"),
        dateline="GENEVA",
        dateline_span=find(t, "GENEVA"),
        paragraphs=paragraphs(t, first, second, third),
        statements=(
            Statement(
                text="cooperation with the UN is growing",
                kind=StatementKind.INDIRECT,
                verb="said",
                speaker=Speaker(name="Armenian Foreign Ministry", kind=SpeakerKind.INSTITUTION),
                span=find(t, "cooperation with the UN is growing"),
                paragraph=0,
            ),
            Statement(
                text="We are ready to work with the UN,",
                kind=StatementKind.DIRECT,
                verb="told",
                speaker=Speaker(name="Ivanova"),
                span=find(t, "We are ready to work with the UN,"),
                paragraph=2,
            ),
        ),
        resolutions=(
            Resolution(
                symbol="A/RES/80/5",
                body=UNBody.GENERAL_ASSEMBLY,
                span=find(t, "A/RES/80/5"),
                session=80,
                number=5,
                title=title,
                title_span=find(t, title),
                provisions=(Provision(verb="notes", text=notes, span=find(t, notes)),),
                mentions=(find(t, "A/RES/80/5"),),
            ),
        ),
        mentions=(
            Mention(
                kind=MentionKind.STATE,
                name="Armenia",
                code="ARM",
                text="Armenian",
                span=find(t, "Armenian"),
            ),
        ),
        events=(
            Event(
                date=datetime.date(2011, 6, 2),
                date_precision=DatePrecision.DAY,
                description="The memorandum was signed",
                span=find(t, signed),
                place="Geneva",
            ),
        ),
        span=Span(start=t.index("Envoys"), end=len(t) - 1),
    )
    return Document(id="beta", source=Source.TASS, text=t, articles=(article,))


def gamma() -> Document:
    t = GAMMA_TEXT
    quote_line = t.splitlines()[1]
    draft = "A draft resolution on the CSTO is being prepared."
    quoted = quote_line[1 : quote_line.index("\u201d")]
    article = Article(
        id="gamma/1",
        kind=ArticleKind.EXCERPT,
        paragraphs=paragraphs(t, quote_line, draft),
        statements=(
            Statement(
                text=quoted,
                kind=StatementKind.DIRECT,
                verb="said",
                speaker=Speaker(name="Zhanna Ivanova"),
                span=find(t, quoted),
                paragraph=0,
            ),
        ),
        resolutions=(
            Resolution(
                symbol=None,
                body=None,
                span=find(t, "draft resolution"),
                draft=True,
                mentions=(find(t, "draft resolution"),),
            ),
        ),
        span=Span(start=1, end=t.index("\n\nGo back")),
    )
    return Document(id="gamma", source=Source.CSTO, text=t, articles=(article,))


@pytest.fixture
def samples() -> SimpleNamespace:
    """The three hand-built documents and their corpus, in the order alpha, beta, gamma."""
    documents = (alpha(), beta(), gamma())
    return SimpleNamespace(
        alpha=documents[0],
        beta=documents[1],
        gamma=documents[2],
        corpus=Corpus.from_documents(documents),
    )


settings.register_profile(
    "default",
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "thorough",
    max_examples=2_000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "fuzz",
    max_examples=100_000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile(os.environ.get("CSTO_HYPOTHESIS_PROFILE", "default"))
