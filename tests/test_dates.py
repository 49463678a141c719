"""Printed dates and the inference of a missing year."""

from __future__ import annotations

import datetime

import pytest

from csto_corpus.parse.dates import (
    find_dates,
    find_partial_dates,
    infer_year,
    parse_date,
    year_near,
)


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("17 February 2022", datetime.date(2022, 2, 17)),
        ("July 19, 2024", datetime.date(2024, 7, 19)),
        ("14.09.2022", datetime.date(2022, 9, 14)),
        ("02 December 2025", datetime.date(2025, 12, 2)),
    ],
)
def test_parse_date(printed: str, expected: datetime.date) -> None:
    assert parse_date(printed) == expected


def test_find_dates_gives_precision_and_offsets() -> None:
    text = "signed on May 15, 1992 in Tashkent, of 9 November 2018, deployed in January 2022"
    found = [(d.date, d.precision, text[d.start : d.end]) for d in find_dates(text)]
    assert found == [
        (datetime.date(1992, 5, 15), "day", "May 15, 1992"),
        (datetime.date(2018, 11, 9), "day", "9 November 2018"),
        (datetime.date(2022, 1, 1), "month", "January 2022"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("held on 14-15 May 2027 in New York", [(datetime.date(2027, 5, 14), "14-15 May 2027")]),
        ("from 9 to 13 October 2028", [(datetime.date(2028, 10, 9), "9 to 13 October 2028")]),
        ("on October 9\u201313, 2028", [(datetime.date(2028, 10, 9), "October 9\u201313, 2028")]),
        # A full date before a range: the range's last day is still not a date of its own.
        (
            "on 3 May 2027 and on 14-15 June 2027",
            [
                (datetime.date(2027, 5, 3), "3 May 2027"),
                (datetime.date(2027, 6, 14), "14-15 June 2027"),
            ],
        ),
        # Two dates with years of their own are no range.
        (
            "from 17 May 2022 to July 19, 2024",
            [
                (datetime.date(2022, 5, 17), "17 May 2022"),
                (datetime.date(2024, 7, 19), "July 19, 2024"),
            ],
        ),
        # An impossible first day: no date at all, not the range's last day.
        ("on 31-32 February 2027", []),
    ],
)
def test_a_range_of_days_is_its_first_day(
    text: str, expected: list[tuple[datetime.date, str]]
) -> None:
    found = [(d.date, text[d.start : d.end]) for d in find_dates(text)]
    assert found == expected
    assert all(d.precision == "day" for d in find_dates(text))


def test_an_impossible_date_is_no_date() -> None:
    assert find_dates("on 31 February 2023 and 30 February 2024") == []


def test_session_and_weekday_agree() -> None:
    text = "ahead of the 80th UN General Assembly, the ministry said on Wednesday"
    # Session 80 opens in September 2025; 17 September fell on a Wednesday in 2025.
    assert infer_year(9, 17, text).year == 2025


def test_session_without_weekday_is_ambiguous() -> None:
    assert infer_year(9, 17, "ahead of the 80th UN General Assembly").year is None


def test_two_sessions_must_agree() -> None:
    text = "the 78th session of the UN General Assembly and the 79th UN General Assembly"
    # 78 gives 2023 or 2024, 79 gives 2024 or 2025: only 2024 is left.
    assert infer_year(3, 1, text).year == 2024
    assert (
        infer_year(3, 1, "the 70th UN General Assembly and the 79th UN General Assembly").year
        is None
    )


def test_printed_year_needs_a_weekday() -> None:
    assert infer_year(3, 4, "the plan for 2025 was approved").year is None
    assert infer_year(3, 4, "the plan for 2025 was approved on Tuesday").year == 2025
    assert infer_year(3, 4, "the plan for 2025 was approved on Monday").year is None


@pytest.mark.parametrize(
    "text",
    [
        "The CSTO was founded in 2002, it said on Thursday.",
        "It has worked since 2002, it said on Thursday.",
        "It was the first such meeting since July 2002, it said on Thursday.",
        "It has grown since early March 2002, it said on Thursday.",
        "under the 2002 Charter, it said on Thursday.",
        "for 2002-2003, it said on Thursday.",
        "It said last Thursday that the plan for 2002 was ready.",
    ],
)
def test_years_that_date_other_things_are_no_evidence(text: str) -> None:
    # 14 November 2002 was a Thursday, but none of these years dates the page.
    assert infer_year(11, 14, text).year is None


