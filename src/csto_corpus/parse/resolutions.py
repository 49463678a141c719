"""Extraction of :attr:`~csto_corpus.model.Article.resolutions`: UN resolutions an article names.

The article's title, subtitle and paragraphs are read sentence by sentence
(:func:`csto_corpus.parse._text.split_sentences`). In each sentence the rules below find
*anchors*:

Symbols (the UN symbol grammar, never a list of symbols)
    ``A/RES/<session>/<number>`` (``A/RES/75/20``), old-style ``A/RES/<number> (<roman
    session>)`` (``A/RES/217 (III)``, canonical ``A/RES/217(III)``), ``A/RES/ES-11/1``,
    ``S/RES/<number>`` with an optional ``(<year>)``; General Assembly drafts ``A/83/L.12``
    and ``A/C.1/83/L.9`` (``draft`` True, no ``number``); and lists after the word
    ``resolution(s)`` or ``UNSCR``: ``Resolution 75/20``, ``resolutions 75/20 and 76/1``,
    ``resolution 2178 (2014)`` (a year in brackets is Security Council style), ``resolution
    2625 (XXV)`` (a Roman session is old General Assembly style), and bare numbers
    (``Security Council resolutions, in particular 2178 and 2396``) only where the sentence
    names the Security Council; a bare number without that context is dropped. A
    Security Council symbol is canonical without its year (``S/RES/2178``); the year goes
    to :attr:`~csto_corpus.model.Resolution.year`.
Resolutions without a symbol
    A singular ``resolution`` with its determiner and modifiers (``a UN General Assembly
    resolution``, ``the new draft resolution``, ``the Resolution``). It is the same
    resolution as a symbol that follows it in the sentence with only a session clause, a
    quoted title or a bracket between (``the resolution adopted by the 77th session of the
    ... “On ...” (A/RES/75/20)``). Otherwise a definite one (``the``, ``this``) refers
    back to the last resolution named in the article (the last draft for ``the draft
    resolution``; the last of the same organ if it names one); an indefinite one, or a
    definite one with nothing to refer to, is a new resolution with symbol None, kept only
    if it names a UN organ or is a draft, or the sentence names the General Assembly or
    the Security Council. Such a resolution is named by a new symbol that is the subject
    of the next sentence (``... adopted a resolution on ... . Resolution A/RES/81/41 was
    co-sponsored by ...``), and one in the headline by the article's first symbol, where
    organ and session agree. A resolution recalled in passing (``the previous
    resolution, A/RES/79/9``, ``the first such resolution``) does not become the one a
    later ``the resolution`` refers to. ``resolution of``/``resolution to`` (the resolution of a
    conflict) and ``resolution`` after other words (``peaceful resolution``) are not UN
    resolutions.
Pronouns and ``the document``
    ``It`` as the subject of a sentence, followed by a provision verb, and ``The
    document`` (``the text``) as the subject of a sentence, refer to the last resolution
    referred to in the previous sentence.

Details of each resolution: ``session`` from the symbol, or for one without a symbol from
``the 79th session of the United Nations General Assembly`` in its sentence; ``title``
from a quoted title (first letter a capital) after the mention, after ``on``/``entitled``,
a session clause between allowed, stored without the quotation marks; ``adopted`` from
``(was) adopted (unanimously) on <day month year>`` after the mention in its sentence,
``<symbol> of <day month year>``, ``the adoption on <date> (by ...) of <symbol>``, or ``on
<day month year>`` after a mention the sentence says was adopted (``The Assembly adopted
resolution X on ... on 4 December 2026``, ``the adoption of resolution X on ...``) before
any clause begins, or ``on <date>`` right before ``adopted`` (``The Council on 16 May
adopted ...``), not ``will be adopted on``. A day printed without a year takes the year
the symbol gives (a Security Council year; the General Assembly session's, by the month),
else the one inferred from the publication date, and sets ``adopted_inferred``; an opening
``On 16 May`` without a year dates only ``the Assembly/Council adopted``. ``draft`` comes
from the word ``draft`` before ``resolution``.

Provisions: a sentence whose subject is the resolution (its mention or a reference to it
at the start of the sentence or of a ``that`` clause, after an optional introductory
phrase and comma) followed by a provision verb from :data:`PROVISION_VERBS` (adverbs such
as ``also``, a quoted title, ``of <date>`` or ``, adopted ... ,`` allowed between),
or a sentence where a relative clause ``, which (among other things) <verb>`` follows the
mention. After a resolution named as the subject (not ``It``, which may be the Assembly
that adopted it), a verb of :data:`PAST_PROVISION_VERBS` with an object counts too
(``That resolution welcomed the memorandum``), but not a participle (``resolution 2719,
approved in December, is ...``). The provision's text and span are the sentence's. A
``that`` after a noun (``the report that resolution X requested``) opens no subject.
Impersonal passives in the
following sentences (``the significance of ... is particularly emphasized``) are not
provisions: their subject is not the resolution, and nothing in the sentence says whose
text it is.

Mentions: each printed symbol or number is one mention (without its brackets); a phrase
that refers back (``the Resolution``, ``the document``) is one mention; a phrase joined to
a symbol in its sentence adds nothing; ``It`` is not recorded as a mention.
"""

from __future__ import annotations

import bisect
import contextlib
import datetime
import re
from collections.abc import Iterator
from typing import NamedTuple

import attrs

from csto_corpus.model import Article, Provision, Resolution, Span, UNBody
from csto_corpus.parse._cues import has_any, in_pieces, matches, occurrences, positions
from csto_corpus.parse._gazetteer import GazetteerHit, find_names
from csto_corpus.parse._regex import lazy_compile
from csto_corpus.parse._text import Sentence, split_sentences
from csto_corpus.parse._yearless import dates_without_year
from csto_corpus.parse.dates import (
    PartialDate,
    PrintedDate,
    calendar_day,
    find_dates,
    find_partial_dates,
)

__all__ = ["PAST_PROVISION_VERBS", "PROVISION_VERBS", "extract_resolutions"]

#: Verbs a resolution's operative and preambular paragraphs begin with, as printed in
#: reports (third person singular). Longer phrases first.
PROVISION_VERBS: tuple[str, ...] = (
    "calls upon",
    "calls on",
    "calls for",
    "takes note",
    "notes",
    "stresses",
    "commends",
    "welcomes",
    "emphasizes",
    "emphasises",
    "recognizes",
    "recognises",
    "reaffirms",
    "affirms",
    "urges",
    "encourages",
    "requests",
    "decides",
    "expresses",
    "underlines",
    "underscores",
    "acknowledges",
    "appreciates",
    "condemns",
    "invites",
    "recalls",
    "reiterates",
    "highlights",
    "supports",
    "demands",
    "declares",
    "states",
    "points out",
    "confirms",
    "praises",
    "authorizes",
    "authorises",
    "approves",
    "endorses",
    "requires",
    "mandates",
    "asks",
)


def _past(verb: str) -> str:
    """The past tense of a provision verb: ``welcomes`` -> ``welcomed``."""
    if verb == "takes note":
        return "took note"
    word, _, rest = verb.partition(" ")
    stem = word[:-1]  # "welcome", "call", "stresse"
    past = stem + ("d" if stem.endswith("e") else "ed")
    return f"{past} {rest}" if rest else past


#: The same verbs in the past tense, as a report of an earlier resolution prints them
#: (``That resolution welcomed ...``). Read only after a resolution named as the subject,
#: never after ``It`` (which may be the Assembly that adopted it).
PAST_PROVISION_VERBS: tuple[str, ...] = tuple(_past(verb) for verb in PROVISION_VERBS)

