"""Speakers as data: titles, institutions, documents, pronouns, and how to read a speaker.

A speaker is printed as a noun phrase: a name with its title (``Kazakh Foreign Minister
Daulet Sarsenbayev``, ``Askar Zhumabekov, the CSTO Secretary General``), a surname
(``Sarsenbayev``), a description (``the diplomat``, ``the Belarusian diplomat``), a pronoun
(``he``), an institution (``the Russian Foreign Ministry``, ``the ministry``) or a
document (``the resolution``, ``it``). :func:`analyze` reads one such phrase into a
:class:`Ref`; :mod:`csto_corpus.parse.statements` resolves the references within an
article.

Word lists hold general knowledge (titles, institution words, states and their
adjectives), never the people of a particular page. Words are compared in lower case.
"""

from __future__ import annotations

import enum
import itertools
import operator
from collections.abc import Callable
from typing import NamedTuple, TypeVar

from csto_corpus.parse._regex import lazy_compile
from csto_corpus.parse._reporting import TOKEN

__all__ = [
    "PERSON_NOUNS",
    "Ref",
    "RefKind",
    "Token",
    "WordMemo",
    "analyze",
    "find_words",
    "is_name_token",
    "is_name_word",
    "name_runs",
    "name_word_runs",
    "np_like",
    "role_fits",
    "tokenize",
    "tokenize_span",
    "tokens_of_words",
    "word_lower",
    "word_starts",
]


_V = TypeVar("_V")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Words of titles and functions: they belong to a role, never to a name.
TITLE_WORDS = _words(
    """
    president vice-president minister ministers secretary general secretary-general
    deputy chairman chairwoman chair chairperson head ambassador ambassadors
    representative representatives envoy spokesperson spokesman spokeswoman director
    director-general commander commander-in-chief chief premier prime foreign defence
    defense permanent special plenipotentiary extraordinary adviser advisor aide
    counsellor counselor consul speaker member members senator governor mayor colonel
    lieutenant major captain admiral marshal sergeant mr mrs ms dr professor prof
    academician first executive acting assistant under-secretary-general coordinator
    rapporteur commissioner officer official diplomat parliamentarian mp lawmaker
    legislator leader king queen emir sheikh prince chancellor ombudsman inspector
    attaché chargé d'affaires high senior former current new interim honorary top vice
    press deputy-chairman co-chair co-chairman state-secretary
    """
)

#: Words of institutions and their parts.
ORG_WORDS = _words(
    """
    ministry ministries affairs council committee commission assembly parliament republic
    federation state states union organization organisation organizations organisations
    treaty security collective secretariat office service services department agency
    forces force staff joint policy relations international national standing
    parliamentary migration nations united mission embassy government cabinet bureau
    directorate centre center institute university academy duma senate house chamber
    court bank fund board group bloc alliance forum summit conference session peace
    peacekeeping internal interior justice emergency emergencies situations cooperation
    co-operation development economic military armed border guard guards troops command
    headquarters district region regional territorial administration presidential
    information communications strategic studies research programme program initiative
    partnership charter declaration resolution resolutions convention protocol memorandum
    strategy agenda counter-terrorism terrorism crime drugs unit division section branch
    team association society community network foundation party front movement congress
    supreme constitutional legislative working high-level kremlin compatriots
    delegation delegations side sides general-assembly counter-terrorist task
    operations peacebuilding political humanitarian refugees disarmament coordination
    preventive diplomacy support operational logistics militia police safety management
    protection rights human legal planning training missions civil public global
    """
)

#: States, their adjectives, capitals and regions: never part of a person's name.
GEO_WORDS = _words(
    """
    armenia armenian belarus belarusian byelorussian kazakhstan kazakh kazakhstani
    kyrgyzstan kyrgyz kirghiz russia russian tajikistan tajik uzbekistan uzbek
    azerbaijan azerbaijani turkmenistan turkmen georgia georgian moldova moldovan
    ukraine ukrainian mongolia mongolian china chinese india indian pakistan pakistani
    afghanistan afghan iran iranian turkey turkish turkiye syria syrian iraq iraqi
    serbia serbian cuba cuban vietnam vietnamese korea korean japan japanese america
    american us usa u.s. britain british uk france french germany german italy italian
    europe european eurasia eurasian asia asian africa african caucasus caucasian
    central south north east west middle far eastern western northern southern soviet
    moscow minsk astana nur-sultan almaty bishkek dushanbe yerevan tashkent baku tbilisi
    ashgabat kabul beijing tehran new york geneva vienna brussels london paris berlin
    washington ankara islamabad delhi golan heights sea lake river valley mountains
    island islands gulf bay city street square palace hall pacific atlantic arctic
    caspian black baltic balkan balkans donbass crimea karabakh nagorno-karabakh fergana
    sochi st petersburg st. kiev kyiv abkhazia ossetia transnistria egypt israel
    palestine qatar saudi arabia emirates americas caribbean latin oceania
    """
)

