"""Stage one of parsing: bytes to text, text to lines and sentences, all with offsets.

Every later stage works on :class:`Line` and :class:`Sentence` values whose offsets index
the normalised text, so every span the parser builds points at the page.
"""

from __future__ import annotations

import codecs
import functools
import re
from typing import NamedTuple

from csto_corpus.errors import DecodeError
from csto_corpus.parse._regex import lazy_compile

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


# Byte-order marks, longest first: the UTF-32 little-endian mark begins with the UTF-16 one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Magic numbers of binary formats people save next to their pages by mistake; each gives
# the error its reason ("a PNG image") instead of a stray byte offset.
_BINARY_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or a DOCX, XLSX, ODT or EPUB file)"),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"%PDF-", "a PDF document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x7fELF", "an ELF executable"),
    (b"MZ\x90\x00", "a Windows executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
    (b"SQLite format 3\x00", "an SQLite database"),
)
_BINARY_PREFIXES = tuple(signature for signature, _ in _BINARY_SIGNATURES)

# Windows-1251, the Russian code page of older Windows tools: a page is read as Windows-1251
# only if its bytes are not UTF-8 and, so decoded, its non-ASCII characters are Cyrillic
# letters (and the typographic marks the code page has) standing in words of their own.
# Western text in Windows-1252 or Latin-1, decoded the same way, puts single Cyrillic
# letters inside Latin words ("Mьller", "cafй"): that is mojibake and is refused.
_CP1251_MARKS = frozenset(
    "\u00a0\u00ab\u00bb\u2013\u2014\u201c\u201d\u201e\u2019\u2116\u2026\u00b0"
)
_CYRILLIC = "\u0400-\u045f\u0490\u0491"  # Russian, Belarusian, Ukrainian, Serbian letters.
_CYRILLIC_LETTERS = lazy_compile(f"[{_CYRILLIC}]")
_CYRILLIC_WORD = lazy_compile(f"[{_CYRILLIC}]{{3}}")  # At least one real word.
_NON_ASCII = lazy_compile(r"[^\x00-\x7f]")
# A Cyrillic letter next to a letter of another script, inside one word: mojibake.
_MIXED_SCRIPTS = lazy_compile(
    f"[{_CYRILLIC}][^\\W\\d_{_CYRILLIC}]|[^\\W\\d_{_CYRILLIC}][{_CYRILLIC}]"
)
_CP1251_MIN_LETTERS = 4  # Fewer Cyrillic letters than this is too little to tell.
_CP1251_MIN_SHARE = 0.9  # Share of non-ASCII characters that must be Cyrillic or marks.


def _line_of(data: bytes, skipped: int, position: int, encoding: str) -> int:
    """The 1-based line number of byte ``position``; any of the three line ends counts."""
    head = data[skipped:position].decode(encoding, errors="replace")
    return head.count("\n") + head.count("\r") - head.count("\r\n") + 1


def _looks_like_cp1251(text: str) -> bool:
    """True if ``text`` (bytes decoded as Windows-1251) reads as Cyrillic, not mojibake.

    >>> _looks_like_cp1251("Минск, 2 мая. Встреча министров")
    True
    >>> _looks_like_cp1251("M\u044cller und caf\u0439 sind gut")  # German in Windows-1252
    False
    """
    non_ascii = len(_NON_ASCII.findall(text))
    cyrillic = len(_CYRILLIC_LETTERS.findall(text))
    marks = sum(text.count(mark) for mark in _CP1251_MARKS)
    return (
        cyrillic >= _CP1251_MIN_LETTERS
        and cyrillic + marks >= _CP1251_MIN_SHARE * non_ascii
        and _CYRILLIC_WORD.search(text) is not None
        and _MIXED_SCRIPTS.search(text) is None
    )


def decode(data: bytes, *, source: str | None = None) -> str:
    r"""Decode a page's bytes: UTF-8, or Unicode after a byte-order mark, or Windows-1251.

    UTF-8, UTF-16 and UTF-32 are read after their byte-order marks; bytes that are not UTF-8
    are read as Russian Windows-1251 only where they read unmistakably as Cyrillic words.
    Anything else raises :class:`~csto_corpus.errors.DecodeError` naming ``source``, the
    line, the byte offset and the reason (a binary format, an invalid byte, a NUL byte)
    rather than guessing: mojibake is never passed off as text.

    >>> decode(b"\xef\xbb\xbfMINSK")
    'MINSK'
    >>> decode("Минск".encode("utf-16"))
    'Минск'
    >>> decode("Встреча министров в Москве".encode("cp1251"))
    'Встреча министров в Москве'
    >>> try:
    ...     decode(b"Menu\ncaf\xe9 au lait", source="menu.txt")
    ... except DecodeError as error:
    ...     print(error.source, error.line, error.position, error.message)
    menu.txt 2 8 expected UTF-8 text, found the invalid byte 0xe9
    >>> decode(b"\x89PNG\r\n\x1a\n\x00\x00", source="photo.txt")
    Traceback (most recent call last):
    ...
    csto_corpus.errors.DecodeError: photo.txt:1: expected text, found a PNG image (at character 0)
    """
    if data.startswith(_BINARY_PREFIXES):  # one test for a text page, which has none
        for signature, what in _BINARY_SIGNATURES:
            if data.startswith(signature):
                raise DecodeError(f"expected text, found {what}", source=source, line=1, position=0)
    encoding = "utf-8"
    skipped = 0
    for bom, bom_encoding in _BOMS:
        if data.startswith(bom):
            skipped = len(bom)
            encoding = bom_encoding
            break
    try:
        text = data[skipped:].decode(encoding)
    except UnicodeDecodeError as error:
        text = _decode_fallback(data, encoding, skipped, error, source)
    nul = text.find("\x00")
    if nul >= 0:
        position = skipped + len(text[:nul].encode(encoding))
        hint = ""
        if encoding == "utf-8" and _looks_like_bomless_utf16(data):
            hint = "; UTF-16 without a byte-order mark? Save it as UTF-8"
        raise DecodeError(
            f"expected text, found a NUL byte (is this a binary file?{hint})",
            source=source,
            line=_line_of(data, skipped, position, encoding),
            position=position,
        )
    return text


