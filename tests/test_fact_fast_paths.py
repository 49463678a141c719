"""The speed-ups of the fact extractors change nothing.

A cue (a word every match of a rule contains) must be found wherever its rule matches, and
each faster matcher must find what the pattern it stands for finds.
"""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from csto_corpus.model import Article, ArticleKind, MentionKind, Paragraph, Span
from csto_corpus.parse import (
    _gazetteer,
    _numbers,
    dates,
    events,
    peacekeeping,
    priorities,
    resolutions,
)
from csto_corpus.parse._cues import fold, has_any, matches
from csto_corpus.parse._numbers import ordinal_value
from csto_corpus.parse.mentions import extract_mentions

# Words the rules look for, with their neighbours, in odd cases and with the characters
# that re.IGNORECASE takes for letters (Kelvin sign, dotless i, long s, dotted I).
_WORDS = [
    "the", "a", "An", "its", "UN", "U.N.", "United", "Nations", "General", "Assembly",
    "Assembly's", "Security", "Council", "draft", "new", "77th", "resolution", "Resolution",
    "resolutions", "resolution-", "/RES/", "A/RES/75/20", "S/RES/2178", "UNSCR", "2178",
    "(2014)", "peacekeeping", "Peace-keeping", "PEACE keepers", "contingent", "missions",
    "operations", "cooperation", "CSTO", "Collective", "collective", "Rapid", "Reaction",
    "Peacekeeping", "Forces", "forces", "of the", "Treaty Organization", "CPF", "CRRF",
    "CRDF", "about", "some", "2,500", "4 000",
    "two", "Thousand", "f\u0131ve", "\u017fix", "Twenty", "troops", "-strong", "personnel",
    "military", "priority", "Priorities", "PRIOR\u0130TY", "chairmanship", "Presidency",
    "chair", "May", "January", "15,", "2022", "1992", "Russia", "Russian", "Belarus'",
    "Kazakhstan's", "USA", "US", "DECISION", "xUN", "Security Council", "\u212a", "\u0131",
    "\u017f", "\u0130", "(", ")", ",", ".", ";", '"', "“", "”", "sending", "provides",
    "Kazakh", "units", "company", "battalion", "team", "institution", "mechanism", "post",
    "of", "through", "meet", "complies with", "requirements", "standards", "deployed", "sent",
    "brought in", "participation", "serves", "Kazakhstan", "in", "-", "1.5", "hundred",
    "and", "twenty-five", "more than", "up to", "ABOUT", "Some", "Strong", "second", "top",
    "02nd", "one", "is", "will be", "Our", "its", "(the", "xnew", "Council's", "UNSC",
    "TROOPS", "Units", "redeployed", "conforms to", "meets", "UN standards", "said that",
    "; ", ", and ", " \u2014 ", " - ", ": ", "believes that", "chairing the CSTO", "chairs",
    "Chairpersonship", "PREVIOUS", "Last Year's", "former", "2023", "1999", "adopted",
    "unanimously", "on",
]  # fmt: skip
_SPACES = [" ", " ", " ", "  ", "\n", "\u00a0", "\t", ""]

texts = st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_SPACES)), max_size=30).map(
    lambda parts: "".join(word + space for word, space in parts)
)


# --- cues ----------------------------------------------------------------------------------

