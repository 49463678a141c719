"""Hypothesis strategies for the model, page renderers, and an evidence checker.

For tools built on csto_corpus that want to fuzz their own code with realistic values.
This module imports :mod:`hypothesis`, an optional dependency (``pip install
'csto-corpus[testing]'``); ``import csto_corpus`` never imports it.

Three kinds of helpers:

- one strategy per model class (:func:`spans`, :func:`paragraphs`, ... :func:`documents`,
  :func:`corpora`): :func:`documents` builds a page text first and cuts every item out of
  it, so each span points at its evidence, as the parser's do;
- page renderers (:func:`belta_pages`, :func:`tass_pages`, :func:`csto_pages`,
  :func:`pages`): whole pages in each outlet's format, written from generated facts, with
  the facts they state (:class:`RenderedPage`), so a test can check the parser recovers
  each one;
- :func:`evidence_problems`: every span of a document that lies outside its text or does
  not slice out its item's text.

>>> from hypothesis import given, settings
>>> @settings(max_examples=10, database=None)
... @given(documents())
... def check(document):
...     assert evidence_problems(document) == []
>>> check()
"""

from __future__ import annotations

import datetime
import string
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

import attrs
from hypothesis import strategies as st

from csto_corpus.corpus import Corpus
from csto_corpus.model import (
    Article,
    ArticleKind,
    ChromeLine,
    ChromeReason,
    DatePrecision,
    Document,
    Event,
    Excerpt,
    Media,
    MediaKind,
    Mention,
    MentionKind,
    Paragraph,
    PeacekeepingCapability,
    PeacekeepingKind,
    Priority,
    Provision,
    Published,
    Resolution,
    Source,
    Span,
    Speaker,
    SpeakerKind,
    Statement,
    StatementKind,
    UNBody,
)

__all__ = [
    "Body",
    "PersonnelFact",
    "PriorityFact",
    "QuoteFact",
    "RenderedPage",
    "Renderer",
    "ResolutionFact",
    "articles",
    "belta_pages",
    "bodies",
    "chrome_lines",
    "corpora",
    "csto_pages",
    "dates",
    "documents",
    "events",
    "evidence_problems",
    "excerpts",
    "iter_spans",
    "media",
    "mentions",
    "page_texts",
    "pages",
    "paragraphs",
    "peacekeeping_capabilities",
    "personnel_bodies",
    "plain_bodies",
    "priorities",
    "priority_bodies",
    "provisions",
    "published",
    "quote_bodies",
    "resolution_bodies",
    "resolutions",
    "spans",
    "speakers",
    "statements",
    "tass_pages",
    "without_spans",
]

T = TypeVar("T")

# ---------------------------------------------------------------------------------------
# Checking evidence


def iter_spans(value: Any, path: str = "$") -> Iterator[tuple[str, Span, str | None]]:
    """Every span inside ``value`` (any model object), with its JSON path and its claim.

    The claim is the text the span must slice out: the ``text`` field next to a ``span``
    field, the ``title`` field next to ``title_span`` and so on; None where the span has no
    text field beside it (a sentence span, a mention list).

    >>> p = Paragraph(text="Hi", span=Span(start=0, end=2))
    >>> list(iter_spans(p))
    [('$.span', Span(start=0, end=2), 'Hi')]
    """
    if isinstance(value, Span):
        yield path, value, None
        return
    if isinstance(value, (tuple, list)):
        for index, item in enumerate(value):
            yield from iter_spans(item, f"{path}[{index}]")
        return
    if not attrs.has(type(value)):
        return
    for field in attrs.fields(type(value)):
        item = getattr(value, field.name)
        item_path = f"{path}.{field.name}"
        if isinstance(item, Span):
            partner = "text" if field.name == "span" else field.name.removesuffix("_span")
            claim = getattr(value, partner, None) if partner != field.name else None
            yield item_path, item, claim if isinstance(claim, str) else None
        else:
            yield from iter_spans(item, item_path)


def evidence_problems(document: Document) -> list[str]:
    """What is wrong with the spans of ``document``: empty if every span is evidence.

    A span is evidence if ``0 <= start <= end <= len(text)`` and, where its item has a text
    field (see :func:`iter_spans`), ``text[start:end]`` equals it exactly.

    >>> doc = Document(id="p", source=Source.UNKNOWN, text="Hello", chrome=(
    ...     ChromeLine(text="Help", span=Span(start=0, end=4),
    ...                reason=ChromeReason.NAVIGATION),))
    >>> evidence_problems(doc)
    ["$.chrome[0].span: slices out 'Hell', not 'Help'"]
    """
    problems: list[str] = []
    limit = len(document.text)
    for path, span, claim in iter_spans(document):
        if not 0 <= span.start <= span.end <= limit:
            problems.append(f"{path}: [{span.start}, {span.end}) outside the text of {limit}")
        elif claim is not None and document.text[span.start : span.end] != claim:
            evidence = document.text[span.start : span.end]
            problems.append(f"{path}: slices out {evidence!r}, not {claim!r}")
    return problems


def without_spans(value: Any, text: Callable[[str], str] = lambda string: string) -> Any:
    """``value`` (a model object) as plain data with every span left out: its facts only.

    Two parses of the same page with lines moved about have equal facts and different
    spans. ``text`` maps every string, to compare modulo, say, the kind of quotation marks.

    >>> without_spans(Paragraph(text="Hi", span=Span(start=3, end=5)), str.upper)
    {'text': 'HI'}
    """
    if isinstance(value, str):
        return text(value)
    if isinstance(value, (tuple, list)):
        return [without_spans(item, text) for item in value if not isinstance(item, Span)]
    if not attrs.has(type(value)):
        return value
    facts: dict[str, Any] = {}
    for field in attrs.fields(type(value)):
        item = getattr(value, field.name)
        if isinstance(item, Span) or field.name == "span" or field.name.endswith("_span"):
            continue
        if isinstance(item, tuple) and item and all(isinstance(i, Span) for i in item):
            continue
        facts[field.name] = without_spans(item, text)
    return facts


# ---------------------------------------------------------------------------------------
# Strategies for the model classes
#
# The free-standing strategies (a span, a speaker) make values of any shape; the
# document strategy makes consistent ones, whose items are cut out of the page text.

