from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from csto_corpus.model import (
    Article,
    ArticleKind,
    DatePrecision,
    Document,
    Paragraph,
    PeacekeepingKind,
    Span,
)
from csto_corpus.parse import parse_file
from csto_corpus.parse.peacekeeping import extract_peacekeeping

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
PAGES = Path(__file__).resolve().parent / "pages"

CPF = "Collective Peacekeeping Forces"
CRRF = "Collective Rapid Reaction Forces"
CRDF = "Collective Rapid Deployment Forces"
P = PeacekeepingKind.PERSONNEL
C = PeacekeepingKind.CONTRIBUTION
M = PeacekeepingKind.MECHANISM
D = PeacekeepingKind.DEPLOYMENT
S = PeacekeepingKind.STANDARD

# kind, description, quantity, approximate, force, place, date, precision
Fact = tuple[
    PeacekeepingKind,
    str,
    int | None,
    bool,
    str | None,
    str | None,
    datetime.date | None,
    DatePrecision | None,
]


def _doc(path: Path) -> Document:
    return parse_file(path)


def _seed(prefix: str) -> Document:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return _doc(path)


def _facts(document: Document) -> list[Fact]:
    return [
        (
            f.kind,
            f.description,
            f.quantity,
            f.approximate,
            f.force,
            f.place,
            f.date,
            f.date_precision,
        )
        for article in document.articles
        for f in article.peacekeeping
    ]


EXPECTED_SEEDS: dict[str, list[Fact]] = {
    "000": [
        (
            D,
            "the CSTO Collective Peacekeeping Forces were first deployed in Kazakhstan in "
            "January 2022",
            None,
            False,
            CPF,
            "Kazakhstan",
            datetime.date(2022, 1, 1),
            DatePrecision.MONTH,
        ),
        (C, "mobile hospitals", None, False, None, None, None, None),
        (C, "military medics", None, False, None, None, None, None),
        (C, "demining detachments", None, False, None, None, None, None),
        (C, "equipment", None, False, None, None, None, None),
        (C, "infrastructure", None, False, None, None, None, None),
    ],
    "001": [],
    "002": [],
    "003": [
        (P, "about 3,800 personnel", 3800, True, CPF, None, None, None),
        (
            S,
            "meet the requirements and standards of the United Nations",
            None,
            False,
            CPF,
            None,
            None,
            None,
        ),
        (M, "the institution of a “coordinating state”", None, False, None, None, None, None),
        (
            M,
            "the post of Special Representative of the CSTO Secretary General for Peacekeeping "
            "Issues",
            None,
            False,
            None,
            None,
            None,
            None,
        ),
        (
            D,
            "the national peacekeeping contingent of the Republic of Kazakhstan in the United "
            "Nations Forces in the responsible area of monitoring the disengagement in the Golan "
            "Heights",
            None,
            False,
            None,
            "Golan Heights",
            None,
            None,
        ),
    ],
    "004": [
        (P, "about 3,800 personnel", 3800, True, CPF, None, None, None),
        (
            S,
            "meet the general UN requirements and standards for peacekeepers",
            None,
            False,
            CPF,
            None,
            None,
            None,
        ),
        (M, 'through a "coordinating state"', None, False, CPF, None, None, None),
    ],
}


@pytest.mark.parametrize("prefix", sorted(EXPECTED_SEEDS))
def test_seeds(prefix: str) -> None:
    assert _facts(_seed(prefix)) == EXPECTED_SEEDS[prefix]