#: (rule, cue, whether the cue is searched in folded text)
_CUES: list[tuple[re.Pattern[str], re.Pattern[str], bool]] = [
    *((pattern, peacekeeping._ABOUT_CUE, True) for _, pattern in peacekeeping.FORCES),
    (peacekeeping._PEACEKEEPING, peacekeeping._ABOUT_CUE, True),
    (dates._DAY_FIRST_DATE, dates.MONTH_NAME, False),
    (dates._MONTH_FIRST_DATE, dates.MONTH_NAME, False),
    (dates._MONTH_YEAR, dates.MONTH_NAME, False),
    (dates._DAY_FIRST_RANGE, dates.MONTH_NAME, False),
    (dates._MONTH_FIRST_RANGE, dates.MONTH_NAME, False),
]
_RESOLUTION_RULES = [
    resolutions._GA_SYMBOL,
    resolutions._GA_OLD_SYMBOL,
    resolutions._SC_SYMBOL,
    resolutions._RESOLUTION_LIST,
    resolutions._NOMINAL,
]
#: (rule, words one of which every match contains, whether in folded text)
_WORD_CUES: list[tuple[re.Pattern[str], tuple[str, ...], bool]] = [
    *(
        (pattern, cue, False)
        for (_, pattern), cue in zip(peacekeeping.FORCES, peacekeeping._FORCE_CUES, strict=True)
    ),
    (peacekeeping._PEOPLE, peacekeeping._PEOPLE_CUE, False),
    (peacekeeping._PEOPLE_PLAIN, peacekeeping._PEOPLE_CUE, False),
    (peacekeeping._OF_THEM, peacekeeping._BACK_CUE, False),
    (peacekeeping._IN_THEM, peacekeeping._BACK_CUE, False),
    (peacekeeping._UNIT, peacekeeping._UNIT_CUE, False),
    (peacekeeping._CONTRIBUTE, peacekeeping._CONTRIBUTE_CUE, False),
    (peacekeeping._MECHANISM, peacekeeping._MECHANISM_CUE, False),
    (peacekeeping._STANDARD, peacekeeping._STANDARD_CUE, False),
    (peacekeeping._DEPLOY, peacekeeping._DEPLOY_CUE, False),
    (peacekeeping._DEPLOYED, peacekeeping._DEPLOYED_CUE, True),
    (priorities._CHAIR, priorities._CHAIR_CUE, False),
    (priorities._PAST_CHAIR, priorities._PAST_CUE, True),
    (priorities._YEAR_BEFORE_CHAIR, priorities._YEAR_CUE, False),
    *((rule, resolutions._ANCHOR_CUE, False) for rule in _RESOLUTION_RULES),
    (events._CLAUSE_START, events._CLAUSE_START_CUE, False),
    (resolutions._RESOLUTION_LIST, resolutions._WORD_CUE, False),
    (resolutions._NOMINAL, resolutions._WORD_CUE, False),
]
#: (rule, words one of which every match starts with)
_STARTS: list[tuple[re.Pattern[str], tuple[str, ...]]] = [
    *((pattern, peacekeeping._FORCE_STARTS) for _, pattern in peacekeeping.FORCES),
    (peacekeeping._STANDARD, peacekeeping._STANDARD_STARTS),
    (priorities._CHAIR, priorities._CHAIR_STARTS),
    (peacekeeping._DEPLOY, peacekeeping._DEPLOY_CUE),
    (resolutions._GA_SYMBOL, resolutions._GA_STARTS),
    (resolutions._GA_OLD_SYMBOL, resolutions._GA_STARTS),
    (resolutions._SC_SYMBOL, resolutions._SC_STARTS),
    (resolutions._RESOLUTION_LIST, resolutions._LIST_STARTS),
    (resolutions._NOMINAL_HEAD, resolutions._HEAD_STARTS),
    (resolutions._ADOPTED_ON, resolutions._ADOPTED_STARTS),
]
#: (rule, pattern that matches where every match of the rule starts, in folded text)
_START_PATTERNS: list[tuple[re.Pattern[str], re.Pattern[str]]] = [
    (_numbers._QUANTITY, _numbers._QUANTITY_START),
]
_PRIORITY_RULES = [
    priorities._RANKED_PHRASE,
    priorities._UNRANKED_PHRASE,
    priorities._COMPLEMENT,
    priorities._AS_PRIORITY,
    priorities._ANNOUNCE,
    priorities._LIST_INTRO,
    priorities._ENUMERATION_INTRO,
]


