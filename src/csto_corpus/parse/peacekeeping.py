"""Extraction of :attr:`~csto_corpus.model.Article.peacekeeping`: peacekeeping facts.

One record per fact about peacekeeping forces.

Each kind has its rule, walked sentence by sentence over the article's paragraphs:

* ``personnel``: a number before a word for people (``about 2,500 personnel``, ``some 4 000
  troops``, ``two thousand servicemen``, ``a 3,600-strong force``), in a sentence about
  peacekeeping forces (or right after one);
* ``contribution``: each thing in the list that a sentence about peacekeeping offers,
  sends or contributes (``sending mobile hospitals, military medics or demining
  detachments, as well as equipment ...``): one record per item;
* ``mechanism``: an institution, post or format created for peacekeeping (``the
  institution of a "coordinating state"``, ``the post of Special Representative ...``,
  ``through a "coordinating state"``);
* ``deployment``: forces or a contingent deployed, sent, stationed or taking part
  somewhere, with the place (a state by its canonical name, another place as printed) and
  the date where printed (``in Kazakhstan in January 2022``); ``they`` (``In 2022, they
  were deployed to ...``) is the forces of the sentence before, if it named some;
* ``standard``: forces that meet (comply with ...) requirements or standards.

``description`` is the phrase as printed and ``span`` is that phrase (not the whole
sentence): ``document.text[span.start:span.end] == description``. ``force`` is the
canonical name of the force named in the sentence (or, for a sentence that goes on about
it, the one before): :data:`FORCES` lists the forces and their abbreviations.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from typing import NamedTuple

from csto_corpus.model import (
    Article,
    DatePrecision,
    MentionKind,
    PeacekeepingCapability,
    PeacekeepingKind,
    Span,
)
from csto_corpus.parse._cues import fold, has_any, matches, positions
from csto_corpus.parse._gazetteer import canonical_state, find_names
from csto_corpus.parse._numbers import find_quantities
from csto_corpus.parse._regex import lazy_compile
from csto_corpus.parse._text import split_sentences
from csto_corpus.parse._yearless import dates_without_year
from csto_corpus.parse.dates import MONTH, calendar_day, date_precision, find_dates

__all__ = ["FORCES", "extract_peacekeeping"]

# --- rules ---------------------------------------------------------------------------------

#: The CSTO's collective forces: canonical name and a pattern for every printed form
#: (full name, with or without ``CSTO``, and the abbreviation).
FORCES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "Collective Peacekeeping Forces",
        lazy_compile(
            r"\b(?:CSTO\s+)?[Cc]ollective\s+[Pp]eacekeeping\s+[Ff]orces?(?:\s+\(CPF\))?"
            r"|\b(?:CSTO\s+)?CPF\b"
            # The CSTO's peacekeeping forces are the CPF, however printed: "CSTO
            # peacekeepers", "the CSTO peacekeeping contingent".
            r"|\bCSTO\s+[Pp]eacekeep(?:ers|ing\s+(?:[Ff]orces?|contingents?|troops|units?))\b"
            r"|\b[Pp]eacekeep(?:ers|ing\s+[Ff]orces)\s+of\s+the\s+(?:CSTO|Collective\s+Security\s+"
            r"Treaty\s+Organization)\b"
        ),
    ),
    (
        "Collective Rapid Reaction Forces",
        lazy_compile(
            r"\b(?:CSTO\s+)?[Cc]ollective\s+[Rr]apid\s+[Rr]eaction\s+[Ff]orces?(?:\s+\(CRRF\))?"
            r"|\b(?:CSTO\s+)?CRRF\b"
        ),
    ),
    (
        "Collective Rapid Deployment Forces",
        lazy_compile(
            r"\b(?:CSTO\s+)?[Cc]ollective\s+[Rr]apid\s+[Dd]eployment\s+[Ff]orces?"
            r"(?:\s+(?:of\s+the\s+)?Central\s+Asian?\s+[Rr]egion)?(?:\s+\(CRDF\))?"
            r"|\b(?:CSTO\s+)?CRDF\b"
        ),
    ),
)

#: A sentence is about peacekeeping if it names a force or one of these.
_PEACEKEEPING = lazy_compile(
    r"\bpeace[- ]?keep\w*|\bcontingents?\b|\bUN\s+(?:missions?|operations?)\b|"
    r"\bUnited\s+Nations\s+(?:missions?|operations?)\b",
    re.IGNORECASE,
)
#: A word that every match of :data:`FORCES` and of ``_PEACEKEEPING`` contains, in
#: :func:`~csto_corpus.parse._cues.fold`-ed text: a sentence without one is not about
#: peacekeeping, and nine sentences in ten have none. (``UN missions``: the lookbehinds
#: after the word keep the scan on a word's first letters, far faster than ``un\s+...``;
#: the words that share a first letter share a branch, which the engine picks at once.)
_ABOUT_CUE = lazy_compile(
    r"c(?:o(?:llective|ntingent)|pf|r[rd]f)|mission(?<=\smission)|operation(?<=\soperation)"
    r"|peace[- ]?keep"
)
#: The cue words, as ``_ABOUT_CUE`` finds them, that every match of :data:`FORCES` holds
#: one of; the others hold one that every match of ``_PEACEKEEPING`` holds.
_FORCE_WORDS = frozenset({"collective", "cpf", "crrf", "crdf"})
#: The other way a force is named: ``CSTO peacekeeping forces`` (a cue word of the others,
#: with ``CSTO`` or the Organization's name in the sentence).
_CSTO_PEACEKEEPING = "peacekeep"
_CSTO_NAMES = ("CSTO", "Security Treaty")
#: Cue words that count only after ``UN`` or ``Nations`` (:func:`_after_un`).
_UN_WORDS = frozenset({"mission", "operation"})
_UN_BEFORE = ("un", "nations")
#: For each of :data:`FORCES`, in order, words one of which every match of it contains.
_FORCE_CUES = (("eacekeep", "CPF"), ("eaction", "CRRF"), ("eployment", "CRDF"))
#: The words every match of :data:`FORCES` starts with: the patterns, slow to try at every
#: character (``\b`` and an optional ``CSTO``), are tried only where one begins.
_FORCE_STARTS = (
    "CSTO",
    "Collective",
    "collective",
    "CPF",
    "CRRF",
    "CRDF",
    "peacekeep",
    "Peacekeep",
)
#: A unit of people offered or formed, in a sentence that follows one about peacekeeping.
_UNIT = lazy_compile(r"\b(?:units?|battalions?|compan(?:y|ies)|detachments?|contingents?|teams?)\b")
_UNIT_CUE = ("unit", "battalion", "compan", "detachment", "contingent", "team")
#: What a force is made of: a contribution offered in a sentence that does not itself name
#: peacekeeping must name one (``a mechanized battalion``, not ``information``).
_CAPABILITY = lazy_compile(
    r"\b(?:units?|battalions?|compan(?:y|ies)|detachments?|contingents?|teams?|platoons?|"
    r"brigades?|hospitals?|officers|observers|aviation|helicopters|engineers|sappers|medics|"
    r"deminers|instructors)\b"
)
#: Words for people after a number: ``2,500 personnel``, ``4 000 troops``.
#: Things, not people, that ``military`` may stand before: ``20 military vehicles``.
_NOT_PEOPLE = (
    r"(?:vehicles|equipment|aircraft|helicopters|hardware|exercises|drills|facilities|"
    r"bases|installations|trucks|planes|ships|systems|units|sites|objects|camps)\b"
)
#: The head noun is the last of the words (``military observers``, not ``military``), after
#: joined modifiers too (``military and civilian personnel``) and a nationality (``270
#: Armenian servicemen``).
_PEOPLE = lazy_compile(
    r"(?:-strong\b|\s+(?:(?:military|peacekeeping|trained|uniformed|active|police|staff|"
    r"civilian|[A-Z][a-z]+)(?:,|\s+and|\s+or)?\s+){0,3}(?:personnel|troops|servicemen|servicewomen|service\s+members|servicemembers|"
    r"soldiers|peacekeepers|observers|police|policemen|policewomen|medics|sappers|deminers|"
    r"instructors|advisers|advisors|military(?!\s+" + _NOT_PEOPLE + r")|officers|staff|"
    r"(?<=civilian\s)specialists|(?<=civilian\s)experts)\b)"
)
#: ``people`` is a head count only after a verb of size: ``the forces number 3,600 people``,
#: ``a force of 900 people``; not ``clashes that killed 200 people``.
_PEOPLE_PLAIN = lazy_compile(r"\s+(?:people|persons)\b")
_SIZE_BEFORE = lazy_compile(
    r"\b(?:numbers?|numbered|numbering|totals?|totall?ed|of|comprises?|comprised|"
    r"consists?\s+of|has|have|had|includes?|included)\s+$"
)
#: A head count of the forces named in the sentence before: ``Some 800 of them are police
#: officers``, ``Two thousand servicemen serve in them``.
_OF_THEM = lazy_compile(r"\s+of\s+them\s+(?:are|were|will\s+be|would\s+be)(?=\s)")
_IN_THEM = lazy_compile(r"\b(?:in|within|of)\s+(?:them|their\s+ranks)\b")
_BACK_CUE = ("them", "their")  #: What every match of ``_OF_THEM`` or ``_IN_THEM`` holds.
#: What every match of ``_PEOPLE`` (or ``_PEOPLE_PLAIN``) contains: a sentence without it
#: has no head count, and its numbers need not be read.
_PEOPLE_CUE = (
    "-strong", "personnel", "troops", "service", "soldiers", "peacekeepers", "military",
    "officers", "staff", "observers", "police", "medics", "sappers", "deminers",
    "instructors", "advisers", "advisors", "people", "civilian", "persons",
)  # fmt: skip
#: A verb that offers or sends something to peacekeeping, before the list of what.
_CONTRIBUTE = lazy_compile(
    r"\b(?:sending|send|sends|providing|provide|provides|contributing|contribute|"
    r"contributes|offering|offer|offers|supplying|supply|deploying|offered|provided|"
    r"contributed|supplied)\s+"
    r"(?:(?:in\s+addition|additionally|also)\s+)?"
    # "offer the UN a field hospital", "provide the UN with a company": the receiver is no
    # thing offered.
    r"(?:(?:the\s+)?(?:UN|United\s+Nations)(?:\s+(?:peacekeeping\s+)?(?:missions|operations))?"
    r"\s+(?:with\s+|(?=(?:a|an)\s)))?"
    # The list starts with its first thing, article and all ("a mobile hospital").
    r"(?=(?:(?:its|their|our|the|a|an)\s+)?(?:CSTO\s+|[A-Z][a-z]+(?:ian|ani|ak|an|ik)\s+)?[a-z])"
)
_CONTRIBUTE_CUE = ("send", "provid", "contribut", "offer", "suppl", "deploying")
#: Where the list of contributed things ends.
_CONTRIBUTION_END = lazy_compile(
    r"\s+(?:could|can|would|will|may|might|is|are|was|were|to|for|within|in|into|under|"
    r"that|which|from|at|by|on|with)\b|\s+as\s+(?:a|an|the|part)\b|[.;:()\"“”«»]|,\s+(?:which|"
    r"who|that|if|when|but)\b|$"
)
#: A piece of the list that is no thing offered: the reporting clause after it (``, he
#: added``), or ``contributing to UN peacekeeping``.
_NOT_A_THING = lazy_compile(
    r"^to\s|\b(?:said|says|added|adds|noted|stressed|explained|stated|told|emphasi[sz]ed|"
    r"recalled|continued|pointed\s+out)$"
)
#: A negation right before the verb: ``Armenia did not send its contingent``.
_NEGATED = lazy_compile(r"\b(?:not|never|no\s+longer|cannot|n[o']t)\s+(?:\w+\s+)?$")
_NEGATION_REACH = 30  # characters before the verb
#: Between two contributed things.
_CONTRIBUTION_SEPARATOR = lazy_compile(r",?\s+(?:as\s+well\s+as|and|or)\s+|,\s+")
#: A mechanism: an institution, post or format, or participation ``through`` one.
_MECHANISM = lazy_compile(
    r"\b(?:[Tt]he|[Aa]n?)\s+(?:institution|institute|mechanism|post|position|format|office)\s+of\s+"
    r"(?:(?:a|an|the)\s+)?(?:[“\"«][^”\"»]{1,60}[”\"»]|[A-Z][\w-]*(?:\s+(?:(?:of|for|on|in)"
    r"\s+(?:the\s+)?)?[A-Z][\w-]*)*)"
    r"|\bthrough\s+(?:a|an|the)\s+[“\"«][^”\"»]{1,60}[”\"»]"
)
_MECHANISM_CUE = (
    "institut", "mechanism", "post", "position", "format", "office", "through",
)  # fmt: skip
#: Forces that meet requirements or standards.
_STANDARD = lazy_compile(
    r"\b(?:meet|meets|met|meeting|comply\s+with|complies\s+with|correspond\s+to|corresponds\s+to|"
    r"conform\s+to|conforms\s+to|(?:trained|certified|prepared|equipped)\s+(?:in\s+accordance"
    r"\s+with|according\s+to|in\s+line\s+with|to))\s+(?:[\w-]+\s+){0,4}?"
    r"(?:requirements|standards)"
    r"(?:\s+and\s+(?:requirements|standards))?"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?(?:United\s+Nations|UN|U\.N\.)(?:\s+peacekeep\w+)?"
    r"|\s+for\s+(?:UN\s+)?peacekeep\w+)?"
    r"(?:\s+(?:contingents|forces|missions|operations|personnel))?"
    # UN certification: "certified by the UN", "passed UN certification", "certified under
    # (registered at Level 3 of) the Peacekeeping Capability Readiness System"
    r"|\bcertified\s+by\s+the\s+(?:United\s+Nations|UN|U\.N\.)"
    r"|\b(?:passed|underwent|completed)\s+(?:the\s+)?(?:UN\s+|U\.N\.\s+)?certification"
    r"(?:\s+(?:of|by)\s+the\s+(?:United\s+Nations|UN|U\.N\.))?"
    r"|\b(?:certified\s+under|registered\s+at\s+Level\s+\d\s+of)\s+the\s+(?:UN\s+)?"
    r"Peacekeeping\s+Capability\s+Readiness\s+System"
)
_STANDARD_CUE = ("requirements", "standards", "certif", "Readiness System")
#: The words every match of ``_STANDARD`` starts with.
_STANDARD_STARTS = (
    "meet", "met", "compl", "correspond", "conform", "trained", "certified", "prepared",
    "equipped", "passed", "underwent", "registered",
)  # fmt: skip
#: A deployment: forces or a contingent sent somewhere.
_DEPLOY = lazy_compile(
    r"\b(?:deployed|redeployed|sent|dispatched|stationed|introduced|brought\s+in|"
    r"left(?=\s+for\b)|departed(?=\s+for\b)|"
    # "joined the UN Interim Force in Lebanon": a UN mission, by name or abbreviation.
    r"joined(?=\s+(?:the\s+)?(?:UN\b|U\.N\.|United\s+Nations|[A-Z]{4,}\b))|"
    r"participation|participated|participates|serving|serve|serves|served)\b"
)
#: The words every match of ``_DEPLOY`` starts with (and so contains).
_DEPLOY_CUE = (
    "deployed", "redeployed", "sent", "dispatched", "stationed", "introduced", "brought", "left",
    "departed", "joined",
    "participat", "serv",
)  # fmt: skip
#: Who is deployed: a force, or a word for a contingent before the deployment verb.
_DEPLOYED = lazy_compile(
    # Not from inside a possessive: "Tajikistan's first peacekeepers" is one phrase; nor
    # from a preposition: "of the peacekeeping contingent".
    r"\b(?<!['’])(?:(?:the|a|an|its|their)\s+)?(?!(?:of|for|to|from|with|by|at|on)\b)"  # noqa: RUF001
    r"(?:(?!(?:19|20)\d\d\b|(?:in|which|who|whom|that)\b)"
    r"[\w-]+(?:['’]s)?\s+){0,3}?"  # noqa: RUF001
    r"(?:contingents?|peacekeepers|troops|battalions?|units?|forces|detachments?|"
    r"compan(?:y|ies)|platoons?|observers|police\s+officers|staff\s+officers|sappers|deminers|"
    r"medics|servicemen|servicewomen)\b",
    re.IGNORECASE,
)
#: What every match of ``_DEPLOYED`` contains, in folded text.
_DEPLOYED_CUE = (
    "contingent", "peacekeepers", "troops", "battalion", "unit", "forces", "detachment",
    "compan", "platoon", "observers", "officers", "sappers", "deminers", "medics", "servicemen",
    "servicewomen",
)  # fmt: skip
#: ``of 150 servicemen each``: a count of each unit, not of all.
_EACH = lazy_compile(r"\s+each\b")
#: The words before a count of the deployed inside their phrase.
_COUNT_LEADS = ("of ", "numbering ", "comprising ", "totalling ", "totaling ")
#: A unit of a force, right before the force's name: ``a medical detachment of``.
_UNIT_OF = lazy_compile(
    r"\b(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,2}?(?:detachments?|units?|battalions?|"
    r"compan(?:y|ies)|contingents?|teams?|platoons?|brigades?)\s+of\s+$"
)
#: A loss after a word for people: ``in which three peacekeepers were killed``.
_CASUALTIES = lazy_compile(
    r"\s+(?:(?:were|was|are|have\s+been|had\s+been)\s+(?:killed|wounded|injured|hurt)|"
    r"died|perished|lost\s+their\s+lives)\b"
)
#: A date's clause before a deployment's: ``in May 2025, when a detachment was sent``.
_WHEN = lazy_compile(r",\s+when\b")
#: A place after the verb: ``in Kazakhstan``, ``to the Golan Heights``.
_PLACE = lazy_compile(
    r"\b(?:in|(?<!according\s)to|into|(?<=left\s)for|(?<=departed\s)for)\s+(?:the\s+)?"
    r"(?P<place>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)"
)
_NOT_PLACE = lazy_compile(rf"^(?:{MONTH}|\d)")
#: A sentence that opens by referring back to the forces of the sentence before, maybe
#: after a phrase of time (``In January 2022, they were deployed to ...``); ``subject`` is
#: the words that refer back.
_ANAPHOR = lazy_compile(
    r"^[\"“«]?(?:(?:In|On|By|Since|Later|Then|Soon|Last|This|Next)\b[^,.;:\"“”«»]{0,40},\s+)?"
    r"(?P<subject>(?:[Tt]hey|[Tt]hese|[Tt]hose|It|Its|[Tt]heir|(?:The|These|Those|Such|the|"
    r"these|those|such)\s+(?:forces|contingents?|peacekeepers|troops|units|servicemen|"
    r"personnel))\b)"
)
#: A number that could be a year, and the words that make it one: "in 2022 troops ...".
_YEAR_LIKE = lazy_compile(r"(?:19[5-9]\d|20\d\d)")
_BEFORE_A_YEAR = lazy_compile(r"\b(?:[Ii]n|[Ss]ince|[Bb]y|[Ff]rom|[Uu]ntil|[Oo]f|[Tt]ill)\s+$")
_CLOSE = '”"»'
_CLOSE_MARKS = tuple(_CLOSE)
_YEAR_ONLY = lazy_compile(r"\b[Ii]n\s+((?:19[5-9]\d|20\d\d))\b(?![\d/])")


# --- walking the rules ---------------------------------------------------------------------


class _Sentence(NamedTuple):
    text: str
    start: int
    end: int
    force: str | None  # the force this sentence names first
    about: bool  # whether it is about peacekeeping


def extract_peacekeeping(text: str, article: Article) -> tuple[PeacekeepingCapability, ...]:
    """The peacekeeping facts of ``article``, each with its span into ``text``.

    >>> from csto_corpus.model import ArticleKind, Paragraph
    >>> body = ("The CSTO CPF has some 4 000 troops. They meet UN standards. "
    ...         "The CPF were deployed in Armenia in May 2031.")
    >>> article = Article(id="p/1", kind=ArticleKind.NEWS,
    ...                   paragraphs=(Paragraph(text=body, span=Span(start=0, end=len(body))),))
    >>> [(f.kind.value, f.description, f.quantity, f.force, f.place)
    ...  for f in extract_peacekeeping(body, article)]  # doctest: +NORMALIZE_WHITESPACE
    [('personnel', 'some 4 000 troops', 4000, 'Collective Peacekeeping Forces', None),
     ('standard', 'meet UN standards', None, 'Collective Peacekeeping Forces', None),
     ('deployment', 'The CPF were deployed in Armenia in May 2031', None,
      'Collective Peacekeeping Forces', 'Armenia')]
    >>> extract_peacekeeping("", Article(id="p/1", kind=ArticleKind.NEWS))
    ()
    """
    found: list[PeacekeepingCapability] = []
    published = None if article.published is None else calendar_day(article.published)
    for sentence, previous in _sentences(article):
        if sentence.text.rstrip().endswith("?"):
            continue  # an interviewer's question states no fact
        # A sentence that goes on about the forces named before ("They meet ...") is about
        # them; one that names other peacekeepers of its own is not.
        carried = None
        anaphor = None
        if previous is not None and sentence.force is None and previous.force is not None:
            anaphor = _ANAPHOR.match(sentence.text)
            if anaphor is not None:
                carried = previous.force
        if not sentence.about and carried is None:
            if previous is not None:
                # "The mechanism of a "lead nation" could be used for this.": a quoted
                # mechanism right after a sentence about peacekeeping is about it too.
                if has_any(sentence.text, _CLOSE_MARKS):
                    found.extend(
                        m for m in _mechanisms(text, sentence) if m.description[-1] in _CLOSE
                    )
                # "We can also offer a police unit of about 150 officers.": a unit's head
                # count right after a sentence about peacekeeping is one more.
                if has_any(sentence.text, _UNIT_CUE) and _UNIT.search(sentence.text):
                    found.extend(_personnel(text, sentence, None))
                # "Some 800 of them are police officers.": the head count of those before.
                elif has_any(sentence.text, _BACK_CUE):
                    found.extend(_personnel(text, sentence, previous.force, back=True))
                # "Kazakhstan is ready to provide a battalion and a field hospital.": things
                # a force is made of, offered right after a sentence about peacekeeping; and
                # "Our units are trained in accordance with UN standards."
                found.extend(
                    c for c in _contributions(text, sentence) if _CAPABILITY.search(c.description)
                )
                found.extend(_standards(text, sentence, previous.force))
                # "Armenian sappers were deployed to Aleppo in February.": troops of its own.
                found.extend(_deployments(text, sentence, None, published=published))
            continue
        force = sentence.force or carried
        found.extend(_personnel(text, sentence, force))
        found.extend(_standards(text, sentence, force))
        if sentence.about:
            found.extend(_mechanisms(text, sentence))
            found.extend(_contributions(text, sentence))
            found.extend(_deployments(text, sentence, force, published=published))
        elif anaphor is not None:  # "In 2022, they were deployed to ...": the forces before
            subject = (
                sentence.start + anaphor.start("subject"),
                sentence.start + anaphor.end("subject"),
            )
            found.extend(_deployments(text, sentence, force, subject, published))
    found.sort(key=lambda fact: (fact.span.start, fact.span.end))
    return tuple(found)


def _sentences(article: Article) -> Iterator[tuple[_Sentence, _Sentence | None]]:
    """Each sentence about peacekeeping or right after one, and the one before if about it.

    The sentence before is None when it is not about peacekeeping. No rule reads any other
    sentence, so a paragraph without a cue word is passed over whole, but for its first
    sentence when the paragraph before ended on peacekeeping.
    """
    previous: _Sentence | None = None  # the sentence before, if about peacekeeping
    for paragraph in article.paragraphs:
        pieces = split_sentences(paragraph.text, paragraph.span.start)
        if not pieces:
            continue
        base = paragraph.span.start
        # Where the cue words start (in the document) and which: no cue word holds the end
        # of a sentence, so each lies inside one sentence.
        folded = fold(paragraph.text)
        cues = [
            (base + m.start(), m.group())
            for m in _ABOUT_CUE.finditer(folded)
            if m.group() not in _UN_WORDS or _after_un(folded, m.start())
        ]
        if not cues:
            if previous is not None:
                first = pieces[0]
                yield _Sentence(first.text, first.start, first.end, None, False), previous
                previous = None
            continue
        cue = 0
        for piece in pieces:
            if cue == len(cues) and previous is None:
                break  # no cue word further on, and no sentence to go on about
            words = set()
            while cue < len(cues) and cues[cue][0] < piece.end:
                words.add(cues[cue][1])
                cue += 1
            force = None
            about = False
            if words:
                if not words.isdisjoint(_FORCE_WORDS) or (
                    _CSTO_PEACEKEEPING in words and has_any(piece.text, _CSTO_NAMES)
                ):
                    force = _force(piece.text)
                about = force is not None or (
                    not words <= _FORCE_WORDS and _PEACEKEEPING.search(piece.text) is not None
                )
            if about or previous is not None:
                sentence = _Sentence(piece.text, piece.start, piece.end, force, about)
                yield sentence, previous
                previous = sentence if about else None


def _after_un(folded: str, at: int) -> bool:
    """Whether ``UN`` or ``Nations`` and white space stand before ``at`` in ``folded``.

    ``_PEACEKEEPING`` needs them before ``missions`` or ``operations``: ``peace operations``
    says nothing about peacekeeping.
    """
    start = at
    while start > 0 and folded[start - 1].isspace():
        start -= 1
    return start < at and folded.endswith(_UN_BEFORE, 0, start)


def _force(sentence: str) -> str | None:
    found = _first_force(sentence, 0, len(sentence))
    return None if found is None else found[0]


def _first_force(text: str, start: int, end: int) -> tuple[str, re.Match[str]] | None:
    """The force named first in ``text[start:end]``, and its match.

    That is the leftmost match of any of :data:`FORCES`, the first listed where two start at
    one place; the patterns are tried only where a match can start.
    """
    piece = text[start:end]
    named = [force for force, cue in zip(FORCES, _FORCE_CUES, strict=True) if has_any(piece, cue)]
    if named:
        for at in positions(text, _FORCE_STARTS, start, end):
            for name, pattern in named:
                match = pattern.match(text, at, end)
                if match is not None:
                    return name, match
    return None


def _fact(
    kind: PeacekeepingKind, text: str, start: int, end: int, **fields: object
) -> PeacekeepingCapability:
    return PeacekeepingCapability(
        kind=kind,
        description=text[start:end],
        span=Span(start=start, end=end),
        **fields,  # type: ignore[arg-type]
    )


def _personnel(
    text: str, sentence: _Sentence, force: str | None, *, back: bool = False
) -> list[PeacekeepingCapability]:
    """Head counts: a number before a word for people.

    ``back`` is for a sentence that is not about peacekeeping but follows one: a count there
    is of the forces before only where it says so (``N of them are ...``, ``N servicemen
    serve in them``).
    """
    facts: list[PeacekeepingCapability] = []
    if not has_any(sentence.text, _PEOPLE_CUE):
        return facts
    for quantity in find_quantities(sentence.text, sentence.start):
        noun_start = quantity.end
        if back:
            of_them = _OF_THEM.match(text, quantity.end, sentence.end)
            if of_them is not None:
                noun_start = of_them.end()
            elif _IN_THEM.search(text, quantity.end, sentence.end) is None:
                continue
        people = _PEOPLE.match(text, noun_start, sentence.end)
        if people is None and _SIZE_BEFORE.search(
            text, max(sentence.start, quantity.start - 20), quantity.start
        ):
            people = _PEOPLE_PLAIN.match(text, noun_start, sentence.end)
        if people is None or _CASUALTIES.match(text, people.end(), sentence.end):
            continue  # "three peacekeepers were killed": a loss, not a capability
        if (
            not quantity.approximate
            and _YEAR_LIKE.fullmatch(text, quantity.number_start, quantity.end)
            and _BEFORE_A_YEAR.search(text, max(0, quantity.start - 8), quantity.start)
        ):
            continue  # a year before a noun ("in 2022 troops ...") is not a head count
        facts.append(
            _fact(
                PeacekeepingKind.PERSONNEL,
                text,
                quantity.start,
                people.end(),
                quantity=quantity.value,
                approximate=quantity.approximate,
                force=force,
            )
        )
    return facts


def _standards(text: str, sentence: _Sentence, force: str | None) -> list[PeacekeepingCapability]:
    if not has_any(sentence.text, _STANDARD_CUE):
        return []
    return [
        _fact(PeacekeepingKind.STANDARD, text, match.start(), match.end(), force=force)
        for match in matches(_STANDARD, text, _STANDARD_STARTS, sentence.start, sentence.end)
        # "has not yet passed UN certification", "does not meet UN standards"
        if _NEGATED.search(
            text, max(sentence.start, match.start() - _NEGATION_REACH), match.start()
        )
        is None
    ]


def _mechanisms(text: str, sentence: _Sentence) -> list[PeacekeepingCapability]:
    if not has_any(sentence.text, _MECHANISM_CUE):
        return []
    return [
        _fact(PeacekeepingKind.MECHANISM, text, match.start(), match.end(), force=sentence.force)
        for match in _MECHANISM.finditer(text, sentence.start, sentence.end)
    ]


def _contributions(text: str, sentence: _Sentence) -> list[PeacekeepingCapability]:
    facts: list[PeacekeepingCapability] = []
    if not has_any(sentence.text, _CONTRIBUTE_CUE):
        return facts
    for verb in _CONTRIBUTE.finditer(text, sentence.start, sentence.end):
        reach = max(sentence.start, verb.start() - _NEGATION_REACH)
        if _NEGATED.search(text, reach, verb.start()) is not None:
            continue
        end = _CONTRIBUTION_END.search(text, verb.end(), sentence.end)
        stop = sentence.end if end is None else end.start()
        begin = verb.end()
        for separator in [*_CONTRIBUTION_SEPARATOR.finditer(text, begin, stop), None]:
            item_end = stop if separator is None else separator.start()
            item = text[begin:item_end].strip().rstrip(",;")  # '..., "the official said'
            # The first item is checked by _CONTRIBUTE ("CSTO medical units"); the others
            # start in lower case, as a list of things does.
            thing = begin == verb.end() or item[:1].islower()
            if item and thing and not _NOT_A_THING.search(item):
                offset = begin + text[begin:item_end].index(item)
                facts.append(
                    _fact(
                        PeacekeepingKind.CONTRIBUTION,
                        text,
                        offset,
                        offset + len(item),
                        force=sentence.force,
                    )
                )
            if separator is not None:
                begin = separator.end()
    return facts


def _deployments(
    text: str,
    sentence: _Sentence,
    force: str | None,
    anaphor: tuple[int, int] | None = None,
    published: datetime.date | None = None,
) -> list[PeacekeepingCapability]:
    """Where and when forces were deployed: ``The CPF were deployed in Armenia in 2031``.

    ``anaphor`` is where a sentence refers back to the forces named before it (``they``):
    the subject when the sentence names none of its own. ``published`` is the article's
    day, from which the year of a date printed without one is inferred.
    """
    if not has_any(sentence.text, _DEPLOY_CUE):
        return []
    verb = next(matches(_DEPLOY, text, _DEPLOY_CUE, sentence.start, sentence.end), None)
    if verb is None:
        return []
    found = _subject(text, sentence, verb.start(), verb.end())
    if found is None and anaphor is not None and anaphor[1] <= verb.start():
        found = anaphor
    if found is None:
        return []
    subject, subject_end = found
    place, place_end = _place(text, verb.end(), sentence.end)
    date, precision, date_end = _date(text, verb.end(), sentence.end)
    if date is None:  # "In 2030 the peacekeepers were sent to ...": the date opens the sentence
        date, precision, _ = _date(text, sentence.start, subject)
    if date is None:  # "... in May 2025, when a medical detachment was sent to ...": its date
        when = _WHEN.search(text, subject_end, verb.start())
        if when is not None:
            dates = find_dates(text[subject_end : when.start()], subject_end)
            if dates and dates[-1].end == when.start():
                date, precision = dates[-1].date, date_precision(dates[-1])
    inferred = False
    if date is None and published is not None:  # "deployed to Aleppo in February"
        # Read in the whole sentence, for the tense of the clause ("will be deployed").
        every = dates_without_year(sentence.text, sentence.start, published)
        yearless = [d for d in every if d[0].start >= verb.end()]
        if not yearless:  # "In May, a detachment was deployed to ..."
            yearless = [d for d in every if d[0].end <= subject]
        if yearless:
            printed, date = yearless[0]
            precision = date_precision(printed)
            date_end, inferred = printed.end, True
    if place is None and date is None:
        return []
    # The description runs from the forces to the last of what was found; the forces may be
    # named after the verb ("participation of its peacekeepers in ..."), so it covers them.
    end = max(verb.end(), subject_end, place_end, date_end if date_end > verb.end() else 0)
    # "Twelve Kazakh military observers were deployed ...", "a platoon of 35 servicemen",
    # "the contingent, numbering 33 servicemen,": how many, a count of people in the subject.
    count = next(
        (
            c
            for c in find_quantities(text[subject : verb.start()], subject)
            if c.start == subject
            or (
                text.endswith(_COUNT_LEADS, subject, c.start)
                and (
                    people := _PEOPLE.match(text, c.end, verb.start())
                    or _PEOPLE_PLAIN.match(text, c.end, verb.start())
                )
                is not None
                and not _EACH.match(text, people.end(), verb.start())
            )
        ),
        None,
    )
    return [
        _fact(
            PeacekeepingKind.DEPLOYMENT,
            text,
            subject,
            end,
            quantity=None if count is None else count.value,
            approximate=count is not None and count.approximate,
            force=force,
            place=place,
            date=date,
            date_precision=precision,
            date_inferred=inferred,
        )
    ]


def _subject(
    text: str, sentence: _Sentence, verb_start: int, verb_end: int
) -> tuple[int, int] | None:
    """Where the deployed forces are named (start, end): a force or a contingent."""
    force = _first_force(text, sentence.start, verb_start)
    if force is not None:
        best = force[1]
        article = re.search(
            r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+$",
            text[max(sentence.start, best.start() - 6) : best.start()],
        )
        start = best.start() if article is None else best.start() - len(article.group())
        # "a medical detachment of the Collective Peacekeeping Forces was deployed": the unit.
        unit = _UNIT_OF.search(text, max(sentence.start, start - 60), start)
        return (start if unit is None else unit.start()), best.end()
    folded = fold(sentence.text)
    offset = sentence.start
    match = None
    # Before the verb, else after it.
    for start, end in ((sentence.start, verb_start), (verb_end, sentence.end)):
        if has_any(folded[start - offset : end - offset], _DEPLOYED_CUE):
            match = _DEPLOYED.search(text, start, end)
            if match is not None:
                break
    if match is None or _CASUALTIES.match(text, match.end(), sentence.end):
        return None
    return match.start(), match.end()


def _place(text: str, start: int, end: int) -> tuple[str | None, int]:
    for match in _PLACE.finditer(text, start, end):
        printed = match.group("place")
        if _NOT_PLACE.match(printed):
            continue
        names = find_names(printed)
        if names and names[0].kind is MentionKind.ORGANIZATION and names[0].start == 0:
            continue  # "in the United Nations Forces": an organization, not a place
        state = canonical_state(printed)
        return (printed if state is None else state[0]), match.end()
    return None, start


def _date(
    text: str, start: int, end: int
) -> tuple[datetime.date | None, DatePrecision | None, int]:
    dates = find_dates(text[start:end], start)
    if dates:
        first = dates[0]
        return first.date, date_precision(first), first.end
    year = _YEAR_ONLY.search(text, start, end)
    if year is not None:
        return datetime.date(int(year.group(1)), 1, 1), DatePrecision.YEAR, year.end()
    return None, None, start
