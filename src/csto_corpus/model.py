"""The data model: frozen, keyword-only attrs classes and the enums they use.

Nothing here parses or serialises; the parsers in :mod:`csto_corpus.parse` build these
objects and :mod:`csto_corpus.serialize` turns them into JSON. Every extracted item carries
a :class:`Span` into :attr:`Document.text`, so ``document.text[span.start:span.end]`` is its
evidence.

>>> span = Span(start=0, end=5)
>>> "Minsk, 2 May"[span.start:span.end]
'Minsk'
"""

from __future__ import annotations

import datetime
import enum

import attrs

__all__ = [
    "Article",
    "ArticleKind",
    "ChromeLine",
    "ChromeReason",
    "DatePrecision",
    "Document",
    "Event",
    "Excerpt",
    "Media",
    "MediaKind",
    "Mention",
    "MentionKind",
    "Paragraph",
    "PeacekeepingCapability",
    "PeacekeepingKind",
    "Priority",
    "Provision",
    "Published",
    "Resolution",
    "Source",
    "Span",
    "Speaker",
    "SpeakerKind",
    "Statement",
    "StatementKind",
    "UNBody",
]

#: A publication date: a :class:`datetime.date`, or a timezone-aware
#: :class:`datetime.datetime` where the page prints a time.
Published = datetime.date | datetime.datetime


class Source(enum.Enum):
    """The outlet a page comes from.

    >>> Source("belta")
    <Source.BELTA: 'belta'>
    """

    BELTA = "belta"  #: BelTA, the Belarusian Telegraph Agency (eng.belta.by).
    TASS = "tass"  #: TASS, the Russian news agency (tass.com).
    CSTO = "csto"  #: The CSTO Secretariat's English site (en.odkb-csto.org).
    UNKNOWN = "unknown"  #: Any other page; read by the fallback layout.


class ArticleKind(enum.Enum):
    """What kind of item an :class:`Article` is.

    >>> ArticleKind.SPEECH.value
    'speech'
    """

    NEWS = "news"  #: A news story or interview with a title and a body.
    SPEECH = "speech"  #: A page that is as a whole one person's remarks.
    TEASER = "teaser"  #: A one-paragraph item on a listing page.
    EXCERPT = "excerpt"  #: An untitled run of paragraphs on a listing page.


class ChromeReason(enum.Enum):
    """Why a line of the page was removed as site chrome.

    >>> ChromeReason.WEATHER.value
    'weather'
    """

    NAVIGATION = "navigation"  #: Menus and links: ``Projects``, ``All news``, ``Go back``.
    SECTION = "section"  #: A section name above the article: ``Politics``.
    WEATHER = "weather"  #: A weather widget: ``Minsk Clear +21°C``.
    SOCIAL = "social"  #: Social network links and follow/subscribe prompts.
    FOOTER = "footer"  #: Lines after the article body: ``Recent news from Belarus``.
    PROMO = "promo"  #: Editorial widgets: ``Must read``, ``More articles``.


class MediaKind(enum.Enum):
    """What a :class:`Media` line is.

    >>> MediaKind("credit")
    <MediaKind.CREDIT: 'credit'>
    """

    CAPTION = "caption"  #: A photo caption: ``An archive photo``.
    CREDIT = "credit"  #: A photo credit: ``© Name/TASS``.
    IMAGE = "image"  #: An image file name: ``photo.jpg``.


class StatementKind(enum.Enum):
    """How a :class:`Statement` was reported.

    >>> StatementKind.DIRECT.value
    'direct'
    """

    DIRECT = "direct"  #: Words inside quotation marks.
    INDIRECT = "indirect"  #: Reported speech: ``X said that ...``.
    SPEECH = "speech"  #: A page that is as a whole one person's remarks.


class SpeakerKind(enum.Enum):
    """Who or what a :class:`Speaker` is.

    >>> SpeakerKind.INSTITUTION.value
    'institution'
    """

    PERSON = "person"
    INSTITUTION = "institution"  #: A ministry, a secretariat, an agency.
    DOCUMENT = "document"  #: A resolution, a statement or another text that is quoted.


class UNBody(enum.Enum):
    """The UN organ a :class:`Resolution` belongs to.

    >>> UNBody("security_council")
    <UNBody.SECURITY_COUNCIL: 'security_council'>
    """

    GENERAL_ASSEMBLY = "general_assembly"
    SECURITY_COUNCIL = "security_council"


