"""Extraction of :attr:`~csto_corpus.model.Article.statements`: who said what, and where.

The extractor reads an article in two passes. The first pass reads each paragraph (and a
TASS lead line) on its own: it pairs the quotation marks (:mod:`._quotes`), finds each
quote's attribution, and finds reported speech in the sentences outside quotes. The
second pass walks everything in page order and resolves each speaker phrase
(:mod:`._speakers`) against the people, institutions and documents seen so far.

Span rules (``document.text[span] == statement.text`` always):

* **Direct quote**: the characters between the opening and the closing mark, white space
  trimmed, punctuation inside the marks kept (``process,`` in ``“... process,” he said``).
  A quote that runs over several paragraphs gives one statement per paragraph, each with
  the speaker and verb of the attribution that closes (or opens) the run.
* **Missing opening mark** (a closing mark with nothing open): the quote starts at the
  first sentence after the last *reporting* sentence before the mark (a sentence that holds
  a reporting verb, ``According to``, or the previous quote and its attribution), and at
  the start of the paragraph if there is none; it ends at the mark.
* **Missing closing mark**: the quote ends before an attribution printed inside it
  (``“A, he said. B`` gives ``A,``), else where the next opening mark of the same kind
  starts, else at the end of the paragraph.
* **Reported speech**: the reported clause, without ``that`` and without the sentence's
  final punctuation: ``X said that A.`` gives ``A``; ``A, X said in ...`` gives ``A``;
  ``According to X, A.`` and ``In his words, A.`` give ``A``; ``As X said at ..., A.``
  gives ``A``; ``X stressed the importance of A.`` gives ``the importance of A``;
  ``X told BelTA whether A`` gives ``whether A``. A clause that ends in a colon introducing
  a quote stops at the colon. ``X said A, adding that B.`` gives two statements, ``A`` and
  then ``B`` (verb ``adding``, attribution the participle, the speaker of ``A``); so do
  ``noting that``, ``stressing that``, ``pointing out that`` and the other participles
  of :data:`~._reporting.CONTINUING_PARTICIPLES`, and ``“A,” X said, adding that B.``
  after a quote. ``X noted A and expressed hope that B.`` gives ``A`` and then ``B`` (a
  second verb after ``and`` with ``that`` right after it, when no ``that`` came before:
  in ``X said that A and noted that B`` the ``and`` may join two clauses of ``A``, and it
  stays one report). A parenthetical attribution
  (``A, he added, is B.``, ``A, according to him, is B.``) gives the whole sentence: the
  words are on both sides.
* **Speech**: the whole body, from the first paragraph's start to the last one's end. A
  ``Remarks by <role> <name> at ...`` page (kind ``speech``) is one; so is an untitled
  first-person excerpt, or a titled page with no dateline whose first paragraph speaks in
  the first person outside quotes (name None: such pages do not say who speaks).
* **Lead line**: a statement in a TASS subtitle has ``paragraph`` :data:`SUBTITLE` (-1).
* **Interviews**: on a page that says it holds an interview and prints its questions as
  paragraphs of their own (:mod:`._interviews`), each answer paragraph is a ``direct``
  statement of the interviewee, the first person named before the first question; ``I``
  in an answer is the interviewee too.

Speakers (resolved in page order; the lead line last, with what the body taught):

* A name with its title (``Belarus' representative to the UN Olga Ivanova``,
  ``Askar Zhumabekov, the CSTO Secretary General``, ``X, who ..., said``) gives
  ``name`` and ``role``; a name is two or more capitalised words that are not title,
  institution or place words. A later surname (``Ivanova said``) or title and surname
  (``Deputy Foreign Minister Orlov``) is the person named before.
* ``he``/``she``/``him``/``her``: the last person who spoke, unless a person with a title
  was named at the start of a sentence since. ``the diplomat``, ``the parliamentarian``,
  ``the MP``, ``the minister``, ``the UN chief``: the latest person whose title fits the
  noun (:data:`~._speakers.PERSON_NOUNS`), a state adjective (``the Belarusian diplomat``)
  narrowing the choice; a deputy is not ``the minister``. ``the official``: the last
  speaker, unless someone unnamed was described since. ``a UN official``: someone new.
* Institutions: ``the Russian Foreign Ministry`` is named as printed first (the same
  words in another order or case are the same institution); ``the ministry``, ``the
  press service``, ``according to the ministry``, ``the statement says`` are the latest
  institution (that spoke).
* Documents: ``It notes that``, ``the resolution stresses``: kind ``document``, ``role``
  the document's noun (``resolution``), ``name`` the UN symbol printed with the document
  (``A/RES/80/1``), else None.
* Anything else: ``name`` None. A wrong name is worse than none.

What is a statement: a quote needs an attribution (a reporting verb with a speaker
phrase after it, ``“...,” the diplomat said``, or before it, ``He said: “...”``,
``It notes that “...”``, ``X said the talks were “useful”``), a speaker cue before a colon
(``According to him, ...: “...”``), or it must follow an attributed quote directly (then
it takes that quote's speaker). A quote with none of these is kept only if it reads as a
whole sentence (a capital first letter, four words or more, at the start of a sentence);
its speaker name is then None. Scare quotes and titles (``numerous “dormant” conflicts``,
``operations “Channel”``, ``the “New Agenda for Peace”``) have none of these and are not
statements; a quote right after a title word (``resolution``, ``entitled``, ``the``) or in
title case is never one by the ``X said ... “...”`` rule.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
from collections.abc import Iterable, Sequence
from typing import overload

import attrs

from csto_corpus.model import (
    Article,
    ArticleKind,
    MentionKind,
    Span,
    Speaker,
    SpeakerKind,
    Statement,
    StatementKind,
)
from csto_corpus.parse._gazetteer import find_names
from csto_corpus.parse._interviews import Interview, find_interview
from csto_corpus.parse._layouts import CSTO
from csto_corpus.parse._names import Gender, name_gender, pronoun_gender
from csto_corpus.parse._quotes import is_quote_mark, pair_quotes
from csto_corpus.parse._regex import lazy_compile
from csto_corpus.parse._reporting import (
    ADVERBS,
    COMPLEMENTIZERS,
    CONTINUING_PARTICIPLES,
    FINITE_VERBS,
    INVERTIBLE_VERBS,
    NOT_ACTIVE,
    NOUN_AFTER,
    NOUN_BEFORE,
    NOUN_FORMS,
    OBJECT_THAT_VERBS,
    OBJECT_VERBS,
    PHRASAL_VERBS,
    REPORTING_VERBS,
    SPEAKER_CUES,
    STANCE_NOUNS,
    TAIL_WORDS,
    THAT_ONLY_VERBS,
    TIME_TAIL_WORDS,
    TITLE_CUES,
    UN_SYMBOL,
)
from csto_corpus.parse._speakers import (
    CONNECTORS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    FIRST_PERSON,
    FUNCTION_WORDS,
    INSTITUTION_HEADS,
    NP_ADJECTIVES,
    OPENERS,
    OPENING_WORDS,
    ORG_WORDS,
    PERSON_NOUNS,
    STATEMENT_NOUNS,
    TITLE_WORDS,
    Ref,
    RefKind,
    Token,
    WordMemo,
    analyze,
    find_words,
    is_name_token,
    is_name_word,
    name_runs,
    name_word_runs,
    np_like,
    role_fits,
    tokenize,
    tokenize_span,
    tokens_of_words,
    word_lower,
    word_starts,
)
from csto_corpus.parse._text import split_sentences
from csto_corpus.parse.dates import MONTH_NAMES, WEEKDAYS

__all__ = ["SUBTITLE", "extract_statements"]

#: The :attr:`~csto_corpus.model.Statement.paragraph` of a statement in the article's
#: subtitle (the TASS lead line), which is not one of its paragraphs.
SUBTITLE = -1

#: Words that end a speaker phrase printed after its verb: ``said X in Minsk``.
_CUT_ALWAYS = frozenset(
    {
        "in",
        "at",
        "during",
        "after",
        "before",
        "while",
        "when",
        "following",
        "speaking",
        "addressing",
        "via",
        "through",
        "who",
        "which",
        "as",
        "adding",
        "noting",
        "stressing",
        "citing",
        "referring",
        "answering",
    }
)
#: Words that end such a phrase unless a capitalised word follows: ``Committee on
#: International Affairs`` goes on, ``said X on Tuesday`` does not.
_CUT_UNLESS_CAPITAL = frozenset({"on", "with", "from", "to", "for"})
#: Words that start an adverbial before the speaker, not a reported clause: ``In an
#: interview, X said``, ``On Monday, X said``.
_INTRODUCTIONS = frozenset(
    {"in", "on", "at", "during", "after", "before", "speaking", "addressing", "earlier"}
    | {"later", "meanwhile", "also", "however", "today", "yesterday", "following", "while"}
)
#: Words a title leaves in lower case: ``Cooperation between the United Nations and ...``.
_TITLE_SMALL_WORDS = frozenset(
    {"between", "with", "against", "among", "through", "under", "within", "without"}
    | {"into", "from", "over", "upon", "about", "after", "before", "towards", "during"}
)
#: Verbs that put words in someone's mouth in a relative clause: ``who called X "..."``.
_CHARACTERIZING = frozenset({"called", "described", "termed", "labelled", "labeled"})
#: ``In his words``, ``In her opinion``: the report of what the person said.
_WORDS_CUES = frozenset({"words", "opinion", "view", "estimate", "assessment"})
#: Verbs whose object is the listener: ``X told reporters``.
_TELLING_VERBS = frozenset({"told", "tells", "informed", "assured"})
#: A military rank at the end of a title, before the name: ``... Joint Staff Colonel
#: General``. ``General`` alone ends ``Secretary General`` and is no rank.
_MILITARY_RANK = lazy_compile(
    r",?\s+(?:(?:Colonel|Lieutenant|Major|Army|Brigadier)[\s-]+General|General\s+of\s+the\s+Army|"
    r"Lieutenant[\s-]+Colonel|(?:Rear|Vice)[\s-]+Admiral|Colonel|Major|Captain|Admiral|"
    r"Marshal|Lieutenant)"
    # "Major General of Militia", "Colonel of Police", "of Justice", "of the Internal Service"
    r"(?:\s+of\s+(?:the\s+)?(?:Militia|Police|Justice|Internal\s+Service|Customs\s+Service))?$"
)
_RANK_ENDINGS = (
    "General", "Army", "Colonel", "Admiral", "Major", "Captain", "Marshal", "Lieutenant",
    "Militia", "Police", "Justice", "Service",
)  # fmt: skip
#: The most words between ``informed`` and its ``that``: ``the members of the Council``.
_OBJECT_WORDS = 6
#: Participles whose agent speaks next: ``The draft was introduced by X. In her words ...``.
_PASSIVE_AGENT_VERBS = frozenset(
    (
        "introduced", "presented", "submitted", "tabled", "proposed", "drafted", "chaired",
        "opened", "moderated", "hosted", "read",
    )
)  # fmt: skip
#: The words of military ranks.
_RANK_WORDS = frozenset(
    ("colonel", "general", "lieutenant", "major", "captain", "admiral", "marshal", "brigadier")
)
#: Words after a comma that go on with the main clause, past a relative clause: ``X, who
#: said that A, and with Y``.
_RELATIVE_CLOSERS = frozenset(("with", "to", "in", "at", "on", "for", "from", "as", "after"))
#: Nouns that may stand for any institution named before (``the agency`` for UNHCR); any
#: other (``the ministry``) only for one whose name holds it.
_GENERIC_INSTITUTION_NOUNS = frozenset(
    (
        "agency", "body", "side", "institution", "structure", "service", "organization",
        "organisation", "bloc", "alliance",
    )
)  # fmt: skip
#: How many tokens an opening phrase may have: ``At present``, ``During the talks in Minsk``.
_MAX_OPENING = 10
#: After a quote, a speaker and a verb in ``-ed`` that is no reporting verb the rules know
#: (``," the Kazakh envoy grumbled.``): the quote has its own speaker, unread, and does not
#: go on from the quote before.
_UNKNOWN_ATTRIBUTION = lazy_compile(
    r",?\s*(?:the\s+|an?\s+)?(?:[A-Z][\w'\u2019.-]*\s+|[a-z]+\s+){0,6}?[a-z]{3,}ed\s*[.!?]"
)
#: Nouns that end a speaker phrase when a participle follows them.
_HEAD_NOUNS = STATEMENT_NOUNS | DOCUMENT_NOUNS | INSTITUTION_HEADS
#: How many tokens a tail after an attribution may have: ``at a briefing in Minsk``.
_TAIL_TOKENS = 8
#: Lower-case words inside an institution's name: ``Ministry of Foreign Affairs``.
_NAME_SMALL_WORDS = frozenset({"of", "the", "and", "for"})
#: Days and months, which end a speaker phrase after ``on``.
_CALENDAR_WORDS = frozenset(name.lower() for name in (*WEEKDAYS, *MONTH_NAMES))
#: How many words a listener may have before a tail: ``told the Izvestia daily on ...``.
_LISTENER_WORDS = 4
#: Words that open a clause with a subject of its own: ``A met B, who said ...``.
_CLAUSE_OPENERS = frozenset({"who", "which", "whom", "whose"})
#: Participles that start a second report after an attribution: ``..., adding that``.
_PARTICIPLES = frozenset(
    {"adding", "noting", "stressing", "saying", "explaining", "emphasizing", "emphasising"}
    | {"pointing", "recalling", "citing", "according", "underlining", "stating", "warning"}
)
#: Every word of a reporting verb's first token, for quick tests on a token's ``lower``.
_VERB_FORMS = REPORTING_VERBS | PHRASAL_VERBS.keys()
#: How many characters around a quote are read for its attribution (and of a sentence for
#: a reporting verb): it bounds the work per quote, so pages with thousands of unbalanced
#: marks still parse in linear time.
_WINDOW = 1500
#: How many tokens a speaker phrase may have (a chain of titles is long).
_MAX_PHRASE = 60
#: How many tokenized pieces of the page an article reader keeps (see ``_tokens``).
_TOKEN_CACHE = 1024
#: First-person words outside quotes that make an untitled text one person's words.
_FIRST_PERSON_WORDS = frozenset({"i", "we", "our", "us", "my", "me"})


class _Piece:
    """A piece of the page (a sentence) as words; its tokens are made when first needed.

    Most sentences are ruled out by their words alone (no reporting verb, no name, no
    institution): ``kinds`` says which kinds of word the sentence holds, from one memo
    look-up per word, in C. Finding the words costs about half as much as making the
    tokens, which carry offsets; the lower-case words are made only if a rule needs them.
    """

    __slots__ = ("_lowers", "_page", "_start", "_starts", "_tokens", "kinds", "words")

    def __init__(self, page: str, start: int, end: int) -> None:
        self._page = page
        self._start = start
        self._tokens: list[Token] | None = None
        self._starts: list[int] = []  #: Where the first words start, as far as needed.
        self._lowers: list[str] | None = None
        self.words: list[str] = find_words(page, start, end)  #: Each token's text.
        #: The kinds of word the sentence holds: ``_WORD_KINDS`` of its words, or'ed.
        self.kinds: int = functools.reduce(
            operator.or_, map(_WORD_KINDS.__getitem__, self.words), 0
        )

    @property
    def lowers(self) -> list[str]:
        """Each token's ``lower``."""
        if self._lowers is None:
            self._lowers = list(map(word_lower, self.words))
        return self._lowers

    @property
    def tokens(self) -> list[Token]:
        if self._tokens is None:
            self._tokens = tokens_of_words(self._page, self.words, self._start)
        return self._tokens

    def span(self, first: int, last: int) -> tuple[int, int]:
        """The offsets of words ``first`` to ``last - 1``, with or without the tokens."""
        if self._tokens is not None:
            return self._tokens[first].start, self._tokens[last - 1].end
        starts, words = self._starts, self.words
        if len(starts) < last:  # find the words' starts up to ``last`` only
            done = len(starts)
            position = starts[-1] + len(words[done - 1]) if done else self._start
            starts.extend(word_starts(self._page, words[done:last], position))
        return starts[first], starts[last - 1] + len(words[last - 1])