#: Capitalised words that begin sentences or phrases, and calendar words: never names.
FUNCTION_WORDS = _words(
    """
    the a an this that these those it he she we they i his her its their our my you your
    according as in on at during after before with for of to by from and but or however
    meanwhile also moreover furthermore earlier later today yesterday tomorrow speaking
    addressing while when where what which who whom whose why how if thus therefore
    besides still yet so then there here not no all both each every some many most
    january february march april may june july august september october november
    december monday tuesday wednesday thursday friday saturday sunday allow thank
    let please dear ladies gentlemen colleagues excellencies excellency distinguished
    """
)

#: Lower-case particles inside names: ``Ursula von der Leyen``, ``Ahmad bin Ali``.
NAME_PARTICLES = _words("de da del della van von der den bin ibn al el la le du di ter ten")

#: Determiners that may begin a speaker's noun phrase.
DETERMINERS = _words("the a an his her its their this that one another our")

#: Words that join the parts of a title or an institution's name.
CONNECTORS = _words("of to for on and at in with under")

#: Words that end a sentence's opening phrase (``Meanwhile``, ``On Monday``, ``Later``)
#: and never stand inside a title printed before a name.
OPENING_WORDS = FUNCTION_WORDS - CONNECTORS - DETERMINERS

#: Words that open a sentence with a phrase of time, place or sequence, which may stand
#: before a speaker with no comma: ``On Monday``, ``At the briefing``, ``Later in the day``.
OPENERS = _words(
    """
    on in at during after before following later earlier meanwhile today yesterday also
    then separately now afterwards subsequently
    """
)

#: Lower-case adjectives printed inside titles and descriptions.
NP_ADJECTIVES = _words(
    """
    foreign deputy permanent special former senior chief press official first top
    high-ranking diplomatic military defence defense acting executive national regional
    collective joint general high new current plenipotentiary extraordinary
    appointed elected designated re-elected outgoing incoming visiting
    """
)

PERSON_PRONOUNS = _words("he she him her")
#: Verbs that never stand in a speaker's noun phrase: ``the organization was ready``.
AUXILIARIES = _words("is are was were be been has have had will would can could should may")
FIRST_PERSON = _words("i we")

