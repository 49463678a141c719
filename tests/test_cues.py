"""The cue pre-tests: :func:`fold` keeps offsets and folds as ``re.IGNORECASE`` compares."""

from __future__ import annotations

import re
import string
import sys

from csto_corpus.parse._cues import fold


def _code_points() -> list[str]:
    return [chr(i) for i in range(sys.maxunicode + 1) if not 0xD800 <= i <= 0xDFFF]


def test_fold_keeps_the_length_of_every_character() -> None:
    assert [c for c in _code_points() if len(fold(c)) != 1] == []


def test_fold_makes_every_case_insensitive_match_of_a_letter_that_letter() -> None:
    letter = re.compile("[a-z]", re.IGNORECASE)
    for char in _code_points():
        folded = fold(char)
        if letter.fullmatch(char):
            assert folded in string.ascii_lowercase, hex(ord(char))
            assert re.fullmatch(folded, char, re.IGNORECASE), hex(ord(char))
        else:  # whatever fold makes of it, no case-insensitive pattern takes it for a letter
            assert folded not in string.ascii_lowercase, hex(ord(char))


def test_fold_of_a_text_keeps_its_offsets() -> None:
    text = "Peace\u212aeeping \u0130stanbul, m\u0131\u017f\u017fion \u03a3\u039f\u03a3 \u00c9"
    assert len(fold(text)) == len(text)
    assert fold(text)[:27] == "peacekeeping istanbul, miss"
    assert fold("UN Missions") == "un missions"