def _is_verb_word(word: str) -> bool:
    """True for the text of a token that can be a reporting verb (see ``_is_verb``)."""
    return word[0].islower() and word.lower() in _VERB_FORMS


def _is_capital_head(word: str) -> bool:
    """True for the text of a token that can head an institution's name in a run."""
    return word[0].isupper() and word_lower(word) in INSTITUTION_HEADS


def _is_run_start(word: str) -> bool:
    """True for the text of a token that can start a capitalised run (an institution)."""
    return word[0].isupper() and word_lower(word) not in DETERMINERS


#: Memos of the tests above: each sentence is tested word by word in C.
_VERB_WORD: WordMemo[bool] = WordMemo(_is_verb_word)
_CAPITAL_HEAD: WordMemo[bool] = WordMemo(_is_capital_head)
_RUN_START: WordMemo[bool] = WordMemo(_is_run_start)
#: The determiners a description of an unnamed person starts with.
_ARTICLES = frozenset({"the", "a", "an"})
#: Words a title printed before a name does not start with: ``the``, ``of``, ``said``.
_ROLE_LEADERS = CONNECTORS | DETERMINERS | FUNCTION_WORDS
#: The nouns ``_document_noun`` accepts.
_DOCUMENT_WORDS = DOCUMENT_NOUNS - {"text"}

# The kinds of word a sentence may hold (bits of ``_Piece.kinds``): a rule that needs a
# kind of word is not run on a sentence without one.
_KIND_VERB = 1  #: Can be a reporting verb (``_is_verb_word``).
_KIND_NAME = 2  #: Can be part of a person's name (``is_name_word``).
_KIND_HEAD = 4  #: Can head an institution's name (``_is_capital_head``).
_KIND_ARTICLE = 8  #: ``the``, ``a``, ``an``: a description of a person may start here.
_KIND_PERSON = 16  #: A noun for a person (``PERSON_NOUNS``).
_KIND_DOCUMENT = 32  #: A noun for a document (``_DOCUMENT_WORDS``).
_KIND_ACCORDING = 64  #: ``according``: a report with no verb.


def _word_kinds(word: str) -> int:
    """The kinds (``_KIND_*`` bits) of the text of one token."""
    lower = word_lower(word)
    return (
        (_KIND_VERB if _VERB_WORD[word] else 0)
        | (_KIND_NAME if is_name_word(word) else 0)
        | (_KIND_HEAD if _CAPITAL_HEAD[word] else 0)
        | (_KIND_ARTICLE if lower in _ARTICLES else 0)
        | (_KIND_PERSON if lower in PERSON_NOUNS else 0)
        | (_KIND_DOCUMENT if lower in _DOCUMENT_WORDS else 0)
        | (_KIND_ACCORDING if lower == "according" else 0)
    )


_WORD_KINDS: WordMemo[int] = WordMemo(_word_kinds)


@attrs.define
class _Candidate:
    """A statement found by the first pass, before its speaker is resolved."""

    kind: StatementKind
    start: int
    end: int
    paragraph: int
    anchor: int  #: Where its speaker phrase (or the statement) starts: the resolution order.
    verb: str | None = None
    ref: Ref | None = None
    attribution: Span | None = None
    source: _Candidate | None = None  #: Takes the speaker of this other statement.
    speaker: Speaker | None = None
    block_end: bool = False  #: A quote whose closing mark is missing at the block's end.
    reach: int = 0  #: Where the quote's mark, or its attribution's sentence, ends.
    embedded: bool = False  #: Its speaker is quoted inside another's report.
    weak: bool = False  #: No attribution and not a whole sentence: kept only if linked.
    #: Reports that go on from this one: ``A, adding that B`` (each takes this speaker).
    continued: list[_Candidate] = attrs.Factory(list)


@attrs.define
class _Attribution:
    """A speaker phrase with its reporting verb, as printed."""

    ref: Ref
    verb: str | None
    span: Span  #: From the phrase's first word to the verb, or from the verb to the phrase.
    end: int  #: Where the attribution's sentence (or clause) ends.
    embedded: bool = False  #: Inside another report: ``He recalled X, who called ...``.
    #: The tokens after the verb when they go on reporting: ``, noting that B``.
    continued: list[Token] = attrs.Factory(list)


@attrs.define
class _Person:
    name: str | None
    role: str | None
    last: int  #: The last position where the person spoke or was named.
    rank: str | None = None  #: A military rank printed with the title: ``Colonel General``.

    @property
    def described(self) -> str | None:
        """The role with the rank: what ``the general`` or ``the colonel`` may fit."""
        return self.role if self.rank is None else f"{self.role or ''} {self.rank}".strip()


@attrs.define
class _Institution:
    name: str
    last: int


@attrs.define
class _DocumentMention:
    symbol: str | None
    noun: str
    position: int


@attrs.define
class _Mention:
    """A person, institution or document named in the text (not as a speaker)."""

    position: int
    person: tuple[str, str | None] | None = None
    subject: bool = False
    institution: str | None = None
    document: _DocumentMention | None = None
    unnamed: tuple[str, str] | None = None  #: A described person: noun and description.
    #: A described person who is the sentence's subject: ``The CSTO Secretary General
    #: welcomed ...``; ``he`` may then refer to them.
    described: Ref | None = None


class _Block:
    """One paragraph (or the subtitle): its text, offsets and sentences."""

    def __init__(self, page: str, index: int, start: int, end: int) -> None:
        self.page = page
        self.index = index
        self.start = start
        self.end = end
        self.sentences = split_sentences(page[start:end], start)
        self.sentence_starts = [s.start for s in self.sentences]
        self.sentence_ends = [s.end for s in self.sentences]

    def sentence_at(self, position: int) -> tuple[int, int]:
        """The sentence that holds ``position`` (or the next one if it falls between)."""
        index = bisect.bisect_right(self.sentence_ends, position)
        if index >= len(self.sentences):
            return (self.end, self.end)
        sentence = self.sentences[index]
        return sentence.start, sentence.end


def extract_statements(text: str, article: Article) -> tuple[Statement, ...]:
    """The statements of ``article``, each with its span into ``text`` (the document text).

    Statements are in page order; one in the subtitle has ``paragraph`` :data:`SUBTITLE`.

    >>> from csto_corpus.model import ArticleKind, Paragraph
    >>> page = "“We are ready,” the minister said."
    >>> article = Article(id="p/1", kind=ArticleKind.NEWS, paragraphs=(
    ...     Paragraph(text=page, span=Span(start=0, end=len(page))),))
    >>> [(s.text, s.verb, s.kind.value) for s in extract_statements(page, article)]
    [('We are ready,', 'said', 'direct')]
    >>> extract_statements("", Article(id="p/1", kind=ArticleKind.NEWS))
    ()
    """
    return _ArticleReader(text, article).read()


