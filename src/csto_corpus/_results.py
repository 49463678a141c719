"""Records that :class:`~csto_corpus.corpus.Corpus` queries return.

The model classes describe what one article says; these describe what the corpus says
across articles and documents: a resolution merged from every page that names it, a speaker
with all their roles and statements, a search hit, a dated entry of the timeline, a group
of repeated paragraphs. Each carries :class:`Evidence`: the document and article ids (which
:meth:`Corpus.lookup <csto_corpus.Corpus.lookup>` resolves), the span and the text.

>>> from csto_corpus.model import Span
>>> evidence = Evidence(document_id="p", article_id="p/1", span=Span(start=0, end=5),
...                     text="Minsk")
>>> evidence.article_id
'p/1'
"""

from __future__ import annotations

import datetime
import enum

import attrs

from csto_corpus.model import (
    DatePrecision,
    Document,
    Span,
    SpeakerKind,
    Statement,
    UNBody,
)

__all__ = [
    "DuplicateGroup",
    "Evidence",
    "MergedResolution",
    "ResolutionProvision",
    "SearchHit",
    "SpeakerProfile",
    "TimelineEntry",
    "TimelineKind",
]


@attrs.frozen(kw_only=True)
class Evidence:
    """Where a fact is printed: a document, an article of it, and a span of its text.

    ``text`` is ``document.text[span.start:span.end]`` for the document with
    ``document_id``, so the evidence can be read without the document at hand.

    >>> from csto_corpus.model import Span
    >>> Evidence(document_id="p", article_id="p/2", span=Span(start=3, end=7),
    ...          text="CSTO").text
    'CSTO'
    """

    document_id: str
    article_id: str
    span: Span
    text: str

    @classmethod
    def of(cls, document: Document, article_id: str, span: Span) -> Evidence:
        """The evidence for ``span`` of ``document``'s text, in the article ``article_id``.

        >>> from csto_corpus.model import Source, Span
        >>> document = Document(id="p", source=Source.UNKNOWN, text="The CSTO met.")
        >>> Evidence.of(document, "p/1", Span(start=4, end=8)).text
        'CSTO'
        """
        return cls(
            document_id=document.id,
            article_id=article_id,
            span=span,
            text=document.text[span.start : span.end],
        )


@attrs.frozen(kw_only=True)
class ResolutionProvision:
    """A provision of a merged resolution (``notes``, ``stresses`` ...) and where it stands.

    >>> from csto_corpus.model import Span
    >>> provision = ResolutionProvision(verb="notes", evidence=Evidence(
    ...     document_id="p", article_id="p/1", span=Span(start=0, end=9), text="It notes."))
    >>> provision.verb, provision.evidence.text
    ('notes', 'It notes.')
    """

    verb: str  #: The verb as printed.
    evidence: Evidence  #: The sentence; ``evidence.text`` is the provision's text.


@attrs.frozen(kw_only=True)
class MergedResolution:
    """A UN resolution as the whole corpus knows it, merged by its symbol.

    Scalar fields (title, session, adoption date ...) come from the first page, in corpus
    order, that prints them, with the evidence for the title and the adoption date; every
    mention and every provision is kept with its article. A resolution printed without a
    symbol cannot be matched with others and stands alone, with ``symbol`` None.

    >>> from csto_corpus.model import Span, UNBody
    >>> mention = Evidence(document_id="p", article_id="p/1", span=Span(start=0, end=11),
    ...                    text="A/RES/80/1")
    >>> merged = MergedResolution(symbol="A/RES/80/1", body=UNBody.GENERAL_ASSEMBLY,
    ...                           session=80, mentions=(mention,))
    >>> merged.article_ids
    ('p/1',)
    """

    symbol: str | None
    body: UNBody | None
    session: int | None = None
    number: int | None = None
    year: int | None = None
    title: str | None = None
    title_evidence: Evidence | None = None
    adopted: datetime.date | None = None
    adopted_evidence: Evidence | None = None
    #: True where no page printed the adoption date's year (see
    #: :attr:`~csto_corpus.model.Resolution.adopted_inferred`).
    adopted_inferred: bool = False
    draft: bool = False  #: True only if every page speaks of it as a draft.
    provisions: tuple[ResolutionProvision, ...] = ()
    mentions: tuple[Evidence, ...] = ()  #: Every mention on every page, in corpus order.

    @property
    def article_ids(self) -> tuple[str, ...]:
        """The ids of the articles that mention it, each once, in corpus order.

        >>> MergedResolution(symbol=None, body=None).article_ids
        ()
        """
        return tuple(dict.fromkeys(mention.article_id for mention in self.mentions))