#: Descriptions of a person and the title words a person's role must contain for the
#: description to refer to them: ``the diplomat`` fits a representative or an ambassador.
PERSON_NOUNS: dict[str, tuple[str, ...]] = {
    "diplomat": (
        "representative",
        "ambassador",
        "envoy",
        "foreign minister",
        "minister of foreign affairs",
        "foreign affairs minister",
        "diplomat",
        "consul",
        "chargé",
        "foreign ministry",
        "secretary general",
        "secretary-general",
        "delegation",
    ),
    "minister": ("minister",),
    "foreign minister": ("foreign minister", "minister of foreign affairs", "foreign affairs"),
    "defence minister": ("defence minister", "defense minister", "minister of defen"),
    "defense minister": ("defence minister", "defense minister", "minister of defen"),
    "prime minister": ("prime minister",),
    "premier": ("prime minister", "premier"),
    "ambassador": ("ambassador",),
    "envoy": ("envoy", "representative", "ambassador"),
    "representative": ("representative",),
    "parliamentarian": (
        "parliament",
        "assembly",
        "duma",
        "senate",
        "council of the republic",
        "house of representatives",
        "mp",
        "deputy",
        "senator",
        "lawmaker",
        "speaker",
        "commission",
        "committee",
    ),
    "mp": (
        "parliament",
        "assembly",
        "duma",
        "council of the republic",
        "house of representatives",
        "mp",
        "deputy",
        "commission",
        "committee",
    ),
    "lawmaker": ("parliament", "assembly", "duma", "senate", "mp", "deputy", "senator"),
    "legislator": ("parliament", "assembly", "duma", "senate", "mp", "deputy", "senator"),
    "senator": ("senator", "senate", "council of the republic", "federation council"),
    "deputy": ("deputy",),
    "secretary general": ("secretary general", "secretary-general"),
    "secretary-general": ("secretary general", "secretary-general"),
    "deputy secretary general": ("deputy secretary general", "deputy secretary-general"),
    "president": ("president",),
    "head of state": ("president",),
    "leader": ("president", "leader", "head", "chairman", "prime minister"),
    "chairman": ("chairman", "chair"),
    "chairwoman": ("chairwoman", "chair"),
    "chair": ("chair",),
    "head": ("head",),
    "spokesperson": ("spokesperson", "spokesman", "spokeswoman", "spokes"),
    "spokesman": ("spokesperson", "spokesman", "spokes"),
    "spokeswoman": ("spokesperson", "spokeswoman", "spokes"),
    "commander": ("commander",),
    "general": ("general", "commander", "colonel"),
    "chief": ("chief", "head", "secretary-general", "secretary general", "director"),
    "director": ("director",),
    "official": (),
    "politician": (),
    "speaker": ("speaker",),
    "expert": ("expert", "analyst", "professor", "director"),
    "analyst": ("analyst", "expert"),
    "professor": ("professor",),
    "governor": ("governor",),
    "mayor": ("mayor",),
    "coordinator": ("coordinator",),
    "adviser": ("adviser", "advisor"),
    "advisor": ("adviser", "advisor"),
    "commissioner": ("commissioner",),
    "counterpart": (),
    "source": ("source",),  # "a source in the CSTO Secretariat told TASS"
}

#: Head nouns of institutions: ``the ministry``, ``the CSTO Secretariat``.
INSTITUTION_HEADS = _words(
    """
    ministry secretariat office service committee council commission embassy mission
    government kremlin staff agency department directorate parliament assembly
    organization organisation cabinet administration delegation side bureau centre center
    headquarters command presidency chairmanship duma senate court bank union bloc
    alliance federation republic forces
    """
)

#: Nouns that stand for what an institution issued: ``the statement reads``.
STATEMENT_NOUNS = _words("statement communique communiqué release message notice comment")

#: Nouns of documents that can be quoted: ``the resolution notes``, ``the document says``.
DOCUMENT_NOUNS = _words(
    """
    resolution document declaration report charter treaty convention text draft
    memorandum agreement concept protocol decision strategy appeal letter article
    paragraph clause preamble provision
    """
)


class Token(NamedTuple):
    """A word or a punctuation mark with its offsets in the page."""

    text: str
    start: int
    end: int
    #: The word in lower case, without a possessive ending (``CSTO's`` -> ``csto``); made
    #: once per token, since the rules compare it many times.
    lower: str


def _lower(word: str) -> str:
    word = word.lower().replace("\u2019", "'")
    if word.endswith("'s"):
        word = word[:-2]
    return word.rstrip("'")


class WordMemo(dict[str, _V]):
    """The values of a pure function of a word (or a phrase), computed once for each.

    A page repeats its words many times (``the``, ``said``, its speakers' names), so the
    rules look words up here rather than recompute. The memo is bounded: it starts afresh
    when full, and keeps no long word, so its size does not grow with the pages read.
    """

    def __init__(self, function: Callable[[str], _V]) -> None:
        super().__init__()
        self.function = function

    def __missing__(self, word: str) -> _V:
        if len(word) > _MEMO_LENGTH:
            return self.function(word)  # rare: computed each time
        if len(self) >= _MEMO_WORDS:
            self.clear()
        value = self[word] = self.function(word)
        return value


#: How many distinct words a memo keeps before it starts afresh.
_MEMO_WORDS = 50_000
#: How long a word (or phrase) a memo keeps may be.
_MEMO_LENGTH = 120
#: ``_LOWER[word]`` is ``_lower(word)``: each token's ``lower``.
_LOWER: WordMemo[str] = WordMemo(_lower)
_new_token = tuple.__new__  # builds a Token from a tuple, without the NamedTuple's __new__