_TEXT_ALPHABET = st.characters(
    codec="utf-8", exclude_categories=["Cs"], exclude_characters="\x00\r"
)
_WORDS = st.text(_TEXT_ALPHABET, min_size=0, max_size=40)
_SHORT = st.text(string.ascii_letters + " '-", min_size=1, max_size=30)
_FREE_SPAN_END = 10_000  # Spans of free-standing items (no text given) end before this.
_SYMBOLS = st.from_regex(r"\A(?:A/RES/[1-9]\d?/[1-9]\d{0,2}|S/RES/[1-9]\d{0,3})\Z")
_VERB_WORDS = st.sampled_from(("said", "noted", "added", "stressed", "reads"))
_PROVISION_VERBS = st.sampled_from(("notes", "stresses", "welcomes", "commends", "calls upon"))

_OPTIONAL_SHORT = st.none() | _SHORT
_CHROME_REASONS = st.sampled_from(ChromeReason)
_MEDIA_KINDS = st.sampled_from(MediaKind)
_SPEAKER_KINDS = st.sampled_from(SpeakerKind)
_STATEMENT_KINDS = st.sampled_from(StatementKind)
_OPTIONAL_VERBS = st.none() | _VERB_WORDS
_RANKS = st.none() | st.integers(1, 20)
_YEARS = st.none() | st.integers(1946, 2099)
_OPTIONAL_SYMBOLS = st.none() | _SYMBOLS
_BODIES = st.none() | st.sampled_from(UNBody)
_SESSIONS = st.none() | st.integers(1, 99)
_NUMBERS = st.none() | st.integers(1, 3000)
_PEACEKEEPING_KINDS = st.sampled_from(PeacekeepingKind)
_QUANTITIES = st.none() | st.integers(0, 10**6)
_FORCES = st.none() | st.just("Collective Peacekeeping Forces")
_PRECISIONS = st.sampled_from(DatePrecision)
_MENTION_KINDS = st.sampled_from(MentionKind)
_CODES = st.none() | st.text(string.ascii_uppercase, min_size=2, max_size=5)
_ARTICLE_NUMBERS = st.integers(1, 50)
_ARTICLE_KINDS = st.sampled_from(ArticleKind)
_SOURCES = st.sampled_from(Source)

# The strategies below share draw helpers that take the page text (or None): building
# strategy objects for every generated document would cost more than drawing the values.


def _draw_span(draw: st.DrawFn, text: str | None) -> Span:
    limit = _FREE_SPAN_END if text is None else len(text)
    first, second = draw(st.integers(0, limit)), draw(st.integers(0, limit))
    return Span(start=min(first, second), end=max(first, second))


def _draw_piece(draw: st.DrawFn, text: str | None) -> tuple[str, Span]:
    span = _draw_span(draw, text)
    if text is None:
        return draw(_WORDS), span
    return text[span.start : span.end], span


def _draw_optional_piece(draw: st.DrawFn, text: str | None) -> tuple[str | None, Span | None]:
    return _draw_piece(draw, text) if draw(st.booleans()) else (None, None)


def _draw_optional_span(draw: st.DrawFn, text: str | None) -> Span | None:
    return _draw_span(draw, text) if draw(st.booleans()) else None


def _draw_many(
    draw: st.DrawFn, item: Callable[[st.DrawFn, str | None], T], text: str | None, most: int = 3
) -> tuple[T, ...]:
    return tuple(item(draw, text) for _ in range(draw(st.integers(0, most))))


def _strategy(item: Callable[[st.DrawFn, str | None], T], text: str | None) -> st.SearchStrategy[T]:
    return st.composite(lambda draw: item(draw, text))()


def spans(max_end: int = _FREE_SPAN_END) -> st.SearchStrategy[Span]:
    """A span with ``0 <= start <= end <= max_end``.

    >>> from hypothesis import find
    >>> find(spans(), lambda span: len(span) > 3) == Span(start=0, end=4)
    True
    """
    return st.tuples(st.integers(0, max_end), st.integers(0, max_end)).map(
        lambda pair: Span(start=min(pair), end=max(pair))
    )


def dates(
    min_value: datetime.date = datetime.date(1992, 1, 1),
    max_value: datetime.date = datetime.date(2099, 12, 31),
) -> st.SearchStrategy[datetime.date]:
    """A calendar date in the years the corpus covers (the CSTO's treaty was signed in 1992).

    >>> from hypothesis import find
    >>> find(dates(), lambda d: d.year > 2000).year
    2001
    """
    return st.dates(min_value=min_value, max_value=max_value)


_DATES = dates()


def _aware(day: datetime.date, hour: int, minute: int, offset: int) -> datetime.datetime:
    zone = datetime.timezone(datetime.timedelta(hours=offset))
    return datetime.datetime(day.year, day.month, day.day, hour, minute, tzinfo=zone)


def published() -> st.SearchStrategy[Published]:
    """A publication date: a date, or a timezone-aware datetime to the minute.

    >>> from hypothesis import find
    >>> find(published(), lambda p: isinstance(p, datetime.datetime)).tzinfo is not None
    True
    """
    aware = st.builds(_aware, _DATES, st.integers(0, 23), st.integers(0, 59), st.integers(-12, 14))
    return st.one_of(_DATES, aware)


_PUBLISHED = published()
_OPTIONAL_PUBLISHED = st.none() | _PUBLISHED
_OPTIONAL_DATES = st.none() | _DATES


def _draw_excerpt(draw: st.DrawFn, text: str | None) -> Excerpt:
    piece, span = _draw_piece(draw, text)
    return Excerpt(text=piece, span=span)


def excerpts(text: str | None = None) -> st.SearchStrategy[Excerpt]:
    """An :class:`~csto_corpus.model.Excerpt`, cut out of ``text`` when given: evidence in it.

    >>> from hypothesis import find
    >>> find(excerpts("MINSK"), lambda e: len(e.text) == 5)
    Excerpt(text='MINSK', span=Span(start=0, end=5))
    """
    return _strategy(_draw_excerpt, text)


def _draw_paragraph(draw: st.DrawFn, text: str | None) -> Paragraph:
    piece, span = _draw_piece(draw, text)
    return Paragraph(text=piece, span=span)


