"""Parsing: page text in, :class:`~csto_corpus.model.Document` out.

The pipeline, in order: decode the bytes, normalise line ends, split lines with offsets,
find the outlet, read its page layout into articles, then extract each article's facts.

>>> doc = parse("Hello world\\n\\nA first paragraph.", "greeting")
>>> doc.source, doc.articles[0].title, doc.articles[0].paragraphs[0].text
(<Source.UNKNOWN: 'unknown'>, 'Hello world', 'A first paragraph.')
"""

from __future__ import annotations

import os
from pathlib import Path

import attrs

from csto_corpus.errors import ParseError
from csto_corpus.model import Article, Document, Source
from csto_corpus.parse._pages import detect_source, read_layout
from csto_corpus.parse._text import decode, normalize_newlines, split_lines
from csto_corpus.parse.events import extract_events
from csto_corpus.parse.mentions import extract_mentions
from csto_corpus.parse.peacekeeping import extract_peacekeeping
from csto_corpus.parse.priorities import extract_priorities
from csto_corpus.parse.resolutions import extract_resolutions
from csto_corpus.parse.statements import extract_statements

__all__ = ["parse", "parse_bytes", "parse_file"]


def parse(text: str, name: str, *, source: Source | None = None) -> Document:
    """Parse one page's text into a :class:`~csto_corpus.model.Document`.

    :param text: the page as plain text; ``\\r\\n`` and ``\\r`` line ends become ``\\n``.
    :param name: the document id, usually the file name without its extension.
    :param source: the outlet, if known; detected from the page's layout otherwise.
    :raises ParseError: if ``text`` holds a NUL character (a binary file decoded as text).

    >>> parse("MINSK, 2 May (BelTA) - Hello.", "p").articles[0].dateline
    'MINSK'
    """
    if "\x00" in text:
        raise ParseError(
            "expected text, found a NUL character (is this a binary file?)",
            source=name,
            position=text.index("\x00"),
        )
    text = normalize_newlines(text)
    lines = split_lines(text)
    if source is None:
        source = detect_source(lines)
    layout = read_layout(text, lines, source)
    articles = tuple(
        _with_facts(text, parts.build(f"{name}/{number}"))
        for number, parts in enumerate(layout.articles, start=1)
    )
    return Document(
        id=name,
        source=layout.source,
        text=text,
        retrieved=layout.retrieved,
        retrieved_span=layout.retrieved_span,
        articles=articles,
        chrome=tuple(sorted(layout.chrome, key=lambda line: line.span.start)),
    )


def _with_facts(text: str, article: Article) -> Article:
    """Fill an article's facts, in order.

    The statements come first, and the article is rebuilt with them: later extractors read
    them (a priority's speaker comes from the statements). The other extractors read none of
    each other's facts, so the article is rebuilt once more with all of them, not once each.
    """
    article = attrs.evolve(article, statements=extract_statements(text, article))
    return attrs.evolve(
        article,
        mentions=extract_mentions(text, article),
        resolutions=extract_resolutions(text, article),
        priorities=extract_priorities(text, article),
        peacekeeping=extract_peacekeeping(text, article),
        events=extract_events(text, article),
    )


def parse_bytes(data: bytes, name: str, *, source: Source | None = None) -> Document:
    """Decode and parse a page's bytes (UTF-8, or UTF-8/UTF-16 with a byte-order mark).

    :raises DecodeError: naming ``name`` and the byte offset, if the bytes are not text.

    >>> parse_bytes("Title\\n\\nBody.".encode(), "p").articles[0].title
    'Title'
    """
    return parse(decode(data, source=name), name, source=source)


def parse_file(path: str | os.PathLike[str], *, source: Source | None = None) -> Document:
    """Read and parse one page file; its id is the file name without the extension.

    :raises ParseError: if the file is not text, naming the file and the position.
    :raises OSError: if the file cannot be read.

    >>> from csto_corpus._loading import bundled_seed_paths
    >>> document = parse_file(bundled_seed_paths()[2])
    >>> document.source.value, document.articles[0].dateline
    ('tass', 'MOSCOW')
    """
    path = Path(path)
    data = path.read_bytes()
    return parse(decode(data, source=str(path)), path.stem, source=source)
