"""Stage two of parsing: lines to page layout.

One reader per outlet walks the page's lines with the rules of
:mod:`csto_corpus.parse._layouts` and sorts every line into exactly one place: the
document's "today" line, a chrome line (with its reason), or a part of an article (title,
subtitle, time stamp, media, paragraph). Nothing is dropped: a line no rule claims becomes
body text.
"""

from __future__ import annotations

import datetime
import itertools
import operator
import re
from collections.abc import Callable, Iterable, Iterator, Sequence

import attrs

from csto_corpus.model import (
    Article,
    ArticleKind,
    ChromeLine,
    ChromeReason,
    Media,
    MediaKind,
    Paragraph,
    Published,
    Source,
    Span,
)
from csto_corpus.parse import dates
from csto_corpus.parse._layouts import (
    BELTA,
    CSTO,
    SENTENCE_END,
    SIGNATURES,
    TASS,
    TITLE_MAX_WORDS,
)
from csto_corpus.parse._text import Line

__all__ = ["ArticleParts", "Layout", "detect_source", "read_layout"]


@attrs.define
class ArticleParts:
    """An article while its page is being read; :meth:`build` freezes it."""

    kind: ArticleKind
    title: Line | None = None
    subtitle: Line | None = None
    published: Published | None = None
    published_inferred: bool = False
    published_span: Span | None = None
    published_evidence: tuple[Span, ...] = ()
    dateline: str | None = None
    dateline_span: Span | None = None
    paragraphs: list[Paragraph] = attrs.Factory(list)
    media: list[Media] = attrs.Factory(list)
    start: int | None = None
    end: int | None = None

    def claim(self, line: Line) -> None:
        """Widen the article's extent to cover ``line``."""
        if self.start is None or line.start < self.start:
            self.start = line.start
        if self.end is None or line.end > self.end:
            self.end = line.end

    def add_paragraph(self, line: Line, skip: int = 0) -> None:
        """Add ``line`` (less its first ``skip`` characters) as a paragraph."""
        self.claim(line)
        if skip:
            body = line.text[skip:]
            stripped = body.lstrip()
            start = line.start + skip + len(body) - len(stripped)
        else:  # a line is stripped already
            stripped, start = line.text, line.start
        if stripped:
            self.paragraphs.append(Paragraph(text=stripped, span=Span(start=start, end=line.end)))

    def add_media(self, line: Line, kind: MediaKind) -> None:
        """Add ``line`` as a caption, a credit or an image name."""
        self.claim(line)
        self.media.append(Media(text=line.text, span=_span(line), kind=kind))

    def build(self, article_id: str) -> Article:
        """The frozen :class:`~csto_corpus.model.Article`, without facts yet."""
        return Article(
            id=article_id,
            kind=self.kind,
            title=self.title.text if self.title else None,
            title_span=_span(self.title) if self.title else None,
            subtitle=self.subtitle.text if self.subtitle else None,
            subtitle_span=_span(self.subtitle) if self.subtitle else None,
            published=self.published,
            published_inferred=self.published_inferred,
            published_span=self.published_span,
            published_evidence=self.published_evidence,
            dateline=self.dateline,
            dateline_span=self.dateline_span,
            paragraphs=tuple(self.paragraphs),
            media=tuple(self.media),
            span=_extent(self.start, self.end),
        )


@attrs.define
class Layout:
    """What a reader found on a page."""

    source: Source
    retrieved: datetime.date | None = None
    retrieved_span: Span | None = None
    chrome: list[ChromeLine] = attrs.Factory(list)
    articles: list[ArticleParts] = attrs.Factory(list)

    def remove(self, line: Line, reason: ChromeReason) -> None:
        """Record ``line`` as chrome."""
        self.chrome.append(ChromeLine(text=line.text, span=_span(line), reason=reason))


def _extent(start: int | None, end: int | None) -> Span | None:
    return None if start is None or end is None else Span(start=start, end=end)


def _span(line: Line) -> Span:
    return Span(start=line.start, end=line.end)


def _real_date(text: str) -> datetime.date | None:
    """The date ``text`` prints, or None where it names no real day (``31 February``)."""
    try:
        return dates.parse_date(text)
    except (ValueError, OverflowError):
        return None


def _real_datetime(text: str) -> datetime.datetime | None:
    """A BelTA time stamp in Minsk time, or None where it names no real time (``14:73``)."""
    try:
        return dates.parse_datetime(text, dates.MINSK_TIME)
    except (ValueError, OverflowError):
        return None


def _looks_like_title(line: Line) -> bool:
    return len(line.text.split()) <= TITLE_MAX_WORDS and not SENTENCE_END.search(line.text)