class PeacekeepingKind(enum.Enum):
    """What a :class:`PeacekeepingCapability` describes.

    >>> PeacekeepingKind.PERSONNEL.value
    'personnel'
    """

    PERSONNEL = "personnel"  #: A head count: ``about 3,000 personnel``.
    CONTRIBUTION = "contribution"  #: A possible contribution: ``mobile hospitals``.
    MECHANISM = "mechanism"  #: An institution or post created for peacekeeping.
    DEPLOYMENT = "deployment"  #: Forces sent somewhere at some time.
    STANDARD = "standard"  #: Meeting UN requirements and standards.


class MentionKind(enum.Enum):
    """What a :class:`Mention` names.

    >>> MentionKind.STATE.value
    'state'
    """

    STATE = "state"
    ORGANIZATION = "organization"


class DatePrecision(enum.Enum):
    """How much of a date the page printed; the rest of the :class:`datetime.date` is filler.

    ``January 2022`` is stored as ``2022-01-01`` with precision ``month``.

    >>> DatePrecision.MONTH.value
    'month'
    """

    DAY = "day"
    MONTH = "month"
    YEAR = "year"


@attrs.frozen(kw_only=True)
class Span:
    """A half-open range ``[start, end)`` of character offsets into :attr:`Document.text`.

    >>> text = "MINSK, 17 February (BelTA)"
    >>> span = Span(start=0, end=5)
    >>> text[span.start:span.end]
    'MINSK'
    >>> len(span)
    5
    """

    start: int  #: Offset of the first character.
    end: int  #: Offset one past the last character.

    def __len__(self) -> int:
        return self.end - self.start

    def slice(self, text: str) -> str:
        """Return the part of ``text`` this span covers.

        >>> Span(start=3, end=6).slice("UN CSTO")
        'CST'
        """
        return text[self.start : self.end]


@attrs.frozen(kw_only=True)
class Excerpt:
    """A piece of the page text with its span: ``text == document.text[span]``.

    >>> Excerpt(text="Minsk", span=Span(start=0, end=5)).text
    'Minsk'
    """

    text: str  #: The excerpt's text; ``document.text[span.start:span.end] == text``.
    span: Span  #: Where the text stands in :attr:`Document.text`.


@attrs.frozen(kw_only=True)
class Paragraph:
    """One body paragraph, with the site's chrome and the dateline removed.

    >>> Paragraph(text="Belarus stands for ...", span=Span(start=10, end=32)).span.end
    32
    """

    text: str  #: The paragraph's words; ``document.text[span.start:span.end] == text``.
    span: Span  #: Where the paragraph stands in :attr:`Document.text`.


@attrs.frozen(kw_only=True)
class ChromeLine:
    """A line of the page that is not part of any article, and why it was removed.

    >>> line = ChromeLine(text="All news", span=Span(start=0, end=8),
    ...                   reason=ChromeReason.NAVIGATION)
    >>> line.reason.value
    'navigation'
    """

    text: str  #: The line as printed, without surrounding white space.
    span: Span  #: Where the line stands in :attr:`Document.text`.
    reason: ChromeReason  #: Why the line is not part of an article.


@attrs.frozen(kw_only=True)
class Media:
    """A photo caption, a photo credit or an image file name.

    >>> Media(text="An archive photo", span=Span(start=0, end=16), kind=MediaKind.CAPTION).kind
    <MediaKind.CAPTION: 'caption'>
    """

    text: str  #: The line as printed.
    span: Span  #: Where the line stands in :attr:`Document.text`.
    kind: MediaKind  #: Caption, credit or image file name.


@attrs.frozen(kw_only=True)
class Speaker:
    """Who made a :class:`Statement`.

    ``name`` is the full name as first printed in the article, or None where the parser
    cannot tell who spoke: a wrong name is worse than none.

    >>> Speaker(name="Jane Doe", role="Foreign Minister", kind=SpeakerKind.PERSON).name
    'Jane Doe'
    """

    name: str | None  #: The full name as first printed, or None if unknown.
    role: str | None = None  #: The title or function printed with the name.
    kind: SpeakerKind = SpeakerKind.PERSON  #: A person, an institution or a quoted text.


@attrs.frozen(kw_only=True)
class Statement:
    """A quote, a reported statement, or a whole speech.

    ``document.text[span.start:span.end] == text`` always; ``text`` holds the words without
    their quotation marks.

    >>> s = Statement(text="We agree", kind=StatementKind.DIRECT, verb="said",
    ...               speaker=Speaker(name="Jane Doe"), span=Span(start=1, end=9),
    ...               paragraph=0)
    >>> s.speaker.name
    'Jane Doe'
    """

    text: str  #: The words, without quotation marks; ``document.text[span]``.
    kind: StatementKind  #: Direct quote, reported speech, or a whole speech.
    verb: str | None  #: The reporting verb as printed (``said``, ``noted``), or None.
    speaker: Speaker  #: Who made the statement.
    span: Span  #: Where the words stand in :attr:`Document.text`.
    #: Index into :attr:`Article.paragraphs` of the paragraph it starts in; ``-1`` for a
    #: statement in :attr:`Article.subtitle` (the TASS lead line), which is not a paragraph.
    paragraph: int
    attribution: Span | None = None  #: Where the speaker and verb are printed, if anywhere.


