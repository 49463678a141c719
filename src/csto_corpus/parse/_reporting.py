"""Reporting grammar as data: the verbs that report speech and the words around them.

Words are compared in lower case. The code that walks these tables is in
:mod:`csto_corpus.parse.statements`.
"""

from __future__ import annotations

from csto_corpus.parse._regex import lazy_compile

__all__ = [
    "ADVERBS",
    "COMPLEMENTIZERS",
    "CONTINUING_PARTICIPLES",
    "FINITE_VERBS",
    "INVERTIBLE_VERBS",
    "NOT_ACTIVE",
    "NOUN_AFTER",
    "NOUN_BEFORE",
    "NOUN_FORMS",
    "OBJECT_VERBS",
    "PHRASAL_VERBS",
    "REPORTING_VERBS",
    "SPEAKER_CUES",
    "STANCE_NOUNS",
    "TAIL_WORDS",
    "TIME_TAIL_WORDS",
    "TITLE_CUES",
    "TOKEN",
    "UN_SYMBOL",
]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Verbs that report what someone said or wrote, in the forms news prints them.
REPORTING_VERBS = _words(
    """
    said says say stated states noted notes stressed stresses emphasized emphasised
    emphasizes emphasises added adds continued continues explained explains confirmed
    confirms told tells underlined underlines underscored underscores remarked declared
    declares announced announces assured assures reads reported reports warned warns
    recalled recalls insisted insists observed observes concluded concludes commented
    suggested suggests urged urges argued argues acknowledged acknowledges admitted
    admits highlighted highlights wrote writes replied replies answered asked asks
    maintained maintains specified specifies clarified clarifies mentioned mentions
    indicated indicates reiterated reiterates affirmed affirms reaffirmed reaffirms
    proposed proposes believes believed elaborated opined exclaimed promised vowed
    predicted predicts summarized summarised stipulates stipulated recognizes recognises
    recognized recognised reminded reminds joked jokes quipped conceded concedes complained
    complains lamented laments boasted recounted claimed claims responded responds asserted
    asserts agreed agrees informed informs notified notifies
    """
)

#: Reporting verbs only before ``that``: ``X agreed that A``, not ``the sides agreed to``.
THAT_ONLY_VERBS = _words("agreed agrees")
#: Reporting verbs only with ``that`` after their object: ``X informed his interlocutor
#: that A``, not ``X informed the Council about B``.
OBJECT_THAT_VERBS = _words("informed informs notified notifies")

#: What a speaker expresses that a ``that`` clause then says: ``expressed confidence that``.
STANCE_NOUNS = _words("confidence hope conviction concern regret belief satisfaction fear doubt")

#: Two-word reporting verbs: the first word, then the words the second may be.
PHRASAL_VERBS: dict[str, frozenset[str]] = {
    "pointed": frozenset({"out"}),
    "points": frozenset({"out"}),
    "went": frozenset({"on"}),
    "goes": frozenset({"on"}),
    "summed": frozenset({"up"}),
    "spelled": frozenset({"out"}),
    "expressed": STANCE_NOUNS,
    "expresses": STANCE_NOUNS,
    "voiced": STANCE_NOUNS,
    "voices": STANCE_NOUNS,
    # "drew attention to (the fact) that": the ``that`` clause is what was said.
    "drew": frozenset({"attention"}),
    "draws": frozenset({"attention"}),
    # "As the head of the team put it, “...”"
    "put": frozenset({"it"}),
    "puts": frozenset({"it"}),
}

#: Finite verbs that may end a sentence's subject, besides any lower-case word in ``-ed``:
#: ``X met A and said that B`` (``X`` says B). Irregular past and present forms news uses.
FINITE_VERBS = _words(
    """
    met meets held holds took takes spoke speaks made makes gave gives had has was is sent
    sends led leads saw sees went goes came comes brought brings began begins wrote writes
    paid pays heard hears read reads told tells
    """
)

#: Verb forms that are also plural nouns (``member states``, ``the notes``): not verbs
#: after the words of :data:`NOUN_BEFORE` or before those of :data:`NOUN_AFTER`.
NOUN_FORMS = _words("states notes reports remarks comments reads answers")
NOUN_BEFORE = _words(
    """
    member the these those all many other some both several their its his her our
    neighbouring neighboring participating founding sovereign independent interested
    partner island small two three four five six seven eight nine ten allied
    """
)
NOUN_AFTER = _words("of and or who which are were have had to")

#: Verbs that may come before their subject after a quote: ``“...,” said the minister``.
INVERTIBLE_VERBS = _words(
    """
    said says added adds noted notes stressed stresses explained continued emphasized
    emphasised stated asked replied wrote writes concluded remarked declared observed
    pointed went underlined recalled warned reads
    """
)