def detect_source(lines: Sequence[Line]) -> Source:
    """The outlet whose signature lines the page has most of; UNKNOWN if none."""
    texts = [line.text for line in lines]
    # filter rather than a generator: the same count, without a Python step per (line, rule)
    # pair, which made this a fifth of the parse time.
    scores = {
        source: sum([len(list(filter(rule.search, texts))) for rule in rules])
        for source, rules in SIGNATURES.items()
    }
    best = max(scores.values())
    winners = [source for source, score in scores.items() if score == best]
    if best == 0 or len(winners) > 1:
        return Source.UNKNOWN
    return winners[0]


def read_layout(text: str, lines: Sequence[Line], source: Source) -> Layout:
    """Read the page with the reader for ``source``."""
    return _READERS[source](text, lines)


def _read_footer(layout: Layout, lines: Sequence[Line], social: re.Pattern[str]) -> None:
    for line in lines:
        layout.remove(line, ChromeReason.SOCIAL if social.match(line.text) else ChromeReason.FOOTER)


def _split_footer(lines: Sequence[Line], footer_start: re.Pattern[str], begin: int = 0) -> int:
    """Index of the first footer line at or after ``begin``, or ``len(lines)``."""
    found = _first_match(lines, footer_start, begin)
    return len(lines) if found is None else found


_TEXT = operator.attrgetter("text")


def _texts(lines: Iterable[Line]) -> Iterator[str]:
    """The lines' texts, for searches with map (and compress): no Python step per line."""
    return map(_TEXT, lines)


def _first_match(lines: Sequence[Line], rule: re.Pattern[str], begin: int = 0) -> int | None:
    """Index of the first line at or after ``begin`` that ``rule`` matches, or None."""
    matches = map(rule.match, _texts(itertools.islice(lines, begin, None)))
    return next(itertools.compress(itertools.count(begin), matches), None)


def _read_belta(text: str, lines: Sequence[Line]) -> Layout:
    layout = Layout(Source.BELTA)
    # Footer words ("Share", "Tags") can stand in the header too: look below the dateline.
    body_begins = _first_match(lines, BELTA.dateline)
    if body_begins is None:
        body_begins = _first_match(lines, BELTA.timestamp) or 0
    footer = _split_footer(lines, BELTA.footer_start, body_begins)
    body_lines = lines[:footer]
    stamp = _first_match(body_lines, BELTA.timestamp)
    article = ArticleParts(ArticleKind.NEWS)
    layout.articles.append(article)
    position = 0
    # Header: everything above the time stamp is chrome or the "today" line. Without a
    # time stamp, the header is the leading run of lines the header rules recognise.
    for position, line in enumerate(body_lines):
        if (match := BELTA.retrieved.match(line.text)) is not None and (
            today := _real_date(match["date"])
        ) is not None:
            layout.retrieved = today
            layout.retrieved_span = _span(line)
        elif (match := BELTA.timestamp.match(line.text)) is not None:
            # A stamp that names no real time (``14:73``) is still the stamp: no date.
            article.published = _real_datetime(f"{match['date']} {match['time']}")
            article.published_span = None if article.published is None else _span(line)
            article.claim(line)
        elif BELTA.weather.match(line.text):
            layout.remove(line, ChromeReason.WEATHER)
        elif BELTA.section.match(line.text):
            layout.remove(line, ChromeReason.SECTION)
        elif BELTA.navigation.match(line.text) or (stamp is not None and position < stamp):
            layout.remove(line, ChromeReason.NAVIGATION)
        else:
            break
    else:
        position = len(body_lines)
    rest = body_lines[position:]
    if rest and not BELTA.dateline.match(rest[0].text):
        article.title = rest[0]
        article.claim(rest[0])
        rest = rest[1:]
    has_dateline = any(map(BELTA.dateline.match, _texts(rest)))
    in_body = False
    for line in rest:
        if not in_body and (match := BELTA.dateline.match(line.text)) is not None:
            in_body = True
            article.dateline = match["place"]
            article.dateline_span = Span(
                start=line.start + match.start("place"), end=line.start + match.end("place")
            )
            if article.published is None:
                _date_from_dateline(article, text, line, match)
            article.add_paragraph(line, skip=match.end())
        elif in_body or (not has_dateline and not _looks_like_title(line)):
            in_body = True
            article.add_paragraph(line)
        else:
            article.add_media(line, MediaKind.CAPTION)
    _read_footer(layout, lines[footer:], BELTA.social)
    return layout