def tokenize(text: str, offset: int = 0, limit: int | None = None) -> list[Token]:
    """Split ``text`` into tokens; offsets are shifted by ``offset``.

    Only the first ``limit`` tokens are made, if ``limit`` is given.

    >>> [t.text for t in tokenize("Belarus' envoy K.K. Tokayev, CSTO's head said.")]
    ["Belarus'", 'envoy', 'K.K.', 'Tokayev', ',', "CSTO's", 'head', 'said', '.']
    >>> len(tokenize("a b c d", limit=2))
    2
    """
    return _tokens(text, 0, len(text), offset, limit)


def tokenize_span(page: str, start: int, end: int, limit: int | None = None) -> list[Token]:
    """The tokens of ``page[start:end]`` (the first ``limit`` only), without copying it.

    >>> [t.text for t in tokenize_span("He said so.", 3, 11)]
    ['said', 'so', '.']
    """
    return _tokens(page, start, end, 0, limit)


def _tokens(page: str, start: int, end: int, offset: int, limit: int | None) -> list[Token]:
    """The tokens of ``page[start:end]``, offsets shifted by ``offset``, the first ``limit``."""
    if limit is not None:  # a few tokens: the regex's matches, without reading the rest
        return [
            _new_token(Token, (word, offset + begin, offset + finish, _LOWER[word]))
            for match in itertools.islice(TOKEN.finditer(page, start, end), limit)
            for word, (begin, finish) in ((match.group(), match.span()),)
        ]
    return tokens_of_words(page, find_words(page, start, end), start, offset)


def find_words(page: str, start: int, end: int) -> list[str]:
    """The text of each token of ``page[start:end]``.

    Words cost less than tokens; a rule that can rule a sentence out by its words alone
    (:func:`word_lower`, :func:`name_word_runs`) makes tokens only for the rest.

    >>> find_words("He said so.", 3, 11)
    ['said', 'so', '.']

    A token never holds white space, and the rules of :data:`TOKEN` read no further than
    the white space after a token, so each chunk between white space is tokenized on its
    own, as in the whole text; a chunk of letters and digits alone is one token, with no
    regex run at all. That is most words: this costs about two thirds of ``findall``.
    """
    words: list[str] = []
    append, extend, chunk_tokens = words.append, words.extend, TOKEN.findall
    for chunk in page[start:end].split():
        if chunk.isalnum():
            append(chunk)
        else:
            extend(chunk_tokens(chunk))
    return words


def tokens_of_words(page: str, words: list[str], position: int, offset: int = 0) -> list[Token]:
    """The tokens of :func:`find_words` from ``position`` on; offsets shifted by ``offset``.

    Only white space stands between two tokens, and a token does not start with it, so
    each word is found where the white space after the previous one ends.

    >>> tokens_of_words("He said so.", ["said", "so", "."], 3)[1]
    Token(text='so', start=8, end=10, lower='so')
    """
    tokens: list[Token] = []
    append = tokens.append
    lower = _LOWER.__getitem__
    find = page.find
    for word in words:
        start = find(word, position)
        position = start + len(word)
        append(_new_token(Token, (word, start + offset, position + offset, lower(word))))
    return tokens


def word_starts(page: str, words: list[str], position: int) -> list[int]:
    """Where each word of :func:`find_words` from ``position`` on starts in the page.

    >>> word_starts("He said so.", ["said", "so", "."], 3)
    [3, 8, 10]
    """
    starts: list[int] = []
    append = starts.append
    find = page.find
    for word in words:
        position = find(word, position)
        append(position)
        position += len(word)
    return starts


def _is_name_word(word: str) -> bool:
    if len(word) >= 2 and word[1] == "." and word[0].isupper():
        return True  # an initial: K. or K.K.
    if not word[0].isupper() or not word[0].isalpha():
        # a lower-case prefix of an Arabic name: al-Hassan
        return "-" in word and word.split("-", 1)[0] in {"al", "el", "ad", "ibn", "bin"}
    if word.isupper() or word.endswith(("'", "\u2019")) or "'s" in word or "\u2019s" in word:
        return False  # an acronym, or a possessive such as Belarus' or Kazakhstan's
    lower = _LOWER[word]
    return not (
        lower in TITLE_WORDS
        or lower in ORG_WORDS
        or lower in GEO_WORDS
        or lower in FUNCTION_WORDS
        or any(part in TITLE_WORDS for part in lower.split("-"))
    )


#: ``_NAME_WORD[text]`` is True for a word that can be part of a person's name.
_NAME_WORD: WordMemo[bool] = WordMemo(_is_name_word)
#: ``word_lower(text)`` is the ``lower`` of a token whose text is ``text``.
word_lower: Callable[[str], str] = _LOWER.__getitem__
_text = operator.itemgetter(0)  # a token's text, for map()


