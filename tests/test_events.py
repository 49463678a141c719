from __future__ import annotations

import datetime

import pytest

from csto_corpus.model import DatePrecision, Event
from csto_corpus.parse import parse

from ._facts import article, cut, page, seed

DAY = DatePrecision.DAY
MONTH = DatePrecision.MONTH


def _rows(events: tuple[Event, ...]) -> list[tuple[str, DatePrecision, str, str | None]]:
    return [(e.date.isoformat(), e.date_precision, e.description, e.place) for e in events]


def test_seed_002() -> None:
    assert _rows(article(seed("002")).events) == [
        (
            "1992-05-15",
            DAY,
            "The collective security treaty was signed on May 15, 1992 in Tashkent",
            "Tashkent",
        ),
        (
            "2002-10-07",
            DAY,
            "the agreement on the establishment of the Collective Security Treaty Organization "
            "was inked on October 7, 2002",
            None,
        ),
    ]


def test_seed_000() -> None:
    assert _rows(article(seed("000")).events) == [
        ("2018-11-09", DAY, "the corresponding memorandum of 9 November 2018", None),
        (
            "2022-01-01",
            MONTH,
            "the CSTO Collective Peacekeeping Forces were first deployed in Kazakhstan in "
            "January 2022",
            "Kazakhstan",
        ),
    ]


def test_seed_003() -> None:
    rows = _rows(article(seed("003")).events)
    assert rows[1] == (
        "2010-03-18",
        DAY,
        "the joint Declaration on Cooperation between the CSTO and UN Secretariats of 18 March "
        "2010",
        None,
    )
    assert rows[0][0] == "2024-07-19"  # the meeting named in the title
    # "adopted in June of this year": the year is the page's (published 19 July 2024).
    assert rows[2][:2] == ("2024-06-01", MONTH)
    assert rows[2][2].endswith("the foreign ministers of the CSTO member states adopted in June")
    assert [e.date_inferred for e in article(seed("003")).events] == [False, False, True]


def test_seed_004() -> None:
    document = seed("004")
    assert _rows(article(document, 1).events) == [
        (
            "2024-07-25",
            DAY,
            "On 25 July 2024, staff of the CSTO Secretariat met with graduates of Central Asian "
            "universities in the fields of “International relations” and “Regional studies”",
            None,
        )
    ]
    assert _rows(article(document, 3).events)[0][2].endswith("held on 19 July 2024")
    (adopted,) = article(document, 6).events
    assert adopted.date == datetime.date(2022, 11, 21)
    assert adopted.description.endswith("was adopted on November 21, 2022")


def test_seed_001_has_no_dated_event() -> None:
    assert article(seed("001")).events == ()


def test_own_pages() -> None:
    rows = _rows(article(page("facts_res_tass_ga79.txt")).events)
    assert rows == [
        ("2024-12-02", DAY, "The document was adopted on December 2, 2024", None),
        (
            "2020-12-01",
            MONTH,
            "The previous resolution on the same topic, Resolution 75/20, was adopted in "
            "December 2020",
            None,
        ),
        (
            "1992-05-15",
            DAY,
            "The Treaty on Collective Security was signed on May 15, 1992 in Tashkent",
            "Tashkent",
        ),
        (
            "2002-10-07",
            DAY,
            "The CSTO Charter was adopted on 7 October 2002 in Chisinau",
            "Chisinau",
        ),
    ]
    rows = _rows(article(page("facts_res_belta_sc.txt")).events)
    assert rows == [
        ("1948-12-10", DAY, "resolution A/RES/217 (III) of 10 December 1948", None),
        (
            "1945-10-24",
            DAY,
            "The Republic of Belarus has been a member of the United Nations since 24 October 1945",
            None,
        ),
        (
            "2019-10-22",
            DAY,
            "The memorandum of understanding between the CSTO Secretariat and the UN Office on "
            "Drugs and Crime of 22 October 2019",
            None,
        ),
        (
            "2024-09-01",
            MONTH,
            "Peacekeepers from Armenia and Kazakhstan took part in the exercise held in Belarus "
            "in September 2024",
            "Belarus",
        ),
    ]
    rows = _rows(article(page("facts_res_csto_remarks.txt")).events)
    assert rows[2:] == [
        (
            "2024-11-28",
            DAY,
            "The protocol on cooperation with the UN Department of Peace Operations was signed "
            "in Dushanbe on 28 November 2024",
            "Dushanbe",
        ),
        (
            "2025-10-01",
            MONTH,
            "The CSTO Collective Peacekeeping Forces held the exercise “Indestructible "
            "Brotherhood” in Kyrgyzstan in October 2025",
            "Kyrgyzstan",
        ),
    ]


