"""Statements: quotes, reported speech and speeches, with speakers and exact spans.

The expected values for the seeds were checked by hand against the pages.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from csto_corpus import Document, parse, parse_file
from csto_corpus.model import StatementKind

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
ALL_PAGES = SEEDS + sorted((ROOT / "tests" / "pages").glob("*.txt"))

Row = tuple[int, str, int, "str | None", "str | None", "str | None", str, str, str]


def page(prefix: str) -> Document:
    return parse_file(next(p for p in ALL_PAGES if p.name.startswith(prefix)))


def rows(document: Document) -> list[Row]:
    """Each statement in short: article number, kind, paragraph, verb, speaker name, role
    and kind, the first 30 and the last 20 characters of its text."""
    return [
        (
            int(article.id.rsplit("/", 1)[1]),
            s.kind.value,
            s.paragraph,
            s.verb,
            s.speaker.name,
            s.speaker.role,
            s.speaker.kind.value,
            s.text[:30],
            s.text[-20:],
        )
        for article in document.articles
        for s in article.statements
    ]


RYBAKOV = ("Valentin Rybakov", "Belarus' representative to the UN", "person")
RACHKOV = (
    "Sergei Rachkov",
    "Chairman of the Commission for Foreign Affairs, Migration Policy and Relations with "
    "Compatriots of the Parliamentary Assembly of the Union State of Belarus and Russia, "
    "Chairman of the Standing Committee on International Affairs and National Security of "
    "the Council of the Republic",
    "person",
)
MINISTRY = ("Russian Foreign Ministry", None, "institution")
RESOLUTION = ("A/RES/77/13", "resolution", "document")

SEED_ROWS: dict[str, list[Row]] = {
    "000": [
        (
            1,
            "indirect",
            0,
            "said",
            *RYBAKOV,
            "Belarus stands for the develop",
            "l peace and security",
        ),
        (
            1,
            "indirect",
            1,
            None,
            *RYBAKOV,
            "the CSTO has passed a consider",
            "allenges and threats",
        ),
        (
            1,
            "direct",
            1,
            "said",
            *RYBAKOV,
            "We view the development of coo",
            "and logical process,",
        ),
        (
            1,
            "direct",
            2,
            "said",
            *RYBAKOV,
            "Belarus will support CSTO part",
            " of 9 November 2018,",
        ),
        (
            1,
            "indirect",
            3,
            None,
            *RYBAKOV,
            "peacekeeping is a promising ar",
            " area of cooperation",
        ),
        (1, "direct", 3, None, *RYBAKOV, "Belarus which initiated cooper", "ations on the topic."),
        (
            1,
            "indirect",
            4,
            "said",
            *RYBAKOV,
            "the CSTO Collective Peacekeepi",
            "tive Security Treaty",
        ),
        (
            1,
            "indirect",
            5,
            "said",
            "Aleksandr Lukashenko",
            "Belarusian President",
            "person",
            "the actions of the collective ",
            "lities and potential",
        ),
        (
            1,
            "direct",
            6,
            "said",
            *RYBAKOV,
            "The CSTO's high potential in p",
            "ty Council mandates,",
        ),
        (
            1,
            "indirect",
            7,
            None,
            *RYBAKOV,
            "it is also possible to think a",
            "preventive diplomacy",
        ),
        (
            1,
            "direct",
            7,
            "said",
            *RYBAKOV,
            "International information secu",
            "t between countries,",
        ),
        (
            1,
            "indirect",
            8,
            "confirmed",
            *RYBAKOV,
            "the readiness of Belarus as a ",
            "l peace and security",
        ),
    ],
    "001": [
        (
            1,
            "indirect",
            0,
            "said",
            *RACHKOV,
            "During its chairmanship in the",
            "ns in the CSTO space",
        ),
        (
            1,
            "direct",
            1,
            "said",
            *RACHKOV,
            "Belarus' first priority during",
            " CSTO member states,",
        ),
        (
            1,
            "indirect",
            2,
            None,
            *RACHKOV,
            "in order to effectively respon",
            " national legal acts",
        ),
        (
            1,
            "direct",
            2,
            "noted",
            *RACHKOV,
            "All this, in our opinion, will",
            "ty forces and means,",
        ),
        (
            1,
            "direct",
            3,
            "said",
            *RACHKOV,
            "Special attention is to be pai",
            "f the member states,",
        ),
        # The opening mark is missing: the quote starts after "he said."
        (
            1,
            "direct",
            3,
            "added",
            *RACHKOV,
            "Anti-crisis mechanisms that do",
            "ional organizations,",
        ),
        (
            1,
            "direct",
            4,
            "added",
            *RACHKOV,
            "As biological safety and secur",
            "r states in Belarus,",
        ),
        (
            1,
            "direct",
            5,
            "continued",
            *RACHKOV,
            "The second priority is effecti",
            "international arena,",
        ),
        (
            1,
            "direct",
            5,
            "said",
            *RACHKOV,
            "In this context, Belarus sugge",
            "international arena,",
        ),
        (
            1,
            "direct",
            6,
            "explained",
            *RACHKOV,
            "In our opinion, the primary ta",
            "f the member states,",
        ),
        # The opening mark is missing: the quote starts after "Sergei Rachkov explained."
        (
            1,
            "direct",
            6,
            "said",
            *RACHKOV,
            "With this in mind, a number of",
            "ng defense products,",
        ),
        (
            1,
            "direct",
            7,
            "emphasized",
            *RACHKOV,
            "The fourth priority is reinfor",
            " work in this field,",
        ),
        (
            1,
            "direct",
            8,
            "added",
            *RACHKOV,
            "The implementation of the abov",
            "Belarus is counting,",
        ),
    ],
    "002": [
        (
            1,
            "indirect",
            0,
            "said",
            *MINISTRY,
            "Members of the Moscow-led post",
            "ation in Afghanistan",
        ),
        (
            1,
            "direct",
            2,
            "said",
            *MINISTRY,
            "The participants unanimously s",
            "s\u2019 domestic affairs,",
        ),
        (
            1,
            "direct",
            2,
            "said",
            *MINISTRY,
            "Special attention was paid to ",
            "UN General Assembly.",
        ),
        (
            1,
            "direct",
            3,
            "reads",
            *MINISTRY,
            "The participants also consider",
            "es on the UN agenda,",
        ),
        (
            1,
            "direct",
            3,
            "reads",
            *MINISTRY,
            "Preparations of joint statemen",
            "were also discussed.",
        ),
        (
            1,
            "indirect",
            4,
            None,
            *MINISTRY,
            "in discussing those matters th",
            " global organization",
        ),
        (
            1,
            "direct",
            5,
            "says",
            *MINISTRY,
            "confirmed a high degree of con",
            "rn on the UN agenda,",
        ),
        (
            1,
            "direct",
            6,
            "said",
            *MINISTRY,
            "Practical proposals to enhance",
            "ve been put forward,",
        ),
        (
            1,
            "direct",
            -1,
            "said",
            *MINISTRY,
            "Practical proposals to enhance",
            "ve been put forward,",
        ),
    ],
    "003": [
        (
            1,
            "speech",
            0,
            None,
            "Imangali Tasmagambetov",
            "CSTO Secretary General",
            "person",
            "Allow me to thank the Russian ",
            " for your attention.",
        ),
        (
            1,
            "direct",
            11,
            "notes",
            *RESOLUTION,
            "since the signing of the Colle",
            "ea of responsibility",
        ),
    ],
    "004": [
        (
            2,
            "speech",
            0,
            None,
            None,
            None,
            "person",
            "Allow me to thank the Russian ",
            "sian security space.",
        ),
        (
            4,
            "indirect",
            0,
            "told",
            "Imangali Tasmagambetov",
            "Collective Security Treaty Organization Secretary General",
            "person",
            "whether the CSTO sought to bec",
            " timely for the CSTO",
        ),
        (
            6,
            "speech",
            0,
            None,
            None,
            None,
            "person",
            "At the beginning of 2023 we in",
            " of mutual interest.",
        ),
        (
            6,
            "indirect",
            2,
            "stresses",
            *RESOLUTION,
            "the CSTO Collective Security T",
            "ea of responsibility",
        ),
        (
            6,
            "indirect",
            3,
            "notes",
            *RESOLUTION,
            "the Organization's significant",
            "goals and principles",
        ),
        (
            6,
            "indirect",
            5,
            "notes",
            *RESOLUTION,
            "progress in intensifying pract",
            "cekeeping operations",
        ),
    ],
}


@pytest.mark.parametrize("prefix", sorted(SEED_ROWS))
def test_seed_statements(prefix: str) -> None:
    assert rows(page(prefix)) == SEED_ROWS[prefix]


def test_seed_003_scare_quotes_and_titles_are_not_statements() -> None:
    texts = [s.text for s in page("003").articles[0].statements]
    for term in ("dormant", "hot", "New Agenda for Peace", "New Agenda", "Channel", "PROXY"):
        assert term not in texts


def test_seed_003_speech_covers_the_body() -> None:
    document = page("003")
    article = document.articles[0]
    speech = article.statements[0]
    assert speech.span.start == article.paragraphs[0].span.start
    assert speech.span.end == article.paragraphs[-1].span.end
    assert speech.attribution is not None
    assert document.text[speech.attribution.start : speech.attribution.end] == (
        "Remarks by CSTO Secretary General Imangali Tasmagambetov"
    )


def test_seed_002_subtitle_statement_points_into_the_subtitle() -> None:
    article = page("002").articles[0]
    lead = [s for s in article.statements if s.paragraph == -1]
    assert len(lead) == 1
    assert article.subtitle_span is not None
    assert article.subtitle_span.start < lead[0].span.start < article.subtitle_span.end


@pytest.mark.parametrize("path", ALL_PAGES, ids=lambda p: p.stem)
def test_every_statement_is_traceable(path: Path) -> None:
    """text[span] == statement.text, and the span lies in its paragraph (or subtitle)."""
    document = parse_file(path)
    for article in document.articles:
        for s in article.statements:
            assert document.text[s.span.start : s.span.end] == s.text
            assert s.text
            assert s.text == s.text.strip()
            if s.paragraph == -1:
                assert article.subtitle_span is not None
                bounds = article.subtitle_span
            elif s.kind.value == "speech":
                assert article.paragraphs[0].span.start == s.span.start
                assert article.paragraphs[-1].span.end == s.span.end
                continue
            else:
                bounds = article.paragraphs[s.paragraph].span
            assert bounds.start <= s.span.start <= s.span.end <= bounds.end
            if s.kind.value == "direct":
                assert not any(c in s.text[:1] + s.text[-1:] for c in '“”«»„"')


# -- own pages: every statement listed, and the bar measured ------------------------------
# Each entry: kind, paragraph (-1: the TASS lead line), speaker name, text (None for a
# speech, whose text is the whole body). Pages named *_blind and *_blind2 were written, and
# their expected values noted, before the parser was run on them (two rounds).

OWN: dict[str, list[tuple[str, int, str | None, str | None]]] = {
    "statements_belta_foreign_minister_blind": [
        (
            "indirect",
            0,
            "Andrei Kovalchuk",
            "The CSTO and the United Nations should coordinate their efforts to prevent "
            "conflicts in Central Asia",
        ),
        (
            "direct",
            1,
            "Andrei Kovalchuk",
            "We agreed to prepare a joint plan of consultations for the next year. The first "
            "meeting will take place in Minsk.",
        ),
        (
            "indirect",
            2,
            "Andrei Kovalchuk",
            "the UN Regional Centre for Preventive Diplomacy for Central Asia had accumulated "
            "unique expertise",
        ),
        ("direct", 2, "Andrei Kovalchuk", "It would be a mistake not to use it,"),
        (
            "direct",
            3,
            "Rosa Leclerc",
            "The United Nations values its partnership with regional organizations, including "
            "the CSTO,",
        ),
        (
            "direct",
            4,
            "Andrei Kovalchuk",
            "Belarus will continue to promote this agenda during its term in the UN bodies,",
        ),
        ("direct", 4, "Andrei Kovalchuk", "We are open to any constructive proposals."),
    ],
    "statements_belta_kazakh_minister": [
        (
            "indirect",
            0,
            "Daulet Sarsenbayev",
            "Kazakhstan will seek closer coordination between the CSTO and the UN Department "
            "of Peace Operations",
        ),
        (
            "direct",
            1,
            "Daulet Sarsenbayev",
            "We see the CSTO as a reliable partner of the United Nations in Central Asia. Our "
            "peacekeepers have gained valuable experience in the Golan Heights,",
        ),
        (
            "indirect",
            2,
            "Daulet Sarsenbayev",
            "Kazakhstan had proposed to hold a joint CSTO-UN seminar on peacekeeping training "
            "in Almaty in the autumn",
        ),
        ("direct", 3, "Daulet Sarsenbayev", "The seminar is open to all member states,"),
        ("direct", 3, "Daulet Sarsenbayev", "We also invite experts from the UN Secretariat."),
        (
            "indirect",
            4,
            "Daulet Sarsenbayev",
            "the agenda of the CSTO-UN dialogue should include water security",
        ),
        (
            "direct",
            4,
            "Daulet Sarsenbayev",
            "Water is becoming a source of tension in our region, and preventive diplomacy "
            "must take this into account.",
        ),
        (
            "direct",
            5,
            "Daulet Sarsenbayev",
            "Kazakhstan is ready to send a medical unit to a UN mission as early as next year,",
        ),
        (
            "direct",
            5,
            "Daulet Sarsenbayev",
            "The unit will include surgeons, epidemiologists and nurses. We have tested it "
            "during the Interaction-2024 exercise,",
        ),
        (
            "direct",
            6,
            "Daulet Sarsenbayev",
            "Our position on Afghanistan remains unchanged. We are in favor of an inclusive "
            "government and of economic projects that benefit ordinary Afghans.",
        ),
        (
            "direct",
            7,
            "Daulet Sarsenbayev",
            "Only a stable Afghanistan can become a reliable partner for the whole region,",
        ),
        (
            "indirect",
            8,
            "Daulet Sarsenbayev",
            "Astana would host the next meeting of the CSTO Committee of Secretaries of "
            "Security Councils",
        ),
    ],
    "statements_belta_kyrgyz_ambassador": [
        (
            "indirect",
            0,
            "Aigul Tokoeva",
            "the CSTO should speak with one voice in the UN General Assembly",
        ),
        (
            "direct",
            1,
            "Aigul Tokoeva",
            "The member states share common approaches to most items on the UN agenda,",
        ),
        (
            "indirect",
            1,
            "Aigul Tokoeva",
            "Kyrgyzstan had co-sponsored the General Assembly resolution on cooperation "
            "between the UN and the CSTO",
        ),
        (
            "indirect",
            2,
            "Aigul Tokoeva",
            "the so-called “green corridors” for humanitarian cargo have proved their worth",
        ),
        (
            "direct",
            2,
            "Aigul Tokoeva",
            "These corridors saved lives during the floods of last spring,",
        ),
        ("direct", 3, "Aigul Tokoeva", "We expect delegations from more than thirty countries,"),
        (
            "indirect",
            4,
            "Aigul Tokoeva",
            "the CSTO Secretariat and the UN Office on Drugs and Crime are preparing a new "
            "joint project",
        ),
        (
            "direct",
            4,
            "Aigul Tokoeva",
            "The project will focus on the training of border guards and customs officers,",
        ),
        (
            "indirect",
            5,
            "Aigul Tokoeva",
            "The CSTO's youth programmes and Belarus' initiatives in this area deserve support",
        ),
    ],
    "statements_belta_security_council_blind2": [
        (
            "indirect",
            0,
            "Pavel Volkov",
            "The CSTO should deepen its cooperation with the UN Counter-Terrorism Committee",
        ),
        ("direct", 1, None, "a threat to all of humanity"),
        (
            "indirect",
            1,
            "Pavel Volkov",
            "the CSTO can offer the UN its experience of joint operations",
        ),
        (
            "direct",
            2,
            "Pavel Volkov",
            "Our organization has unique experience in countering the recruitment of young "
            "people by terrorist groups. We are ready to share it.",
        ),
        (
            "direct",
            3,
            "Pavel Volkov",
            "We propose to hold a joint CSTO-UN seminar on this topic in Minsk next year,",
        ),
        ("direct", 4, "Pavel Volkov", "The CSTO's counter-terrorism centre is open to UN experts,"),
        (
            "indirect",
            4,
            "Pavel Volkov",
            "a memorandum between the two secretariats could be signed in 2026",
        ),
        ("indirect", 5, "Pavel Volkov", "the role of the Collective Rapid Reaction Forces"),
        (
            "direct",
            5,
            "Pavel Volkov",
            "They are ready to act in any part of the CSTO's area of responsibility",
        ),
    ],
    "statements_belta_tricky_blind": [
        (
            "indirect",
            0,
            "Farrukh Rahimov",
            "the Tajik contingent of the CSTO Collective Peacekeeping Forces was ready to take "
            "part in UN missions",
        ),
        (
            "direct",
            1,
            "Farrukh Rahimov",
            "Our officers have completed the UN staff officer course,",
        ),
        ("direct", 1, "Farrukh Rahimov", "They speak English and know the UN procedures,"),
        (
            "indirect",
            2,
            "Farrukh Rahimov",
            "the CSTO had held the “Indestructible Brotherhood-2025” peacekeeping exercise in "
            "the Khatlon region",
        ),
        (
            "direct",
            2,
            "Farrukh Rahimov",
            "The exercise showed a high level of interaction between the contingents,",
        ),
        ("direct", 2, "Viktor Gorodnichy", "The Belarusian contingent was among the best"),
        (
            "indirect",
            3,
            "Farrukh Rahimov",
            "Dushanbe supported the idea of a joint CSTO-UN training centre",
        ),
        (
            "direct",
            3,
            "Farrukh Rahimov",
            "Such a centre could train peacekeepers from all Central Asian countries",
        ),
    ],
    "statements_belta_unbalanced": [
        (
            "indirect",
            0,
            "Natalia Kochanova-Ivanova",
            "The CSTO should make fuller use of the UN platform to promote its initiatives",
        ),
        (
            "direct",
            1,
            "Natalia Kochanova-Ivanova",
            "Today\u2019s world is becoming more dangerous every year,",
        ),
        (
            "direct",
            1,
            "Natalia Kochanova-Ivanova",
            "The CSTO's experience in crisis response is of interest to many states.",
        ),
        (
            "indirect",
            2,
            "Natalia Kochanova-Ivanova",
            "Belarus' chairmanship had given new impetus to the dialogue with the UN Secretariat",
        ),
        (
            "direct",
            2,
            "Natalia Kochanova-Ivanova",
            "Our diplomats held more than twenty meetings in New York,",
        ),
        (
            "direct",
            3,
            "Natalia Kochanova-Ivanova",
            "The member states\u2019 approaches to the most acute international problems are "
            "very close,",
        ),
        (
            "direct",
            3,
            "Natalia Kochanova-Ivanova",
            "This allows us to act together at the UN. We will continue this work,",
        ),
    ],
    "statements_csto_address_blind": [
        ("speech", 0, "Bakhyt Seitkali", None),
        (
            "direct",
            2,
            None,
            "precludes the existence of regional arrangements or agencies for dealing with "
            "such matters relating to the maintenance of international peace and security",
        ),
        (
            "direct",
            3,
            "Kassym-Jomart Tokayev",
            "Our Organization must become a reliable guarantor of stability in Eurasia.",
        ),
    ],
    "statements_csto_joint_staff_blind2": [
        (
            "indirect",
            1,
            "Oleg Markov",
            "the CSTO Collective Peacekeeping Forces were trained according to UN standards",
        ),
        (
            "direct",
            1,
            "Oleg Markov",
            "The Organization is ready to provide units for UN missions on a contractual basis,",
        ),
    ],
    "statements_csto_news_secretary": [
        (
            "indirect",
            1,
            "Askar Zhumabekov",
            "the Organization attached great importance to practical cooperation with UN "
            "agencies in Central Asia",
        ),
        (
            "direct",
            1,
            "Askar Zhumabekov",
            "Our joint projects in the field of disaster response have already produced results,",
        ),
        (
            "indirect",
            2,
            "Maria Lindqvist",
            "the UN country team was ready to expand contacts with the CSTO Secretariat",
        ),
        (
            "direct",
            2,
            "Maria Lindqvist",
            "We see a lot of potential in joint training for rescue teams,",
        ),
    ],
    "statements_csto_speech_deputy": [
        ("speech", 0, "Rustam Nazarov", None),
        ("direct", 2, "Antonio Guterres", "no region can be secure when its neighbours are not"),
        (
            "direct",
            3,
            None,
            "The member states reaffirm their commitment to the purposes and principles of the "
            "Charter of the United Nations.",
        ),
    ],
    "statements_tass_deputy_fm_blind": [
        (
            "indirect",
            0,
            "Mikhail Orlov",
            "Russia expects the CSTO to strengthen its presence at the United Nations in the "
            "coming years",
        ),
        (
            "direct",
            1,
            "Mikhail Orlov",
            "The CSTO deserves a more visible role in the United Nations,",
        ),
        ("direct", 1, "Mikhail Orlov", "and we will work for it together with our allies."),
        (
            "indirect",
            2,
            "Mikhail Orlov",
            "the CSTO member states will submit a new draft resolution on cooperation with the "
            "UN to the General Assembly next year",
        ),
        ("direct", 2, "Mikhail Orlov", "The text is almost ready,"),
        (
            "indirect",
            3,
            "Kyrgyz Defense Ministry",
            "a company of Kyrgyz peacekeepers had completed training under the UN standards",
        ),
        (
            "direct",
            3,
            "Kyrgyz Defense Ministry",
            "The servicemen have successfully passed all the tests,",
        ),
        (
            "direct",
            4,
            "Mikhail Orlov",
            "We are ready to share our experience with the UN Department of Peace Operations,",
        ),
        (
            "direct",
            -1,
            "Mikhail Orlov",
            "The CSTO deserves a more visible role in the United Nations,",
        ),
    ],
    "statements_tass_guterres": [
        (
            "direct",
            1,
            "Antonio Guterres",
            "Regional organizations are indispensable partners of the United Nations,",
        ),
        (
            "direct",
            1,
            "Antonio Guterres",
            "The CSTO has shown that it can respond quickly when a crisis erupts.",
        ),
        (
            "indirect",
            2,
            "Rustam Nazarov",
            "the organization was ready to contribute to UN peacekeeping",
        ),
        (
            "direct",
            2,
            "Rustam Nazarov",
            "Our Collective Peacekeeping Forces meet the UN standards and can be deployed "
            "within weeks,",
        ),
        ("direct", 3, "Rustam Nazarov", "We do not see the CSTO as a 'closed club',"),
        ("direct", 3, "Rustam Nazarov", "Any state that shares our goals can become an observer."),
        ("direct", 4, "Antonio Guterres", "Prevention must be at the heart of everything we do,"),
        ("direct", 5, "Rustam Nazarov", "We are grateful for the support of the United Nations,"),
        (
            "direct",
            -1,
            "Antonio Guterres",
            "Regional organizations are indispensable partners of the United Nations,",
        ),
    ],
    "statements_tass_quotes_mix": [
        (
            "indirect",
            0,
            "Armenian Foreign Ministry",
            "Armenia's Deputy Foreign Minister Vahan Kostanyan held consultations with a CSTO "
            "delegation on the participation of the organization's peacekeepers in UN missions",
        ),
        (
            "direct",
            1,
            "Vahan Kostanyan",
            "Armenia is interested in a transparent discussion of all aspects of the CSTO's "
            "peacekeeping activity",
        ),
        (
            "direct",
            1,
            "Vahan Kostanyan",
            "The decisions must take into account the position of every member state",
        ),
        ("direct", 2, "Vahan Kostanyan", "concrete answers"),
        (
            "direct",
            3,
            "Vahan Kostanyan",
            "We have always said that peacekeeping must follow the principles of the UN Charter,",
        ),
        # "..., adding that A": a second report of the same speaker.
        (
            "indirect",
            3,
            "Vahan Kostanyan",
            "Armenia had sent its proposals to the CSTO Secretariat in writing",
        ),
        ("direct", 4, None, "The Secretariat is ready to consider all proposals,"),
        (
            "indirect",
            -1,
            "Armenian Foreign Ministry",
            "the consultations were held in a constructive atmosphere",
        ),
    ],
    "statements_tass_spokesman_blind2": [
        (
            "indirect",
            0,
            "Aibek Smadiyarov",
            "Kazakhstan supports granting the CSTO observer status in several UN bodies",
        ),
        (
            "direct",
            1,
            "Aibek Smadiyarov",
            "Astana considers the strengthening of the CSTO's ties with the UN a priority,",
        ),
        (
            "direct",
            1,
            "Aibek Smadiyarov",
            "We will raise this issue at the next meeting of the CSTO Council of Foreign "
            "Ministers.",
        ),
        (
            "indirect",
            2,
            "Aibek Smadiyarov",
            "the Kazakh side had prepared a draft joint statement on the UN peacekeeping reform",
        ),
        ("direct", 2, None, "are ready to make a practical contribution to UN peacekeeping"),
        ("direct", 3, "Aibek Smadiyarov", "It is important that our voice is heard in New York,"),
        (
            "direct",
            -1,
            "Aibek Smadiyarov",
            "Astana considers the strengthening of the CSTO's ties with the UN a priority,",
        ),
    ],
    "statements_tass_tajik_defence": [
        (
            "indirect",
            0,
            "Defense Ministry of Tajikistan",
            "Tajikistan has completed the first stage of the CSTO targeted programme to "
            "strengthen the Tajik-Afghan border",
        ),
        (
            "direct",
            1,
            "Defense Ministry of Tajikistan",
            "The first stage of the programme to strengthen the Tajik-Afghan border has been "
            "completed,",
        ),
        (
            "direct",
            1,
            "Defense Ministry of Tajikistan",
            "New outposts have been built in the Khatlon and Gorno-Badakhshan regions.",
        ),
        (
            "indirect",
            2,
            "Defense Ministry of Tajikistan",
            "the CSTO member states delivered equipment worth more than 30 million US dollars",
        ),
        (
            "direct",
            2,
            "Defense Ministry of Tajikistan",
            "will be carried out in close contact with the UN Office on Drugs and Crime",
        ),
        ("indirect", 3, "Emomali Sobirzoda", "the border situation remained difficult"),
        (
            "direct",
            3,
            "Emomali Sobirzoda",
            "Drug traffickers and terrorist groups are testing our border every week,",
        ),
        (
            "indirect",
            4,
            "Emomali Sobirzoda",
            "Tajikistan would ask the CSTO to hold the «Cobalt-2025» exercise near the border",
        ),
        (
            "indirect",
            5,
            "Defense Ministry of Tajikistan",
            "Dushanbe expected the CSTO Collective Security Council to approve the third stage "
            "of the programme in November",
        ),
        (
            "direct",
            -1,
            "Defense Ministry of Tajikistan",
            "The first stage of the programme to strengthen the Tajik-Afghan border has been "
            "completed,",
        ),
    ],
}


def got(stem: str) -> list[tuple[str, int, str | None, str | None]]:
    document = page(stem)
    return [
        (s.kind.value, s.paragraph, s.speaker.name, None if s.kind.value == "speech" else s.text)
        for article in document.articles
        for s in article.statements
    ]


@pytest.mark.parametrize("stem", sorted(OWN))
def test_own_page_statements(stem: str) -> None:
    assert got(stem) == OWN[stem]


def measure() -> tuple[float, float, float]:
    """Direct-quote precision and recall, and the share of expected statements (of every
    kind) found with the right speaker name, over all own pages."""
    found = expected = correct = 0
    matched = right_speaker = total = 0
    for stem, wanted in OWN.items():
        result = got(stem)
        want_direct = {(p, t) for k, p, _, t in wanted if k == "direct"}
        got_direct = {(p, t) for k, p, _, t in result if k == "direct"}
        found += len(got_direct)
        expected += len(want_direct)
        correct += len(want_direct & got_direct)
        names = {(k, p, t): n for k, p, n, t in result}
        for kind, paragraph, name, text in wanted:
            total += 1
            if (kind, paragraph, text) in names:
                matched += 1
                right_speaker += names[(kind, paragraph, text)] == name
    assert matched <= total
    return correct / found, correct / expected, right_speaker / total


def test_own_pages_reach_the_bar() -> None:
    precision, recall, speakers = measure()
    assert precision >= 0.95
    assert recall >= 0.95
    assert speakers >= 0.95


# -- robustness: any quotation marks, any order ---------------------------------------------

PIECES = [
    "\u201c",
    "\u201d",
    '"',
    "\u00ab",
    "\u00bb",
    "\u201e",
    "\u2018",
    "\u2019",
    "'",
    " ",
    " ",
    ", ",
    ". ",
    ": ",
    "\n\n",
    "said",
    "he",
    "the minister",
    "the ministry",
    "Belarus'",
    "today\u2019s",
    "According to him,",
    "Valentin Rybakov",
    "We",
    "agree",
    "It notes that",
    "the statement reads",
    "Kazakh Foreign Minister Daulet Sarsenbayev",
    "A",
    "b",
]


@st.composite
def marked_pages(draw: st.DrawFn) -> str:
    body = "".join(draw(st.lists(st.sampled_from(PIECES), max_size=80)))
    return "MINSK, 2 May (BelTA) - " + body


@settings(max_examples=300, deadline=None)
@given(marked_pages())
def test_any_quotation_marks_give_traceable_statements(text: str) -> None:
    document = parse(text, "fuzz")
    for article in document.articles:
        for s in article.statements:
            assert document.text[s.span.start : s.span.end] == s.text
            assert s.text
            if s.kind is StatementKind.DIRECT:
                bounds = article.paragraphs[s.paragraph].span
                assert bounds.start <= s.span.start <= s.span.end <= bounds.end


def test_a_hundred_thousand_quotation_marks_parse() -> None:
    """Work per mark is bounded: 100,000 marks (quotes, orphan closing marks, unclosed
    opening marks) in one paragraph give every quote, each traceable."""
    repeat = "\u201cA,\u201d he said. Word,\u201d she added. "  # 3 marks, 2 quotes
    text = "MINSK, 2 May (BelTA) - " + repeat * 33_333 + "\u00ab \u201e \u2018 end"
    document = parse(text, "many-marks")
    found = document.articles[0].statements
    assert len(found) == 2 * 33_333 + 1
    assert [s.text for s in found[:4]] == ["A,", "Word,", "A,", "Word,"]
    assert found[-1].text == "\u201e \u2018 end"
    assert all(document.text[s.span.start : s.span.end] == s.text for s in found)


def test_a_report_that_is_a_quote_is_direct_and_a_dash_attributes() -> None:
    from csto_corpus import parse

    page = (
        "Title line here\n\nForeign Minister Olga Ivanova spoke at the meeting. In her words, "
        "“the organization has become stronger.”\n\n“We will continue the dialogue” \u2013 "
        "Olga Ivanova said.\n\nAccording to her, “A” and “B” matter."
    )
    document = parse(page, "t")
    found = [
        (s.kind.value, s.speaker.name, s.text)
        for s in document.articles[0].statements
        if s.kind.value == "direct"
    ]
    assert found[:2] == [
        ("direct", "Olga Ivanova", "the organization has become stronger."),
        ("direct", "Olga Ivanova", "We will continue the dialogue"),
    ]
    assert all(
        document.text[s.span.start : s.span.end] == s.text for s in document.articles[0].statements
    )


def test_two_people_joined_by_and_keep_their_own_titles() -> None:
    from csto_corpus import parse

    page = (
        "All news\n\nTalks at the UN\n\nThe sides agreed\n\nNEW YORK, October 3. /TASS/. "
        "Russian Deputy Foreign Minister Oleg Petrov and Kyrgyz Ambassador to the UN Aibek "
        "Moldoev discussed the CSTO, the ministry said.\n\nMoldoev, for his part, said that "
        'Kyrgyzstan supported the plan. "We are ready," the Kyrgyz envoy noted.'
    )
    statements = parse(page, "t").articles[0].statements
    found = [(s.kind.value, s.speaker.name, s.speaker.role) for s in statements[1:]]
    assert found == [
        ("indirect", "Aibek Moldoev", "Kyrgyz Ambassador to the UN"),
        ("direct", "Aibek Moldoev", "Kyrgyz Ambassador to the UN"),
    ]


def test_names_after_the_last_speaker_phrase_change_no_speaker(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The reader skips the sentences after the last phrase it resolves; reading them all
    gives the same statements, on every page, seed, own and evaluation page."""
    from csto_corpus.parse import statements as module

    paths = ALL_PAGES + sorted((ROOT / "tests" / "eval").glob("*.txt"))
    documents = [parse_file(path) for path in paths]
    skipping = [module.extract_statements(d.text, a) for d in documents for a in d.articles]
    read_all = module._ArticleReader._mentions
    monkeypatch.setattr(
        module._ArticleReader,
        "_mentions",
        lambda self, block, horizon: read_all(self, block, len(self.page)),
    )
    reading = [module.extract_statements(d.text, a) for d in documents for a in d.articles]
    assert reading == skipping
    assert sum(map(len, reading)) > 100  # the pages have statements to compare


