"""Page layouts: outlet, title, dates, dateline, media, chrome and body paragraphs.

The seeds' values are those the foundation issue lists; the pages under tests/pages/ are
written in each outlet's format about other events.
"""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from csto_corpus import (
    ArticleKind,
    ChromeReason,
    Document,
    MediaKind,
    Source,
    load,
    parse,
    parse_file,
)
from csto_corpus.parse.dates import MINSK_TIME

ROOT = Path(__file__).resolve().parents[1]
PAGES = ROOT / "tests" / "pages"


def seed(prefix: str) -> Document:
    (path,) = (ROOT / "seeds").glob(f"{prefix}_*.txt")
    return parse_file(path)


def page(name: str) -> Document:
    return parse_file(PAGES / f"{name}.txt")


def chrome_of(document: Document) -> list[tuple[str, str]]:
    return [(line.text, line.reason.value) for line in document.chrome]


def evidence(document: Document, span: object) -> str:
    start, end = span.start, span.end  # type: ignore[attr-defined]
    return document.text[start:end]


# --- the seeds -------------------------------------------------------------------------


def test_seed_000_belta() -> None:
    document = seed("000")
    assert document.source is Source.BELTA
    assert document.retrieved == datetime.date(2024, 11, 21)
    (article,) = document.articles
    assert article.id == "000_579c4f8cae9ae30b/1"
    assert article.kind is ArticleKind.NEWS
    assert article.published == datetime.datetime(2022, 2, 17, 9, 26, tzinfo=MINSK_TIME)
    assert article.published_inferred is False
    assert article.title == "Belarus advocates practical cooperation between CSTO, UN"
    assert article.dateline == "MINSK"
    assert len(article.paragraphs) == 9
    assert article.paragraphs[0].text.startswith("Belarus stands for the development")
    assert article.paragraphs[-1].text.endswith(
        "for the benefit of international peace and security."
    )
    assert "(BelTA)" not in article.paragraphs[0].text
    assert chrome_of(document) == [
        ("Projects", "navigation"),
        ("Government Bodies", "navigation"),
        ("All news", "navigation"),
        ("All news", "navigation"),
        ("Politics", "section"),
        ("Follow us on:", "social"),
        ("X", "social"),
        ("Recent news from Belarus", "footer"),
    ]


def test_seed_001_belta_media_and_weather() -> None:
    document = seed("001")
    assert document.source is Source.BELTA
    assert document.retrieved == datetime.date(2023, 9, 28)
    (article,) = document.articles
    assert article.published == datetime.datetime(2023, 2, 2, 14, 56, tzinfo=MINSK_TIME)
    assert article.published.isoformat() == "2023-02-02T14:56:00+03:00"
    assert article.dateline == "MOSCOW"
    assert [(m.text, m.kind) for m in article.media] == [
        ("An archive photo", MediaKind.CAPTION),
        ("An archive photo", MediaKind.CAPTION),
    ]
    assert all("An archive photo" not in p.text for p in article.paragraphs)
    assert ("Minsk Clear +21°C", "weather") in chrome_of(document)
    # The dateline of this page is followed by an en dash.
    assert article.paragraphs[0].text.startswith("During its chairmanship")


def test_seed_002_tass_year_inferred_from_session_and_weekday() -> None:
    document = seed("002")
    assert document.source is Source.TASS
    assert document.retrieved is None
    (article,) = document.articles
    assert article.published == datetime.date(2019, 9, 10)
    assert article.published_inferred is True
    assert evidence(document, article.published_span) == "September 10"
    assert [evidence(document, span) for span in article.published_evidence] == [
        "74th UN General Assembly",
        "74th UN General Assembly",
        "Tuesday",
    ]
    assert article.dateline == "MOSCOW"
    assert article.title == "Post-Soviet security bloc deliberates on UN peacekeeping participation"
    assert article.subtitle is not None
    assert article.subtitle.startswith('"Practical proposals to enhance coordination')
    assert [(m.text, m.kind) for m in article.media] == [
        ("Russian Foreign Ministry", MediaKind.CAPTION),
        ("Valeriy Sharifulin/TASS", MediaKind.CREDIT),
        ("Russian Foreign Ministry", MediaKind.CAPTION),
        ("© Valeriy Sharifulin/TASS", MediaKind.CREDIT),
    ]
    assert article.paragraphs[0].text.startswith("Members of the Moscow-led")
    assert len(article.paragraphs) == 8


