"""General knowledge as data: states, organizations and cities, and one matcher over them.

Nothing here comes from a page: the tables list the CSTO's member and former member
states, their neighbours and other states the outlets write about, the UN bodies and the
regional organizations, with their official and short names, abbreviations and
adjectives, and the cities that datelines and events name.

API
---
``find_names(text, start=0, end=None) -> list[GazetteerHit]``
    Every state and organization named in ``text[start:end]``, in order, in one pass of
    one compiled pattern. The longest name wins (``UN Security Council`` is one hit, not
    ``UN``), names match at word boundaries and case-sensitively, possessives match
    (``Belarus'``, ``Russia's``: the hit is the name without the possessive), adjectives
    and demonyms count for their state (``Russian`` in ``Russian Foreign Ministry`` is
    Russia). Offsets are into ``text`` itself.
``canonical_state(word) -> tuple[str, str] | None``
    ``(canonical name, ISO 3166-1 alpha-3)`` of a state's name, official name, adjective
    or demonym, possessive or not, e.g. ``"Belarus'"``, ``"Kazakhstani"``,
    ``"Republic of Armenia"``, ``"MINSK"``-style capitals also accepted; None otherwise.
``canonical_organization(word) -> tuple[str, str | None] | None``
    ``(canonical name, abbreviation)`` of an organization's name or abbreviation.
``canonical_city(word) -> str | None``
    The canonical English name of a city in :data:`CITIES` (``"NUR-SULTAN"`` -> ``Astana``).
``CSTO_MEMBERS``, ``FORMER_CSTO_MEMBERS``
    Canonical names of the member states and of the states that left.
``STATES``, ``ORGANIZATIONS``, ``CITIES``
    The tables themselves.

>>> [(h.name, h.code, h.text) for h in find_names("Belarus' envoy at the UN Security Council")]
[('Belarus', 'BLR', 'Belarus'), ('UN Security Council', 'UNSC', 'UN Security Council')]
>>> canonical_state("Russia's"), canonical_state("Kyrgyz Republic")
(('Russia', 'RUS'), ('Kyrgyzstan', 'KGZ'))
"""

from __future__ import annotations

import re
from typing import NamedTuple, TypeAlias

from csto_corpus.model import MentionKind
from csto_corpus.parse._regex import lazy_compile

__all__ = [
    "CITIES",
    "CSTO_MEMBERS",
    "FORMER_CSTO_MEMBERS",
    "ORGANIZATIONS",
    "STATES",
    "GazetteerEntry",
    "GazetteerHit",
    "canonical_city",
    "canonical_organization",
    "canonical_state",
    "find_names",
    "trie_pattern",
]


class GazetteerEntry(NamedTuple):
    """One state or organization and every form in which a page may print it."""

    kind: MentionKind
    name: str  #: Canonical English name.
    code: str | None  #: ISO 3166-1 alpha-3 for a state, the abbreviation for an organization.
    forms: tuple[str, ...]  #: Every printed form, the canonical name and the code included.


class GazetteerHit(NamedTuple):
    """A name found by :func:`find_names`; ``text[start:end]`` is what the page prints."""

    kind: MentionKind
    name: str
    code: str | None
    start: int
    end: int
    text: str  #: The name as printed, without a possessive ``'s``.


def _state(name: str, code: str, *other: str) -> GazetteerEntry:
    return GazetteerEntry(MentionKind.STATE, name, code, (name, *other))


def _mission(name: str, code: str) -> GazetteerEntry:
    """A UN mission known by its abbreviation only (its name holds its host state's)."""
    return GazetteerEntry(MentionKind.ORGANIZATION, name, code, (code,))


def _org(name: str, code: str | None, *other: str, un: bool = False) -> GazetteerEntry:
    """An organization; ``un=True`` also accepts each form after ``UN`` or ``United Nations``."""
    forms = (name, *other)
    if un:
        forms = forms + tuple(
            f"{prefix} {form}" for form in forms for prefix in ("UN", "U.N.", "United Nations")
        )
    if code is not None:
        forms = (*forms, code)
    return GazetteerEntry(MentionKind.ORGANIZATION, name, code, tuple(dict.fromkeys(forms)))