# An opening phrase of time or place before the speaker, with no comma after it.
_OPENED = [
    (
        "On Monday Belarusian Foreign Minister Pavel Osipov said the talks were useful.",
        (
            "Pavel Osipov",
            "Belarusian Foreign Minister",
            "Belarusian Foreign Minister Pavel Osipov said",
        ),
    ),
    (
        "Later in the day Timur Sadykov, the Kazakh envoy, said the talks were useful.",
        ("Timur Sadykov", "Kazakh envoy", "Timur Sadykov, the Kazakh envoy, said"),
    ),
    (
        "At the briefing the Armenian ambassador said the talks were useful.",
        (None, "Armenian ambassador", "the Armenian ambassador said"),
    ),
    (
        "Meanwhile Timur Sadykov noted that the talks were useful.",
        ("Timur Sadykov", None, "Timur Sadykov noted"),
    ),
    (
        "After the consultations Deputy Secretary General Anna Lebedeva stressed that "
        "the talks were useful.",
        (
            "Anna Lebedeva",
            "Deputy Secretary General",
            "Deputy Secretary General Anna Lebedeva stressed",
        ),
    ),
    # Nothing tells where a place ends and a name begins: no speaker rather than a wrong one.
    ("In New York Timur Sadykov said the talks were useful.", None),
]