_VERB = "(?P<verb>" + "|".join(re.escape(v) for v in PROVISION_VERBS) + r")\b"
# Not "the resolution, supported by 150 states": a participle, not the verb of a provision.
_PAST_VERB = (
    "(?P<verb>" + "|".join(re.escape(v) for v in PAST_PROVISION_VERBS) + r")\b"
    # An object follows, not a time, a place, an agent or the main verb of a participle:
    # "resolution 2719, approved in December, is ...", "supported last year by ...".
    r"(?=\s+\w)(?!\s+(?:by|in|on|at|during|after|before|last|this|next|earlier|later|"
    r"yesterday|recently|is|was|are|were|remains|remained|has|have|had|will|would)\b)"
)
# Adverbs between the subject and its verb: "The resolution also notes".
_ADVERB = (
    r"(?:(?:also|further|furthermore|in particular|particularly|specifically|expressly|"
    r"again|once again|notably|explicitly|rightly|strongly|firmly)\s+)?"
)
# An introductory phrase before the subject: "At the same time, ", "In its preamble, ".
_INTRO = lazy_compile(r"(?:[A-Z][\w'’ -]{0,40},\s+)?")  # noqa: RUF001
_ORDINAL = r"\d{1,3}(?:st|nd|rd|th)"
_UN = r"(?:UN|U\.N\.|United\s+Nations)"

# --- Symbols ---------------------------------------------------------------------------
#: ``A/RES/75/20``; an emergency special session: ``A/RES/ES-11/1``.
_GA_SYMBOL = lazy_compile(
    r"(?<![\w/])A/RES/(?:(?P<session>\d{1,3})|(?P<special>E?S-\d{1,2}))/(?P<number>\d{1,4})"
    r"(?![\w/])"
)
#: A General Assembly draft: ``A/83/L.12`` (plenary), ``A/C.1/83/L.9`` (a Main Committee),
#: with an optional revision (``A/C.3/80/L.5/Rev.1``).
_GA_DRAFT_SYMBOL = lazy_compile(
    r"(?<![\w/])A/(?:C\.(?P<committee>[1-6])/)?(?P<session>\d{1,3})/L\.(?P<number>\d{1,4})"
    r"(?P<revision>/Rev\.\d{1,2})?(?![\w/])"
)
_DRAFT_CUE = "/L."  # what every draft symbol holds
#: Old style, before the 31st session: ``A/RES/217 (III)``, ``A/RES/2625(XXV)``.
_GA_OLD_SYMBOL = lazy_compile(r"(?<![\w/])A/RES/(?P<number>\d{1,4})\s?\((?P<roman>[IVXL]{1,7})\)")
#: ``S/RES/2178``, ``S/RES/2178 (2005)``, ``S/RES/2178(2005)``.
_SC_SYMBOL = lazy_compile(
    r"(?<![\w/])S/RES/(?P<number>\d{1,4})(?![\w/])(?:\s?\((?P<year>(?:19|20)\d\d)\))?"
)
#: One item of a list after "resolution(s)": ``75/20``, ``2178 (2005)``, ``217 (III)``, ``2396``.
_ITEM = (
    r"(?:\d{1,3}/\d{1,4}(?![\w/])|\d{1,4}(?![\w/.,]\d)(?![\w/])"
    r"(?:\s?\((?:(?:19|20)\d\d|[IVXL]{1,7})\))?)"
)
_ITEM_RE = lazy_compile(
    r"(?P<session>\d{1,3})/(?P<slashed>\d{1,4})"
    r"|(?P<number>\d{1,4})(?:\s?\((?:(?P<year>(?:19|20)\d\d)|(?P<roman>[IVXL]{1,7}))\))?"
)
_SEPARATOR = r"(?:\s*,\s*(?:and\s+|as\s+well\s+as\s+)?|\s+and\s+|\s+as\s+well\s+as\s+|\s*&\s*)"
#: The word, then optional "No."/"in particular", then a list of items.
_RESOLUTION_LIST = lazy_compile(
    r"\b(?P<head>[Rr]esolutions?|UNSCRs?)"
    r"(?:\s*,?\s+(?:in\s+particular|including|notably|especially|such\s+as|namely)[,:]?)?"
    r"\s+(?:(?:No|Nos|Number|Numbers)\.?\s*)?"
    rf"(?P<items>{_ITEM}(?:{_SEPARATOR}{_ITEM})*)"
)
#: An item of a list after the topic of the item before: `` on terrorism and 2462 (2019)``;
#: only items that say what they are (a year in brackets, a session and a slash).
_ITEM_AFTER_TOPIC = lazy_compile(
    r"\s+on\s+[^,;.()\d]{1,100}?(?:,\s*(?:and\s+)?|\s+and\s+)"
    r"(?P<item>\d{1,4}\s?\((?:19|20)\d\d\)|\d{1,3}/\d{1,4}(?![\w/]))"
)
#: "of the (UN) Security Council" right after a list of bare numbers.
_OF_SECURITY_COUNCIL = lazy_compile(rf"\s+of\s+the\s+(?:{_UN}\s+)?Security\s+Council\b")

# --- Resolutions without a symbol -------------------------------------------------------
_MODIFIER = (
    r"(?:new|latest|recent|relevant|corresponding|draft|special|landmark|above-mentioned|"
    r"previous|first|second|last|earlier|prior|former|such|"
    r"aforementioned|said|historic|annual|biennial|UN|U\.N\.|UN's|United|Nations|UNGA|UNSC|"
    r"General|Assembly|Assembly's|Security|Council|Council's|"
    rf"{_ORDINAL})"
)
_MAX_MODIFIERS = 5
#: A singular "resolution" with its determiner and modifiers.
_NOMINAL = lazy_compile(
    r"(?:(?P<det>\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir)\s+))?"
    rf"(?P<mods>(?:(?i:{_MODIFIER})\s+){{0,{_MAX_MODIFIERS}}})"
    r"(?P<head>\b[Rr]esolution)(?![\w/-])"
)
#: A General Assembly number in apposition after a resolution without a symbol.
_BARE_NUMBER = lazy_compile(
    r"(?:\s+on\s+[^,;()\"“”«»„\n]{1,150}?)?,\s+(?P<session>[3-9]\d)/(?P<number>\d{1,3})(?=[,)])"
)
#: Modifiers of a resolution before the one named last: ``the previous resolution``.
_EARLIER_MODIFIER = lazy_compile(r"\b(?:previous|earlier|prior|former|first|such)\b", re.IGNORECASE)
#: Modifiers that make a resolution this page's news: ``the new resolution``.
_FRESH = lazy_compile(r"\b(?:new|latest)\b", re.IGNORECASE)
#: One modifier, a whole word.
_WHOLE_MODIFIER = lazy_compile(rf"(?i:{_MODIFIER})")
#: The word ``_NOMINAL`` ends with; the phrase before it is at most that many words more.
_NOMINAL_HEAD = lazy_compile(r"\b[Rr]esolution(?![\w/-])")
_NOMINAL_WORDS = 1 + _MAX_MODIFIERS  # a determiner and the modifiers; none holds a space
#: What every anchor contains (the symbol and list patterns and ``_NOMINAL`` are
#: case-sensitive): a sentence without one names no resolution, and an article without
#: one (more than half) none at all.
_ANCHOR_CUE = ("/RES/", "esolution", "UNSCR", _DRAFT_CUE)
#: What every match of ``_RESOLUTION_LIST`` and ``_NOMINAL`` contains.
_WORD_CUE = ("esolution", "UNSCR")
#: What every match of a pattern starts with: the patterns (opening with ``\b`` or a
#: lookbehind, slow to try at every character) are tried only where one begins.
_GA_STARTS = ("A/RES/",)  # _GA_SYMBOL, _GA_OLD_SYMBOL
_SC_STARTS = ("S/RES/",)
_LIST_STARTS = ("Resolution", "resolution", "UNSCR")
_HEAD_STARTS = ("Resolution", "resolution")  # _NOMINAL_HEAD
_DRAFT = lazy_compile(r"\b[Dd]raft\b")
_DIGIT = lazy_compile(r"\d")
_GA_WORDS = lazy_compile(r"\b(?:General\s+Assembly|UNGA)\b", re.IGNORECASE)
_SC_WORDS = lazy_compile(r"\b(?:Security\s+Council|UNSC)\b", re.IGNORECASE)
_UN_WORDS = lazy_compile(r"\b(?:UN|U\.N\.|United\s+Nations|UN's)\b")
#: "resolution of the conflict", "resolution to the crisis": not a UN resolution, unless
#: "of" names a UN organ.
_NOT_A_UN_RESOLUTION = lazy_compile(
    rf"\s+(?:to|of)\s+(?!the\s+(?:{_UN}\s+)?(?:General\s+Assembly|Security\s+Council|{_UN})\b)"
)

