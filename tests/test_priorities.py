from __future__ import annotations

from pathlib import Path

import pytest

from csto_corpus.model import (
    Article,
    ArticleKind,
    Document,
    Paragraph,
    Span,
    Speaker,
    Statement,
    StatementKind,
)
from csto_corpus.parse import parse, parse_file
from csto_corpus.parse.priorities import extract_priorities

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
PAGES = Path(__file__).resolve().parent / "pages"

Row = tuple[str, int | None, str | None, int | None, str]


def _doc(path: Path) -> Document:
    return parse_file(path)


def _rows(document: Document) -> list[Row]:
    return [
        (article.id, p.rank, p.holder, p.year, p.summary)
        for article in document.articles
        for p in article.priorities
    ]


def _seed(prefix: str) -> Document:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return _doc(path)


def test_seed_001_four_priorities_of_belarus_2023() -> None:
    document = _seed("001")
    assert [row[1:] for row in _rows(document)] == [
        (1, "Belarus", 2023, "resolving crisis situations"),
        (2, "Belarus", 2023, "effective self-presentation of the CSTO in the international arena"),
        (3, "Belarus", 2023, "to beef up the military component of the CSTO"),
        (
            4,
            "Belarus",
            2023,
            "reinforcing the analytical component, responding to information wars and media "
            "positioning",
        ),
    ]


def test_seed_001_details_run_to_the_next_priority() -> None:
    document = _seed("001")
    first, second, third, fourth = document.articles[0].priorities
    assert first.details is not None
    assert second.details is not None
    assert first.details.startswith("All possible diplomatic efforts will be undertaken")
    assert first.details.endswith("in Belarus,” Sergei Rachkov added.")
    assert "\n\n" in first.details  # it crosses paragraphs
    assert second.details.startswith("“In this context, Belarus suggests")
    assert second.details.endswith(
        "improve its standing in the international arena,” Sergei Rachkov said."
    )
    assert third.details is not None
    assert third.details.startswith("“In our opinion, the primary")
    assert fourth.details is not None
    assert fourth.details.endswith(
        "to arrange systematic work in this field,” the parliamentarian emphasized."
    )
    assert first.span.slice(document.text).startswith("“Belarus' first priority during its")
    assert second.span.slice(document.text) == (
        "“The second priority is effective self-presentation of the CSTO in the international "
        "arena,” the parliamentarian continued."
    )


def test_seed_004_unranked_priority_of_the_presidency() -> None:
    document = _seed("004")
    rows = _rows(document)
    assert [row[1:] for row in rows] == [
        (
            None,
            "Belarus",
            None,  # "this year's presidency", and the item prints no date of its own
            "Strengthening the role and significance of the CSTO in the system of international "
            "relations",
        )
    ]
    (priority,) = [p for a in document.articles for p in a.priorities]
    assert priority.details == (
        "The aim is to develop cooperation with associations of states and individual countries "
        "in order to meet the evolving challenges of regional and global security."
    )


@pytest.mark.parametrize("prefix", ["000", "002", "003"])
def test_seeds_without_chairmanship_priorities(prefix: str) -> None:
    # 002 prints "their priorities for the 74th UN General Assembly" and "national
    # priorities"; 003 "we give priority to the political and diplomatic dimension".
    assert _rows(_seed(prefix)) == []