def paragraphs(text: str | None = None) -> st.SearchStrategy[Paragraph]:
    """A :class:`~csto_corpus.model.Paragraph`; cut out of ``text`` when given.

    >>> from hypothesis import find
    >>> find(paragraphs("A. B."), lambda p: p.text == "B.").span
    Span(start=3, end=5)
    """
    return _strategy(_draw_paragraph, text)


def _draw_chrome_line(draw: st.DrawFn, text: str | None) -> ChromeLine:
    piece, span = _draw_piece(draw, text)
    return ChromeLine(text=piece, span=span, reason=draw(_CHROME_REASONS))


def chrome_lines(text: str | None = None) -> st.SearchStrategy[ChromeLine]:
    """A :class:`~csto_corpus.model.ChromeLine` with any reason; cut out of ``text`` when given.

    >>> from hypothesis import find
    >>> find(chrome_lines("Go back"), lambda c: c.text == "Go back").span
    Span(start=0, end=7)
    """
    return _strategy(_draw_chrome_line, text)


def _draw_media(draw: st.DrawFn, text: str | None) -> Media:
    piece, span = _draw_piece(draw, text)
    return Media(text=piece, span=span, kind=draw(_MEDIA_KINDS))


def media(text: str | None = None) -> st.SearchStrategy[Media]:
    """A :class:`~csto_corpus.model.Media` line of any kind; cut out of ``text`` when given.

    >>> from hypothesis import find
    >>> find(media(), lambda m: m.kind is MediaKind.CREDIT).kind
    <MediaKind.CREDIT: 'credit'>
    """
    return _strategy(_draw_media, text)


def _draw_speaker(draw: st.DrawFn) -> Speaker:
    return Speaker(
        name=draw(_OPTIONAL_SHORT),
        role=draw(_OPTIONAL_SHORT),
        kind=draw(_SPEAKER_KINDS),
    )


def speakers() -> st.SearchStrategy[Speaker]:
    """A :class:`~csto_corpus.model.Speaker`, name and role possibly None.

    >>> from hypothesis import find
    >>> find(speakers(), lambda s: s.name is None).name is None
    True
    """
    return st.composite(_draw_speaker)()


def _draw_statement(draw: st.DrawFn, text: str | None, paragraph_count: int = 5) -> Statement:
    piece, span = _draw_piece(draw, text)
    return Statement(
        text=piece,
        span=span,
        kind=draw(_STATEMENT_KINDS),
        verb=draw(_OPTIONAL_VERBS),
        speaker=_draw_speaker(draw),
        paragraph=draw(st.integers(0, max(0, paragraph_count - 1))),
        attribution=_draw_optional_span(draw, text),
    )


def statements(text: str | None = None, paragraph_count: int = 5) -> st.SearchStrategy[Statement]:
    """A :class:`~csto_corpus.model.Statement`; its words cut out of ``text`` when given.

    >>> from hypothesis import find
    >>> find(statements("We agree"), lambda s: s.text == "We agree").span
    Span(start=0, end=8)
    """
    return st.composite(lambda draw: _draw_statement(draw, text, paragraph_count))()


def _draw_priority(draw: st.DrawFn, text: str | None) -> Priority:
    summary, summary_span = _draw_piece(draw, text)
    details, details_span = _draw_optional_piece(draw, text)
    return Priority(
        rank=draw(_RANKS),
        holder=draw(_OPTIONAL_SHORT),
        year=draw(_YEARS),
        summary=summary,
        summary_span=summary_span,
        span=_draw_span(draw, text),
        details=details,
        details_span=details_span,
        speaker=_draw_speaker(draw) if draw(st.booleans()) else None,
    )


def priorities(text: str | None = None) -> st.SearchStrategy[Priority]:
    """A :class:`~csto_corpus.model.Priority`; summary and details cut out of ``text`` when given.

    >>> from hypothesis import find
    >>> find(priorities(), lambda p: p.rank == 3).rank
    3
    """
    return _strategy(_draw_priority, text)


def _draw_provision(draw: st.DrawFn, text: str | None) -> Provision:
    piece, span = _draw_piece(draw, text)
    return Provision(verb=draw(_PROVISION_VERBS), text=piece, span=span)


def provisions(text: str | None = None) -> st.SearchStrategy[Provision]:
    """A :class:`~csto_corpus.model.Provision`; its sentence cut out of ``text`` when given.

    >>> from hypothesis import find
    >>> find(provisions(), lambda p: p.verb == "welcomes").verb
    'welcomes'
    """
    return _strategy(_draw_provision, text)


def _draw_resolution(draw: st.DrawFn, text: str | None) -> Resolution:
    first = _draw_span(draw, text)
    title, title_span = _draw_optional_piece(draw, text)
    adopted = draw(_DATES) if draw(st.booleans()) else None
    return Resolution(
        symbol=draw(_OPTIONAL_SYMBOLS),
        body=draw(_BODIES),
        span=first,
        session=draw(_SESSIONS),
        number=draw(_NUMBERS),
        year=draw(_YEARS),
        title=title,
        title_span=title_span,
        adopted=adopted,
        adopted_span=_draw_span(draw, text) if adopted is not None else None,
        draft=draw(st.booleans()),
        provisions=_draw_many(draw, _draw_provision, text),
        mentions=(first, *_draw_many(draw, _draw_span, text)),
        adopted_inferred=adopted is not None and draw(st.booleans()),
    )


def resolutions(text: str | None = None) -> st.SearchStrategy[Resolution]:
    """A :class:`~csto_corpus.model.Resolution`; its spans inside ``text`` when given.

    >>> from hypothesis import find
    >>> find(resolutions(), lambda r: r.body is UNBody.SECURITY_COUNCIL).body.value
    'security_council'
    """
    return _strategy(_draw_resolution, text)


def _draw_peacekeeping(draw: st.DrawFn, text: str | None) -> PeacekeepingCapability:
    dated = draw(st.booleans())
    return PeacekeepingCapability(
        kind=draw(_PEACEKEEPING_KINDS),
        description=draw(_SHORT),
        span=_draw_span(draw, text),
        quantity=draw(_QUANTITIES),
        approximate=draw(st.booleans()),
        force=draw(_FORCES),
        place=draw(_OPTIONAL_SHORT),
        date=draw(_DATES) if dated else None,
        date_precision=draw(_PRECISIONS) if dated else None,
    )