_TASS_TALKS = (
    "All news\n\nTalks at the UN\n\nThe sides met\n\nNEW YORK, May 12. /TASS/. "
    "The CSTO delegation held talks at the UN headquarters.\n\n{}\n"
)
_BELTA_TALKS = (
    "Home\n\nPolitics\n\n12 May 2031, 14:05\n\nCSTO and UN discuss peacekeeping\n\n"
    "MINSK, 12 May (BelTA) - {}\n\nFollow us on Telegram\n"
)


def _reports_of_useful_talks(sentence: str) -> list[tuple[str | None, str | None, str]]:
    """(name, role, attribution) of each report of "the talks were useful" in a page."""
    document = parse(_TASS_TALKS.format(sentence), "t")
    return [
        (s.speaker.name, s.speaker.role, document.text[s.attribution.start : s.attribution.end])
        for s in document.articles[0].statements
        if s.text.lower() == "the talks were useful" and s.attribution is not None
    ]


@pytest.mark.parametrize(("sentence", "expected"), _OPENED)
def test_an_opening_phrase_is_not_part_of_the_speaker(
    sentence: str, expected: tuple[str | None, str | None, str] | None
) -> None:
    assert _reports_of_useful_talks(sentence) == ([expected] if expected is not None else [])


@pytest.mark.parametrize("verb", ["said", "told journalists"])
def test_a_title_between_commas_after_the_name_is_the_role_not_an_aside(verb: str) -> None:
    sentence = f"The talks were useful, Timur Sadykov, the Kazakh envoy, {verb}."
    attribution = "Timur Sadykov, the Kazakh envoy, " + verb.split()[0]
    assert _reports_of_useful_talks(sentence) == [("Timur Sadykov", "Kazakh envoy", attribution)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Foreign Minister Pavel Osipov expressed confidence that the talks were useful.",
            [
                (
                    "Pavel Osipov",
                    "Foreign Minister",
                    "Foreign Minister Pavel Osipov expressed confidence",
                )
            ],
        ),
        (
            "Foreign Minister Pavel Osipov voiced hope that the talks were useful.",
            [("Pavel Osipov", "Foreign Minister", "Foreign Minister Pavel Osipov voiced hope")],
        ),
        # Support is no statement, and "that" after other words opens no report.
        ("Foreign Minister Pavel Osipov expressed support for the talks were useful.", []),
        (
            "Foreign Minister Pavel Osipov expressed concern over reports that the talks were "
            "useful.",
            [],
        ),
    ],
)
def test_what_a_speaker_expressed_that_is_reported(
    sentence: str, expected: list[tuple[str | None, str | None, str]]
) -> None:
    assert _reports_of_useful_talks(sentence) == expected