# --- Details ----------------------------------------------------------------------------
#: "the 79th session of the United Nations General Assembly", "the 77th UN General Assembly".
_SESSION = lazy_compile(
    rf"\b(?P<n>\d{{1,3}})(?:st|nd|rd|th)\s+(?:regular\s+)?[Ss]ession\s+of\s+the\s+"
    rf"(?:{_UN}\s+)?General\s+Assembly\b"
    rf"|\b(?P<m>\d{{1,3}})(?:st|nd|rd|th)\s+(?:{_UN}\s+)?General\s+Assembly"
    r"(?:\s+[Ss]ession)?\b"
    # "at the 82nd session": the Assembly's only where the sentence is about the Assembly.
    r"|\b(?P<k>\d{1,3})(?:st|nd|rd|th)\s+[Ss]ession\b(?!\s+of\b)"
)
#: A session clause between a resolution and its title or symbol.
_SESSION_CLAUSE = (
    rf"(?:\s*,?\s+(?:which\s+was\s+|that\s+was\s+)?(?:adopted\s+)?(?:by|at|during|of)\s+the\s+"
    rf"(?:{_ORDINAL}\s+(?:regular\s+)?[Ss]ession\s+of\s+the\s+(?:{_UN}\s+)?General\s+Assembly|"
    rf"{_ORDINAL}\s+(?:{_UN}\s+)?General\s+Assembly(?:\s+[Ss]ession)?))"
)
_QUOTED = r"[\"“«„](?P<title>[A-Z][^\"“”«»„\n]{2,300})[\"”»“]"
#: A quoted title after a mention: `on "..."`, `entitled “...”`, a session clause between.
_TITLE_AFTER = lazy_compile(
    rf"(?:{_SESSION_CLAUSE}|\s+of\s+the\s+(?:{_UN}\s+)?(?:General\s+Assembly|Security\s+Council))?"
    rf"\s*,?\s*(?:(?:on|entitled|titled|called|named)\s+)?{_QUOTED}"
)
#: What may stand between a resolution without a symbol and the symbol that names it.
_LINK_GAP = lazy_compile(
    rf"(?:{_SESSION_CLAUSE})?(?:\s+on\s+[^,;()\"“”«»„\n]{{1,150}})?"
    rf"(?:\s*,?\s*(?:(?:on|entitled|titled)\s+)?[\"“«„][^\"“”«»„\n]{{2,300}}[\"”»“])?"
    # "..., adopted on 22 November 2026 (A/RES/81/7)"
    r"(?:\s*,\s*adopted\s+[^,;()\"“”«»„\n]{1,60}?(?=\s*\())?"
    r"\s*[(,]?\s*"
    r"(?:(?:UN\s+)?(?:General\s+Assembly\s+)?[Rr]esolution\s+)?"  # ", Resolution 75/20"
)
_ADOPTED_ON = lazy_compile(
    r"\badopted\s+(?:(?:unanimously|by\s+consensus|without\s+a\s+vote"
    # "by a recorded vote of 131 to 3, with 38 abstentions,"
    r"|by\s+(?:a\s+)?(?:recorded\s+)?vote\s+of\s+\d+\s+(?:to|against)\s+\d+"
    r"(?:,?\s+with\s+\d+\s+abstentions?,?)?"
    # "at a plenary meeting of the 81st session"
    r"|at\s+(?:a|the|its)\s+[^,.;:\"“”«»]{1,80}?)\s+)?on\s+(?:the\s+)?"
)
#: A date that opens the sentence: ``On December 7, 2026, the Assembly adopted ...``.
_OPENING_DATE = lazy_compile(r"[Oo]n\s+")
_ADOPTED_STARTS = ("adopted",)  # what every match of _ADOPTED_ON starts with
#: Between a resolution referred back to and its symbol in apposition: ``The document,``.
_APPOSITION = lazy_compile(
    r",\s+(?:which\s+(?:received|was\s+given|bears|has\s+received)\s+the\s+(?:symbol|number)\s+)?"
)
#: ``the adoption on <date> of (draft) resolution`` right before the mention.
_ADOPTION_OF = lazy_compile(
    r"\badoption\s+on\s+(?:the\s+)?(?P<date>[^,;]{6,30}?)"
    # "by the 85th session of the United Nations General Assembly"
    r"(?:\s+by\s+the\s+[^,;]{1,80}?)?\s+of\s+(?:the\s+)?(?:(?:UN|General\s+Assembly|"
    r"Security\s+Council)\s+)*(?:draft\s+)?(?:resolutions?\s+)?$"
)
#: "The Assembly adopted (the) resolution X ...": the resolution is what was adopted, so a
#: date after it, ``on <date>`` with no clause between, is the adoption's.
_ADOPTED_BEFORE = lazy_compile(
    r"\b(?:adopted|adoption\s+of)\s+(?:(?:unanimously|by\s+consensus|without\s+a\s+vote|"
    r"by\s+(?:a\s+)?(?:recorded\s+)?vote(?:\s+of\s+\d+\s+(?:to|against)\s+\d+)?)\s+)?"
    r"(?:(?:a|the)\s+)?(?:(?:draft\s+)?resolutions?\s+)?$"
)
#: ``adopted`` right after the date it was adopted on: ``on 16 May unanimously adopted``.
_ON_DATE_ADOPTED = lazy_compile(
    r"(?<=\w)(?:\s+(?:unanimously|by\s+consensus|without\s+a\s+vote))?\s+adopted\s+"
    r"(?:(?:unanimously|by\s+consensus|without\s+a\s+vote|by\s+(?:a\s+)?(?:recorded\s+)?"
    r"vote(?:\s+of\s+\d+\s+(?:to|against)\s+\d+)?)\s+)?"
    r"(?:(?:a|the)\s+)?(?:(?:draft\s+)?resolutions?\s+)?$"
)
#: ``the report that ...``: ``that`` after a noun opens a relative clause.
_NOUN_BEFORE_THAT = lazy_compile(r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Ii]ts|[Tt]heir)\s+[\w-]+\s+$")
#: ``be adopted``: a plan (``will be adopted on ...``), not an adoption.
_TO_BE = lazy_compile(r"\bbe\s+(?:\w+\s+)?$")
#: After an opening date without its year: the organ that adopted the resolution.
_ORGAN_ADOPTED = lazy_compile(
    r",?\s+(?:the\s+)?(?:(?:UN|U\.N\.|United\s+Nations)\s+)?(?:General\s+Assembly|Security\s+"
    r"Council|Assembly|Council|UNGA|UNSC)\s+(?:(?:unanimously|also)\s+)?adopted\b"
)
#: Where a clause may begin after the mention: a date past it dates something else.
_CLAUSE_BREAK = lazy_compile(r",|;|\b(?:which|that|who|when|after|before|while)\b")
_OF_DATE = lazy_compile(r"\s*\)?\s+of\s+")
#: An adoption clause between the subject and its verb: ``, adopted on ...,``, ``, drafted
#: by Kazakhstan and Russia,``.
_ADOPTED_CLAUSE = lazy_compile(
    r"\s*\)?,\s+(?:(?:which\s+was\s+)?(?:adopted|drafted|sponsored|co-sponsored|submitted|"
    r"initiated|prepared|proposed|tabled|introduced|supported|backed)\b"
    # or a relative clause: ", which received the symbol A/RES/87/31,"
    r"|which\s+(?:was|received|has|had|bears)\b)[^,;()\"“”«»]{0,100},"
)
#: Words before a symbol that name an earlier resolution, recalled in passing: ``the
#: previous resolution, A/RES/79/9``, ``the first such resolution ... (A/RES/63/17)``.
_EARLIER = lazy_compile(
    r"\b(?:[Pp]revious|[Ee]arlier|[Pp]rior|[Ff]ormer|[Ff]irst\s+such|[Ll]ast\s+year's)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:resolution|document|one|text)\b"
)
_EARLIER_REACH = 120  # characters before the mention where such a phrase may stand
#: "It notes ...": a pronoun subject, counted only before a provision verb.
_PRONOUN = lazy_compile(rf"(?P<ref>[Ii]t)\s+{_ADVERB}{_VERB}")
#: "The document was adopted ...", "The text also notes ...": a noun that refers back.
_DOCUMENT_SUBJECT = lazy_compile(
    r"(?:[Tt]he|[Tt]his)\s+(?:(?:last|latter|same)\s+)?"
    # "The draft A/78/L.12", "the draft of the next resolution": another one
    r"(?:document|text|draft(?!\s+(?:resolution\b|of\b|[AS]/)))\b"
)
_AFTER_SUBJECT = lazy_compile(rf"\s*\)?,?\s+{_ADVERB}{_VERB}")
# No comma between, but after a bracket that closes an apposition: "(A/RES/81/7), noted".
_AFTER_SUBJECT_PAST = lazy_compile(rf"\s*(?:\),?)?\s+{_ADVERB}{_PAST_VERB}")
#: The words before a printed number that make it the subject: ``Security Council
#: resolution 2378 (2017) calls for ...``, ``Resolution 84/22 welcomes ...``.
_SUBJECT_HEAD = lazy_compile(
    rf"(?:[Tt]he\s+)?(?:{_UN}\s+)?(?:(?:Security\s+Council|General\s+Assembly|UNSC|UNGA)\s+)?"
    r"(?:[Rr]esolution|UNSCR)\s+(?:(?:No|Number)\.?\s*)?"
)
_RELATIVE = lazy_compile(
    r"(?:\s+on\s+[^,;]{1,150}?)?,\s+which,?\s+"
    r"(?:(?:among\s+other\s+things|inter\s+alia|in\s+particular|in\s+part),?\s+)?"
    rf"{_ADVERB}{_VERB}"
)