def test_no_event_for_the_publication_date_line() -> None:
    document = seed("003")
    published = article(document).published_span
    assert published is not None
    assert all(
        not (published.start <= e.span.start < published.end) for e in article(document).events
    )


def test_every_span_slices_its_text() -> None:
    for document in [seed(p) for p in ("000", "001", "002", "003", "004")]:
        for item in document.articles:
            for event in item.events:
                assert cut(document, event.description_span) == event.description
                assert event.description in (cut(document, event.span) or "")


_BELTA_HEAD = (
    "All news\nPolitics\n14 October 2027, 16:20\n\nCSTO and UNODC compare notes\n\n"
    "DUSHANBE, 14 October (BelTA) - "
)


def _inferred_rows(body: str, head: str = _BELTA_HEAD) -> list[tuple[str, DatePrecision, str]]:
    document = parse(head + body, "p")
    return [
        (e.date.isoformat(), e.date_precision, e.description)
        for e in document.articles[0].events
        if e.date_inferred
    ]


def test_a_date_without_a_year_takes_the_year_of_the_page() -> None:
    body = (
        "On October 9, experts of the CSTO Secretariat met UNODC officials in Vienna.\n\n"
        "In September, the two secretariats agreed on a joint work plan.\n\n"
        "The collective security treaty was signed on May 15, 1992.\n"
    )
    document = parse(_BELTA_HEAD + body, "p")
    events = document.articles[0].events
    assert [(e.date.isoformat(), e.date_precision, e.date_inferred) for e in events] == [
        ("2027-10-09", DAY, True),
        ("2027-09-01", MONTH, True),
        ("1992-05-15", DAY, False),
    ]
    assert events[0].description == (
        "On October 9, experts of the CSTO Secretariat met UNODC officials in Vienna"
    )
    assert cut(document, events[1].description_span) == (
        "In September, the two secretariats agreed on a joint work plan"
    )


def test_a_past_date_before_the_turn_of_the_year_is_last_year() -> None:
    head = _BELTA_HEAD.replace("14 October 2027", "12 January 2028").replace(
        "14 October (BelTA)", "12 January (BelTA)"
    )
    assert _inferred_rows("The drills ended in Kyrgyzstan on December 20.\n", head) == [
        ("2027-12-20", DAY, "The drills ended in Kyrgyzstan on December 20")
    ]


def test_a_future_date_after_the_turn_of_the_year_is_next_year() -> None:
    head = _BELTA_HEAD.replace("14 October 2027", "28 December 2027").replace(
        "14 October (BelTA)", "28 December (BelTA)"
    )
    rows = _inferred_rows(
        "The next meeting of the working group will be held in Minsk on 18-19 January.\n"
        "The secretariats expect to sign the plan in March.\n",
        head,
    )
    assert [(date, precision) for date, precision, _ in rows] == [
        ("2028-01-18", DAY),
        ("2028-03-01", MONTH),
    ]


def test_last_year_and_next_year_say_which_year() -> None:
    rows = _inferred_rows(
        "The memorandum was signed in June last year. The review is due in mid-April next year.\n"
    )
    assert [(date, precision) for date, precision, _ in rows] == [
        ("2026-06-01", MONTH),
        ("2028-04-01", MONTH),
    ]


def test_no_year_is_inferred_without_a_publication_date() -> None:
    # A CSTO teaser with no date line: the month stays unread rather than guessed.
    text = (
        "Must read\n\nThe CSTO Secretary General met the UN Resident Coordinator\n\n"
        "On June 3, the Secretary General met the UN Resident Coordinator in Bishkek.\n"
    )
    document = parse(text, "p")
    assert all(a.published is None for a in document.articles)
    assert [e for a in document.articles for e in a.events] == []