#: Verbs whose reported content can be a plain object with no ``that``: ``X stressed the
#: importance of ...``, ``He also confirmed the readiness of ...``. Other verbs report a
#: clause only with ``that``: ``X believes that ...``.
OBJECT_VERBS = _words(
    """
    said says stated states noted notes stressed stresses emphasized emphasised
    emphasizes emphasises confirmed confirms underlined underlines underscored
    underscores highlighted highlights reaffirmed reaffirms reiterated reiterates told
    tells announced announces recalled recalls added adds pointed points recognizes
    recognises
    """
)

#: Words directly before a verb that make it passive, infinitive, modal or negated:
#: ``it was noted``, ``to say``, ``would stress``, ``did not say``.
NOT_ACTIVE = _words(
    """
    was were is are be been being to will would could should can may might must not did
    does do shall cannot
    """
)

#: Adverbs that may stand between a speaker and the verb: ``He also confirmed``.
ADVERBS = _words(
    """
    also further then later earlier again once previously subsequently recently
    specifically particularly separately additionally moreover however therefore thus
    has have had repeatedly firmly strongly clearly directly frankly publicly explicitly
    """
)

#: Participles that go on reporting the same speaker after a comma, with ``that`` right
#: after them: ``X said A, adding that B`` reports A and then B. The value is the word a
#: two-word participle needs next (``pointing out that``), or None.
CONTINUING_PARTICIPLES: dict[str, str | None] = {
    **dict.fromkeys(
        _words(
            """
            adding noting stressing emphasizing emphasising underlining underscoring
            explaining recalling warning stating saying insisting reiterating clarifying
            specifying observing
            """
        )
    ),
    "pointing": "out",
}

#: Words that start a reported clause after the verb (``that`` is left out of the span).
COMPLEMENTIZERS = frozenset({"that", "whether", "how", "what", "why", "when", "where"})

#: Words that begin the circumstances printed after a reporting verb rather than what was
#: said: ``said in a statement on Tuesday``, ``said during a debate``.
TAIL_WORDS = _words(
    """
    in at during on after before while when following speaking addressing to from with
    as via through
    """
)
#: Words of time after a reporting verb (``said earlier.``, ``said last week.``): the
#: circumstances only where the sentence ends, or a comma or ``that`` comes, after them;
#: ``said today the CSTO is ready`` reports what follows.
TIME_TAIL_WORDS = _words(
    """
    earlier later yesterday today recently previously last monday tuesday wednesday
    thursday friday saturday sunday
    """
)

#: Words right before an opening quotation mark that make the quote a title or a name, not
#: words someone said: ``resolution "On ..."``, ``entitled “...”``, ``operation “Channel”``.
TITLE_CUES = _words(
    """
    the a an on entitled titled named dubbed called resolution resolutions document
    declaration declarations operation operations exercise exercises programme program
    project initiative concept strategy format forum conference theme topic slogan motto
    agenda motto book article report film festival contest campaign code-named codenamed
    of about
    """
)

#: Phrases before a colon that make the colon introduce someone's words without a verb:
#: ``According to him, ...: “...”``, ``In his words: “...”``.
SPEAKER_CUES = lazy_compile(
    r"\b(?:[Aa]ccording to|[Ii]n (?:his|her|their|its) (?:words|opinion|view)|"
    r"[Ii]n the (?:words|opinion|view) of|[Aa]s (?:he|she|they|it) put it)\b"
)

#: A word, an initial (``K.K.``), or one other character. Words keep inner hyphens and
#: apostrophes (``Secretary-General``, ``CSTO's``) and a trailing possessive apostrophe
#: (``Belarus'``); every quantifier is followed by a disjoint class, so matching is linear.
#: A word is runs of letters and digits joined by runs of ``_-'`` or U+2019. The runs are
#: possessive (``++``, ``*+``: never given back): the word ends at its last letter or digit
#: without backtracking, which keeps the regex engine's work per word (the tokenizer's
#: main cost) as small as it can be.
TOKEN = lazy_compile(
    r"[A-Z]\.(?:[A-Z]\.)*(?![a-z])"
    r"|[^\W_]++(?:[_\-'\u2019]++[^\W_]++)*+(?:['\u2019](?![^\W_]))?"
    r"|\S"
)

#: A UN document symbol as printed: ``A/RES/80/1``, ``S/RES/2482 (2019)``.
UN_SYMBOL = lazy_compile(r"\b(?:A/RES/\d{1,3}/\d{1,4}|S/RES/\d{1,4}(?: ?\(\d{4}\))?)")