def test_seed_003_csto_speech() -> None:
    document = seed("003")
    assert document.source is Source.CSTO
    (article,) = document.articles
    assert article.kind is ArticleKind.SPEECH
    assert article.published == datetime.date(2024, 7, 19)
    assert article.title is not None
    assert article.title.startswith("Remarks by CSTO Secretary General")
    assert article.paragraphs[0].text.startswith("Allow me to thank")
    assert article.paragraphs[-1].text == "Thank you for your attention."
    assert chrome_of(document) == [
        ("Must read", "promo"),
        ("More articles", "footer"),
        ("Latest article", "footer"),
    ]


def test_seed_004_csto_listing() -> None:
    document = seed("004")
    assert document.source is Source.CSTO
    kinds = [article.kind for article in document.articles]
    assert kinds == [
        ArticleKind.TEASER,
        ArticleKind.EXCERPT,
        ArticleKind.TEASER,
        ArticleKind.TEASER,
        ArticleKind.TEASER,
        ArticleKind.NEWS,
    ]
    first = document.articles[0]
    assert first.published == datetime.date(2024, 7, 25)
    assert evidence(document, first.published_span) == "25 July 2024"
    excerpt = document.articles[1]
    assert excerpt.title is None
    assert [p.text[:18] for p in excerpt.paragraphs] == ["Allow me to thank ", "I highly appreciat"]
    assert [m.text for m in document.articles[4].media] == ["Ответ на вопрос ТАСС.jpg"]  # noqa: RUF001 (the page is Russian)
    assert document.articles[4].media[0].kind is MediaKind.IMAGE
    news = document.articles[5]
    assert news.title == "The CSTO Secretariat intensifies interaction with the UN"
    assert len(news.paragraphs) == 7
    assert news.paragraphs[0].text.startswith("At the beginning of 2023")
    assert all(article.published is None for article in document.articles[1:])
    assert chrome_of(document) == [
        ("Go back", "navigation"),
        ("Back to the section", "navigation"),
        ("Back to the all news", "navigation"),
    ]


# --- pages of our own ------------------------------------------------------------------


def test_belta_page_with_em_dash_and_other_chrome() -> None:
    document = page("belta_emdash")
    assert document.source is Source.BELTA
    assert document.retrieved == datetime.date(2025, 4, 14)
    (article,) = document.articles
    assert article.title == "Tajikistan hosts CSTO consultations on Central Asian border security"
    assert article.published == datetime.datetime(2025, 4, 11, 17, 42, tzinfo=MINSK_TIME)
    assert article.dateline == "DUSHANBE"
    assert [m.text for m in article.media] == ["A photo from the meeting"]
    assert [p.text[:30] for p in article.paragraphs] == [
        "Deputy foreign ministers of th",
        "The participants agreed to pre",
        "The next round of consultation",
    ]
    assert chrome_of(document) == [
        ("Projects", "navigation"),
        ("Services", "navigation"),
        ("Government Bodies", "navigation"),
        ("Brest Light rain +9°C", "weather"),
        ("All news", "navigation"),
        ("All news", "navigation"),
        ("World", "section"),
        ("Share", "footer"),
        ("Facebook", "social"),
        ("Telegram", "social"),
        ("Recent news from Belarus", "footer"),
    ]