class _ArticleReader:
    """Both passes over one article, and the people, institutions and documents seen."""

    def __init__(self, page: str, article: Article) -> None:
        self.page = page
        self.article = article
        # Both passes read the same sentences: tokenize each piece of the page once.
        self._pieces: dict[tuple[int, int], _Piece] = {}
        self.page_speaker: Speaker | None = None
        self.persons: list[_Person] = []
        #: Each institution by the key of its name (see ``_institution``), in page order.
        self.institutions: dict[frozenset[str], _Institution] = {}
        self._institution_keys: dict[str, frozenset[str]] = {}  #: Each name's key, once.
        self.documents: list[_DocumentMention] = []
        self.last_person_speaker: _Person | None = None
        self.last_institution_speaker: _Institution | None = None
        self.subject_mention: _Person | None = None
        self.last_unnamed = -1  #: Where someone was last described without a name.
        self.interview: Interview | None = None  #: The answers, if the page is an interview.
        self.interviewee: _Person | None = None  #: Who answers; "I" in an answer.

    # -- the two passes -------------------------------------------------------------------

    def _tokens(self, start: int, end: int) -> list[Token]:
        """The tokens of ``page[start:end]``, made once while they are recent."""
        return self._piece(start, end).tokens

    def _piece(self, start: int, end: int) -> _Piece:
        """The words of ``page[start:end]`` (and tokens), made once while recent.

        The cache keeps the last ``_TOKEN_CACHE`` pieces only: enough for both passes over
        an ordinary article, and bounded, so a huge page does not hold every token alive.
        """
        key = (start, end)
        piece = self._pieces.get(key)
        if piece is None:
            piece = self._pieces[key] = _Piece(self.page, start, end)
            if len(self._pieces) > _TOKEN_CACHE:
                del self._pieces[next(iter(self._pieces))]  # the oldest
        return piece

    def read(self) -> tuple[Statement, ...]:
        candidates: list[_Candidate] = []
        mentions: list[_Mention] = []
        speech = self._speech()
        blocks = [
            _Block(self.page, index, p.span.start, p.span.end)
            for index, p in enumerate(self.article.paragraphs)
        ]
        if self.article.subtitle is not None and self.article.subtitle_span is not None:
            span = self.article.subtitle_span
            blocks.append(_Block(self.page, SUBTITLE, span.start, span.end))
        previous: list[_Candidate] = []
        previous_end = 0
        pairs: list[tuple[list[_Candidate], int, list[_Candidate], _Block]] = []
        for block in blocks:
            found = self._read_block(block)
            if block.index != SUBTITLE:
                pairs.append((previous, previous_end, found, block))
                previous, previous_end = found, block.end
            candidates.extend(found)
        for continuing in (True, False):  # quotes over paragraphs first, then the rest
            for pair in pairs:
                _link_blocks(self.page, *pair, continuing=continuing)
        candidates = [c for c in candidates if not c.weak or c.source is not None]
        # The subtitle repeats the body: resolve it last, with what the body taught us.
        lead = self.article.subtitle_span
        # A speaker is a snapshot taken when its phrase is resolved, so what is named after
        # the last phrase to resolve changes nothing: those sentences are not read.
        anchors = [c.anchor for c in candidates if c.ref is not None]
        in_lead = lead is not None and any(lead.start <= a < lead.end for a in anchors)
        horizon = len(self.page) if in_lead else max(anchors, default=-1)
        for block in blocks:
            mentions.extend(self._mentions(block, horizon))

        def order(item: _Candidate | _Mention) -> tuple[int, int]:
            position = item.anchor if isinstance(item, _Candidate) else item.position
            in_lead = lead is not None and lead.start <= position < lead.end
            return (1 if in_lead else 0, position)

        if speech is None:
            self.interview = find_interview(self.page, self.article)
            self.interviewee = self._interviewee()
        events: list[_Candidate | _Mention] = [*candidates, *mentions]
        for event in sorted(events, key=order):
            if isinstance(event, _Mention):
                self._register(event)
            elif event.ref is not None:
                # A speaker quoted inside another's report does not become "he".
                keep = self.last_person_speaker
                event.speaker = self._resolve(event.ref)
                if event.embedded:
                    self.last_person_speaker = keep
        statements = [speech] if speech is not None else []
        for candidate in candidates:
            statement = self._finish(candidate)
            if statement is not None:
                statements.append(statement)
        answers = self._answers()
        if answers:
            statements.extend(answers)
            # In page order, as the other statements are: the subtitle's last.
            statements.sort(key=lambda s: (s.paragraph == SUBTITLE, s.paragraph, s.span.start))
        return tuple(statements)

    def _interviewee(self) -> _Person | None:
        """Who answers the questions of an interview (see :mod:`._interviews`).

        The first person named before the first question (in the lead, the subtitle or the
        title), with the title printed with the name there; None where no one is named.
        """
        if self.interview is None:
            return None
        start, end = self.interview.lead
        tokens = tokenize_span(self.page, start, end)
        runs = name_runs(tokens)
        if not runs:
            return None
        first, last = runs[0]
        name = self.page[tokens[first].start : tokens[last - 1].end]
        role_text = None  # the title printed with the name anywhere in the lead
        for run_first, run_last in runs:
            role = _role_before(tokens, run_first) or _role_after(tokens, run_last)
            run_name = self.page[tokens[run_first].start : tokens[run_last - 1].end]
            if role and _same_name(name, run_name):
                role_text = self.page[role[0].start : role[-1].end]
                break
        return self._person(name, role_text, tokens[first].start)

    def _answering(self, position: int) -> Speaker | None:
        """The interviewee, if ``position`` lies in one of the interview's answers."""
        if self.interview is None or self.interviewee is None:
            return None
        if any(start <= position < end for _, start, end in self.interview.answers):
            return Speaker(name=self.interviewee.name, role=self.interviewee.role)
        return None

    def _answers(self) -> list[Statement]:
        """The answers of a question-and-answer interview, each the interviewee's words."""
        if self.interview is None or self.interviewee is None:
            return []
        person = self.interviewee
        speaker = Speaker(name=person.name, role=person.role)
        start, end = self.interview.lead
        named = self.page.find(person.name or "", start, end)
        attribution = Span(start=named, end=named + len(person.name or "")) if named >= 0 else None
        return [
            Statement(
                text=self.page[answer_start:answer_end],
                kind=StatementKind.DIRECT,
                verb=None,
                speaker=speaker,
                span=Span(start=answer_start, end=answer_end),
                paragraph=paragraph,
                attribution=attribution,
            )
            for paragraph, answer_start, answer_end in self.interview.answers
        ]

    def _finish(self, candidate: _Candidate) -> Statement | None:
        source, seen = candidate, 0
        while source.speaker is None and source.source is not None and seen < 1000:
            source, seen = source.source, seen + 1
        speaker = source.speaker or Speaker(name=None)
        verb = candidate.verb if candidate.verb is not None else source.verb
        attribution = candidate.attribution or source.attribution
        text = self.page[candidate.start : candidate.end]
        if not text:
            return None
        return Statement(
            text=text,
            kind=candidate.kind,
            verb=verb,
            speaker=speaker,
            span=Span(start=candidate.start, end=candidate.end),
            paragraph=candidate.paragraph,
            attribution=attribution,
        )

    # -- speeches and first-person texts ---------------------------------------------------

    def _speech(self) -> Statement | None:
        """The whole-body statement of a speech page or a first-person text."""
        article = self.article
        if not article.paragraphs:
            return None
        attribution: Span | None = None
        if article.kind is ArticleKind.SPEECH:
            speaker, attribution = self._speech_title()
        elif article.kind is ArticleKind.EXCERPT or (
            article.kind is ArticleKind.NEWS and article.dateline is None
        ):
            if not self._first_person(article.paragraphs[0].span):
                return None
            speaker = Speaker(name=None)
        else:
            return None
        self.page_speaker = speaker
        start, end = article.paragraphs[0].span.start, article.paragraphs[-1].span.end
        return Statement(
            text=self.page[start:end],
            kind=StatementKind.SPEECH,
            verb=None,
            speaker=speaker,
            span=Span(start=start, end=end),
            paragraph=0,
            attribution=attribution,
        )

    def _speech_title(self) -> tuple[Speaker, Span | None]:
        """The speaker of ``Remarks by <role> <name> at ...``; name None if unreadable."""
        title, span = self.article.title, self.article.title_span
        match = CSTO.speech_title.match(title) if title else None
        if match is None or span is None:
            return Speaker(name=None), None
        start = span.start + match.start("speaker")
        tokens = tokenize(self.page[start : span.end], start)
        phrase = _phrase_after_verb(tokens)
        if not phrase:
            return Speaker(name=None), None
        ref = analyze(self.page, phrase[0].start, phrase[-1].end)
        if ref is None or ref.kind is not RefKind.NAMED:
            # "Statement of the CSTO Secretariat on ...": the institution speaks (the phrase
            # ends where the title's occasion starts).
            end = span.start + match.end("speaker")
            # "... Secretariat in connection with ...": the name ends at its first other word.
            for token in tokenize(self.page[start:end], start):
                if token.text[0].islower() and token.lower not in _NAME_SMALL_WORDS:
                    end = token.start
                    break
            end = _strip(self.page, start, end)[1]
            whole = analyze(self.page, start, end)
            if whole is not None and whole.kind is RefKind.INSTITUTION and whole.name is not None:
                institution = self._institution(whole.name, start)
                return self._institution_spoke(institution, start), Span(start=span.start, end=end)
            role = ref.role if ref is not None and ref.role else None
            return Speaker(name=None, role=role), Span(start=span.start, end=phrase[-1].end)
        person = self._person(ref.name, ref.role, start)
        assert person is not None  # created when missing
        speaker = Speaker(name=person.name, role=person.role)
        return speaker, Span(start=span.start, end=phrase[-1].end)

    def _first_person(self, span: Span) -> bool:
        """True if the paragraph speaks in the first person outside its quotes."""
        words = find_words(self.page, span.start, span.end)
        if _FIRST_PERSON_WORDS.isdisjoint(map(word_lower, words)):
            return False  # no first-person word at all: no need for quotes and tokens
        text = self.page[span.start : span.end]
        inside = [(q.open or 0, q.end) for q in pair_quotes(text)]
        for token in tokenize(text):
            if token.lower in _FIRST_PERSON_WORDS and (
                token.text != "US" and not any(a <= token.start < b for a, b in inside)
            ):
                return True
        return False

    # -- first pass: one block -----------------------------------------------------------

    def _read_block(self, block: _Block) -> list[_Candidate]:
        page = self.page
        text = page[block.start : block.end]
        quotes = pair_quotes(text)
        found: list[_Candidate] = []
        quote_spans: list[tuple[int, int]] = []  # every outer quote, marks included
        used: list[tuple[int, int]] = []  # attributions and quotes: no reported speech
        previous: _Candidate | None = None
        boundary = block.start  # where the text after the previous quote starts
        for number, quote in enumerate(quotes):
            opening = None if quote.open is None else block.start + quote.open
            closing = None if quote.close is None else block.start + quote.close
            cut = block.start + quote.end
            next_open = (
                block.start + quotes[number + 1].open  # type: ignore[operator]
                if number + 1 < len(quotes) and quotes[number + 1].open is not None
                else block.end
            )
            if opening is None:
                assert closing is not None
                start = self._orphan_start(block, boundary, closing)
            else:
                start = opening + 1
            end = closing if closing is not None else cut
            after: _Attribution | None = None
            if closing is None:
                end, after = self._split_unclosed(block, start, end, next_open)
            elif opening is not None and _titled(page, block.start, opening, start, closing):
                after = None  # resolution A/RES/79/11 "Cooperation ...": a title
            else:
                after = self._attribution_after(block, closing + 1, next_open, start, closing)
            start, end = _strip(page, start, end)
            mark_start = opening if opening is not None else start
            mark_end = closing + 1 if closing is not None else end
            if start >= end:
                boundary = max(boundary, mark_end)
                continue
            candidate = _Candidate(
                kind=StatementKind.DIRECT,
                start=start,
                end=end,
                paragraph=block.index,
                anchor=start,
                block_end=closing is None and cut == block.start + len(text),
                reach=mark_end,
            )
            if after is not None:
                candidate.ref, candidate.verb = after.ref, after.verb
                candidate.attribution, candidate.anchor = after.span, after.span.start
                candidate.reach = max(mark_end, after.end)
                used.append((after.span.start, after.span.end))
                if after.continued:
                    for report in self._continued(block, after.continued, 1, candidate):
                        report.reach = candidate.reach
                        found.append(report)
            else:
                before = (
                    self._attribution_before(block, opening, start, end, boundary)
                    if opening is not None
                    else None
                )
                if before is not None:
                    candidate.ref, candidate.verb = before.ref, before.verb
                    candidate.attribution, candidate.anchor = before.span, before.span.start
                    candidate.embedded = before.embedded
                elif (
                    previous is not None
                    and _directly_after(page, previous, mark_start)
                    and _UNKNOWN_ATTRIBUTION.match(page, mark_end, block.end) is None
                ):
                    candidate.source = previous
                else:
                    candidate.weak = not _whole_sentence(page, block, mark_start, start, end)
            boundary = max(boundary, candidate.reach)
            if not candidate.weak:
                quote_spans.append((mark_start, mark_end))
            found.append(candidate)
            if candidate.ref is not None or candidate.source is not None:
                previous = candidate
        self._reported(block, found, quote_spans, used)
        found.sort(key=lambda c: c.start)
        _after_reports(page, found)
        return found

    def _orphan_start(self, block: _Block, boundary: int, closing: int) -> int:
        """Where a quote whose opening mark is missing starts (see the module's rules).

        Walk back from the mark one sentence at a time; stop after a sentence that reports
        speech, and at the end of the previous quote or its attribution.
        """
        begin = max(boundary, block.start)
        index = bisect.bisect_left(block.sentence_starts, closing)
        for sentence in reversed(block.sentences[:index]):
            if sentence.end <= boundary:
                break
            if sentence.start < boundary:
                begin = boundary
                break
            window = max(sentence.start, sentence.end - _WINDOW)
            if sentence.end <= closing and _reports(
                self._tokens(window, sentence.end), whole=window == sentence.start
            ):
                break
            begin = sentence.start
        return begin

    def _split_unclosed(
        self, block: _Block, start: int, end: int, next_open: int
    ) -> tuple[int, _Attribution | None]:
        """Cut a quote that lost its closing mark before an attribution printed inside it."""
        page = self.page
        position = start
        while position < end:
            comma = _next_break(page, position, end)
            if comma is None:
                break
            attribution = self._attribution_after(block, comma + 1, next_open, start, comma + 1)
            if attribution is not None and attribution.span.start < end:
                return comma + 1, attribution
            position = comma + 1
        return end, None

    def _attribution_after(
        self, block: _Block, position: int, limit: int, content_start: int, content_end: int
    ) -> _Attribution | None:
        """The attribution printed right after a quote: ``,” the diplomat said.``."""
        page = self.page
        cursor = position
        # ", the diplomat said", and the dash of Russian-style text: "“...” \u2013 X said".
        while cursor < block.end and page[cursor] in " \t,\u00a0\u2013\u2014-":
            cursor += 1
        if cursor >= block.end or cursor - position > 4:
            return None
        if page[cursor] in ".!?;:(" or is_quote_mark(page[cursor]):
            return None
        sentence_end = self._clause_end(block, cursor, limit)
        tokens = tokenize_span(page, cursor, sentence_end, limit=_MAX_PHRASE)
        if not tokens:
            return None
        last = content_end - 1
        while last >= content_start and page[last].isspace():
            last -= 1
        ends_sentence = (
            last >= content_start and page[last] in ".!?" and tokens[0].text[0].isupper()
        )
        found = _verb_then_phrase(tokens) or _phrase_then_verb(tokens)
        if found is None:
            return None
        ref, verb, span, rest = found
        if ends_sentence and (
            any(t.lower in COMPLEMENTIZERS for t in rest[:12])
            or (rest and not _is_tail(rest) and rest[0].text not in ",.")
        ):
            return None  # "“A.” He said that ...": a new sentence, not this quote's attribution
        attribution = _Attribution(ref=ref, verb=verb, span=span, end=sentence_end)
        if _is_tail(rest):  # "“A,” X said at a briefing, adding that B"
            comma = next((i for i, t in enumerate(rest[:_TAIL_TOKENS]) if t.text == ","), None)
            rest = rest if comma is None else rest[comma:]
        if rest and rest[0].text == "," and _continuing_participle(rest) == (0, 1):
            attribution.continued = rest  # "“A,” he said, adding that B."
        return attribution

    def _clause_end(self, block: _Block, position: int, limit: int) -> int:
        """Where the sentence that holds ``position`` ends (or the next quote opens)."""
        index = bisect.bisect_right(block.sentence_ends, position)
        end = block.sentence_ends[index] if index < len(block.sentences) else block.end
        return min(end, limit, block.end)

    def _attribution_before(
        self, block: _Block, opening: int, start: int, end: int, boundary: int
    ) -> _Attribution | None:
        """The attribution printed before a quote: ``He said: “``, ``It notes that “``."""
        page = self.page
        sentence_start, _ = block.sentence_at(opening)
        if sentence_start > opening:
            sentence_start = block.start
        pre_start = max(sentence_start, boundary, block.start)
        pre_start = max(pre_start, opening - _WINDOW)
        pre = page[pre_start:opening]
        tokens = tokenize(pre, pre_start)[-_MAX_PHRASE * 2 :]
        if not tokens:
            return None
        stripped = pre.rstrip()
        if stripped.endswith(":"):
            return self._colon_cue(tokens[:-1])
        # "X said(,| that| as saying) “...": the verb right before the mark.
        tail = tokens
        while tail and tail[-1].text in (",", "that", "as", "saying"):
            if tail[-1].text == "saying" and len(tail) >= 3 and tail[-2].lower == "as":
                tail = tail[:-2]
                while tail and tail[-1].lower in ("quoted", "was", "is", "been", "has"):
                    tail = tail[:-1]
                break
            tail = tail[:-1]
        found = _phrase_before_verb(tail, len(tail) - 1) if tail else None
        if found is not None:
            return found
        # "X said the talks were “useful”": a partial quote after the sentence's subject.
        if tokens[-1].lower in TITLE_CUES or _title_case(page[start:end]):
            return None
        return _quoted_as_saying(tokens) or _relative_speaker(tokens) or _subject_verb(tokens)

    def _colon_cue(self, tokens: list[Token]) -> _Attribution | None:
        """A speaker before a colon that introduces a quote."""
        if not tokens:
            return None
        page = self.page
        text = page[tokens[0].start : tokens[-1].end]
        cue = SPEAKER_CUES.search(text)
        if cue is not None:
            cue_start = tokens[0].start + cue.start()
            cue_end = tokens[0].start + cue.end()
            words = cue.group().lower().split()
            if words[0] == "according":
                phrase = [t for t in tokens if t.start >= cue_end]
                phrase = phrase[: next((i for i, t in enumerate(phrase) if t.text == ","), None)]
                if phrase and np_like(phrase):
                    ref = analyze(page, phrase[0].start, phrase[-1].end)
                    if ref is not None:
                        span = Span(start=cue_start, end=phrase[-1].end)
                        return _Attribution(ref=ref, verb=None, span=span, end=cue_end)
                return None
            if any(w in ("his", "her", "he", "she") for w in words):
                ref = Ref(RefKind.PRONOUN, cue_start, cue_end)
                span = Span(start=cue_start, end=cue_end)
                return _Attribution(ref=ref, verb=None, span=span, end=cue_end)
            return None
        for index in range(len(tokens)):
            if _is_verb(tokens, index):
                end = _verb_end(tokens, index)  # "pointed out:": the particle too
                found = _phrase_before_verb(tokens[: end + 1], end)
                if found is not None:
                    return found
        return None

    # -- first pass: reported speech -------------------------------------------------------

    def _reported(
        self,
        block: _Block,
        found: list[_Candidate],
        quote_spans: list[tuple[int, int]],
        used: list[tuple[int, int]],
    ) -> None:
        page = self.page
        quotes = _Sweep(quote_spans)
        attributions = _Sweep(used)
        for sentence in block.sentences:
            start, end = sentence.start, sentence.end
            first = quotes.first_overlap(start, end)
            if first is not None:
                if first <= start or not page[start:first].rstrip().endswith(":"):
                    continue
                end = page.rindex(":", start, first)
            if attributions.first_overlap(start, end) is not None:
                continue
            candidate = self._reported_in(block, start, end, clipped=first is not None)
            if candidate is not None:
                for report in (candidate, *candidate.continued):
                    report.reach = sentence.end
                    found.append(report)

    def _reported_in(
        self, block: _Block, start: int, end: int, *, clipped: bool = False
    ) -> _Candidate | None:
        """Reported speech in the sentence ``page[start:end]``.

        ``clipped`` means the sentence was cut at a colon that introduces a quote: what
        stands before the speaker is then not the reported clause (``In an interview,
        X said: “...”``).
        """
        page = self.page
        piece = self._piece(start, min(end, start + _WINDOW * 4))
        words, kinds = piece.words, piece.kinds
        if len(words) < 4:
            return None
        if kinds & _KIND_ACCORDING or (
            word_lower(words[0]) == "in"
            and word_lower(words[1]) in ("his", "her")
            and word_lower(words[2]) in _WORDS_CUES
        ):
            according = self._according(block, piece.tokens)
            if according is not None:
                return according
        # The tokens after the first that can be a reporting verb; most sentences have none.
        if not kinds & _KIND_VERB:
            return None
        if "TASS" in words:
            passive = self._told_tass(block, piece.tokens)
            if passive is not None:
                return passive
        verbs = list(
            itertools.compress(range(1, len(words)), map(_VERB_WORD.__getitem__, words[1:]))
        )
        if not verbs:
            return None
        # Which of them are verbs is told by the words (``member states``, ``was noted``
        # are not): the tokens, with offsets, are made only for a sentence with a verb.
        words_only = _WordTokens(words, piece.lowers)
        verbs = [index for index in verbs if _is_verb(words_only, index)]
        if not verbs:
            return None
        # "The ministers agreed that A, the ministry said": the report's own verb first.
        verbs.sort(key=lambda index: words_only[index].lower in THAT_ONLY_VERBS)
        tokens = piece.tokens
        for index in verbs:
            verb_end = _verb_end(tokens, index)
            verb = page[tokens[index].start : tokens[verb_end].end]
            rest = tokens[verb_end + 1 :]
            if index >= 3 and tokens[index - 1].lower == "who" and tokens[index - 2].text == ",":
                # "... attended by X, who said that A": A is X's.
                relative = self._relative_report(block, tokens, index, verb, rest)
                if relative is not None:
                    return relative
                continue
            segment = _segment_before(tokens, index) or _shared_subject(tokens, index)
            if segment is None:
                continue
            phrase_start, phrase_end, clause_end = segment
            if phrase_start == phrase_end:
                # "A, said X": the speaker after the verb, the clause before the comma.
                if tokens[index].lower not in INVERTIBLE_VERBS or clause_end is None:
                    continue
                phrase = _phrase_after_verb(rest)
                if not phrase:
                    continue
                ref = analyze(page, phrase[0].start, phrase[-1].end)
                if ref is None or ref.kind is RefKind.FIRST_PERSON:
                    continue
                if (
                    ref.kind is RefKind.UNKNOWN
                    and ref.role is None
                    and not any(t.lower in PERSON_NOUNS for t in phrase)
                    and not any(map(is_name_token, phrase))
                ):
                    continue  # "A, noted the progress made": no one speaks
                span = Span(start=tokens[index].start, end=phrase[-1].end)
                clause = _clause_before(tokens, clause_end, rest[len(phrase) :])
                return self._reported_candidate(block, clause, ref, verb, span)
            phrase = tokens[phrase_start:phrase_end]
            ref = analyze(page, phrase[0].start, phrase[-1].end)
            if ref is None or ref.kind is RefKind.FIRST_PERSON:
                continue
            if (
                ref.kind is RefKind.UNKNOWN
                and ref.role is None
                and not any(t.lower in PERSON_NOUNS for t in phrase)
            ):
                continue
            span = Span(start=phrase[0].start, end=tokens[verb_end].end)
            if tokens[0].lower == "as" and phrase_start == 1:
                comma = next((i for i, t in enumerate(rest) if t.text == ","), None)
                if comma is None:
                    continue
                return self._reported_candidate(block, rest[comma + 1 :], ref, verb, span)
            lower = tokens[index].lower
            tail_only = not rest or _is_tail(rest) or rest[0].text in ",.!?;"
            object_verb = not tail_only and lower in OBJECT_VERBS and lower not in _TELLING_VERBS
            second = _second_verb(rest) if object_verb else None
            if second is not None:
                # "X noted A and expressed hope that B": A, then B by the same speaker.
                candidate = self._reported_candidate(block, rest[:second], ref, verb, span)
                if candidate is not None:
                    candidate.continued.extend(self._second_report(block, rest, second, candidate))
                    return candidate
                continue
            that = next((i for i, t in enumerate(rest[:12]) if t.lower in COMPLEMENTIZERS), None)
            if that is not None and any(t.text == "," for t in rest[:that]):
                that = None
            if that and tokens[verb_end].lower in STANCE_NOUNS:
                that = None  # "expressed concern over the plan that ...": not what was said
            # "A, X told TASS (on Wednesday after talks with Y)": the listener, then a tail.
            listener = (
                lower in _TELLING_VERBS
                and that is None
                and (
                    len(rest) <= 8
                    or any(t.lower in TAIL_WORDS for t in rest[1 : _LISTENER_WORDS + 1])
                )
            )
            if (
                clause_end is not None
                # "A, X said": A has three tokens or more; "The sappers, he said, were
                # deployed" reports the whole sentence, so a short subject will do.
                and (clause_end >= 3 or (clause_end >= 1 and _goes_on(rest)))
                and (tail_only or listener)
                and (tokens[0].lower not in _INTRODUCTIONS or _introduced(tokens, clause_end))
                and not clipped
            ):
                clause = _clause_before(tokens, clause_end, rest)
                return self._reported_candidate(block, clause, ref, verb, span)
            if that is not None:
                skip = 1 if rest[that].lower == "that" else 0
                return self._reported_candidate(block, rest[that + skip :], ref, verb, span)
            if object_verb:
                # "said today the CSTO is ready": the word of time is no part of what was said
                skip = 0
                while skip < len(rest) - 1 and rest[skip].lower in TIME_TAIL_WORDS - {"last"}:
                    skip += 1
                return self._reported_candidate(block, rest[skip:], ref, verb, span)
        return None

    def _relative_report(
        self, block: _Block, tokens: list[Token], index: int, verb: str, rest: list[Token]
    ) -> _Candidate | None:
        """``X, who said that A``: A reported by X, the name (and title) before ``who``."""
        phrase = _antecedent(tokens, index - 2)
        that = next((i for i, t in enumerate(rest[:3]) if t.lower == "that"), None)
        if not phrase or that is None:
            return None
        ref = analyze(self.page, phrase[0].start, phrase[-1].end)
        if ref is None or ref.kind not in (RefKind.NAMED, RefKind.SURNAME, RefKind.PERSON_NOUN):
            return None
        span = Span(start=phrase[0].start, end=tokens[index].end)
        clause = rest[that + 1 :]
        # The relative clause ends at a comma before the main clause goes on: "met with X,
        # who said that A, and with Y".
        for position in range(len(clause) - 1):
            if clause[position].text == "," and (
                clause[position + 1].lower in _RELATIVE_CLOSERS
                or (
                    clause[position + 1].lower == "and"
                    and position + 2 < len(clause)
                    and clause[position + 2].lower in _RELATIVE_CLOSERS
                )
            ):
                clause = clause[:position]
                break
        return self._reported_candidate(block, clause, ref, verb, span)

    def _told_tass(self, block: _Block, tokens: list[Token]) -> _Candidate | None:
        """``A, TASS was told at the CSTO Joint Staff``: the place or source after ``told``."""
        for index in range(2, len(tokens) - 2):
            if not (
                tokens[index].lower == "told"
                and tokens[index - 1].lower == "was"
                and tokens[index - 2].text == "TASS"
                and tokens[index + 1].lower in ("at", "in", "by")
            ):
                continue
            comma = index - 3
            if comma < 3 or tokens[comma].text != ",":
                return None
            phrase = _phrase_after_verb(tokens[index + 2 :])
            # "... at the Defense Ministry on Tuesday": the day is no part of the source.
            cut = next(
                (
                    i
                    for i in range(1, len(phrase) - 1)
                    if phrase[i].lower == "on" and phrase[i + 1].lower in _CALENDAR_WORDS
                ),
                len(phrase),
            )
            phrase = phrase[:cut]
            if not phrase:
                return None
            ref = analyze(self.page, phrase[0].start, phrase[-1].end)
            if ref is None or ref.kind in (RefKind.UNKNOWN, RefKind.FIRST_PERSON):
                return None
            span = Span(start=tokens[index - 2].start, end=phrase[-1].end)
            return self._reported_candidate(block, tokens[:comma], ref, "told", span)
        return None

    def _according(self, block: _Block, tokens: list[Token]) -> _Candidate | None:
        """Reports with no verb.

        ``According to X, A.``, ``A, according to X.``, ``A, according to X, B.`` and
        ``In his words, A.``.
        """
        page = self.page
        words = [t.lower for t in tokens[:4]]
        if words[0] == "in" and words[1] in ("his", "her") and words[2] in _WORDS_CUES:
            if tokens[3].text != ",":
                return None
            pronoun = Ref(RefKind.PRONOUN, tokens[1].start, tokens[1].end)
            span = Span(start=tokens[0].start, end=tokens[2].end)
            return self._reported_candidate(block, tokens[4:], pronoun, None, span)
        for index in range(len(tokens) - 2):
            if tokens[index].lower != "according" or tokens[index + 1].lower != "to":
                continue
            if index > 0 and tokens[index - 1].text != ",":
                return None
            comma = next(
                (i for i in range(index + 2, len(tokens)) if tokens[i].text in ",.;:!?"), None
            )
            phrase = tokens[index + 2 : comma]
            if not phrase or not np_like(phrase):
                return None
            ref = analyze(page, phrase[0].start, phrase[-1].end)
            if ref is None or ref.kind is RefKind.FIRST_PERSON:
                return None
            if ref.kind is RefKind.UNKNOWN and ref.role is None:
                return None  # "according to experts": no one
            span = Span(start=tokens[index].start, end=phrase[-1].end)
            if index == 0:
                if comma is None or tokens[comma].text != ",":
                    return None
                return self._reported_candidate(block, tokens[comma + 1 :], ref, None, span)
            after = tokens[comma:] if comma is not None else []
            clause = _clause_before(tokens, index - 1, after)
            return self._reported_candidate(block, clause, ref, None, span)
        return None

    def _reported_candidate(
        self, block: _Block, clause: list[Token], ref: Ref | None, verb: str | None, span: Span
    ) -> _Candidate | None:
        continuing = _continuing_participle(clause)
        candidate = self._reported_clause(
            block, clause[: continuing[0] if continuing else len(clause)], span
        )
        if candidate is None:
            return None
        candidate.ref, candidate.verb = ref, verb
        if continuing is not None:
            candidate.continued = self._continued(block, clause, continuing[1], candidate)
        return candidate

    def _continued(
        self, block: _Block, clause: list[Token], participle: int, source: _Candidate
    ) -> list[_Candidate]:
        """The reports after ``, adding that``, from the participle at ``clause[participle]``.

        ``A, adding that B, and noting that C``: B and C, each with the participle as its verb
        and attribution; B takes the speaker of ``source``, C that of B.
        """
        reports: list[_Candidate] = []
        continuing: tuple[int, int] | None = (0, participle)
        while continuing is not None:
            clause = clause[continuing[1] :]
            that = 2 if CONTINUING_PARTICIPLES[clause[0].lower] else 1
            said = Span(start=clause[0].start, end=clause[that - 1].end)
            continuing = _continuing_participle(clause, that + 1)
            report = self._reported_clause(
                block, clause[that + 1 : continuing[0] if continuing else len(clause)], said
            )
            if report is None:
                break
            report.verb = self.page[said.start : said.end]
            report.source = reports[-1] if reports else source
            reports.append(report)
        return reports

    def _second_report(
        self, block: _Block, rest: list[Token], second: int, source: _Candidate
    ) -> list[_Candidate]:
        """The report of the verb at ``rest[second + 1]`` (after ``and``), and what goes on."""
        verb_end = _verb_end(rest, second + 1)
        span = Span(start=rest[second + 1].start, end=rest[verb_end].end)
        verb = self.page[span.start : span.end]
        report = self._reported_candidate(block, rest[verb_end + 2 :], None, verb, span)
        if report is None:
            return []
        report.source = source  # no speaker phrase of its own: the first report's
        return [report, *report.continued]

    def _reported_clause(self, block: _Block, clause: list[Token], span: Span) -> _Candidate | None:
        """The report of ``clause``, attributed at ``span``; None for a clause too short."""
        while clause and clause[-1].text in ".!?;:,":
            clause = clause[:-1]
        if (
            len(clause) > 2
            and clause[-2].text == ","
            and clause[-1].lower in CONTINUING_PARTICIPLES
        ):
            clause = clause[:-2]  # "A, adding: “B.”": the participle introduces the quote
        while clause and clause[0].text in ",;:":
            clause = clause[1:]
        if len([t for t in clause if t.text[0].isalnum()]) < 3:
            return None
        kind, start, end = StatementKind.INDIRECT, clause[0].start, clause[-1].end
        if (
            len(clause) > 2
            and is_quote_mark(clause[0].text)
            and is_quote_mark(clause[-1].text)
            and not any(is_quote_mark(t.text) for t in clause[1:-1])
        ):
            # "In his words, “A.”": the report is a quote; its words are inside the marks.
            kind, start, end = StatementKind.DIRECT, clause[1].start, clause[-1].start
            while end > start and self.page[end - 1].isspace():
                end -= 1
        return _Candidate(
            kind=kind,
            start=start,
            end=end,
            paragraph=block.index,
            anchor=span.start,
            attribution=span,
        )

    # -- mentions ------------------------------------------------------------------------

    def _mentions(self, block: _Block, horizon: int) -> Iterable[_Mention]:
        """People with a title, institutions and documents named in the block.

        Only in the sentences that start at ``horizon`` or before.
        """
        page = self.page
        for sentence in block.sentences:
            if sentence.start > horizon:
                break
            piece = self._piece(sentence.start, sentence.end)
            words, kinds = piece.words, piece.kinds
            # Names are read as tokens, in the few sentences that hold one.
            runs = name_word_runs(words) if kinds & _KIND_NAME else []
            tokens = piece.tokens if runs else []
            for first, last in runs:
                before = _role_before(tokens, first)  # it ends where the name starts
                role = before or _role_after(tokens, last)
                if before and _rank_only(before):
                    # "Colonel X, Deputy Head of the Office of Military Affairs, ...": the
                    # title after the name is the role; the rank before is no office.
                    role = _role_after(tokens, last) or before
                name = page[tokens[first].start : tokens[last - 1].end]
                role_text = page[role[0].start : role[-1].end] if role else None
                begin = first - len(before)  # the mention starts with its title, if before
                # At most two words before it in the sentence, or an opening phrase and its
                # comma: "On June 18, CSTO Deputy Secretary General X met ...".
                subject = (
                    begin <= 2
                    or (
                        tokens[begin - 1].text == ","
                        # "According to the ministry, X welcomed ...": the source is no subject.
                        and (tokens[0].lower in OPENERS or tokens[0].lower == "according")
                        and "," not in words[: begin - 1]
                    )
                    # the agent of a passive: "The draft was introduced by X."
                    or _passive_agent(tokens, begin)
                )
                yield _Mention(
                    position=tokens[begin].start, person=(name, role_text), subject=subject
                )
            # The other rules need words of their own kinds: most sentences have none.
            if kinds & _KIND_HEAD:
                yield from _institution_mentions(page, piece)
            if kinds & _KIND_PERSON and kinds & _KIND_ARTICLE:
                yield from _unnamed_mentions(page, piece)
            # A UN symbol holds "/RES/": most sentences need no search.
            symbol = UN_SYMBOL.search(sentence.text) if "/RES/" in sentence.text else None
            documents: list[int] = []
            if kinds & _KIND_DOCUMENT:
                lowers = piece.lowers
                nouns = itertools.compress(
                    range(len(words)), map(_DOCUMENT_WORDS.__contains__, lowers)
                )
                documents = [number for number in nouns if _document_noun(words, lowers, number)]
            for number in documents:
                position = piece.span(number, number + 1)[0]
                yield _Mention(
                    position=position,
                    document=_DocumentMention(
                        symbol.group() if symbol else None, piece.lowers[number], position
                    ),
                )
            if symbol is not None and not documents:
                position = sentence.start + symbol.start()
                yield _Mention(
                    position=position,
                    document=_DocumentMention(symbol.group(), "resolution", position),
                )

    def _register(self, mention: _Mention) -> None:
        if mention.unnamed is not None:
            noun, description = mention.unnamed
            if not any(
                p.name is not None and role_fits(noun, p.described, description)
                for p in self.persons
            ):
                self.last_unnamed = mention.position
        if mention.person is not None:
            name, role = mention.person
            # A name with no title is a person only where the name says so (its gender):
            # "Sergei Tarasenko informed them ...", not "Indestructible Brotherhood ...".
            known = role is not None or (mention.subject and name_gender(name) is not None)
            person = self._person(name, role, mention.position, create=known)
            if person is not None and mention.subject:
                # Known by this name and gender, or named before with a title.
                self.subject_mention = person
        if mention.described is not None:
            fitting = self._fitting(mention.described)
            person = (
                max(fitting, key=lambda p: p.last) if fitting else self._unnamed(mention.described)
            )
            person.last = max(person.last, mention.position)
            self.subject_mention = person
        if mention.institution is not None:
            self._institution(mention.institution, mention.position)
        if mention.document is not None:
            self.documents.append(mention.document)

    # -- second pass: resolution -----------------------------------------------------------

    def _resolve(self, ref: Ref) -> Speaker:
        kind = ref.kind
        if kind is RefKind.NAMED:
            person = self._person(ref.name, ref.role, ref.start)
            assert person is not None
            return self._spoke(person, ref.start)
        if kind is RefKind.SURNAME:
            known = self._by_surname(ref.name)
            if known is not None:
                return self._spoke(known, ref.start)
            return self._spoke(self._person(ref.name, ref.role, ref.start), ref.start)
        if kind is RefKind.PRONOUN:
            person = self._recent_person(pronoun_gender(self.page[ref.start : ref.end]))
            return self._spoke(person, ref.start) if person else Speaker(name=None)
        if kind is RefKind.FIRST_PERSON:
            return self.page_speaker or self._answering(ref.start) or Speaker(name=None)
        if kind is RefKind.PERSON_NOUN:
            return self._person_noun(ref)
        if kind is RefKind.INSTITUTION:
            assert ref.name is not None
            return self._institution_spoke(self._institution(ref.name, ref.start), ref.start)
        if kind is RefKind.INSTITUTION_NOUN:
            institution = self._recent_institution(ref.noun)
            if institution is None:
                return Speaker(name=None, kind=SpeakerKind.INSTITUTION)
            return self._institution_spoke(institution, ref.start)
        if kind is RefKind.STATEMENT_NOUN:
            if self.last_institution_speaker is not None:
                return self._institution_spoke(self.last_institution_speaker, ref.start)
            return Speaker(name=None, role=ref.noun, kind=SpeakerKind.DOCUMENT)
        if kind is RefKind.DOCUMENT_NOUN:
            return self._document(ref.noun, ref.start, near=False)
        if kind is RefKind.IT:
            return self._it(ref.start)
        return Speaker(name=None, role=ref.role)  # "the Belarusian diplomats": their role

    def _spoke(self, person: _Person | None, position: int) -> Speaker:
        if person is None:
            return Speaker(name=None)
        person.last = max(person.last, position)
        self.last_person_speaker = person
        return Speaker(name=person.name, role=person.role)

    def _institution_spoke(self, institution: _Institution, position: int) -> Speaker:
        institution.last = max(institution.last, position)
        self.last_institution_speaker = institution
        return Speaker(name=institution.name, kind=SpeakerKind.INSTITUTION)

    def _person(
        self, name: str | None, role: str | None, position: int, *, create: bool = True
    ) -> _Person | None:
        for person in self.persons:
            if person.name is not None and name is not None and _same_name(person.name, name):
                if role is not None and (person.role is None or _rank_only_text(person.role)):
                    title, rank = _without_rank(role)
                    if not _rank_only_text(title or ""):
                        person.role, person.rank = title, rank or person.rank
                person.last = max(person.last, position)
                return person
        if not create:
            return None
        title, rank = _without_rank(role)
        person = _Person(name=name, role=title, last=position, rank=rank)
        self.persons.append(person)
        return person

    def _by_surname(self, surname: str | None) -> _Person | None:
        if surname is None:
            return None
        matches = [p for p in self.persons if p.name is not None and surname in p.name.split()[1:]]
        return max(matches, key=lambda p: p.last) if matches else None

    def _recent_person(self, gender: Gender | None = None) -> _Person | None:
        """The person ``he`` or ``she`` refers to: the last speaker or the last subject.

        A pronoun of one gender skips a person whose name tells the other (see
        :func:`name_gender`); it then takes the latest person named who fits, or no one.
        """
        speaker, mention = self.last_person_speaker, self.subject_mention
        recent = [p for p in (speaker, mention) if p is not None]
        recent.sort(key=lambda p: p.last, reverse=True)  # stable: the speaker wins a tie
        if gender is None:
            return recent[0] if recent else None
        for person in recent:
            if not _other_gender(person, gender):
                return person
        if not recent:
            return None
        fitting = [p for p in self.persons if p.name is not None and name_gender(p.name) == gender]
        return max(fitting, key=lambda p: p.last) if fitting else None

    def _person_noun(self, ref: Ref) -> Speaker:
        """The person a description refers to.

        ``the diplomat``: the latest person whose role fits the noun (and the state
        adjective, if one is printed); ``a UN official``: someone new, whose name is None.
        """
        noun = ref.noun or ""
        if ref.indefinite:
            return self._spoke(self._unnamed(ref), ref.start)
        fitting = self._fitting(ref)
        last = self.last_person_speaker
        if (
            last is not None
            and last.name is None
            and ref.qualifier is None  # "the Armenian diplomat" is someone named as such
            and role_fits(noun, last.described, ref.description)
            and all(p.last < last.last for p in fitting)
        ):
            # "A source in one of the delegations told TASS ... The diplomat added ...":
            # the unnamed speaker just before, whom the noun fits.
            return self._spoke(last, ref.start)
        if fitting:
            return self._spoke(max(fitting, key=lambda p: p.last), ref.start)
        if noun in PERSON_NOUNS and not PERSON_NOUNS[noun]:
            named = _organizations(ref.description) if ref.description else frozenset()
            if named:
                # "the UN official": the latest person of that organization, or no one.
                same = [
                    p
                    for p in self.persons
                    if p.name is not None and _organizations(p.role or "") & named
                ]
                if not same:
                    return Speaker(name=None, role=ref.role)
                return self._spoke(max(same, key=lambda p: p.last), ref.start)
            # "the official": the last person who spoke, unless someone unnamed was
            # described since ("the head of the legal department").
            speaker = self.last_person_speaker
            if speaker is None or self.last_unnamed > speaker.last:
                return Speaker(name=None, role=_described_role(ref))
            return self._spoke(speaker, ref.start)
        return self._spoke(self._unnamed(ref), ref.start)

    def _fitting(self, ref: Ref) -> list[_Person]:
        """The named people a description fits (see :meth:`_person_noun`)."""
        fitting = [
            p
            for p in self.persons
            if p.name is not None and role_fits(ref.noun or "", p.described, ref.description)
        ]
        if fitting and ref.description:
            # "the Secretary-General of the United Nations" is not the CSTO's.
            named = _organizations(ref.description)
            if named:
                fitting = [
                    p
                    for p in fitting
                    if not (titled := _organizations(p.role or "")) or titled & named
                ]
        if ref.qualifier is not None:
            stem = ref.qualifier.lower()[:5]
            qualified = [p for p in fitting if stem in (p.role or "").lower()]
            # "the Russian envoy" is nobody of another state's.
            fitting = qualified or [p for p in fitting if not _names_a_state(p.role or "")]
        return fitting

    def _unnamed(self, ref: Ref) -> _Person:
        """A person the page describes but does not name; ``he`` may refer to them later."""
        person = _Person(name=None, role=_described_role(ref), last=ref.start)
        self.persons.append(person)
        return person

    def _institution(self, name: str, position: int) -> _Institution:
        """The institution called ``name``, known by the name it was first given.

        Names with the same words in another order or case are the same institution
        (``Tajik Defense Ministry``, ``Defense Ministry of Tajikistan``).
        """
        key = self._institution_keys.get(name)
        if key is None:
            key = self._institution_keys[name] = _institution_key(name)
        institution = self.institutions.get(key)
        if institution is not None:
            institution.last = max(institution.last, position)
            return institution
        institution = self.institutions[key] = _Institution(name=name, last=position)
        return institution

    def _recent_institution(self, noun: str | None) -> _Institution | None:
        if not self.institutions:
            return None
        if noun:
            fitting = [i for i in self.institutions.values() if noun.lower() in i.name.lower()]
            if fitting:
                return max(fitting, key=lambda i: i.last)
            if noun.lower() not in _GENERIC_INSTITUTION_NOUNS:
                return None  # "the ministry" is none of the organizations named before
        if self.last_institution_speaker is not None:
            return self.last_institution_speaker
        return max(self.institutions.values(), key=lambda i: i.last)

    def _document(self, noun: str | None, position: int, *, near: bool) -> Speaker:
        """A document speaker: the last document named before ``position``.

        Its name is the UN symbol printed with it (``A/RES/80/1``), else None; its role
        is the document's noun (``resolution``).
        """
        before = [d for d in self.documents if d.position < position]
        if noun is not None and noun.lower() not in ("document", "text"):
            before = [d for d in before if d.noun == noun.lower()] or before
        if near:
            before = [d for d in before if position - d.position < 600]
        if not before:
            role = noun.lower() if noun else None
            return Speaker(name=None, role=role, kind=SpeakerKind.DOCUMENT)
        document = max(before, key=lambda d: d.position)
        symbol = document.symbol
        if symbol is None:
            symbol = next(
                (
                    d.symbol
                    for d in reversed(self.documents)
                    if d.symbol is not None and d.noun == document.noun and d.position < position
                ),
                None,
            )
        return Speaker(name=symbol, role=document.noun, kind=SpeakerKind.DOCUMENT)

    def _it(self, position: int) -> Speaker:
        near = [d for d in self.documents if d.position < position and position - d.position < 600]
        if near:
            return self._document(None, position, near=True)
        if self.last_institution_speaker is not None:
            return self._institution_spoke(self.last_institution_speaker, position)
        return Speaker(name=None, kind=SpeakerKind.DOCUMENT)