#: Member states of the CSTO (canonical names).
CSTO_MEMBERS = frozenset({"Armenia", "Belarus", "Kazakhstan", "Kyrgyzstan", "Russia", "Tajikistan"})
#: States that were parties to the Collective Security Treaty and left.
FORMER_CSTO_MEMBERS = frozenset({"Azerbaijan", "Georgia", "Uzbekistan"})

#: States: canonical name, ISO 3166-1 alpha-3, official and other names, adjectives and
#: demonyms. Adjectives shared with a language or a people are still counted for the state.
STATES: tuple[GazetteerEntry, ...] = (
    # CSTO members.
    _state("Armenia", "ARM", "Republic of Armenia", "Armenian", "Armenians"),
    _state(
        "Belarus",
        "BLR",
        "Republic of Belarus",
        "Belorussia",
        "Byelorussia",
        "Belarusian",
        "Belarusians",
        "Belarussian",
        "Belorussian",
        "Byelorussian",
    ),
    _state(
        "Kazakhstan",
        "KAZ",
        "Republic of Kazakhstan",
        "Kazakh",
        "Kazakhs",
        "Kazakhstani",
        "Kazakhstanis",
    ),
    _state(
        "Kyrgyzstan",
        "KGZ",
        "Kyrgyz Republic",
        "Republic of Kyrgyzstan",
        "Kirghizia",
        "Kirgizia",
        "Kyrgyzia",
        "Kyrgyz",
        "Kyrgyzstani",
        "Kirghiz",
        "Kirgiz",
    ),
    _state("Russia", "RUS", "Russian Federation", "Russian", "Russians"),
    _state(
        "Tajikistan",
        "TJK",
        "Republic of Tajikistan",
        "Tadjikistan",
        "Tajik",
        "Tajiks",
        "Tadjik",
        "Tajikistani",
    ),
    # Former parties to the Collective Security Treaty.
    _state(
        "Azerbaijan",
        "AZE",
        "Republic of Azerbaijan",
        "Azerbaijani",
        "Azerbaijanis",
        "Azeri",
        "Azeris",
    ),
    _state("Georgia", "GEO", "Georgian", "Georgians"),
    _state(
        "Uzbekistan",
        "UZB",
        "Republic of Uzbekistan",
        "Uzbek",
        "Uzbeks",
        "Uzbekistani",
    ),
    # Neighbours and other states the outlets write about.
    _state(
        "Afghanistan",
        "AFG",
        "Islamic Republic of Afghanistan",
        "Islamic Emirate of Afghanistan",
        "Afghan",
        "Afghans",
    ),
    _state("China", "CHN", "People's Republic of China", "PRC", "Chinese"),
    _state("India", "IND", "Republic of India", "Indian", "Indians"),
    _state("Iran", "IRN", "Islamic Republic of Iran", "Iranian", "Iranians"),
    _state("Ukraine", "UKR", "Ukrainian", "Ukrainians"),
    _state(
        "United States",
        "USA",
        "United States of America",
        "USA",
        "U.S.",
        "US",
        "American",
        "Americans",
    ),
    _state("Turkey", "TUR", "Türkiye", "Republic of Turkey", "Turkish"),
    _state("Pakistan", "PAK", "Islamic Republic of Pakistan", "Pakistani", "Pakistanis"),
    _state("Mongolia", "MNG", "Mongolian"),
    _state("Turkmenistan", "TKM", "Turkmen", "Turkmenistani"),
    _state("Moldova", "MDA", "Republic of Moldova", "Moldavia", "Moldovan"),
    _state("Serbia", "SRB", "Republic of Serbia", "Serbian"),
    _state("Syria", "SYR", "Syrian Arab Republic", "Syrian"),
    _state("Iraq", "IRQ", "Republic of Iraq", "Iraqi"),
    _state("Israel", "ISR", "State of Israel", "Israeli"),
    _state("Palestine", "PSE", "State of Palestine", "Palestinian"),
    _state("Lebanon", "LBN", "Lebanese"),
    _state("Egypt", "EGY", "Arab Republic of Egypt", "Egyptian"),
    _state("Saudi Arabia", "SAU", "Saudi"),
    _state("United Arab Emirates", "ARE", "UAE", "Emirati"),
    _state("Qatar", "QAT", "Qatari"),
    _state("Libya", "LBY", "Libyan"),
    _state("Sudan", "SDN", "Sudanese"),
    _state("South Sudan", "SSD", "Republic of South Sudan", "South Sudanese"),
    _state("Central African Republic", "CAF"),
    _state(
        "Democratic Republic of the Congo",
        "COD",
        "DR Congo",
        "DRC",
        "Democratic Republic of Congo",
    ),
    _state("Somalia", "SOM", "Somali"),
    _state("Cyprus", "CYP", "Cypriot"),
    _state("Haiti", "HTI", "Haitian"),
    _state("Mali", "MLI", "Malian"),
    _state("Uganda", "UGA", "Ugandan"),
    _state("Mozambique", "MOZ", "Mozambican"),
    _state("Ethiopia", "ETH", "Ethiopian"),
    _state("Kenya", "KEN", "Kenyan"),
    _state("Nigeria", "NGA", "Nigerian"),
    _state("North Korea", "PRK", "Democratic People's Republic of Korea", "DPRK"),
    _state("South Korea", "KOR", "Republic of Korea"),
    _state("Japan", "JPN", "Japanese"),
    _state("Vietnam", "VNM", "Viet Nam", "Vietnamese"),
    _state("Cuba", "CUB", "Cuban"),
    _state("Venezuela", "VEN", "Venezuelan"),
    _state("Brazil", "BRA", "Brazilian"),
    _state("South Africa", "ZAF", "South African"),
    _state("United Kingdom", "GBR", "UK", "Great Britain", "Britain", "British"),
    _state("France", "FRA", "French"),
    _state("Germany", "DEU", "German"),
    _state("Poland", "POL", "Polish"),
    _state("Lithuania", "LTU", "Lithuanian"),
    _state("Latvia", "LVA", "Latvian"),
    _state("Estonia", "EST", "Estonian"),
    _state("Finland", "FIN", "Finnish"),
    _state("Sweden", "SWE", "Swedish"),
    _state("Soviet Union", "SUN", "USSR"),  # ISO 3166-3 code of the former state.
)