def is_name_word(word: str) -> bool:
    """True for the text of a token that can be part of a person's name.

    >>> [is_name_word(w) for w in ["Olga", "UN", "Minister", "K.", "Belarus'"]]
    [True, False, False, True, False]
    """
    return _NAME_WORD[word]


def is_name_token(token: Token) -> bool:
    """True for a word that can be part of a person's name.

    >>> [is_name_token(t) for t in tokenize("Olga Ivanova UN Minister Kazakh K.")]
    [True, True, False, False, False, True]
    """
    return _NAME_WORD[token.text]


def name_runs(tokens: list[Token]) -> list[tuple[int, int]]:
    """Index ranges ``[i, j)`` of the person names among ``tokens``.

    A name is two or more name words, with lower-case particles allowed inside.

    >>> toks = tokenize("Belarus' representative to the UN Olga Ivanova said")
    >>> [" ".join(t.text for t in toks[i:j]) for i, j in name_runs(toks)]
    ['Olga Ivanova']
    """
    return name_word_runs(list(map(_text, tokens)))


def name_word_runs(words: list[str]) -> list[tuple[int, int]]:
    """:func:`name_runs` of tokens given by their texts.

    >>> name_word_runs(["Minister", "Olga", "van", "Dijk", "said"])
    [(1, 4)]
    """
    names = list(map(_NAME_WORD.__getitem__, words))
    if names.count(True) < 2:
        return []  # most sentences: no two name words at all
    runs: list[tuple[int, int]] = []
    count = len(words)
    index = 0
    while index < count:
        if not names[index]:
            index += 1
            continue
        end = index + 1
        while end < count:
            if names[end]:
                end += 1
            elif words[end] in NAME_PARTICLES and end + 1 < count and names[end + 1]:
                end += 2
            else:
                break
        if end - index >= 2:
            runs.append((index, end))
        index = end
    return runs


class RefKind(enum.Enum):
    """What a speaker's noun phrase is."""

    NAMED = "named"  #: A person's name, maybe with a title.
    SURNAME = "surname"  #: One capitalised word: a surname, a state, an acronym.
    PRONOUN = "pronoun"  #: he, she.
    FIRST_PERSON = "first_person"  #: I, we: the page's own speaker.
    IT = "it"  #: it: a document or an institution named just before.
    PERSON_NOUN = "person_noun"  #: the diplomat, the Kazakh foreign minister.
    INSTITUTION = "institution"  #: the Russian Foreign Ministry.
    INSTITUTION_NOUN = "institution_noun"  #: the ministry.
    STATEMENT_NOUN = "statement_noun"  #: the statement.
    DOCUMENT_NOUN = "document_noun"  #: the resolution, the document.
    UNKNOWN = "unknown"  #: a source, they, experts: no one to resolve to.


class Ref(NamedTuple):
    """A speaker's noun phrase, read but not yet resolved."""

    kind: RefKind
    start: int  #: Offsets of the phrase in the page.
    end: int
    name: str | None = None
    role: str | None = None
    noun: str | None = None  #: The head noun of a description: ``diplomat``, ``ministry``.
    qualifier: str | None = None  #: A state adjective in a description: ``Belarusian``.
    indefinite: bool = False  #: ``a UN official``: someone new, never someone named before.
    description: str | None = None  #: The whole description: ``the deputy minister``.


#: Words for groups of people that are no person nouns' plurals: ``experts said``.
_GROUP_NOUNS = frozenset(
    {"experts", "analysts", "participants", "delegates", "sources", "authorities", "lawmakers"}
)


def _plural_people(lower: str) -> bool:
    """True for a plural word for people: ``diplomats``, ``officials``, ``experts``."""
    return lower in _GROUP_NOUNS or (lower.endswith("s") and lower[:-1] in PERSON_NOUNS)