_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}


class _Anchor(NamedTuple):
    """A resolution mention found in a sentence, before it is resolved to a record."""

    start: int
    end: int
    symbol: str | None  # None for a resolution without a symbol
    body: UNBody | None
    session: int | None = None
    number: int | None = None
    year: int | None = None
    det: str | None = None  # for resolutions without a symbol
    draft: bool = False
    fresh: bool = False  # "the new resolution": not an older one named before
    earlier: bool = False  # "the previous resolution": not the one named last


@attrs.define
class _Record:
    """A resolution being assembled from its mentions."""

    symbol: str | None
    body: UNBody | None
    session: int | None = None
    number: int | None = None
    year: int | None = None
    title: str | None = None
    title_span: Span | None = None
    adopted: datetime.date | None = None
    adopted_span: Span | None = None
    adopted_inferred: bool = False
    draft: bool = False
    provisions: list[Provision] = attrs.Factory(list)
    mentions: list[Span] = attrs.Factory(list)

    def build(self) -> Resolution:
        # In page order: a phrase referred back may be read after the symbol beside it.
        mentions = sorted(self.mentions, key=_span_start)
        return Resolution(
            symbol=self.symbol,
            body=self.body,
            span=mentions[0],
            session=self.session,
            number=self.number,
            year=self.year,
            title=self.title,
            title_span=self.title_span,
            adopted=self.adopted,
            adopted_span=self.adopted_span,
            draft=self.draft,
            provisions=tuple(self.provisions),
            mentions=tuple(mentions),
            adopted_inferred=self.adopted_inferred,
        )


def _span_start(span: Span) -> int:
    return span.start


def _roman(numeral: str) -> int:
    values = [_ROMAN[c] for c in numeral]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def _symbol_anchors(
    text: str, sentence: Sentence, names: list[GazetteerHit] | None
) -> list[_Anchor]:
    """Every printed symbol and listed number in ``sentence``.

    ``names``: what the sentence names, or None where it holds no word of ``_WORD_CUE``
    (and so no list of numbers after ``resolution``).
    """
    start, end = sentence.start, sentence.end
    anchors: list[_Anchor] = []
    if _DIGIT.search(text, start, end) is None:
        return anchors  # every symbol and listed number has a digit: a cheap first test
    ga = _GA_STARTS[0] in sentence.text  # (the patterns' words, a cheap first test)
    for m in matches(_GA_SYMBOL, text, _GA_STARTS, start, end) if ga else ():
        if m.group("session"):
            session = int(m.group("session"))
            symbol = f"A/RES/{session}/{int(m.group('number'))}"
            anchors.append(
                _Anchor(
                    m.start(),
                    m.end(),
                    symbol,
                    UNBody.GENERAL_ASSEMBLY,
                    session,
                    int(m.group("number")),
                )
            )
        else:
            symbol = f"A/RES/{m.group('special')}/{int(m.group('number'))}"
            anchors.append(
                _Anchor(
                    m.start(),
                    m.end(),
                    symbol,
                    UNBody.GENERAL_ASSEMBLY,
                    None,
                    int(m.group("number")),
                )
            )
    for m in matches(_GA_OLD_SYMBOL, text, _GA_STARTS, start, end) if ga else ():
        number, roman = int(m.group("number")), m.group("roman")
        anchors.append(
            _Anchor(
                m.start(),
                m.end(),
                f"A/RES/{number}({roman})",
                UNBody.GENERAL_ASSEMBLY,
                _roman(roman),
                number,
            )
        )
    for m in _GA_DRAFT_SYMBOL.finditer(text, start, end) if _DRAFT_CUE in sentence.text else ():
        committee = f"C.{m.group('committee')}/" if m.group("committee") else ""
        session = int(m.group("session"))
        symbol = f"A/{committee}{session}/L.{int(m.group('number'))}{m.group('revision') or ''}"
        anchors.append(
            _Anchor(m.start(), m.end(), symbol, UNBody.GENERAL_ASSEMBLY, session, draft=True)
        )
    sc = _SC_STARTS[0] in sentence.text
    for m in matches(_SC_SYMBOL, text, _SC_STARTS, start, end) if sc else ():
        number = int(m.group("number"))
        year = int(m.group("year")) if m.group("year") else None
        anchors.append(
            _Anchor(
                m.start(), m.end(), f"S/RES/{number}", UNBody.SECURITY_COUNCIL, None, number, year
            )
        )
    if names is None:
        anchors.sort(key=lambda a: a.start)
        return anchors
    council = [h for h in names if h.code == "UNSC"]
    for m in matches(_RESOLUTION_LIST, text, _LIST_STARTS, start, end):
        security_context = (
            m.group("head").startswith("UNSCR")
            or any(h.end <= m.start() for h in council)
            or bool(_OF_SECURITY_COUNCIL.match(text, m.end()))
        )
        for item in _ITEM_RE.finditer(text, m.start("items"), m.end("items")):
            anchor = _list_item(item, security_context)
            if anchor is not None:
                anchors.append(anchor)
        if not m.group("head").lower().endswith("s"):
            continue  # "resolution 2482 (2019) on A and ...": one resolution, then other words
        # "resolutions 2482 (2019) on A and 2462 (2019) on B": each item after its topic.
        after = m.end()
        while (more := _ITEM_AFTER_TOPIC.match(text, after, end)) is not None:
            topic_item = _ITEM_RE.fullmatch(text, more.start("item"), more.end("item"))
            anchor = None if topic_item is None else _list_item(topic_item, security_context)
            if anchor is None:
                break
            anchors.append(anchor)
            after = more.end()
    anchors.sort(key=lambda a: a.start)
    return anchors


