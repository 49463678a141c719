"""Page-format rules for each outlet, as data: compiled patterns, each with why it exists.

The rules describe how BelTA, TASS and the CSTO site lay out their pages (navigation,
datelines, time stamps, captions), never what a particular page says. The code that walks
them is in :mod:`csto_corpus.parse._pages`.
"""

from __future__ import annotations

import re

from csto_corpus.model import Source
from csto_corpus.parse._regex import lazy_compile
from csto_corpus.parse.dates import MONTH

__all__ = [
    "BELTA",
    "CSTO",
    "SIGNATURES",
    "TASS",
    "BeltaRules",
    "CstoRules",
    "TassRules",
]

_DASH = "[-\u2013\u2014]"  # hyphen, en dash, em dash
# A place in capitals, as datelines print it: MINSK, NEW YORK, UNITED NATIONS, NUR-SULTAN.
_PLACE = r"(?P<place>[A-Z][A-Z'’.\- ]*[A-Z.])"  # noqa: RUF001
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

#: Social networks and messengers whose names the sites list as links.
_SOCIAL_NETWORKS = (
    r"X|Twitter|Facebook|Instagram|Telegram|VK|VKontakte|Vkontakte|YouTube|Youtube|"
    r"TikTok|OK|Odnoklassniki|LinkedIn|WhatsApp|Viber|Threads|Dzen|Zen|RSS|Rutube|Max"
)


def _lines(*alternatives: str) -> re.Pattern[str]:
    """A pattern that matches a whole line equal to one of ``alternatives`` (regexes)."""
    return lazy_compile("^(?:" + "|".join(alternatives) + ")$")


class BeltaRules:
    """BelTA (eng.belta.by) article pages."""

    #: Header and menu lines above the article.
    navigation = _lines(
        "Projects",
        "Services",
        "Government Bodies",
        "All news",
        "Main",
        "News",
        "Menu",
        "Search",
        "Home",
        "Photo",
        "Video",
        "Multimedia",
        "Infographics",
        "Interviews",
        "Opinions",
        "Special projects",
        "Archive",
        "English",
        "Русский",
        "Беларуская",
        "Español",
        "Deutsch",
        "Français",
        "中文",
        "Top news",
        "Latest news",
    )
    #: Section names printed above the time stamp.
    section = _lines(
        "Politics",
        "Economics",
        "Economy",
        "Society",
        "Regions",
        "Incidents",
        "Culture",
        "Sports",
        "World",
        "Belarus-Russia",
        "Belarus - Russia",
        "Opinion",
        "Tech",
        "Science",
        "Defense",
        "Defence",
        "International",
        "Official",
        "President",
        "Union State",
        "Business",
        "Tourism",
        "Health",
    )
    #: The page's own "today" line: ``Flag Thursday, 21 November 2024``. Dates match ``\s``
    #: where they print a space: pages put no-break spaces there too.
    retrieved = lazy_compile(rf"^(?:Flag\s+)?{_WEEKDAY},\s+(?P<date>\d{{1,2}}\s{MONTH}\s\d{{4}})$")
    #: The weather widget: ``Minsk Clear +21°C``, ``Brest Light rain -3 °C``.
    weather = lazy_compile(r"^[A-Z][\w'\- ]{0,40}?\s[+\-−]?\d{1,2}\s?°\s?[CF]$")  # noqa: RUF001
    #: The article's time stamp: ``17 February 2022, 09:26`` (Minsk time).
    timestamp = lazy_compile(
        rf"^(?P<date>\d{{1,2}}\s{MONTH}\s\d{{4}}),?\s+(?P<time>\d{{1,2}}:\d{{2}})$"
    )
    #: The dateline at the start of the first paragraph: ``MINSK, 17 February (BelTA) - ``.
    dateline = lazy_compile(
        rf"^{_PLACE},\s+(?P<day>\d{{1,2}})\s+(?P<month>{MONTH})\s+\(BelTA\)\s*{_DASH}\s*"
    )
    #: The first line of the footer; it and everything after it are chrome.
    footer_start = _lines(
        "Follow us on:?",
        "Subscribe to us",
        "Subscribe to us on:?",
        "Recent news from Belarus",
        "Share",
        "Share:",
        "Tags:?",
        "Read also",
        "Related news",
        "Most read",
    )
    #: Footer lines that are social network links.
    social = _lines(_SOCIAL_NETWORKS, "Follow us on:?", "Subscribe to us", "Subscribe to us on:?")


