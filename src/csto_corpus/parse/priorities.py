"""Extraction of :attr:`~csto_corpus.model.Article.priorities`: chairmanship priorities.

The priorities are those of a member state's chairmanship (presidency) of the CSTO.

The rules, as data below, recognise four forms:

* a ranked statement: ``The third priority is to beef up ...``, ``Kazakhstan's top priority
  will be ...``, ``Priority No. 2: ...``, ``The number one priority is ...``;
* a ranked or unranked complement: ``Countering terrorism is the second priority of the
  chairmanship``, ``Strengthening ... is a priority of this year's presidency of ...``;
* a list after an introduction that speaks of priorities: numbered paragraphs ``1) ...``,
  ``2. ...``, bullets, or sentences opening with ``First,`` / ``Secondly,``;
* nothing else: ``we give priority to ...``, ``national priorities`` and ``their priorities
  for the UN General Assembly`` are not priorities of a chairmanship.

A priority needs a chairmanship: the sentence names one (``during its chairmanship``,
``presidency of the Republic of Belarus``) or, for the ranked forms, the article does
elsewhere (its title included). The ``holder`` is the member state whose chairmanship it is:
the one the sentence ties to the chairmanship or to the priority (``Belarus' first
priority``), else the one of the latest chairmanship the article named before. The
``year`` is the one printed with that chairmanship (``during its chairmanship in 2023``)
and holds for all priorities of the same holder in the article; ``this year's
presidency`` gives the year of :attr:`Article.published` only where that date is printed,
not inferred. A chairmanship called ``previous``/``former``/``past`` is never carried to
later priorities, and a presidency of another body (``the presidency of the UN Security
Council``) is not a chairmanship here.

``summary`` is the priority as printed (the complement after ``is``, or the subject before
``is a priority``), without closing quotation marks, a trailing reporting clause or the
final period. ``details`` are the sentences after it, up to the next priority of the same
ranked series (across paragraphs) or else to the end of its paragraph.

``speaker`` is who said the statement the priority stands in. Outside one, the next of a
series (``The second priority is ...``) and ``Another priority ...`` go on with the speaker
of the priority just before, in the same or the next paragraph; and a series or list
announced by ``The minister named five priorities`` (``He listed ...``) is the person the
description or pronoun refers to, the latest named speaker who fits it.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterator
from typing import NamedTuple

from csto_corpus.model import (
    Article,
    MentionKind,
    Priority,
    Span,
    Speaker,
    SpeakerKind,
    Statement,
)
from csto_corpus.parse._cues import fold, has_any, in_pieces, matches, positions
from csto_corpus.parse._gazetteer import (
    CSTO_MEMBERS,
    FORMER_CSTO_MEMBERS,
    GazetteerHit,
    canonical_state,
    find_names,
)
from csto_corpus.parse._names import name_gender, pronoun_gender
from csto_corpus.parse._numbers import ORDINAL, ORDINAL_WORDS, ordinal_value
from csto_corpus.parse._regex import lazy_compile
from csto_corpus.parse._speakers import (
    INSTITUTION_HEADS,
    PERSON_NOUNS,
    find_words,
    name_word_runs,
)
from csto_corpus.parse._text import split_sentences

__all__ = ["extract_priorities"]

# --- rules ---------------------------------------------------------------------------------

_YEAR = r"(?:19[5-9]\d|20\d\d)"

#: Words for a chairmanship. ``chair`` counts only as a verb with the CSTO as its object
#: (``will chair the CSTO``): otherwise it is mostly a person.
_CHAIR = lazy_compile(
    r"\b(?:[Cc]hairmanship|[Cc]hairpersonship|[Pp]residency|chairing)\b"
    r"|\bchair(?:s|ed)?(?=\s+(?:the\s+)?(?:CSTO|[Oo]rgani[sz]ation|Collective\s+Security))"
)
#: Before the chair word: the chairmanship is a past one, not the current context.
_PAST_CHAIR = lazy_compile(
    r"\b(?:previous|former|past|last year's|preceding)\s+(?:\w+\s+){0,2}$"
    r"|\b(?:previously|formerly|already|once|last)\s+$"
    # "Belarus chaired the CSTO in 2023", "had chaired": the verb in a past tense, but not
    # "has chaired", which goes on to now.
    r"|(?<!\bhas\s)(?<!\bhave\s)(?=chaired\b)",
    re.I,
)
#: Between a state and the chair word: ``Belarus' chairmanship``, ``Kazakhstan's 2025 CSTO
#: presidency``, ``Belarusian chairmanship``.
_STATE_BEFORE_CHAIR = lazy_compile(
    rf"^(?:['’]s?)?\s+(?:(?:CSTO|current|upcoming|rotating|{_YEAR})\s+){{0,3}}$"  # noqa: RUF001
)
#: A state that takes or holds the chairmanship: ``Kazakhstan took over the CSTO presidency``.
_STATE_TAKES_CHAIR = lazy_compile(
    r"^,?\s+(?:which\s+|that\s+)?(?:(?:has|have|had|will|is|was|would)\s+)?(?:been\s+)?"
    r"(?:(?:taken over|took over|takes over|taking over|take over|assumed|assumes|assume|"
    r"assuming|holds|held|hold|holding)\s+(?:the\s+)?(?:CSTO\s+|[Oo]rganization's\s+)?"
    r"(?:rotating\s+)?)?$"
)
_WINDOW = 100  # characters around a chair word that its rules look at
#: ``the presidency of the UN Security Council``, ``the SCO's chairmanship``.
_OF_BODY = lazy_compile(r"\s+(?:of|in|at|over)\s+(?:the\s+)?")
_BODY_BEFORE_CHAIR = lazy_compile(r"(?:['’]s)?\s+")  # noqa: RUF001
#: Between the chair word and a state: ``presidency of the Republic of Belarus``,
#: ``the chairmanship passed to Kazakhstan``.
_CHAIR_OF_STATE = lazy_compile(
    r"^\s+(?:of|by|(?:(?:has|have|had|will)\s+)?(?:passed|pass|passes|gone|went|goes|"
    r"been\s+handed\s+over|handed\s+over|transferred)\s+to)\s+(?:the\s+)?$"
)
#: ``its chairmanship``: the holder is the subject, the member state the sentence names.
_ITS_CHAIR = lazy_compile(r"\b(?:its|her|their)\s+(?:(?:CSTO|current|upcoming|rotating)\s+)?$")
#: Before a priority phrase that refers back to the chairmanship named before.
_ITS_BEFORE = lazy_compile(r"\b(?:[Ii]ts|[Tt]heir)\s+$")
#: Between a state and ``priority``: ``Belarus' first priority``, ``Kazakhstan's top priority``.
_STATE_BEFORE_PRIORITY = lazy_compile(r"^['’]s?\s+$")  # noqa: RUF001
#: The year printed with a chair word: before it, or after it within a short phrase.
_YEAR_BEFORE_CHAIR = lazy_compile(rf"\b({_YEAR})\s+(?:CSTO\s+)?$")
_YEAR_AFTER_CHAIR = lazy_compile(
    rf"^(?:\s+(?:(?:in|of|at)\s+)?(?:the\s+)?(?:CSTO|Collective Security Treaty Organi[sz]ation|"
    rf"[Oo]rgani[sz]ation)(?:\s+\([A-Z]+\))?)?,?\s+(?:in|for|of|during)\s+({_YEAR})\b"
    rf"|^\s+({_YEAR})\b"
)
_THIS_YEAR_CHAIR = lazy_compile(
    r"\bthis\s+year['’]s\s+(?:CSTO\s+)?$|^\s+this\s+year\b"  # noqa: RUF001
    # "This year the Kazakh chairmanship ..."
    r"|\b[Tt]his\s+year,?\s+(?:the\s+)?(?:[A-Z][a-z]+\s+)?(?:CSTO\s+)?$"
)
_YEAR_AFTER_PRIORITY = lazy_compile(rf"\s+(?:for|in)\s+({_YEAR})\b")

#: Words that may stand between an ordinal and ``priority``.
_RANK_ADJECTIVE = r"(?:(?:and\s+)?(?:most\s+)?(?:important|main|key|major|big(?:gest)?)\s+)?"
#: A ranked priority phrase, the subject of a statement.
_RANKED_PHRASE = lazy_compile(
    rf"\b(?P<ordinal>{ORDINAL}|[Nn]umber\s+one|No\.\s*1)\s+{_RANK_ADJECTIVE}"
    r"(?:of\s+(?:the|its|our|these|their)\s+)?priorit(?:y|ies)(?:\s+(?:area|task|direction|"
    r"goal|objective))?\b"
    r"|\b[Pp]riority\s+(?P<number>(?:[Nn]umber|No\.?|#)\s*(?:\d{1,2}|one|two|three|four|five|"
    r"six|seven|eight|nine|ten))\b",
    re.IGNORECASE,
)
#: Two ranks named together: ``The fourth and fifth priorities are A and B``.
_RANKED_PAIR = lazy_compile(
    rf"\b(?P<first>{ORDINAL})\s+and\s+(?P<second>{ORDINAL})\s+{_RANK_ADJECTIVE}priorities\b"
    r"(?=\s+(?:are|will\s+be|would\s+be|were)\s)",
    re.IGNORECASE,
)
_PAIR_COPULA = lazy_compile(r"\s+(?:are|will\s+be|would\s+be|were)\s+")
#: Where the two items of a pair part: an ``and`` (the item before it may hold another).
_PAIR_AND = lazy_compile(r"\s+and\s+(?P<word>[\w'’-]+)")  # noqa: RUF001
#: ``Another priority, according to X, is ...``: after a priority found before, the next one
#: needs no chairmanship in its own sentence.
_ANOTHER_PRIORITY = lazy_compile(
    r"\b[Aa]nother\s+(?:(?:main|key|principal|chief|central|major|important)\s+)?priority\b"
)
#: ``As a fourth priority, the minister named ...``: the rank first, what it is after the
#: verb; a subject of at most eight words between.
_OPENING_AS_PRIORITY = lazy_compile(
    rf"(?:[\"“«]\s*)?As\s+(?:a|the|its|our|their)\s+(?P<ordinal>{ORDINAL})\s+{_RANK_ADJECTIVE}"
    r"priority,?\s+(?P<subject>(?:[\w'’.-]+\s+){1,8}?)(?:also\s+)?(?:named|mentioned|cited|listed|"  # noqa: RUF001
    r"highlighted|singled\s+out|identified|pointed\s+to|called|sees?|proposed)\s+",
    re.IGNORECASE,
)
#: The subject of a sentence that announces priorities: who named them.
_ANNOUNCER = lazy_compile(
    r"(?:(?P<pronoun>He|She)|The\s+(?P<noun>[a-z-]+(?:\s+[a-z-]+)?))\s+(?:also\s+)?"
    r"(?:named|listed|outlined|presented|set\s+out|identified|singled\s+out|highlighted|"
    r"announced|enumerated|described)\b"
)
_FOR_OR_OF = lazy_compile(r"\s+(?:for|of)\s")
#: An unranked priority phrase that a sentence ties to a chairmanship.
_UNRANKED_PHRASE = lazy_compile(
    r"\b(?:(?:[Aa]nother|[Aa]|[Tt]he|[Oo]ne)\s+)?(?:(?:main|key|principal|chief|central|"
    r"major|important|overarching)\s+)?priority\b(?=\s+(?:of|for|during|under)\b)"
)
#: A second priority elided into the first one's sentence: ``..., and the sixth is ...``.
_ELLIPSIS = lazy_compile(
    rf",?\s+(?:and|while|whereas)\s+the\s+(?P<ordinal>{ORDINAL})(?:\s+(?:one|priority))?\s+"
    rf"(?:is|will\s+be|would\s+be)\s+",
    re.IGNORECASE,
)
#: The next of a series without the word ``priority``: ``The second one is ...``.
_SERIES_ONE = lazy_compile(
    rf"\b(?:[Tt]he|[Oo]ur|[Ii]ts)\s+(?P<ordinal>{ORDINAL})(?:\s+one)?\b"
    rf"(?=\s+(?:is|will\s+be|would\s+be)\s)"
)
#: A sentence that announces priorities (``Our chairmanship has five priorities.``), after
#: which ``The first is ...`` counts.
_ANNOUNCE = lazy_compile(r"\bpriorities\b", re.IGNORECASE)
_ANNOUNCE_WITHIN = 2  # sentences between the announcement and "The first is ..."
#: A year printed anywhere in a sentence.
_ANY_YEAR = lazy_compile(rf"(?<![\d/.,-]){_YEAR}(?![\d/]|[.,-]\d)")
#: The copula between the priority phrase and what it is; ``lies in`` is dropped.
_COPULA = lazy_compile(
    r"\s+(?:is|will\s+be|would\s+be|should\s+be|shall\s+be|remains|was|becomes|"
    r"lies\s+in|consists\s+in|is\s+seen\s+as)\s+|\s*:\s+|\s+[–—]\s+"  # noqa: RUF001
)
#: A parenthetical between the priority phrase and its copula: ``, according to him,``.
_INSERT = lazy_compile(
    r",\s+(?:according\s+to\s+[^,]{1,60}|in\s+(?:his|her|my|our|their)\s+(?:words|opinion|"
    r"view)|however|therefore|in\s+turn|of\s+course|[^,]{0,60}?\b(?:said|says|noted|stressed|"
    r"added|believes|explained|emphasi[sz]ed|continued|stated|went\s+on)),"
)
_COPULA_WINDOW = 160  # characters between the priority phrase and its copula, at most
#: A complement before ``priority``: ``X is the second priority``, ``X is a priority of``.
_COMPLEMENT = lazy_compile(
    rf"\s+(?:is|will\s+be|remains|was|has\s+become|becomes|has\s+been)\s+"
    # "has been declared (named, set as) the second priority"
    rf"(?:(?:declared|named|designated|proclaimed|set\s+as|identified\s+as|chosen\s+as)\s+)?"
    rf"(?:(?:also|still|now|again|clearly)\s+)?"
    rf"(?:(?:the|a|an|our|its|their|one\s+of\s+the|among\s+the)\s+)?"
    rf"(?:(?P<ordinal>{ORDINAL}|number\s+one)\s+{_RANK_ADJECTIVE}|(?:main|key|principal|"
    rf"chief|central|major|important|overarching)\s+)?priorit(?:y|ies)\b",
    re.IGNORECASE,
)
#: ``named X as the top priority``: the complement after ``as``, X after the verb.
_AS_PRIORITY = lazy_compile(
    rf"\s+as\s+(?:(?:the|a|an|its|their|our|his|her|one\s+of\s+the)\s+)?"
    rf"(?:(?P<ordinal>{ORDINAL})\s+{_RANK_ADJECTIVE}|(?:main|key|principal|chief|central|"
    rf"major|important|overarching)\s+)?priorit(?:y|ies)\b",
    re.IGNORECASE,
)
_NAMING = lazy_compile(
    r"\b(?:named|names|name|naming|called|calls|considers|considered|consider|sees|saw|see|"
    r"identified|identifies|identify|defined|defines|define|declared|declares|chose|chosen|"
    r"singled\s+out|set\s+out|sets\s+out|listed|lists)\s+"
)
#: A lead-in before a subject that is not part of it.
_LEAD_IN = lazy_compile(
    r"^(?:[\"“„«‘']\s*)?(?:(?:According\s+to\s+[^,]{1,60}|In\s+(?:his|her|their|our)\s+"  # noqa: RUF001
    r"(?:words|opinion|view)|In\s+\d{4}|This\s+year|Therefore|Thus|So|Also|Besides|"
    r"Moreover|In\s+addition),\s+)?"
    r"(?:[^,]{1,80}?\b(?:said|noted|stressed|emphasi[sz]ed|added|stated|believes|"
    r"explained|pointed\s+out|underlined)\s+that\s+)?",
)
#: A reporting verb: the clause around it (``, the parliamentarian continued``, ``, Foreign
#: Minister N.N. said at a briefing, BelTA has learned``) follows the last comma before it.
_REPORTING_VERB = lazy_compile(
    r"\b(?:said|says|noted|notes|added|stressed|emphasi[sz]ed|explained|continued|stated|went\s+on|"
    r"believes|pointed\s+out|underlined|told|concluded|remarked|has\s+learned|reported|"
    r"according\s+to)\b"
)
#: Where a quotation closes: punctuation then a closing quotation mark.
_QUOTE_CLOSE = lazy_compile(r"[,.;!?]?[”\"»]")
_LEADING_QUOTES = "\"“„«‘' "  # noqa: RUF001
_TRAILING = " \t\n.,;:!?"
#: An introduction to a list of priorities.
_LIST_INTRO = lazy_compile(r"\bpriorit(?:y|ies)\b", re.IGNORECASE)
_PRIORITY_WORD = _LIST_INTRO
_LIST_INTRO_END = lazy_compile(r"(?::|\bfollowing\b[^.]*|\bas\s+follows\b[^.]*)\s*$", re.I)
#: A numbered item inside a sentence: ``1) ...; 2) ...``.
_INLINE_MARKER = lazy_compile(r"(?<![\w(])\(?(\d{1,2})\)\s+")
#: Priorities listed, unnumbered, in the sentence that names them: ``The priorities of the
#: chairmanship include strengthening A, countering B and developing C.``, ``He named three
#: priorities of the chairmanship: A, B and C.`` (no reporting verb or quotation mark around
#: the colon, which would introduce a quote), and ``Among the (main) priorities of the
#: chairmanship, the minister named A, B and C.`` (a speaker of at most eight words between
#: the comma and the verb).
_ENUMERATION_INTRO = lazy_compile(
    r"\bpriorities\b[^.;:]*?\b(?:include[sd]?|are|were|will\s+be|comprise[sd]?|cover(?:s|ed)?)"
    r"\s*(?::\s*)?(?=\w)"
    r"|\bpriorities\b(?:(?!\b(?:said|says|stated|noted|stressed|added|told)\b)[^.;:\"“”«»])*"
    r":\s*(?=\w)"
    r"|\bamong\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:\w+\s+){0,2}?priorities\b[^.;:,]*,"
    r"\s+(?:[\w'’-]+\s+){1,8}?(?:also\s+)?(?:named|listed|mentioned|cited|highlighted|"  # noqa: RUF001
    r"identified|singled\s+out|pointed\s+out)\s+(?=\w)",
    re.IGNORECASE,
)
#: Where the items of such a list part: a comma or semicolon (and an ``and`` after it).
_ENUMERATION_SEPARATOR = lazy_compile(r"\s*[,;]\s+(?:and\s+)?")
#: Where the items of a list that uses semicolons part: commas are inside its items.
_ITEM_SEMICOLON = lazy_compile(r"\s*;\s+(?:and\s+)?")
#: A finite verb near an item's start makes it a clause, not an item: ``The priorities are
#: realistic, and the Secretariat will do everything to implement them``.
_CLAUSE_VERB = lazy_compile(
    r"\b(?:will|would|can|could|should|must|shall|is|are|was|were|has|have|had|do|does|did)\b"
)
_CLAUSE_VERB_REACH = 30  # characters from an item's start: a subject of a few words
#: The ``and`` before the last item: ``..., B and C``.
_LAST_AND = lazy_compile(r"\s+and\s+")
#: Nouns in ``-ing`` that are no gerund: ``peacekeeping and the fight against ...``.
_ING_NOUNS = frozenset(("peacekeeping", "peacebuilding", "training", "trafficking", "funding"))
#: Words that open a gerund's object: ``countering the use of ...``.
_DETERMINERS = frozenset(("the", "a", "an", "its", "their", "our", "all"))
#: The most words an item of such a list may have: a longer piece is a sentence.
_MAX_ITEM_WORDS = 20
#: A conjunction left at the end of an item: ``countering terrorism; and``.
_TRAILING_CONJUNCTION = lazy_compile(r"[,;]?\s+(?:and|or)$")
#: A list item marker at the start of a paragraph or sentence.
_ITEM_MARKER = lazy_compile(
    # A quotation may open before it: "“Secondly, we will ...,” the minister said."
    rf"^[\"“«]?(?:\(?(?P<number>\d{{1,2}})[.)]|(?P<ordinal>{ORDINAL})(?:ly)?\s*[,:]|"
    r"(?P<bullet>[-–—•*·▪]))\s+",  # noqa: RUF001
    re.IGNORECASE,
)
_FIRST_ITEM_WITHIN = 3  # the first item opens one of the next two sentences
_ITEM_GAP = 1  # paragraphs that may stand between two items of a list of sentences
#: The word stem that every rule finding a priority needs (the phrase, the complement, the
#: announcement, the list's introduction), in :func:`~csto_corpus.parse._cues.fold`-ed
#: text; only ``The second one is ...`` goes without it, after a priority found before.
_PRIORITY_CUE = "priorit"
#: What every match of ``_CHAIR`` (a case-sensitive pattern) contains, and starts with.
_CHAIR_CUE = ("hair", "residency")
_CHAIR_STARTS = ("Chair", "chair", "Presidency", "presidency")
#: What every match of ``_PAST_CHAIR`` holds, in folded text, and of ``_YEAR_BEFORE_CHAIR``.
_PAST_CUE = ("previous", "former", "past", "last", "preceding", "already", "once")
_YEAR_CUE = ("19", "20")
#: What a sentence that goes on with a series (``The second one is ...``, after the first)
#: must hold, by the rank it needs: the rank's ordinal words, or its digits (``2nd``).
_RANK_CUES = {
    rank: (
        *(word for word, value in ORDINAL_WORDS.items() if value == rank),
        # "Thirdly, ...": a list marker opens the sentence.
        *(word.capitalize() for word, value in ORDINAL_WORDS.items() if value == rank),
        str(rank),
    )
    for rank in set(ORDINAL_WORDS.values())
}
#: Member states that can hold the chairmanship.
_HOLDERS = CSTO_MEMBERS | FORMER_CSTO_MEMBERS


# --- walking the rules ---------------------------------------------------------------------


class _Unit(NamedTuple):
    """A sentence of the article with the paragraph it belongs to."""

    text: str
    start: int
    end: int
    paragraph: int  # -1 for the title
    priority: bool  # whether it holds _PRIORITY_CUE: the rules pass over the others
    chair: bool  # whether it holds a word of _CHAIR_CUE: the others name no chairmanship


class _Chair(NamedTuple):
    """A chairmanship named in the article."""

    start: int
    holder: str | None
    year: int | None
    past: bool  # "the previous chairmanship": not the context of later priorities
    foreign: bool  # the presidency of another body: "of the UN Security Council"


class _Found(NamedTuple):
    """A priority found, before details and speakers are added."""

    unit: int
    rank: int | None
    summary_start: int
    summary_end: int
    series: bool  # ranked by a series of ordinals or list markers
    intro: int | None = None  # the unit that introduces the list it belongs to
    announced: int | None = None  # the unit that announced the series: "He named five ..."


def extract_priorities(text: str, article: Article) -> tuple[Priority, ...]:
    """The priorities of ``article``, each with its span into ``text`` (the document text).

    >>> from csto_corpus.model import ArticleKind, Paragraph
    >>> body = ("During its chairmanship in 2031, Armenia will focus on two tasks. "
    ...         "The first priority is fighting drug trafficking. It matters. "
    ...         "The second priority is to train peacekeepers.")
    >>> article = Article(id="p/1", kind=ArticleKind.NEWS,
    ...                   paragraphs=(Paragraph(text=body, span=Span(start=0, end=len(body))),))
    >>> [(p.rank, p.holder, p.year, p.summary, p.details)
    ...  for p in extract_priorities(body, article)]
    [(1, 'Armenia', 2031, 'fighting drug trafficking', 'It matters.'), \
(2, 'Armenia', 2031, 'to train peacekeepers', None)]
    >>> extract_priorities("", Article(id="p/1", kind=ArticleKind.NEWS))
    ()
    """
    folded = [fold(paragraph.text) for paragraph in article.paragraphs]
    if not any(_PRIORITY_CUE in paragraph for paragraph in folded):
        return ()  # no rule finds a priority without the word (six articles in ten)
    units = _units(article, folded)
    this_year = None
    if article.published is not None and not article.published_inferred:
        this_year = article.published.year
    chairs_by_unit = [_chairs(text, unit, this_year) if unit.chair else [] for unit in units]
    has_context = any(_current(c) for chairs in chairs_by_unit for c in chairs)
    ranked: dict[int, re.Match[str] | None] = {}  # _RANKED_PHRASE in a unit, by its start
    found = _find(text, units, chairs_by_unit, has_context, ranked)
    if not found:
        return ()
    all_chairs = [c for chairs in chairs_by_unit for c in chairs]
    statements = _StatementIndex(article.statements)
    priorities: list[Priority] = []
    for index, item in enumerate(found):
        unit = units[item.unit]
        holder, year = _holder_and_year(text, units, item, chairs_by_unit, all_chairs, ranked)
        details = _details(text, units, found, index)
        summary_span = Span(start=item.summary_start, end=item.summary_end)
        priorities.append(
            Priority(
                rank=item.rank,
                holder=holder,
                year=year,
                summary=text[item.summary_start : item.summary_end],
                span=Span(start=unit.start, end=unit.end),
                summary_span=summary_span,
                details=None if details is None else text[details.start : details.end],
                details_span=details,
                speaker=_speaker(text, statements, units, found, index, priorities),
            )
        )
    return tuple(priorities)


def _units(article: Article, folded: list[str]) -> list[_Unit]:
    """The title and the sentences of the paragraphs (``folded``: the paragraphs folded)."""
    units: list[_Unit] = []
    title, span = article.title, article.title_span
    if title is not None and span is not None:
        chair = has_any(title, _CHAIR_CUE)
        units.append(_Unit(title, span.start, span.end, -1, False, chair))
    new_unit = tuple.__new__  # _Unit(...) without the Python-level __new__ of a NamedTuple
    for number, paragraph in enumerate(article.paragraphs):
        base = paragraph.span.start
        sentences = split_sentences(paragraph.text, base)
        # Which sentences hold a cue word (most paragraphs hold none): no cue word holds the
        # end of a sentence, so each lies inside one.
        if _PRIORITY_CUE in folded[number] or has_any(paragraph.text, _CHAIR_CUE):
            ends = [sentence.end - base for sentence in sentences]
            priorities = in_pieces(positions(folded[number], (_PRIORITY_CUE,)), ends)
            chairs = in_pieces(positions(paragraph.text, _CHAIR_CUE), ends)
            units += [
                new_unit(_Unit, (*sentence, number, priority, chair))
                for sentence, priority, chair in zip(sentences, priorities, chairs, strict=True)
            ]
        else:
            units += [new_unit(_Unit, (*sentence, number, False, False)) for sentence in sentences]
    return units


def _states(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """The member states named in ``text[start:end]``: (name, start, end)."""
    return [
        (hit.name, hit.start, hit.end)
        for hit in find_names(text, start, end)
        if hit.kind is MentionKind.STATE and hit.name in _HOLDERS
    ]


def _current(chair: _Chair) -> bool:
    return not chair.past and not chair.foreign


def _is_foreign(text: str, names: list[GazetteerHit], chair_start: int, chair_end: int) -> bool:
    """Whether the chair word names the chairmanship of a body other than the CSTO."""
    after = _OF_BODY.match(text[chair_end : chair_end + _WINDOW])
    for hit in names:
        if hit.kind is not MentionKind.ORGANIZATION or _is_csto(hit.name, hit.code):
            continue
        if after is not None and hit.start == chair_end + after.end():
            return True
        if chair_start - _WINDOW < hit.end <= chair_start and _BODY_BEFORE_CHAIR.fullmatch(
            text[hit.end : chair_start]
        ):
            return True
    return False


def _is_csto(name: str, code: str | None) -> bool:
    return code == "CSTO" or name.startswith("CSTO ")


def _chairs(text: str, unit: _Unit, this_year: int | None) -> list[_Chair]:
    """The chairmanships a sentence names; every look around a chair word is bounded."""
    found = []
    names: list[GazetteerHit] = []
    starts: list[int] = []
    nouns: set[str] = set()
    years: set[int] | None = None
    for number, match in enumerate(matches(_CHAIR, text, _CHAIR_STARTS, unit.start, unit.end)):
        if number == 0:
            names = find_names(text, unit.start, unit.end)
            starts = [hit.start for hit in names]
            nouns = {
                hit.name
                for hit in names
                if hit.kind is MentionKind.STATE and hit.name in _HOLDERS and _is_noun(hit.text)
            }
        start, end = match.span()
        near = names[
            bisect.bisect_left(starts, start - _WINDOW) : bisect.bisect_right(starts, end + _WINDOW)
        ]
        before = text[max(unit.start, start - _WINDOW) : start]
        after = text[end : min(unit.end, end + _WINDOW)]
        if _is_foreign(text, near, start, end):
            found.append(_Chair(start, None, None, past=False, foreign=True))
            continue
        past = (has_any(fold(before), _PAST_CUE) and _PAST_CHAIR.search(before) is not None) or (
            match.group() == "chaired" and _PAST_CHAIR.match(text, start) is not None
        )
        holder = _chair_holder(text, near, nouns, unit, start, end)
        year = None
        year_before = _YEAR_BEFORE_CHAIR.search(before) if has_any(before, _YEAR_CUE) else None
        year_after = _YEAR_AFTER_CHAIR.match(after)
        if year_before is not None:
            year = int(year_before.group(1))
        elif year_after is not None:
            year = int(year_after.group(1) or year_after.group(2))
        elif this_year is not None and (
            _THIS_YEAR_CHAIR.search(before) is not None or _THIS_YEAR_CHAIR.match(after) is not None
        ):
            year = this_year
        elif not past:
            if years is None:
                years = _years(unit)
            if len(years) == 1:  # "In 2036 Belarus will take over the chairmanship"
                year = next(iter(years))
        found.append(_Chair(start, holder, year, past=past, foreign=False))
    return found


def _years(unit: _Unit) -> set[int]:
    return {int(match.group()) for match in _ANY_YEAR.finditer(unit.text)}


def _chair_holder(
    text: str, names: list[GazetteerHit], nouns: set[str], unit: _Unit, start: int, end: int
) -> str | None:
    states = [
        (hit.name, hit.start, hit.end)
        for hit in names
        if hit.kind is MentionKind.STATE and hit.name in _HOLDERS
    ]
    for name, s_start, s_end in states:
        if start - _WINDOW < s_end <= start and (
            _STATE_BEFORE_CHAIR.match(text[s_end:start])
            or _STATE_TAKES_CHAIR.match(text[s_end:start])
        ):
            return name
        if end <= s_start < end + _WINDOW and _CHAIR_OF_STATE.fullmatch(text[end:s_start]):
            return name
    # "During its chairmanship, Belarus will ...": the state the sentence is about, named by
    # its name (an adjective, as in "the Tajik-Afghan border", is not a subject).
    if len(nouns) == 1 and _ITS_CHAIR.search(text[max(unit.start, start - _WINDOW) : start]):
        return next(iter(nouns))
    return None


def _is_noun(form: str) -> bool:
    state = canonical_state(form)
    return state is not None and (form == state[0] or form.startswith("Republic"))


def _find(
    text: str,
    units: list[_Unit],
    chairs_by_unit: list[list[_Chair]],
    has_context: bool,
    ranked: dict[int, re.Match[str] | None],
) -> list[_Found]:
    found: list[_Found] = []
    taken: set[int] = set()
    announced = -_ANNOUNCE_WITHIN - 1  # the last sentence that announced priorities
    for index, unit in enumerate(units):
        if unit.paragraph < 0 or index in taken:
            continue
        last_rank = found[-1].rank if found and found[-1].series else None
        if last_rank is None and index - announced <= _ANNOUNCE_WITHIN:
            last_rank = 0  # "The first is ..." right after "... has five priorities."
        if not unit.priority and (last_rank is None or not _may_go_on(unit, last_rank)):
            continue  # without the word, only the next of a series ("The second one is")
        chairs = chairs_by_unit[index]
        in_sentence = any(_current(c) for c in chairs)
        if not in_sentence and any(c.foreign for c in chairs):
            continue  # "its first priority" is the other body's
        if (in_sentence or has_context) and unit.priority and _ANNOUNCE.search(unit.text):
            announced = index
        context = in_sentence or has_context or bool(found)
        statement = (
            _ranked_pair(text, index, unit, context)
            or _named_as(text, index, unit, context)
            or _ranked_statement(
                text,
                index,
                unit,
                context,
                last_rank,
                ranked,
                functools.partial(_markers_since, units, found, index),
            )
        )
        if statement:
            if last_rank == 0 and not (found and found[-1].series):
                statement = [item._replace(announced=announced) for item in statement]
            found.extend(statement)
            taken.add(index)
            continue
        item = _complement(text, index, unit, in_sentence, has_context or bool(found))
        if item is None:
            item = _unranked_statement(text, index, unit, in_sentence)
        if item is None and found:
            item = _another(text, index, unit, _latest_holder(chairs_by_unit, index))
        if item is not None:
            found.append(item)
            taken.add(index)
            continue
        if in_sentence or has_context:
            listed = (
                _inline_list(text, index, unit)
                or _enumerated_list(text, index, unit)
                or _list(text, units, index)
            )
            # An item a list before already holds ("Allow me to present the priorities.
            # The priorities are as follows: 1. ...") is not found again.
            listed = [entry for entry in listed if entry.unit not in taken or entry.unit == index]
            for entry in listed:
                taken.add(entry.unit)
            found.extend(listed)
    found.sort(key=lambda f: f.unit)
    return found


def _markers_since(units: list[_Unit], found: list[_Found], index: int) -> bool:
    """Whether ``units[index]`` cannot go on with the series of the last priority found.

    That is, whether it stands more than a paragraph after it, or another list started
    since: a sentence between opens with a list marker (``Firstly, ...``).
    """
    if not found:
        return False
    if units[index].paragraph - units[found[-1].unit].paragraph > 1:
        return True
    return any(
        _ITEM_MARKER.match(unit.text) is not None for unit in units[found[-1].unit + 1 : index]
    )


def _may_go_on(unit: _Unit, last_rank: int) -> bool:
    """Whether ``unit`` holds the next rank's words, which ``_SERIES_ONE`` must find there."""
    return has_any(unit.text, _rank_cue(last_rank + 1))