@attrs.frozen(kw_only=True)
class Priority:
    """A priority of a member state's chairmanship or presidency of the CSTO.

    >>> p = Priority(rank=1, holder="Belarus", year=2030, summary="resolving crises",
    ...              span=Span(start=0, end=16))
    >>> p.rank, p.holder
    (1, 'Belarus')
    """

    rank: int | None  #: 1, 2, 3 ... from ordinal words or numbers; None if unranked.
    holder: str | None  #: Canonical name of the member state that holds the chairmanship.
    year: int | None  #: The year of that chairmanship, where the page states or implies it.
    summary: str  #: The priority itself, as printed; ``document.text[summary_span]``.
    span: Span  #: The sentence that states the priority.
    summary_span: Span | None = None  #: Where :attr:`summary` is printed.
    details: str | None = None  #: The sentences that explain it, up to the next priority.
    details_span: Span | None = None  #: Where :attr:`details` are printed.
    speaker: Speaker | None = None  #: Who named it: of its statement, or of its series.


@attrs.frozen(kw_only=True)
class Provision:
    """A sentence in which a resolution is the subject: it notes, stresses, welcomes ...

    >>> Provision(verb="notes", text="It notes progress.", span=Span(start=0, end=18)).verb
    'notes'
    """

    verb: str  #: The verb as printed: ``notes``, ``stresses``, ``calls upon`` ...
    text: str  #: The sentence; ``document.text[span] == text``.
    span: Span  #: Where the sentence stands in :attr:`Document.text`.


@attrs.frozen(kw_only=True)
class Resolution:
    """A UN resolution named in an article.

    ``symbol`` is in canonical UN form (``A/RES/75/20``, ``S/RES/2178``), or None for a
    mention that prints no symbol.

    >>> r = Resolution(symbol="A/RES/80/1", body=UNBody.GENERAL_ASSEMBLY, session=80,
    ...                number=1, span=Span(start=0, end=10))
    >>> r.session
    80
    """

    symbol: str | None  #: Canonical UN symbol (``A/RES/75/20``), or None if none printed.
    body: UNBody | None  #: The UN organ, where the page says or the symbol shows.
    span: Span  #: The first mention.
    session: int | None = None  #: The General Assembly session.
    number: int | None = None  #: The resolution's number within its session or series.
    year: int | None = None  #: The year printed with a Security Council symbol.
    title: str | None = None  #: The title as printed.
    title_span: Span | None = None  #: Where it is printed in :attr:`Document.text`.
    adopted: datetime.date | None = None  #: The date of adoption, where printed.
    adopted_span: Span | None = None  #: Where it is printed in :attr:`Document.text`.
    draft: bool = False  #: True for a draft resolution.
    provisions: tuple[Provision, ...] = ()  #: Sentences that say what it notes, stresses ...
    mentions: tuple[Span, ...] = ()  #: Every mention, the first included.
    #: True where the page printed the adoption date without a year (``on 16 May``): the
    #: year is inferred from the article's publication date, as for
    #: :attr:`Event.date_inferred`.
    adopted_inferred: bool = False


@attrs.frozen(kw_only=True)
class PeacekeepingCapability:
    """A fact about peacekeeping forces: personnel, contributions, mechanisms, deployments.

    >>> c = PeacekeepingCapability(kind=PeacekeepingKind.PERSONNEL, description="personnel",
    ...                            quantity=2000, approximate=True,
    ...                            span=Span(start=0, end=20))
    >>> c.quantity
    2000
    """

    kind: PeacekeepingKind  #: What the fact describes.
    description: str  #: The capability as printed: ``mobile hospitals``.
    span: Span  #: The sentence that states it.
    quantity: int | None = None  #: A number printed with it: ``3,000`` becomes 3000.
    approximate: bool = False  #: True for about, some, around, nearly, over, more than.
    force: str | None = None  #: Canonical name, e.g. ``Collective Peacekeeping Forces``.
    place: str | None = None  #: Where the forces were deployed.
    date: datetime.date | None = None  #: When they were deployed.
    date_precision: DatePrecision | None = None  #: How much of :attr:`date` was printed.
    #: True where the page printed no year (``deployed to Aleppo in February``): the year is
    #: inferred from the article's publication date, as for :attr:`Event.date_inferred`.
    date_inferred: bool = False