def test_the_weekday_must_match() -> None:
    inference = infer_year(9, 10, "the 74th UN General Assembly, it said on Tuesday")
    assert inference.year == 2019
    assert infer_year(9, 10, "the 74th UN General Assembly, it said on Monday").year is None


def test_find_partial_dates_reads_dates_without_a_year() -> None:
    text = (
        "On June 18 and on 3-4 July, in mid-September and since March; "
        "not on 3 May 2027, in January 2022, or June 18, 2026; May the talks go well."
    )
    found = [(d.month, d.day, text[d.start : d.end]) for d in find_partial_dates(text, 0)]
    assert found == [
        (6, 18, "June 18"),
        (7, 3, "3-4 July"),
        (9, None, "mid-September"),
        (3, None, "March"),
    ]
    assert find_partial_dates("the 18th of June", 10)[0][1:] == (18, 14, 26)


def test_year_near_counts_from_the_page() -> None:
    page = datetime.date(2027, 1, 5)
    assert year_near(page, 12, 20, future=False) == 2026
    assert year_near(page, 12, 20, future=True) == 2027
    assert year_near(page, 1, 9, future=False) == 2027  # within a week after the page
    assert year_near(datetime.date(2028, 3, 1), 2, 29, future=False) == 2028
    assert year_near(datetime.date(2027, 3, 1), 2, 29, future=False) is None


def test_a_range_over_two_months_is_one_date() -> None:
    text = "held from 23 September to 4 October 2030, then September 28 - October 2, 2031"
    assert [(d.date, text[d.start : d.end]) for d in find_dates(text)] == [
        (datetime.date(2030, 9, 23), "23 September to 4 October 2030"),
        (datetime.date(2031, 9, 28), "September 28 - October 2, 2031"),
    ]


def test_a_session_after_the_general_assembly_in_its_sentence_dates_the_page() -> None:
    text = (
        "Moscow would co-sponsor a General Assembly resolution, to be put to a vote at the "
        "82nd session in November, the envoy said on Wednesday."
    )
    assert infer_year(10, 27, text).year == 2027  # 27 October 2027 is a Wednesday
    # Another body's session, or one in another sentence, says nothing.
    assert infer_year(10, 27, text.replace("82nd session", "82nd session of the HRC")).year is None
    assert (
        infer_year(10, 27, "A General Assembly text. The 82nd session, he said on Wednesday.").year
        is None
    )


def test_a_range_over_two_months_without_a_year_is_one_partial_date() -> None:
    text = "held from 23 September to 4 October, then September 28 - October 2"
    assert [(d.month, d.day, text[d.start : d.end]) for d in find_partial_dates(text)] == [
        (9, 23, "23 September to 4 October"),
        (9, 28, "September 28 - October 2"),
    ]


@pytest.mark.parametrize(
    ("printed", "expected", "date"),
    [
        ("adopted on the 3rd of December 2028.", "3rd of December 2028", (2028, 12, 3)),
        ("on December 3rd, 2028, in New York", "December 3rd, 2028", (2028, 12, 3)),
        ("signed on 21st August 2027", "21st August 2027", (2027, 8, 21)),
        ("the 1st of May 2030", "1st of May 2030", (2030, 5, 1)),
    ],
)
def test_an_ordinal_day_makes_a_full_date(
    printed: str, expected: str, date: tuple[int, int, int]
) -> None:
    (found,) = find_dates(printed)
    assert (found.precision, printed[found.start : found.end]) == ("day", expected)
    assert found.date == datetime.date(*date)


@pytest.mark.parametrize(
    "printed",
    ["from 3rd to 5th December 2029", "December 3rd-5th, 2029", "3rd-5th of December 2029"],
)
def test_a_range_of_ordinal_days_is_its_first_day(printed: str) -> None:
    (found,) = find_dates(printed)
    assert (found.date, found.precision) == (datetime.date(2029, 12, 3), "day")


def test_a_session_to_come_is_no_evidence_of_the_page_s_year() -> None:
    text = (
        "The UN General Assembly on Friday adopted a resolution at its 87th session. It "
        "requests the Secretary-General to submit a report at the 89th session of the "
        "General Assembly."
    )
    # 3 December 2032 was a Friday; the 89th session is one to come.
    assert infer_year(12, 3, text).year == 2032


def test_next_is_a_session_to_come_only_right_before_it() -> None:
    text = "The UN General Assembly on Friday adopted the next resolution at its 87th session."
    assert infer_year(12, 3, text).year == 2032