def _rank_cue(rank: int) -> tuple[str, ...]:
    """Words one of which every ordinal of ``rank`` that ``_SERIES_ONE`` matches holds."""
    return _RANK_CUES.get(rank, (str(rank),))


def _ranked_phrase(
    text: str, unit: _Unit, ranked: dict[int, re.Match[str] | None]
) -> re.Match[str] | None:
    """The first match of ``_RANKED_PHRASE`` in ``unit``, searched once per unit.

    ``ranked`` holds those searched so far, by the unit's start; a unit without the word
    has none.
    """
    if not unit.priority:
        return None
    if unit.start not in ranked:
        ranked[unit.start] = _RANKED_PHRASE.search(text, unit.start, unit.end)
    return ranked[unit.start]


def _ranked_statement(
    text: str,
    index: int,
    unit: _Unit,
    context: bool,
    last_rank: int | None,
    ranked: dict[int, re.Match[str] | None],
    other_markers: Callable[[], bool] = lambda: False,
) -> list[_Found]:
    """``The third priority is ...``, or the next of a series.

    The next of a series is ``The second one is ...``, or ``Thirdly, ...`` if no other
    sentence since the last priority opens with a list marker (``other_markers()``: a list
    of its own).
    """
    if not context:
        return []
    match = _ranked_phrase(text, unit, ranked)
    rank = None
    if match is not None:
        rank = ordinal_value(match.group("ordinal") or match.group("number"))
    elif last_rank is not None and _may_go_on(unit, last_rank):
        match = _SERIES_ONE.search(text, unit.start, unit.end)
        if match is None:
            # "Thirdly, the chairmanship will ...": the clause after the marker.
            marker = _ITEM_MARKER.match(unit.text)
            if marker is not None and _marker_rank(marker) == last_rank + 1 and not other_markers():
                span = _trimmed(text, unit.start + marker.end(), unit.end)
                return [] if span is None else [_Found(index, last_rank + 1, *span, True)]
        rank = None if match is None else ordinal_value(match.group("ordinal"))
        if rank != last_rank + 1:
            return []
    if match is None or rank is None:
        return []
    summary = _complement_after(text, match.end(), unit.end)
    if summary is None:
        return []
    elided = _ELLIPSIS.search(text, summary[0], summary[1])
    if elided is None:
        return [_Found(index, rank, summary[0], summary[1], True)]
    first = _trimmed(text, summary[0], elided.start())
    second = _trimmed(text, elided.end(), summary[1])
    found = []
    if first is not None:
        found.append(_Found(index, rank, first[0], first[1], True))
    second_rank = ordinal_value(elided.group("ordinal"))
    if second is not None and second_rank is not None:
        found.append(_Found(index, second_rank, second[0], second[1], True))
    return found