EXPECTED_PAGES: dict[str, list[Fact]] = {
    "facts_pk_tass_figures": [
        (P, "more than 3,600 personnel", 3600, True, CPF, None, None, None),
        (P, "some 4 000 troops", 4000, True, CRRF, None, None, None),
        (P, "two thousand servicemen", 2000, False, CRRF, None, None, None),
        (P, "nearly 1.5 thousand military personnel", 1500, True, CRDF, None, None, None),
        (
            D,
            "A battalion of the CPF was deployed to Tajikistan on 5 October 2023",
            None,
            False,
            CPF,
            "Tajikistan",
            datetime.date(2023, 10, 5),
            DatePrecision.DAY,
        ),
        (S, "comply with UN standards for peacekeepers", None, False, CPF, None, None, None),
        (C, "engineering units", None, False, None, None, None, None),
        (C, "transport aviation", None, False, None, None, None, None),
        (C, "medical teams", None, False, None, None, None, None),
    ],
    "facts_pk_csto_lebanon": [
        (P, "3,600 military personnel", 3600, False, CPF, None, None, None),
        (P, "Nearly 500 peacekeepers", 500, True, None, None, None, None),
        (
            D,
            "Nearly 500 peacekeepers from Kazakhstan serve in the UN Interim Force in Lebanon",
            500,
            True,
            None,
            "Lebanon",
            None,
            None,
        ),
        (M, 'the mechanism of a "lead nation"', None, False, None, None, None, None),
        (M, "the post of Special Envoy for Peacekeeping", None, False, None, None, None, None),
        (C, "military observers", None, False, None, None, None, None),
        (C, "helicopter crews", None, False, None, None, None, None),
    ],
    "facts_prio_tass_tajikistan_inline": [
        (P, "more than four thousand military personnel", 4000, True, CPF, None, None, None),
        (C, "a peacekeeping company of 120 servicemen", None, False, None, None, None, None),
        (P, "120 servicemen", 120, False, None, None, None, None),
    ],
    "facts_pk_csto_remarks": [
        (P, "about 4,200 servicemen", 4200, True, CPF, None, None, None),
        (
            S,
            "meet the UN standards for peacekeeping contingents",
            None,
            False,
            CPF,
            None,
            None,
            None,
        ),
        (
            D,
            "our peacekeepers were deployed to Kyrgyzstan",
            None,
            False,
            None,
            "Kyrgyzstan",
            datetime.date(2041, 1, 1),
            DatePrecision.YEAR,
        ),
        (C, "CSTO medical units", None, False, None, None, None, None),
        (C, "engineering companies", None, False, None, None, None, None),
        (C, "military observers", None, False, None, None, None, None),
        (M, 'The mechanism of a "lead nation"', None, False, None, None, None, None),
    ],
    "facts_pk_tass_drills": [
        (P, "Around 1,300 servicemen", 1300, True, CPF, None, None, None),
        (P, "some 4,500 personnel", 4500, True, CPF, None, None, None),
        (P, "about 1,500 troops", 1500, True, None, None, None, None),
        (P, "600 servicemen", 600, False, None, None, None, None),
        (
            D,
            "The Collective Rapid Reaction Forces, with over 20,000 troops, were deployed to "
            "Kazakhstan in January 2022",
            None,
            False,
            CRRF,
            "Kazakhstan",
            datetime.date(2022, 1, 1),
            DatePrecision.MONTH,
        ),
        (P, "over 20,000 troops", 20000, True, CRRF, None, None, None),
        (
            D,
            "the CSTO peacekeepers were sent to Tajikistan",
            None,
            False,
            CPF,
            "Tajikistan",
            datetime.date(2023, 1, 1),
            DatePrecision.YEAR,
        ),
        (C, "transport aviation", None, False, None, None, None, None),
        (C, "helicopters", None, False, None, None, None, None),
        (C, "field hospitals", None, False, None, None, None, None),
        (S, "meets UN standards", None, False, None, None, None, None),
    ],
}


@pytest.mark.parametrize("name", sorted(EXPECTED_PAGES))
def test_own_pages_exact(name: str) -> None:
    assert _facts(_doc(PAGES / f"{name}.txt")) == EXPECTED_PAGES[name]


def test_personnel_figures_precision_and_recall() -> None:
    expected: set[tuple[str, str, int | None, bool, str | None]] = set()
    found: set[tuple[str, str, int | None, bool, str | None]] = set()
    for name, facts in EXPECTED_PAGES.items():
        expected |= {(name, f[1], f[2], f[3], f[4]) for f in facts if f[0] is P}
        found |= {
            (name, f[1], f[2], f[3], f[4]) for f in _facts(_doc(PAGES / f"{name}.txt")) if f[0] is P
        }
    true_positives = len(found & expected)
    assert (len(expected), true_positives / len(found), true_positives / len(expected)) == (
        14,
        1.0,
        1.0,
    )


def test_every_description_is_its_span() -> None:
    paths = [*sorted(SEEDS.glob("*.txt")), *sorted(PAGES.glob("facts_pk_*.txt"))]
    checked = 0
    for path in paths:
        document = _doc(path)
        for article in document.articles:
            for fact in article.peacekeeping:
                assert fact.span.slice(document.text) == fact.description
                checked += 1
    assert checked == 48