def _cue_words(piece: str) -> set[str]:
    folded = fold(piece)
    return {
        match.group()
        for match in peacekeeping._ABOUT_CUE.finditer(folded)
        if match.group() not in peacekeeping._UN_WORDS
        or peacekeeping._after_un(folded, match.start())
    }


@given(texts)
@example("UN  missions of the \u212aPF")
@example("United Nations\n operations, peace operations, cooperation")
@example("PEACE-\u212aEEPING troops")
@example("cont\u0130ngent")
@example("the CSTO CSTO Collective Rapid Deployment Forces of the Central Asian region (CRDF)")
@example("a 3,600-strong force, some 4 000 uniformed troops, two thousand servicemen")
@example("The second one is, our 02nd would be and its top will be: the 21st is")
def test_a_cue_is_found_wherever_its_rule_matches(text: str) -> None:
    for rule, cue, folded in _CUES:
        for match in rule.finditer(text):
            piece = match.group()
            assert cue.search(fold(piece) if folded else piece), (rule.pattern[:40], piece)
    for rule, words, folded in _WORD_CUES:
        for match in rule.finditer(text):
            piece = fold(match.group()) if folded else match.group()
            assert any(word in piece for word in words), (rule.pattern[:40], piece)
    for rule, starts in _STARTS:
        for match in rule.finditer(text):
            assert match.group().startswith(starts), (rule.pattern[:40], match.group())
    for rule, start in _START_PATTERNS:
        for match in rule.finditer(text):
            assert start.match(fold(match.group())), (rule.pattern[:40], match.group())
    # Which cue words a sentence holds decides which rules run: a force's or the others'.
    for _, pattern in peacekeeping.FORCES:
        for match in pattern.finditer(text):
            words = _cue_words(match.group())
            assert words & peacekeeping._FORCE_WORDS or (
                peacekeeping._CSTO_PEACEKEEPING in words
                and has_any(match.group(), peacekeeping._CSTO_NAMES)
            ), match.group()
    for match in peacekeeping._PEACEKEEPING.finditer(text):
        assert _cue_words(match.group()) - peacekeeping._FORCE_WORDS, match.group()
    for rule in _PRIORITY_RULES:
        for match in rule.finditer(text):
            assert priorities._PRIORITY_CUE in fold(match.group()), match.group()
    for match in priorities._SERIES_ONE.finditer(text):
        rank = ordinal_value(match.group("ordinal"))
        assert rank is not None
        assert any(word in match.group() for word in priorities._rank_cue(rank)), match.group()