EXPECTED: dict[str, list[tuple[int | None, str | None, int | None, str]]] = {
    "facts_prio_tass_russia": [
        (
            1,
            "Russia",
            2026,
            "the security of the external borders of the member states, above all the "
            "Tajik-Afghan border",
        ),
        (2, "Russia", 2026, "the modernization of the Collective Rapid Reaction Forces"),
        (
            3,
            "Russia",
            2026,
            "countering international terrorism and extremism, including in cyberspace",
        ),
        (4, "Russia", 2026, "to deepen cooperation with the UN, the SCO and the CIS"),
        (5, "Russia", 2026, "Combating drug trafficking and illegal migration"),
        (6, "Russia", 2026, "developing the CSTO's peacekeeping potential for UN operations"),
    ],
    "facts_prio_csto_kazakhstan": [
        (1, "Kazakhstan", 2025, "strengthening the crisis response system of the Organization"),
        (
            2,
            "Kazakhstan",
            2025,
            "improving the combat readiness of the Collective Peacekeeping Forces and their "
            "interaction with UN missions",
        ),
        (3, "Kazakhstan", 2025, "countering threats in the information space"),
        (4, "Kazakhstan", 2025, "developing cooperation with the UN, the SCO and the CIS"),
        (5, "Kazakhstan", 2025, "building up the Organization's analytical potential"),
    ],
    "facts_prio_belta_tajikistan": [
        (1, "Tajikistan", 2027, "reinforcing the Tajik-Afghan border"),
        (2, "Tajikistan", 2027, "joint training of the crisis response forces"),
        (3, "Tajikistan", 2027, "modernizing the CSTO early warning system"),
        (4, "Tajikistan", 2027, "closer contacts with the UN Office of Counter-Terrorism"),
        (5, "Tajikistan", 2027, "support for the Organization's Parliamentary Assembly"),
    ],
    "facts_prio_belta_kyrgyzstan": [
        (1, "Kyrgyzstan", 2028, "the fight against drug trafficking"),
        (2, "Kyrgyzstan", 2028, "the protection of critical infrastructure"),
        (3, "Kyrgyzstan", 2028, "cooperation with the UN Office on Drugs and Crime"),
    ],
    "facts_prio_tass_negative": [],
    "facts_prio_tass_kazakhstan_seven": [
        (1, "Kazakhstan", 2029, "the stability of Central Asia"),
        (2, "Kazakhstan", 2029, "to strengthen the CSTO crisis response system"),
        (3, "Kazakhstan", 2029, "the development of military-technical cooperation"),
        (4, "Kazakhstan", 2029, "information security"),
        (5, "Kazakhstan", 2029, "countering biological threats"),
        (6, "Kazakhstan", 2029, "humanitarian cooperation"),
        (7, "Kazakhstan", 2029, "cooperation with the UN and its specialized agencies"),
    ],
    "facts_prio_belta_armenia_bullets": [
        # A bulleted list prints no ranks: rank None.
        (
            None,
            "Armenia",
            2034,
            "settling conflicts in the CSTO area of responsibility by political means",
        ),
        (None, "Armenia", 2034, "improving the CSTO crisis response mechanisms"),
        (None, "Armenia", 2034, "strengthening the Organization's international standing"),
        (None, "Armenia", 2034, "deepening interaction with the UN"),
        (1, "Armenia", 2034, "peace in the South Caucasus"),
        (None, "Armenia", 2034, "Expanding contacts with the OSCE"),
    ],
    "facts_prio_belta_kyrgyzstan_first_is": [
        (1, "Kyrgyzstan", 2040, "strengthening the borders of the Central Asian member states"),
        (2, "Kyrgyzstan", 2040, "combating drug trafficking"),
        (3, "Kyrgyzstan", 2040, "the development of the CSTO Collective Rapid Deployment Forces"),
        (4, "Kyrgyzstan", 2040, "the sphere of information security"),
        (5, "Kyrgyzstan", 2040, "cooperation with the UN"),
    ],
    "facts_prio_tass_tajikistan_inline": [
        # "named X as the top priority", then a numbered list inside one sentence.
        (1, "Tajikistan", 2041, "ensuring stability on the Tajik-Afghan border"),
        (1, "Tajikistan", 2041, "security of the external borders"),
        (2, "Tajikistan", 2041, "countering terrorism and extremism"),
        (3, "Tajikistan", 2041, "strengthening the CSTO peacekeeping potential"),
    ],
    "facts_prio_csto_belarus_firstly": [
        (1, "Belarus", 2036, "we will continue to strengthen the collective security system"),
        (2, "Belarus", 2036, "we intend to improve the peacekeeping potential of the CSTO"),
        (
            3,
            "Belarus",
            2036,
            "we will pay special attention to the information security of the member states",
        ),
        (4, "Belarus", 2036, "we propose to develop cooperation with the SCO and the CIS"),
    ],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_own_pages_exact(name: str) -> None:
    document = _doc(PAGES / f"{name}.txt")
    assert [row[1:] for row in _rows(document)] == EXPECTED[name]


def test_own_pages_precision_and_recall() -> None:
    expected: set[tuple[str, int | None, str | None, int | None, str]] = set()
    found: set[tuple[str, int | None, str | None, int | None, str]] = set()
    for path in sorted(PAGES.glob("facts_prio_*.txt")):
        expected |= {(path.stem, *row) for row in EXPECTED[path.stem]}
        found |= {(path.stem, *row[1:]) for row in _rows(_doc(path))}
    true_positives = len(found & expected)
    precision = true_positives / len(found)
    recall = true_positives / len(expected)
    assert (len(expected), precision, recall) == (45, 1.0, 1.0)


def test_every_text_field_is_its_span() -> None:
    paths = [*sorted(SEEDS.glob("*.txt")), *sorted(PAGES.glob("facts_prio_*.txt"))]
    checked = 0
    for path in paths:
        document = _doc(path)
        for article in document.articles:
            for p in article.priorities:
                assert p.summary_span is not None
                assert p.summary_span.slice(document.text) == p.summary
                assert p.span.start <= p.summary_span.start < p.summary_span.end <= p.span.end
                if p.details is not None:
                    assert p.details_span is not None
                    assert p.details_span.slice(document.text) == p.details
                    assert p.details_span.start >= p.span.end
                else:
                    assert p.details_span is None
                checked += 1
    assert checked == 50


def test_kazakhstan_list_items_have_their_own_spans() -> None:
    document = _doc(PAGES / "facts_prio_csto_kazakhstan.txt")
    spans = [p.span.slice(document.text) for p in document.articles[0].priorities]
    assert spans[0] == "1) strengthening the crisis response system of the Organization;"
    assert spans[-1] == "5) building up the Organization's analytical potential."
    assert all(p.details is None for p in document.articles[0].priorities)


def _article(body: str, statements: tuple[Statement, ...] = ()) -> Article:
    return Article(
        id="t/1",
        kind=ArticleKind.NEWS,
        paragraphs=(Paragraph(text=body, span=Span(start=0, end=len(body))),),
        statements=statements,
    )


def test_speaker_comes_from_the_statement_that_holds_the_priority_or_the_one_before() -> None:
    body = (
        "“Armenia's first priority during its chairmanship in 2030 is water security,” "
        "Jane Doe said. The second priority is border control."
    )
    quote = "Armenia's first priority during its chairmanship in 2030 is water security,"
    speaker = Speaker(name="Jane Doe", role="Foreign Minister")
    statement = Statement(
        text=quote,
        kind=StatementKind.DIRECT,
        verb="said",
        speaker=speaker,
        span=Span(start=1, end=1 + len(quote)),
        paragraph=0,
    )
    first, second = extract_priorities(body, _article(body, (statement,)))
    assert (first.rank, first.holder, first.year, first.summary) == (
        1,
        "Armenia",
        2030,
        "water security",
    )
    assert first.speaker == speaker
    # The next of the series, outside any statement, goes on with the same speaker.
    assert (second.rank, second.holder, second.year, second.summary, second.speaker) == (
        2,
        "Armenia",
        2030,
        "border control",
        speaker,
    )


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Countering terrorism is the top priority of the Kazakh chairmanship in 2029.",
            [(1, "Kazakhstan", 2029, "Countering terrorism")],
        ),
        (
            "He said that water security is one of the priorities of Tajikistan's presidency.",
            [(None, "Tajikistan", None, "water security")],
        ),
        (
            "The CSTO chairmanship passed to Belarus. Its first priority for 2032 is to train "
            "peacekeepers.",
            [(1, "Belarus", 2032, "to train peacekeepers")],
        ),
        (
            "The Russian presidency of the UN Security Council has a first priority: Syria.",
            [],
        ),
        ("Afghanistan is a priority for the organization.", []),
        ("The first priority for peacekeepers is safety.", []),
        ("We give priority to diplomacy during the chairmanship.", []),
        ("Armenia held the previous chairmanship. The first priority is peace.", []),
        (
            "Kazakhstan presented its chairmanship plan. The priorities are:\n- trust;\n- peace.",
            [(None, "Kazakhstan", None, "trust"), (None, "Kazakhstan", None, "peace")],
        ),
        # Unnumbered items in the sentence that names the priorities.
        (
            "The priorities of Tajikistan's CSTO chairmanship in 2031 include strengthening "
            "the southern borders, countering drug trafficking and developing peacekeeping.",
            [
                (None, "Tajikistan", 2031, "strengthening the southern borders"),
                (None, "Tajikistan", 2031, "countering drug trafficking"),
                (None, "Tajikistan", 2031, "developing peacekeeping"),
            ],
        ),
        (
            "The priorities of the Armenian chairmanship are security, stability and "
            "development, the minister said.",
            [
                (None, "Armenia", None, "security"),
                (None, "Armenia", None, "stability"),
                (None, "Armenia", None, "development"),
            ],
        ),
        (
            "Kyrgyzstan's priorities for its chairmanship include countering terrorism and "
            "modernizing the collective forces.",
            [
                (None, "Kyrgyzstan", None, "countering terrorism"),
                (None, "Kyrgyzstan", None, "modernizing the collective forces"),
            ],
        ),
        # "Among the priorities ..., <speaker> named A, B and C."
        (
            "Among the main priorities of the Armenian chairmanship, the deputy minister named "
            "strengthening the rapid reaction forces, combating drug trafficking and developing "
            "contacts with the UN Office on Drugs and Crime.",
            [
                (None, "Armenia", None, "strengthening the rapid reaction forces"),
                (None, "Armenia", None, "combating drug trafficking"),
                (
                    None,
                    "Armenia",
                    None,
                    "developing contacts with the UN Office on Drugs and Crime",
                ),
            ],
        ),
        (
            "Among the priorities of Kazakhstan's chairmanship in 2034, Foreign Minister Aibek "
            "Nurlanov also listed water security, border protection and the fight against "
            "terrorism.",
            [
                (None, "Kazakhstan", 2034, "water security"),
                (None, "Kazakhstan", 2034, "border protection"),
                (None, "Kazakhstan", 2034, "the fight against terrorism"),
            ],
        ),
        # Paragraphs numbered "1.", "2.": the number is no sentence of its own.
        (
            "Tajikistan presented the plan of its CSTO chairmanship in 2027.\n"
            "The chairmanship will be guided by the following priorities:\n"
            "1. Ensuring security on the border.\n2. Countering terrorism.\n"
            "The plan was supported.",
            [
                (1, "Tajikistan", 2027, "Ensuring security on the border"),
                (2, "Tajikistan", 2027, "Countering terrorism"),
            ],
        ),
        # A previous chairmanship's priority is that chairmanship's, not the current one's.
        (
            "Kyrgyzstan holds the CSTO chairmanship in 2031. The top priority of the previous "
            "Kazakh chairmanship was the early warning system.",
            [(1, "Kazakhstan", None, "the early warning system")],
        ),
        (
            "Kyrgyzstan holds the CSTO chairmanship in 2031. The previous Kazakh chairmanship "
            "focused on crises. Its top priority was the early warning system.",
            [(1, "Kazakhstan", None, "the early warning system")],
        ),
        # A serial comma: the last item is not split again at its own "and".
        (
            "The priorities of the Kyrgyz chairmanship include strengthening the borders, "
            "countering terrorism, and expanding cooperation with the United Nations and its "
            "agencies.",
            [
                (None, "Kyrgyzstan", None, "strengthening the borders"),
                (None, "Kyrgyzstan", None, "countering terrorism"),
                (
                    None,
                    "Kyrgyzstan",
                    None,
                    "expanding cooperation with the United Nations and its agencies",
                ),
            ],
        ),
        # "went on" between the priority phrase and its copula, or after the summary.
        (
            "Kyrgyzstan holds the CSTO chairmanship. The fourth priority, the minister went on, "
            "is countering cyber threats.",
            [(4, "Kyrgyzstan", None, "countering cyber threats")],
        ),
        (
            "Kyrgyzstan holds the CSTO chairmanship. The fourth priority is countering cyber "
            "threats, the minister went on.",
            [(4, "Kyrgyzstan", None, "countering cyber threats")],
        ),
        # "our number one priority" is ranked first.
        (
            "Tajikistan holds the CSTO chairmanship in 2031. Security on the Afghan border is "
            "our number one priority.",
            [(1, "Tajikistan", 2031, "Security on the Afghan border")],
        ),
        # A chairmanship held before ("previously chaired") does not clear the year.
        (
            "The priorities of Tajikistan's chairmanship in 2031 include securing the borders "
            "and fighting drug trafficking. Tajikistan previously chaired the organization in "
            "2021.",
            [
                (None, "Tajikistan", 2031, "securing the borders"),
                (None, "Tajikistan", 2031, "fighting drug trafficking"),
            ],
        ),
        # "... named three priorities of the chairmanship: A, B and C."
        (
            "Tajikistan will chair the CSTO in 2033. The deputy minister named three priorities "
            "of the chairmanship: fighting terrorism, guarding the borders and developing ties "
            "with the UN.",
            [
                (None, "Tajikistan", 2033, "fighting terrorism"),
                (None, "Tajikistan", 2033, "guarding the borders"),
                (None, "Tajikistan", 2033, "developing ties with the UN"),
            ],
        ),
        # A colon that introduces a quote (a reporting verb or a quotation mark) is no list.
        (
            "Speaking of the priorities of the chairmanship, he said: we will fight terrorism, "
            "drugs and crime.",
            [],
        ),
        (
            "Tajikistan will chair the CSTO. On the priorities of the chairmanship: “We will "
            "fight terrorism, drugs and crime.”",
            [],
        ),
        # Something else among the priorities, or a verb that names no items: no list.
        (
            "Among the priorities of the Armenian chairmanship, the minister said, is water "
            "security.",
            [],
        ),
        # One item, or two that may be one ("the UN and the SCO"): no list.
        ("The priorities of the Belarusian chairmanship will be announced later.", []),
        (
            "The priorities of the Belarusian chairmanship include cooperation with the UN and "
            "the SCO.",
            [],
        ),
        # A past chairmanship ("last chaired", "chaired ... in 2023") is not this year's.
        (
            "Belarus will chair the CSTO in 2030. The first priority of the Belarusian "
            "chairmanship is the prevention of armed conflicts.\nBelarus last chaired the CSTO "
            "in 2023.",
            [(1, "Belarus", 2030, "the prevention of armed conflicts")],
        ),
        (
            "Belarus will chair the CSTO in 2030. The first priority of the Belarusian "
            "chairmanship is the prevention of armed conflicts.\nKazakhstan chaired the "
            "organization in 2024.",
            [(1, "Belarus", 2030, "the prevention of armed conflicts")],
        ),
        # A trailing "according to X" is not part of the priority.
        (
            "Belarus holds the CSTO chairmanship in 2030. The third priority is information "
            "security, and the fourth is countering drug trafficking, according to the minister.",
            [
                (3, "Belarus", 2030, "information security"),
                (4, "Belarus", 2030, "countering drug trafficking"),
            ],
        ),
        # Items parted by semicolons keep their commas and "and".
        (
            "The Armenian chairmanship in 2030 will focus on the following priorities: "
            "strengthening crisis response; improving its peacekeeping potential, including "
            "training for UN missions; expanding cooperation with the UN and the OSCE.",
            [
                (None, "Armenia", 2030, "strengthening crisis response"),
                (
                    None,
                    "Armenia",
                    2030,
                    "improving its peacekeeping potential, including training for UN missions",
                ),
                (None, "Armenia", 2030, "expanding cooperation with the UN and the OSCE"),
            ],
        ),
        # "has been declared the second priority"
        (
            "Countering drug trafficking has been declared the second priority of the Tajik "
            "chairmanship in 2029.",
            [(2, "Tajikistan", 2029, "Countering drug trafficking")],
        ),
        # Two ranks named together, each item a list of its own or a gerund.
        (
            "Kazakhstan holds the CSTO chairmanship in 2030. The fourth and fifth priorities "
            "are expanding ties with the UN, the OSCE and the SCO and strengthening the "
            "Organization's peacekeeping capacity.",
            [
                (4, "Kazakhstan", 2030, "expanding ties with the UN, the OSCE and the SCO"),
                (5, "Kazakhstan", 2030, "strengthening the Organization's peacekeeping capacity"),
            ],
        ),
        (
            "Armenia chairs the CSTO in 2031. Its second and third priorities will be the "
            "fight against cybercrime and the training of peacekeepers.",
            [
                (2, "Armenia", 2031, "the fight against cybercrime"),
                (3, "Armenia", 2031, "the training of peacekeepers"),
            ],
        ),
        # "Another priority" after one found before, with or without a parenthetical.
        (
            "The first priority of the Tajik chairmanship in 2029 is border security.\n"
            "Another priority, according to the minister, is the fight against cybercrime.",
            [
                (1, "Tajikistan", 2029, "border security"),
                (None, "Tajikistan", 2029, "the fight against cybercrime"),
            ],
        ),
        # ... but not as the first one, without a chairmanship.
        ("Another priority, according to the minister, is the fight against cybercrime.", []),
        # "Thirdly, ..." goes on with a series of priorities ...
        (
            "The first priority of the Russian chairmanship in 2026 is crisis response. The "
            "second priority is border security.\nThirdly, Moscow will push for closer ties "
            "with the UN.",
            [
                (1, "Russia", 2026, "crisis response"),
                (2, "Russia", 2026, "border security"),
                (3, "Russia", 2026, "Moscow will push for closer ties with the UN"),
            ],
        ),
        # ... but not after a list of its own began ("Firstly, ... Secondly, ...").
        (
            "The first priority of the Russian chairmanship in 2026 is crisis response. The "
            "second priority is border security.\nFirstly, we will hold drills. Secondly, we "
            "will train staff. Thirdly, we will buy trucks.",
            [(1, "Russia", 2026, "crisis response"), (2, "Russia", 2026, "border security")],
        ),
        # "As a fourth priority, X named ...": the rank first.
        (
            "Tajikistan chairs the CSTO in 2027. As a fourth priority, the Permanent "
            "Representative named the strengthening of the authority of the CSTO.",
            [(4, "Tajikistan", 2027, "the strengthening of the authority of the CSTO")],
        ),
        # A gerund with an object after "and" is an item of its own.
        (
            "Russia chairs the CSTO in 2026. Other priorities of the chairmanship include "
            "biological security and countering the use of ICT for criminal purposes.",
            [
                (None, "Russia", 2026, "biological security"),
                (None, "Russia", 2026, "countering the use of ICT for criminal purposes"),
            ],
        ),
        (
            "Russia chairs the CSTO in 2026. Its priorities include cooperation in training "
            "and peacekeeping.",
            [],
        ),
        # Two introductions before one list: each item once.
        (
            "Armenia will chair the CSTO in 2030. Allow me to present the priorities of our "
            "chairmanship.\nThe priorities are as follows:\n1. Strengthening crisis "
            "response.\n2. Developing the peacekeeping potential.",
            [
                (1, "Armenia", 2030, "Strengthening crisis response"),
                (2, "Armenia", 2030, "Developing the peacekeeping potential"),
            ],
        ),
        # A noun in -ing is no gerund: the pair parts at the "and" before a determiner.
        (
            "Kazakhstan holds the CSTO chairmanship in 2030. The fourth and fifth priorities "
            "are peacekeeping and the fight against terrorism and extremism.",
            [
                (4, "Kazakhstan", 2030, "peacekeeping"),
                (5, "Kazakhstan", 2030, "the fight against terrorism and extremism"),
            ],
        ),
        # "Another priority for" someone else is theirs, not the chairmanship's ...
        (
            "The first priority of Kazakhstan's CSTO chairmanship in 2029 is countering "
            "terrorism.\nAnother priority for Belarus is the development of its industry.",
            [(1, "Kazakhstan", 2029, "countering terrorism")],
        ),
        # ... but for us, for the year, of the holder, it is.
        (
            "The first priority of Kazakhstan's CSTO chairmanship in 2029 is countering "
            "terrorism.\nAnother priority for us is the fight against drug trafficking.",
            [
                (1, "Kazakhstan", 2029, "countering terrorism"),
                (None, "Kazakhstan", 2029, "the fight against drug trafficking"),
            ],
        ),
        (
            "The first priority of Kazakhstan's CSTO chairmanship in 2029 is countering "
            "terrorism.\nAnother priority of Kazakhstan is the fight against drug trafficking.",
            [
                (1, "Kazakhstan", 2029, "countering terrorism"),
                (None, "Kazakhstan", 2029, "the fight against drug trafficking"),
            ],
        ),
        # A pair of ranks whose first item joins two names.
        (
            "Kazakhstan holds the CSTO chairmanship in 2030. The fourth and fifth priorities "
            "are cooperation with the UN and the SCO and the fight against terrorism.",
            [
                (4, "Kazakhstan", 2030, "cooperation with the UN and the SCO"),
                (5, "Kazakhstan", 2030, "the fight against terrorism"),
            ],
        ),
        (
            "Kazakhstan holds the CSTO chairmanship in 2030. The fourth and fifth priorities "
            "are ties with the UN, the OSCE and the SCO, and border security.",
            [
                (4, "Kazakhstan", 2030, "ties with the UN, the OSCE and the SCO"),
                (5, "Kazakhstan", 2030, "border security"),
            ],
        ),
        # "Thirdly" more than a paragraph after the series is another list.
        (
            "The first priority of Kazakhstan's CSTO chairmanship in 2029 is countering "
            "terrorism. The second priority is border security.\nThe talks lasted long.\n"
            "Russia raised three issues. Thirdly, Moscow asked about payments.",
            [
                (1, "Kazakhstan", 2029, "countering terrorism"),
                (2, "Kazakhstan", 2029, "border security"),
            ],
        ),
        # Without a colon, a list must start in its introduction's paragraph or the next.
        (
            "The third priority of the Tajik chairmanship in 2029 will be countering drug "
            "trafficking. Among other priorities, he named information security.\nThe minister "
            "also outlined the training of peacekeepers. First, the battalion will be "
            "certified. Second, its officers will study in Russia.",
            [(3, "Tajikistan", 2029, "countering drug trafficking")],
        ),
        # A comment on the priorities is not a list of them.
        (
            "Belarus holds the CSTO chairmanship in 2030. The priorities are realistic, and the "
            "Secretariat will do everything to implement them.",
            [],
        ),
    ],
)
def test_forms(body: str, expected: list[tuple[int | None, str | None, int | None, str]]) -> None:
    paragraphs = []
    offset = 0
    for line in body.split("\n"):
        paragraphs.append(Paragraph(text=line, span=Span(start=offset, end=offset + len(line))))
        offset += len(line) + 1
    article = Article(id="t/1", kind=ArticleKind.NEWS, paragraphs=tuple(paragraphs))
    found = [(p.rank, p.holder, p.year, p.summary) for p in extract_priorities(body, article)]
    assert found == expected


