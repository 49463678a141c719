"""Cheap pre-tests: whether a piece of text can hold a match of a rule at all.

Most sentences hold nothing for a given extractor, and a rule's pattern (a wide
alternation after ``\\b``, often case-insensitive) costs far more to fail than a search for
a word that every match of it must contain. So the extractors look for such *cue* words
first, once per paragraph and then per sentence, and run their rules only where one
occurs; a cue is only ever a necessary condition, never a reason to find more.

Case-insensitive rules get their cues in :func:`fold`-ed text, searched case-sensitively
for lower-case words: a literal regex scans far faster than an ``re.IGNORECASE`` one.

A cue is a tuple of words searched with ``in`` (:func:`has_any`) or ``str.find``
(:func:`positions`): Python's substring search skips through a text many times faster
than the regex engine tries an alternation at each character, which it does for any
pattern that does not open with one literal. And where every match of a rule *starts*
with one of a few words, the rule need only be tried where they begin (:func:`matches`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["fold", "has_any", "in_pieces", "matches", "occurrences", "positions"]


def fold(text: str) -> str:
    """``text`` in lower case as ``re.IGNORECASE`` compares letters, offsets unchanged.

    Every character that a case-insensitive pattern matches against an ASCII letter
    becomes that letter in lower case, so where such a pattern matches ``text``, its
    literal words (in lower case) stand at the same offsets in ``fold(text)``.

    >>> fold("UN PeaceKeeping \\u212a, d\\u0131s\\u017fent \\u0130")
    'un peacekeeping k, dissent i'
    """
    if text.isascii():
        return text.lower()
    # The characters that re.IGNORECASE matches against an ASCII letter without being its
    # lower or upper case (found by trying every code point) are dotted and dotless I,
    # long s and the Kelvin sign (which lower() makes a "k"). Dotted I goes first: it is
    # the only character that lower() makes two. (str.replace beats str.translate here.)
    return text.replace("\u0130", "i").lower().replace("\u0131", "i").replace("\u017f", "s")


def has_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of ``words``.

    >>> has_any("some 4 000 troops", ("personnel", "troops")), has_any("none", ("one", "two"))
    (True, True)
    """
    for word in words:  # noqa: SIM110 (a loop: any() over a generator costs twice as much)
        if word in text:
            return True
    return False


def positions(
    text: str, words: tuple[str, ...], start: int = 0, end: int | None = None
) -> list[int]:
    """Where each of ``words`` begins in ``text[start:end]``, in order, overlaps included.

    >>> positions("the CSTO CPF, the CPF", ("CPF", "CSTO"))
    [4, 9, 18]
    """
    found = [at for at, _ in occurrences(text, words, start, end)]
    found.sort()
    return found


def occurrences(
    text: str, words: tuple[str, ...], start: int = 0, end: int | None = None
) -> list[tuple[int, str]]:
    """Where each of ``words`` begins in ``text[start:end]``, and which: by word, not sorted.

    >>> occurrences("the CSTO CPF, the CPF", ("CPF", "CSTO"))
    [(9, 'CPF'), (18, 'CPF'), (4, 'CSTO')]
    """
    stop = len(text) if end is None else end
    found: list[tuple[int, str]] = []
    for word in words:
        at = text.find(word, start, stop)
        while at >= 0:
            found.append((at, word))
            at = text.find(word, at + 1, stop)
    return found


def in_pieces(starts: list[int], ends: list[int]) -> list[bool]:
    """Whether each of consecutive pieces of a text (sentences) holds one of ``starts``.

    ``ends`` are where the pieces end, ascending, and ``starts`` where cue words start,
    ascending; a word belongs to the first piece that ends after it starts (no cue word
    reaches across the end of a piece).

    >>> in_pieces([3, 12], [5, 10, 15]), in_pieces([], [5])
    ([True, False, True], [False])
    """
    holds = []
    hit = 0
    for end in ends:
        holds.append(hit < len(starts) and starts[hit] < end)
        while hit < len(starts) and starts[hit] < end:
            hit += 1
    return holds


def matches(
    pattern: re.Pattern[str],
    text: str,
    starts: tuple[str, ...],
    pos: int = 0,
    endpos: int | None = None,
) -> Iterator[re.Match[str]]:
    """The matches of ``pattern.finditer(text, pos, endpos)``, found faster.

    Every match of ``pattern`` must start with one of ``starts`` and not be empty. The
    pattern is tried only where one of them begins, leftmost first, and after a match only
    from its end on: what ``finditer`` does, without trying the pattern at every character,
    which for a pattern that opens with ``\\b`` or a lookbehind the regex engine does, slowly.

    >>> force = re.compile(r"\\b(?:CSTO\\s+)?CPF\\b")
    >>> [m.span() for m in matches(force, "The CSTO CSTO CPF, CPFs, CPF", ("CSTO", "CPF"))]
    [(9, 17), (25, 28)]
    """
    stop = len(text) if endpos is None else endpos
    for at in positions(text, starts, pos, stop):
        if at < pos:
            continue  # inside the match before
        match = pattern.match(text, at, stop)
        if match is not None:
            yield match
            pos = match.end()
