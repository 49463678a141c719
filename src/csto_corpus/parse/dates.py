"""Printed dates, times, and the inference of a missing year from evidence in the page.

Dates are found by the patterns below and read by :mod:`dateutil`; a pattern only matches
where the day, the month and the year it needs are all printed, so dateutil never fills a
part in from its default. A year is inferred only from evidence that agrees (see
:func:`infer_year`), never from the clock.
"""

from __future__ import annotations

import bisect
import datetime
import re
import sys
from collections.abc import Iterator
from typing import NamedTuple

from csto_corpus.model import DatePrecision
from csto_corpus.parse._regex import lazy_compile

__all__ = [
    "MINSK_TIME",
    "MONTH",
    "MONTH_NAME",
    "MONTH_NAMES",
    "WEEKDAYS",
    "PartialDate",
    "PrintedDate",
    "YearInference",
    "calendar_day",
    "date_precision",
    "find_dates",
    "find_partial_dates",
    "infer_year",
    "month_number",
    "parse_date",
    "parse_datetime",
    "year_near",
]

#: BelTA prints Minsk time, which is UTC+3 all year round.
MINSK_TIME = datetime.timezone(datetime.timedelta(hours=3))

#: The months' names as printed, January first.
MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
MONTH = "(?:" + "|".join(MONTH_NAMES) + ")"
#: The days' names as printed, Monday first (``datetime.date.weekday`` order).
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# A month's name as a whole word. The word boundary before it is checked behind the name
# (one lookbehind per month, as the names differ in length) rather than with a leading \b:
# a pattern that opens with letters lets the engine skip to the places where a name can
# begin instead of trying the whole pattern at every character, three times faster.
_MONTH_WORD = "(?:" + "|".join(rf"{name}(?<!\w{name})" for name in MONTH_NAMES) + ")"
# Full dates as the outlets print them, each giving day, month and year; \s where they print
# a space, for pages that put a no-break space there. Two patterns, written so that the
# engine can scan for their first character (see _MONTH_WORD; a day's word boundary is
# checked behind its first digit); no match of one can overlap a match of the other, so
# :func:`_full_dates` merges them into the matches of the two as one alternation.
# An ordinal day too: "3rd of December 2028", "December 3rd, 2028".
_DAY_FIRST_DATE = lazy_compile(  # 17 February 2022
    rf"\d(?<!\w\d)\d?(?:(?:st|nd|rd|th)(?:\sof)?)?\s{MONTH},?\s\d{{4}}\b"
)
_MONTH_FIRST_DATE = lazy_compile(  # July 19(,) 2024
    rf"{_MONTH_WORD}\s\d{{1,2}}(?:st|nd|rd|th)?,?\s\d{{4}}\b"
)
#: What an ordinal day adds to a full date: read without it.
_ORDINAL_DAY = lazy_compile(r"(?<=\d)(?:st|nd|rd|th)(?:\sof)?")
# A range of days in one month: "14-15 May 2027", "from 9 to 13 October 2028", "October
# 9-13, 2028". The range's date is its first day (``first``), as the event starts then.
_RANGE_JOINT = r"(?:\s?[-\u2013\u2014]\s?|\s(?:to|and|through|till|until)\s)"
_ORDINAL_END = r"(?:st|nd|rd|th)?"  # "from 3rd to 5th December 2029"
_DAY_FIRST_RANGE = lazy_compile(
    rf"(?P<first>\d(?<!\w\d)\d?){_ORDINAL_END}{_RANGE_JOINT}\d\d?{_ORDINAL_END}(?:\sof)?\s"
    rf"(?P<month>{MONTH}),?\s(?P<year>\d{{4}})\b"
)
_MONTH_FIRST_RANGE = lazy_compile(
    rf"(?P<month>{_MONTH_WORD})\s(?P<first>\d\d?){_ORDINAL_END}{_RANGE_JOINT}\d\d?{_ORDINAL_END},?\s"
    rf"(?P<year>\d{{4}})\b"
)
# A day and a month with no year after them: "18 June", "18-19 June", "18th of June";
# "June 18", "June 18-19", "June 18th". Digits after them ("18 June 2027", "June 18, 2027")
# make a full date, which find_dates reads; ``day`` is the first day of a range.
_ORDINAL = r"(?:st|nd|rd|th)?"
_NO_YEAR_AFTER = r"\b(?!,?\s*\d)"
_DAY_FIRST_NO_YEAR = lazy_compile(
    rf"(?P<day>\d(?<!\w\d)\d?){_ORDINAL}(?:{_RANGE_JOINT}\d\d?{_ORDINAL})?\s(?:of\s)?"
    rf"(?P<month>{MONTH}){_NO_YEAR_AFTER}"
)
_MONTH_FIRST_NO_YEAR = lazy_compile(
    rf"(?P<month>{_MONTH_WORD})\s(?P<day>\d\d?){_ORDINAL}(?:{_RANGE_JOINT}\d\d?{_ORDINAL})?"
    rf"{_NO_YEAR_AFTER}"
)
# A range over two months without a year: "from 23 September to 4 October", "September 28 -
# October 2"; dated by its first day.
_DAY_FIRST_MONTHS_NO_YEAR = lazy_compile(
    rf"(?P<day>\d(?<!\w\d)\d?){_ORDINAL}\s(?P<month>{MONTH}){_RANGE_JOINT}\d\d?{_ORDINAL}\s"
    rf"{MONTH}{_NO_YEAR_AFTER}"
)
_MONTH_FIRST_MONTHS_NO_YEAR = lazy_compile(
    rf"(?P<month>{_MONTH_WORD})\s(?P<day>\d\d?){_ORDINAL}{_RANGE_JOINT}{MONTH}\s\d\d?{_ORDINAL}"
    rf"{_NO_YEAR_AFTER}"
)
# A month alone after a preposition of time: "in September", "since March", "by the end of
# May", "in mid-October". Without the preposition a capitalised "May" or "March" may be
# another word; the printed part (``printed``) starts after the preposition.
_MONTH_NO_YEAR = lazy_compile(
    r"(?<![\w-])(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]ill|[Ff]rom|[Dd]uring|[Tt]hrough)\s+"
    r"(?P<printed>(?:(?:early|mid|late|the\s+(?:end|beginning|middle)\s+of)[\s-]+)?"
    rf"(?P<month>{MONTH})){_NO_YEAR_AFTER}"
)
# A range over two months: "from 23 September to 4 October 2030", "September 23 -
# October 4, 2030"; dated by its first day, in the year printed at its end.
_DAY_FIRST_MONTHS_RANGE = lazy_compile(
    rf"(?P<first>\d(?<!\w\d)\d?)\s(?P<month>{MONTH}){_RANGE_JOINT}\d\d?\s{MONTH},?\s"
    r"(?P<year>\d{4})\b"
)
_MONTH_FIRST_MONTHS_RANGE = lazy_compile(
    rf"(?P<month>{_MONTH_WORD})\s(?P<first>\d\d?){_RANGE_JOINT}{MONTH}\s\d\d?,?\s"
    r"(?P<year>\d{4})\b"
)
# A month and a year without a day: "in January 2022".
_MONTH_YEAR = lazy_compile(rf"{_MONTH_WORD},? \d{{4}}\b")
#: A month's name, which every date :func:`find_dates` reports holds: four sentences in a
#: hundred have one, and this plain alternation fails ten times faster than the patterns.
MONTH_NAME = lazy_compile(MONTH)
# A bare year, 1950-2099, that is not part of a longer number.
# The character before it is checked behind the four digits, so that the engine scans for a
# 1 or a 2 instead of trying a leading lookbehind at every character.
_YEAR = lazy_compile(r"(?:19[5-9]\d|20\d\d)(?<![\d/.,-]\d{4})(?![\d/]|,\d)")
# Words before a year that make it the date of something past or of a span, not of the page:
# "founded in 2002", "signed in 1992", "since 2011", "from 2019".
_YEAR_OF_OTHER_EVENT_BEFORE = lazy_compile(
    r"\b(?:founded|established|created|formed|signed|inked|set up|adopted|ratified|launched|"
    r"since|from|until|till|before|after|between|back)\s+(?:in\s+)?(?:(?:early|mid|late)[\s-]+)?"
    rf"(?:{MONTH}\s+)?$"  # "since July 2024"
)
# What after a year makes it the name of something or a range: "the 1992 Collective Security
# Treaty", "2024-2025", "2024 and 2025".
_YEAR_OF_OTHER_EVENT_AFTER = lazy_compile(r"(?:\s+[A-Z]|[-\u2013\u2014]\d|\s+(?:and|or|to)\s+\d)")
# "on Tuesday", "told reporters Tuesday": the weekday a news page names for its own events;
# "last Monday" or "next Friday" point at other days.
_OTHER_DAY_BEFORE = ("last", "next", "this", "every", "since", "until")
# The weekday as a whole word, not after those words: written name first, with what stands
# before it checked behind it (see _MONTH_WORD), ten times faster than leading lookbehinds.
_ON_WEEKDAY = lazy_compile(
    "("
    + "|".join(
        rf"{day}(?<!\w{day})" + "".join(f"(?<!{word} {day})" for word in _OTHER_DAY_BEFORE)
        for day in WEEKDAYS
    )
    + r")\b"
)
# An ordinal session of the UN General Assembly; session N opens in September of 1945 + N:
# "the 74th UN General Assembly", "the 78th session of the General Assembly". The number's
# word boundary is checked behind its first digit. Tried only before the name (see
# _ga_sessions), never at every digit of a page.
_GA_NAME = "General Assembly"
_GA_SESSION = lazy_compile(
    r"(?P<session>\d(?<!\w\d)\d{0,2})(?:st|nd|rd|th) (?:[Ss]ession of the )?"
    rf"(?:(?:UN|U\.N\.|United Nations) )?{_GA_NAME}\b"
)
# "at the 82nd session" in the sentence after the name (``_BARE_SESSION_REACH`` characters
# at most, no full stop between): a session of the Assembly named just before.
_BARE_SESSION = lazy_compile(r"(?P<session>\d(?<!\w\d)\d{0,2})(?:st|nd|rd|th) session\b(?! of\b)")
_BARE_SESSION_REACH = 200
# Words before a session that make it one to come, not the page's: "to submit a report at
# the 89th session", "will be considered at the next ...". Read in the clause before it.
_FUTURE_SESSION = lazy_compile(
    r"\b(?:will|shall|would|to\s+(?:submit|report|present|consider|be\s+(?:considered|"
    r"submitted|presented|discussed)))\b[^.;,]*$|\b(?:upcoming|forthcoming|next)\s+$"
)
_FUTURE_REACH = 80
# The most that a match of _GA_SESSION holds before the name.
_GA_SESSION_LEAD = len("123rd Session of the United Nations ")