def _looks_like_bomless_utf16(data: bytes) -> bool:
    sample = data[:200]
    return len(sample) >= 4 and (
        sample[1::2].count(0) > len(sample) // 4 or sample[0::2].count(0) > len(sample) // 4
    )


def _display(encoding: str) -> str:
    """``utf-16-le`` as people write it: ``UTF-16``."""
    return encoding.upper()[:6].rstrip("-")


def _mostly_utf8(data: bytes) -> bool:
    """True if more of the non-ASCII bytes form valid UTF-8 than not: damaged UTF-8.

    Such bytes read as Windows-1251 would give mojibake (``Минск`` as ``РњРёРЅСЃРє``).

    >>> _mostly_utf8("Минск".encode()[:-1]), _mostly_utf8("Минск".encode("cp1251"))
    (True, False)
    """
    replaced = data.decode("utf-8", errors="replace")
    invalid = replaced.count("\ufffd")
    return len(_NON_ASCII.findall(replaced)) - invalid > invalid


def _decode_fallback(
    data: bytes, encoding: str, skipped: int, error: UnicodeDecodeError, source: str | None
) -> str:
    """Read bytes that are not valid ``encoding``: Windows-1251 Russian, or a clear error."""
    if encoding == "utf-8" and not skipped and b"\x00" not in data and not _mostly_utf8(data):
        try:
            candidate = data.decode("cp1251")
        except UnicodeDecodeError:
            pass  # 0x98 is no character in Windows-1251: not that code page either.
        else:
            if _looks_like_cp1251(candidate):
                return candidate
    position = skipped + error.start
    bad = data[position : position + 1].hex()
    if error.reason == "unexpected end of data" or error.reason == "truncated data":
        reason = f"expected {_display(encoding)} text, found it cut off inside a character"
    elif encoding == "utf-8":
        reason = f"expected UTF-8 text, found the invalid byte 0x{bad}"
    else:
        reason = f"expected {_display(encoding)} text, found invalid bytes ({error.reason})"
    raise DecodeError(
        reason,
        source=source,
        line=_line_of(data, skipped, position, encoding),
        position=position,
    ) from error


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


# Words that end in a period without ending the sentence: abbreviations, and initials (any
# capital letter on its own).
_ABBREVIATIONS = (
    "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "No", "Nos", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt",
    "Gov", "Sen", "Rep", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
    "Nov", "Dec", "approx", "etc", "vs", "incl", "art", "para", "Art", "Para", "Vol", "vol", "p",
    "pp", "U.S", "U.N", "Inc", "Ltd", "Co", "Corp",
)  # fmt: skip
_INITIAL = "[A-Z]"


def _not_after_abbreviation() -> str:
    """Lookbehinds that fail after an abbreviation or an initial, a whole word, and its period.

    One lookbehind for each length of word: a lookbehind has a fixed width.
    """
    by_length: dict[int, list[str]] = {1: [_INITIAL]}
    for word in _ABBREVIATIONS:
        by_length.setdefault(len(word), []).append(re.escape(word))
    return "".join(rf"(?<!\b(?:{'|'.join(words)})\.)" for _, words in sorted(by_length.items()))


_CLOSERS = '["”’»)\\]]'  # noqa: RUF001
# A sentence ends at . ! or ?, possibly followed by closing quotes or brackets, then white
# space and something that can start a sentence; the next sentence starts where the white
# space (group 1) ends. A period alone ends no sentence after an abbreviation or an initial,
# nor after the number of a numbered paragraph (``1. Ensuring security ...``).
_SENTENCE_END = lazy_compile(
    rf"[.!?](?:(?={_CLOSERS})|{_not_after_abbreviation()}(?<!^\d\.)(?<!^\d\d\.))"
    rf"{_CLOSERS}*"
    r"(?=(\s+)[\"“„«‘(\[]?[A-Z0-9А-ЯЁ])"  # noqa: RUF001
)


@functools.lru_cache(maxsize=256)
def split_sentences(text: str, offset: int = 0) -> tuple[Sentence, ...]:
    """Split a paragraph into sentences; offsets are shifted by ``offset``.

    Every extractor reads the same paragraphs, so the recent results are kept (a bounded
    cache: a huge page does not keep all its sentences alive).

    >>> [s.text for s in split_sentences("He said so. President K.K. Tokayev agreed.")]
    ['He said so.', 'President K.K. Tokayev agreed.']
    """
    sentences: list[Sentence] = []
    new_sentence = tuple.__new__  # Sentence(...) without the Python-level __new__
    # Each sentence but the last starts after white space and ends in a sentence end: it
    # needs no stripping. The first starts after the text's own leading white space.
    begin = len(text) - len(text.lstrip())
    for match in _SENTENCE_END.finditer(text):
        end = match.end()
        sentences.append(new_sentence(Sentence, (text[begin:end], offset + begin, offset + end)))
        begin = match.end(1)
    last = text[begin:].rstrip()
    if last:
        sentences.append(new_sentence(Sentence, (last, offset + begin, offset + begin + len(last))))
    return tuple(sentences)