def _list_item(item: re.Match[str], security_context: bool) -> _Anchor | None:
    if item.group("session"):
        session, number = int(item.group("session")), int(item.group("slashed"))
        return _Anchor(
            item.start(),
            item.end(),
            f"A/RES/{session}/{number}",
            UNBody.GENERAL_ASSEMBLY,
            session,
            number,
        )
    number = int(item.group("number"))
    if item.group("roman"):
        roman = item.group("roman")
        return _Anchor(
            item.start(),
            item.end(),
            f"A/RES/{number}({roman})",
            UNBody.GENERAL_ASSEMBLY,
            _roman(roman),
            number,
        )
    if item.group("year") or security_context:
        year = int(item.group("year")) if item.group("year") else None
        return _Anchor(
            item.start(), item.end(), f"S/RES/{number}", UNBody.SECURITY_COUNCIL, None, number, year
        )
    return None  # a bare number without a Security Council context: not a symbol


def _nominal_anchors(
    text: str, sentence: Sentence, symbols: list[_Anchor], organs: set[UNBody]
) -> list[_Anchor]:
    """Singular "resolution" phrases that are not part of a symbol list."""
    anchors: list[_Anchor] = []
    for m in _nominal_matches(text, sentence.start, sentence.end):
        if _RESOLUTION_LIST.match(text, m.start("head"), sentence.end):
            continue  # "Resolution 75/20": the list's items are the anchors
        if _NOT_A_UN_RESOLUTION.match(text, m.end()):
            continue
        mods = m.group("mods")
        det = m.group("det").strip().lower() if m.group("det") else None
        named_organ = _organ(mods)
        draft = bool(_DRAFT.search(mods))
        if det is None and not mods:
            continue  # "peaceful resolution", "conflict resolution"
        if det in (None, "a", "an") and not (
            named_organ or draft or organs or _UN_WORDS.search(mods)
        ):
            continue
        fresh = _FRESH.search(mods) is not None
        earlier = _EARLIER_MODIFIER.search(mods) is not None
        anchors.append(
            _Anchor(
                m.start(),
                m.end(),
                None,
                named_organ,
                det=det or "",
                draft=draft,
                fresh=fresh,
                earlier=earlier,
            )
        )
    return anchors


def _bare_numbers(text: str, nominals: list[_Anchor], symbols: list[_Anchor]) -> list[_Anchor]:
    """Numbers in apposition to a resolution without a symbol: General Assembly symbols.

    ``The previous resolution on the UN and the SCO, 80/15, was ...``.
    """
    taken = {anchor.start for anchor in symbols}
    found = []
    for nominal in nominals:
        match = _BARE_NUMBER.match(text, nominal.end)
        if match is None or match.start("session") in taken:
            continue
        session, number = int(match.group("session")), int(match.group("number"))
        found.append(
            _Anchor(
                match.start("session"),
                match.end("number"),
                f"A/RES/{session}/{number}",
                UNBody.GENERAL_ASSEMBLY,
                session=session,
                number=number,
            )
        )
    return found