# The shapes the page rules hand to parse_date and parse_datetime, read without dateutil
# (which costs ~100 us a call). A string of any other shape, or one these read into an
# impossible date, goes to dateutil, so the results and the errors stay dateutil's.
_MONTH_NUMBERS = {name: number for number, name in enumerate(MONTH_NAMES, start=1)}
_PLAIN_DATE = lazy_compile(
    rf"(?:(?P<d1>\d{{1,2}}) (?P<m1>{MONTH}),? (?P<y1>\d{{4}})"  # 17 February 2022
    rf"|(?P<m2>{MONTH}) (?P<d2>\d{{1,2}}),? (?P<y2>\d{{4}})"  # July 19, 2024
    r"|(?P<d3>\d{2})\.(?P<m3>\d{2})\.(?P<y3>\d{4}))"  # 19.07.2024 (day first)
    r"(?: (?P<hour>\d{1,2}):(?P<minute>\d{2}))?"  # 09:26
)


def _plain_date(text: str) -> tuple[int, int, int, int | None, int | None] | None:
    """(year, month, day, hour, minute) of a date in one of the plain shapes, or None."""
    match = _PLAIN_DATE.fullmatch(text)
    if match is None:
        return None
    day, month, year = (
        match.group("d1", "m1", "y1")
        if match["d1"]
        else match.group("d2", "m2", "y2")
        if match["d2"]
        else match.group("d3", "m3", "y3")
    )
    if int(year) < 100:
        return None  # dateutil reads "0099" as 1999: leave such years to it
    number = _MONTH_NUMBERS[month] if month in _MONTH_NUMBERS else int(month)
    hour = None if match["hour"] is None else int(match["hour"])
    minute = None if match["minute"] is None else int(match["minute"])
    return int(year), number, int(day), hour, minute


