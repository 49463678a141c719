"""The speed-ups of the text, layout and date stages change nothing: each is checked
against the slower code it replaces."""

from __future__ import annotations

import datetime
import importlib
import re
from collections.abc import Iterable
from pathlib import Path

import attrs
import pytest
from dateutil import parser as dateutil_parser
from hypothesis import example, given
from hypothesis import strategies as st

from csto_corpus._loading import bundled_seed_paths
from csto_corpus.model import Article, Source
from csto_corpus.parse import _text, dates
from csto_corpus.parse._layouts import SIGNATURES
from csto_corpus.parse._pages import detect_source
from csto_corpus.parse._text import Line, Sentence, split_lines

# The package csto_corpus.parse (csto_corpus.parse, the attribute, is the function).
pipeline = importlib.import_module("csto_corpus.parse")

MONTHS = [datetime.date(2000, month, 1).strftime("%B") for month in range(1, 13)]


def _outcome(function: object, *arguments: object) -> object:
    try:
        return function(*arguments)  # type: ignore[operator]
    except ValueError as error:
        return type(error)


def _dateutil_date(text: str) -> datetime.date:
    return dateutil_parser.parse(text, dayfirst=True).date()


def _dateutil_datetime(text: str) -> datetime.datetime:
    return dateutil_parser.parse(text, dayfirst=True).replace(tzinfo=dates.MINSK_TIME)


printed_dates = st.builds(
    lambda shape, day, month, year: (
        f"{day} {MONTHS[month - 1]} {year:04d}",
        f"{day} {MONTHS[month - 1]}, {year:04d}",
        f"{MONTHS[month - 1]} {day}, {year:04d}",
        f"{MONTHS[month - 1]} {day} {year:04d}",
        f"{day:02d}.{month:02d}.{year:04d}",
        f"{month:02d}.{day:02d}.{year:04d}",
    )[shape],
    st.integers(0, 5),
    st.integers(0, 39),
    st.integers(1, 12),
    st.integers(0, 2200),
)


@given(printed_dates)
@example("31 February 2022")
@example("29 February 2024")
@example("29 February 2023")
@example("13.07.2024")
@example("07.13.2024")
@example("00.07.2024")
@example("17 February 0000")
def test_parse_date_reads_as_dateutil_does(text: str) -> None:
    assert _outcome(dates.parse_date, text) == _outcome(_dateutil_date, text)


@given(printed_dates, st.integers(0, 30), st.integers(0, 70))
@example("17 February 2022", 24, 0)
@example("17 February 2022", 9, 60)
def test_parse_datetime_reads_as_dateutil_does(date: str, hour: int, minute: int) -> None:
    text = f"{date} {hour:02d}:{minute:02d}"
    assert _outcome(dates.parse_datetime, text, dates.MINSK_TIME) == _outcome(
        _dateutil_datetime, text
    )


def test_parse_date_values() -> None:
    assert dates.parse_date("02 February 2023") == datetime.date(2023, 2, 2)
    assert dates.parse_date("19.07.2024") == datetime.date(2024, 7, 19)
    assert dates.parse_date("March 3, 2025") == datetime.date(2025, 3, 3)
    with pytest.raises(ValueError, match="day is out of range"):
        dates.parse_date("30 February 2024")
    stamp = dates.parse_datetime("05 June 2025 18:07", dates.MINSK_TIME)
    assert stamp.isoformat() == "2025-06-05T18:07:00+03:00"


def test_month_number_reads_every_month() -> None:
    assert [dates.month_number(name) for name in MONTHS] == list(range(1, 13))


def _split_lines_reference(text: str) -> list[Line]:
    """split_lines as it was first written."""
    lines: list[Line] = []
    blank = 0
    offset = 0
    for number, raw in enumerate(text.split("\n"), start=1):
        stripped = raw.strip()
        if stripped:
            start = offset + (len(raw) - len(raw.lstrip()))
            lines.append(Line(stripped, start, start + len(stripped), number, blank))
            blank = 0
        else:
            blank += 1
        offset += len(raw) + 1
    return lines


@given(st.text(alphabet=st.sampled_from(list("ab \t\n\u00a0\u2003\x0b.")), max_size=60))
@example(" \u00a0 a b \n\n\t c\u2003\n")
def test_split_lines_as_first_written(text: str) -> None:
    lines = split_lines(text)
    assert lines == _split_lines_reference(text)
    assert all(type(line) is Line for line in lines)
    assert all(text[line.start : line.end] == line.text for line in lines)