def peacekeeping_capabilities(
    text: str | None = None,
) -> st.SearchStrategy[PeacekeepingCapability]:
    """A :class:`~csto_corpus.model.PeacekeepingCapability`; its span inside ``text`` when given.

    >>> from hypothesis import find
    >>> find(peacekeeping_capabilities(), lambda c: (c.quantity or 0) > 1000).quantity
    1001
    """
    return _strategy(_draw_peacekeeping, text)


def _draw_mention(draw: st.DrawFn, text: str | None) -> Mention:
    piece, span = _draw_piece(draw, text)
    return Mention(
        kind=draw(_MENTION_KINDS),
        name=draw(_SHORT),
        code=draw(_CODES),
        text=piece,
        span=span,
    )


def mentions(text: str | None = None) -> st.SearchStrategy[Mention]:
    """A :class:`~csto_corpus.model.Mention`; as printed, cut out of ``text`` when given.

    >>> from hypothesis import find
    >>> find(mentions(), lambda m: m.kind is MentionKind.STATE).kind.value
    'state'
    """
    return _strategy(_draw_mention, text)


def _draw_event(draw: st.DrawFn, text: str | None) -> Event:
    return Event(
        date=draw(_DATES),
        date_precision=draw(_PRECISIONS),
        description=draw(_SHORT),
        span=_draw_span(draw, text),
        place=draw(_OPTIONAL_SHORT),
    )


def events(text: str | None = None) -> st.SearchStrategy[Event]:
    """An :class:`~csto_corpus.model.Event`; its span inside ``text`` when given.

    >>> from hypothesis import find
    >>> find(events(), lambda e: e.date_precision is DatePrecision.YEAR).date_precision.value
    'year'
    """
    return _strategy(_draw_event, text)


def _draw_article(draw: st.DrawFn, text: str | None, document_id: str = "page") -> Article:
    title, title_span = _draw_optional_piece(draw, text)
    subtitle, subtitle_span = _draw_optional_piece(draw, text)
    dateline, dateline_span = _draw_optional_piece(draw, text)
    found = _draw_many(draw, _draw_paragraph, text)
    count = len(found)
    return Article(
        id=f"{document_id}/{draw(_ARTICLE_NUMBERS)}",
        kind=draw(_ARTICLE_KINDS),
        title=title,
        title_span=title_span,
        subtitle=subtitle,
        subtitle_span=subtitle_span,
        published=draw(_OPTIONAL_PUBLISHED),
        published_inferred=draw(st.booleans()),
        published_span=_draw_optional_span(draw, text),
        published_evidence=_draw_many(draw, _draw_span, text, most=2),
        dateline=dateline,
        dateline_span=dateline_span,
        paragraphs=found,
        media=_draw_many(draw, _draw_media, text, most=2),
        statements=_draw_many(draw, lambda d, t: _draw_statement(d, t, count), text),
        priorities=_draw_many(draw, _draw_priority, text, most=2),
        resolutions=_draw_many(draw, _draw_resolution, text, most=2),
        peacekeeping=_draw_many(draw, _draw_peacekeeping, text, most=2),
        mentions=_draw_many(draw, _draw_mention, text),
        events=_draw_many(draw, _draw_event, text, most=2),
        span=_draw_optional_span(draw, text),
    )


def articles(text: str | None = None, document_id: str = "page") -> st.SearchStrategy[Article]:
    """An :class:`~csto_corpus.model.Article` with every kind of fact, cut out of ``text``.

    >>> from hypothesis import find
    >>> find(articles("A title"), lambda a: a.title == "A title").title_span
    Span(start=0, end=7)
    """
    return st.composite(lambda draw: _draw_article(draw, text, document_id))()


def page_texts(max_size: int = 400) -> st.SearchStrategy[str]:
    """Page text as :func:`csto_corpus.parse` leaves it: any characters but NUL and CR.

    >>> from hypothesis import find
    >>> "\\r" in find(page_texts(), lambda t: len(t) > 20)
    False
    """
    return st.text(_TEXT_ALPHABET, max_size=max_size)


_PAGE_TEXTS = page_texts()
_DOCUMENT_IDS = st.sampled_from(("page", "000_belta", "tass-2019", "x"))


@st.composite
def documents(draw: st.DrawFn, text: st.SearchStrategy[str] | None = None) -> Document:
    """A consistent :class:`~csto_corpus.model.Document`: every item is cut out of its text.

    So ``document.text[span.start:span.end]`` is each item's text, as with parsed pages,
    and :func:`~csto_corpus.serialize.loads` accepts its :func:`~csto_corpus.serialize.dumps`.

    :param text: the strategy for the page text; :func:`page_texts` by default.

    >>> from hypothesis import find
    >>> doc = find(documents(), lambda d: len(d.articles) > 1)
    >>> [article.id for article in doc.articles]
    ['page/1', 'page/2']
    """
    page = draw(text if text is not None else _PAGE_TEXTS)
    document_id = draw(_DOCUMENT_IDS)
    found = [_draw_article(draw, page, document_id) for _ in range(draw(st.integers(0, 3)))]
    return Document(
        id=document_id,
        source=draw(_SOURCES),
        text=page,
        retrieved=draw(_OPTIONAL_DATES),
        retrieved_span=_draw_optional_span(draw, page),
        articles=tuple(
            attrs.evolve(article, id=f"{document_id}/{number}")
            for number, article in enumerate(found, start=1)
        ),
        chrome=_draw_many(draw, _draw_chrome_line, page),
    )


def corpora(max_documents: int = 3) -> st.SearchStrategy[Corpus]:
    """A :class:`~csto_corpus.corpus.Corpus` of consistent documents with distinct ids.

    >>> from hypothesis import find
    >>> len(find(corpora(), lambda c: len(c) == 2))
    2
    """
    return st.lists(
        documents(), max_size=max_documents, unique_by=lambda document: document.id
    ).map(Corpus.from_documents)


