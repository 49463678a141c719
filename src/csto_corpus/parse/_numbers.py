"""Numbers and ordinals as the outlets print them.

Numbers: ``about 2,500``, ``some 4 000``, ``two thousand``, ``1.5 thousand``, ``more than
500``; ordinals: ``first`` ... ``twentieth``, ``2nd``, ``number one``, ``No. 2``, ``top``.

The rules are data (the tables and patterns below); :func:`find_quantities`,
:func:`number_value` and :func:`ordinal_value` walk them. Every pattern is a plain
alternation or a bounded repetition of disjoint pieces, so matching is linear in the text.

>>> [(q.value, q.approximate, q.text) for q in find_quantities("about 2,500 personnel")]
[(2500, True, 'about 2,500')]
>>> ordinal_value("third"), ordinal_value("4th"), ordinal_value("top")
(3, 4, 1)
"""

from __future__ import annotations

import re
from typing import NamedTuple

from csto_corpus.parse._cues import fold
from csto_corpus.parse._gazetteer import trie_pattern
from csto_corpus.parse._regex import lazy_compile

__all__ = [
    "APPROXIMATE",
    "ORDINAL",
    "ORDINAL_WORDS",
    "Quantity",
    "find_quantities",
    "number_value",
    "ordinal_value",
]

# --- tables: general English, nothing page-specific ---------------------------------------

_UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000}

#: Ordinal words and their ranks; ``top`` (``top priority``) ranks first.
ORDINAL_WORDS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "top": 1,
    "foremost": 1,
}

#: Words before a number that make it approximate, longest first so that ``more than``
#: wins over a shorter prefix.
APPROXIMATE = (
    "approximately",
    "in excess of",
    "upwards of",
    "more than",
    "fewer than",
    "less than",
    "close to",
    "at least",
    "roughly",
    "nearly",
    "almost",
    "around",
    "about",
    "up to",
    "under",
    "some",
    "over",
    "circa",
)

# --- patterns ------------------------------------------------------------------------------

_WORD_NUMBER = (
    "(?:" + "|".join(sorted([*_UNITS, *_TENS], key=len, reverse=True)) + ")"
)  # longest first: "seventeen" before "seven"
_SCALE = "(?:hundred|thousand|million)"
# Figures: 2,500 / 4 000 (space, no-break space or thin space between groups of three) /
# 2500 / 1.5; never part of a longer token such as a symbol (75/20) or a date (2022-01).
_FIGURE = r"(?<![\w/.,-])\d{1,3}(?:(?:,|[ \u00a0\u202f\u2009])\d{3})+(?![\d/]|[.,-]\d)" + (
    r"|(?<![\w/.,-])\d+(?:\.\d+)?(?![\d/]|[.,-]\d)"
)
# A spelled number: "two thousand", "twenty-five", "one hundred and fifty", "three hundred".
_SPELLED = (
    rf"{_WORD_NUMBER}(?:[- ]{_WORD_NUMBER})?"
    rf"(?:(?: and | |-){_SCALE}(?:(?: and | ){_WORD_NUMBER}(?:[- ]{_WORD_NUMBER})?)?)*"
)
_QUALIFIER = "|".join(re.escape(q) for q in APPROXIMATE)

#: One quantity: an optional approximating word, then figures or words, then an optional
#: scale word (``1.5 thousand``).
_QUANTITY = lazy_compile(
    rf"(?:(?P<qualifier>\b(?:{_QUALIFIER}))\s+)?"
    rf"(?P<number>(?:{_FIGURE})(?:\s+{_SCALE})?|\b{_SPELLED}\b)",
    re.IGNORECASE,
)
#: What every quantity starts with, in :func:`~csto_corpus.parse._cues.fold`-ed text: an
#: approximating word, a digit or a number word. The case-insensitive pattern above, which
#: opens with optional groups, costs ten times more to try at every position than this one
#: (a trie, opening with the words' first letters) costs to find where to try it.
_QUANTITY_START = lazy_compile(trie_pattern(sorted({*APPROXIMATE, *_UNITS, *_TENS, *"0123456789"})))
_SPACES = lazy_compile(r"[\u00a0\u202f\u2009 ]+")
_SCALED_FIGURE = lazy_compile(r"([\d., ]+?) (hundred|thousand|million)")
_ORDINAL_DIGITS = lazy_compile(r"(\d{1,3})(?:st|nd|rd|th)", re.IGNORECASE)
_NUMBER_ONE = lazy_compile(r"(?:number|no\.?|#)\s*(\w+)", re.IGNORECASE)