def _detect_source_reference(lines: list[Line]) -> Source:
    scores = {
        source: sum(1 for line in lines for rule in rules if rule.search(line.text))
        for source, rules in SIGNATURES.items()
    }
    best = max(scores.values())
    winners = [source for source, score in scores.items() if score == best]
    return Source.UNKNOWN if best == 0 or len(winners) > 1 else winners[0]


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("Analysts say, BelTA has learned, that talks went on.", Source.BELTA),
        ("xBelTA has learned nothing", Source.UNKNOWN),
        ("BelTA has learned_ more", Source.UNKNOWN),
        ("(BelTA has learned) and ASTANA, 3 May (BelTA) - text", Source.BELTA),
        ("Must read\nGo back\nBelTA has learned", Source.CSTO),
        ("ASTANA, May 3. /TASS/. Text\nBelTA has learned", Source.UNKNOWN),
    ],
)
def test_detect_source_counts_as_before(page: str, expected: Source) -> None:
    lines = split_lines(page)
    assert detect_source(lines) == _detect_source_reference(lines) == expected


def test_belta_phrase_rule_is_the_whole_word_phrase() -> None:
    rule = SIGNATURES[Source.BELTA][3]
    reference = re.compile(r"\bBelTA has learned\b")
    for text in (
        "BelTA has learned",
        "ÉBelTA has learned",
        "1BelTA has learned",
        "(BelTA has learned.",
    ):
        assert bool(rule.search(text)) == bool(reference.search(text))


# The date patterns as first written, each opening with \b or a lookbehind; the rewritten
# ones scan for their first character and check what stands before it behind it.
_MONTH = "(?:" + "|".join(MONTHS) + ")"
_WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_FULL_DATE_REFERENCE = re.compile(
    rf"\b(?:\d{{1,2}}\s{_MONTH},?\s\d{{4}}|{_MONTH}\s\d{{1,2}},\s\d{{4}}|{_MONTH}\s\d{{1,2}}\s\d{{4}})\b"
)
_MONTH_YEAR_REFERENCE = re.compile(rf"\b{_MONTH},? \d{{4}}\b")
_YEAR_REFERENCE = re.compile(r"(?<![\d/.,-])(?:19[5-9]\d|20\d\d)(?![\d/]|,\d)")
_ON_WEEKDAY_REFERENCE = re.compile(
    rf"(?<!last )(?<!next )(?<!this )(?<!every )(?<!since )(?<!until )\b({_WEEKDAY})\b"
)
_GA_SESSION_REFERENCE = re.compile(
    r"\b(\d{1,3})(?:st|nd|rd|th) (?:(?:UN|U\.N\.|United Nations) )?General Assembly\b"
    r"|\b(\d{1,3})(?:st|nd|rd|th) [Ss]ession of the (?:(?:UN|U\.N\.|United Nations) )?"
    r"General Assembly\b"
)

date_pieces = st.lists(
    st.sampled_from(
        [
            *("1", "12", "123", "2024", "1999", "1949", "20245", "\u0662\u0660\u0662\u0664"),
            *("74th", "3rd", "21st", "x", "_", " ", "  ", "\n", "\u00a0", ",", ".", "/", "-"),
            *("May", "June", "September", "Mayor", "xMay", "\u00c9May", "General Assembly"),
            *("UN ", "U.N. ", "United Nations ", "session of the ", "Session of the ", "th "),
            *("Monday", "Tuesday", "Sundays", "last ", "next ", "every ", "since ", "until "),
            *("this ", "on ", "founded in ", "and ", "to ", "The", "Assemblyx", "123rd "),
        ]
    ),
    max_size=14,
).map("".join)


def _spans(matches: Iterable[re.Match[str]]) -> list[tuple[int, int]]:
    return [match.span() for match in matches]


@given(date_pieces)
@example("17 May 2022 to July 19, 2024 and June 3 2025")
@example("x17 May 2022, May 2022; xMay 2022")
def test_date_patterns_match_as_first_written(text: str) -> None:
    assert _spans(dates._full_dates(text)) == _spans(_FULL_DATE_REFERENCE.finditer(text))
    assert _spans(dates._MONTH_YEAR.finditer(text)) == _spans(_MONTH_YEAR_REFERENCE.finditer(text))
    assert _spans(dates._YEAR.finditer(text)) == _spans(_YEAR_REFERENCE.finditer(text))


@given(date_pieces)
@example("the 74th session of the UN General Assembly; 1074th General Assembly")
@example("x 123rd Session of the United Nations General Assembly 5th General Assembly_")
@example("last Monday, on Tuesday")
def test_year_evidence_patterns_match_as_first_written(text: str) -> None:
    sessions = [(m.span(), m["session"]) for m in dates._ga_sessions(text)]
    assert sessions == [
        (m.span(), m.group(1) or m.group(2)) for m in _GA_SESSION_REFERENCE.finditer(text)
    ]
    weekday = dates._ON_WEEKDAY.search(text)
    reference = _ON_WEEKDAY_REFERENCE.search(text)
    assert (weekday and weekday.span(1)) == (reference and reference.span(1))