def _ranked_pair(text: str, index: int, unit: _Unit, context: bool) -> list[_Found]:
    """``The fourth and fifth priorities are A and B``: A has the first rank, B the second.

    A may hold a list of its own (``ties with the UN, the OSCE and the SCO``), so the two
    part at a ``, and``; else at the last ``and`` before a word of the same form as the first
    word of A (``expanding ... and strengthening ...``, ``the ... and the ...``) or before a
    determiner (``peacekeeping and the fight against ...``); else at the last ``and``.
    """
    if not context or not unit.priority:
        return []
    match = _RANKED_PAIR.search(text, unit.start, unit.end)
    if match is None:
        return []
    first_rank = ordinal_value(match.group("first"))
    second_rank = ordinal_value(match.group("second"))
    copula = _PAIR_COPULA.match(text, match.end())
    if first_rank is None or second_rank is None or copula is None:
        return []
    both = _trimmed(text, copula.end(), unit.end)
    if both is None:
        return []
    start, end = both
    ands = list(_PAIR_AND.finditer(text, start, end))
    if not ands:
        return []
    head = text[start:end].split(None, 1)[0].lower()
    words = [candidate.group("word").lower() for candidate in ands]
    # Not an "and" between two names ("the UN and the SCO"): a list inside one item.
    pairs = [
        (c, w) for c, w in zip(ands, words, strict=True) if not _joins_names(text, start, c)
    ] or list(zip(ands, words, strict=True))
    ands = [c for c, _ in pairs]
    # A ", and" (a list in A, then B); else the last "and" before a gerund after a gerund,
    # before A's first word ("the ... and the ..."), or before a determiner; else the last.
    serial = [c for c, _ in pairs if text[: c.start()].endswith(",")]
    gerunds = [
        c for c, w in pairs if head.endswith("ing") and head not in _ING_NOUNS and w.endswith("ing")
    ]
    same = [c for c, w in pairs if w == head]
    determined = [c for c, w in pairs if w in _DETERMINERS]
    parting = (serial or gerunds or same or determined or ands)[-1]
    first = _trimmed(text, start, parting.start())
    second = _trimmed(text, parting.start("word"), end)
    if first is None or second is None:
        return []
    return [
        _Found(index, first_rank, first[0], first[1], True),
        _Found(index, second_rank, second[0], second[1], True),
    ]