#: Organizations: canonical name, abbreviation, other names. ``un=True`` entries are UN
#: organs, also printed after ``UN``, ``U.N.`` or ``United Nations``.
ORGANIZATIONS: tuple[GazetteerEntry, ...] = (
    _org("United Nations", "UN", "U.N.", "United Nations Organization"),
    _org("UN Security Council", "UNSC", "Security Council", un=True),
    _org("UN General Assembly", "UNGA", "General Assembly", un=True),
    _org("UN Secretariat", None, un=True),
    _org(
        "UN Office of Counter-Terrorism",
        "UNOCT",
        "Office of Counter-Terrorism",
        "Counter-Terrorism Office",
        "Office of Counter Terrorism",
        "Counter Terrorism Office",
        un=True,
    ),
    _org(
        "UN Security Council Counter-Terrorism Committee",
        "CTC",
        "Security Council Counter-Terrorism Committee",
        "Counter-Terrorism Committee",
        un=True,
    ),
    _org(
        "UN Counter-Terrorism Committee Executive Directorate",
        "CTED",
        "Counter-Terrorism Committee Executive Directorate",
        "Counter-Terrorism Executive Directorate",
        "Counter-Terrorism Directorate",
        un=True,
    ),
    _org("UN Office on Drugs and Crime", "UNODC", "Office on Drugs and Crime", un=True),
    _org("UN Human Rights Council", "UNHRC", "Human Rights Council", un=True),
    _org("UN Department of Peace Operations", "DPO", "Department of Peace Operations", un=True),
    _org(
        "UN Department of Peacekeeping Operations",
        "DPKO",
        "Department of Peacekeeping Operations",
        un=True,
    ),
    _org(
        "UN Department of Political and Peacebuilding Affairs",
        "DPPA",
        "Department of Political and Peacebuilding Affairs",
        un=True,
    ),
    _org(
        "UN Regional Centre for Preventive Diplomacy for Central Asia",
        "UNRCCA",
        "Regional Centre for Preventive Diplomacy for Central Asia",
        "UN Regional Center for Preventive Diplomacy for Central Asia",
        "Regional Center for Preventive Diplomacy for Central Asia",
        un=True,
    ),
    _org(
        "UN Office for the Coordination of Humanitarian Affairs",
        "OCHA",
        "Office for the Coordination of Humanitarian Affairs",
        un=True,
    ),
    _org("UN Peacebuilding Commission", None, "Peacebuilding Commission", un=True),
    _org("UN Peacebuilding Fund", None, "Peacebuilding Fund", un=True),
    _org("UN Office for Disarmament Affairs", "UNODA", "Office for Disarmament Affairs", un=True),
    _org("UN Commission on Narcotic Drugs", "CND", "Commission on Narcotic Drugs", un=True),
    # Peacekeeping missions. A mission named after its host state is known by its
    # abbreviation only, so that "the UN Mission in South Sudan" still names the state.
    _org("UN Disengagement Observer Force", "UNDOF", "Disengagement Observer Force", un=True),
    _org("UN Truce Supervision Organization", "UNTSO", "Truce Supervision Organization", un=True),
    _mission("UN Interim Force in Lebanon", "UNIFIL"),
    _mission("UN Mission in South Sudan", "UNMISS"),
    _mission("UN Assistance Mission in Afghanistan", "UNAMA"),
    _mission("UN Peacekeeping Force in Cyprus", "UNFICYP"),
    _mission("UN Mission for the Referendum in Western Sahara", "MINURSO"),
    _mission(
        "UN Multidimensional Integrated Stabilization Mission in the Central African Republic",
        "MINUSCA",
    ),
    _mission(
        "UN Organization Stabilization Mission in the Democratic Republic of the Congo",
        "MONUSCO",
    ),
    _org("UN Development Programme", "UNDP", "Development Programme", un=True),
    _org(
        "UN High Commissioner for Refugees",
        "UNHCR",
        "High Commissioner for Refugees",
        un=True,
    ),
    _org("UNICEF", None, "United Nations Children's Fund", "UN Children's Fund"),
    _org("International Atomic Energy Agency", "IAEA"),
    _org("World Health Organization", "WHO"),
    _org("International Court of Justice", "ICJ"),
    _org(
        "Collective Security Treaty Organization", "CSTO", "Collective Security Treaty Organisation"
    ),
    _org("CSTO Secretariat", None, "Secretariat of the CSTO"),
    _org(
        "CSTO Collective Security Council",
        "CSC",
        "Collective Security Council",
        "CSTO CSC",
        "Collective Security Council of the CSTO",
    ),
    _org(
        "CSTO Council of Foreign Ministers",
        "CFM",
        "CSTO CFM",
        "Council of Foreign Ministers of the CSTO",
    ),
    _org(
        "CSTO Council of Defence Ministers",
        None,
        "CSTO Council of Defense Ministers",
        "CSTO CDM",
    ),
    _org(
        "CSTO Committee of Secretaries of Security Councils",
        None,
        "CSTO CSSC",
    ),
    _org(
        "CSTO Parliamentary Assembly",
        "CSTO PA",
        "Parliamentary Assembly of the CSTO",
        "Parliamentary Assembly of the Collective Security Treaty Organization",
    ),
    _org(
        "Collective Peacekeeping Forces",
        "CPF",
        "CSTO Collective Peacekeeping Forces",
        "CSTO CPF",
        "Collective Peacekeeping Forces of the CSTO",
    ),
    _org(
        "Collective Rapid Reaction Forces",
        "CRRF",
        "CSTO Collective Rapid Reaction Forces",
        "CSTO CRRF",
    ),
    _org("Commonwealth of Independent States", "CIS"),
    _org("Shanghai Cooperation Organization", "SCO", "Shanghai Cooperation Organisation"),
    _org("Eurasian Economic Union", "EAEU", "EAEU", "EEU"),
    _org(
        "Union State",
        None,
        "Union State of Belarus and Russia",
        "Union State of Russia and Belarus",
    ),
    _org("North Atlantic Treaty Organization", "NATO", "North Atlantic Alliance"),
    _org(
        "Organization for Security and Co-operation in Europe",
        "OSCE",
        "Organization for Security and Cooperation in Europe",
    ),
    _org("European Union", "EU"),
    _org("Council of Europe", None),
    _org("African Union", "AU"),
    _org("Association of Southeast Asian Nations", "ASEAN"),
    _org("BRICS", None),
    _org("Organisation of Islamic Cooperation", "OIC", "Organization of Islamic Cooperation"),
    _org(
        "Conference on Interaction and Confidence-Building Measures in Asia",
        "CICA",
    ),
    _org("League of Arab States", None, "Arab League"),
    _org("Interpol", None, "INTERPOL", "International Criminal Police Organization"),
    _org("International Committee of the Red Cross", "ICRC"),
    _org(
        "Organisation for the Prohibition of Chemical Weapons",
        "OPCW",
        "Organization for the Prohibition of Chemical Weapons",
    ),
)