# ---------------------------------------------------------------------------------------
# Rendering whole pages from generated facts
#
# A renderer writes a page line by line, each line tagged with its role, and records the
# facts the page states. Tests parse ``page.text`` and check the parser recovers each fact;
# metamorphic tests change the lines (drop navigation, add trailing spaces ...) through
# :meth:`RenderedPage.with_lines`. Vocabulary is neutral: no reporting verbs, ordinals,
# numbers, dates, quotation marks or first-person words outside the facts that need them.

_WORDS_VOCABULARY = (
    "regional", "security", "cooperation", "organization", "members", "council", "delegates",
    "mechanisms", "stability", "partners", "questions", "agenda", "joint", "efforts", "work",
    "development", "experts", "border", "areas", "measures", "training", "exercises",
    "structures", "programme", "dialogue", "interaction", "coordination", "practical",
    "international", "collective", "threats", "challenges", "meeting", "consultations",
    "participants", "forces", "staff", "approaches", "proposals", "issues", "framework",
    "capacity", "analysis", "information", "secretariat", "ministries", "agencies",
)  # fmt: skip
_LINKS = ("and", "of", "for", "with", "in", "on", "to", "the", "across", "within")
_PLACES = (
    "MOSCOW", "MINSK", "ASTANA", "BISHKEK", "DUSHANBE", "YEREVAN", "NEW YORK", "GENEVA",
    "UNITED NATIONS", "ST. PETERSBURG", "NUR-SULTAN", "ALMATY",
)  # fmt: skip
_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_GIVEN_NAMES = ("Anna", "Timur", "Olga", "Marat", "Irina", "Daniyar", "Elena", "Ruslan")
_SYLLABLES = ("ka", "ro", "mi", "sha", "lev", "dor", "tan", "bek", "ov", "in", "ya", "sur")
_ROLES = (
    "Foreign Minister", "Deputy Foreign Minister", "Defence Minister", "Chief of the General Staff",
    "Secretary of the Security Council", "Permanent Representative", "Ambassador",
    "Chairman of the Standing Committee on International Affairs",
)  # fmt: skip
#: The CSTO member states, for chairmanships and roles: general knowledge.
_STATES = ("Armenia", "Belarus", "Kazakhstan", "Kyrgyzstan", "Russia", "Tajikistan")
_NAVIGATION = {
    Source.BELTA: ("Projects", "Services", "Government Bodies", "All news"),
    Source.TASS: ("All news",),
    Source.CSTO: ("Go back", "Back to the section", "Back to the all news"),
    Source.UNKNOWN: (),
}


@attrs.frozen(kw_only=True)
class QuoteFact:
    """A direct quote a rendered page states: its words, speaker and reporting verb.

    >>> QuoteFact(text="We agree", speaker="Anna Kamirov", verb="said").speaker
    'Anna Kamirov'
    """

    text: str  #: The words between the quotation marks.
    speaker: str | None  #: The full name the parser should resolve, None if nobody.
    role: str | None = None
    verb: str | None = None


@attrs.frozen(kw_only=True)
class PriorityFact:
    """A ranked chairmanship priority a rendered page states.

    >>> PriorityFact(rank=2, holder="Armenia", year=2031, summary="border security").rank
    2
    """

    rank: int | None
    holder: str
    year: int | None
    summary: str


@attrs.frozen(kw_only=True)
class ResolutionFact:
    """A UN resolution a rendered page names, in canonical form.

    >>> ResolutionFact(symbol="S/RES/2417", body=UNBody.SECURITY_COUNCIL).body.value
    'security_council'
    """

    symbol: str
    body: UNBody


@attrs.frozen(kw_only=True)
class PersonnelFact:
    """A head count of peacekeeping forces a rendered page states.

    >>> PersonnelFact(quantity=4200, approximate=True).quantity
    4200
    """

    quantity: int
    approximate: bool


@attrs.frozen(kw_only=True)
class Body:
    """An article body: its paragraphs and the facts they state.

    >>> Body(paragraphs=("Joint work goes on.",)).quotes
    ()
    """

    paragraphs: tuple[str, ...]
    quotes: tuple[QuoteFact, ...] = ()
    priorities: tuple[PriorityFact, ...] = ()
    resolutions: tuple[ResolutionFact, ...] = ()
    personnel: tuple[PersonnelFact, ...] = ()

    def __add__(self, other: Body) -> Body:
        return Body(
            paragraphs=self.paragraphs + other.paragraphs,
            quotes=self.quotes + other.quotes,
            priorities=self.priorities + other.priorities,
            resolutions=self.resolutions + other.resolutions,
            personnel=self.personnel + other.personnel,
        )


@attrs.frozen(kw_only=True)
class RenderedPage:
    """A page written in an outlet's format, with what the parser should find in it.

    ``lines`` are ``(role, line)`` pairs; roles name the part of the layout: ``navigation``,
    ``retrieved``, ``section``, ``weather``, ``timestamp``, ``title``, ``subtitle``,
    ``caption``, ``credit``, ``date``, ``promo``, ``dateline`` (the first paragraph, with
    the dateline), ``paragraph``, ``footer`` and ``blank``.

    >>> page = RenderedPage(source=Source.UNKNOWN, lines=(("title", "A title"),
    ...     ("blank", ""), ("paragraph", "Joint work goes on.")),
    ...     kind=ArticleKind.NEWS, title="A title", body=Body(paragraphs=("Joint work goes on.",)))
    >>> page.text
    'A title\\n\\nJoint work goes on.'
    """

    source: Source
    lines: tuple[tuple[str, str], ...]
    kind: ArticleKind
    title: str | None
    body: Body
    subtitle: str | None = None
    dateline: str | None = None
    published: Published | None = None
    published_inferred: bool = False
    retrieved: datetime.date | None = None
    media: tuple[tuple[MediaKind, str], ...] = ()
    speaker: Speaker | None = None  #: Who gives the speech, on a speech page.

    @property
    def text(self) -> str:
        """The page: its lines joined by ``\\n``."""
        return "\n".join(line for _, line in self.lines)

    def with_lines(self, lines: Sequence[tuple[str, str]]) -> RenderedPage:
        """The same page, facts and all, with other lines (for metamorphic tests).

        >>> page = RenderedPage(source=Source.UNKNOWN, lines=(("title", "T"),),
        ...                     kind=ArticleKind.NEWS, title="T", body=Body(paragraphs=()))
        >>> page.with_lines([("title", "T "), ("blank", "")]).text
        'T \\n'
        """
        return attrs.evolve(self, lines=tuple(lines))