def _named_as(text: str, index: int, unit: _Unit, context: bool) -> list[_Found]:
    """``As a fourth priority, the minister named X``: X, with the rank."""
    if not context or not unit.priority:
        return []
    match = _OPENING_AS_PRIORITY.match(text, unit.start, unit.end)
    if match is None:
        return []
    rank = ordinal_value(match.group("ordinal"))
    span = _trimmed(text, match.end(), unit.end)
    if rank is None or span is None:
        return []
    return [_Found(index, rank, span[0], span[1], True)]


def _joins_names(text: str, start: int, joint: re.Match[str]) -> bool:
    """Whether the ``and`` of ``joint`` stands between two names: ``the UN and the SCO``."""
    before = text[start : joint.start()].rsplit(None, 1)
    after = text[joint.start("word") :].split(None, 2)
    if not before or not after:
        return False
    named_after = after[0][:1].isupper() or (
        after[0] == "the" and len(after) > 1 and after[1][:1].isupper()
    )
    return before[-1][:1].isupper() and named_after


def _latest_holder(chairs_by_unit: list[list[_Chair]], index: int) -> str | None:
    """The holder of the latest current chairmanship named up to ``units[index]``."""
    for chairs in reversed(chairs_by_unit[: index + 1]):
        for chair in reversed(chairs):
            if _current(chair) and chair.holder:
                return chair.holder
    return None


