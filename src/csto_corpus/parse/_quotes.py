# ruff: noqa: RUF002, RUF003  (quotation marks are this module's subject)
"""Quotation marks: which character opens or closes a quote, and how marks pair up.

The pairing is one left-to-right pass over a paragraph with a small stack, so it is linear
in the paragraph's length whatever the marks are; it never fails and never drops text.

Marks and their roles (the rules are the tables and the small functions below):

* ``“`` opens, except that it closes a ``„`` (German style ``„...“``) and that a ``“``
  glued to the end of a word (``word“ ``) is a misprinted closing mark.
* ``”`` closes, except that one standing before a word with nothing open (``”Text``) is a
  misprinted opening mark.
* ``"`` (straight) opens before a word and after a space, closes after a word and before a
  space or punctuation; when both or neither hold it closes if a quote is open.
* ``«`` opens and ``»`` closes; ``„`` opens.
* ``‘`` opens a single quote before a word; ``’`` closes it only while a single quote is
  open and never between two letters: otherwise ``’`` is an apostrophe (``today’s``,
  ``states’ affairs``), as ``'`` always is (``Belarus'``, ``CSTO's``).

Nesting: an opening mark of another family inside an open quote nests (``«... „...“ ...»``,
``“... ‘...’ ...”``). An opening mark of the same family as the open outer quote means the
outer quote lost its closing mark: it ends there, unclosed. A closing mark with nothing
open is an *orphan*: its opening mark was left out. Only outer (top-level) quotes are
reported; nested ones stay part of their outer quote's words.
"""

from __future__ import annotations

import enum
import re
from typing import NamedTuple

from csto_corpus.parse._regex import lazy_compile

__all__ = ["Mark", "Quote", "is_quote_mark", "pair_quotes"]


class Mark(enum.Enum):
    """What a quotation character does where it stands."""

    OPEN = "open"
    CLOSE = "close"
    NONE = "none"  #: An apostrophe, or a mark that pairs with nothing.


class Quote(NamedTuple):
    """One outer quote of a paragraph; offsets index the text given to :func:`pair_quotes`.

    ``open`` is None for an orphan closing mark (the page left out the opening mark) and
    ``close`` is None for a quote whose closing mark is missing; ``end`` is then where the
    quote was cut: the next same-family opening mark or the end of the paragraph.
    """

    open: int | None
    close: int | None
    end: int  #: ``close`` if there is one; else where the unclosed quote stops.
    single: bool  #: Made of ``‘ ’`` marks.


#: Double-quote opening characters and the family each belongs to. Two marks of one family
#: do not nest: the second means the first lost its closing mark.
_DOUBLE_FAMILY = {
    "\u201c": "curly",  # “
    "\u201d": "curly",  # ” misprinted as an opening mark
    "\u201e": "low",  # „
    "\u00ab": "guillemet",  # «
    '"': "straight",
}
_DOUBLE_MARKS = frozenset('\u201c\u201d\u201e\u00ab\u00bb"')
_SINGLE_OPEN = "\u2018"  # ‘
_SINGLE_CLOSE = "\u2019"  # ’
_ALL_MARKS = _DOUBLE_MARKS | {_SINGLE_OPEN, _SINGLE_CLOSE}
#: Any of the marks: the pairing visits only these, found by the regex engine.
_MARK = lazy_compile("[" + re.escape("".join(sorted(_ALL_MARKS))) + "]")
#: Characters after which a mark stands "before a word" (it may open a quote).
_OPENING_CONTEXT = frozenset("([{\u2014\u2013-/") | _ALL_MARKS
#: Characters before which a mark stands "after a word" (it may close a quote).
_CLOSING_CONTEXT = frozenset(".,;:!?)]}\u2026\u2014\u2013-") | _ALL_MARKS
#: How deep quotes may nest; deeper opening marks are ignored (keeps the stack small).
_MAX_DEPTH = 4


class _Open(NamedTuple):
    position: int
    family: str  #: A key of ``_DOUBLE_FAMILY``'s values, or ``"single"``.
    glyph: str