def _dateutil_parse(text: str) -> datetime.datetime:
    # Imported on first use: the plain shapes never need dateutil, and importing its
    # parser is a tenth of the time ``import csto_corpus`` takes.
    from dateutil import parser as dateutil_parser

    return dateutil_parser.parse(text, dayfirst=True)


class PrintedDate(NamedTuple):
    """A date found in text, with how much of it was printed."""

    date: datetime.date
    precision: str  #: ``day``, ``month`` or ``year``.
    start: int
    end: int


class YearInference(NamedTuple):
    """The result of :func:`infer_year`: the year, or None, and the evidence used."""

    year: int | None
    evidence: tuple[tuple[int, int], ...]  #: (start, end) offsets of each piece of evidence.


def parse_date(text: str) -> datetime.date:
    """Read a printed date that has day, month and year.

    >>> parse_date("17 February 2022")
    datetime.date(2022, 2, 17)
    >>> parse_date("July 19, 2024")
    datetime.date(2024, 7, 19)
    """
    plain = _plain_date(text)
    if plain is not None and plain[3] is None:
        try:
            return datetime.date(plain[0], plain[1], plain[2])
        except ValueError:
            pass  # 31 February: dateutil reports it in its own words
    return _dateutil_parse(text).date()


def parse_datetime(text: str, tz: datetime.tzinfo) -> datetime.datetime:
    """Read a printed date with a time, in the time zone ``tz``.

    >>> parse_datetime("17 February 2022, 09:26", MINSK_TIME).isoformat()
    '2022-02-17T09:26:00+03:00'
    """
    plain = _plain_date(text)
    if plain is not None and plain[3] is not None and plain[4] is not None:
        try:
            return datetime.datetime(*plain[:3], plain[3], plain[4], tzinfo=tz)
        except ValueError:
            pass  # 31 February or 25:00: dateutil reports it in its own words
    return _dateutil_parse(text).replace(tzinfo=tz)