# -- the tokenizer's fast path ---------------------------------------------------------------

_TRICKY = st.text(
    alphabet=st.sampled_from(list("aZK. ,'\u2019-_s\u00a0\u2003\n\u201c\u00abIi\u0130\u212a2")),
    max_size=40,
)


@settings(max_examples=300, deadline=None)
@given(text=_TRICKY, start=st.integers(0, 5), limit=st.none() | st.integers(0, 6))
def test_tokens_match_one_regex_match_each(text: str, start: int, limit: int | None) -> None:
    """Tokens made from words and white space are the regex's matches, offsets included."""
    from csto_corpus.parse._reporting import TOKEN
    from csto_corpus.parse._speakers import _lower, tokenize, tokenize_span

    expected = [
        (m.group(), m.start(), m.end(), _lower(m.group())) for m in TOKEN.finditer(text, start)
    ][:limit]
    assert [tuple(t) for t in tokenize_span(text, start, len(text), limit)] == expected
    shifted = [(w, a - start + 3, b - start + 3, lw) for w, a, b, lw in expected]
    assert [tuple(t) for t in tokenize(text[start:], 3, limit)] == shifted


#: White space of every kind ``str.split`` and the regex's ``\s`` know, and digits and
#: letters ``str.isalnum`` and ``\w`` know, next to the marks the tokenizer splits on.
_CHUNKY = st.text(
    alphabet=st.sampled_from(
        list("aZK. ,'\u2019-_s\u00a0\u2003\n\x1c\x1f\x85\u2028\u3000\u00b2\u0663\u2160\u201c")
    ),
    max_size=40,
)


@settings(max_examples=500, deadline=None)
@given(text=_CHUNKY | _TRICKY | st.text(max_size=40), start=st.integers(0, 5))
def test_words_found_chunk_by_chunk_are_the_regex_matches(text: str, start: int) -> None:
    """``find_words`` splits at white space first; it finds what one regex pass finds."""
    from csto_corpus.parse._reporting import TOKEN
    from csto_corpus.parse._speakers import find_words

    end = max(start, len(text) - 2)
    assert find_words(text, start, end) == TOKEN.findall(text, start, end)


#: The token pattern as it was written before its runs were made possessive.
_PLAIN_TOKEN = (
    r"[A-Z]\.(?:[A-Z]\.)*(?![a-z])"
    r"|[^\W_](?:[\w\-'\u2019]*[^\W_])?(?:['\u2019](?![^\W_]))?"
    r"|\S"
)


@settings(max_examples=500, deadline=None)
@given(text=_TRICKY | st.text(max_size=30))
def test_possessive_token_pattern_matches_like_the_plain_one(text: str) -> None:
    import re

    from csto_corpus.parse._reporting import TOKEN

    plain = re.compile(_PLAIN_TOKEN)
    assert [m.span() for m in TOKEN.finditer(text)] == [m.span() for m in plain.finditer(text)]