# -- helpers on tokens ---------------------------------------------------------------------


class _WordTokens(Sequence[Token]):
    """A sentence's words as tokens with no offsets (-1), made one at a time when read.

    For the rules that read only the tokens' texts (``_is_verb``), before the real tokens
    are made.
    """

    __slots__ = ("_lowers", "_words")

    def __init__(self, words: list[str], lowers: list[str]) -> None:
        self._words = words
        self._lowers = lowers

    def __len__(self) -> int:
        return len(self._words)

    @overload
    def __getitem__(self, index: int) -> Token: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Token]: ...
    def __getitem__(self, index: int | slice) -> Token | Sequence[Token]:
        if isinstance(index, slice):
            return _WordTokens(self._words[index], self._lowers[index])
        return Token(self._words[index], -1, -1, self._lowers[index])


def _is_verb(tokens: Sequence[Token], index: int) -> bool:
    """True if ``tokens[index]`` is an active reporting verb.

    Not a passive, modal or negated one (``was noted``, ``would say``), and not a noun
    (``member states of``).
    """
    token = tokens[index]
    if not _VERB_WORD[token.text]:
        return False  # not a verb's form, or capitalised
    lower = token.text.lower()
    if lower in NOUN_FORMS and (
        (index > 0 and tokens[index - 1].lower in NOUN_BEFORE)
        or (index + 1 < len(tokens) and tokens[index + 1].lower in NOUN_AFTER)
    ):
        return False
    if lower in PHRASAL_VERBS and (
        index + 1 >= len(tokens) or tokens[index + 1].lower not in PHRASAL_VERBS[lower]
    ):
        return False
    if lower in THAT_ONLY_VERBS and (index + 1 >= len(tokens) or tokens[index + 1].lower != "that"):
        return False
    if lower in OBJECT_THAT_VERBS and not _object_then_that(tokens, index):
        return False
    back = index - 1
    while back >= 0 and _adverb(tokens[back]):
        back -= 1
    return not (back >= 0 and tokens[back].lower in NOT_ACTIVE)