def _article(body: str) -> Article:
    return Article(
        id="t/1",
        kind=ArticleKind.NEWS,
        paragraphs=(Paragraph(text=body, span=Span(start=0, end=len(body))),),
    )


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The CRRF number around 18,000 troops.",
            [(P, "around 18,000 troops", 18000, True, CRRF)],
        ),
        (
            "A 1,200-strong contingent of peacekeepers is on standby.",
            [(P, "1,200-strong", 1200, False, None)],
        ),
        (
            "The CSTO CPF were created in 2009. They have over two thousand personnel.",
            [(P, "over two thousand personnel", 2000, True, CPF)],
        ),
        ("The CPF were created in 2009. More than 500 servicemen took part in a drill.", []),
        # A count of the forces before, said to be of them: "N of them are ...", "in them".
        (
            "The CSTO CPF were created in 2009. Some two thousand servicemen serve in them.",
            [(P, "Some two thousand servicemen", 2000, True, CPF)],
        ),
        (
            "The CRRF number 18,000 people. Roughly eight hundred of them are police officers.",
            [
                (P, "18,000 people", 18000, False, CRRF),
                (P, "Roughly eight hundred of them are police officers", 800, True, CRRF),
            ],
        ),
        # A nationality between the number and the noun.
        (
            "Since 2018, more than 1,200 Kazakh servicemen have served in UN peacekeeping "
            "missions.",
            [(P, "more than 1,200 Kazakh servicemen", 1200, True, None)],
        ),
        # "people" counts only after a verb of size.
        ("CSTO peacekeepers arrived after riots that killed 200 people.", []),
        (
            "The CPF will send a force of 900 people.",
            [(P, "900 people", 900, False, CPF)],
        ),
        # The CSTO's peacekeeping forces are the CPF however printed; other states' are not.
        (
            "The peacekeeping forces of the CSTO number about 3,600 servicemen.",
            [(P, "about 3,600 servicemen", 3600, True, CPF)],
        ),
        (
            "Kazakhstan's peacekeeping forces number about 800 servicemen.",
            [(P, "about 800 servicemen", 800, True, None)],
        ),
        ("More than 180 conflicts were recorded in the world last year.", []),
        ("The peacekeeping mission covers 2,000 kilometers.", []),
        # The head noun is the last word: "military observers", "police officers".
        (
            "The CSTO peacekeeping forces sent more than 40 military observers to the mission.",
            [(P, "more than 40 military observers", 40, True, CPF)],
        ),
        (
            "The CPF will deploy about 150 police officers and 12 sappers.",
            [
                (P, "about 150 police officers", 150, True, CPF),
                (P, "12 sappers", 12, False, CPF),
            ],
        ),
        (
            "The CPF number about 3,600 military and civilian personnel.",
            [(P, "about 3,600 military and civilian personnel", 3600, True, CPF)],
        ),
        (
            "The CPF have 900 military, police and civilian staff and 20 military vehicles.",
            [(P, "900 military, police and civilian staff", 900, False, CPF)],
        ),
    ],
)
def test_personnel_forms(
    body: str, expected: list[tuple[PeacekeepingKind, str, int, bool, str | None]]
) -> None:
    found = [
        (f.kind, f.description, f.quantity, f.approximate, f.force)
        for f in extract_peacekeeping(body, _article(body))
        if f.kind is P
    ]
    assert found == expected


def test_deployment_with_a_year_only() -> None:
    body = "In 2030 the CSTO peacekeepers were sent to Armenia for the first time."
    (fact,) = extract_peacekeeping(body, _article(body))
    assert (fact.kind, fact.place, fact.date, fact.date_precision, fact.description) == (
        D,
        "Armenia",
        datetime.date(2030, 1, 1),
        DatePrecision.YEAR,
        "the CSTO peacekeepers were sent to Armenia",
    )


