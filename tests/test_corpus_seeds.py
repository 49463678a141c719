"""Corpus queries on the seed pages, with the results the issues state.

These need the fact extractors (statements, priorities, resolutions, peacekeeping, mentions,
events); they fail until those land. Move this file to tests/ when they do, and make the
counts exact from the golden files where this file only states what the issues say.
"""

from __future__ import annotations

import csv
import datetime

import pytest

import csto_corpus
from csto_corpus import (
    Corpus,
    DatePrecision,
    PeacekeepingKind,
    SpeakerKind,
    StatementKind,
    TimelineKind,
    UNBody,
)

BELTA_2022 = "000_579c4f8cae9ae30b"
BELTA_2023 = "001_aca8ceefc62db698"
TASS_2019 = "002_d0f29a2c7945618b"
CSTO_SPEECH = "003_471792af4a523792"
CSTO_LISTING = "004_4219543f79debe9f"


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return csto_corpus.load()


def _articles_of(corpus: Corpus, facts) -> list[str]:
    return [corpus.locate(fact)[1].id for fact in facts]


# -- statements ----------------------------------------------------------------------------


def test_rachkov_gets_every_statement_of_his_and_nothing_else(corpus):
    his = corpus.statements(speaker="Rachkov")
    assert his
    assert {statement.speaker.name for statement in his} == {"Sergei Rachkov"}
    assert set(_articles_of(corpus, his)) == {f"{BELTA_2023}/1"}
    # He is the only speaker of that article: every statement of it is his.
    assert his == corpus.article(f"{BELTA_2023}/1").statements
    kinds = [statement.kind for statement in his]
    assert kinds.count(StatementKind.DIRECT) == 11
    assert StatementKind.INDIRECT in kinds
    for query in ("Sergei Rachkov", "rachkov", "SERGEI  RACHKOV"):
        assert corpus.statements(speaker=query) == his
    assert corpus.statements(speaker="Sergei") == ()


def test_rachkov_quotes_with_a_missing_opening_mark_are_his(corpus):
    direct = corpus.statements(speaker="Rachkov", kind="direct")
    endings = [statement.text.rstrip(",. ") for statement in direct]
    assert any(text.endswith("specialized international organizations") for text in endings)
    assert any(text.endswith("companies producing promising defense products") for text in endings)


def test_rybakov_quotes_and_the_reported_statement_of_lukashenko(corpus):
    direct = corpus.statements(speaker="Rybakov", kind=StatementKind.DIRECT)
    assert len(direct) == 5
    assert {(s.speaker.name, s.speaker.role) for s in direct} == {
        ("Valentin Rybakov", "Belarus' representative to the UN")
    }
    assert set(_articles_of(corpus, direct)) == {f"{BELTA_2022}/1"}
    assert [s.verb for s in direct].count("said") >= 4
    assert corpus.statements(speaker="Rybakov", kind="indirect")
    lukashenko = corpus.statements(speaker="Lukashenko")
    assert lukashenko
    assert {(s.speaker.name, s.speaker.role, s.kind) for s in lukashenko} == {
        ("Aleksandr Lukashenko", "Belarusian President", StatementKind.INDIRECT)
    }
    assert not set(corpus.statements(speaker="Rybakov")) & set(lukashenko)


def test_the_ministry_speaks_every_quote_of_the_tass_page(corpus):
    article = corpus.article(f"{TASS_2019}/1")
    assert article.statements
    assert {(s.speaker.name, s.speaker.kind) for s in article.statements} == {
        ("Russian Foreign Ministry", SpeakerKind.INSTITUTION)
    }
    ministry = corpus.statements(speaker="Russian Foreign Ministry")
    assert ministry == article.statements
    direct = [s for s in ministry if s.kind is StatementKind.DIRECT]
    assert len(direct) == 7  # the lead line, and "reads", "says", "the ministry said"
    assert {"reads", "says"} <= {s.verb for s in direct}