def test_long_sentence_without_stops_is_read() -> None:
    # One 200 000-character "sentence" full of chair words: the rules around each chair
    # word look at a bounded window, so this finishes and finds the one priority.
    body = "the presidency of the CSTO and " * 6000 + (
        "Armenia's first priority during its chairmanship in 2030 is water security."
    )
    found = extract_priorities(body, _article(body))
    assert [(p.rank, p.holder, p.year, p.summary) for p in found] == [
        (1, "Armenia", 2030, "water security")
    ]


def test_unranked_priority_in_a_csto_speech() -> None:
    # "We give priority to dialogue ..." in the same paragraph is no priority.
    document = _doc(PAGES / "facts_pk_csto_remarks.txt")
    assert [row[1:] for row in _rows(document)] == [
        (None, "Russia", 2042, "the development of peacekeeping")
    ]


_BELTA_HEAD = (
    "Projects\nFlag Friday, 29 May 2026\nAll news\nPolitics\n29 May 2026, 16:05\n\n"
    "Belarus presents its CSTO plans\n\nMINSK, 29 May (BelTA) - "
)
_LEAD = "Belarus will chair the CSTO in 2032, Foreign Minister Maxim Ryzhenkov said.\n\n"


def _speakers(body: str) -> list[tuple[int | None, str, str | None]]:
    (article,) = parse(_BELTA_HEAD + body, "p").articles
    return [
        (p.rank, p.summary, None if p.speaker is None else p.speaker.name)
        for p in article.priorities
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # The next of a series goes on with the speaker of the one before.
        (
            "The first priority of the Belarusian chairmanship, the minister said, is the "
            "adoption of joint statements. The second priority is promoting the Eurasian "
            "Charter.\n",
            [
                (1, "the adoption of joint statements", "Maxim Ryzhenkov"),
                (2, "promoting the Eurasian Charter", "Maxim Ryzhenkov"),
            ],
        ),
        # A series announced by the person a description refers to.
        (
            "The minister named five priorities. The first is the adoption of joint "
            "statements. The second is promoting the Eurasian Charter.\n",
            [
                (1, "the adoption of joint statements", "Maxim Ryzhenkov"),
                (2, "promoting the Eurasian Charter", "Maxim Ryzhenkov"),
            ],
        ),
        (
            "He named three priorities of the chairmanship: strengthening the CRRF, "
            "countering drug trafficking and closer ties with the UN.\n",
            [
                (None, "strengthening the CRRF", "Maxim Ryzhenkov"),
                (None, "countering drug trafficking", "Maxim Ryzhenkov"),
                (None, "closer ties with the UN", "Maxim Ryzhenkov"),
            ],
        ),
        # A description that fits no one named before refers to no one known.
        (
            "The ambassador named two priorities. The first is the adoption of joint "
            "statements. The second is promoting the Eurasian Charter.\n",
            [
                (1, "the adoption of joint statements", None),
                (2, "promoting the Eurasian Charter", None),
            ],
        ),
        # Markers inside quotations, and "As a fourth priority, <surname> named".
        (
            "The minister presented the priorities of the chairmanship.\n\n"
            "\u201cFirstly, we will adopt joint statements,\u201d Ryzhenkov said at the "
            "meeting. \u201cSecondly, we will promote the Eurasian Charter.\u201d\n\n"
            "As a third priority, Ryzhenkov named the training of peacekeepers.\n",
            [
                (1, "we will adopt joint statements", "Maxim Ryzhenkov"),
                (2, "we will promote the Eurasian Charter", "Maxim Ryzhenkov"),
                (3, "the training of peacekeepers", "Maxim Ryzhenkov"),
            ],
        ),
        # Another person named between: "He" is not the speaker before.
        (
            "Kazakh President Kassym-Jomart Tokayev arrived in Minsk. He named two priorities. "
            "The first is the adoption of joint statements.\n",
            [(1, "the adoption of joint statements", None)],
        ),
        (
            "The Kazakh minister arrived later. The minister named two priorities. The first is "
            "the adoption of joint statements.\n",
            [(1, "the adoption of joint statements", None)],
        ),
        # "She" cannot be Maxim Ryzhenkov.
        (
            "She named two priorities. The first is the adoption of joint statements.\n",
            [(1, "the adoption of joint statements", None)],
        ),
        # Two paragraphs on, a series is no longer taken to go on with the same speaker.
        (
            "The first priority, the minister said, is the adoption of joint statements.\n\n"
            "The talks lasted two hours.\n\nThe meeting was held in Minsk.\n\n"
            "The second priority is promoting the Eurasian Charter.\n",
            [
                (1, "the adoption of joint statements", "Maxim Ryzhenkov"),
                (2, "promoting the Eurasian Charter", None),
            ],
        ),
    ],
)
def test_speaker_of_a_series(body: str, expected: list[tuple[int | None, str, str | None]]) -> None:
    assert _speakers(_LEAD + body) == expected


def test_this_year_before_the_chairmanship_is_the_page_s_year() -> None:
    body = (
        "This year the Kazakh chairmanship of the CSTO has identified early warning as its "
        "first priority.\n"
    )
    (article,) = parse(_BELTA_HEAD + body, "p").articles
    assert [(p.rank, p.holder, p.year) for p in article.priorities] == [(1, "Kazakhstan", 2026)]


def test_someone_else_s_priority_ends_the_details() -> None:
    body = (
        "The first priority of Kazakhstan's CSTO chairmanship in 2029 is countering terrorism. "
        "Another priority for the Foreign Ministry is the development of its industry."
    )
    (found,) = extract_priorities(body, _article(body))
    assert (found.summary, found.details) == ("countering terrorism", None)