@attrs.frozen(kw_only=True)
class Mention:
    """A member state or an organization named in an article.

    >>> m = Mention(kind=MentionKind.STATE, name="Armenia", code="ARM", text="Armenian",
    ...             span=Span(start=0, end=8))
    >>> m.code
    'ARM'
    """

    kind: MentionKind  #: A member state or an organization.
    name: str  #: Canonical English name.
    code: str | None  #: ISO 3166-1 alpha-3 for a state, the abbreviation for an organization.
    text: str  #: As printed; ``document.text[span] == text``.
    span: Span  #: Where :attr:`text` stands in :attr:`Document.text`.


@attrs.frozen(kw_only=True)
class Event:
    """A dated event printed in the text: a treaty signed, a memorandum, a meeting.

    >>> e = Event(date=datetime.date(1992, 5, 15), date_precision=DatePrecision.DAY,
    ...           description="treaty signed", span=Span(start=0, end=5))
    >>> e.date.year
    1992
    """

    date: datetime.date  #: When it happened; see :attr:`date_precision`.
    date_precision: DatePrecision  #: How much of the date was printed.
    description: str  #: What happened, as printed; ``document.text[description_span]``.
    span: Span  #: The sentence that reports it.
    place: str | None = None  #: Where it happened, as printed, where the page says.
    description_span: Span | None = None  #: Where :attr:`description` is printed.
    #: True where the page printed no year (``on June 18``, ``in September``): the year is
    #: inferred from the article's publication date and the tense of the sentence.
    date_inferred: bool = False


@attrs.frozen(kw_only=True)
class Article:
    """One item of a page: a news story, a speech, a teaser on a listing page.

    >>> a = Article(id="page/1", kind=ArticleKind.NEWS, title="A title")
    >>> a.paragraphs
    ()
    """

    id: str  #: ``"<document id>/<n>"``, n counting from 1.
    kind: ArticleKind  #: News story, speech, teaser or excerpt.
    title: str | None = None  #: The headline as printed.
    title_span: Span | None = None  #: Where it is printed in :attr:`Document.text`.
    subtitle: str | None = None  #: The lead line under the title (TASS).
    subtitle_span: Span | None = None  #: Where it is printed in :attr:`Document.text`.
    published: Published | None = None  #: A date, or an aware datetime where a time is printed.
    published_inferred: bool = False  #: True where any part of the date was inferred.
    published_span: Span | None = None  #: Where the date (or the part of it) is printed.
    #: Where the page gives the evidence for the inferred part of the date.
    published_evidence: tuple[Span, ...] = ()
    dateline: str | None = None  #: The place as printed: ``MINSK``.
    dateline_span: Span | None = None  #: Where it is printed in :attr:`Document.text`.
    paragraphs: tuple[Paragraph, ...] = ()  #: The body, chrome and dateline removed.
    media: tuple[Media, ...] = ()  #: Captions, credits and image file names.
    statements: tuple[Statement, ...] = ()  #: Quotes, reported statements, speeches.
    priorities: tuple[Priority, ...] = ()  #: Priorities of a CSTO chairmanship.
    resolutions: tuple[Resolution, ...] = ()  #: UN resolutions named in the article.
    peacekeeping: tuple[PeacekeepingCapability, ...] = ()  #: Peacekeeping facts.
    mentions: tuple[Mention, ...] = ()  #: Member states and organizations named.
    events: tuple[Event, ...] = ()  #: Dated events printed in the text.
    span: Span | None = None  #: From the article's first line to its last.

    @property
    def body(self) -> str:
        """The paragraphs joined by blank lines.

        >>> Article(id="p/1", kind=ArticleKind.NEWS, paragraphs=(
        ...     Paragraph(text="A.", span=Span(start=0, end=2)),
        ...     Paragraph(text="B.", span=Span(start=4, end=6)))).body
        'A.\\n\\nB.'
        """
        return "\n\n".join(p.text for p in self.paragraphs)


@attrs.frozen(kw_only=True)
class Document:
    """One page: its decoded text, the articles found in it, and the chrome removed.

    Every span of every item indexes :attr:`text`.

    >>> d = Document(id="page", source=Source.UNKNOWN, text="Hello")
    >>> d.articles
    ()
    """

    id: str  #: The file name without its extension.
    source: Source  #: The outlet, detected from the page's layout.
    text: str  #: The decoded page, line ends normalised to ``\\n``.
    retrieved: datetime.date | None = None  #: The page's own "today" line.
    retrieved_span: Span | None = None  #: Where it is printed in :attr:`Document.text`.
    articles: tuple[Article, ...] = ()  #: The items of the page, in page order.
    chrome: tuple[ChromeLine, ...] = ()  #: Lines removed as site chrome, with the reason.
