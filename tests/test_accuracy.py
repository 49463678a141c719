"""Accuracy of the extractors on pages written for evaluation only (tests/eval/).

These pages follow the outlets' formats but report other events, people, states, sessions
and figures than the seeds; no extractor rule was written while looking at them. Each fact
type's precision and recall (and the share of quotes with the right speaker) must reach the
bar the issues set: 0.95.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from csto_corpus import Document, PeacekeepingKind, StatementKind, parse_file

EVAL = Path(__file__).resolve().parent / "eval"
BAR = 0.95

# Direct quotes: (words inside the marks, speaker name as first printed or None).
QUOTES: dict[str, list[tuple[str, str | None]]] = {
    "tass_deputy_peacekeepers": [
        (
            "Our contingent has been certified as ready to perform the tasks of UN "
            "peacekeeping operations",
            "Marat Dzhumabekov",
        ),
        ("We are now waiting for the decision of the UN Secretariat", "Marat Dzhumabekov"),
        ("The UN observers praised the training of our units", "Marat Dzhumabekov"),
        ("We can also offer a police unit of about 150 officers", "Marat Dzhumabekov"),
    ],
    "belta_minister_priorities": [
        (
            "The first priority of Kazakhstan's chairmanship is improving the crisis response "
            "system of the Organization",
            "Murat Nurtleu",
        ),
        ("We will pay special attention to the early warning of conflicts", "Murat Nurtleu"),
        (
            "The third priority is countering international terrorism and drug trafficking",
            "Murat Nurtleu",
        ),
        ("The fifth priority is information security", "Murat Nurtleu"),
    ],
    "csto_speech_deputy": [
        ("no country can defeat terrorism alone", None),
    ],
    "tass_ministry_statement": [
        (
            "The member states should speak with one voice at the United Nations",
            "Kyrgyz Foreign Ministry",
        ),
        (
            "The member states should speak with one voice at the United Nations",
            "Kyrgyz Foreign Ministry",
        ),
        (
            "This is especially important on issues of international security",
            "Kyrgyz Foreign Ministry",
        ),
        (
            "Our cooperation with the UN Office of Counter-Terrorism is developing successfully",
            "Kyrgyz Foreign Ministry",
        ),
    ],
}

SYMBOLS: dict[str, set[str]] = {
    "tass_deputy_peacekeepers": set(),
    "belta_minister_priorities": {"A/RES/75/20"},
    "csto_speech_deputy": {"S/RES/1373", "S/RES/2178", "S/RES/2396", "A/RES/72/284"},
    "tass_ministry_statement": set(),
}

PRIORITIES: dict[str, set[tuple[int | None, str]]] = {
    "tass_deputy_peacekeepers": set(),
    "belta_minister_priorities": {
        (1, "improving the crisis response system of the Organization"),
        (2, "strengthening the peacekeeping potential of the CSTO"),
        (3, "countering international terrorism and drug trafficking"),
        (4, "to develop cooperation with the UN, the SCO and the CIS"),
        (5, "information security"),
    },
    "csto_speech_deputy": set(),
    "tass_ministry_statement": set(),
}

PERSONNEL: dict[str, set[int]] = {
    "tass_deputy_peacekeepers": {4000, 150},
    "belta_minister_priorities": set(),
    "csto_speech_deputy": {18000},
    "tass_ministry_statement": set(),
}
# Figures a careful reader may also count (the lead line's "2,700-strong contingent").
PERSONNEL_ALSO_RIGHT: dict[str, set[int]] = {"tass_deputy_peacekeepers": {2700}}


def _norm(text: str) -> str:
    marks = "\"\u201c\u201d\u00ab\u00bb\u201e\u2018\u2019'"  # straight and typographic quotes
    return text.strip().strip(marks).strip().rstrip(",.").strip()


def _documents() -> dict[str, Document]:
    return {path.stem: parse_file(path) for path in sorted(EVAL.glob("*.txt"))}


def _precision_recall(found: Iterable[object], expected: Iterable[object]) -> tuple[float, float]:
    found_list, expected_list = list(found), list(expected)
    remaining = list(expected_list)
    hits = 0
    for item in found_list:
        if item in remaining:
            remaining.remove(item)
            hits += 1
    precision = hits / len(found_list) if found_list else 1.0
    recall = hits / len(expected_list) if expected_list else 1.0
    return precision, recall


def test_every_eval_page_has_expectations() -> None:
    assert sorted(_documents()) == sorted(QUOTES) == sorted(SYMBOLS)


def test_direct_quotes_and_speakers() -> None:
    found: list[str] = []
    expected: list[str] = []
    right_speaker = matched = 0
    for name, document in _documents().items():
        quotes = [
            s
            for article in document.articles
            for s in article.statements
            if s.kind is StatementKind.DIRECT
        ]
        found += [_norm(s.text) for s in quotes]
        expected += [_norm(text) for text, _ in QUOTES[name]]
        pending = list(QUOTES[name])
        for statement in quotes:
            for index, (text, speaker) in enumerate(pending):
                if _norm(text) == _norm(statement.text):
                    matched += 1
                    right_speaker += statement.speaker.name == speaker
                    del pending[index]
                    break
    precision, recall = _precision_recall(found, expected)
    assert precision >= BAR, precision
    assert recall >= BAR, recall
    assert right_speaker / matched >= BAR


def test_resolution_symbols() -> None:
    found = [
        r.symbol
        for document in _documents().values()
        for a in document.articles
        for r in a.resolutions
        if r.symbol
    ]
    expected = [symbol for symbols in SYMBOLS.values() for symbol in symbols]
    precision, recall = _precision_recall(found, expected)
    assert precision >= BAR, (found, expected)
    assert recall >= BAR, (found, expected)


def test_priorities() -> None:
    found = [
        (p.rank, _norm(p.summary))
        for document in _documents().values()
        for a in document.articles
        for p in a.priorities
    ]
    expected = [item for items in PRIORITIES.values() for item in items]
    precision, recall = _precision_recall(found, expected)
    assert precision >= BAR, (found, expected)
    assert recall >= BAR, (found, expected)


def test_personnel_figures() -> None:
    found: list[int] = []
    expected: list[int] = []
    for name, document in _documents().items():
        figures = [
            c.quantity
            for a in document.articles
            for c in a.peacekeeping
            if c.kind is PeacekeepingKind.PERSONNEL and c.quantity is not None
        ]
        also = PERSONNEL_ALSO_RIGHT.get(name, set())
        found += [f for f in figures if f not in also]
        expected += sorted(PERSONNEL[name])
    precision, recall = _precision_recall(found, expected)
    assert precision >= BAR, (found, expected)
    assert recall >= BAR, (found, expected)