def test_deployment_date_after_the_verb() -> None:
    body = "The Collective Peacekeeping Forces were deployed to Kyrgyzstan in 2031."
    (fact,) = extract_peacekeeping(body, _article(body))
    assert (fact.force, fact.place, fact.date, fact.date_precision) == (
        CPF,
        "Kyrgyzstan",
        datetime.date(2031, 1, 1),
        DatePrecision.YEAR,
    )


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # The sentence refers back to the forces named before it, after a phrase of time.
        (
            "The CSTO Collective Peacekeeping Forces were formed in 2007. In January 2032, "
            "they were deployed to Tajikistan at the request of its government.",
            [
                (
                    "they were deployed to Tajikistan",
                    CPF,
                    "Tajikistan",
                    datetime.date(2032, 1, 1),
                    DatePrecision.MONTH,
                )
            ],
        ),
        (
            "The CRRF held a drill in Belarus. Later, these troops were sent to Armenia in 2033.",
            [
                (
                    "these troops were sent to Armenia in 2033",
                    CRRF,
                    "Armenia",
                    datetime.date(2033, 1, 1),
                    DatePrecision.YEAR,
                )
            ],
        ),
        # No forces in the sentence before, or no deployment: nothing.
        ("The talks ended in Minsk. In 2032, they were sent to Armenia.", []),
        ("The CPF were formed in 2007. In 2032, they held a drill in Armenia.", []),
    ],
)
def test_a_deployment_of_the_forces_named_before(
    body: str, expected: list[tuple[str, str, str, datetime.date, DatePrecision]]
) -> None:
    found = [
        (f.description, f.force, f.place, f.date, f.date_precision)
        for f in extract_peacekeeping(body, _article(body))
        if f.kind is D
    ]
    assert found == expected


def test_long_sentence_without_stops_is_read() -> None:
    body = "the CPF peacekeepers and " * 8000 + "the CPF have about 3,800 personnel."
    facts = [(f.kind, f.description) for f in extract_peacekeeping(body, _article(body))]
    assert facts == [(P, "about 3,800 personnel")]


def test_a_units_head_count_after_a_sentence_about_peacekeeping() -> None:
    from csto_corpus import parse

    page = (
        "Title of a page\n\nThe CSTO peacekeeping forces are ready for UN missions. "
        "We can also offer a medical team of some 40 military personnel. "
        "The ministers met 300 guests."
    )
    facts = [f for a in parse(page, "p").articles for f in a.peacekeeping]
    # The team offered is a contribution too; the guests are no one's head count.
    assert [(f.kind.value, f.description, f.quantity) for f in facts] == [
        ("contribution", "a medical team of some 40 military personnel", None),
        ("personnel", "some 40 military personnel", 40),
    ]


def test_forces_named_after_the_verb_give_a_valid_span() -> None:
    """Found by the fuzzer: the span of such a deployment ran backwards."""
    from csto_corpus import parse
    from csto_corpus.testing import evidence_problems

    page = (
        "Title of a page\n\nThe ministry held consultations on the participation of the "
        "organization's peacekeepers in UN romissions, the Armenian side said in Yerevan."
    )
    document = parse(page, "p")
    assert evidence_problems(document) == []
    facts = [f for a in document.articles for f in a.peacekeeping]
    assert all(f.span.start < f.span.end for f in facts)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # The reporting clause after the list is no thing offered.
        (
            "Kyrgyzstan is ready to provide a peacekeeping company and a field hospital for UN "
            "missions, he added.",
            [(C, "a peacekeeping company"), (C, "a field hospital")],
        ),
        (
            "Tajikistan will offer sappers and medics to UN peacekeeping, the minister said.",
            [(C, "sappers"), (C, "medics")],
        ),
        # "contributing to" names what is helped, not what is given.
        ("Belarus has been contributing to UN peacekeeping since 2013.", []),
        # Other wordings of a standard.
        (
            "Our peacekeeping units are trained in accordance with UN standards.",
            [(S, "trained in accordance with UN standards")],
        ),
        (
            "The peacekeeping battalion is certified according to UN requirements.",
            [(S, "certified according to UN requirements")],
        ),
    ],
)
def test_contribution_and_standard_forms(
    body: str, expected: list[tuple[PeacekeepingKind, str]]
) -> None:
    found = [(f.kind, f.description) for f in extract_peacekeeping(body, _article(body))]
    assert found == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A negated sending offers nothing.
        (
            "About 1,700 peacekeepers of the CSTO take part in the drills. Armenia did not send "
            "its contingent to the peacekeeping exercise.",
            [],
        ),
        # "in addition" between the verb and the list; the first thing keeps its article.
        (
            "The CSTO is ready to offer in addition a field hospital and a sapper company to UN "
            "peacekeeping operations.",
            ["a field hospital", "a sapper company"],
        ),
    ],
)
def test_contributions_negated_and_in_addition(body: str, expected: list[str]) -> None:
    found = extract_peacekeeping(body, _article(body))
    assert [f.description for f in found if f.kind is C] == expected