def _adverb(token: Token) -> bool:
    """True for a word between a speaker and the verb: ``also``, ``has``, ``rightly``."""
    lower = token.lower
    return lower in ADVERBS or (lower.endswith("ly") and len(lower) > 4 and token.text.islower())


def _verb_end(tokens: list[Token], index: int) -> int:
    lower = tokens[index].lower
    return index + 1 if lower in PHRASAL_VERBS else index


def _reports(tokens: list[Token], *, whole: bool = True) -> bool:
    """True if the tokens hold a reporting verb or start with ``According to``.

    The tokens are a sentence, or only its end if not ``whole``.
    """
    if whole and len(tokens) >= 2 and tokens[0].lower == "according" and tokens[1].lower == "to":
        return True
    return any(_is_verb(tokens, i) for i in range(1, len(tokens)))


def _phrase_then_verb(
    tokens: list[Token],
) -> tuple[Ref, str, Span, list[Token]] | None:
    """``the diplomat said ...`` at the start of ``tokens``."""
    for index in range(1, min(len(tokens), _MAX_PHRASE)):
        token = tokens[index]
        if token.text in ".!?;:" or is_quote_mark(token.text):
            return None
        if not _is_verb(tokens, index):
            continue
        back = index
        while back > 0 and _adverb(tokens[back - 1]):
            back -= 1
        phrase = tokens[:back]
        if not phrase or not np_like(phrase):
            return None
        ref = _analyze_tokens(phrase)
        if ref is None:
            return None
        end = _verb_end(tokens, index)
        verb = _join(tokens[index : end + 1])
        span = Span(start=phrase[0].start, end=tokens[end].end)
        return ref, verb, span, tokens[end + 1 :]
    return None