#: Forms that contain a name but name something else: matched so that the shorter name
#: inside them is not reported (``Latin American`` is not the United States).
_BLOCKED = (
    "Latin American",
    "Latin Americans",
    "North American",
    "South American",
    "Central American",
    "Native American",
    "Indian Ocean",
)

#: Cities that datelines and dated events name (canonical English spelling first, then
#: other spellings).
CITIES: tuple[tuple[str, ...], ...] = (
    ("Moscow",),
    ("Minsk",),
    ("Astana", "Nur-Sultan"),
    ("Almaty", "Alma-Ata"),
    ("Bishkek",),
    ("Dushanbe",),
    ("Yerevan",),
    ("Tashkent",),
    ("Samarkand",),
    ("Baku",),
    ("Tbilisi",),
    ("Kabul",),
    ("Ashgabat",),
    ("Cholpon-Ata",),
    ("Osh",),
    ("Brest",),
    ("Grodno", "Hrodna"),
    ("Gomel", "Homel"),
    ("Vitebsk", "Viciebsk"),
    ("Mogilev", "Mogilyov", "Mahilyow"),
    ("Saint Petersburg", "St. Petersburg", "St Petersburg"),
    ("Sochi",),
    ("Kazan",),
    ("Novosibirsk",),
    ("Beijing",),
    ("New Delhi",),
    ("Tehran",),
    ("Islamabad",),
    ("Kiev", "Kyiv"),
    ("Chisinau",),
    ("Ankara",),
    ("Istanbul",),
    ("New York",),
    ("Washington",),
    ("Geneva",),
    ("Vienna",),
    ("Brussels",),
    ("Paris",),
    ("London",),
    ("Berlin",),
)