def is_quote_mark(char: str) -> bool:
    """True for a character that may be a quotation mark (apostrophes included).

    >>> is_quote_mark("«"), is_quote_mark("a")
    (True, False)
    """
    return char in _ALL_MARKS


def _space_before(text: str, index: int) -> bool:
    return index == 0 or text[index - 1].isspace() or text[index - 1] in _OPENING_CONTEXT


def _space_after(text: str, index: int) -> bool:
    return (
        index + 1 >= len(text) or text[index + 1].isspace() or text[index + 1] in _CLOSING_CONTEXT
    )


def _classify(text: str, index: int, stack: list[_Open]) -> Mark:
    """The role of the mark at ``text[index]``, given the quotes open so far."""
    char = text[index]
    before, after = _space_before(text, index), _space_after(text, index)
    top = stack[-1] if stack else None
    if char == "\u201c":  # “
        if top is not None and top.family == "low":
            return Mark.CLOSE
        return Mark.CLOSE if (after and not before and stack) else Mark.OPEN
    if char == "\u201d":  # ”
        if before and not after and not any(entry.family != "single" for entry in stack):
            return Mark.OPEN
        return Mark.CLOSE
    if char == '"':
        if before and not after:
            return Mark.OPEN
        if after and not before:
            return Mark.CLOSE
        return Mark.CLOSE if any(entry.family != "single" for entry in stack) else Mark.OPEN
    if char in "\u201e\u00ab":  # „ «
        return Mark.OPEN
    if char == "\u00bb":  # »
        return Mark.CLOSE
    if char == _SINGLE_OPEN:
        return Mark.OPEN if (before and not after) else Mark.NONE
    # ’ closes an open single quote, unless it stands between two letters (today’s).
    between_letters = (
        0 < index < len(text) - 1 and text[index - 1].isalnum() and text[index + 1].isalnum()
    )
    if between_letters or not any(entry.family == "single" for entry in stack):
        return Mark.NONE
    return Mark.CLOSE


def pair_quotes(text: str) -> list[Quote]:
    """The outer quotes of one paragraph, in order.

    >>> [(q.open, q.close) for q in pair_quotes('“A,” he said. “B ‘c’ d.”')]
    [(0, 3), (14, 23)]
    >>> pair_quotes("B,” the MP added.")
    [Quote(open=None, close=2, end=2, single=False)]
    >>> pair_quotes("Belarus' and CSTO's today’s")
    []
    """
    quotes: list[Quote] = []
    stack: list[_Open] = []
    for found in _MARK.finditer(text):
        index, char = found.start(), found.group()
        mark = _classify(text, index, stack)
        if mark is Mark.OPEN:
            family = "single" if char == _SINGLE_OPEN else _DOUBLE_FAMILY[char]
            if stack and stack[0].family == family:
                # The outer quote lost its closing mark: it ends here.
                quotes.append(Quote(stack[0].position, None, index, stack[0].family == "single"))
                stack.clear()
            if len(stack) < _MAX_DEPTH:
                stack.append(_Open(index, family, char))
        elif mark is Mark.CLOSE:
            single = char == _SINGLE_CLOSE
            depth = _matching_depth(stack, char, single=single)
            if depth is None:
                if not single and not stack:
                    quotes.append(Quote(None, index, index, False))
                continue
            opened = stack[depth]
            del stack[depth:]
            if not stack:
                quotes.append(Quote(opened.position, index, index, opened.family == "single"))
    if stack and stack[0].family != "single":
        quotes.append(Quote(stack[0].position, None, len(text), False))
    return quotes


def _matching_depth(stack: list[_Open], char: str, *, single: bool) -> int | None:
    """The stack index of the open quote that ``char`` closes, or None."""
    for depth in range(len(stack) - 1, -1, -1):
        family = stack[depth].family
        if single:
            if family == "single":
                return depth
            return None  # ’ never closes a double quote
        if family == "single":
            continue  # an unclosed nested single quote inside a double one
        return depth
    return None
