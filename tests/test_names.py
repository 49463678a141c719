"""The gender a person's name tells, for pronouns."""

from __future__ import annotations

import pytest

from csto_corpus.parse._names import name_gender, pronoun_gender


@pytest.mark.parametrize(
    ("name", "gender"),
    [
        ("Olga Ivanova", "f"),
        ("Svetlana Kupchinskaya", "f"),
        ("Joyce Mwangi", "f"),
        ("Sergei Lavrov", "m"),
        ("Aidar Shamshiyev", "m"),
        ("Andrei Kupchinsky", "m"),
        ("Farhod Salimzoda", "m"),
        ("Gulnara Abdrakhmanova", "f"),
        # Nothing to go by, or parts that disagree: unknown.
        ("Ara Petrosyan", None),
        ("Kim Lee", None),
        ("Sergei Ivanova", None),
        ("K. Tokayev", "m"),
        ("", None),
    ],
)
def test_name_gender(name: str, gender: str | None) -> None:
    assert name_gender(name) == gender


def test_pronoun_gender() -> None:
    assert [pronoun_gender(p) for p in ("He", "him", "her", "She", "it", "they")] == [
        "m",
        "m",
        "f",
        "f",
        None,
        None,
    ]