def test_the_speech_page_is_one_speech_with_a_quote_from_the_resolution(corpus):
    # The listing page's two first-person items are speeches too, by nobody named.
    speeches = corpus.statements(kind="speech")
    assert [corpus.locate(s)[1].id for s in speeches] == [
        f"{CSTO_SPEECH}/1",
        f"{CSTO_LISTING}/2",
        f"{CSTO_LISTING}/6",
    ]
    speech = speeches[0]
    assert [s.speaker.name for s in speeches[1:]] == [None, None]
    assert (speech.speaker.name, speech.speaker.role) == (
        "Imangali Tasmagambetov",
        "CSTO Secretary General",
    )
    assert corpus.locate(speech)[1].id == f"{CSTO_SPEECH}/1"
    quoted = [
        s
        for s in corpus.article(f"{CSTO_SPEECH}/1").statements
        if s.speaker.kind is SpeakerKind.DOCUMENT
    ]
    assert [s.text[:50] for s in quoted] == ["since the signing of the Collective Security Treat"]


def test_the_first_person_article_names_nobody(corpus):
    statements = corpus.article(f"{CSTO_LISTING}/6").statements
    people = [s for s in statements if s.speaker.kind is SpeakerKind.PERSON]
    assert [(s.kind.value, s.speaker.name) for s in people] == [("speech", None)]
    # What it quotes from the resolution has the resolution as its speaker.
    assert {s.speaker.name for s in statements if s.speaker.kind is SpeakerKind.DOCUMENT} == {
        "A/RES/77/13"
    }


def test_speakers_are_each_person_and_institution_once(corpus):
    profiles = {profile.name: profile for profile in corpus.speakers()}
    assert {
        "Valentin Rybakov",
        "Aleksandr Lukashenko",
        "Sergei Rachkov",
        "Russian Foreign Ministry",
        "Imangali Tasmagambetov",
    } <= set(profiles)
    assert "Belarus' representative to the UN" in profiles["Valentin Rybakov"].roles
    assert profiles["Sergei Rachkov"].roles[0].endswith("of the Council of the Republic")
    assert profiles["Sergei Rachkov"].statements == corpus.statements(speaker="Rachkov")
    assert profiles["Russian Foreign Ministry"].kind is SpeakerKind.INSTITUTION
    named = [s for s in corpus.statements() if s.speaker.name is not None]
    assert sum(len(profile.statements) for profile in profiles.values()) == len(named)


# -- priorities ----------------------------------------------------------------------------


def test_belarus_2023_priorities(corpus):
    priorities = corpus.priorities(holder="Belarus", year=2023)
    assert [(p.rank, p.summary) for p in priorities] == [
        (1, "resolving crisis situations"),
        (2, "effective self-presentation of the CSTO in the international arena"),
        (3, "to beef up the military component of the CSTO"),
        (
            4,
            "reinforcing the analytical component, responding to information wars and media "
            "positioning",
        ),
    ]
    assert set(_articles_of(corpus, priorities)) == {f"{BELTA_2023}/1"}
    assert corpus.priorities(holder="belarus", year=2023) == priorities


def test_the_listing_page_gives_one_unranked_priority_of_belarus(corpus):
    listed = [
        p for p in corpus.priorities(holder="Belarus") if corpus.locate(p)[0].id == CSTO_LISTING
    ]
    assert [p.rank for p in listed] == [None]
    assert corpus.priorities(holder="Armenia") == ()


# -- resolutions ---------------------------------------------------------------------------


def test_a_res_77_13_is_merged_once_from_two_pages(corpus):
    merged = [r for r in corpus.resolutions() if r.symbol == "A/RES/77/13"]
    assert len(merged) == 1
    (resolution,) = merged
    assert (resolution.body, resolution.session, resolution.number) == (
        UNBody.GENERAL_ASSEMBLY,
        77,
        13,
    )
    assert resolution.title == (
        "Cooperation between the United Nations and the Collective Security Treaty Organization"
    )
    assert resolution.adopted == datetime.date(2022, 11, 21)
    assert resolution.adopted_evidence is not None
    assert resolution.adopted_evidence.document_id == CSTO_LISTING
    assert "November 21, 2022" in resolution.adopted_evidence.text
    assert {mention.document_id for mention in resolution.mentions} == {CSTO_SPEECH, CSTO_LISTING}
    for mention in resolution.mentions:
        document = corpus.document(mention.document_id)
        assert document.text[mention.span.start : mention.span.end] == mention.text
    verbs = {p.verb for p in resolution.provisions}
    assert {"stresses", "commends"} <= verbs
    assert {p.evidence.document_id for p in resolution.provisions} == {CSTO_SPEECH, CSTO_LISTING}