def find_dates(text: str, offset: int = 0) -> list[PrintedDate]:
    """Every full date and every month-and-year in ``text``, in order.

    A range of days (``14-15 May 2027``) is one date: its first day, printed as the range.

    >>> [(d.date.isoformat(), d.precision) for d in
    ...  find_dates("signed on May 15, 1992 and deployed in January 2022")]
    [('1992-05-15', 'day'), ('2022-01-01', 'month')]
    """
    found: list[PrintedDate] = []
    if MONTH_NAME.search(text) is None:
        return found
    # Full dates and ranges of days in page order; a range's last day is a full date of
    # its own, inside the range, and is not reported again.
    days = [(match, _without_ordinal(match.group())) for match in _full_dates(text)]
    ranges = [
        *_DAY_FIRST_RANGE.finditer(text),
        *_MONTH_FIRST_RANGE.finditer(text),
        *_DAY_FIRST_MONTHS_RANGE.finditer(text),
        *_MONTH_FIRST_MONTHS_RANGE.finditer(text),
    ]
    if ranges:
        days += [(m, f"{m['first']} {m['month']} {m['year']}") for m in ranges]
        days.sort(key=_start_then_longest)
    taken: list[tuple[int, int]] = []  # in page order, so that _inside can bisect it
    for match, printed in days:
        if taken and match.start() < taken[-1][1]:
            continue  # the last day of the range before
        taken.append(match.span())
        try:
            date = parse_date(printed)
        except (ValueError, OverflowError):
            continue  # 31 February and the like: not a date, so not a fact.
        found.append(PrintedDate(date, "day", offset + match.start(), offset + match.end()))
    for match in _MONTH_YEAR.finditer(text):
        if _inside(match.start(), taken):
            continue
        month_text, year_text = match.group().replace(",", "").split()
        date = datetime.date(int(year_text), month_number(month_text), 1)
        found.append(PrintedDate(date, "month", offset + match.start(), offset + match.end()))
    found.sort(key=lambda d: d.start)
    return found


class PartialDate(NamedTuple):
    """A date printed without its year: a month, and a day where one is printed."""

    month: int
    day: int | None  #: None where only the month is printed (``in September``).
    start: int  #: Offsets of the printed part, from the day or the month.
    end: int


#: The patterns of dates without a year, the ranges over two months first.
_NO_YEAR_PATTERNS = (
    _DAY_FIRST_MONTHS_NO_YEAR,
    _MONTH_FIRST_MONTHS_NO_YEAR,
    _DAY_FIRST_NO_YEAR,
    _MONTH_FIRST_NO_YEAR,
    _MONTH_NO_YEAR,
)