_Trie: TypeAlias = "dict[str, _Trie]"


def trie_pattern(forms: list[str] | tuple[str, ...]) -> str:
    """A regex that matches any of ``forms``, the longest first, built as a trie.

    At each character only one branch can continue, so a match costs at most the length
    of the longest form: matching a text is linear in its length.

    >>> trie_pattern(["UN", "UNODC", "US"])
    'U(?:N(?:ODC)?|S)'
    """
    trie: _Trie = {}
    for form in forms:
        node = trie
        for char in form:
            node = node.setdefault(char, {})
        node[""] = {}
    return _emit(trie)


def _emit(node: _Trie) -> str:
    ends = "" in node
    branches = [re.escape(char) + _emit(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    if len(branches) == 1:
        body = branches[0]
        if not ends:
            return body
        return f"(?:{body})?" if len(body) > 1 else f"{body}?"
    body = "(?:" + "|".join(branches) + ")"
    return body + "?" if ends else body


_ENTRIES: tuple[GazetteerEntry, ...] = STATES + ORGANIZATIONS
_BY_FORM: dict[str, GazetteerEntry | None] = {
    form: entry for entry in _ENTRIES for form in entry.forms
}
_BY_FORM.update({form: None for form in _BLOCKED if form not in _BY_FORM})
# Any name, up to the end of a word; a possessive ("Belarus'", "Russia's") stays outside
# the hit because the apostrophe is not a word character. That the name also starts a word
# is tested after a match (_WORD): a lookbehind in front would make the engine try the
# pattern at every character, while a pattern that opens with the names' first letters
# (all capitals) lets it skip to the next candidate letter.
_NAME = lazy_compile(r"(?:" + trie_pattern(sorted(_BY_FORM)) + r")(?![\w])")
_WORD = lazy_compile(r"\w")
# Bare organ names that a state may have too: "Security Council" is the UN's, but not in
# "the Russian Security Council" or "the Security Council of Belarus".
_NATIONAL_ORGAN_FORMS = frozenset({"Security Council"})
_OF_STATE = lazy_compile(
    r"\s+of\s+(?:the\s+)?(?:"
    + trie_pattern(sorted({form for entry in STATES for form in entry.forms}))
    + r")(?!\w)"
)
_POSSESSIVE = lazy_compile(r"(?:['’]s?)$")  # noqa: RUF001 (typographic apostrophe)
_STATE_BY_FOLDED: dict[str, GazetteerEntry] = {
    form.casefold(): entry for entry in STATES for form in entry.forms if len(form) > 3
}
_ORG_BY_FOLDED: dict[str, GazetteerEntry] = {
    form.casefold(): entry for entry in ORGANIZATIONS for form in entry.forms
}
_CITY_BY_FORM: dict[str, str] = {form: forms[0] for forms in CITIES for form in forms}
_CITY_BY_FOLDED: dict[str, str] = {form.casefold(): city for form, city in _CITY_BY_FORM.items()}


def find_names(text: str, start: int = 0, end: int | None = None) -> list[GazetteerHit]:
    """Every state and organization named in ``text[start:end]``, longest match first.

    Offsets are into ``text``.

    >>> [(h.name, h.start, h.end) for h in find_names("the Russian Foreign Ministry")]
    [('Russia', 4, 11)]
    >>> [h.code for h in find_names("Kazakhstan's CSTO partners, not Latin American ones")]
    ['KAZ', 'CSTO']
    >>> [h.name for h in find_names("the Security Council of Belarus and the Security Council")]
    ['Belarus', 'UN Security Council']
    """
    hits: list[GazetteerHit] = []
    stop = len(text) if end is None else end
    search, word_before = _NAME.search, _WORD.match
    new_hit = tuple.__new__  # GazetteerHit(...) without the Python-level __new__
    position = start
    while (match := search(text, position, stop)) is not None:
        begin = match.start()
        if begin > 0 and word_before(text, begin - 1):
            position = begin + 1  # inside a word: a name may still start further on
            continue
        position = match.end()
        form = match.group()
        entry = _BY_FORM[form]
        if entry is None:
            continue
        if form in _NATIONAL_ORGAN_FORMS and (
            _OF_STATE.match(text, position)
            or (
                hits
                and hits[-1].kind is MentionKind.STATE
                and text[hits[-1].end : begin].strip(" 's’") == ""  # noqa: RUF001
            )
        ):
            continue
        hits.append(
            new_hit(GazetteerHit, (entry.kind, entry.name, entry.code, begin, position, form))
        )
    return hits


def _strip_possessive(word: str) -> str:
    return _POSSESSIVE.sub("", word.strip())


def canonical_state(word: str) -> tuple[str, str] | None:
    """``(name, ISO alpha-3 code)`` of a state's name, adjective or demonym, or None.

    Possessives are accepted; an exact form is tried first, then one in another case
    (``KAZAKHSTAN``; two- and three-letter codes only in their own case).

    >>> canonical_state("Belarus'"), canonical_state("Kazakhstan"), canonical_state("Kazakh")
    (('Belarus', 'BLR'), ('Kazakhstan', 'KAZ'), ('Kazakhstan', 'KAZ'))
    >>> canonical_state("Minsk") is None
    True
    """
    for candidate in (word.strip(), _strip_possessive(word)):
        entry = _BY_FORM.get(candidate)
        if entry is None:
            entry = _STATE_BY_FOLDED.get(candidate.casefold())
        if entry is not None and entry.kind is MentionKind.STATE and entry.code is not None:
            return entry.name, entry.code
    return None


def canonical_organization(word: str) -> tuple[str, str | None] | None:
    """``(name, abbreviation)`` of an organization's name or abbreviation, or None.

    >>> canonical_organization("CPF"), canonical_organization("UN Counter-Terrorism Office")
    (('Collective Peacekeeping Forces', 'CPF'), ('UN Office of Counter-Terrorism', 'UNOCT'))
    """
    for candidate in (word.strip(), _strip_possessive(word)):
        entry = _BY_FORM.get(candidate) or _ORG_BY_FOLDED.get(candidate.casefold())
        if entry is not None and entry.kind is MentionKind.ORGANIZATION:
            return entry.name, entry.code
    return None


def canonical_city(word: str) -> str | None:
    """The canonical name of a city in :data:`CITIES`, in any case, or None.

    >>> canonical_city("NUR-SULTAN"), canonical_city("Tashkent"), canonical_city("Golan")
    ('Astana', 'Tashkent', None)
    """
    stripped = _strip_possessive(word)
    return _CITY_BY_FORM.get(stripped) or _CITY_BY_FOLDED.get(stripped.casefold())