def _verb_then_phrase(
    tokens: list[Token],
) -> tuple[Ref, str, Span, list[Token]] | None:
    """``said Foreign Minister X ...`` at the start of ``tokens``."""
    if not tokens or tokens[0].lower not in INVERTIBLE_VERBS or not _is_verb(tokens, 0):
        return None
    end = _verb_end(tokens, 0)
    phrase = _phrase_after_verb(tokens[end + 1 :])
    if not phrase or phrase[0].lower in FIRST_PERSON:
        return None
    ref = _analyze_tokens(phrase)
    if ref is None:
        return None
    after = end + 1 + len(phrase)
    if ref.kind is RefKind.NAMED and (ref.role is None or _rank_only_text(ref.role)):
        # "said Colonel X, Deputy Head of the Office of Military Affairs, ...": the title
        # after the name is the role.
        title = _role_after(tokens, after)
        if title:
            ref = ref._replace(role=_join(title))
    span = Span(start=tokens[0].start, end=phrase[-1].end)
    rest = tokens[after:]
    return ref, _join(tokens[: end + 1]), span, rest


def _phrase_after_verb(tokens: list[Token]) -> list[Token]:
    """The speaker phrase that follows its verb.

    It runs up to the name, or to a comma or a preposition that starts the circumstances
    (``in Minsk``, ``on Tuesday``).
    """
    limit = len(tokens)
    for index, token in enumerate(tokens):
        if token.text in ".!?;:" or is_quote_mark(token.text) or token.lower in _CUT_ALWAYS:
            limit = index
            break
        if index and token.lower.endswith("ed") and tokens[index - 1].lower in _HEAD_NOUNS:
            limit = index  # "reads the joint statement adopted at ...": a participle after it
            break
    for _, last in name_runs(tokens[:limit]):
        following = tokens[last] if last < limit else None
        if following is None or following.text in ",(" or following.text[0].islower():
            return tokens[:last]
    for index, token in enumerate(tokens[:limit]):
        if token.text == ",":
            return tokens[:index]
        if (
            token.lower in _CUT_UNLESS_CAPITAL
            and index + 1 < limit
            and not tokens[index + 1].text[0].isupper()
            and tokens[index + 1].lower not in ("the",)
        ):
            return tokens[:index]
        if token.lower in _CUT_UNLESS_CAPITAL and index + 1 >= limit:
            return tokens[:index]
    phrase = tokens[:limit]
    if len(phrase) > 15 or not np_like(phrase):
        return []
    return phrase


def _phrase_before_verb(tokens: list[Token], index: int) -> _Attribution | None:
    """``<phrase> <verb>`` ending at ``tokens[index]`` (the verb or its particle)."""
    if index < 0:
        return None
    verb_index = index
    if index > 0 and tokens[index].lower in PHRASAL_VERBS.get(tokens[index - 1].lower, ()):
        verb_index = index - 1
    if not _is_verb(tokens, verb_index):
        return None
    segment = _segment_before(tokens, verb_index) or _shared_subject(tokens, verb_index)
    if segment is None:
        return None
    phrase_start, phrase_end, _ = segment
    phrase = tokens[phrase_start:phrase_end]
    if len(phrase) == 1 and phrase[0].lower in ("who", "which") and phrase_start >= 2:
        phrase = _antecedent(tokens, phrase_start - 1)
    if not phrase:
        return None
    ref = _analyze_tokens(phrase)
    if ref is None:
        return None
    verb = _join(tokens[verb_index : index + 1])
    span = Span(start=phrase[0].start, end=tokens[index].end)
    return _Attribution(ref=ref, verb=verb, span=span, end=tokens[index].end)


def _relative_speaker(tokens: list[Token]) -> _Attribution | None:
    """The speaker of a quote in a relative clause: ``X, who called terrorism "..."``.

    The quote's words belong to whoever ``who`` stands for, not to the sentence's subject.
    """
    for index in range(len(tokens) - 2, 0, -1):
        token = tokens[index]
        if token.lower not in ("who", "which") or tokens[index - 1].text != ",":
            continue
        verb = tokens[index + 1]
        if verb.lower not in REPORTING_VERBS and verb.lower not in _CHARACTERIZING:
            return None
        phrase = _antecedent(tokens, index - 1)
        ref = _analyze_tokens(phrase) if phrase else None
        if ref is None:
            return None
        span = Span(start=phrase[0].start, end=verb.end)
        return _Attribution(ref=ref, verb=verb.text, span=span, end=verb.end, embedded=True)
    return None


def _antecedent(tokens: list[Token], comma: int) -> list[Token]:
    """What ``who`` after ``tokens[comma]`` refers to.

    That is the name (with its title) or the noun phrase right before the comma.
    """
    if tokens[comma].text != ",":
        return []
    runs = [run for run in name_runs(tokens[:comma]) if run[1] == comma]
    if runs:
        first = runs[-1][0]
        role = _role_before(tokens, first)  # the title ends where the name starts
        # A title with commas of its own: "Assistant Secretary-General for Europe, Central
        # Asia and the Americas X, who ...".
        return tokens[_apposition_start(tokens, first - len(role), comma) : comma]
    begin = _segment_start(tokens, comma)
    phrase = tokens[begin:comma]
    if phrase and np_like(phrase):
        return phrase
    title = _role_before(tokens, comma)  # "the words of the UN Secretary-General, who"
    return tokens[comma - len(title) : comma] if title else []


def _subject_verb(tokens: list[Token]) -> _Attribution | None:
    """A sentence's subject and reporting verb at its start: ``X said the talks were ...``.

    An opening phrase and its comma may stand before the subject: ``Earlier, X said ...``.
    """
    start = 0
    if tokens and (tokens[0].lower in _INTRODUCTIONS or tokens[0].lower in OPENERS):
        comma = next((i for i, t in enumerate(tokens[:_MAX_OPENING]) if t.text == ","), None)
        start = 0 if comma is None else comma + 1
    for index in range(start + 1, min(len(tokens), start + 25)):
        if tokens[index].text in ",;:" or is_quote_mark(tokens[index].text):
            return None
        if not _is_verb(tokens, index):
            continue
        if tokens[index].lower in ("answered", "asked", "reads"):
            return None
        back = index
        while back > 0 and _adverb(tokens[back - 1]):
            back -= 1
        phrase = tokens[start:back]
        if not phrase or not np_like(phrase):
            return None
        ref = _analyze_tokens(phrase)
        if ref is None or ref.kind in (RefKind.UNKNOWN, RefKind.FIRST_PERSON):
            return None
        end = _verb_end(tokens, index)
        span = Span(start=phrase[0].start, end=tokens[end].end)
        return _Attribution(ref=ref, verb=_join(tokens[index : end + 1]), span=span, end=span.end)
    return None


def _quoted_as_saying(tokens: list[Token]) -> _Attribution | None:
    """``The ministry quoted him as saying that ... “...”``: the speaker is the object."""
    for index in range(len(tokens) - 3):
        if tokens[index].lower != "quoted":
            continue
        for end in range(index + 2, min(index + 12, len(tokens) - 1)):
            if tokens[end].lower == "as" and tokens[end + 1].lower == "saying":
                phrase = tokens[index + 1 : end]
                if not np_like(phrase):
                    return None
                ref = _analyze_tokens(phrase)
                if ref is None:
                    return None
                span = Span(start=tokens[index].start, end=tokens[end + 1].end)
                return _Attribution(ref=ref, verb="saying", span=span, end=span.end)
        return None
    return None


def _segment_before(tokens: list[Token], index: int) -> tuple[int, int, int | None] | None:
    """The speaker phrase before the verb at ``tokens[index]``: ``(start, end, comma)``.

    The phrase is the comma-separated segment right before the verb (adverbs skipped),
    widened over an apposition (``X, the CSTO Secretary General, said``, ``the Kyrgyz
    ambassador, X, said``). ``comma`` is the index of the comma before the phrase, where a
    reported clause may end (``A, X said``), or None. A verb right after a comma with no
    apposition before it gives an empty phrase (``start == end``): an inverted ``A, said X``.
    Returns None if the segment cannot be a speaker.
    """
    back = index
    while back > 0 and _adverb(tokens[back - 1]):
        back -= 1
    start = _segment_start(tokens, back)
    if start < back:
        phrase = tokens[start:back]
        if phrase[0].lower == "as" and len(phrase) > 1:
            phrase = phrase[1:]  # "As the head of the team put it": "as" is checked below
        opened = _after_opening(tokens, start, back)  # "On Monday the minister said"
        if opened is not None:
            start = opened
        elif not np_like(phrase):
            return None
        if tokens[start].lower == "as":
            start += 1
        if start >= back:
            return None
        low = _apposition_start(tokens, start, back)
        return (low, back, low - 1 if low > 0 and tokens[low - 1].text == "," else None)
    if start == 0 or tokens[start - 1].text != ",":
        return None
    comma = start - 1
    piece_start = _segment_start(tokens, comma)
    aside = _aside(tokens, piece_start, comma)
    if aside is not None:
        return aside
    if piece_start < comma and np_like(tokens[piece_start:comma]):
        low = _apposition_start(tokens, piece_start, comma)
        if low < piece_start:
            if tokens[low].lower == "as":
                low += 1
            return (low, comma, low - 1 if low > 0 and tokens[low - 1].text == "," else None)
    return (start, start, comma)