def _reports(page: str) -> list[tuple[str, str | None, str | None, str | None, str | None]]:
    """(kind, verb, speaker name, attribution as printed, text) of each statement."""
    document = parse(page, "t")
    return [
        (
            s.kind.value,
            s.verb,
            s.speaker.name,
            document.text[s.attribution.start : s.attribution.end] if s.attribution else None,
            s.text,
        )
        for article in document.articles
        for s in article.statements
    ]


@pytest.mark.parametrize(
    ("sentence", "continued"),
    [
        (
            "Envoy Timur Sadykov said the talks were useful, adding that the sides would "
            "meet again in June.",
            [("adding", "the sides would meet again in June")],
        ),
        (
            "Envoy Timur Sadykov said the talks were useful, pointing out that the sides "
            "had agreed on a plan, and noting that it would be signed in Minsk.",
            [
                ("pointing out", "the sides had agreed on a plan"),
                ("noting", "it would be signed in Minsk"),
            ],
        ),
        (
            "According to envoy Timur Sadykov, the talks were useful, stressing that the "
            "plan was ready.",
            [("stressing", "the plan was ready")],
        ),
    ],
)
@pytest.mark.parametrize("template", [_TASS_TALKS, _BELTA_TALKS], ids=["tass", "belta"])
def test_a_participle_with_that_reports_the_same_speaker_again(
    template: str, sentence: str, continued: list[tuple[str, str]]
) -> None:
    reports = _reports(template.format(sentence))
    first, *rest = reports
    assert first[2] == "Timur Sadykov"
    assert first[4] == "the talks were useful"
    assert [(verb, text) for _, verb, _, _, text in rest] == continued
    for kind, verb, name, attribution, _ in rest:
        assert (kind, name, attribution) == ("indirect", "Timur Sadykov", verb)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # No "that": the participle is part of what was said.
        (
            "Envoy Timur Sadykov said the talks were useful, adding new items to the agenda.",
            ("indirect", "the talks were useful, adding new items to the agenda"),
        ),
        # Inside quotation marks the words are the speaker's own.
        (
            "Envoy Timur Sadykov said the plan was “ready, noting that all had agreed”.",
            ("direct", "ready, noting that all had agreed"),
        ),
    ],
)
def test_a_participle_without_that_or_inside_quotes_is_part_of_one_report(
    sentence: str, expected: tuple[str, str]
) -> None:
    kind, text = expected
    assert _reports(_TASS_TALKS.format(sentence)) == [
        (kind, "said", "Timur Sadykov", "Envoy Timur Sadykov said", text)
    ]


def test_a_participle_before_a_colon_is_not_part_of_the_report() -> None:
    reports = _reports(
        _TASS_TALKS.format('The UN envoy said the talks had been useful, adding: "We agree."')
    )
    assert [(kind, text) for kind, _, _, _, text in reports] == [
        ("indirect", "the talks had been useful"),
        ("direct", "We agree."),
    ]


def test_a_participle_inside_a_quoted_report_is_the_speaker_s_own_words() -> None:
    page = _BELTA_TALKS.format(
        "Envoy Timur Sadykov met the UN team. In his words, “the talks were useful, adding "
        "that nothing was final.”"
    )
    assert [(kind, verb, name, text) for kind, verb, name, _, text in _reports(page)] == [
        ("direct", None, "Timur Sadykov", "the talks were useful, adding that nothing was final.")
    ]


@pytest.mark.parametrize("template", [_TASS_TALKS, _BELTA_TALKS], ids=["tass", "belta"])
def test_a_participle_after_a_quote_s_attribution_reports_the_same_speaker(template: str) -> None:
    page = template.format(
        "“The talks were useful,” envoy Timur Sadykov stressed, noting that the sides would "
        "meet again in June, and adding that a plan was ready."
    )
    assert _reports(page) == [
        (
            "direct",
            "stressed",
            "Timur Sadykov",
            "envoy Timur Sadykov stressed",
            "The talks were useful,",
        ),
        ("indirect", "noting", "Timur Sadykov", "noting", "the sides would meet again in June"),
        ("indirect", "adding", "Timur Sadykov", "adding", "a plan was ready"),
    ]


def test_reminded_that_reports_speech() -> None:
    page = _TASS_TALKS.format(
        "Envoy Timur Sadykov reminded that the General Assembly had backed the plan. He "
        "reminded the delegates of the summit in Minsk."
    )
    assert _reports(page) == [
        (
            "indirect",
            "reminded",
            "Timur Sadykov",
            "Envoy Timur Sadykov reminded",
            "the General Assembly had backed the plan",
        )
    ]


_CSTO_NEWS = (
    "CSTO and UN officials met in New York\n\nMust read\n\nMarch 14, 2032\n\n{}\n\nGo back\n"
)


@pytest.mark.parametrize(
    "template", [_CSTO_NEWS, _TASS_TALKS, _BELTA_TALKS], ids=["csto", "tass", "belta"]
)
def test_a_second_verb_after_and_reports_the_same_speaker_again(template: str) -> None:
    page = template.format(
        "Under-Secretary-General Jean-Pierre Lacroix noted the importance of cooperation "
        "between the two organizations and expressed hope that the CSTO would join the "
        "readiness system."
    )
    assert [(kind, verb, name, text) for kind, verb, name, _, text in _reports(page)] == [
        (
            "indirect",
            "noted",
            "Jean-Pierre Lacroix",
            "the importance of cooperation between the two organizations",
        ),
        (
            "indirect",
            "expressed hope",
            "Jean-Pierre Lacroix",
            "the CSTO would join the readiness system",
        ),
    ]


@pytest.mark.parametrize(
    ("sentence", "texts"),
    [
        # After "that", the "and" may join two clauses of what was said: one report.
        (
            "Envoy Timur Sadykov said that the sides had met and noted that progress was made.",
            ["the sides had met and noted that progress was made"],
        ),
        # A verb with no "that" after it is part of the first report.
        (
            "Envoy Timur Sadykov stressed the role of the UN and welcomed the plan.",
            ["the role of the UN and welcomed the plan"],
        ),
    ],
)
def test_and_before_a_verb_without_a_new_that_clause_is_one_report(
    sentence: str, texts: list[str]
) -> None:
    assert [text for *_, text in _reports(_TASS_TALKS.format(sentence))] == texts


@pytest.mark.parametrize(
    "template", [_CSTO_NEWS, _TASS_TALKS, _BELTA_TALKS], ids=["csto", "tass", "belta"]
)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The verb after "and" shares the subject of the sentence's first verb.
        (
            "Kazakh Foreign Minister Murat Aliyev informed his colleagues about the summit and "
            "stressed that the CSTO is ready to work with the UN.",
            [
                (
                    "indirect",
                    "stressed",
                    "Murat Aliyev",
                    "Kazakh Foreign Minister Murat Aliyev informed his colleagues about the "
                    "summit and stressed",
                    "the CSTO is ready to work with the UN",
                )
            ],
        ),
        (
            "The newly appointed Kyrgyz envoy Asel Omurova visited the UN headquarters and "
            "noted that cooperation is growing.",
            [
                (
                    "indirect",
                    "noted",
                    "Asel Omurova",
                    "The newly appointed Kyrgyz envoy Asel Omurova visited the UN "
                    "headquarters and noted",
                    "cooperation is growing",
                )
            ],
        ),
        # A relative clause has a subject of its own: not the first one's report.
        (
            "Envoy Ivan Petrov met Sergei Orlov, who informed him about the talks and stressed "
            "that the plan is ready.",
            [],
        ),
        # "drew attention to the fact that A" reports A.
        (
            "Russian envoy Ivan Petrov drew attention to the fact that the UN has never used "
            "the collective forces.",
            [
                (
                    "indirect",
                    "drew attention",
                    "Ivan Petrov",
                    "Russian envoy Ivan Petrov drew attention",
                    "the UN has never used the collective forces",
                )
            ],
        ),
        # The quote after "and said" is said, not reminded.
        (
            "Russian envoy Ivan Petrov reminded that the CSTO was founded in 2002, and said "
            'that "the UN is our partner."',
            [
                (
                    "direct",
                    "said",
                    "Ivan Petrov",
                    "Russian envoy Ivan Petrov reminded that the CSTO was founded in 2002, "
                    "and said",
                    "the UN is our partner.",
                )
            ],
        ),
    ],
)
def test_a_verb_after_and_shares_the_subject_of_the_sentence(
    template: str,
    sentence: str,
    expected: list[tuple[str, str | None, str | None, str | None, str]],
) -> None:
    assert _reports(template.format(sentence)) == expected


def _speakers(page: str) -> list[tuple[str, str | None, str | None, str]]:
    """(verb, speaker name, speaker role, text) of each statement."""
    return [
        (s.verb or "", s.speaker.name, s.speaker.role, s.text)
        for article in parse(page, "t").articles
        for s in article.statements
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A TASS source is someone unnamed.
        (
            "The CSTO will hold three drills this year, a source in the CSTO Secretariat told "
            "TASS.",
            [
                (
                    "told",
                    None,
                    "source in the CSTO Secretariat",
                    "The CSTO will hold three drills this year",
                )
            ],
        ),
        # "the Russian envoy" is nobody of another state: no name rather than a wrong one.
        (
            "Kazakhstan's Permanent Representative to the UN Aigerim Sadykova said that Astana "
            'would host a conference.\n\n"We are ready to help," the Russian envoy said.',
            [
                (
                    "said",
                    "Aigerim Sadykova",
                    "Kazakhstan's Permanent Representative to the UN",
                    "Astana would host a conference",
                ),
                ("said", None, "Russian envoy", "We are ready to help,"),
            ],
        ),
        # A person named after an opening phrase and its comma is the subject "he" means.
        (
            "On June 18, Chief of the CSTO Joint Staff Oleg Marchenko met UN officials.\n\n"
            "He noted that the forces were ready.",
            [
                (
                    "noted",
                    "Oleg Marchenko",
                    "Chief of the CSTO Joint Staff",
                    "the forces were ready",
                )
            ],
        ),
    ],
)
def test_speakers_of_unnamed_and_described_people(
    body: str, expected: list[tuple[str, str | None, str | None, str]]
) -> None:
    assert _speakers(_TASS_TALKS.format(body)) == expected