@attrs.frozen(kw_only=True)
class SpeakerProfile:
    """A person or an institution that speaks in the corpus, once, with all they said.

    Speakers are the same when their printed names are equal ignoring case and spacing;
    statements whose speaker has no name are not attributed to anyone.

    >>> from csto_corpus.model import Span, Speaker, StatementKind
    >>> statement = Statement(text="We agree", kind=StatementKind.DIRECT, verb="said",
    ...                       speaker=Speaker(name="Jane Doe", role="Minister"),
    ...                       span=Span(start=0, end=8), paragraph=0)
    >>> profile = SpeakerProfile(name="Jane Doe", kind=SpeakerKind.PERSON,
    ...                          roles=("Minister",), statements=(statement,),
    ...                          article_ids=("p/1",))
    >>> profile.surname
    'Doe'
    """

    name: str  #: The name as first printed.
    kind: SpeakerKind
    roles: tuple[str, ...] = ()  #: Every role printed with the name, each once, as printed.
    statements: tuple[Statement, ...] = ()
    article_ids: tuple[str, ...] = ()  #: The articles of the statements, each once.

    @property
    def surname(self) -> str:
        """The last word of the name.

        >>> SpeakerProfile(name="Foreign Ministry", kind=SpeakerKind.INSTITUTION).surname
        'Ministry'
        """
        return self.name.split()[-1] if self.name.split() else self.name


@attrs.frozen(kw_only=True)
class SearchHit:
    """A match of :meth:`Corpus.search <csto_corpus.corpus.Corpus.search>`.

    >>> from csto_corpus.model import Span
    >>> hit = SearchHit(evidence=Evidence(document_id="p", article_id="p/1",
    ...                                   span=Span(start=4, end=8), text="CSTO"),
    ...                 snippet="The CSTO met.")
    >>> hit.evidence.text
    'CSTO'
    """

    evidence: Evidence  #: The match: its article, span and text.
    snippet: str  #: The match with some words around it, on one line.


class TimelineKind(enum.Enum):
    """What a :class:`TimelineEntry` dates.

    >>> TimelineKind("adopted")
    <TimelineKind.ADOPTED: 'adopted'>
    """

    PUBLISHED = "published"  #: An article's publication date.
    ADOPTED = "adopted"  #: A resolution's adoption date.
    DEPLOYMENT = "deployment"  #: A dated peacekeeping fact, usually a deployment.
    EVENT = "event"  #: An event printed in the text: a treaty, a memorandum, a meeting.


@attrs.frozen(kw_only=True)
class TimelineEntry:
    """One dated fact of the corpus.

    >>> import datetime
    >>> from csto_corpus.model import DatePrecision, Span
    >>> entry = TimelineEntry(date=datetime.date(2022, 1, 1), precision=DatePrecision.MONTH,
    ...                       kind=TimelineKind.DEPLOYMENT, description="deployed",
    ...                       evidence=Evidence(document_id="p", article_id="p/1",
    ...                                         span=Span(start=0, end=8), text="deployed"))
    >>> entry.date.isoformat(), entry.precision.value
    ('2022-01-01', 'month')
    """

    date: datetime.date  #: The date; parts beyond ``precision`` are filler.
    precision: DatePrecision
    kind: TimelineKind
    description: str  #: What happened: a title, a resolution symbol, an event as printed.
    evidence: Evidence  #: Where the date is printed (or the sentence that reports it).
    inferred: bool = False  #: True where part of the date was inferred, not printed.


@attrs.frozen(kw_only=True)
class DuplicateGroup:
    """One paragraph that stands, word for word or nearly, in more than one document.

    Paragraphs match when their words are equal ignoring case, punctuation (an en dash or a
    hyphen, curly or straight quotes) and spacing.

    >>> from csto_corpus.model import Span
    >>> first = Evidence(document_id="a", article_id="a/1", span=Span(start=0, end=4),
    ...                  text="A-B.")
    >>> second = Evidence(document_id="b", article_id="b/1", span=Span(start=0, end=4),
    ...                   text="A\u2013B.")
    >>> DuplicateGroup(text="A-B.", occurrences=(first, second)).document_ids
    ('a', 'b')
    """

    text: str  #: The paragraph as first printed.
    occurrences: tuple[Evidence, ...]  #: Every copy, in corpus order.

    @property
    def document_ids(self) -> tuple[str, ...]:
        """The documents it stands in, each once.

        >>> DuplicateGroup(text="", occurrences=()).document_ids
        ()
        """
        return tuple(dict.fromkeys(item.document_id for item in self.occurrences))