def _aside(tokens: list[Token], start: int, comma: int) -> tuple[int, int, int | None] | None:
    """The speaker of ``X, who ..., said`` and ``X, for her part, said``.

    ``tokens[start:comma]`` is the aside between two commas; the speaker is the segment
    before it, which must start the sentence (or follow another comma).
    """
    piece = tokens[start:comma]
    if not piece or start < 2 or tokens[start - 1].text != ",":
        return None
    first = piece[0].lower
    # "X, who ...,", "X, whom we met ...,", "X, with whom we met ...,"
    relative = first in ("who", "whose", "whom") or (len(piece) > 1 and piece[1].lower == "whom")
    # "X, the Kazakh envoy, said": a title after the name is an apposition, not an aside.
    titled = first in _ARTICLES and any(
        t.lower in TITLE_WORDS or t.lower in PERSON_NOUNS for t in piece
    )
    adverbial = len(piece) <= 4 and piece[0].text[0].islower() and not relative and not titled
    if not (relative or adverbial):
        return None
    end = start - 1
    begin = _segment_start(tokens, end)
    phrase = tokens[begin:end]
    if not phrase or not np_like(phrase):
        return None
    if tokens[begin].lower == "as":
        begin += 1
    begin = _apposition_start(tokens, begin, end)  # a title with commas of its own
    return (begin, end, begin - 1 if begin > 0 and tokens[begin - 1].text == "," else None)


def _organizations(text: str) -> frozenset[str]:
    """The organizations ``text`` names, by canonical name: ``UN`` is the United Nations.

    A UN organ (``UNODC``, canonically ``UN Office on Drugs and Crime``) counts as the
    United Nations too: its official is a UN official.
    """
    names = {h.name for h in find_names(text) if h.kind is MentionKind.ORGANIZATION}
    if any(name.startswith("UN ") and name not in _INTERGOVERNMENTAL for name in names):
        names.add("United Nations")
    return frozenset(names)


#: UN organs of the member states: an envoy to them is no UN official.
_INTERGOVERNMENTAL = frozenset(
    (
        "UN Security Council", "UN General Assembly", "UN Human Rights Council",
        "UN Security Council Counter-Terrorism Committee", "UN Peacebuilding Commission",
        "UN Commission on Narcotic Drugs",
    )
)  # fmt: skip


def _names_a_state(text: str) -> bool:
    """Whether ``text`` names a state (``Kazakhstan's Permanent Representative``)."""
    return any(h.kind is MentionKind.STATE for h in find_names(text))


def _shared_subject(tokens: list[Token], index: int) -> tuple[int, int, int | None] | None:
    """The subject of the sentence for a reporting verb right after ``and``.

    ``X informed A about B and stressed that C``, ``He recalled that A, and said that B``:
    the speaker phrase before the sentence's first finite verb (a lower-case word in
    ``-ed`` or one of :data:`FINITE_VERBS` after a phrase that reads as a speaker), as
    :func:`_segment_before` reads it, with no clause start (``who``, ``which``), quotation
    mark or stop between it and the ``and``. None otherwise: ``A met B, who said that C``
    is not A's report.
    """
    back = index
    while back > 0 and _adverb(tokens[back - 1]):
        back -= 1
    if back < 3 or tokens[back - 1].lower != "and":
        return None
    if any(
        t.lower in _CLAUSE_OPENERS or t.text in ";:!?" or is_quote_mark(t.text)
        for t in tokens[1:back]
    ):
        return None
    for first in range(1, back - 1):
        text, lower = tokens[first].text, tokens[first].lower
        if not text[0].islower() or not (
            lower in FINITE_VERBS or (lower.endswith("ed") and len(lower) > 3)
        ):
            continue
        segment = _segment_before(tokens, first)
        if segment is None or segment[0] == segment[1]:
            continue  # "The newly appointed envoy": not yet the verb
        ref = _analyze_tokens(tokens[segment[0] : segment[1]])
        if ref is None or ref.kind in (RefKind.UNKNOWN, RefKind.FIRST_PERSON):
            continue
        return segment[0], segment[1], None
    return None


def _segment_start(tokens: list[Token], end: int) -> int:
    """Index of the first token of the comma-separated segment that ends at ``end``."""
    start = end
    while start > 0 and tokens[start - 1].text != "," and not _hard_stop(tokens[start - 1]):
        start -= 1
    return start


def _apposition_start(tokens: list[Token], start: int, end: int) -> int:
    """Widen the phrase ``tokens[start:end]`` leftwards over an apposition.

    The segments before it, separated by commas, join it if together they form a name with
    its title; returns the new start (``start`` if there is none).
    """
    best = start
    cursor = start
    for _ in range(3):
        if cursor == 0 or tokens[cursor - 1].text != ",":
            break
        begin = _segment_start(tokens, cursor - 1)
        piece = tokens[begin : cursor - 1]
        opened = None
        if piece and not np_like(piece):  # "Later in the day X, the envoy, said"
            opened = _after_opening(tokens, begin, cursor - 1)
            if opened is not None:
                begin, piece = opened, tokens[opened : cursor - 1]
        if not piece or not np_like(piece) or piece[0].lower in CONNECTORS:
            break
        if not _person_part(piece):
            break  # "The UN regards the CSTO as a partner, <title> X said": a clause
        whole = tokens[begin:end]
        named = bool(name_runs(whole))
        titled = any(t.lower in TITLE_WORDS for t in whole)
        if not (named and titled):
            # "X, Special Representative ..., Head of the Centre ..., said": a second title
            # between commas; go on to the name before it.
            if any(t.lower in TITLE_WORDS for t in piece) and not name_runs(piece):
                cursor = begin
                continue
            break
        if opened is not None:
            best = begin
            break
        if begin > 0 and tokens[begin - 1].text != ",":
            best = begin if _hard_stop(tokens[begin - 1]) else best
            break
        best = begin
        cursor = begin
    return best


def _person_part(piece: list[Token]) -> bool:
    """True if ``piece`` can be part of a person's apposition: a title, a name, a surname."""
    return (
        any(t.lower in TITLE_WORDS for t in piece)
        or bool(name_runs(piece))
        or (len(piece) == 1 and piece[0].text[0].isupper())
    )


def _after_opening(tokens: list[Token], start: int, end: int) -> int | None:
    """Where the speaker's phrase starts after an opening phrase, in ``tokens[start:end]``.

    The segment must start with one of :data:`OPENERS`; the phrase starts at the first
    word that can start a noun phrase right after the opening phrase ends: a capitalised
    word after a calendar or sequence word (``On Monday Foreign Minister X``) or after a
    lower-case noun (``After the talks Foreign Minister X``), or ``the``/``a`` after a
    lower-case noun (``At the briefing the envoy``). It must read as a noun phrase to the
    verb. None if there is no such word: ``In New York Olga Ivanova`` stays unread, since
    nothing tells where the place ends and the name begins.
    """
    if tokens[start].lower not in OPENERS:
        return None
    for index in range(start + 1, end):
        token, previous = tokens[index], tokens[index - 1]
        previous_noun = previous.text[0].islower() and previous.lower not in _ROLE_LEADERS
        if token.text[0].isupper():
            opens = previous.lower in OPENING_WORDS or previous_noun
        else:
            opens = token.lower in _ARTICLES and previous_noun
        if opens and np_like(tokens[index:end]):
            return index
    return None


def _hard_stop(token: Token) -> bool:
    return token.text in ".!?;:()" or is_quote_mark(token.text)


def _analyze_tokens(tokens: list[Token]) -> Ref | None:
    """Analyse a phrase given as tokens (``analyze`` needs the page; rebuild from tokens)."""
    if not tokens:
        return None
    return _ANALYZE_PAGE.analyze(tokens)


class _TokenPage:
    """Adapter: analyse a run of tokens without the page, by rebuilding its text."""

    def analyze(self, tokens: list[Token]) -> Ref | None:
        start = tokens[0].start
        chars = [" "] * (tokens[-1].end - start)
        for token in tokens:
            chars[token.start - start : token.end - start] = token.text
        text = "".join(chars)
        ref = analyze(text, 0, len(text))
        if ref is None:
            return None
        return ref._replace(start=ref.start + start, end=ref.end + start)


_ANALYZE_PAGE = _TokenPage()


def _join(tokens: list[Token]) -> str:
    return " ".join(t.text for t in tokens)


def _role_before(tokens: list[Token], first: int) -> list[Token]:
    """The title printed before a name: ``Belarusian President`` in front of the name."""
    index = first
    while index > 0:
        token = tokens[index - 1]
        lower = token.lower
        titled = token.text[0].isupper() or lower in TITLE_WORDS or lower in NP_ADJECTIVES
        joins = (lower in CONNECTORS or lower == "the") and index > 1
        if lower == "and" and not (index > 1 and tokens[index - 2].text[0].isupper()):
            joins = False
        if (
            lower == "and"
            and index > 2
            and is_name_token(tokens[index - 2])
            and is_name_token(tokens[index - 3])
        ):
            break  # "Minister X Y and Ambassador Z W": another person's name ends the title
        if titled or joins:
            index -= 1
        else:
            break
    role = tokens[index:first]
    while role and role[0].lower in _ROLE_LEADERS:
        role = role[1:]
    return role if any(t.lower in TITLE_WORDS for t in role) else []


def _role_after(tokens: list[Token], last: int) -> list[Token]:
    """The title printed after a name between commas: ``X, the CSTO Secretary General,``."""
    if last >= len(tokens) or tokens[last].text != ",":
        return []
    index = last + 1
    while (
        index < len(tokens)
        and tokens[index].text not in ",.;:"
        and (
            tokens[index].text[0].isupper()
            or tokens[index].lower in TITLE_WORDS
            or tokens[index].lower in CONNECTORS
            or tokens[index].lower in DETERMINERS
            or tokens[index].lower in NP_ADJECTIVES
            or tokens[index].lower in ORG_WORDS
        )
    ):
        index += 1
    role = tokens[last + 1 : index]
    while role and (role[0].lower in CONNECTORS or role[0].lower in DETERMINERS):
        role = role[1:]
    if index < len(tokens) and tokens[index].text not in ",.;:":
        return []
    return role if any(t.lower in TITLE_WORDS for t in role) else []


def _unnamed_mentions(page: str, piece: _Piece) -> Iterable[_Mention]:
    """People described without a name, and not as a speaker.

    ``led by the head of the legal department``, ``met a UN official``.
    """
    words, lowers = piece.words, piece.lowers
    count = len(words)
    for index in itertools.compress(range(count), map(_ARTICLES.__contains__, lowers)):
        end = index + 1
        while (
            end < count
            and end - index <= 4
            and (words[end][0].isupper() or lowers[end] in NP_ADJECTIVES)
        ):
            end += 1
        # A lower-case noun ends the description too: "The minister welcomed ...".
        noun_end = end + 1 if end < count and lowers[end] in PERSON_NOUNS else end
        if index == 0 and noun_end < count and lowers[noun_end] == "of":
            # "The Permanent Representative of Tajikistan informed ...": "of" and the
            # capitalised words after it are part of the title.
            title_end = noun_end + 1
            if title_end < count and lowers[title_end] == "the":
                title_end += 1
            while title_end < count and title_end - index <= 10 and words[title_end][0].isupper():
                title_end += 1
            if title_end > noun_end + 1 and words[title_end - 1][0].isupper():
                noun_end = title_end
        if index == 0 and 1 < noun_end < count:
            described = _described_subject(page, piece, noun_end)
            if described is not None:
                yield _Mention(position=described.start, described=described)
                continue
        if end >= count or lowers[end] not in PERSON_NOUNS:
            continue
        after = range(end + 1, min(end + 3, count))
        if any(_VERB_WORD[words[i]] for i in after) and any(
            _is_verb(piece.tokens, i) for i in after
        ):
            continue  # a speaker: "the official said"
        following = words[end + 1 : end + 4]
        if name_word_runs(following) or (following and following[0][0].isupper()):
            continue  # a title before a name
        start, finish = piece.span(index, end + 1)
        yield _Mention(position=start, unnamed=(lowers[end], page[start:finish]))


def _described_subject(page: str, piece: _Piece, end: int) -> Ref | None:
    """``The CSTO Secretary General welcomed ...``: a titled description as the subject.

    ``piece.words[:end]`` is an article and capitalised words (or adjectives); they are the
    sentence's subject if a person noun ends them and a lower-case verb that reports
    nothing follows (a reporting verb makes them a speaker, read elsewhere).
    """
    words, lowers = piece.words, piece.lowers
    verb = words[end]
    if not verb[0].islower() or _VERB_WORD[verb]:
        return None
    if not (verb.endswith(("ed", "s")) or lowers[end] in FINITE_VERBS):
        return None
    start, finish = piece.span(0, end)
    ref = analyze(page, start, finish)
    if ref is None or ref.kind is not RefKind.PERSON_NOUN or ref.indefinite:
        return None
    return ref