def np_like(tokens: list[Token]) -> bool:
    """True if ``tokens`` can be a speaker's noun phrase (a subject of ``said``).

    >>> np_like(tokenize("the Belarusian diplomat")), np_like(tokenize("the participants"))
    (True, True)
    >>> np_like(tokenize("we agreed with the assessment"))
    False
    """
    words = [t for t in tokens if t.text != ","]
    if not words or len(tokens) > 60:
        return False
    if any(not (t.text[0].isalnum() or t.text in ("'", "\u2019", "-")) for t in words):
        return False
    first = words[0].lower
    if first in CONNECTORS and first not in DETERMINERS:
        return False
    if len(words) == 1:
        return True
    if first in PERSON_PRONOUNS or first in FIRST_PERSON or first in ("it", "they"):
        return False
    generic = 0
    lowered = 0
    described = False  # a document or an institution named before: "the resolution adopted"
    for token in words:
        lower = token.lower
        if token.text[0].isupper() or token.text[0].isdigit() or lower in NAME_PARTICLES:
            described = described or lower in DOCUMENT_NOUNS or lower in INSTITUTION_HEADS
            continue
        lowered += 1
        if lower in AUXILIARIES:
            return False
        if (
            lower in DETERMINERS
            or lower in CONNECTORS
            or lower in TITLE_WORDS
            or lower in NP_ADJECTIVES
            or lower in PERSON_NOUNS
            or _plural_people(lower)
            or lower in INSTITUTION_HEADS
            or lower in STATEMENT_NOUNS
            or lower in DOCUMENT_NOUNS
            or lower in ORG_WORDS
        ):
            described = described or lower in DOCUMENT_NOUNS or lower in INSTITUTION_HEADS
            continue
        if lower.endswith(("ed", "ing")) and not described:
            return False  # a verb: "the Secretary General thanked"
        generic += 1
    if generic == 0:
        return True
    # "the head of the observer team"; "X, the commander of the contingent": a description.
    return (first in DETERMINERS or _titled_apposition(tokens)) and generic <= 3 and lowered <= 8


def _titled_apposition(tokens: list[Token]) -> bool:
    """True if a comma and a determiner open a segment with a title: ``X, the commander of``."""
    for index in range(len(tokens) - 1):
        if tokens[index].text == "," and tokens[index + 1].lower in DETERMINERS:
            segment = itertools.takewhile(lambda t: t.text != ",", tokens[index + 1 :])
            return any(t.lower in TITLE_WORDS or t.lower in PERSON_NOUNS for t in segment)
    return False


def _trim(tokens: list[Token]) -> list[Token]:
    """Drop leading determiners/connectors/commas and trailing connectors/commas."""
    begin, end = 0, len(tokens)
    while begin < end and (
        tokens[begin].text == ","
        or tokens[begin].lower in CONNECTORS
        or tokens[begin].lower in ("the", "a", "an")
    ):
        begin += 1
    while end > begin and (tokens[end - 1].text == "," or tokens[end - 1].lower in CONNECTORS):
        end -= 1
    return tokens[begin:end]


def _past_opening_words(tokens: list[Token]) -> list[Token]:
    """The tokens after the last of :data:`OPENING_WORDS`: a title starts after them.

    ``Meanwhile Deputy Minister`` gives ``Deputy Minister``.
    """
    for index in range(len(tokens) - 1, -1, -1):
        if tokens[index].lower in OPENING_WORDS:
            return tokens[index + 1 :]
    return tokens


def _span_text(page: str, tokens: list[Token]) -> str | None:
    return page[tokens[0].start : tokens[-1].end] if tokens else None


def _has_title(tokens: list[Token]) -> bool:
    return any(
        t.lower in TITLE_WORDS
        or t.lower in PERSON_NOUNS
        or any(part in TITLE_WORDS for part in t.lower.split("-"))
        for t in tokens
    )


#: Words after the head noun of a description: ``minister of ...`` (not ``and``).
_HEAD_STOPS = CONNECTORS - {"and"}
#: Nouns that are never a surname or an institution's name when they stand alone.
_NOUN_WORDS = TITLE_WORDS | INSTITUTION_HEADS | STATEMENT_NOUNS | DOCUMENT_NOUNS


def _head(tokens: list[Token]) -> tuple[str, int]:
    """The head noun of a description (multi-word titles joined) and its index."""
    stop = len(tokens)
    for index, token in enumerate(tokens):
        if index > 0 and token.lower in _HEAD_STOPS:
            stop = index
            break
    while stop > 1 and tokens[stop - 1].text[0].isdigit():
        stop -= 1  # "Article 52 of ...": the head is "Article"
    if stop >= 2:
        pair = f"{tokens[stop - 2].lower} {tokens[stop - 1].lower}"
        if stop >= 3:
            triple = f"{tokens[stop - 3].lower} {pair}"
            if triple in PERSON_NOUNS:
                return triple, stop - 3
        if pair in PERSON_NOUNS:
            return pair, stop - 2
    return tokens[stop - 1].lower, stop - 1