@given(texts)
@example("The CSTO CSTO CPF and the CRRF, CSTO Collective Peacekeeping Forces")
@example("CSTO peacekeeping forces, the peacekeeping forces of the CSTO, CSTO Peacekeeping Force")
@example("peacekeeping forces of the Collective Security Treaty Organization")
@example("some 4 000, more than two thousand and about 1.5 thousand troops, 2,500")
@example("A/RES/75/20 and A/RES/217 (III), S/RES/2178 (2014); resolutions 75/20 and UNSCR 1325")
def test_rules_tried_where_they_can_start_find_what_a_search_finds(text: str) -> None:
    for start in (0, len(text) // 3):
        for rule, starts in _STARTS:
            expected = [m.span() for m in rule.finditer(text, start)]
            assert [m.span() for m in matches(rule, text, starts, start)] == expected
        # The first force named: the leftmost match of any pattern, the first listed on a tie.
        forces = [
            (match.start(), index, match.end())
            for index, (_, pattern) in enumerate(peacekeeping.FORCES)
            if (match := pattern.search(text, start)) is not None
        ]
        found = peacekeeping._first_force(text, start, len(text))
        if not forces:
            assert found is None
        else:
            first = min(forces)
            assert found is not None
            assert (found[0], found[1].span()) == (
                peacekeeping.FORCES[first[1]][0],
                (first[0], first[2]),
            )
    quantities = [
        (m.span(), m.group())
        for m in _numbers._QUANTITY.finditer(text)
        if _numbers.number_value(m.group("number")) is not None
    ]
    assert [((q.start, q.end), q.text) for q in _numbers.find_quantities(text)] == quantities


# --- faster matchers -----------------------------------------------------------------------


@given(texts)
@example("the new draft UN General Assembly resolution")
@example("(the resolution and a U.N.  \n resolution, resolution's resolution-x")
@example("the UN UN UN UN UN UN UN resolution")
@example("(the new UN resolution, xnew resolution; the General Assembly, resolution")
@example("the draft  \n U.N. Security Council's 77th resolution")
def test_nominal_matches_are_the_patterns_matches(text: str) -> None:
    for start in (0, len(text) // 3):
        expected = [m.span() for m in resolutions._NOMINAL.finditer(text, start, len(text))]
        found = [m.span() for m in resolutions._nominal_matches(text, start, len(text))]
        assert found == expected


_OLD_NAME = re.compile(
    r"(?<!\w)(?:" + _gazetteer.trie_pattern(sorted(_gazetteer._BY_FORM)) + r")(?![\w])"
)


def _find_names_as_first_written(text: str, start: int = 0) -> list[_gazetteer.GazetteerHit]:
    hits: list[_gazetteer.GazetteerHit] = []
    for match in _OLD_NAME.finditer(text, start):
        entry = _gazetteer._BY_FORM[match.group()]
        if entry is None:
            continue
        if match.group() in _gazetteer._NATIONAL_ORGAN_FORMS and (
            _gazetteer._OF_STATE.match(text, match.end())
            or (
                hits
                and hits[-1].kind is MentionKind.STATE
                and text[hits[-1].end : match.start()].strip(" 's’") == ""  # noqa: RUF001
            )
        ):
            continue
        hits.append(
            _gazetteer.GazetteerHit(
                entry.kind, entry.name, entry.code, match.start(), match.end(), match.group()
            )
        )
    return hits


@given(texts)
@example("xU.N. Security Council and UNESCO, the USA's CSTO")
@example("Russia's Security Council, the Security Council of Belarus")
def test_find_names_finds_what_it_found_before(text: str) -> None:
    for start in (0, len(text) // 2):
        assert _gazetteer.find_names(text, start) == _find_names_as_first_written(text, start)


def _mentions_region_by_region(text: str, article: Article) -> list[tuple[str, int, int]]:
    found: dict[int, tuple[str, int, int]] = {}
    for region in (
        article.title_span,
        article.subtitle_span,
        *(p.span for p in article.paragraphs),
    ):
        if region is not None:
            for hit in _gazetteer.find_names(text, region.start, region.end):
                found.setdefault(hit.start, (hit.name, hit.start, hit.end))
    return sorted(found.values(), key=lambda hit: hit[1])


@given(st.lists(st.tuples(texts, st.sampled_from(["\n", "\n\n", " ", " \n ", "", "x\n"]))))
@example([("Russia's", "\n"), ("Security Council of", " "), ("Belarus", "\n")])
@example([("the UN", " \n "), ("Security Council", "")])
def test_mentions_read_in_stretches_are_those_read_region_by_region(
    parts: list[tuple[str, str]],
) -> None:
    text = ""
    spans = []
    for part, gap in parts:
        spans.append(Span(start=len(text), end=len(text) + len(part)))
        text += part + gap
    title, *paragraphs = spans or [None]
    article = Article(
        id="p/1",
        kind=ArticleKind.NEWS,
        title=None if title is None else text[title.start : title.end],
        title_span=title,
        paragraphs=tuple(Paragraph(text=text[s.start : s.end], span=s) for s in paragraphs),
    )
    found = [(m.name, m.span.start, m.span.end) for m in extract_mentions(text, article)]
    assert found == _mentions_region_by_region(text, article)
