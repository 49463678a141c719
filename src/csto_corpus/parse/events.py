"""Extraction of :attr:`~csto_corpus.model.Article.events`: dated events printed in the text.

Every date with a day or a month (:func:`csto_corpus.parse.dates.find_dates`; a bare year
is too vague to be an event) in the article's title and paragraphs is one
:class:`~csto_corpus.model.Event`. The page's date lines are not paragraphs, and a
paragraph that is a date and nothing else is skipped too, so the article's own publication
date line is never an event (a teaser's ``On 25 July 2024, staff ... met`` is one). Its
``span`` is the sentence; its ``description`` is chosen by the grammar around the date:

Noun phrase
    ``<document or meeting noun> ... of|dated <date>``: from the determiner before the noun
    to the date: ``the corresponding memorandum of 9 November 2018``, ``the joint
    Declaration on Cooperation between the CSTO and UN Secretariats of 18 March 2010``.
Introductory date
    ``On|In|Since <date>, <clause>``: from ``On`` to the end of the main clause:
    ``On 25 July 2024, staff of the CSTO Secretariat met with graduates ...``.
Clause (otherwise)
    From the start of the clause that holds the date to the date, and a place printed
    right after it: ``The collective security treaty was signed on May 15, 1992 in
    Tashkent``; ``the agreement on ... was inked on October 7, 2002``.

Clauses end at ``;``, ``, and``, ``, but``, ``, while``, a dash or a colon, and begin after
``said that`` and other reporting verbs; the main clause of an introductory date ends at a
relative clause (``who``, ``which``). Text in quotation marks that does not hold the date
(a quoted title) is never split; a date inside a quotation is read within the quotation.

``place`` is a state or city from the gazetteer after ``in``, next to the date (``signed
on <date> in Tashkent``, ``deployed in Kazakhstan in <month>``), as printed.
"""

from __future__ import annotations

import datetime

from csto_corpus.model import Article, Event, Span
from csto_corpus.parse._cues import has_any
from csto_corpus.parse._gazetteer import canonical_city, canonical_state
from csto_corpus.parse._regex import lazy_compile
from csto_corpus.parse._text import Sentence, split_sentences
from csto_corpus.parse._yearless import dates_without_year
from csto_corpus.parse.dates import (
    MONTH_NAME,
    PartialDate,
    PrintedDate,
    calendar_day,
    date_precision,
    find_dates,
)

__all__ = ["extract_events"]