def _another(text: str, index: int, unit: _Unit, holder: str | None) -> _Found | None:
    """``Another priority (, according to X,) is ...``, after a priority found before.

    ``Another priority for (of) <someone> is`` is the chairmanship's only where the words
    name no other state or body than ``holder`` (``for us``, ``for 2030``, ``of
    Kazakhstan`` are; ``for Belarus``, ``for the Foreign Ministry`` are not).
    """
    if not unit.priority:
        return None
    match = _ANOTHER_PRIORITY.search(text, unit.start, unit.end)
    if match is None:
        return None
    copula_end = _copula(text, match.end(), unit.end)
    if copula_end is None:
        return None
    if _FOR_OR_OF.match(text, match.end(), unit.end) and _someone_else(
        text, match.end(), copula_end, holder
    ):
        return None
    summary = _complement_after(text, match.end(), unit.end)
    if summary is None:
        return None
    return _Found(index, None, summary[0], summary[1], False)


def _someone_else(text: str, start: int, end: int, holder: str | None) -> bool:
    """Whether ``text[start:end]`` names a body, or a state other than ``holder``."""
    if any(word.lower() in INSTITUTION_HEADS for word in text[start:end].split()):
        return _CHAIR.search(text, start, end) is None  # "of the chairmanship" is the holder's
    for hit in find_names(text, start, end):
        if hit.kind is MentionKind.ORGANIZATION and not _is_csto(hit.name, hit.code):
            return True
        if hit.kind is MentionKind.STATE and hit.name != holder:
            return True
    return False