def test_security_council_resolutions_and_the_draft(corpus):
    council = corpus.resolutions(body="security_council")
    assert [r.symbol for r in council] == ["S/RES/1624", "S/RES/2354"]
    assert all(r.article_ids == (f"{CSTO_SPEECH}/1",) for r in council)
    assert [r.symbol for r in corpus.resolutions(session=77)] == ["A/RES/77/13"]
    (draft,) = corpus.resolutions(session=79)
    assert (draft.symbol, draft.draft) == (None, True)


def test_resolutions_without_a_symbol_stand_alone(corpus):
    unnamed = [r for r in corpus.resolutions() if r.symbol is None and not r.draft]
    # The TASS page's "a UN General Assembly resolution on cooperation ..." and the
    # listing teaser's "the UN General Assembly Resolution "Cooperation ..."": no symbol,
    # so neither is merged with anything.
    assert [(r.body, r.article_ids) for r in unnamed] == [
        (UNBody.GENERAL_ASSEMBLY, (f"{TASS_2019}/1",)),
        (UNBody.GENERAL_ASSEMBLY, (f"{CSTO_LISTING}/5",)),
    ]


# -- peacekeeping, mentions ----------------------------------------------------------------


def test_peacekeeping_personnel_and_contributions(corpus):
    personnel = corpus.peacekeeping(kind=PeacekeepingKind.PERSONNEL)
    assert [(c.quantity, c.approximate) for c in personnel] == [(3800, True), (3800, True)]
    assert [corpus.locate(c)[0].id for c in personnel] == [CSTO_SPEECH, CSTO_LISTING]
    contributions = [
        c for c in corpus.peacekeeping(kind="contribution") if corpus.locate(c)[0].id == BELTA_2022
    ]
    described = " | ".join(c.description for c in contributions)
    assert len(contributions) == 5
    for item in ("mobile hospitals", "military medics", "demining detachments"):
        assert item in described


def test_the_first_deployment(corpus):
    deployments = [
        c for c in corpus.peacekeeping(kind="deployment") if corpus.locate(c)[0].id == BELTA_2022
    ]
    assert [(c.place, c.date, c.date_precision) for c in deployments] == [
        ("Kazakhstan", datetime.date(2022, 1, 1), DatePrecision.MONTH)
    ]


def test_articles_mentioning_member_states(corpus):
    kazakhstan = [a.id for a in corpus.articles(mentioning="Kazakhstan")]
    assert {f"{BELTA_2022}/1", f"{TASS_2019}/1", f"{CSTO_SPEECH}/1"} <= set(kazakhstan)
    armenia = [a.id for a in corpus.articles(mentioning="ARM")]
    assert {f"{TASS_2019}/1", f"{CSTO_SPEECH}/1", f"{CSTO_LISTING}/6"} <= set(armenia)
    belarus = corpus.mentions(name="Belarus")
    assert "Belarusian" in {m.text for m in belarus}


# -- timeline ------------------------------------------------------------------------------


def test_the_timeline_holds_the_dated_facts_in_order(corpus):
    entries = corpus.timeline()
    dates = [entry.date for entry in entries]
    assert dates == sorted(dates)
    found = {(entry.date, entry.kind) for entry in entries}
    for date in (
        datetime.date(1992, 5, 15),
        datetime.date(2002, 10, 7),
        datetime.date(2010, 3, 18),
        datetime.date(2018, 11, 9),
    ):
        assert (date, TimelineKind.EVENT) in found
    adoptions = [e for e in entries if e.kind is TimelineKind.ADOPTED]
    assert [(e.date, e.description) for e in adoptions] == [
        (datetime.date(2022, 11, 21), "A/RES/77/13")
    ]
    assert (datetime.date(2022, 1, 1), TimelineKind.DEPLOYMENT) in found
    assert entries[0].date == datetime.date(1992, 5, 15)
    for entry in entries:
        document = corpus.document(entry.evidence.document_id)
        span = entry.evidence.span
        assert document.text[span.start : span.end] == entry.evidence.text


# -- exports agree with the queries --------------------------------------------------------


def test_csv_rows_match_the_queries(tmp_path, corpus):
    paths = corpus.to_csv(tmp_path)
    with paths["statements"].open(encoding="utf-8", newline="") as file:
        assert len(list(csv.DictReader(file))) == len(corpus.statements())
    with paths["priorities"].open(encoding="utf-8", newline="") as file:
        assert len(list(csv.DictReader(file))) == len(corpus.priorities())