def test_belta_page_with_hyphen_and_short_header() -> None:
    document = page("belta_hyphen_noheader")
    (article,) = document.articles
    assert document.retrieved == datetime.date(2025, 12, 3)
    assert article.published == datetime.datetime(2025, 12, 2, 8, 5, tzinfo=MINSK_TIME)
    assert article.dateline == "BISHKEK"
    assert article.title == "Kyrgyzstan proposes CSTO training centre for peacekeepers"
    assert article.media == ()
    assert article.paragraphs[0].text.startswith("Kyrgyzstan has offered")
    assert len(article.paragraphs) == 2


def test_tass_page_without_year_evidence_has_no_date() -> None:
    document = page("tass_no_year")
    (article,) = document.articles
    assert document.source is Source.TASS
    assert article.published is None
    assert article.published_inferred is False
    assert evidence(document, article.published_span) == "March 4"
    assert article.dateline == "ASTANA"
    assert article.subtitle is not None
    assert article.subtitle.endswith("the Kazakh Foreign Ministry said")
    assert [(m.text, m.kind) for m in article.media] == [
        ("Kazakh Foreign Ministry building", MediaKind.CAPTION),
        ("© Alexander Ryumin/TASS", MediaKind.CREDIT),
    ]
    assert len(article.paragraphs) == 3


def test_tass_year_from_printed_year_checked_against_weekday() -> None:
    document = page("tass_year_weekday")
    (article,) = document.articles
    # 8 October fell on a Wednesday in 2025 but not in 2019, the other year printed.
    assert article.published == datetime.date(2025, 10, 8)
    assert article.published_inferred is True
    assert [evidence(document, span) for span in article.published_evidence] == [
        "2019",
        "2025",
        "Wednesday",
    ]
    assert article.subtitle == (
        "Around 1,500 servicemen from five member states will take part in the exercise near "
        "Bishkek"
    )
    assert [m.kind for m in article.media] == [MediaKind.CREDIT]


def test_csto_news_page() -> None:
    document = page("csto_news")
    (article,) = document.articles
    assert article.kind is ArticleKind.NEWS
    assert article.title == (
        "Deputy Secretary General of the CSTO met with UN Resident Coordinator in Armenia"
    )
    assert article.published == datetime.date(2021, 3, 12)
    assert len(article.paragraphs) == 2
    assert [reason for _, reason in chrome_of(document)] == ["promo", "navigation", "navigation"]


def test_csto_statement_page_is_a_speech_and_its_footer_is_chrome() -> None:
    document = page("csto_statement")
    (article,) = document.articles
    assert article.kind is ArticleKind.SPEECH
    assert article.published == datetime.date(2023, 10, 5)
    assert article.paragraphs[-1].text == "I thank you for your attention."
    assert document.chrome[-1].reason is ChromeReason.FOOTER
    assert document.chrome[-1].text == "CSTO exercise Interaction-2023 concluded in Belarus"


def test_unknown_page_falls_back_to_title_and_paragraphs() -> None:
    document = parse("A headline\n\nFirst paragraph.\n\nSecond paragraph.", "other")
    assert document.source is Source.UNKNOWN
    (article,) = document.articles
    assert article.title == "A headline"
    assert [p.text for p in article.paragraphs] == ["First paragraph.", "Second paragraph."]


@pytest.mark.parametrize("text", ["", "   \n\n\t\n", "\u00a0"])
def test_blank_pages_have_no_articles(text: str) -> None:
    document = parse(text, "blank")
    assert document.articles == ()
    assert document.chrome == ()


def test_crlf_line_ends_are_normalised_and_facts_kept() -> None:
    path = next((ROOT / "seeds").glob("000_*.txt"))
    original = path.read_text(encoding="utf-8")
    crlf = parse(original.replace("\n", "\r\n"), "crlf")
    assert "\r" not in crlf.text
    assert crlf.articles[0].paragraphs == parse(original, "lf").articles[0].paragraphs