def find_partial_dates(
    text: str, offset: int = 0, full: list[PrintedDate] | None = None
) -> list[PartialDate]:
    """Every date printed without a year in ``text``, in order (see :class:`PartialDate`).

    A day and a month (``on June 18``, ``18-19 June``) need nothing more; a month alone
    needs a preposition of time before it (``in September``, ``since March``). A date with
    a year is not one of them: :func:`find_dates` reads it (``full``: its result for
    ``text`` and ``offset``, where the caller has it).

    >>> [(d.month, d.day) for d in find_partial_dates(
    ...     "met on June 18 and in mid-September, not on 3 May 2027 or in January 2022")]
    [(6, 18), (9, None)]
    """
    months = [m.start() for m in MONTH_NAME.finditer(text)]
    if not months:
        return []
    if full is None:
        full = find_dates(text, offset)
    taken = [(d.start - offset, d.end - offset) for d in full]
    if all(_inside(month, taken) for month in months):
        return []  # every month's name is part of a full date (most dates)
    candidates: list[tuple[int, int, int, int | None]] = []  # start, end, month, day
    for pattern in _NO_YEAR_PATTERNS:
        for match in pattern.finditer(text):
            start = match.start("printed" if pattern is _MONTH_NO_YEAR else 0)
            if _inside(start, taken) or _inside(match.end() - 1, taken):
                continue
            day = None if pattern is _MONTH_NO_YEAR else int(match["day"])
            if day is None or 1 <= day <= 31:
                candidates.append((start, match.end(), month_number(match["month"]), day))
    # Longest first at each start; a date inside another (the end of a range) is not one.
    candidates.sort(key=lambda c: (c[0], -c[1]))
    found: list[PartialDate] = []
    for start, end, month, day in candidates:
        if found and start < found[-1].end - offset:
            continue
        found.append(PartialDate(month, day, offset + start, offset + end))
    return found


def date_precision(date: PrintedDate | PartialDate) -> DatePrecision:
    """How much of a date found in text was printed.

    >>> date_precision(find_partial_dates("in September")[0]).value
    'month'
    >>> date_precision(find_dates("on 3 May 2027")[0]).value
    'day'
    """
    if isinstance(date, PartialDate):
        return DatePrecision.MONTH if date.day is None else DatePrecision.DAY
    return DatePrecision(date.precision)  # "day", "month" or "year": the enum's values


def calendar_day(moment: datetime.date) -> datetime.date:
    """The calendar date of a date or an aware datetime (its local date).

    >>> calendar_day(datetime.datetime(2027, 5, 3, 23, 30, tzinfo=MINSK_TIME))
    datetime.date(2027, 5, 3)
    """
    return moment.date() if isinstance(moment, datetime.datetime) else moment


def year_near(published: datetime.date, month: int, day: int | None, *, future: bool) -> int | None:
    """The year of a date printed as ``month`` and ``day`` only, on a page of ``published``.

    A news page reports what has happened, so the date is the latest one that is not more
    than a week after the page; a sentence about the future (``future``) gives the earliest
    one that is not more than a week before it. A month alone counts from its first day.
    The year is an inference: the model says so where it keeps one. None where no year
    near the page has the date (29 February).

    >>> d = datetime.date(2026, 12, 28)
    >>> year_near(d, 1, 10, future=False), year_near(d, 1, 10, future=True)
    (2026, 2027)
    >>> year_near(datetime.date(2027, 1, 5), 12, None, future=False)
    2026
    """
    week = datetime.timedelta(days=7)
    years = [published.year - 1, published.year, published.year + 1]
    if not future:
        years.reverse()  # the latest first
    for year in years:
        try:
            date = datetime.date(year, month, day or 1)
        except ValueError:
            continue  # 29 February in a common year
        if (date >= published - week) if future else (date <= published + week):
            return year
    return None


def _full_dates(text: str) -> list[re.Match[str]]:
    """The full dates in ``text``, in order: the day-first and the month-first ones.

    >>> [m.group() for m in _full_dates("from 17 May 2022 to July 19, 2024")]
    ['17 May 2022', 'July 19, 2024']
    """
    found = [*_DAY_FIRST_DATE.finditer(text), *_MONTH_FIRST_DATE.finditer(text)]
    found.sort(key=_start)
    return found


def _without_ordinal(printed: str) -> str:
    """``3rd of December 2028`` as ``3 December 2028``; a plain date as it is."""
    return _ORDINAL_DAY.sub("", printed)


def _start(match: re.Match[str]) -> int:
    return match.start()


def _start_then_longest(day: tuple[re.Match[str], str]) -> tuple[int, int]:
    return day[0].start(), -day[0].end()