def analyze(page: str, start: int, end: int) -> Ref | None:
    """Read the noun phrase ``page[start:end]`` as a speaker reference.

    >>> text = "Kazakh Foreign Minister Daulet Sarsenbayev"
    >>> ref = analyze(text, 0, len(text))
    >>> ref.kind.value, ref.name, ref.role
    ('named', 'Daulet Sarsenbayev', 'Kazakh Foreign Minister')
    >>> text = "Askar Zhumabekov, the CSTO Secretary General"
    >>> ref = analyze(text, 0, len(text))
    >>> ref.name, ref.role
    ('Askar Zhumabekov', 'CSTO Secretary General')
    >>> [analyze(t, 0, len(t)).kind.value for t in ("he", "the Belarusian diplomat",
    ...     "the Russian Foreign Ministry", "the ministry", "the statement", "It")]
    ['pronoun', 'person_noun', 'institution', 'institution_noun', 'statement_noun', 'it']
    """
    # The reading depends on the phrase's text alone: speakers' phrases recur (``he``,
    # ``the minister``, a surname), so each is read once, at offset 0, and shifted here.
    # Long phrases are rare and would make the memo large: they are read each time.
    if end - start > _MEMO_LENGTH:
        return _read_phrase(page, start, end)
    ref = _PHRASES[page[start:end]]
    if ref is None or start == 0:
        return ref
    return ref._replace(start=ref.start + start, end=ref.end + start)


def _read_phrase(page: str, start: int, end: int) -> Ref | None:
    """:func:`analyze`, without the memo."""
    tokens = tokenize(page[start:end], start)
    while tokens and tokens[0].lower in ("as", "and", "but", "while", "so", "yet"):
        tokens = tokens[1:]
    while tokens and tokens[-1].text in (",", "."):
        tokens = tokens[:-1]
    if not tokens:
        return None
    begin, finish = tokens[0].start, tokens[-1].end
    words = [t for t in tokens if t.text != ","]
    if len(words) == 1:
        lower = words[0].lower
        if lower in PERSON_PRONOUNS:
            return Ref(RefKind.PRONOUN, begin, finish)
        if lower in FIRST_PERSON:
            return Ref(RefKind.FIRST_PERSON, begin, finish)
        if lower == "it":
            return Ref(RefKind.IT, begin, finish)
    runs = name_runs(tokens)
    joined = [run for run in runs if not _joined_by_and(tokens, run, runs)]
    if len(runs) > 1 and len(joined) < len(runs):
        return Ref(RefKind.UNKNOWN, begin, finish)  # two people: "X and Y said"
    if runs:
        first, last = runs[-1]
        name = page[tokens[first].start : tokens[last - 1].end]
        before = _trim(_past_opening_words(tokens[:first]))
        after = _trim(tokens[last:])
        role_tokens = before if _has_title(before) else after if _has_title(after) else before
        role_tokens = _cut_relative(role_tokens)
        return Ref(RefKind.NAMED, begin, finish, name=name, role=_span_text(page, role_tokens))
    content = _trim(tokens)
    if not content:
        return None
    surname = content[-1]
    if len(content) >= 2 and is_name_token(surname) and _has_title(content[:-1]):
        # "Deputy Foreign Minister Orlov": a title and a surname.
        role = _span_text(page, _trim(content[:-1]))
        return Ref(RefKind.SURNAME, begin, finish, name=surname.text, role=role)
    head, head_index = _head(content)
    capitalised = any(t.text[0].isupper() for t in content if t.lower not in DETERMINERS) and not (
        len(content) == 1 and content[0].lower in PERSON_NOUNS
    )
    qualifier = next(
        (
            t.text
            for t in content[:head_index]
            if t.lower in GEO_WORDS or (t.text.isupper() and len(t.text) > 1 and t.text != "MP")
        ),
        None,
    )
    if len(content) == 1 and _plural_people(content[0].lower):
        # "Experts said", "Diplomats noted": several people at a sentence's start, no name.
        return Ref(RefKind.UNKNOWN, begin, finish, noun=content[0].lower, role=content[0].text)
    if len(content) == 1 and content[0].text[0].isupper() and content[0].lower not in _NOUN_WORDS:
        token = content[0]
        if token.text.isupper() or token.lower in GEO_WORDS:
            return Ref(RefKind.INSTITUTION, begin, finish, name=token.text)
        if is_name_token(token):
            return Ref(RefKind.SURNAME, begin, finish, name=token.text)
    if head in STATEMENT_NOUNS:
        return Ref(RefKind.STATEMENT_NOUN, begin, finish, noun=head)
    if head in DOCUMENT_NOUNS:
        return Ref(RefKind.DOCUMENT_NOUN, begin, finish, noun=content[head_index].text)
    if head in INSTITUTION_HEADS:
        if capitalised:
            return Ref(RefKind.INSTITUTION, begin, finish, name=_span_text(page, content))
        return Ref(RefKind.INSTITUTION_NOUN, begin, finish, noun=head)
    if head in PERSON_NOUNS or head in TITLE_WORDS:
        indefinite = words[0].lower in ("a", "an", "one")
        role = _span_text(page, content) if capitalised or indefinite else None
        return Ref(
            RefKind.PERSON_NOUN,
            begin,
            finish,
            noun=head,
            role=role,
            qualifier=qualifier,
            indefinite=indefinite,
            description=_span_text(page, content),
        )
    if capitalised and content[-1].text.isupper() and len(content[-1].text) > 1:
        return Ref(RefKind.INSTITUTION, begin, finish, name=_span_text(page, content))
    if _plural_people(head) and len(content) > 1:
        # "the Belarusian diplomats": several people, described; no one to resolve to.
        return Ref(RefKind.UNKNOWN, begin, finish, noun=head, role=_span_text(page, content))
    return Ref(RefKind.UNKNOWN, begin, finish)