def test_the_un_secretary_general_is_not_the_csto_one_on_a_csto_speech_page() -> None:
    page = (
        "Statement by CSTO Secretary General Ivan Sergeev at the UN Security Council\n\n"
        "Must read\n\nOctober 7, 2030\n\nAs the Secretary-General of the United Nations "
        "rightly said, \u201cregional organizations are the first line of prevention\u201d.\n\n"
        "Thank you.\n\nGo back\n"
    )
    assert [row for row in _speakers(page) if row[0] == "said"] == [
        (
            "said",
            None,
            "Secretary-General of the United Nations",
            "regional organizations are the first line of prevention",
        )
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # An opening phrase of time, then the report, then the speaker.
        (
            "Armenia is ready to help, Deputy Defence Minister Gagik Movsisyan said.\n\n"
            "At present, about 270 Armenian servicemen serve in UN missions, the deputy "
            "minister said.",
            [
                ("said", "Gagik Movsisyan", "Armenia is ready to help"),
                (
                    "said",
                    "Gagik Movsisyan",
                    "At present, about 270 Armenian servicemen serve in UN missions",
                ),
            ],
        ),
        (
            "Armenia is ready to help, Deputy Defence Minister Gagik Movsisyan said.\n\n"
            "In 2019, the sappers worked in Aleppo, he recalled.",
            [
                ("said", "Gagik Movsisyan", "Armenia is ready to help"),
                ("recalled", "Gagik Movsisyan", "In 2019, the sappers worked in Aleppo"),
            ],
        ),
        # An opening phrase and a speaker with nothing reported: no statement.
        ("During the talks in Minsk, which lasted two hours, the minister said.", []),
        ("In his speech, the minister said.", []),
        # A short subject before a parenthetical attribution: the whole sentence.
        (
            "Armenia is ready to help, Deputy Defence Minister Gagik Movsisyan said.\n\n"
            "The sappers, he said, had been deployed to Aleppo.",
            [
                ("said", "Gagik Movsisyan", "Armenia is ready to help"),
                ("said", "Gagik Movsisyan", "The sappers, he said, had been deployed to Aleppo"),
            ],
        ),
    ],
)
def test_reports_after_an_opening_phrase_or_a_short_subject(
    body: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert [(verb, name, text) for verb, name, _, text in _speakers(_BELTA_TALKS.format(body))] == (
        expected
    )


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "his" skips the woman quoted last and goes back to the man before her.
        (
            "The talks were useful, Tajik Foreign Minister Farhod Salimzoda said.\n\n"
            "Alessandra Ricci said that the UN regarded the CSTO as a partner.\n\n"
            "In his words, the exercise could take place in 2029.",
            ["Farhod Salimzoda", "Alessandra Ricci", "Farhod Salimzoda"],
        ),
        # "She" after a sentence whose subject is a woman named without a title.
        (
            "CSTO Deputy Secretary General Aidar Shamshiyev met UNHCR Representative Ingrid "
            "Solberg.\n\nAidar Shamshiyev noted that the talks were useful.\n\n"
            "Ingrid Solberg thanked her interlocutor. She pointed out that UNHCR was updating "
            "its plan.",
            ["Aidar Shamshiyev", "Ingrid Solberg"],
        ),
        # A pronoun that fits no one named gives no one rather than the wrong person.
        (
            "Deputy Minister Sergei Ivanov said that the talks were useful. She added that a "
            "plan was ready.",
            ["Sergei Ivanov", None],
        ),
        # A name that tells no gender fits either pronoun.
        (
            "Deputy Minister Ara Petrosyan said that the talks were useful. She added that a "
            "plan was ready.",
            ["Ara Petrosyan", "Ara Petrosyan"],
        ),
    ],
)
def test_a_pronoun_skips_a_person_of_the_other_gender(
    body: str, expected: list[str | None]
) -> None:
    assert [name for _, name, _, _ in _speakers(_BELTA_TALKS.format(body))] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A title with commas: the name is not cut out of the title, nor the title lost.
        (
            "The UN regards the CSTO as a partner, UN Assistant Secretary-General for Europe, "
            "Central Asia and the Americas Katarina Holm told TASS.",
            [
                (
                    "told",
                    "Katarina Holm",
                    "UN Assistant Secretary-General for Europe, Central Asia and the Americas",
                    "The UN regards the CSTO as a partner",
                )
            ],
        ),
        # The last word of a department's name is not the first of the person's.
        (
            "Under-Secretary-General for Peace Operations Carlos Mendes said regional partners "
            "were indispensable.",
            [
                (
                    "said",
                    "Carlos Mendes",
                    "Under-Secretary-General for Peace Operations",
                    "regional partners were indispensable",
                )
            ],
        ),
        # A phrasal verb before a colon keeps its particle; a lower-case department word
        # stays in the title.
        (
            "Head of the CSTO Secretariat's political department Oleg Zhunusov pointed out: "
            "“Dialogue with the UN has become a natural process for us.”",
            [
                (
                    "pointed out",
                    "Oleg Zhunusov",
                    "Head of the CSTO Secretariat's political department",
                    "Dialogue with the UN has become a natural process for us.",
                )
            ],
        ),
    ],
)
def test_titles_with_commas_and_department_words(
    body: str, expected: list[tuple[str, str | None, str | None, str]]
) -> None:
    assert _speakers(_TASS_TALKS.format(body)) == expected


def test_the_un_official_is_not_the_csto_official_who_spoke_last() -> None:
    page = (
        "All news\n\nUN and CSTO discuss humanitarian aid\n\n"
        "“Nobody asks which organization should help first,” the UN official said\n\n"
        "UNITED NATIONS, October 27. /TASS/. UN Assistant Secretary-General for Humanitarian "
        "Affairs Joyce Mwangi said that the UN needed a mechanism.\n\n"
        "CSTO Deputy Secretary General Alexei Krasnov replied: “Not under command, but in "
        "partnership.”\n"
    )
    assert [(name, text) for _, name, _, text in _speakers(page)] == [
        ("Joyce Mwangi", "the UN needed a mechanism"),
        ("Alexei Krasnov", "Not under command, but in partnership."),
        ("Joyce Mwangi", "Nobody asks which organization should help first,"),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A titled description as the subject: "he" is that person, unnamed.
        (
            "The CSTO Secretary General welcomed the plans. He noted that the talks were useful.",
            (None, "CSTO Secretary General"),
        ),
        (
            "The Kazakh ambassador welcomed the plans. He noted that the talks were useful.",
            (None, "Kazakh ambassador"),
        ),
        # A description that fits someone named before is that person.
        (
            "The minister welcomed the plans. He noted that the talks were useful.",
            ("Maxim Ryzhenkov", "Belarusian Foreign Minister"),
        ),
        # A subject that is no person changes nothing.
        (
            "The delegation arrived in Minsk. He noted that the talks were useful.",
            ("Maxim Ryzhenkov", "Belarusian Foreign Minister"),
        ),
    ],
)
def test_he_after_a_described_subject(sentence: str, expected: tuple[str | None, str]) -> None:
    body = "The talks were useful, Belarusian Foreign Minister Maxim Ryzhenkov said.\n\n" + sentence
    *_, (verb, name, role, text) = _speakers(_BELTA_TALKS.format(body))
    assert (verb, name, role, text) == ("noted", *expected, "the talks were useful")


def test_told_tass_then_a_long_tail() -> None:
    body = (
        "The CSTO and UNODC have agreed to expand cooperation, CSTO Deputy Secretary General "
        "Timur Sultanbekov told TASS on Wednesday after talks with UNODC Executive Director "
        "Lucia Ferraro."
    )
    assert _speakers(_TASS_TALKS.format(body)) == [
        (
            "told",
            "Timur Sultanbekov",
            "CSTO Deputy Secretary General",
            "The CSTO and UNODC have agreed to expand cooperation",
        )
    ]


def test_a_statement_of_an_institution_is_the_institution_s() -> None:
    page = (
        "Statement of the CSTO Secretariat on the occasion of the International Day of UN "
        "Peacekeepers\n\nMust read\n\nMay 29, 2029\n\n"
        "The CSTO Secretariat pays tribute to all peacekeepers.\n\nGo back\n"
    )
    document = parse(page, "t")
    (speech,) = document.articles[0].statements
    assert (speech.kind, speech.speaker.name, speech.speaker.kind.value) == (
        StatementKind.SPEECH,
        "CSTO Secretariat",
        "institution",
    )
    assert speech.attribution is not None
    assert document.text[speech.attribution.start : speech.attribution.end] == (
        "Statement of the CSTO Secretariat"
    )


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "According to the Belarusian diplomats, the text was prepared by Russia.",
            (None, "Belarusian diplomats", "the text was prepared by Russia"),
        ),
        (
            "Russian diplomats said that the vote was a success.",
            (None, "Russian diplomats", "the vote was a success"),
        ),
        # A plural at a sentence's start is no one's surname.
        ("Experts said that the vote was close.", (None, "Experts", "the vote was close")),
    ],
)
def test_several_people_speak_unnamed(body: str, expected: tuple[None, str, str]) -> None:
    assert [(name, role, text) for _, name, role, text in _speakers(_TASS_TALKS.format(body))] == [
        expected
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The exercise will be held in October, TASS was told at the Russian Defense "
            "Ministry on Tuesday.",
            ("Russian Defense Ministry", "institution", "The exercise will be held in October"),
        ),
        (
            "The CSTO will hold three drills, TASS was told in the CSTO Secretariat.",
            ("CSTO Secretariat", "institution", "The CSTO will hold three drills"),
        ),
    ],
)
def test_tass_was_told_at_an_institution(body: str, expected: tuple[str, str, str]) -> None:
    document = parse(_TASS_TALKS.format(body), "t")
    assert [
        (s.verb, s.speaker.name, s.speaker.kind.value, s.text)
        for a in document.articles
        for s in a.statements
    ] == [("told", *expected)]