#: A strategy for an article body with facts, which a page renderer lays out.
Renderer = Callable[[], st.SearchStrategy[Body]]


def _sentence_words(draw: st.DrawFn, low: int = 5, high: int = 14) -> str:
    count = draw(st.integers(low, high))
    words = [
        draw(st.sampled_from(_WORDS_VOCABULARY if index % 2 == 0 else _LINKS))
        for index in range(count)
    ]
    if words[-1] in _LINKS:
        words[-1] = draw(st.sampled_from(_WORDS_VOCABULARY))
    return " ".join(words)


@st.composite
def _sentence(draw: st.DrawFn) -> str:
    words = _sentence_words(draw)
    return words[0].upper() + words[1:] + "."


@st.composite
def _plain_paragraph(draw: st.DrawFn) -> str:
    return " ".join(draw(st.lists(_sentence(), min_size=1, max_size=4)))


@st.composite
def _title(draw: st.DrawFn) -> str:
    words = _sentence_words(draw, 3, 10)
    return words[0].upper() + words[1:]


@st.composite
def _person(draw: st.DrawFn) -> tuple[str, str]:
    """A made-up full name and its surname."""
    parts = draw(st.lists(st.sampled_from(_SYLLABLES), min_size=2, max_size=3))
    surname = "".join(parts).capitalize() + draw(st.sampled_from(("ov", "enko", "yan", "bayev")))
    return f"{draw(st.sampled_from(_GIVEN_NAMES))} {surname}", surname


def plain_bodies(min_paragraphs: int = 1, max_paragraphs: int = 6) -> st.SearchStrategy[Body]:
    """A body of neutral paragraphs that state no facts.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5, database=None)
    ... @given(plain_bodies())
    ... def check(body):
    ...     assert body.paragraphs and not body.quotes
    >>> check()
    """
    return st.lists(_plain_paragraph(), min_size=min_paragraphs, max_size=max_paragraphs).map(
        lambda found: Body(paragraphs=tuple(found))
    )


_QUOTE_MARKS = (("\u201c", "\u201d"), ('"', '"'), ("\u00ab", "\u00bb"), ("\u201e", "\u201c"))
_VERBS = ("said", "noted", "added", "stressed", "emphasized", "explained")


@st.composite
def quote_bodies(draw: st.DrawFn) -> Body:
    """Paragraphs quoting one speaker in the shapes pages print, with the quotes they hold.

    The speaker is introduced with a role (``Foreign Minister of Armenia Anna Kamirov
    said that ...``); later quotes name them by full name, surname, ``the minister`` or
    ``he``/``she``. Shapes: a quote before its attribution, one interrupted by it, one
    introduced by a colon, and a partial quote inside a sentence.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5, database=None)
    ... @given(quote_bodies())
    ... def check(body):
    ...     assert len({quote.speaker for quote in body.quotes}) == 1
    >>> check()
    """
    name, surname = draw(_person())
    role = f"{draw(st.sampled_from(_ROLES))} of {draw(st.sampled_from(_STATES))}"
    opening, closing = draw(st.sampled_from(_QUOTE_MARKS))
    paragraphs = [f"{role} {name} said that {_lower(draw(_sentence()))}"]
    quotes: list[QuoteFact] = []
    for _ in range(draw(st.integers(1, 4))):
        shape = draw(st.sampled_from(("before", "interrupted", "colon", "partial")))
        verb = draw(st.sampled_from(_VERBS))
        who = draw(st.sampled_from((name, surname)))
        words = draw(_sentence())[:-1]
        if shape == "before":
            paragraphs.append(f"{opening}{words},{closing} {who} {verb}.")
            quotes.append(QuoteFact(text=f"{words},", speaker=name, role=role, verb=verb))
        elif shape == "interrupted":
            more = draw(_sentence())
            paragraphs.append(f"{opening}{words},{closing} {who} {verb}. {opening}{more}{closing}")
            quotes.append(QuoteFact(text=f"{words},", speaker=name, role=role, verb=verb))
            quotes.append(QuoteFact(text=more, speaker=name, role=role, verb=verb))
        elif shape == "colon":
            lead = draw(_sentence())[:-1]
            paragraphs.append(f"According to {who}, {_lower(lead)}: {opening}{words}.{closing}")
            quotes.append(QuoteFact(text=f"{words}.", speaker=name, role=role, verb=None))
        else:
            lead = _sentence_words(draw, 2, 4).capitalize()
            paragraphs.append(f"{lead} {opening}{_lower(words)},{closing} {who} {verb}.")
            quotes.append(QuoteFact(text=f"{_lower(words)},", speaker=name, role=role, verb=verb))
    return Body(paragraphs=tuple(paragraphs), quotes=tuple(quotes))


def _lower(sentence: str) -> str:
    return sentence[:1].lower() + sentence[1:]


_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth")


@st.composite
def priority_bodies(draw: st.DrawFn) -> Body:
    """Paragraphs naming a chairmanship's ranked priorities, one a paragraph.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5, database=None)
    ... @given(priority_bodies())
    ... def check(body):
    ...     assert [p.rank for p in body.priorities] == list(range(1, len(body.priorities) + 1))
    >>> check()
    """
    holder = draw(st.sampled_from(_STATES))
    year = draw(st.integers(2025, 2060))
    count = draw(st.integers(1, len(_ORDINALS)))
    paragraphs = [
        f"{holder} holds the chairmanship of the organization in {year}. "
        f"{_sentence_words(draw).capitalize()}."
    ]
    found: list[PriorityFact] = []
    for rank in range(1, count + 1):
        summary = _sentence_words(draw, 3, 8)
        form = draw(st.integers(0, 1))
        if form == 0:
            text = f"The {_ORDINALS[rank - 1]} priority of {holder}'s chairmanship is {summary}."
        else:
            text = f"The {_ORDINALS[rank - 1]} priority is {summary}."
        paragraphs.append(f"{text} {draw(_sentence())}")
        found.append(PriorityFact(rank=rank, holder=holder, year=year, summary=summary))
    return Body(paragraphs=tuple(paragraphs), priorities=tuple(found))