def _unranked_statement(text: str, index: int, unit: _Unit, in_sentence: bool) -> _Found | None:
    if not in_sentence or not unit.priority:
        return None
    match = _UNRANKED_PHRASE.search(text, unit.start, unit.end)
    if match is None:
        return None
    copula_end = _copula(text, match.end(), unit.end)
    if copula_end is None or _CHAIR.search(text, match.end(), copula_end) is None:
        return None
    summary = _complement_after(text, match.end(), unit.end)
    if summary is None:
        return None
    return _Found(index, None, summary[0], summary[1], False)


def _copula(text: str, start: int, end: int) -> int | None:
    window_end = min(end, start + _COPULA_WINDOW)
    match = _COPULA.search(text, start, window_end)
    if match is None:
        return None
    between = _INSERT.sub("", text[start : match.start()])
    if "," in between.replace(", in ", ""):
        return None  # the priority phrase is not the subject of this copula
    return match.end()


def _complement_after(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of what the priority is: after the copula, to the end of the clause."""
    copula_end = _copula(text, start, end)
    if copula_end is None:
        return None
    return _trimmed(text, copula_end, end)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    piece = text[start:end]
    for match in _QUOTE_CLOSE.finditer(piece):
        mark = match.group()[-1]
        before = piece[: match.start()]
        if mark == '"':
            inner = before.count('"') % 2 == 1
        else:
            opening = before.count("“") + before.count("«")
            inner = opening > before.count("”") + before.count("»")
        if not inner:  # the quotation the priority stands in closes here
            piece = piece[: match.start()]
            break
    verb = _REPORTING_VERB.search(piece)
    if verb is not None and ", " in piece[: verb.start()]:
        piece = piece[: piece.rindex(", ", 0, verb.start())]
    stripped = piece.rstrip(_TRAILING)
    stripped = _TRAILING_CONJUNCTION.sub("", stripped).rstrip(_TRAILING)
    if not stripped:
        return None
    return start, start + len(stripped)


def _complement(
    text: str, index: int, unit: _Unit, in_sentence: bool, context: bool
) -> _Found | None:
    """``X is the second priority`` / ``X is a priority of this year's presidency``.

    Also ``named X as the top priority of its presidency``: X runs from the naming verb.
    """
    if not unit.priority:
        return None
    match = _COMPLEMENT.search(text, unit.start, unit.end)
    naming = None
    if match is None:
        match = _AS_PRIORITY.search(text, unit.start, unit.end)
        if match is None:
            return None
        namings = list(_NAMING.finditer(text, max(unit.start, match.start() - 200), match.start()))
        naming = namings[-1] if namings else None
        if naming is None:
            return None
    rank = ordinal_value(match.group("ordinal")) if match.group("ordinal") else None
    if rank is None and not in_sentence:
        return None
    if rank is not None and not (in_sentence or context):
        return None
    if naming is not None:
        start = naming.end()
    else:
        lead = _LEAD_IN.match(text, unit.start, match.start())
        start = unit.start if lead is None else lead.end()
    while start < match.start() and text[start] in _LEADING_QUOTES:
        start += 1
    if start >= match.start():
        return None
    return _Found(index, rank, start, match.start(), rank is not None)


def _inline_list(text: str, index: int, unit: _Unit) -> list[_Found]:
    """Numbered items inside one sentence: ``The priorities include: 1) X; 2) Y.``."""
    if not unit.priority or ":" not in unit.text:
        return []
    intro = _LIST_INTRO.search(text, unit.start, unit.end)
    colon = -1 if intro is None else text.find(":", intro.end(), unit.end)
    if colon < 0:
        return []
    markers: list[re.Match[str]] = []
    for marker in _INLINE_MARKER.finditer(text, colon, unit.end):
        if int(marker.group(1)) != len(markers) + 1:
            break
        markers.append(marker)
    if len(markers) < 2:
        return []
    items = []
    for number, marker in enumerate(markers):
        stop = markers[number + 1].start() if number + 1 < len(markers) else unit.end
        span = _trimmed(text, marker.end(), stop)
        if span is not None:
            items.append(_Found(index, number + 1, span[0], span[1], True))
    return items


def _enumerated_list(text: str, index: int, unit: _Unit) -> list[_Found]:
    """Unnumbered items after ``priorities ... include``, in the same sentence.

    Also after ``Among the priorities ..., X named``.

    ``The priorities include strengthening A, countering B and developing C.``: the items
    part at commas and semicolons, and the last at its ``and`` (``A, B and C``); two items
    with no comma part at ``and`` only where both open with a verb's ``-ing`` form
    (``countering A and developing B``), since ``cooperation with the UN and the SCO`` is
    one. At least two items, none over :data:`_MAX_ITEM_WORDS` words, or none at all.
    """
    if not unit.priority:
        return []
    intro = _ENUMERATION_INTRO.search(text, unit.start, unit.end)
    if intro is None:
        return []
    region = _trimmed(text, intro.end(), unit.end)
    if region is None:
        return []
    start, end = region
    pieces: list[tuple[int, int]] = []
    serial = False  # ", and C": the last item follows its "and" already
    # Items parted by semicolons may hold commas and "and" of their own.
    separators = _ITEM_SEMICOLON if ";" in text[start:end] else _ENUMERATION_SEPARATOR
    for separator in separators.finditer(text, start, end):
        pieces.append((start, separator.start()))
        start = separator.end()
        serial = separator.group().rstrip().endswith("and") or separators is _ITEM_SEMICOLON
    pieces.append((start, end))
    first_word = text[pieces[0][0] : end].split(maxsplit=1)[0]
    last_start, last_end = pieces[-1]
    joint = None if serial else _LAST_AND.search(text, last_start, last_end)
    if joint is not None:
        after = text[joint.end() : last_end].split(maxsplit=2)
        gerund = bool(after) and after[0].endswith("ing") and after[0].islower()
        # "A and countering the use of B": a gerund with an object opens an item of its own.
        parallel = gerund and (
            first_word.endswith("ing") or (len(after) > 1 and after[1] in _DETERMINERS)
        )
        if len(pieces) >= 2 or parallel:
            pieces[-1:] = [(last_start, joint.start()), (joint.end(), last_end)]
    if len(pieces) < 2 or any(
        a >= b
        or len(text[a:b].split()) > _MAX_ITEM_WORDS
        or _CLAUSE_VERB.search(text, a, min(b, a + _CLAUSE_VERB_REACH)) is not None
        for a, b in pieces
    ):
        return []
    return [_Found(index, None, a, b, False) for a, b in pieces]


def _list(text: str, units: list[_Unit], index: int) -> list[_Found]:
    """Items after an introduction: ``The priorities are:`` then ``1) ...`` / ``First, ...``.

    After an introduction that ends in a colon (or ``as follows``), the first item is the
    next paragraph or sentence and the list ends at the first paragraph that is no item.
    Otherwise the first item (``Firstly, ...``) opens one of the next
    :data:`_FIRST_ITEM_WITHIN` sentences and each next rank may follow after sentences
    that explain the one before, within :data:`_ITEM_GAP` paragraphs.
    """
    intro = units[index]
    if not intro.priority or _LIST_INTRO.search(intro.text) is None:
        return []
    ends_intro = _LIST_INTRO_END.search(intro.text) is not None
    items: list[_Found] = []
    expected: int | None = 1
    last_paragraph = intro.paragraph
    for position in range(index + 1, len(units)):
        unit = units[position]
        marker = _ITEM_MARKER.match(unit.text)
        rank = _marker_rank(marker)
        bullet = marker is not None and marker.group("bullet") is not None
        if not items:
            is_item = marker is not None and (rank == 1 or (bullet and ends_intro))
        else:
            is_item = marker is not None and (rank == expected if expected else bullet)
        if not items and is_item and not ends_intro and unit.paragraph != intro.paragraph:
            # Without a colon, a list starts in its introduction's paragraph or opens the
            # next: "Among other priorities, he named A. // The minister also outlined B.
            # First, ..." is another list.
            is_item = unit.paragraph == intro.paragraph + 1 and (
                units[position - 1].paragraph != unit.paragraph
            )
        if not is_item or marker is None:
            if not items and (ends_intro or position - index >= _FIRST_ITEM_WITHIN):
                return []
            starts_paragraph = unit.paragraph != units[position - 1].paragraph
            if items and starts_paragraph and ends_intro:
                break  # a list of paragraphs ends at the first paragraph that is no item
            if items and unit.paragraph - last_paragraph > _ITEM_GAP:
                break
            continue
        span = _trimmed(text, unit.start + marker.end(), unit.end)
        if span is None:
            break
        items.append(_Found(position, rank, span[0], span[1], not bullet, intro=index))
        expected = None if rank is None else rank + 1
        last_paragraph = unit.paragraph
    return items


def _marker_rank(marker: re.Match[str] | None) -> int | None:
    if marker is None or marker.group("bullet"):
        return None
    if marker.group("number"):
        return int(marker.group("number"))
    return ordinal_value(marker.group("ordinal"))


def _holder_and_year(
    text: str,
    units: list[_Unit],
    item: _Found,
    chairs_by_unit: list[list[_Chair]],
    chairs: list[_Chair],
    ranked: dict[int, re.Match[str] | None],
) -> tuple[str | None, int | None]:
    unit = units[item.unit]
    own = list(chairs_by_unit[item.unit])
    if item.intro is not None:
        own += chairs_by_unit[item.intro]
        unit = units[item.intro]
    holder = None
    year = None
    for chair in own:
        if not chair.past:
            holder = holder or chair.holder
            year = year or chair.year
    if holder is None and not any(_current(c) for c in own):
        # "The top priority of the previous Kazakh chairmanship was ...": that one's; and
        # "The previous Kazakh chairmanship ... . Its top priority was ...".
        past = [c for c in own if c.past and c.holder]
        if not past and item.unit > 0 and _refers_back(text, unit, ranked):
            before = chairs_by_unit[item.unit - 1]
            if not any(_current(c) for c in before):
                past = [c for c in before if c.past and c.holder]
        if past:
            return past[0].holder, past[0].year
    if holder is None:
        holder = _priority_possessive(text, unit, ranked)
    if holder is None:
        earlier = [c for c in chairs if _current(c) and c.holder and c.start < unit.start]
        later = [c for c in chairs if _current(c) and c.holder and c.start >= unit.start]
        if earlier:
            holder = earlier[-1].holder
        elif later:
            holder = later[0].holder
    if year is None and unit.priority:
        phrase = _ranked_phrase(text, unit, ranked) or _PRIORITY_WORD.search(
            text, unit.start, unit.end
        )
        printed = None if phrase is None else _YEAR_AFTER_PRIORITY.match(text, phrase.end())
        if printed is not None:
            year = int(printed.group(1))
    if year is None and holder is not None:
        years = {c.year for c in chairs if _current(c) and c.year and c.holder in (holder, None)}
        if len(years) == 1:
            year = years.pop()
    return holder, year


def _refers_back(text: str, unit: _Unit, ranked: dict[int, re.Match[str] | None]) -> bool:
    """Whether the ranked priority phrase follows ``Its``/``Their``: ``Its top priority``."""
    match = _ranked_phrase(text, unit, ranked)
    return match is not None and _ITS_BEFORE.search(text, unit.start, match.start()) is not None


def _priority_possessive(
    text: str, unit: _Unit, ranked: dict[int, re.Match[str] | None]
) -> str | None:
    """``Belarus' first priority``: the state before the priority phrase."""
    if not unit.priority:
        return None  # no phrase without the word
    match = _ranked_phrase(text, unit, ranked) or _UNRANKED_PHRASE.search(
        text, unit.start, unit.end
    )
    if match is None:
        return None
    for name, _, s_end in _states(text, unit.start, match.start()):
        if _STATE_BEFORE_PRIORITY.match(text[s_end : match.start()]):
            return name
    return None