def _date_from_dateline(article: ArticleParts, text: str, line: Line, match: re.Match[str]) -> None:
    """Date an article from a dateline's day and month, inferring the year if the page can."""
    article.published_span = Span(
        start=line.start + min(match.start("month"), match.start("day")),
        end=line.start + max(match.end("month"), match.end("day")),
    )
    _infer_date(article, text, match["month"], match["day"])


def _infer_date(
    article: ArticleParts,
    text: str,
    month_name: str,
    day_text: str,
    time: str | None = None,
    offset: datetime.tzinfo | None = None,
) -> None:
    """Set ``published`` from a printed month and day, with the year inferred, if it can be."""
    month = dates.month_number(month_name)
    day = int(day_text)
    inference = dates.infer_year(month, day, text)
    if inference.year is None:
        return
    try:
        published: Published = datetime.date(inference.year, month, day)
    except ValueError:
        return  # 29 February in a year that has none: the evidence was wrong.
    if time is not None and offset is not None:
        hour, minute = (int(part) for part in time.split(":"))
        if hour < 24 and minute < 60:  # an impossible time (25:61) leaves the date alone
            published = datetime.datetime(inference.year, month, day, hour, minute, tzinfo=offset)
    article.published = published
    article.published_inferred = True
    article.published_evidence = tuple(Span(start=s, end=e) for s, e in inference.evidence)


def _read_tass(text: str, lines: Sequence[Line]) -> Layout:
    layout = Layout(Source.TASS)
    dateline_at = _first_match(lines, TASS.dateline)
    footer = _split_footer(lines, TASS.footer_start, (dateline_at or 0) + 1)
    article = ArticleParts(ArticleKind.NEWS)
    layout.articles.append(article)
    # Above the dateline: menus (chrome anywhere there), the title, an older page's time
    # stamp, the lead line (subtitle), then photos as caption + credit pairs.
    head: list[Line] = []
    stamp: re.Match[str] | None = None
    for line in lines[: dateline_at if dateline_at is not None else footer]:
        if TASS.navigation.match(line.text):
            layout.remove(line, ChromeReason.NAVIGATION)
        elif stamp is None and head and (match := TASS.timestamp.match(line.text)):
            stamp = match
            article.claim(line)
        else:
            head.append(line)
    if head:
        article.title = head.pop(0)
        article.claim(article.title)
    index = 0
    while index < len(head):
        line = head[index]
        following = head[index + 1] if index + 1 < len(head) else None
        if TASS.credit.match(line.text):
            article.add_media(line, MediaKind.CREDIT)
        elif index == 0 and (
            following is None
            or not TASS.credit.match(following.text)
            or len(line.text.split()) >= TASS.lead_min_words
        ):
            # The lead under the title; a short line right over a credit is the caption of a
            # photo the page shows without a lead.
            article.subtitle = line
            article.claim(line)
        elif dateline_at is not None or (
            following is not None and TASS.credit.match(following.text)
        ):
            # Above a dateline every other line is a caption; without one, only the line
            # that stands over a credit is.
            article.add_media(line, MediaKind.CAPTION)
        else:
            break  # no dateline: the body starts at the first line that is no photo
        index += 1
    body = list(lines[dateline_at:footer]) if dateline_at is not None else head[index:]
    for line in body:
        if article.dateline is None and (match := TASS.dateline.match(line.text)) is not None:
            article.dateline = match["place"]
            article.dateline_span = Span(
                start=line.start + match.start("place"), end=line.start + match.end("place")
            )
            _date_from_dateline(article, text, line, match)
            article.add_paragraph(line, skip=match.end())
        else:
            article.add_paragraph(line)
    if stamp is not None and (article.published is not None or article.dateline is None):
        # An older page's time stamp gives the time and the UTC offset as well.
        hours = int(stamp["offset"].replace("\u2212", "-"))
        # UTC offsets lie within a day; an impossible one (UTC+99) gives no time.
        offset = datetime.timezone(datetime.timedelta(hours=hours)) if abs(hours) < 24 else None
        _infer_date(article, text, stamp["month"], stamp["day"], stamp["time"], offset)
    _read_footer(layout, lines[footer:], TASS.social)
    return layout


def _read_csto(text: str, lines: Sequence[Line]) -> Layout:
    layout = Layout(Source.CSTO)
    footer = _split_footer(lines, CSTO.footer_start)
    content: list[Line] = []
    for line in lines[:footer]:
        if CSTO.navigation.match(line.text):
            layout.remove(line, ChromeReason.NAVIGATION)
        elif CSTO.promo.match(line.text):
            layout.remove(line, ChromeReason.PROMO)
        else:
            content.append(line)
    if content and CSTO.speech_title.match(content[0].text):
        speech = ArticleParts(ArticleKind.SPEECH, title=content[0])
        speech.claim(content[0])
        layout.articles.append(speech)
        _read_csto_body(speech, content[1:])
    else:
        _read_csto_listing(layout, content)
    _read_footer(layout, lines[footer:], CSTO.social)
    return layout