def _institution_mentions(page: str, piece: _Piece) -> Iterable[_Mention]:
    """Capitalised runs headed by an institution word: ``the Tajik Defence Ministry``."""
    words, lowers = piece.words, piece.lowers
    count = len(words)
    end = 0
    # A run starts at a capitalised word that is not a determiner, and not inside a run.
    for index in itertools.compress(range(count), map(_RUN_START.__getitem__, words)):
        if index < end:
            continue
        end = index + 1
        while end < count:
            current = words[end]
            if (current[0].isupper() and current[0].isalpha()) or (
                lowers[end] in ("of", "for", "on", "the")
                and end + 1 < count
                and words[end + 1][0].isupper()
            ):
                end += 1
            else:
                break
        if not INSTITUTION_HEADS.isdisjoint(lowers[index:end]) and not name_word_runs(
            words[index:end]
        ):
            start, finish = piece.span(index, end)
            name = page[start:finish]
            if name.endswith(("'s", "’s")):  # noqa: RUF001 (the Ministry's press service)
                name = name[:-2]
            yield _Mention(position=start, institution=name)


def _document_noun(words: list[str], lowers: list[str], index: int) -> bool:
    """True for a document named by its noun: ``the resolution``, ``the declaration``.

    Not the capitalised noun inside a name (``Collective Security Treaty``), except
    ``Resolution``, which names a resolution however it is printed. The arguments are a
    sentence's words and their lower case (see ``_Piece``).
    """
    lower = lowers[index]
    if lower not in DOCUMENT_NOUNS or lower == "text":
        return False
    if lower == "resolution" or words[index][0].islower():
        return True
    return index == 0 or not words[index - 1][0].isupper()


def _described_role(ref: Ref) -> str | None:
    """The role of someone described but unnamed.

    The role read, else the description where it holds more than the noun (``head of the
    observer team``).
    """
    return ref.role or (ref.description if ref.description != ref.noun else None)


def _other_gender(person: _Person, gender: Gender) -> bool:
    """True if the person's name tells a gender other than ``gender``."""
    known = name_gender(person.name) if person.name is not None else None
    return known is not None and known != gender


def _introduced(tokens: list[Token], comma: int) -> bool:
    """True if ``tokens[:comma]`` is an opening phrase, a comma and a clause.

    ``At present, A, the minister said``: the sentence opens with a phrase of time or place
    (``_INTRODUCTIONS``), so ``A`` must stand between that phrase's comma and the speaker's.
    ``In his speech, the minister said`` has no clause, and ``During the talks, which ...,
    X said`` a relative clause, not a report.
    """
    first = next((i for i in range(1, min(comma, _MAX_OPENING + 1)) if tokens[i].text == ","), None)
    if first is None or comma - first < 4:
        return False
    after = tokens[first + 1]
    return not (
        after.lower in _CLAUSE_OPENERS
        or after.lower in ("where", "when")
        or (after.text[0].islower() and after.lower.endswith(("ed", "ing")))
    )


def _clause_before(tokens: list[Token], comma: int, after: list[Token]) -> list[Token]:
    """The reported clause of ``A, X said ...``: ``tokens[:comma]``.

    If the sentence goes on after a parenthetical attribution (``A, he added, is B.``,
    ``A, according to him, is B.``), the clause is the whole sentence, attribution
    included: the words reported are on both sides of it.
    """
    if _goes_on(after):
        return tokens
    return tokens[:comma]


def _goes_on(after: list[Token]) -> bool:
    """True if the sentence goes on after a parenthetical attribution: ``A, he said, is B``."""
    return (
        len(after) >= 4
        and after[0].text == ","
        and after[1].text[0].islower()
        and after[1].lower not in _PARTICIPLES
    )


class _Sweep:
    """Overlap queries on sorted, disjoint spans, asked in increasing order: linear in all."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.index = 0

    def first_overlap(self, start: int, end: int) -> int | None:
        """The start of the first span that overlaps ``[start, end)``, or None."""
        while self.index < len(self.spans) and self.spans[self.index][1] <= start:
            self.index += 1
        index = self.index
        if index < len(self.spans) and self.spans[index][0] < end:
            return self.spans[index][0]
        return None


def _strip(page: str, start: int, end: int) -> tuple[int, int]:
    while start < end and page[start].isspace():
        start += 1
    while end > start and page[end - 1].isspace():
        end -= 1
    return start, end


def _next_break(page: str, position: int, end: int) -> int | None:
    """The next comma, or sentence end followed by a space, in ``page[position:end]``."""
    for index in range(position, end):
        char = page[index]
        if char == "," or (char in ".!?" and index + 1 < end and page[index + 1].isspace()):
            return index
    return None


def _directly_after(page: str, previous: _Candidate, position: int) -> bool:
    """True if only space and punctuation follow ``previous`` up to ``position``.

    ``previous`` ends with its closing mark or its attribution's sentence: ``“A,” he said.
    “B”`` and ``“A,” he said, “B”``.
    """
    gap = page[previous.reach : position]
    return len(gap) <= 10 and not any(c.isalnum() for c in gap)


def _whole_sentence(page: str, block: _Block, mark: int, start: int, end: int) -> bool:
    """True if an unattributed quote reads as whole sentences, not as a name or a term."""
    content = page[start:end]
    words = content.split()
    if len(words) < 4 or not content[0].isupper() or _title_case(content):
        return False
    before = page[max(block.start, mark - 200) : mark].rstrip()
    return not before or before.endswith((".", "!", "?", ":")) or is_quote_mark(before[-1])


def _titled(page: str, block_start: int, opening: int, start: int, end: int) -> bool:
    """True for a quote printed as a title, not as someone's words.

    It stands right after a title word or a UN symbol (``resolution A/RES/79/11 "..."``,
    ``entitled “...”``) or is in title case, and has no punctuation of its own at the end.
    """
    content = page[start:end].rstrip()
    if not content or content[-1] in ".!?,;:\u2026":
        return False
    words = page[max(block_start, opening - 40) : opening].split()
    before = words[-1].lower().rstrip(",") if words else ""
    return before in TITLE_CUES or bool(UN_SYMBOL.fullmatch(before.upper())) or _title_case(content)


def _title_case(content: str) -> bool:
    """True for a name or title: every longer word capitalised, no sentence punctuation."""
    stripped = content.strip()
    if not stripped or stripped[-1] in ".!?,;:":
        return False
    words = [
        w
        for w in stripped.split()
        if w[0].isalpha() and len(w) > 3 and w.lower() not in _TITLE_SMALL_WORDS
    ]
    return bool(words) and all(w[0].isupper() for w in words) and len(stripped.split()) <= 14


def _without_rank(role: str | None) -> tuple[str | None, str | None]:
    """The title without the military rank printed between it and the name, and the rank.

    ``Chief of the CSTO Joint Staff Colonel General`` is the Chief of the Joint Staff; the
    rank is no part of the office (but ``the general`` may refer to him). A role that is a
    rank alone (``Field Marshal``) stays as it is.
    """
    if role is None or not role.endswith(_RANK_ENDINGS):
        return role, None
    match = _MILITARY_RANK.search(role)
    if match is None or match.start() == 0:
        return role, None
    title = role[: match.start()]
    if not any(word.lower() in TITLE_WORDS for word in title.split()):
        return role, None  # "Field Marshal", "Air Marshal": the rank is all there is
    return title, match.group().lstrip(", ")


def _object_then_that(tokens: Sequence[Token], index: int) -> bool:
    """``informed his interlocutor that``: a short object, then ``that`` opening a clause.

    Not ``informed them of the decision that was taken`` (a relative clause) nor ``so
    that``.
    """
    for position in range(index + 1, min(len(tokens), index + _OBJECT_WORDS + 2)):
        lower = tokens[position].lower
        if lower == "that":
            return tokens[position - 1].lower != "so"
        if lower in ("of", "about", "on", "which", "who", ","):
            return False
    return False


def _passive_agent(tokens: Sequence[Token], begin: int) -> bool:
    """Whether the name at ``tokens[begin]`` is the agent of a passive.

    Of a passive about a text or a meeting: ``was introduced (presented, chaired ...) by
    X``, not ``accompanied by X``.
    """
    by = begin - 1 if begin >= 1 and tokens[begin - 1].lower == "by" else begin - 2
    return (
        by >= 2
        and tokens[by].lower == "by"
        and tokens[by - 1].lower in _PASSIVE_AGENT_VERBS
        and tokens[by - 2].lower in ("was", "were", "been", "is", "are")
    )


def _rank_only(tokens: Sequence[Token]) -> bool:
    """Whether a title is a military rank alone: ``Colonel``, ``Major General``."""
    return all(token.lower in _RANK_WORDS for token in tokens)


def _rank_only_text(role: str) -> bool:
    return bool(role) and all(word.lower() in _RANK_WORDS for word in role.split())


def _is_tail(rest: Sequence[Token]) -> bool:
    """Whether the words after a reporting verb are its circumstances, not what was said.

    ``at a briefing``, ``on Tuesday``; a word of time only where the sentence or the
    clause ends after it (``said earlier.``, ``said last week, adding ...``), not in ``said
    today the CSTO is ready``.
    """
    if not rest:
        return False
    lower = rest[0].lower
    if lower in TAIL_WORDS:
        return True
    if lower not in TIME_TAIL_WORDS:
        return False
    after = 2 if lower == "last" else 1  # "last week"
    return len(rest) <= after or rest[after].text in ",.;!?" or rest[after].lower == "that"


def _same_name(known: str, name: str) -> bool:
    return known == name or (
        known.split()[-1] == name.split()[-1] and (known.split()[0][0] == name.split()[0][0])
    )


def _institution_key(name: str) -> frozenset[str]:
    """The words of an institution's name, shortened to their stems.

    ``Tajik`` and ``Tajikistan`` agree; ``of`` and ``the`` do not count.
    """
    return frozenset(
        word.lower()[:5]
        for word in name.replace("'s", " ").replace("\u2019s", " ").split()
        if word.lower() not in ("the", "of", "for", "and", "on")
    )


def _second_verb(rest: list[Token]) -> int | None:
    """Where ``and`` opens a second report of the same speaker in ``rest`` (after a verb).

    ``X noted A and expressed hope that B``: the index of ``and``, where a reporting verb
    follows with ``that`` right after it; None if there is none, or if a ``that`` (or
    another complementizer) comes first, since then the ``and`` may join two clauses of
    what was said (``X said that the sides met and noted that ...``).
    """
    for index in range(min(len(rest) - 3, _MAX_PHRASE)):
        lower = rest[index].lower
        if (
            lower in COMPLEMENTIZERS
            or rest[index].text in ".;:!?"
            or is_quote_mark(rest[index].text)
        ):
            return None
        if lower != "and" or not _is_verb(rest, index + 1):
            continue
        after = _verb_end(rest, index + 1) + 1
        if after < len(rest) and rest[after].lower == "that":
            return index
    return None


def _continuing_participle(clause: list[Token], start: int = 0) -> tuple[int, int] | None:
    """Where ``, adding that`` (a comma, a participle of the same speaker, ``that``) stands.

    The indexes in ``clause`` of the comma and of the participle, from ``start`` on; an
    ``and`` may stand between them (``, and noting that``). None if there is none. A comma
    inside quotation marks does not count: the words there are someone's own.
    """
    inside = False
    for index in range(start, len(clause) - 3):
        text = clause[index].text
        if is_quote_mark(text):
            inside = not inside
        if text != "," or inside:
            continue
        participle = index + 2 if clause[index + 1].lower == "and" else index + 1
        lower = clause[participle].lower
        if lower not in CONTINUING_PARTICIPLES:
            continue
        second = CONTINUING_PARTICIPLES[lower]
        that = participle + 1
        if second is not None:
            if that >= len(clause) or clause[that].lower != second:
                continue
            that += 1
        if that < len(clause) and clause[that].lower == "that":
            return index, participle
    return None


def _after_reports(page: str, found: list[_Candidate]) -> None:
    """A quote with no attribution right after a reported statement continues it.

    ``X also said that A. “B.”`` gives B the speaker of A.
    """
    previous: _Candidate | None = None
    for candidate in found:
        if (
            candidate.kind is StatementKind.DIRECT
            and candidate.ref is None
            and candidate.source is None
            and previous is not None
            and previous.kind is StatementKind.INDIRECT
            and not candidate.weak
            and previous.reach <= candidate.start
            and not any(c.isalnum() for c in page[previous.reach : candidate.start])
            and _UNKNOWN_ATTRIBUTION.match(page, candidate.reach) is None
        ):
            candidate.source = previous
            candidate.weak = False
        previous = candidate


def _link_blocks(
    page: str,
    previous: list[_Candidate],
    previous_end: int,
    found: list[_Candidate],
    block: _Block,
    *,
    continuing: bool,
) -> None:
    """Quotes that run over paragraphs, and a paragraph that only continues a quote.

    A quote left open at the end of a paragraph and continued by a quote that opens the
    next one is one quote: the pieces share the attribution of whichever piece has one.
    A quote that opens a paragraph with no attribution of its own continues the previous
    paragraph's quote if that paragraph ended with it (and its attribution).
    """
    directs = [c for c in previous if c.kind is StatementKind.DIRECT]
    opening = [c for c in found if c.kind is StatementKind.DIRECT]
    if not directs or not opening:
        return
    last, first = directs[-1], opening[0]
    if first.start - block.start > 1:
        return
    if any(c.isalnum() for c in page[last.reach : previous_end]):
        return  # the previous paragraph goes on after its last quote
    if continuing:
        if last.block_end and last.ref is None and last.source is None:
            # "“A ... / “B ...,” he said": the open piece takes the next piece's speaker.
            last.source = first
            last.weak = False
            first.weak = False
    elif (
        first.ref is None
        and first.source is None
        and (last.ref or last.source)
        and _UNKNOWN_ATTRIBUTION.match(page, first.reach) is None
    ):
        first.source = last