def test_civilian_specialists_are_personnel_and_civilians_are_not() -> None:
    body = (
        "The Collective Peacekeeping Forces now number 4,850 military personnel, 430 police "
        "officers and 90 civilian specialists. Clashes near the border killed 200 civilians."
    )
    found = extract_peacekeeping(body, _article(body))
    assert [(f.description, f.quantity) for f in found if f.kind is PeacekeepingKind.PERSONNEL] == [
        ("4,850 military personnel", 4850),
        ("430 police officers", 430),
        ("90 civilian specialists", 90),
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Right after a sentence about the forces: things a force is made of.
        (
            "The Collective Peacekeeping Forces of the CSTO number 4,950 military personnel. "
            "Kazakhstan is ready to provide a mechanized battalion and a group of staff "
            "officers.",
            [(C, "a mechanized battalion"), (C, "a group of staff officers")],
        ),
        # ... but not anything offered.
        (
            "The Collective Peacekeeping Forces of the CSTO are ready. The ministry is ready to "
            "provide information to the press.",
            [],
        ),
        # A standard in the sentence after.
        (
            "The Collective Peacekeeping Forces of the CSTO are ready.\n\nOur units are "
            "trained in accordance with UN standards.",
            [(PeacekeepingKind.STANDARD, "trained in accordance with UN standards")],
        ),
        # A past tense offer.
        (
            "Belarus has offered a mobile hospital and an engineering company for UN "
            "peacekeeping operations.",
            [(C, "a mobile hospital"), (C, "an engineering company")],
        ),
    ],
)
def test_offers_after_a_sentence_about_peacekeeping(
    body: str, expected: list[tuple[PeacekeepingKind, str]]
) -> None:
    from csto_corpus import parse

    document = parse("Title of a page\n\n" + body, "p")
    facts = [f for a in document.articles for f in a.peacekeeping]
    assert [
        (f.kind, f.description) for f in facts if f.kind is not PeacekeepingKind.PERSONNEL
    ] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Five Belarusian military observers were deployed to the UN peacekeeping mission in "
            "Mali in March 2025.",
            (
                "Five Belarusian military observers were deployed to the UN peacekeeping "
                "mission in Mali in March 2025",
                "Mali",
                datetime.date(2025, 3, 1),
            ),
        ),
        (
            "Kyrgyzstan has sent 22 police officers to the UN Mission in South Sudan for "
            "peacekeeping.",
            ("22 police officers to the UN Mission in South Sudan", "South Sudan", None),
        ),
        # The date of the clause that "when" opens.
        (
            "The CPF had last been used in May 2025, when a medical detachment was sent to "
            "Kyrgyzstan.",
            (
                "The CPF had last been used in May 2025, when a medical detachment was sent to "
                "Kyrgyzstan",
                "Kyrgyzstan",
                datetime.date(2025, 5, 1),
            ),
        ),
    ],
)
def test_deployments_of_observers_police_and_detachments(
    body: str, expected: tuple[str, str, datetime.date | None]
) -> None:
    found = extract_peacekeeping(body, _article(body))
    (deployment,) = [f for f in found if f.kind is PeacekeepingKind.DEPLOYMENT]
    assert (deployment.description, deployment.place, deployment.date) == expected