def test_a_partial_quote_after_an_opening_phrase() -> None:
    body = (
        "Earlier, CSTO Secretary General Nurlan Abdrakhmanov said the organization was "
        "“ready to provide its peacekeepers for UN operations.”"
    )
    document = parse(_TASS_TALKS.format(body), "t")
    assert [
        (s.kind, s.verb, s.speaker.name, s.text) for a in document.articles for s in a.statements
    ] == [
        (
            StatementKind.DIRECT,
            "said",
            "Nurlan Abdrakhmanov",
            "ready to provide its peacekeepers for UN operations.",
        )
    ]


def test_an_institution_s_statement_titled_in_connection_with() -> None:
    page = (
        "Statement of the CSTO Secretariat in connection with the adoption of the UN General "
        "Assembly resolution on cooperation\n\nMust read\n\nDecember 4, 2031\n\n"
        "The CSTO Secretariat welcomes the adoption of the resolution.\n\nGo back\n"
    )
    (speech,) = parse(page, "t").articles[0].statements
    assert (speech.speaker.name, speech.speaker.kind.value) == ("CSTO Secretariat", "institution")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A name and a titled description of it between commas, after the quote.
        (
            "“The experience has proved very useful,” Askar Dauletov, the commander of the "
            "contingent, said.",
            [
                (
                    "said",
                    "Askar Dauletov",
                    "commander of the contingent",
                    "The experience has proved very useful,",
                )
            ],
        ),
        # A tail before ", adding that".
        (
            "“We are ready,” Deputy Defense Minister Bakhyt Sultanov said at a briefing, adding "
            "that the battalion had been assessed.",
            [
                ("said", "Bakhyt Sultanov", "Deputy Defense Minister", "We are ready,"),
                (
                    "adding",
                    "Bakhyt Sultanov",
                    "Deputy Defense Minister",
                    "the battalion had been assessed",
                ),
            ],
        ),
        # "As X put it, “...”", X described: the description is the role.
        (
            "As the head of the observer team put it, “the operation was a success”.",
            [("put it", None, "head of the observer team", "the operation was a success")],
        ),
    ],
)
def test_appositions_tails_and_put_it(
    body: str, expected: list[tuple[str, str | None, str | None, str]]
) -> None:
    assert _speakers(_TASS_TALKS.format(body)) == expected


def test_the_answers_of_an_interview_are_the_interviewee_s_words() -> None:
    document = page("statements_tass_interview")
    answers = [s for a in document.articles for s in a.statements if s.verb is None]
    assert [(s.paragraph, s.kind, s.speaker.name, s.speaker.role) for s in answers] == [
        (2, StatementKind.DIRECT, "Artur Hovhannisyan", "Armenian Deputy Defense Minister"),
        (4, StatementKind.DIRECT, "Artur Hovhannisyan", "Armenian Deputy Defense Minister"),
        (6, StatementKind.DIRECT, "Artur Hovhannisyan", "Armenian Deputy Defense Minister"),
    ]
    # "I" in an answer is the interviewee.
    (quote,) = [s for a in document.articles for s in a.statements if s.verb is not None]
    assert (quote.verb, quote.speaker.name, quote.text) == (
        "told",
        "Artur Hovhannisyan",
        "The school is our contribution,",
    )
    # The dash is no part of the answer; the question is no one's statement.
    assert answers[0].text.startswith("Officers from all CSTO member states.")
    assert not any(s.text.endswith("?") for a in document.articles for s in a.statements)
    # A priority named in an answer is the interviewee's.
    (priority,) = document.articles[0].priorities
    assert priority.speaker is not None
    assert priority.speaker.name == "Artur Hovhannisyan"


@pytest.mark.parametrize(
    "lead",
    [
        # Questions on a page that does not say it is an interview.
        "The ministers discussed several questions.",
    ],
)
def test_questions_without_an_interview_are_no_answers(lead: str) -> None:
    text = (
        f"All news\n\nTalks\n\nMOSCOW, March 3. /TASS/. {lead}\n\n"
        "What will the CSTO do next?\n\nIt will meet in June.\n\n"
        "Who will chair it?\n\nKazakhstan will.\n"
    )
    statements = [s for a in parse(text, "t").articles for s in a.statements]
    assert statements == []


@pytest.mark.parametrize(
    ("verb", "expected"),
    [
        ("joked", ("joked", "Daniyar Temirbekov")),
        # A verb the rules do not know: the quote's own speaker, unread, not the one before.
        ("grumbled", (None, None)),
    ],
)
def test_a_quote_with_its_own_attribution_does_not_go_on_from_the_one_before(
    verb: str, expected: tuple[str | None, str | None]
) -> None:
    body = (
        "Kazakhstan's Permanent Representative to the UN Daniyar Temirbekov spoke first. "
        "Russia's envoy Yelena Sokolova said that her country would help. “We have the "
        f"classrooms,” the Kazakh envoy {verb}."
    )
    *_, (said, name, _, text) = _speakers(_TASS_TALKS.format(body))
    assert (said or None, name, text) == (*expected, "We have the classrooms,")


def test_a_statement_reads_after_the_quote() -> None:
    body = (
        "The foreign ministers adopted a joint statement, the CSTO press service said. "
        "“The potential of interaction is far from exhausted,” reads the joint statement "
        "adopted at the meeting in Minsk."
    )
    *_, (verb, name, _, text) = _speakers(_TASS_TALKS.format(body))
    assert (verb, name, text) == (
        "reads",
        "CSTO press service",
        "The potential of interaction is far from exhausted,",
    )


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Kazakh Foreign Minister Murat Nurtleu agreed that the talks were useful.",
            [("agreed", "Murat Nurtleu", "the talks were useful")],
        ),
        ("Kazakh Foreign Minister Murat Nurtleu agreed to continue the talks.", []),
    ],
)
def test_agreed_reports_only_a_that_clause(
    body: str, expected: list[tuple[str, str | None, str]]
) -> None:
    found = _speakers(_TASS_TALKS.format(body))
    assert [(verb, name, text) for verb, name, _, text in found] == expected


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # A person named before with a title, then as a bare subject, is who "He" means.
        (
            "On September 7, CSTO Deputy Secretary General Ivan Petrov met with UNHCR "
            "Representative Paolo Ferrante.\n\nPaolo Ferrante thanked the CSTO Secretariat "
            "for its attention. He said that the Office was prepared to share its experience.",
            ("Paolo Ferrante", "UNHCR Representative"),
        ),
        # A subject described with "of": the title of the person named before.
        (
            "The meeting was chaired by the Permanent Representative of Tajikistan to the CSTO "
            "Firuz Nazarzoda.\n\nThe Permanent Representative of Tajikistan informed the "
            "members of the Council about the priorities. He noted that the chairmanship would "
            "focus on the borders.",
            ("Firuz Nazarzoda", "Permanent Representative of Tajikistan to the CSTO"),
        ),
    ],
)
def test_he_after_a_subject_named_again(body: str, speaker: tuple[str, str]) -> None:
    page = _CSTO_NEWS.format(body)
    (found,) = [s for s in _speakers(page) if s[0] in ("said", "noted")]
    assert found[1:3] == speaker


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A title with commas of its own, before a name and an aside.
        (
            "UN Assistant Secretary-General for Europe, Central Asia and the Americas Miroslav "
            "Hanak, who briefed the Council, said the secretariats had met four times.",
            (
                "said",
                "Miroslav Hanak",
                "UN Assistant Secretary-General for Europe, Central Asia and the Americas",
                "the secretariats had met four times",
            ),
        ),
        # "X, who said that A": A is X's.
        (
            "The talks were attended by UN Assistant Secretary-General Miroslav Hanak, who "
            "said that the secretariats had met four times.",
            (
                "said",
                "Miroslav Hanak",
                "UN Assistant Secretary-General",
                "the secretariats had met four times",
            ),
        ),
    ],
)
def test_speaker_before_a_relative_clause(body: str, expected: tuple[str, str, str, str]) -> None:
    assert _speakers(_CSTO_NEWS.format(body)) == [expected]


def test_who_said_without_that_is_no_report() -> None:
    body = "The talks were attended by Miroslav Hanak, who said nothing."
    assert _speakers(_CSTO_NEWS.format(body)) == []


@pytest.mark.parametrize(
    "opening",
    [
        "During its chairmanship of the CSTO in 2030, ",
        "During the meeting of the CSTO in Minsk, ",
        "At a session of the UN in New York, ",
    ],
)
def test_a_longer_opening_phrase_before_the_reported_clause(opening: str) -> None:
    body = opening + "Belarus will focus on the UN, Foreign Minister Maxim Ryzhenkov said."
    assert _speakers(_CSTO_NEWS.format(body)) == [
        (
            "said",
            "Maxim Ryzhenkov",
            "Foreign Minister",
            opening + "Belarus will focus on the UN",
        )
    ]


def _institution_speakers(body: str) -> list[str | None]:
    return [name for _, name, _, _ in _speakers(_CSTO_NEWS.format(body))]


def test_the_ministry_is_no_other_institution() -> None:
    # "the ministry" fits none of the bodies named before: the speaker is unknown.
    body = (
        "The UN Office of Counter-Terrorism hosted the talks. The parties agreed to meet "
        "again, the ministry said."
    )
    assert _institution_speakers(body) == [None]


def test_the_ministry_is_the_ministry_named_before() -> None:
    body = (
        "The Belarusian Foreign Ministry hosted the talks. The parties agreed to meet again, "
        "the ministry said."
    )
    assert _institution_speakers(body) == ["Belarusian Foreign Ministry"]


def test_the_agency_may_be_any_institution_named_before() -> None:
    body = (
        "The UN Office of Counter-Terrorism hosted the talks. The parties agreed to meet "
        "again, the agency said. They will meet in May, the press service added."
    )
    assert _institution_speakers(body) == ["UN Office of Counter-Terrorism"] * 2