@st.composite
def resolution_bodies(draw: st.DrawFn) -> Body:
    """Paragraphs naming UN resolutions in the forms of the UN symbol grammar.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5, database=None)
    ... @given(resolution_bodies())
    ... def check(body):
    ...     assert all("/RES/" in r.symbol for r in body.resolutions)
    >>> check()
    """
    paragraphs: list[str] = []
    found: list[ResolutionFact] = []
    for _ in range(draw(st.integers(1, 3))):
        if draw(st.booleans()):
            session, number = draw(st.integers(40, 99)), draw(st.integers(1, 350))
            symbol = f"A/RES/{session}/{number}"
            printed = draw(
                st.sampled_from(
                    (symbol, f"resolution {session}/{number}", f"resolution ({symbol})")
                )
            )
            paragraphs.append(
                f"The General Assembly adopted {printed} on {_sentence_words(draw, 3, 6)}."
            )
            found.append(ResolutionFact(symbol=symbol, body=UNBody.GENERAL_ASSEMBLY))
        else:
            number, year = draw(st.integers(1000, 2999)), draw(st.integers(1995, 2060))
            symbol = f"S/RES/{number}"
            printed = draw(st.sampled_from((f"{symbol} ({year})", f"{symbol}({year})")))
            paragraphs.append(
                f"The Security Council resolution {printed} concerns {_sentence_words(draw, 3, 6)}."
            )
            found.append(ResolutionFact(symbol=symbol, body=UNBody.SECURITY_COUNCIL))
    return Body(paragraphs=tuple(paragraphs), resolutions=tuple(found))


_NUMBER_WORDS = {2000: "two thousand", 3000: "three thousand", 5000: "five thousand"}


@st.composite
def personnel_bodies(draw: st.DrawFn) -> Body:
    """A paragraph giving the head count of the peacekeeping forces, printed as pages do.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5, database=None)
    ... @given(personnel_bodies())
    ... def check(body):
    ...     assert body.personnel[0].quantity >= 100
    >>> check()
    """
    quantity = draw(st.integers(100, 20_000))
    printed = draw(
        st.sampled_from((f"{quantity:,}", f"{quantity:,}".replace(",", " "), str(quantity)))
    )
    if quantity in _NUMBER_WORDS and draw(st.booleans()):
        printed = _NUMBER_WORDS[quantity]
    qualifier = draw(st.sampled_from(("about ", "some ", "around ", "")))
    paragraph = (
        f"The Collective Peacekeeping Forces number {qualifier}{printed} personnel. "
        f"{draw(_sentence())}"
    )
    return Body(
        paragraphs=(paragraph,),
        personnel=(PersonnelFact(quantity=quantity, approximate=bool(qualifier)),),
    )


def bodies(*renderers: Renderer) -> st.SearchStrategy[Body]:
    """A body made of plain paragraphs and the facts of each renderer, in a random order.

    :param renderers: fact renderers such as :func:`quote_bodies`; none gives plain text.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5, database=None)
    ... @given(bodies(personnel_bodies))
    ... def check(body):
    ...     assert len(body.personnel) == 1
    >>> check()
    """

    @st.composite
    def build(draw: st.DrawFn) -> Body:
        parts = [draw(plain_bodies(1, 3))]
        parts.extend(draw(renderer()) for renderer in renderers)
        order = draw(st.permutations(range(1, len(parts))))
        body = parts[0]
        for index in order:
            body = body + parts[index]
        return body

    return build()


def _blank() -> tuple[str, str]:
    return ("blank", "")


def _article_date(draw: st.DrawFn) -> datetime.date:
    return draw(dates(datetime.date(2000, 1, 1), datetime.date(2060, 12, 31)))


@st.composite
def belta_pages(draw: st.DrawFn, body: st.SearchStrategy[Body] | None = None) -> RenderedPage:
    """A BelTA article page, with ``body`` (plain paragraphs by default).

    Menus, the "today" line, the section, the time stamp, the title, perhaps a caption,
    the ``MINSK, 17 February (BelTA) -`` dateline, the paragraphs, a social footer.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5, database=None)
    ... @given(belta_pages())
    ... def check(page):
    ...     assert page.source is Source.BELTA and "(BelTA)" in page.text
    >>> check()
    """
    content = draw(body if body is not None else bodies())
    day = _article_date(draw)
    stamp = datetime.datetime(
        day.year, day.month, day.day, draw(st.integers(0, 23)), draw(st.integers(0, 59)),
        tzinfo=datetime.timezone(datetime.timedelta(hours=3)),
    )  # fmt: skip
    today = day + datetime.timedelta(days=draw(st.integers(0, 900)))
    place = draw(st.sampled_from(_PLACES))
    dash = draw(st.sampled_from(("-", "\u2013", "\u2014")))
    title = draw(_title())
    lines: list[tuple[str, str]] = [("navigation", item) for item in _NAVIGATION[Source.BELTA]]
    lines.insert(2, ("retrieved", f"Flag {_WEEKDAYS[today.weekday()]}, {_dmy(today)}"))
    if draw(st.booleans()):
        lines.append(("weather", f"{place.title()} Clear +{draw(st.integers(0, 35))}°C"))
    lines += [("section", "Politics"), ("timestamp", f"{_dmy(day, zero=True)}, {stamp:%H:%M}")]
    lines += [_blank(), ("title", title), _blank()]
    media: tuple[tuple[MediaKind, str], ...] = ()
    if draw(st.booleans()):
        caption = draw(st.sampled_from(("An archive photo", "Photo courtesy of the ministry")))
        lines += [("caption", caption), _blank()]
        media = ((MediaKind.CAPTION, caption),)
    first, *rest = content.paragraphs
    month = _MONTHS[day.month - 1]
    lines.append(("dateline", f"{place}, {day.day} {month} (BelTA) {dash} {first}"))
    for paragraph in rest:
        lines += [_blank(), ("paragraph", paragraph)]
    lines += [_blank(), ("footer", "Follow us on:"), ("footer", "X"), ("footer", "Telegram")]
    return RenderedPage(
        source=Source.BELTA, lines=tuple(lines), kind=ArticleKind.NEWS, title=title,
        body=content, dateline=place, published=stamp, retrieved=today, media=media,
    )  # fmt: skip