#: ``_PHRASES[text]`` is ``analyze(text, 0, len(text))``.
_PHRASES: WordMemo[Ref | None] = WordMemo(lambda text: _read_phrase(text, 0, len(text)))


def _joined_by_and(tokens: list[Token], run: tuple[int, int], runs: list[tuple[int, int]]) -> bool:
    """True if another name run is joined to ``run`` by ``and`` (two speakers)."""
    for other in runs:
        if other == run:
            continue
        low, high = (run, other) if run[0] < other[0] else (other, run)
        between = [t.lower for t in tokens[low[1] : high[0]]]
        if "and" in between or "&" in between:
            return True
    return False


def _cut_relative(tokens: list[Token]) -> list[Token]:
    """Cut a role at a relative clause: ``..., who is on a visit``."""
    for index, token in enumerate(tokens):
        if token.lower in ("who", "which", "whose"):
            return _trim(tokens[:index])
    return tokens


#: Words that make a title a lower rank: a deputy secretary general is not "the Secretary
#: General" unless the description says "deputy" too.
_LOWER_RANK = ("deputy", "vice", "assistant", "under-secretary", "first deputy")
#: Titles of a rank (unlike "the diplomat", which a deputy minister is too).
_RANKED = _words(
    """
    minister president chairman chairwoman chair head director secretary-general
    ambassador representative envoy commander chief premier governor speaker
    """
)


#: Titles that end in ``general`` and are no military rank.
_GENERAL_IN_TITLE = lazy_compile(
    r"\b(?:under-)?(?:secretary|director|attorney|consul|procurator|prosecutor|governor|"
    r"inspector|auditor|postmaster|solicitor|surgeon)[\s-]general\b"
)


def role_fits(noun: str, role: str | None, description: str | None = None) -> bool:
    """True if a person with ``role`` can be called ``the <noun>`` (or ``description``).

    >>> role_fits("diplomat", "Belarus' representative to the UN")
    True
    >>> role_fits("parliamentarian", "Belarusian President")
    False
    >>> role_fits("secretary general", "CSTO Deputy Secretary General", "the Secretary General")
    False
    """
    if role is None:
        return False
    lowered = role.lower()
    said = (description or noun).lower()
    if noun in _RANKED or " " in noun:
        for rank in _LOWER_RANK:
            if rank in lowered and rank not in said:
                return False
    if noun == "general":  # a rank, not the end of "Secretary-General"
        lowered = _GENERAL_IN_TITLE.sub("", lowered)
    keys = PERSON_NOUNS.get(noun, ())
    if not keys:
        return noun in lowered
    return any(key in lowered for key in keys) or noun in lowered.split()