#: Quoted text: a title or a quotation.
_QUOTE = lazy_compile(r"[“«„][^“”«»„]*[”»“]|\"[^\"]*\"")
#: Where a clause begins (the clause starts after the match).
_CLAUSE_START = lazy_compile(
    r";\s*|,\s+(?:and|but|while|whereas)\s+|\s+[\u2013\u2014]\s+|\s+-\s+|:\s+"
    r"|\b(?:said|says|noted|notes|recalled|recall|stressed|stated|added|emphasized|"
    r"emphasised|reported|reminded|pointed\s+out|explained|announced|confirmed|known|"
    r"believes?)\s+that\s+"
)
#: What every match of ``_CLAUSE_START`` holds: most dates open their clause.
_CLAUSE_START_CUE = (";", ",", "\u2013", "\u2014", "-", ":", "that")
#: Where a clause ends (the clause ends before the match).
_CLAUSE_END = lazy_compile(r";|,\s+(?:and|but|while|whereas)\s+|\s+[\u2013\u2014]\s+|\s+-\s+|:\s+")
#: Where the main clause after an introductory date ends: a relative clause.
_RELATIVE = lazy_compile(r",?\s+(?:(?:in|of|by|at|for|with|from|during)\s+)?(?:who|which|whom)\b")
#: "On 25 July 2024, " at the start of a clause.
_INTRO_DATE = lazy_compile(r"(?:On|In|Since|As\s+of)\s+$")
#: "<noun> ... of <date>": the preposition right before the date.
_OF_BEFORE = lazy_compile(r"\s(?:of|dated)\s+$")
#: Nouns that name a dated document or meeting.
_EVENT_NOUN = lazy_compile(
    r"\b(?:[Mm]emorand(?:um|ums|a)|[Dd]eclaration|[Aa]greement|[Tt]reaty|[Rr]esolution|"
    r"[Dd]ecision|[Ss]tatement|[Pp]rotocol|[Cc]harter|[Cc]onvention|[Aa]ccord|[Cc]ommuniqu[eé]|"
    r"[Dd]ocument|[Mm]eeting|[Ss]ummit|[Ss]ession|[Tt]alks|[Vv]isit|[Cc]onference|[Dd]ecree|"
    r"[Ll]aw|[Cc]oncept|[Ss]trategy|[Pp]rogram(?:me)?|[Rr]oadmap|[Pp]lan|[Ll]etter|[Dd]ebate|"
    r"[Ee]xercises?|[Oo]peration)\b"
)
_DETERMINER = lazy_compile(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat|[Oo]ur)\s+")
#: "in <Place>" right after a date, or right before "in|on <date>" (also "to <Place>",
#: "visit <Place>").
_PLACE_AFTER = lazy_compile(r",?\s+in\s+(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})")  # noqa: RUF001
_PLACE_BEFORE = lazy_compile(
    r"\b(?:in|to|visit|visits|visited|visiting)\s+"
    r"(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s+(?:in|on)\s+$"  # noqa: RUF001
)
#: Words that end a noun phrase: a determiner before them is not the noun's.
_PREPOSITIONS = frozenset({"by", "in", "of", "at", "with", "for", "to", "from", "on", "under"})
_TRAILING = " ,;:.!?"


def _known_place(words: str) -> str | None:
    """The longest leading run of ``words`` that names a state or city, as printed."""
    parts = words.split()
    for size in range(len(parts), 0, -1):
        joined = " ".join(parts[:size])
        for candidate in (joined, joined.rstrip(".")):
            if canonical_city(candidate) is not None:
                return candidate
            state = canonical_state(candidate)
            if state is not None and (
                state[0] == candidate or candidate.startswith(("Republic", "Russian Federation"))
            ):
                return candidate  # a state's name, not its adjective
    return None


#: How far from its date an event's description may reach, in characters.
_WINDOW = 400


def _masked(text: str, start: int, end: int, keep: tuple[int, int] | None) -> str:
    """``text[start:end]`` with quoted passages (except ``keep``) blanked, same length."""
    piece = text[start:end]
    for m in _QUOTE.finditer(piece):
        if keep is not None and m.start() + start <= keep[0] < m.end() + start:
            continue
        piece = piece[: m.start()] + "x" * (m.end() - m.start()) + piece[m.end() :]
    return piece


def _bounds(text: str, sentence: Sentence, date: PrintedDate | PartialDate) -> tuple[int, int]:
    """The sentence, or the quotation inside it that holds the date."""
    low = max(sentence.start, date.start - _WINDOW)
    piece = text[low : min(sentence.end, date.end + _WINDOW)]
    for m in _QUOTE.finditer(piece):
        if low + m.start() < date.start < low + m.end():
            return low + m.start() + 1, low + m.end() - 1
    return sentence.start, sentence.end