@pytest.mark.parametrize(
    ("body", "role"),
    [
        # A military rank between the title and the name is no part of the title ...
        (
            "The CPF number 4,200 personnel, Chief of the CSTO Joint Staff Colonel General "
            "Anatoly Sidorenko said earlier.",
            "Chief of the CSTO Joint Staff",
        ),
        (
            "The CPF number 4,200 personnel, Deputy Defense Minister Major General Ivan Petrov "
            "said last week.",
            "Deputy Defense Minister",
        ),
        # ... also after a comma, and with the service it is a rank of.
        (
            "The CPF number 4,200 personnel, Deputy Interior Minister of Belarus, Major General "
            "of Militia Gennady Lukyanovich said.",
            "Deputy Interior Minister of Belarus",
        ),
        # A capitalised noun that ends a title is no part of the name.
        (
            "The CPF number 4,200 personnel, Assistant Secretary-General for Peacebuilding "
            "Support Amadou Kone said.",
            "Assistant Secretary-General for Peacebuilding Support",
        ),
        # ... but "General" of "Secretary General" is.
        (
            "The CPF number 4,200 personnel, CSTO Secretary General Ivan Petrov said.",
            "CSTO Secretary General",
        ),
    ],
)
def test_role_without_a_military_rank(body: str, role: str) -> None:
    ((verb, _, found, text),) = _speakers(_CSTO_NEWS.format(body))
    assert (verb, found, text) == ("said", role, "The CPF number 4,200 personnel")


def test_an_institution_named_in_the_possessive_is_named_without_it() -> None:
    body = (
        "Kyrgyzstan will send 35 servicemen, the Kyrgyz Defense Ministry's press service "
        'said.\n\n"The servicemen are ready," the ministry said.'
    )
    assert _institution_speakers(body) == [
        "Kyrgyz Defense Ministry's press service",
        "Kyrgyz Defense Ministry",
    ]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # "the general" is the officer whose rank says so, not a Secretary-General's envoy.
        (
            "Ingrid Solheim, Special Representative of the UN Secretary-General, said that "
            "water was short.\n\nChief of the CSTO Joint Staff Colonel General Ruslan Beisenov "
            'spoke next. "Our units are trained," the general said.',
            ("Ruslan Beisenov", "Chief of the CSTO Joint Staff"),
        ),
        # The unnamed speaker just before, whom the noun fits.
        (
            "Kazakh Deputy Foreign Minister Aigerim Seitkali said that Astana backed the talks."
            "\n\nA source in one of the delegations told TASS that the exchange was blocked. "
            "The diplomat added that a decision was unlikely.",
            (None, "source in one of the delegations"),
        ),
        # A subject after "According to the ministry," is who "she" means.
        (
            "Deputy Foreign Minister Olga Kaminskaya said that Belarus had invited UNODC.\n\n"
            "According to the ministry, UN Under-Secretary-General Lucia Ferreira Santos "
            "welcomed the proposal. She noted that the Office would decide.",
            ("Lucia Ferreira Santos", "UN Under-Secretary-General"),
        ),
    ],
)
def test_the_last_statement_s_speaker(body: str, speaker: tuple[str | None, str]) -> None:
    assert _speakers(_CSTO_NEWS.format(body))[-1][1:3] == speaker


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A word of time after the verb is a circumstance only where the clause ends.
        (
            "Lavrov said today the CSTO is ready to help.",
            [("said", "Lavrov", None, "the CSTO is ready to help")],
        ),
        (
            "Lavrov said last year's summit was a success.",
            [("said", "Lavrov", None, "last year's summit was a success")],
        ),
        # A relative clause ends where the main clause goes on.
        (
            "Lavrov met with Rosemary DiCarlo, who said that the CSTO is a partner, and with "
            "Ivan Petrov.",
            [("said", "Rosemary DiCarlo", None, "the CSTO is a partner")],
        ),
        # A rank that is all the title is the role.
        (
            "The drills are over, Field Marshal Ivan Petrov said.",
            [("said", "Ivan Petrov", "Field Marshal", "The drills are over")],
        ),
    ],
)
def test_words_of_time_relative_clauses_and_ranks(
    body: str, expected: list[tuple[str, str | None, str | None, str]]
) -> None:
    assert _speakers(_CSTO_NEWS.format(body)) == expected


@pytest.mark.parametrize("noun", ["organization", "bloc", "alliance"])
def test_a_generic_noun_is_the_organization_that_spoke(noun: str) -> None:
    body = (
        "The CSTO said that the border was tense.\n\n"
        f"The {noun} stressed that it was ready to help."
    )
    assert _institution_speakers(body) == ["CSTO", "CSTO"]


@pytest.mark.parametrize(
    "body",
    [
        "Amadou Kone, with whom we met in Moscow on 14 September, stated that regional "
        "organizations know the local context.",
        "Amadou Kone, whom we met in Moscow, said that regional organizations know the local "
        "context.",
    ],
)
def test_an_aside_opened_by_whom(body: str) -> None:
    ((_, name, _, text),) = [s for s in _speakers(_CSTO_NEWS.format(body)) if s[0]]
    assert (name, text) == ("Amadou Kone", "regional organizations know the local context")


def test_a_verb_after_a_comma_with_no_speaker_is_no_report() -> None:
    # "A, notes the progress made": an apposition's end, then the subject's verb.
    body = (
        "The General Assembly resolution on cooperation between the United Nations and the "
        "CSTO, adopted on 22 November 2026 (A/RES/81/7), notes the progress made in this area."
    )
    assert [s for s in _speakers(_CSTO_NEWS.format(body)) if s[1] is None and s[2] is None] == []


@pytest.mark.parametrize("rank", ["", "Colonel "])
def test_the_title_after_an_inverted_speaker_is_the_role(rank: str) -> None:
    body = (
        f"\u201cThe company is well trained,\u201d said {rank}Helena Lindqvist, Deputy Head of "
        "the Office of Military Affairs of the UN Department of Peace Operations."
    )
    ((_, name, role, _),) = [s for s in _speakers(_CSTO_NEWS.format(body)) if s[0]]
    assert (name, role) == (
        "Helena Lindqvist",
        "Deputy Head of the Office of Military Affairs of the UN Department of Peace Operations",
    )


def test_the_un_official_may_be_of_a_un_office() -> None:
    body = (
        "The UNODC is ready to help, UNODC Regional Representative Ingrid Solheim said.\n\n"
        "\u201cThe CSTO is a natural partner,\u201d the UN official noted."
    )
    assert [s[1] for s in _speakers(_CSTO_NEWS.format(body))] == ["Ingrid Solheim"] * 2


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Two titles between commas after the name, and an aside.
        (
            "Ingrid Solheim, Special Representative of the UN Secretary-General, Head of the UN "
            "Regional Centre for Preventive Diplomacy, who co-chaired the talks, said that "
            "water was short.",
            (
                "said",
                "Ingrid Solheim",
                "Special Representative of the UN Secretary-General, Head of the UN Regional "
                "Centre for Preventive Diplomacy",
                "water was short",
            ),
        ),
        # "informed <someone> that A" reports A ...
        (
            "CSTO Secretary General Talgat Mukanov informed his interlocutor that the CSTO was "
            "ready.",
            ("informed", "Talgat Mukanov", "CSTO Secretary General", "the CSTO was ready"),
        ),
    ],
)
def test_more_titles_and_informed_that(body: str, expected: tuple[str, str, str, str]) -> None:
    assert [s for s in _speakers(_CSTO_NEWS.format(body)) if s[0]] == [expected]


def test_informed_without_that_reports_nothing() -> None:
    body = "CSTO Secretary General Talgat Mukanov informed the Council about the drills."
    assert [s for s in _speakers(_CSTO_NEWS.format(body)) if s[0]] == []


def test_the_agent_of_a_passive_is_who_her_means() -> None:
    body = (
        "The draft was introduced by Kyrgyzstan's Permanent Representative Gulnara "
        'Abdrakhmanova. In her words, the text "reflects the contribution of the CSTO".'
    )
    assert [s[1] for s in _speakers(_CSTO_NEWS.format(body)) if s[0] or s[1]] == [
        "Gulnara Abdrakhmanova"
    ]


@pytest.mark.parametrize(
    "middle",
    [
        "Sergei Lavrov arrived in Minsk, accompanied by Deputy Foreign Minister Alexander Grushko.",
        "Sergei Lavrov read out a message sent by Russian President Vladimir Putin.",
    ],
)
def test_an_agent_that_is_no_passive_s_is_not_who_he_means(middle: str) -> None:
    body = f"{middle} He said that the CSTO was ready to help."
    assert [s[1] for s in _speakers(_CSTO_NEWS.format(body)) if s[0] == "said"] == ["Sergei Lavrov"]


def test_an_envoy_to_the_security_council_is_no_un_official() -> None:
    body = (
        "The CSTO is ready to work with the Council, said Vassily Nebenzia, Russia's envoy to "
        "the UN Security Council.\n\n\u201cThe CSTO is a natural partner,\u201d the UN "
        "official noted."
    )
    assert [s[1] for s in _speakers(_CSTO_NEWS.format(body))] == ["Vassily Nebenzia", None]


@pytest.mark.parametrize(
    "body",
    [
        "Lavrov informed the participants of the decision that was taken by the Council.",
        "Lavrov notified the CSTO of the plans so that the allies can prepare.",
    ],
)
def test_informed_of_something_that_reports_nothing(body: str) -> None:
    assert [s for s in _speakers(_CSTO_NEWS.format(body)) if s[0]] == []


def test_two_named_speakers_after_an_inverted_verb_still_report() -> None:
    body = "The CSTO is ready to help Tajikistan, said Lavrov and Mirzoyan."
    assert [s[3] for s in _speakers(_CSTO_NEWS.format(body)) if s[0]] == [
        "The CSTO is ready to help Tajikistan"
    ]


def test_a_described_state_s_diplomat_is_not_an_unnamed_source() -> None:
    body = (
        "Armenia's Permanent Representative to the UN Mariam Hakobyan said that the draft was "
        "sent.\n\nA diplomatic source in New York told TASS that a vote was likely.\n\n"
        "The Armenian diplomat said that consultations would follow."
    )
    assert [s[1] for s in _speakers(_CSTO_NEWS.format(body))] == [
        "Mariam Hakobyan",
        None,
        "Mariam Hakobyan",
    ]


def test_agreed_that_gives_way_to_the_report_s_own_verb() -> None:
    body = (
        "The ministers agreed that the next round would be held in Astana, the Belarusian "
        "Foreign Ministry said."
    )
    assert _institution_speakers(body) == ["Belarusian Foreign Ministry"]