def test_load_a_directory_and_a_list_of_files(tmp_path: Path) -> None:
    for name in ("b.txt", "a.txt"):
        (tmp_path / name).write_text("Title\n\nBody.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("not a page", encoding="utf-8")
    assert [d.id for d in load(tmp_path)] == ["a", "b"]
    assert [d.id for d in load([tmp_path / "b.txt"])] == ["b"]
    assert [d.id for d in load(str(tmp_path / "a.txt"))] == ["a"]


def test_tass_older_layout_with_menus_and_a_time_stamp() -> None:
    document = page("tass_old_layout")
    (article,) = document.articles
    assert article.title == (
        "CSTO ready to send police unit to UN missions, deputy secretary general says"
    )
    assert article.subtitle == (
        "The organization has trained a police peacekeeping unit of about 200 officers"
    )
    # The time stamp gives the time and offset; the year comes from 2024 and "Friday":
    # 15 March was a Friday in 2024 but not in 2018, the other year printed.
    assert article.published == datetime.datetime(
        2024, 3, 15, 11, 5, tzinfo=datetime.timezone(datetime.timedelta(hours=3))
    )
    assert article.published_inferred is True
    assert [evidence(document, span) for span in article.published_evidence] == [
        "2018",
        "2024",
        "Friday",
    ]
    assert article.dateline == "GENEVA"
    assert [p.text[:20] for p in article.paragraphs] == [
        "The Collective Secur",
        '"Our unit has passed',
        "The CSTO Council of ",
    ]
    reasons = [reason for _, reason in chrome_of(document)]
    assert reasons == ["navigation"] * 15 + ["footer", "footer"]
    assert ("1 pages in this article", "navigation") in chrome_of(document)


def test_csto_listing_with_dated_teasers_and_a_dated_title_repeat() -> None:
    document = page("csto_listing_other")
    assert [(a.kind, a.published) for a in document.articles] == [
        (ArticleKind.TEASER, datetime.date(2025, 3, 3)),
        (ArticleKind.TEASER, datetime.date(2025, 2, 18)),
        (ArticleKind.NEWS, datetime.date(2025, 2, 26)),
    ]
    news = document.articles[2]
    assert news.title == "The CSTO Working Group on Afghanistan will meet in Dushanbe"
    assert evidence(document, news.published_span) == "26.02.2025"
    assert len(news.paragraphs) == 2


def test_an_impossible_date_after_a_repeated_title_is_no_date() -> None:
    """Found by the fuzzer: 52.02.2025 raised dateutil's error."""
    page = "Must read\n\nA meeting will be held\n\nA meeting will be held 52.02.2025\n\nText.\n"
    (article,) = parse(page, "p").articles
    assert article.title == "A meeting will be held"
    assert article.published is None
    assert [p.text for p in article.paragraphs] == ["Text."]


@pytest.mark.parametrize("stamp", ["25:05 UTC+3", "11:05 UTC+99"])
def test_an_impossible_tass_time_stamp_leaves_the_date(stamp: str) -> None:
    """Found by the fuzzer: an hour of 25 raised ValueError."""
    text = (ROOT / "tests" / "pages" / "tass_old_layout.txt").read_text(encoding="utf-8")
    document = parse(text.replace("11:05 UTC+3", stamp), "p")
    (article,) = document.articles
    assert article.published == datetime.date(2024, 3, 15)
    assert type(article.published) is datetime.date


@pytest.mark.parametrize(
    ("opening", "printed"),
    [
        ("On 24-25 January 2030", "24-25 January 2030"),
        ("On January 24-25, 2030", "January 24-25, 2030"),
        ("On 24 January 2030", "24 January 2030"),
    ],
)
def test_a_teaser_that_opens_with_a_range_of_days_is_dated_by_its_first(
    opening: str, printed: str
) -> None:
    text = (
        f"\n{opening}, the CSTO Secretariat and the UN Department of Political and "
        "Peacebuilding Affairs held consultations in New York.\n\n\nGo back\n"
    )
    document = parse(text, "p")
    (teaser,) = document.articles
    assert (teaser.kind, teaser.published) == (ArticleKind.TEASER, datetime.date(2030, 1, 24))
    assert evidence(document, teaser.published_span) == printed
