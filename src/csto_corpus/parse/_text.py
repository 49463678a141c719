"""Stage one of parsing: bytes to text, text to lines and sentences, all with offsets.

Every later stage works on :class:`Line` and :class:`Sentence` values whose offsets index
the normalised text, so every span the parser builds points at the page.
"""

from __future__ import annotations

import codecs
import re
from typing import NamedTuple

from csto_corpus.errors import DecodeError

__all__ = [
    "Line",
    "Sentence",
    "decode",
    "normalize_newlines",
    "split_lines",
    "split_sentences",
]


class Line(NamedTuple):
    """One line of the page, without its surrounding white space."""

    text: str  #: The line, stripped; ``page[start:end] == text``.
    start: int
    end: int
    number: int  #: 1-based line number, for error messages.
    blank_before: int  #: How many blank lines stand directly above it.


class Sentence(NamedTuple):
    """One sentence of a paragraph; ``page[start:end] == text``."""

    text: str
    start: int
    end: int


_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def decode(data: bytes, *, source: str | None = None) -> str:
    """Decode a page's bytes: UTF-8, or UTF-8/UTF-16 after a byte-order mark.

    Raises :class:`~csto_corpus.errors.DecodeError` naming the byte offset of the first
    invalid byte, or of a NUL byte (a sign of a binary file), rather than guessing.
    """
    encoding = "utf-8"
    for bom, bom_encoding in _BOMS:
        if data.startswith(bom):
            data = data[len(bom) :]
            encoding = bom_encoding
            break
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        bad = data[error.start : error.start + 1].hex()
        raise DecodeError(
            f"expected {encoding} text, found invalid byte 0x{bad}",
            source=source,
            position=error.start,
        ) from error
    nul = text.find("\x00")
    if nul >= 0:
        raise DecodeError(
            "expected text, found a NUL byte (is this a binary file?)",
            source=source,
            position=nul,
        )
    return text


def normalize_newlines(text: str) -> str:
    r"""Turn ``\r\n`` and lone ``\r`` into ``\n``; nothing else changes.

    >>> normalize_newlines("a\r\nb\rc")
    'a\nb\nc'
    """
    return text.replace("\r\n", "\n").replace("\r", "\n")


def split_lines(text: str) -> list[Line]:
    """Split ``text`` into its non-blank lines, each stripped, with offsets.

    A line of white space only (no-break spaces included) counts as blank.

    >>> [(line.text, line.start, line.blank_before) for line in split_lines("a\\n\\n b \\nc")]
    [('a', 0, 0), ('b', 4, 1), ('c', 7, 0)]
    """
    lines: list[Line] = []
    blank = 0
    offset = 0
    new_line = tuple.__new__  # Line(...) without the Python-level __new__ of a NamedTuple
    for number, raw in enumerate(text.split("\n"), start=1):
        stripped = raw.strip()
        if stripped:
            # The leading white space cannot hold the first non-space character.
            start = offset + raw.index(stripped[0])
            lines.append(new_line(Line, (stripped, start, start + len(stripped), number, blank)))
            blank = 0
        else:
            blank += 1
        offset += len(raw) + 1
    return lines


# A sentence ends at . ! or ?, possibly followed by closing quotes or brackets, then white
# space and something that can start a sentence.
_SENTENCE_END = re.compile(r"[.!?][\"”’»)\]]*(?=\s+[\"“„«‘(\[]?[A-Z0-9А-ЯЁ])")  # noqa: RUF001
# Words that end in a period without ending the sentence: initials and abbreviations.
_ABBREVIATION = re.compile(
    r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|Prof|St|No|Nos|Gen|Lt|Col|Maj|Capt|Sgt|Gov|Sen|Rep|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|approx|etc|vs|incl|art|para|"
    r"Art|Para|Vol|vol|p|pp|U\.S|U\.N|Inc|Ltd|Co|Corp))\.$"
)


def split_sentences(text: str, offset: int = 0) -> list[Sentence]:
    """Split a paragraph into sentences; offsets are shifted by ``offset``.

    >>> [s.text for s in split_sentences("He said so. President K.K. Tokayev agreed.")]
    ['He said so.', 'President K.K. Tokayev agreed.']
    """
    sentences: list[Sentence] = []
    begin = 0
    for match in _SENTENCE_END.finditer(text):
        if match.group() == "." and _ABBREVIATION.search(
            text, max(0, match.start() - 8), match.start() + 1
        ):
            continue
        end = match.end()
        _append_sentence(sentences, text, begin, end, offset)
        begin = end
    _append_sentence(sentences, text, begin, len(text), offset)
    return sentences


def _append_sentence(
    sentences: list[Sentence], text: str, begin: int, end: int, offset: int
) -> None:
    piece = text[begin:end]
    stripped = piece.strip()
    if not stripped:
        return
    start = begin + (len(piece) - len(piece.lstrip()))
    sentences.append(Sentence(stripped, offset + start, offset + start + len(stripped)))