def test_a_deployment_date_without_a_year_takes_the_page_s_year() -> None:
    from csto_corpus import parse

    page = (
        "All news\nPolitics\n28 November 2029, 11:47\n\nSappers in Syria\n\n"
        "MINSK, 28 November (BelTA) - The CSTO peacekeeping forces are ready.\n\n"
        "Armenian sappers had been deployed to Aleppo in February, the minister said.\n"
    )
    facts = [f for a in parse(page, "p").articles for f in a.peacekeeping]
    (deployment,) = [f for f in facts if f.kind is PeacekeepingKind.DEPLOYMENT]
    assert (
        deployment.description,
        deployment.place,
        deployment.date,
        deployment.date_precision,
        deployment.date_inferred,
    ) == (
        "Armenian sappers had been deployed to Aleppo in February",
        "Aleppo",
        datetime.date(2029, 2, 1),
        DatePrecision.MONTH,
        True,
    )


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Losses are no capability and no deployment.
        (
            "The Secretary General sent condolences over the attack on the UN peacekeeping "
            "mission in the Central African Republic, in which three peacekeepers were killed.",
            [],
        ),
        # "left for" deploys; "according to X" is no place.
        (
            "A new rotation of Kazakh peacekeepers left for the Golan Heights on Wednesday, "
            "according to the Kazakh Defense Ministry.",
            [("deployment", "rotation of Kazakh peacekeepers left for the Golan Heights")],
        ),
        # The receiver of an offer is no thing offered.
        (
            "Minsk is ready to offer the UN a mobile field hospital and an engineering platoon "
            "for peacekeeping operations.",
            [
                ("contribution", "a mobile field hospital"),
                ("contribution", "an engineering platoon"),
            ],
        ),
        (
            "The CPF could provide the United Nations with a demining company and a 50-bed "
            "field hospital.",
            [
                ("contribution", "a demining company"),
                ("contribution", "a 50-bed field hospital"),
            ],
        ),
        # The unit of a force that was deployed.
        (
            "A medical detachment of the Collective Peacekeeping Forces was deployed to "
            "Tajikistan in 2031.",
            [
                (
                    "deployment",
                    "A medical detachment of the Collective Peacekeeping Forces was deployed to "
                    "Tajikistan in 2031",
                )
            ],
        ),
        (
            "All units of the Collective Peacekeeping Forces have been certified as meeting "
            "United Nations standards.",
            [("standard", "meeting United Nations standards")],
        ),
    ],
)
def test_losses_departures_receivers_units_and_certificates(
    body: str, expected: list[tuple[str, str]]
) -> None:
    found = extract_peacekeeping(body, _article(body))
    assert [(f.kind.value, f.description) for f in found] == expected


def test_questions_state_no_facts_and_a_future_deployment_takes_the_next_year() -> None:
    from csto_corpus import parse

    page = (
        "All news\nPolitics\n29 May 2026, 10:05\n\nPeacekeepers\n\n"
        "MINSK, 29 May (BelTA) - Is the CSTO ready to send its peacekeepers to UN missions?\n\n"
        "The peacekeeping company will be deployed to Lebanon in September.\n"
    )
    facts = [f for a in parse(page, "p").articles for f in a.peacekeeping]
    assert [(f.kind.value, f.place, f.date, f.date_inferred) for f in facts] == [
        ("deployment", "Lebanon", datetime.date(2026, 9, 1), True)
    ]


@pytest.mark.parametrize(
    ("body", "quantity", "approximate"),
    [
        ("Twelve Kazakh military observers are deployed in Western Sahara.", 12, False),
        (
            "Nearly 500 peacekeepers from Kazakhstan serve in the UN Interim Force in Lebanon.",
            500,
            True,
        ),
        (
            "Today 139 of our servicemen serve in the UN Disengagement Observer Force in the "
            "Golan Heights.",
            139,
            False,
        ),
        # A count of people inside the phrase of the forces.
        ("A Tajik engineering platoon of 35 servicemen was deployed to Mali in 2030.", 35, False),
        (
            "The peacekeeping contingent of Armenia, numbering 33 servicemen, was sent to "
            "Lebanon in 2030.",
            33,
            False,
        ),
        # A number that does not open the forces is not their count.
        ("The CPF were deployed to Kazakhstan in January 2022.", None, False),
    ],
)
def test_a_deployment_counts_the_forces_its_subject_counts(
    body: str, quantity: int | None, approximate: bool
) -> None:
    page = "Kazakhstan sends peacekeepers to UN missions. " + body
    found = extract_peacekeeping(page, _article(page))
    (deployment,) = [f for f in found if f.kind is PeacekeepingKind.DEPLOYMENT]
    assert (deployment.quantity, deployment.approximate) == (quantity, approximate)