def _describe(text: str, sentence: Sentence, date: PrintedDate | PartialDate) -> tuple[int, int]:
    start, end = _bounds(text, sentence, date)
    # A description lies near its date; reading no further than _WINDOW either side keeps
    # the cost of a date bounded, however long the sentence (linear in the page).
    start, end = max(start, date.start - _WINDOW), min(end, date.end + _WINDOW)
    masked = _masked(text, start, end, (date.start, date.end))
    before = masked[: date.start - start]
    clause_start = start
    if has_any(before, _CLAUSE_START_CUE):
        for m in _CLAUSE_START.finditer(before):
            clause_start = start + m.end()
    lead = masked[clause_start - start : date.start - start]
    if _INTRO_DATE.fullmatch(lead):
        rest = masked[date.end - start :]
        stop = len(rest)
        for pattern in (_CLAUSE_END, _RELATIVE):
            found = pattern.search(rest, rest.find(",") + 1 if "," in rest else 0)
            if found is not None:
                stop = min(stop, found.start())
        return clause_start, _trim(text, clause_start, date.end + stop)
    if _OF_BEFORE.search(lead):
        nouns = list(_EVENT_NOUN.finditer(lead))
        if nouns:
            noun_at = nouns[-1].start()
            determiners = list(_DETERMINER.finditer(lead, 0, noun_at))
            between = lead[determiners[-1].end() : noun_at].split() if determiners else []
            # "the corresponding memorandum of ...", not "the General Assembly by resolution".
            if determiners and len(between) <= 3 and _PREPOSITIONS.isdisjoint(between):
                return clause_start + determiners[-1].start(), date.end
            return clause_start + noun_at, date.end
    end_at = date.end
    place = _PLACE_AFTER.match(text, date.end, end)
    if place is not None and _known_place(place.group("place")) is not None:
        end_at = place.start("place") + len(_known_place(place.group("place")) or "")
    return clause_start, end_at


def _trim(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    return end


def _place(text: str, sentence: Sentence, date: PrintedDate | PartialDate) -> str | None:
    after = _PLACE_AFTER.match(text, date.end, sentence.end)
    if after is not None:
        known = _known_place(after.group("place"))
        if known is not None:
            return known
    before = _PLACE_BEFORE.search(text, max(sentence.start, date.start - 60), date.start)
    if before is not None and before.end() == date.start:
        return _known_place(before.group("place"))
    return None


def extract_events(text: str, article: Article) -> tuple[Event, ...]:
    """The dated events printed in ``article``, each with its spans into ``text``.

    >>> from csto_corpus.model import ArticleKind, Paragraph
    >>> page = "The charter was signed on 7 October 2002 in Chisinau, and it entered into force."
    >>> article = Article(id="p/1", kind=ArticleKind.NEWS,
    ...                   paragraphs=(Paragraph(text=page, span=Span(start=0, end=len(page))),))
    >>> [(e.date.isoformat(), e.description, e.place) for e in extract_events(page, article)]
    [('2002-10-07', 'The charter was signed on 7 October 2002 in Chisinau', 'Chisinau')]
    """
    regions = [article.title_span, *(p.span for p in article.paragraphs)]
    published = None if article.published is None else calendar_day(article.published)
    events: list[Event] = []
    for region in regions:
        # A region without a month's name (most paragraphs) has no date, so no event.
        if region is None or MONTH_NAME.search(text, region.start, region.end) is None:
            continue
        for sentence in split_sentences(text[region.start : region.end], region.start):
            full = find_dates(sentence.text, sentence.start)
            dates: list[tuple[PrintedDate | PartialDate, datetime.date, bool]] = [
                (date, date.date, False) for date in full
            ]
            if published is not None:
                yearless = dates_without_year(sentence.text, sentence.start, published, full)
                if yearless:
                    dates += [(date, day, True) for date, day in yearless]
                    dates.sort(key=lambda dated: dated[0].start)
            for date, day, inferred in dates:
                if sentence.text.strip(_TRAILING) == text[date.start : date.end]:
                    continue  # a date line on its own, not an event
                start, end = _describe(text, sentence, date)
                events.append(
                    Event(
                        date=day,
                        date_precision=date_precision(date),
                        description=text[start:end],
                        description_span=Span(start=start, end=end),
                        span=Span(start=sentence.start, end=sentence.end),
                        place=_place(text, sentence, date),
                        date_inferred=inferred,
                    )
                )
    return tuple(events)