#: An ordinal word or figure, for use inside larger patterns.
ORDINAL = (
    r"(?:" + "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True)) + r"|\d{1,2}(?:st|nd|rd|th))"
)


class Quantity(NamedTuple):
    """A number found in text, with offsets covering its qualifier and figures."""

    value: int
    approximate: bool
    text: str  #: As printed, qualifier included: ``about 2,500``.
    start: int
    end: int
    number_start: int  #: Where the figures or words begin (after the qualifier).


def number_value(text: str) -> int | None:
    """The integer a printed number means, or None if it is not a whole number.

    >>> [number_value(t) for t in ("2,500", "4 000", "two thousand", "1.5 thousand",
    ...                            "twenty-five", "one hundred and fifty", "2.5")]
    [2500, 4000, 2000, 1500, 25, 150, None]
    """
    words = _SPACES.sub(" ", text.strip().lower())
    scaled = _SCALED_FIGURE.fullmatch(words)
    if scaled is not None:
        return _figure_value(scaled.group(1), _SCALES[scaled.group(2)])
    if words[:1].isdigit():
        return _figure_value(words, 1)
    return _spelled_value(words)


def _figure_value(figures: str, scale: int) -> int | None:
    digits = figures.replace(",", "").replace(" ", "")
    if "." in digits:
        whole, _, fraction = digits.partition(".")
        if not (whole.isdigit() and fraction.isdigit()):
            return None
        denominator: int = 10 ** len(fraction)
        value = (int(whole) * denominator + int(fraction)) * scale
        if value % denominator:
            return None
        return value // denominator
    return int(digits) * scale if digits.isdigit() else None


def _spelled_value(words: str) -> int | None:
    total = 0
    current = 0
    seen = False
    for word in words.replace("-", " ").split():
        if word == "and":
            continue
        if word in _UNITS:
            current += _UNITS[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in _SCALES:
            total += (current or 1) * _SCALES[word]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def find_quantities(text: str, offset: int = 0) -> list[Quantity]:
    """Every number in ``text`` with its approximating word, offsets shifted by ``offset``.

    >>> [(q.value, q.approximate) for q in find_quantities(
    ...     "some 4\\u00a0000 troops, two thousand servicemen, more than 3,600 personnel")]
    [(4000, True), (2000, False), (3600, True)]
    """
    found: list[Quantity] = []
    folded = fold(text)
    position = 0
    # _QUANTITY.finditer(text), tried only where a quantity can start.
    while (start := _QUANTITY_START.search(folded, position)) is not None:
        match = _QUANTITY.match(text, start.start())
        if match is None:
            position = start.start() + 1
            continue
        position = match.end()
        value = number_value(match.group("number"))
        if value is None:
            continue
        found.append(
            Quantity(
                value=value,
                approximate=match.group("qualifier") is not None,
                text=match.group(),
                start=offset + match.start(),
                end=offset + match.end(),
                number_start=offset + match.start("number"),
            )
        )
    return found


def ordinal_value(text: str) -> int | None:
    """The rank an ordinal means: ``first``, ``1st``, ``number one``, ``No. 2``, ``top``.

    >>> [ordinal_value(t) for t in ("First", "tenth", "3rd", "number one", "No. 2", "top")]
    [1, 10, 3, 1, 2, 1]
    >>> ordinal_value("priority") is None
    True
    """
    word = text.strip().lower()
    if word in ORDINAL_WORDS:
        return ORDINAL_WORDS[word]
    if word.endswith("ly") and word[:-2] in ORDINAL_WORDS:
        return ORDINAL_WORDS[word[:-2]]  # firstly, secondly
    match = _ORDINAL_DIGITS.fullmatch(word)
    if match is not None:
        return int(match.group(1))
    match = _NUMBER_ONE.fullmatch(word)
    if match is not None:
        number = match.group(1)
        if number.isdigit():
            return int(number)
        value: int | None = _UNITS.get(number) or _TENS.get(number)
        return value
    return None