def _nominal_matches(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The matches of ``_NOMINAL.finditer(text, start, end)``, found faster.

    The pattern's optional, case-insensitive determiner and modifiers make it slow to try
    at every character, so it is tried only over the few words before each ``resolution``:
    a phrase holds at most :data:`_NOMINAL_WORDS` words before the word, cannot reach
    across another ``resolution``, and every word of it but the first is a whole modifier,
    so it starts no earlier than the nearest word that is not one (the first word may be a
    determiner, or a modifier at the end of a longer word: ``(the``, ``xnew``). (Each
    stretch of text is sliced once: linear time.)
    """
    position = start
    for at in positions(text, _HEAD_STARTS, start, end):
        head = _NOMINAL_HEAD.match(text, at, end) if at >= position else None
        if head is None:
            continue
        before = text[position : head.start()]
        words = before.rsplit(None, _NOMINAL_WORDS)
        low = position + len(words[0]) if len(words) > _NOMINAL_WORDS else position
        cursor = len(before)
        for word in reversed(words[1:] if len(words) > _NOMINAL_WORDS else words):
            cursor = before.rfind(word, 0, cursor)  # the last: only white space follows it
            if _WHOLE_MODIFIER.fullmatch(word) is None:
                low = position + cursor
                break
        match = _NOMINAL.search(text, low, head.end())
        if match is None:
            position = head.start() + 1  # no phrase ends at this word
            continue
        yield match
        position = match.end()


def _organ(words: str) -> UNBody | None:
    if _GA_WORDS.search(words):
        return UNBody.GENERAL_ASSEMBLY
    if _SC_WORDS.search(words):
        return UNBody.SECURITY_COUNCIL
    return None


def _sentence_organs(names: list[GazetteerHit]) -> set[UNBody]:
    codes = {h.code for h in names}
    organs = set()
    if "UNGA" in codes:
        organs.add(UNBody.GENERAL_ASSEMBLY)
    if "UNSC" in codes:
        organs.add(UNBody.SECURITY_COUNCIL)
    return organs


def _symbol_year(record: _Record, month: int) -> int | None:
    """The year a resolution's symbol gives for an adoption in ``month``, if it gives one.

    A Security Council year; for the General Assembly, session N runs from September
    1945 + N to September of the next year.
    """
    if record.year is not None:
        return record.year
    if record.session is not None and record.body is UNBody.GENERAL_ASSEMBLY:
        return 1945 + record.session + (0 if month >= 9 else 1)
    return None


def _named_by_symbol(record: _Record) -> None:
    """Once a resolution whose adoption year was inferred gets its symbol: that year."""
    if record.adopted is None or not record.adopted_inferred:
        return
    year = _symbol_year(record, record.adopted.month)
    if year is not None:
        with contextlib.suppress(ValueError):  # 29 February in a common year
            record.adopted = record.adopted.replace(year=year)


def _set_adopted(record: _Record, printed: PrintedDate, *, inferred: bool = False) -> None:
    """Record ``printed`` as the date ``record`` was adopted, with its span.

    ``inferred``: the page printed no year; :func:`dates_without_year` gave it.
    """
    record.adopted = printed.date
    record.adopted_span = Span(start=printed.start, end=printed.end)
    record.adopted_inferred = inferred


class _Walker:
    """Resolves anchors to records across the sentences of one article."""

    def __init__(self, text: str, published: datetime.date | None = None) -> None:
        self.text = text
        self.published = published  # the article's day: the year of a date printed without
        self.yearless: dict[int, PartialDate] | None = None  # this sentence's, by start
        self.records: list[_Record] = []
        self.by_symbol: dict[str, _Record] = {}
        self.last: _Record | None = None  # the last resolution named, not a draft
        self.last_draft: _Record | None = None
        self.previous: _Record | None = None  # the last referred to in the previous sentence
        self.heading: list[_Record] = []  # those named, without a symbol, in the headline
        self.opening = 0  # where the sentence being read starts
        self.sentence_now = Sentence("", 0, 0)

    def sentence(self, sentence: Sentence, cue: bool) -> None:
        """Read one sentence; ``cue``: whether it holds a word of ``_ANCHOR_CUE``."""
        text = self.text
        self.opening = sentence.start
        self.sentence_now = sentence
        self.yearless = None
        anchors: list[_Anchor] = []
        organs: set[UNBody] = set()
        if cue:
            # The list patterns and the word's referents need what the sentence names.
            words = has_any(sentence.text, _WORD_CUE)
            names = find_names(text, sentence.start, sentence.end) if words else None
            symbols = _symbol_anchors(text, sentence, names)
            nominals: list[_Anchor] = []
            # Only the word's modifiers and referents need the organs the sentence names
            # (and the pattern's optional modifiers are slow to try at every word).
            if names is not None and "esolution" in sentence.text:
                organs = _sentence_organs(names)
                nominals = _nominal_anchors(text, sentence, symbols, organs)
                symbols += _bare_numbers(text, nominals, symbols)
            anchors = sorted(symbols + nominals, key=lambda a: a.start)
        elif self.previous is None:
            return  # it names no resolution, and has none to refer back to
        subjects = self._subject_starts(sentence)
        referred: list[tuple[_Anchor, _Record, int]] = []  # anchor, record, subject end
        skip: set[int] = set()
        for index, anchor in enumerate(anchors):
            if index in skip:
                continue
            if anchor.symbol is not None:
                record = self._named(anchor, self._is_subject(anchor, subjects))
                record.mentions.append(Span(start=anchor.start, end=anchor.end))
                referred.append((anchor, record, anchor.end))
                continue
            following = anchors[index + 1] if index + 1 < len(anchors) else None
            if (
                following is not None
                and following.symbol is not None
                and self._linked(anchor, following)
            ):
                record = self._named(following)
                record.mentions.append(Span(start=following.start, end=following.end))
                self._title(record, anchor.end, following.start)
                # "the resolution on ..., adopted on 22 November 2026 (A/RES/81/7)"
                self._adopted(record, anchor.end, following.start, adopted_before=False)
                referred.append((anchor, record, following.end))
                skip.add(index + 1)
                continue
            unnamed = self._unnamed(anchor, sentence, organs)
            if unnamed is None:
                continue
            unnamed.mentions.append(Span(start=anchor.start, end=anchor.end))
            referred.append((anchor, unnamed, anchor.end))
        self._document_subject(sentence, subjects, referred)
        self._apposition(referred)
        for position, (anchor, record, subject_end) in enumerate(referred):
            if record.title is None:
                self._title(record, subject_end, sentence.end)
            next_start = (
                referred[position + 1][0].start if position + 1 < len(referred) else sentence.end
            )
            adopted_before = self.text.find("adopt", sentence.start, anchor.start) >= 0 and bool(
                _ADOPTED_BEFORE.search(self.text, sentence.start, anchor.start)
            )
            self._adopted(record, subject_end, next_start, adopted_before=adopted_before)
            if adopted_before and record.adopted is None:
                self._adopted_at_opening(record, sentence.start, anchor.start)
            if adopted_before and record.adopted is None:
                self._adopted_on_before(record, sentence.start, anchor.start)
            if record.adopted is None and "adoption" in self.text[sentence.start : anchor.start]:
                self._adoption_of(record, sentence.start, anchor.start)
        # "It notes ...": a sentence that names none may go on about the one before.
        pronoun = None
        if self.previous is not None and not any(
            self._is_subject(anchor, subjects) for anchor, _, _ in referred
        ):  # "It also requests a report on the implementation of the resolution."
            pronoun = self._pronoun(sentence, subjects)
        speaking = self._provision(sentence, subjects, referred, pronoun)
        if referred:
            self.previous = referred[-1][1]
        elif pronoun is None:
            self.previous = None
        if speaking is not None and not speaking.draft:
            # "The document recalls resolution 2719 (2023). It also requests ...": the
            # resolution whose provision this is, not the one it recalls, goes on.
            self.previous = self.last = speaking

    def _document_subject(
        self, sentence: Sentence, subjects: set[int], referred: list[tuple[_Anchor, _Record, int]]
    ) -> None:
        """``The document`` as the subject refers to the previous sentence's resolution."""
        if self.previous is None:
            return
        opening = _DOCUMENT_SUBJECT.match(self.text, sentence.start, sentence.end)
        appositive = opening is not None and any(
            _APPOSITION.fullmatch(self.text, opening.end(), anchor.start)
            for anchor, _, _ in referred
        )  # "The document, A/RES/83/17, was ...": its symbol follows, as the "subject"
        if not appositive and any(anchor.start in subjects for anchor, _, _ in referred):
            return
        for start in sorted(subjects):
            m = _DOCUMENT_SUBJECT.match(self.text, start, sentence.end)
            if m is not None:
                self.previous.mentions.append(Span(start=m.start(), end=m.end()))
                anchor = _Anchor(m.start(), m.end(), None, None, det="the")
                referred.insert(0, (anchor, self.previous, m.end()))
                return

    def _apposition(self, referred: list[tuple[_Anchor, _Record, int]]) -> None:
        """``The document, A/RES/83/17, was adopted``: the symbol names the one referred to.

        A resolution referred back to without a symbol takes the symbol printed right
        after it between commas, unless the symbol was named before (then they are two).
        """
        for position in range(len(referred) - 1):
            first, earlier, _ = referred[position]
            second, named, end = referred[position + 1]
            if earlier.symbol is not None or not named.symbol or len(named.mentions) != 1:
                continue
            if _APPOSITION.fullmatch(self.text, first.end, second.start) is None:
                continue
            earlier.symbol, earlier.session, earlier.number = (
                named.symbol,
                named.session,
                named.number,
            )
            earlier.body = named.body or earlier.body
            earlier.year = named.year or earlier.year
            earlier.draft = earlier.draft or named.draft
            _named_by_symbol(earlier)
            earlier.mentions.extend(named.mentions)
            self.records.remove(named)
            self.by_symbol[named.symbol] = earlier
            if self.last is named:
                self.last = earlier
            if self.last_draft is named:
                self.last_draft = earlier
            referred[position + 1] = (second, earlier, end)

    def _earlier(self, anchor: _Anchor) -> bool:
        """Whether the mention names an earlier resolution recalled in passing."""
        low = max(self.opening, anchor.start - _EARLIER_REACH)
        return _EARLIER.search(self.text, low, anchor.start) is not None

    def _recent(self, anchor: _Anchor | _Record) -> bool:
        """Whether the symbol may be of a resolution adopted about the page's time.

        A Security Council year or a General Assembly session more than a year before the
        publication date is an older resolution (unknown without the date).
        """
        if self.published is None:
            return True
        year = anchor.year
        if year is None and anchor.session is not None and anchor.body is UNBody.GENERAL_ASSEMBLY:
            year = 1946 + anchor.session  # the session ends in September of that year
        return year is None or year >= self.published.year - 1

    def _is_subject(self, anchor: _Anchor, subjects: set[int]) -> bool:
        return anchor.start in subjects or any(
            _SUBJECT_HEAD.fullmatch(self.text, start, anchor.start) for start in subjects
        )

    def _unnamed_to_name(self, anchor: _Anchor, subject: bool) -> _Record | None:
        """The resolution without a symbol that a new symbol names, if there is one.

        A headline's ``the UN General Assembly resolution on ...`` is named by the first
        symbol of the article; ``adopted a resolution on ...`` by a symbol that is the
        subject of the next sentence (``Resolution A/RES/81/41 was co-sponsored by ...``).
        Their organ and session must agree, and neither may be a draft.
        """
        if self._earlier(anchor) or not self._recent(anchor):
            return None
        candidates = []
        if subject and self.previous is not None:
            candidates.append(self.previous)
        if not self.by_symbol:
            candidates += self.heading
        for record in candidates:
            if (
                record.symbol is None
                and not record.draft
                and not anchor.draft
                and record.body in (None, anchor.body)
                and record.session in (None, anchor.session)
            ):
                return record
        return None

    def _named(self, anchor: _Anchor, subject: bool = False) -> _Record:
        symbol = anchor.symbol or ""
        record = self.by_symbol.get(symbol)
        if record is None and (unnamed := self._unnamed_to_name(anchor, subject)) is not None:
            record = unnamed
            record.symbol, record.body = symbol, anchor.body
            record.session, record.number = anchor.session, anchor.number
            record.year = record.year or anchor.year
            _named_by_symbol(record)
            self.by_symbol[symbol] = record
        elif record is None:
            record = _Record(
                symbol=symbol,
                body=anchor.body,
                session=anchor.session,
                number=anchor.number,
                year=anchor.year,
                draft=anchor.draft,
            )
            self.by_symbol[symbol] = record
            self.records.append(record)
        elif record.year is None and anchor.year is not None:
            record.year = anchor.year
        if record.draft:
            self.last_draft = record
        elif self.last is None or not self._earlier(anchor):
            # An earlier resolution recalled in passing is not what "the resolution" means.
            self.last = record
        return record

    def _linked(self, nominal: _Anchor, symbol: _Anchor) -> bool:
        return _LINK_GAP.fullmatch(self.text, nominal.end, symbol.start) is not None

    def _unnamed(self, anchor: _Anchor, sentence: Sentence, organs: set[UNBody]) -> _Record | None:
        definite = anchor.det in ("the", "this", "that", "its", "their") and not anchor.earlier
        target = self.last_draft if anchor.draft else self.last
        if definite and anchor.fresh and target is not None and not self._recent(target):
            # "The new resolution" is not the older one recalled last: the one without a
            # symbol named before (the headline's), or a new one.
            target = next(
                (r for r in reversed(self.records) if r.symbol is None and r.draft == anchor.draft),
                None,
            )
        if definite and target is not None and anchor.body in (None, target.body):
            return target
        if definite and not anchor.draft and anchor.body is not None:
            for record in reversed(self.records):
                if record.body is anchor.body and not record.draft:
                    self.last = record
                    return record
        if not (
            anchor.body
            or anchor.draft
            or organs
            or _UN_WORDS.search(self.text, anchor.start, anchor.end)
        ):
            return None
        session = self._session(anchor, sentence)
        body = anchor.body
        if body is None and session is not None:
            body = UNBody.GENERAL_ASSEMBLY
        if body is None and len(organs) == 1:
            body = next(iter(organs))
        record = _Record(symbol=None, body=body, session=session, draft=anchor.draft)
        self.records.append(record)
        if anchor.draft:
            self.last_draft = record
        else:
            self.last = record
        return record

    def _session(self, anchor: _Anchor, sentence: Sentence) -> int | None:
        best: tuple[int, int] | None = None
        assembly = anchor.body is UNBody.GENERAL_ASSEMBLY or bool(_GA_WORDS.search(sentence.text))
        for m in _SESSION.finditer(self.text, sentence.start, sentence.end):
            if m.group("k") and not assembly:
                continue
            distance = m.start() - anchor.end if m.start() >= anchor.end else anchor.start - m.end()
            if best is None or distance < best[0]:
                best = (distance, int(m.group("n") or m.group("m") or m.group("k")))
        return None if best is None else best[1]

    def _title(self, record: _Record, start: int, end: int) -> None:
        m = _TITLE_AFTER.match(self.text, start, end)
        if m is not None:
            record.title = m.group("title")
            record.title_span = Span(start=m.start("title"), end=m.end("title"))

    def _adopted(self, record: _Record, start: int, end: int, *, adopted_before: bool) -> None:
        """The adoption date printed after the mention, in ``text[start:end]``.

        ``adopted_before``: the sentence says the resolution was adopted before naming it,
        so ``on <date>`` after it, before any clause, is when.
        """
        if record.adopted is not None:
            return
        text = self.text
        of_date = _OF_DATE.match(text, start, end)
        candidates = [of_date.end()] if of_date else []
        candidates += [
            m.end()
            for m in matches(_ADOPTED_ON, text, _ADOPTED_STARTS, start, end)
            if not _TO_BE.search(text, max(start, m.start() - 12), m.start())
        ]  # "will be adopted on 3 December": a plan, not an adoption
        if adopted_before:
            clause = _CLAUSE_BREAK.search(text, start, end)
            limit = end if clause is None else clause.start()
            candidates += [
                at + 3
                for at in positions(text, ("on ",), start, limit)
                if at == start or not text[at - 1].isalnum()
            ]
        for position in candidates:
            for printed in find_dates(text[position:end], position):
                if printed.start == position and printed.precision == "day":
                    _set_adopted(record, printed)
                    return
        for position in candidates:
            yearless = self._yearless_at(position, record)
            if yearless is not None:
                _set_adopted(record, yearless, inferred=True)
                return

    def _yearless_at(self, position: int, record: _Record) -> PrintedDate | None:
        """The day printed without a year at ``position`` of this sentence, with its year.

        The year is the one the symbol gives (a Security Council year; the General
        Assembly session's year for its month), else the one inferred from the publication
        date (None without one).
        """
        if self.yearless is None:
            sentence = self.sentence_now
            self.yearless = {
                date.start: date
                for date in find_partial_dates(sentence.text, sentence.start)
                if date.day is not None
            }
        partial = self.yearless.get(position)
        if partial is None or partial.day is None:
            return None
        year = _symbol_year(record, partial.month)
        if year is None and self.published is not None:
            sentence = self.sentence_now
            year = next(
                (
                    day.year
                    for date, day in dates_without_year(
                        sentence.text, sentence.start, self.published
                    )
                    if date.start == position
                ),
                None,
            )
        if year is None:
            return None
        try:
            day = datetime.date(year, partial.month, partial.day)
        except ValueError:
            return None  # 29 February in a common year
        return PrintedDate(day, "day", partial.start, partial.end)

    def _adopted_at_opening(self, record: _Record, start: int, end: int) -> None:
        """``On December 7, 2026, the Assembly adopted resolution X``: the opening date.

        Only a day right after the sentence's ``On``, in ``text[start:end]`` (the sentence
        up to the mention): a full date before a comma, or one without its year.
        """
        opening = _OPENING_DATE.match(self.text, start, end)
        if opening is None:
            return
        dates = find_dates(self.text[opening.end() : end], opening.end())
        if (
            dates
            and dates[0].start == opening.end()
            and dates[0].precision == "day"
            and self.text.startswith(",", dates[0].end)
        ):
            _set_adopted(record, dates[0])
            return
        yearless = self._yearless_at(opening.end(), record)
        # Without its year, only "On 16 May(,) the Assembly adopted ...": not the day of a
        # report ("On 16 May, X recalled that the Assembly adopted ...").
        if yearless is not None and _ORGAN_ADOPTED.match(self.text, yearless.end, end):
            _set_adopted(record, yearless, inferred=True)

    def _adopted_on_before(self, record: _Record, start: int, end: int) -> None:
        """``The Council on 16 May (2029) unanimously adopted resolution X``.

        ``on <date>`` right before ``adopted``, in ``text[start:end]`` (the sentence up to
        the mention).
        """
        verb = _ON_DATE_ADOPTED.search(self.text, start, end)
        if verb is None:
            return
        dates = find_dates(self.text[start : verb.start()], start)
        if dates and dates[-1].end == verb.start() and dates[-1].precision == "day":
            if self.text.endswith(("on ", "on the "), start, dates[-1].start):
                _set_adopted(record, dates[-1])
            return
        for position in positions(self.text, ("on ",), start, verb.start()):
            if position > start and self.text[position - 1].isalnum():
                continue  # "Commission 16 May": no "on"
            yearless = self._yearless_at(position + 3, record)
            if yearless is not None and yearless.end == verb.start():
                _set_adopted(record, yearless, inferred=True)
                return

    def _adoption_of(self, record: _Record, start: int, end: int) -> None:
        """``the adoption on 4 December 2028 of resolution X``: the date between."""
        found = _ADOPTION_OF.search(self.text, start, end)
        if found is None:
            return
        dates = find_dates(found.group("date"), found.start("date"))
        if dates and dates[0].precision == "day" and dates[0].end == found.end("date"):
            _set_adopted(record, dates[0])

    def _provision(
        self,
        sentence: Sentence,
        subjects: set[int],
        referred: list[tuple[_Anchor, _Record, int]],
        pronoun: re.Match[str] | None,
    ) -> _Record | None:
        """Record the provision the sentence states, if any; return whose it is."""
        text = self.text
        if referred and "that " in sentence.text:
            # "We note that (General Assembly) resolution 86/12 commends ...": a subject too.
            subjects = subjects | {
                at + 5
                for at in positions(text, ("that ",), sentence.start, sentence.end)
                if (at == sentence.start or not text[at - 1].isalnum())
                # "the report that resolution X requested": a relative clause, no subject
                and not _NOUN_BEFORE_THAT.search(text, max(sentence.start, at - 30), at)
            }
        for anchor, record, subject_end in referred:
            verb = None
            ends = self._subject_ends(record, subject_end, sentence.end)
            if anchor.start in subjects or any(
                _SUBJECT_HEAD.fullmatch(text, start, anchor.start) for start in subjects
            ):
                for end in ends:
                    m = _AFTER_SUBJECT.match(text, end, sentence.end) or _AFTER_SUBJECT_PAST.match(
                        text, end, sentence.end
                    )
                    if m is not None:
                        verb = m.group("verb")
                        break
            if verb is None:
                for end in ends:
                    m = _RELATIVE.match(text, end, sentence.end)
                    if m is not None:
                        verb = m.group("verb")
                        break
            if verb is not None:
                record.provisions.append(
                    Provision(
                        verb=verb,
                        text=sentence.text,
                        span=Span(start=sentence.start, end=sentence.end),
                    )
                )
                return record
        if pronoun is not None and self.previous is not None:
            record = self.previous
            record.provisions.append(
                Provision(
                    verb=pronoun.group("verb"),
                    text=sentence.text,
                    span=Span(start=sentence.start, end=sentence.end),
                )
            )
            return record
        return None

    def _subject_ends(self, record: _Record, end: int, limit: int) -> list[int]:
        """Where a verb may follow the mention that ends at ``end``.

        Right after it; or after its quoted title (``resolution 81/23 "Improving ...",
        which welcomes``) or its date (``resolution 86/12 of 2 December 2031 commends``).
        """
        ends = [end]
        title = _TITLE_AFTER.match(self.text, end, limit)
        if title is not None:
            ends.append(title.end())
        # "(A/RES/83/15), adopted without a vote on 3 December 2028, welcomes ..."
        adopted = _ADOPTED_CLAUSE.match(self.text, ends[-1], limit)
        if adopted is not None:
            ends.append(adopted.end())
        dated = record.adopted_span
        if (
            dated is not None
            and dated.start >= end
            and _OF_DATE.fullmatch(self.text, end, dated.start)
        ):
            ends.append(dated.end)
        return ends

    def _subject_starts(self, sentence: Sentence) -> set[int]:
        """Where the subject may start: the sentence start, or after an introductory phrase."""
        intro = _INTRO.match(self.text, sentence.start, sentence.end)
        return {sentence.start, intro.end() if intro else sentence.start}

    def _pronoun(self, sentence: Sentence, subjects: set[int]) -> re.Match[str] | None:
        for start in sorted(subjects):
            m = _PRONOUN.match(self.text, start, sentence.end)
            if m is not None:
                return m
        return None


def extract_resolutions(text: str, article: Article) -> tuple[Resolution, ...]:
    """The UN resolutions ``article`` names, each with its spans into ``text``.

    >>> from csto_corpus.model import ArticleKind, Paragraph
    >>> page = ("Security Council resolutions, in particular 1373 and 2178 (2014), apply. "
    ...         "Resolution 76/9 of 2 December 2021 was cited. It welcomes the efforts.")
    >>> article = Article(id="p/1", kind=ArticleKind.NEWS,
    ...                   paragraphs=(Paragraph(text=page, span=Span(start=0, end=len(page))),))
    >>> [(r.symbol, r.year, r.adopted) for r in extract_resolutions(page, article)]
    [('S/RES/1373', None, None), ('S/RES/2178', 2014, None), ('A/RES/76/9', None, datetime.date(2021, 12, 2))]
    >>> extract_resolutions(page, article)[2].provisions[0].verb
    'welcomes'
    """  # noqa: E501 (a doctest's expected output is one line)
    spans = (article.title_span, article.subtitle_span, *(p.span for p in article.paragraphs))
    regions = [region for region in spans if region is not None]
    if not regions:
        return ()
    # Where the cue words are, in the stretch of the page that holds the regions.
    lowest, highest = min(r.start for r in regions), max(r.end for r in regions)
    cues = sorted(
        (at, at + len(word)) for at, word in occurrences(text, _ANCHOR_CUE, lowest, highest)
    )
    if not cues:
        return ()  # no sentence names a resolution
    published = None if article.published is None else calendar_day(article.published)
    walker = _Walker(text, published)
    for region in regions:
        low = bisect.bisect_left(cues, (region.start,))
        high = bisect.bisect_left(cues, (region.end,), low)
        inside = [start for start, end in cues[low:high] if end <= region.end]
        if walker.previous is None and not inside:
            continue  # no sentence here names a resolution or refers to one named before
        sentences = split_sentences(text[region.start : region.end], region.start)
        # No cue word holds the end of a sentence: each lies inside the first that ends after it.
        holds = in_pieces(inside, [sentence.end for sentence in sentences])
        for sentence, cue in zip(sentences, holds, strict=True):
            walker.sentence(sentence, cue)
        if region is article.title_span or region is article.subtitle_span:
            walker.heading = [r for r in walker.records if r.symbol is None]
    return tuple(record.build() for record in walker.records if record.mentions)