def _read_csto_body(article: ArticleParts, lines: Sequence[Line]) -> None:
    """Body lines of a CSTO item: its date line, images, paragraphs."""
    for line in lines:
        if article.published is None and _read_csto_date(article, line):
            continue
        if CSTO.image.match(line.text):
            article.add_media(line, MediaKind.IMAGE)
        else:
            article.add_paragraph(line)


def _read_csto_date(article: ArticleParts, line: Line) -> bool:
    """Date an undated item from its date line, or its title repeated with a date.

    :returns: True if ``line`` was either, and so taken.
    """
    if (
        not article.paragraphs
        and (match := CSTO.date_line.match(line.text)) is not None
        and (day := _real_date(match["date"])) is not None
    ):
        article.published = day
        article.published_span = _span(line)
        article.claim(line)
        return True
    title = article.title
    if (
        title is not None
        and line.text.startswith(title.text)  # checked first: the pattern is slow to fail
        and (repeat := CSTO.dated_title.match(line.text)) is not None
        and repeat["title"] == title.text
    ):
        # An impossible date (52.02.2025) leaves the article undated, the line claimed.
        article.published = _real_date(repeat["date"])
        article.published_span = Span(
            start=line.start + repeat.start("date"), end=line.start + repeat.end("date")
        )
        article.claim(line)
        return True
    return False


def _read_csto_listing(layout: Layout, lines: Sequence[Line]) -> None:
    """A page of items separated by two or more blank lines, or a single news page."""
    groups: list[list[Line]] = []
    for line in lines:
        if not groups or line.blank_before >= 2:
            groups.append([])
        groups[-1].append(line)
    orphan_images: list[Line] = []
    for group in groups:
        if all(map(CSTO.image.match, _texts(group))):
            if layout.articles:
                for line in group:
                    layout.articles[-1].add_media(line, MediaKind.IMAGE)
            else:
                orphan_images.extend(group)
            continue
        if len(group) == 1:
            item = _csto_teaser(group[0])
        elif _looks_like_title(group[0]) and not CSTO.date_line.match(group[0].text):
            item = ArticleParts(ArticleKind.NEWS, title=group[0])
            item.claim(group[0])
            _read_csto_body(item, group[1:])
        elif not any(map(CSTO.first_person.search, _texts(group))):
            # Editorial teasers are written in the third person and may stand one blank
            # line apart; each of them is an item of its own.
            for line in group[:-1]:
                layout.articles.append(_csto_teaser(line))
            item = _csto_teaser(group[-1])
        else:
            item = ArticleParts(ArticleKind.EXCERPT)
            _read_csto_body(item, group)
        for line in orphan_images:
            item.add_media(line, MediaKind.IMAGE)
        orphan_images.clear()
        layout.articles.append(item)
    if orphan_images:  # a page of images only
        item = ArticleParts(ArticleKind.EXCERPT)
        for line in orphan_images:
            item.add_media(line, MediaKind.IMAGE)
        layout.articles.append(item)


def _csto_teaser(line: Line) -> ArticleParts:
    """A one-paragraph item, dated where it opens with its date."""
    item = ArticleParts(ArticleKind.TEASER)
    match = CSTO.teaser_date.match(line.text)
    first = (
        None
        if match is None
        else f"{match['d1']} {match['m1']} {match['y1']}"
        if match["d1"]
        else f"{match['m2']} {match['d2']}, {match['y2']}"
    )
    if match is not None and first is not None and (day := _real_date(first)) is not None:
        item.published = day
        item.published_span = Span(
            start=line.start + match.start("date"), end=line.start + match.end("date")
        )
    item.add_paragraph(line)
    return item


def _read_unknown(text: str, lines: Sequence[Line]) -> Layout:
    """Any other page: a title if the first line reads like one, then paragraphs."""
    layout = Layout(Source.UNKNOWN)
    if not lines:
        return layout
    article = ArticleParts(ArticleKind.NEWS)
    layout.articles.append(article)
    rest = list(lines)
    if len(rest) > 1 and _looks_like_title(rest[0]):
        article.title = rest.pop(0)
        article.claim(article.title)
    for line in rest:
        article.add_paragraph(line)
    return layout


_READERS: dict[Source, Callable[[str, Sequence[Line]], Layout]] = {
    Source.BELTA: _read_belta,
    Source.TASS: _read_tass,
    Source.CSTO: _read_csto,
    Source.UNKNOWN: _read_unknown,
}
