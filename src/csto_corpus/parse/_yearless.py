"""Dates printed without a year (``on June 18``, ``in September``): their inferred year.

The year comes from the article's publication date and the tense of the clause that holds
the date (:func:`csto_corpus.parse.dates.year_near`): a clause about the past gets the
latest such date not more than a week after the page, one about the future (``will``,
``is to``, ``scheduled``, ``expects``, ``next`` ...) the earliest not more than a week
before it. ``in June last year`` and ``on 3 May next year`` count from the page's year.
Every such date is an inference, and the model says so where it keeps one.
"""

from __future__ import annotations

import datetime

from csto_corpus.parse._regex import lazy_compile
from csto_corpus.parse.dates import PartialDate, PrintedDate, find_partial_dates, year_near

__all__ = ["dates_without_year"]

#: Words that put a clause in the future: the year of a date printed without one is then
#: the next such date, not the last (see ``year_near``).
_FUTURE = lazy_compile(
    r"\b(?:will|shall|would|is\s+to|are\s+to|to\s+be\s+held|scheduled|plans?\s+to|"
    r"planned\s+for|planning\s+to|expects?|expected|intends?|hopes?|(?:is|are)\s+due|"
    r"set\s+to|upcoming|forthcoming|next|may|might|could\s+(?:take\s+place|be\s+held|start|"
    r"begin)|"
    # the present of a scheduled event: "the session, which opens on September 8"
    r"opens|begins|starts|convenes|takes\s+place|kicks\s+off|"
    # an infinitive of what is planned: "agreed to hold consultations in March"
    r"to\s+(?:hold|be\s+held|convene|organi[sz]e|conduct|host|launch|meet|visit|sign|deploy|"
    r"send|submit|resume|continue))\b"
)
#: A verb in the past: a clause that holds one (and no word of ``_FUTURE``) is past.
_PAST = lazy_compile(r"\b(?:was|were|had|did|[a-z]{2,}ed)\b")
#: Where a clause starts or ends, for the tense of a date in it (``_tense_clause``).
# A dash parts clauses only with white space around it: "2032\u20132033" is a range.
_CLAUSE_EDGE = lazy_compile(
    r"[,;:]|\s[\u2013\u2014]\s|\b(?:which|that|who|when|while|after|before)\b"
)
#: ``in June last year``, ``on 3 May next year``: the year, counted from the page's.
_RELATIVE_YEAR = lazy_compile(r",?\s+(?:of\s+)?(?P<which>last|this|next|current)\s+year\b")
_YEAR_STEP = {"last": -1, "this": 0, "current": 0, "next": 1}


def dates_without_year(
    sentence: str, offset: int, published: datetime.date, full: list[PrintedDate] | None = None
) -> list[tuple[PartialDate, datetime.date]]:
    """Each date printed without a year in ``sentence`` (at ``offset``), with its year.

    ``full`` is :func:`find_dates` of the sentence, where the caller has it.

    >>> page = datetime.date(2027, 12, 28)
    >>> [(d.day, day.isoformat()) for d, day in dates_without_year(
    ...     "The drills ended on December 20; talks will resume on January 10.", 0, page)]
    [(20, '2027-12-20'), (10, '2028-01-10')]
    """
    found: list[tuple[PartialDate, datetime.date]] = []
    for date in find_partial_dates(sentence, offset, full):
        relative = _RELATIVE_YEAR.match(sentence, date.end - offset)
        if relative is not None:
            year: int | None = published.year + _YEAR_STEP[relative["which"]]
        else:
            future = _FUTURE.search(sentence, *_tense_clause(sentence, offset, date)) is not None
            year = year_near(published, date.month, date.day, future=future)
        try:
            day = datetime.date(year, date.month, date.day or 1) if year is not None else None
        except ValueError:
            day = None  # 29 February in a common year
        if day is not None:
            found.append((date, day))
    return found


def _tense_clause(sentence: str, offset: int, date: PartialDate) -> tuple[int, int]:
    """The clause whose tense dates ``date``, as offsets into ``sentence``.

    ``Belarus, which took over the chairmanship on January 1, will focus on ...``: the
    relative clause is past, though the sentence speaks of the future. An opening date
    (``On January 1, Kazakhstan will take over ...``) takes the tense of the main clause.
    """
    start, end = date.start - offset, date.end - offset
    edges = [m.start() for m in _CLAUSE_EDGE.finditer(sentence, 0, start)]
    low = edges[-1] if edges else 0
    after = _CLAUSE_EDGE.search(sentence, end)
    high = after.start() if after is not None else len(sentence)
    if not edges and after is not None and sentence[high] == ",":
        following = _CLAUSE_EDGE.search(sentence, high + 1)  # the main clause after the opening
        high = following.start() if following is not None else len(sentence)
    # A clause with no tense of its own ("in Belarus, Kazakhstan and Kyrgyzstan from 14 to
    # 19 October", "and to hold the exercise in October") takes that of the one before.
    while edges and not (_FUTURE.search(sentence, low, high) or _PAST.search(sentence, low, high)):
        edges.pop()
        low = edges[-1] if edges else 0
    return low, high