# The sentence rules as first written: the end of a sentence, and the abbreviations checked
# in Python after each period that the pattern found.
_SENTENCE_END_AS_FIRST_WRITTEN = re.compile(
    r"[.!?][\"”’»)\]]*(?=\s+[\"“„«‘(\[]?[A-Z0-9А-ЯЁ])"  # noqa: RUF001
)
_ABBREVIATION_AS_FIRST_WRITTEN = re.compile(
    r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|Prof|St|No|Nos|Gen|Lt|Col|Maj|Capt|Sgt|Gov|Sen|Rep|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|approx|etc|vs|incl|art|para|"
    r"Art|Para|Vol|vol|p|pp|U\.S|U\.N|Inc|Ltd|Co|Corp))\.$"
)


def _split_sentences_reference(text: str, offset: int = 0) -> tuple[Sentence, ...]:
    """split_sentences as first written: every piece between two sentence ends, stripped."""
    sentences: list[Sentence] = []
    begin = 0
    ends = [
        match.end()
        for match in _SENTENCE_END_AS_FIRST_WRITTEN.finditer(text)
        if not (
            match.group() == "."
            and _ABBREVIATION_AS_FIRST_WRITTEN.search(
                text, max(0, match.start() - 8), match.start() + 1
            )
        )
    ]
    for end in [*ends, len(text)]:
        piece = text[begin:end]
        stripped = piece.strip()
        if stripped:
            start = offset + begin + len(piece) - len(piece.lstrip())
            sentences.append(Sentence(stripped, start, start + len(stripped)))
        begin = end
    return tuple(sentences)


_SENTENCE_PIECES = [
    *("a", "b", "A", "Z", "1", ".", "!", "?", '"', "”", "»", ")", "]", "(", "«", "Я", " ", "  "),
    *("\n", "\u00a0", "\u2003", "Mr", "Mrs", "p", "pp", "U.S", "U.N", "approx", "etc", "xMr"),
    *("Sept", "Corp", "K.", "Prof", "No", "Nos", "_", "é"),
]


@given(st.lists(st.sampled_from(_SENTENCE_PIECES), max_size=25).map("".join), st.integers(0, 99))
@example(" He said so.  Mr. K.K. Tokayev agreed!  \u00abYes.\u00bb (It was.) ", 7)
@example('Talks in the U.S. Then approx. 5 p. A. Smith etc. Done Mr." Yes', 0)
@example("   ", 0)
def test_split_sentences_as_first_written(text: str, offset: int) -> None:
    sentences = _text.split_sentences.__wrapped__(text, offset)
    assert sentences == _split_sentences_reference(text, offset)
    assert all(type(sentence) is Sentence for sentence in sentences)
    assert all(text[s.start - offset : s.end - offset] == s.text for s in sentences)


_CSTO_CHROME_AS_FIRST_WRITTEN = [
    re.compile(r"^Must read$"),
    re.compile(r"^Go back$"),
    re.compile(r"^Back to the (?:section|all news)$"),
    re.compile(r"^More articles$"),
    re.compile(r"^Latest article$"),
]


@given(
    st.lists(
        st.sampled_from(["Must read", "Go back", "Back to the ", "section", "all news", " "]),
        max_size=4,
    ).map("".join)
)
@example("Back to the all news")
def test_csto_chrome_signature_counts_as_its_five_rules(line: str) -> None:
    merged = SIGNATURES[Source.CSTO][0]
    assert int(bool(merged.search(line))) == sum(
        bool(rule.search(line)) for rule in _CSTO_CHROME_AS_FIRST_WRITTEN
    )


def _with_facts_one_by_one(text: str, article: Article) -> Article:
    """_with_facts as first written: the article rebuilt after each extractor."""
    for field, extract in (
        ("statements", pipeline.extract_statements),
        ("mentions", pipeline.extract_mentions),
        ("resolutions", pipeline.extract_resolutions),
        ("priorities", pipeline.extract_priorities),
        ("peacekeeping", pipeline.extract_peacekeeping),
        ("events", pipeline.extract_events),
    ):
        article = attrs.evolve(article, **{field: extract(text, article)})
    return article


@pytest.mark.parametrize(
    "path",
    [*bundled_seed_paths(), *sorted((Path(__file__).parent / "pages").glob("*.txt"))],
    ids=lambda path: path.stem,
)
def test_facts_are_as_with_the_article_rebuilt_after_each_extractor(path: Path) -> None:
    """The extractors after the statements read none of each other's facts."""
    document = pipeline.parse_file(path)
    text = document.text
    for article in document.articles:
        bare = attrs.evolve(
            article, statements=(), mentions=(), resolutions=(), priorities=(),
            peacekeeping=(), events=(),
        )  # fmt: skip
        assert _with_facts_one_by_one(text, bare) == article