class TassRules:
    """TASS (tass.com) article pages."""

    navigation = _lines(
        "All news",
        "Main",
        "Menu",
        "Search",
        "News",
        "Top stories",
        "Latest news",
        "Russian Politics & Diplomacy",
        "World",
        "Business & Economy",
        "Military & Defense",
        "Science & Space",
        "Emergencies",
        "Society & Culture",
        "Sports",
        "Press Review",
        "Opinions",
        "Special projects",
        "Russia",
        "Politics",
        "Sport",
        "Back to Main page",
        "News Feed",
        "Sections",
        "News Search Topics",
        "Use filter",
        "You can filter your feed,",
        "by choosing only interesting",
        "sections.",
        "Go to Search",
        "Loading",
        "More news",
        "Select the city",
        "Currency converter",
        "Share",
        "Share:",
        r"\^",
        r"\d+ pages? in this article",
        "ОК",  # noqa: RUF001 (the Cyrillic button label of the site's filter)
    )
    #: A line right over a photo credit is a caption unless it is this long: TASS leads are
    #: sentences of a dozen words and more, captions name what the photo shows.
    lead_min_words = 12
    #: The time stamp of older pages: ``June 21, 7:47 UTC+3 VIENNA``.
    timestamp = lazy_compile(
        rf"^(?P<month>{MONTH})\s+(?P<day>\d{{1,2}}),\s+(?P<time>\d{{1,2}}:\d{{2}})\s+"
        r"UTC(?P<offset>[+\-−]\d{1,2})(?:\s+[A-Z][A-Z .'\-]*)?$"  # noqa: RUF001
    )
    #: A photo credit: ``© Name/TASS``, ``© EPA-EFE/NAME``, ``Name/TASS`` (the © lost).
    credit = lazy_compile(r"^(?:©\s*)?[^\s/][^/]{0,80}/(?:[A-Z][\w\-]*(?: [A-Z][\w\-]*)*)$")
    #: The dateline: ``MOSCOW, September 10. /TASS/.``; TASS prints no year.
    dateline = lazy_compile(
        rf"^{_PLACE},\s+(?P<month>{MONTH})\s+(?P<day>\d{{1,2}})\.?\s*/TASS/\.?\s*"
    )
    #: Lines that end the article; searched for only below the dateline.
    footer_start = _lines(
        "Show more",
        "Show More",
        "Read also",
        "Read more",
        "Tags:?",
        "More news",
        "Back to top button",
        "Related news",
    )
    social = _lines(_SOCIAL_NETWORKS)


class CstoRules:
    """The CSTO Secretariat's English site (en.odkb-csto.org): speeches, news, listings."""

    navigation = _lines(
        "Go back",
        "Back to the section",
        "Back to the all news",
        "Back to the list",
        "Back to all news",
        "Back",
        "All news",
        "News",
        "Main",
        "Menu",
        "Search",
    )
    promo = _lines("Must read", "Read also", "Share", "Share:", "Print", "Photo", "Video")
    #: Lines that end a page's body; they and everything after them are chrome.
    footer_start = _lines("More articles", "Latest article", "Latest articles", "Other news")
    #: A title that makes the page one person's remarks.
    speech_title = lazy_compile(
        r"^(?:Opening |Closing |Welcoming |Welcome )?(?:[Rr]emarks|[Ss]peech|[Ss]tatement|"
        r"[Aa]ddress) (?:by|of) (?P<speaker>.+?) (?:at|during|to|before|on) (?P<occasion>.+)$"
    )
    #: A date on a line of its own: ``July 19, 2024``, ``19 July 2024``, ``19.07.2024``.
    date_line = lazy_compile(
        rf"^(?P<date>{MONTH}\s\d{{1,2}},\s\d{{4}}|\d{{1,2}}\s{MONTH}\s\d{{4}}"
        r"|\d{2}\.\d{2}\.\d{4})$"
    )
    #: A title repeated with its date: ``The CSTO Mission will be sent ... 14.09.2022``.
    dated_title = lazy_compile(r"^(?P<title>.+?)\s+(?P<date>\d{2}\.\d{2}\.\d{4})$")
    #: A teaser that opens with its date: ``On 25 July 2024, staff of ...``; a range of days
    #: (``On 24-25 January 2030``) is dated by its first day.
    teaser_date = lazy_compile(
        rf"^On\s(?P<date>(?P<d1>\d{{1,2}})(?:[-\u2013]\d{{1,2}})?\s(?P<m1>{MONTH})\s(?P<y1>\d{{4}})"
        rf"|(?P<m2>{MONTH})\s(?P<d2>\d{{1,2}})(?:[-\u2013]\d{{1,2}})?,\s(?P<y2>\d{{4}})),"
    )
    #: An image file name, shown where the picture was.
    image = lazy_compile(r"^[^/\\]{1,200}\.(?:jpe?g|png|gif|webp|bmp|svg|tiff?)$", re.IGNORECASE)
    social = _lines(_SOCIAL_NETWORKS)
    #: First-person words: an untitled run of paragraphs that has them is a speech or an
    #: interview excerpt; one that has none is a run of editorial teasers.
    first_person = lazy_compile(r"\b(?:I|[Ww]e|[Oo]ur|[Uu]s|[Mm]y|[Mm]e)\b")


# A short line that does not end like a sentence reads as a title or a caption.
TITLE_MAX_WORDS = 25
SENTENCE_END = lazy_compile(r"[.!?;:,]$|[.!?][\"”’»)]$")  # noqa: RUF001

BELTA = BeltaRules()
TASS = TassRules()
CSTO = CstoRules()

#: Lines that give a page's outlet away; the outlet with most matching lines wins.
SIGNATURES: dict[Source, tuple[re.Pattern[str], ...]] = {
    Source.BELTA: (
        lazy_compile(r"\(BelTA\)\s*[-\u2013\u2014]"),
        lazy_compile(r"^Recent news from Belarus$"),
        lazy_compile(rf"^Flag\s+{_WEEKDAY},"),
        # The phrase as a whole word: written literal-first, with the word boundary before
        # it as a lookbehind, so that the engine can scan for the literal (14x faster than a
        # leading \b, which made this rule half the cost of detecting the outlet).
        lazy_compile(r"BelTA has learned\b(?<!\wBelTA has learned)"),
    ),
    Source.TASS: (
        lazy_compile(r"/TASS/\.?"),
        lazy_compile(r"^(?:©\s*)?[^/\n]{1,80}/TASS$"),
    ),
    Source.CSTO: (
        # Whole lines of the site's chrome, as one rule: a line is one of them at most, so
        # it counts as often as it would as five rules, at a fifth of the cost.
        _lines(
            "Must read",
            "Go back",
            "Back to the (?:section|all news)",
            "More articles",
            "Latest article",
        ),
        CstoRules.speech_title,
    ),
}