def _details(text: str, units: list[_Unit], found: list[_Found], index: int) -> Span | None:
    item = found[index]
    paragraph = units[item.unit].paragraph
    following = found[index + 1] if index + 1 < len(found) else None
    if (
        following is not None
        and item.series
        and following.series
        and item.rank is not None
        and following.rank == item.rank + 1
    ):
        stop = following.unit
    else:
        stop = item.unit + 1
        while stop < len(units) and units[stop].paragraph == paragraph:
            stop += 1
        if following is not None:
            stop = min(stop, following.unit)
    # "Another priority for the Foreign Ministry is ...": a priority not found (someone
    # else's) ends the details too.
    for position in range(item.unit + 1, stop):
        if units[position].priority and _ANOTHER_PRIORITY.search(units[position].text):
            stop = position
            break
    if stop <= item.unit + 1:
        return None
    return Span(start=units[item.unit + 1].start, end=units[stop - 1].end)


def _speaker(
    text: str,
    statements: _StatementIndex,
    units: list[_Unit],
    found: list[_Found],
    index: int,
    earlier: list[Priority],
) -> Speaker | None:
    """Who named the priority ``found[index]`` (``earlier``: the priorities before it).

    The speaker of the statement that holds it; else, for the next of a series (``The
    second priority is ...``) or ``Another priority ...`` in the same or the next
    paragraph, the speaker of the priority before it; else, for a series announced by
    ``The minister named five priorities.``, the person that sentence's subject refers to.
    """
    item = found[index]
    own = statements.covering(item.summary_start, item.summary_end)
    if own is not None:
        return own
    if index > 0 and _follows(text, units, found[index - 1], item):
        return earlier[index - 1].speaker
    # The sentence that announced the series or introduced the list, or the item's own
    # (``The minister named three priorities: A, B and C.``).
    announcing = item.announced if item.announced is not None else item.intro
    return _announcer(text, statements, units[item.unit if announcing is None else announcing])