@pytest.mark.parametrize(
    ("subject", "force"),
    [
        ("CSTO peacekeepers were", CPF),
        ("Peacekeepers of the CSTO were", CPF),
        ("The CSTO peacekeeping contingent was", CPF),
        # Peacekeepers of one state are no collective force.
        ("Kazakh peacekeepers were", None),
    ],
)
def test_the_csto_s_peacekeepers_are_the_cpf(subject: str, force: str | None) -> None:
    body = f"{subject} deployed to Kazakhstan in January 2022."
    (deployment,) = extract_peacekeeping(body, _article(body))
    assert (deployment.force, deployment.place) == (force, "Kazakhstan")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "An engineering platoon of Kazakhstan joined the United Nations Interim Force in "
            "Lebanon in 2029.",
            ("An engineering platoon", None, "Lebanon", 2029),
        ),
        (
            "Twelve servicewomen were deployed to South Sudan in 2027.",
            ("Twelve servicewomen", 12, "South Sudan", 2027),
        ),
    ],
)
def test_platoons_and_servicewomen_are_deployed(
    body: str, expected: tuple[str, int | None, str, int]
) -> None:
    page = "Kazakhstan sends peacekeepers to UN missions. " + body
    found = extract_peacekeeping(page, _article(page))
    (deployment,) = [f for f in found if f.kind is PeacekeepingKind.DEPLOYMENT]
    assert deployment.description.startswith(expected[0])
    assert deployment.date is not None
    assert (deployment.quantity, deployment.place, deployment.date.year) == expected[1:]


def test_joining_something_other_than_a_un_mission_is_no_deployment() -> None:
    page = "Kazakhstan sends peacekeepers to UN missions. The platoon joined the drills in 2029."
    found = extract_peacekeeping(page, _article(page))
    assert [f for f in found if f.kind is PeacekeepingKind.DEPLOYMENT] == []


def test_a_deployment_starts_with_the_whole_possessive() -> None:
    body = (
        "The CPF number 4,000 personnel. Tajikistan's first peacekeepers were sent to "
        "Lebanon in 2024."
    )
    found = extract_peacekeeping(body, _article(body))
    (deployment,) = [f for f in found if f.kind is PeacekeepingKind.DEPLOYMENT]
    assert deployment.description == "Tajikistan's first peacekeepers were sent to Lebanon in 2024"


def test_a_deployment_does_not_start_at_a_preposition() -> None:
    body = (
        "On 30 October 2030, the ninth rotation of the peacekeeping contingent of Armenia was "
        "sent to Lebanon."
    )
    (deployment,) = extract_peacekeeping(body, _article(body))
    assert deployment.description.startswith("the peacekeeping contingent of Armenia")


def test_persons_are_counted() -> None:
    body = "In 2026, a CPF medical detachment of 45 persons was deployed to Kyrgyzstan."
    found = extract_peacekeeping(body, _article(body))
    assert [(f.kind, f.quantity) for f in found] == [
        (PeacekeepingKind.DEPLOYMENT, 45),
        (PeacekeepingKind.PERSONNEL, 45),
    ]


@pytest.mark.parametrize(
    ("sentence", "standard"),
    [
        ("Two companies have been certified by the UN.", "certified by the UN"),
        ("The unit passed UN certification in December.", "passed UN certification"),
        (
            "The unit was registered at Level 3 of the Peacekeeping Capability Readiness System.",
            "registered at Level 3 of the Peacekeeping Capability Readiness System",
        ),
        (
            "The companies were certified under the UN Peacekeeping Capability Readiness System.",
            "certified under the UN Peacekeeping Capability Readiness System",
        ),
    ],
)
def test_un_certification_is_a_standard(sentence: str, standard: str) -> None:
    body = "A company of 160 peacekeepers will be sent to UNMISS. " + sentence
    found = extract_peacekeeping(body, _article(body))
    assert [f.description for f in found if f.kind is PeacekeepingKind.STANDARD] == [standard]


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2022, the CSTO peacekeepers evacuated 1,200 persons from the Almaty airport.",
        "The CSTO peacekeeping contingent detained 15 persons suspected of looting.",
    ],
)
def test_persons_are_counted_only_after_a_word_of_size(sentence: str) -> None:
    found = extract_peacekeeping(sentence, _article(sentence))
    assert [f for f in found if f.kind is PeacekeepingKind.PERSONNEL] == []


def test_a_count_of_each_unit_is_not_the_deployment_s() -> None:
    body = (
        "The Kazakh peacekeeping battalion of 2 companies of 150 servicemen each was deployed "
        "to Lebanon."
    )
    (deployment, *_) = extract_peacekeeping(body, _article(body))
    assert (deployment.kind, deployment.quantity) == (PeacekeepingKind.DEPLOYMENT, None)


def test_a_certification_not_yet_passed_is_no_standard() -> None:
    body = "The Kazakh peacekeeping company has not yet passed UN certification."
    assert extract_peacekeeping(body, _article(body)) == ()