def test_a_month_needs_a_preposition_of_time() -> None:
    assert _inferred_rows("May the talks succeed, the envoy said. March 8 is a holiday.\n") == [
        ("2027-03-08", DAY, "March 8")
    ]


def test_the_tense_of_the_clause_that_holds_the_date_counts() -> None:
    head = _BELTA_HEAD.replace("14 October 2027", "15 January 2030").replace(
        "14 October (BelTA)", "15 January (BelTA)"
    )
    rows = _inferred_rows(
        "Belarus, which took over the chairmanship of the CSTO on January 1, will focus on "
        "five priorities, the minister said.\n\n"
        "On December 10, the foreign ministers will meet in Minsk.\n",
        head,
    )
    assert [date for date, _, _ in rows] == ["2030-01-01", "2030-12-10"]


def test_a_place_after_to_or_visit_before_the_date() -> None:
    rows = _inferred_rows("The minister will visit Dushanbe on October 20.\n")
    assert rows == [("2027-10-20", DAY, "The minister will visit Dushanbe on October 20")]
    document = parse(
        _BELTA_HEAD + "A CPF battalion was deployed to Tajikistan on 5 October 2023.\n", "p"
    )
    assert [(e.place, e.date_inferred) for e in document.articles[0].events] == [
        ("Tajikistan", False)
    ]
    visit = parse(_BELTA_HEAD + "The minister will visit Dushanbe on October 20.\n", "p")
    assert [e.place for e in visit.articles[0].events] == ["Dushanbe"]


def test_a_determiner_before_a_preposition_is_not_the_noun_s() -> None:
    body = (
        "The CSTO was granted observer status in the General Assembly by resolution 59/50 of "
        "2 December 2004.\n"
    )
    (event,) = parse(_BELTA_HEAD + body, "p").articles[0].events
    assert (event.date, event.description) == (
        datetime.date(2004, 12, 2),
        "resolution 59/50 of 2 December 2004",
    )


def test_a_range_of_years_is_no_clause_edge() -> None:
    head = _BELTA_HEAD.replace("14 October 2027", "10 June 2031").replace(
        "14 October (BelTA)", "10 June (BelTA)"
    )
    rows = _inferred_rows(
        "The Secretariat will prepare a plan for 2032\u20132033 by the end of September.\n", head
    )
    assert [(date, precision) for date, precision, _ in rows] == [("2031-09-01", MONTH)]


def test_the_present_of_a_scheduled_event_is_its_future() -> None:
    head = _BELTA_HEAD.replace("14 October 2027", "29 May 2026").replace(
        "14 October (BelTA)", "29 May (BelTA)"
    )
    rows = _inferred_rows(
        "The ministers will meet at the session, which opens in New York on September 8.\n", head
    )
    assert [date for date, _, _ in rows] == ["2026-09-08"]


@pytest.mark.parametrize(
    ("body", "day"),
    [
        # The page is of 14 October 2027. A list of places has no tense of its own: the
        # clause before it says "will be held".
        (
            "The next stage will be held in Belarus, Kazakhstan and Kyrgyzstan from 1 to 5 "
            "September.",
            "2028-09-01",
        ),
        # An infinitive of what is planned is the future.
        ("The parties agreed to hold consultations in Moscow in March.", "2028-03-01"),
        ("She proposed to hold consultations in Moscow in March.", "2028-03-01"),
        # ... and a clause in the past stays past.
        ("The parties held consultations in Moscow in March.", "2027-03-01"),
    ],
)
def test_the_tense_of_a_date_s_clause_or_the_one_before(body: str, day: str) -> None:
    (row,) = _inferred_rows(body)
    assert row[0] == day


def test_may_and_could_take_place_are_the_future() -> None:
    # The page is of 14 October 2027.
    assert [row[0] for row in _inferred_rows("The vote could take place in March.")] == [
        "2028-03-01"
    ]
    assert [row[0] for row in _inferred_rows("The vote may be held in March.")] == ["2028-03-01"]