def _follows(text: str, units: list[_Unit], before: _Found, item: _Found) -> bool:
    """Whether ``item`` goes on from ``before``, in the same or the next paragraph."""
    if units[item.unit].paragraph - units[before.unit].paragraph > 1:
        return False
    if item.series and before.series and item.rank is not None:
        return before.rank == item.rank - 1
    return (
        item.rank is None
        and item.intro is None
        and _ANOTHER_PRIORITY.search(text, units[item.unit].start, item.summary_start) is not None
    )


class _StatementIndex:
    """The article's statements by where they start, to find the one around a place."""

    def __init__(self, statements: tuple[Statement, ...]) -> None:
        self.statements = sorted(statements, key=_statement_start)
        self.starts = [statement.span.start for statement in self.statements]
        self.reach: list[int] = []  # the furthest end of the statements up to each
        furthest = -1
        for statement in self.statements:
            furthest = max(furthest, statement.span.end)
            self.reach.append(furthest)

    def covering(self, start: int, end: int) -> Speaker | None:
        """The speaker of the first statement that holds ``[start, end)``, if any."""
        found = None
        position = bisect.bisect_right(self.starts, start) - 1
        while position >= 0 and self.reach[position] >= end:
            if self.statements[position].span.end >= end:
                found = self.statements[position]
            position -= 1
        return None if found is None else found.speaker

    def before(self, position: int) -> Iterator[Statement]:
        """The statements that end before ``position``, the latest first."""
        for index in range(bisect.bisect_left(self.starts, position) - 1, -1, -1):
            if self.statements[index].span.end <= position:
                yield self.statements[index]


def _statement_start(statement: Statement) -> int:
    return statement.span.start


def _announcer(text: str, statements: _StatementIndex, unit: _Unit) -> Speaker | None:
    """The person ``He named five priorities`` or ``The minister listed ...`` refers to.

    That is the speaker of the statement holding the sentence, or else of the latest
    statement before it by a named person who fits: any for ``He``/``She`` (unless the
    name tells the other gender), one whose role holds the noun's title words for ``The
    minister``. No one if another person is named or described between the two.
    """
    own = statements.covering(unit.start, unit.end)
    if own is not None:
        return own
    subject = _ANNOUNCER.match(unit.text)
    if subject is None:
        return _named_subject(text, statements, unit)
    noun = subject.group("noun")
    titles = None if noun is None else PERSON_NOUNS.get(noun.lower())
    if noun is not None and titles is None:
        titles = PERSON_NOUNS.get(noun.lower().split()[-1])
        if titles is None:
            return None
    gender = None if noun is not None else pronoun_gender(subject.group("pronoun").lower())
    for statement in statements.before(unit.start):
        speaker = statement.speaker
        if speaker.kind is not SpeakerKind.PERSON or speaker.name is None:
            continue
        if titles is not None:
            role = (speaker.role or "").lower()
            if not any(title in role for title in titles):
                continue
        else:
            other = name_gender(speaker.name)
            if gender is not None and other is not None and other != gender:
                return None
        said = statement.span.end
        if statement.attribution is not None:
            said = max(said, statement.attribution.end)
        return None if _someone_named(text, said, unit.start) else speaker
    return None


def _named_subject(text: str, statements: _StatementIndex, unit: _Unit) -> Speaker | None:
    """``As a fourth priority, Kasymalieva named ...``: the speaker named so before."""
    match = _OPENING_AS_PRIORITY.match(unit.text)
    if match is None:
        return None
    words = match.group("subject").split()
    if len(words) != 1 or not words[0][:1].isupper():
        return None  # a surname alone; "the minister" and titles are left to others
    for statement in statements.before(unit.start):
        name = statement.speaker.name
        if statement.speaker.kind is SpeakerKind.PERSON and name and name.split()[-1] == words[0]:
            return statement.speaker
    return None


def _someone_named(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` names or describes a person (``the minister``)."""
    words = find_words(text, start, end)
    return bool(name_word_runs(words)) or any(word.lower() in PERSON_NOUNS for word in words)