def month_number(name: str) -> int:
    """The number of a month printed in full, as the ``MONTH`` pattern matches it.

    >>> month_number("September")
    9
    """
    return _MONTH_NUMBERS[name]


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    """True if ``position`` lies in one of ``spans`` (sorted, not overlapping).

    A binary search: a linear one made pages with many dates quadratic.

    >>> _inside(5, [(0, 2), (4, 8)]), _inside(3, [(0, 2), (4, 8)])
    (True, False)
    """
    index = bisect.bisect_right(spans, (position, sys.maxsize)) - 1
    return index >= 0 and spans[index][0] <= position < spans[index][1]


def infer_year(month: int, day: int, text: str) -> YearInference:
    """Infer the year of a date printed as month and day only, from evidence in ``text``.

    Evidence, in the order it is trusted:

    1. ordinal UN General Assembly sessions (``the 74th UN General Assembly session``):
       session N opens in September of 1945 + N, so the page is from that year or the
       next; several sessions must agree;
    2. years printed on their own (``in 2023``), but only when the page names a weekday
       for its events (``on Tuesday``), and not years that date something else
       (``founded in 2002``, ``since 2011``, ``the 1992 Treaty``, ``2024-2025``).

    A weekday the page names must fall on the date in the inferred year. The year is given
    only where exactly one candidate survives; otherwise it is None.

    >>> infer_year(9, 10, "the agenda of the 74th UN General Assembly, it said on Tuesday")
    YearInference(year=2019, evidence=((18, 42), (55, 62)))
    >>> infer_year(9, 10, "the agenda of the 74th UN General Assembly").year is None
    True
    """
    weekday_match = _ON_WEEKDAY.search(text)
    candidates: set[int] | None = None
    evidence: list[tuple[int, int]] = []
    for match in _ga_sessions(text):
        if _FUTURE_SESSION.search(text, max(0, match.start() - _FUTURE_REACH), match.start()):
            continue  # "to submit a report at the 89th session": a session to come
        session = int(match["session"])
        years = {1945 + session, 1946 + session}
        candidates = years if candidates is None else candidates & years
        evidence.append(match.span())
    if candidates is None and weekday_match is not None:
        # A year inside a full date ("May 15, 1992") dates that event, not the page.
        dated = [m.span() for m in _full_dates(text)]
        candidates = set()
        for m in _YEAR.finditer(text):
            if _inside(m.start(), dated):
                continue
            if _YEAR_OF_OTHER_EVENT_BEFORE.search(text[max(0, m.start() - 40) : m.start()]):
                continue
            if _YEAR_OF_OTHER_EVENT_AFTER.match(text, m.end()):
                continue
            candidates.add(int(m.group()))
            evidence.append(m.span())
    if not candidates:
        return YearInference(None, ())
    if weekday_match is not None:
        weekday = WEEKDAYS.index(weekday_match.group(1))
        candidates = {y for y in candidates if _weekday(y, month, day) == weekday}
        evidence.append(weekday_match.span(1))
    if len(candidates) != 1:
        return YearInference(None, ())
    return YearInference(candidates.pop(), tuple(evidence))


def _ga_sessions(text: str) -> Iterator[re.Match[str]]:
    """The ordinal sessions of the General Assembly in ``text``, in order, found from the name.

    A match of ``_GA_SESSION`` ends with the name and holds it once, at most
    ``_GA_SESSION_LEAD`` characters after its start: the pattern is tried there only, not at
    every digit of the page, which took most of the time of dating a TASS page. The search
    ends a character after the name, so that the word boundary after it sees the text that
    follows. Where no session stands before the name, ``the 82nd session`` in its sentence
    after it (``_BARE_SESSION``, not ``of`` another body) is the Assembly's.

    >>> [m.group() for m in _ga_sessions("the 74th UN General Assembly and 2 General Assembly")]
    ['74th UN General Assembly']
    >>> [m.group() for m in _ga_sessions("a General Assembly resolution, at the 82nd session")]
    ['82nd session']
    """
    after_previous = 0
    name = text.find(_GA_NAME)
    while name >= 0:
        end = name + len(_GA_NAME)
        begin = max(name - _GA_SESSION_LEAD, after_previous)
        match = _GA_SESSION.search(text, begin, end + 1)
        if match is None:
            bare = _BARE_SESSION.search(text, end, end + _BARE_SESSION_REACH)
            if bare is not None and ". " not in text[end : bare.start()]:
                match = bare
        if match is not None:
            yield match
        after_previous = end
        name = text.find(_GA_NAME, end)


def _weekday(year: int, month: int, day: int) -> int | None:
    try:
        return datetime.date(year, month, day).weekday()
    except ValueError:
        return None