def _dmy(day: datetime.date, *, zero: bool = False) -> str:
    number = f"{day.day:02d}" if zero else str(day.day)
    return f"{number} {_MONTHS[day.month - 1]} {day.year}"


def _ordinal(number: int) -> str:
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    if 10 <= number % 100 <= 20:
        suffix = "th"
    return f"{number}{suffix}"


@st.composite
def tass_pages(draw: st.DrawFn, body: st.SearchStrategy[Body] | None = None) -> RenderedPage:
    """A TASS page, with ``body`` (plain paragraphs by default).

    ``All news``, the title, perhaps a lead line and a caption with its ``© Name/TASS``
    credit, the ``MOSCOW, September 10. /TASS/.`` dateline, the paragraphs.

    TASS prints no year. Some pages give the evidence to infer it (a General Assembly
    session and a weekday); they expect ``published`` with ``published_inferred``, the
    others expect no date.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5, database=None)
    ... @given(tass_pages())
    ... def check(page):
    ...     assert page.published_inferred == (page.published is not None)
    >>> check()
    """
    content = draw(body if body is not None else bodies())
    day = _article_date(draw)
    place = draw(st.sampled_from(_PLACES))
    title = draw(_title())
    lines: list[tuple[str, str]] = [("navigation", "All news"), _blank(), ("title", title)]
    subtitle = None
    if draw(st.booleans()):
        subtitle = f"{draw(_title())}, the ministry reports"
        lines += [_blank(), ("subtitle", subtitle)]
    media: tuple[tuple[MediaKind, str], ...] = ()
    if draw(st.booleans()):
        name, _ = draw(_person())
        caption = draw(_title())
        lines += [("caption", caption), ("credit", f"\u00a9 {name}/TASS")]
        media = ((MediaKind.CAPTION, caption), (MediaKind.CREDIT, f"\u00a9 {name}/TASS"))
    first, *rest = content.paragraphs
    evidence = draw(st.booleans())
    if evidence:  # session N of the General Assembly opens in September of 1945 + N
        session = day.year - 1945 if day.month >= 9 else day.year - 1946
        first = (
            f"{first} Delegates met on {_WEEKDAYS[day.weekday()]} to prepare for the "
            f"{_ordinal(session)} UN General Assembly session."
        )
        content = attrs.evolve(content, paragraphs=(first, *rest))
    month = _MONTHS[day.month - 1]
    lines += [_blank(), ("dateline", f"{place}, {month} {day.day}. /TASS/. {first}")]
    for paragraph in rest:
        lines += [_blank(), ("paragraph", paragraph)]
    return RenderedPage(
        source=Source.TASS, lines=tuple(lines), kind=ArticleKind.NEWS, title=title,
        subtitle=subtitle, body=content, dateline=place, media=media,
        published=day if evidence else None, published_inferred=evidence,
    )  # fmt: skip


_OCCASIONS = (
    "the meeting of the Council of Foreign Ministers",
    "the conference on Eurasian security",
    "the session of the Parliamentary Assembly",
)


@st.composite
def csto_pages(draw: st.DrawFn, body: st.SearchStrategy[Body] | None = None) -> RenderedPage:
    """A page of the CSTO site, with ``body`` (plain paragraphs by default).

    A speech (``Remarks by <role> <name> at ...``, ``Must read``, the date line, the body,
    ``More articles``) or a news item (a title, the date line, the body, ``Go back``).

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5, database=None)
    ... @given(csto_pages())
    ... def check(page):
    ...     assert page.title.startswith("Remarks by") == (page.kind is ArticleKind.SPEECH)
    >>> check()
    """
    content = draw(body if body is not None else bodies())
    day = _article_date(draw)
    printed = draw(
        st.sampled_from(
            (f"{_MONTHS[day.month - 1]} {day.day}, {day.year}", _dmy(day), f"{day:%d.%m.%Y}")
        )
    )
    lines: list[tuple[str, str]] = []
    speaker = None
    if draw(st.booleans()):
        # The speaker of the page is not one of the people the body quotes: one person
        # with two titles is another case, not a page shape.
        quoted = {quote.speaker for quote in content.quotes}
        surnames = {name.split()[-1] for name in quoted if name}
        name, _ = draw(
            _person().filter(lambda person: person[0] not in quoted and person[1] not in surnames)
        )
        role = draw(st.sampled_from(("CSTO Secretary General", "CSTO Deputy Secretary General")))
        title = f"Remarks by {role} {name} at {draw(st.sampled_from(_OCCASIONS))}"
        kind = ArticleKind.SPEECH
        speaker = Speaker(name=name, role=role, kind=SpeakerKind.PERSON)
        lines += [("title", title), _blank(), ("promo", "Must read"), _blank()]
    else:
        title = draw(_title())
        kind = ArticleKind.NEWS
        lines += [("title", title), _blank()]
    lines.append(("date", printed))
    for paragraph in content.paragraphs:
        lines += [_blank(), ("paragraph", paragraph)]
    lines.append(_blank())
    if kind is ArticleKind.SPEECH:
        lines += [("footer", "More articles"), ("footer", draw(_title()))]
    else:
        lines += [
            _blank(),
            ("navigation", "Go back"),
            _blank(),
            ("navigation", "Back to the section"),
        ]
    return RenderedPage(
        source=Source.CSTO, lines=tuple(lines), kind=kind, title=title, body=content,
        published=day, speaker=speaker,
    )  # fmt: skip


def pages(body: st.SearchStrategy[Body] | None = None) -> st.SearchStrategy[RenderedPage]:
    """A page of any of the three outlets, with ``body`` (plain paragraphs by default).

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5, database=None)
    ... @given(pages())
    ... def check(page):
    ...     assert page.source in (Source.BELTA, Source.TASS, Source.CSTO)
    >>> check()
    """
    return st.one_of(belta_pages(body), tass_pages(body), csto_pages(body))
