from __future__ import annotations

import datetime
import pickle
import re
from collections.abc import Iterator

import attrs
import pytest

import csto_corpus
from csto_corpus import (
    ArticleKind,
    Corpus,
    DatePrecision,
    Document,
    DuplicateIdError,
    MentionKind,
    PeacekeepingKind,
    Source,
    SpeakerKind,
    StatementKind,
    TimelineKind,
    UNBody,
)

SEEDS = (
    "000_579c4f8cae9ae30b",
    "001_aca8ceefc62db698",
    "002_d0f29a2c7945618b",
    "003_471792af4a523792",
    "004_4219543f79debe9f",
)


#: Pairs of fields where ``text[span] == value`` must hold.
_EVIDENCED = (
    ("text", "span"),
    ("title", "title_span"),
    ("subtitle", "subtitle_span"),
    ("summary", "summary_span"),
    ("dateline", "dateline_span"),
)


def _evidenced(value: object) -> Iterator[tuple[str, object]]:
    """Every (value, span) pair inside ``value`` that must slice out of the text."""
    if isinstance(value, tuple):
        for item in value:
            yield from _evidenced(item)
        return
    if not attrs.has(type(value)):
        return
    for text_field, span_field in _EVIDENCED:
        text, span = getattr(value, text_field, None), getattr(value, span_field, None)
        if isinstance(text, str) and span is not None and not isinstance(value, Document):
            yield text, span
    for field in attrs.fields(type(value)):
        yield from _evidenced(getattr(value, field.name))


def test_the_hand_built_facts_point_at_their_evidence(samples):
    checked = 0
    for document in samples.corpus:
        for text, span in _evidenced(document):
            assert document.text[span.start : span.end] == text
            checked += 1
    assert checked == 26


# -- the collection ------------------------------------------------------------------------


def test_len_iteration_and_articles(samples):
    corpus = samples.corpus
    assert len(corpus) == 3
    assert [document.id for document in corpus] == ["alpha", "beta", "gamma"]
    assert [article.id for article in corpus.articles()] == ["alpha/1", "beta/1", "gamma/1"]


def test_lookup_resolves_document_and_article_ids(samples):
    corpus = samples.corpus
    assert corpus.lookup("beta") is samples.beta
    assert corpus.lookup("beta/1") is samples.beta.articles[0]
    assert corpus.document("gamma") is samples.gamma
    assert corpus.article("alpha/1") is samples.alpha.articles[0]


def test_lookup_of_an_unknown_id_is_a_key_error_naming_it(samples):
    with pytest.raises(KeyError, match="no document or article with id 'delta/1'"):
        samples.corpus.lookup("delta/1")
    with pytest.raises(KeyError, match="no document with id 'alpha/1'"):
        samples.corpus.document("alpha/1")
    with pytest.raises(KeyError, match="no article with id 'alpha'"):
        samples.corpus.article("alpha")


def test_from_documents_keeps_order_and_accepts_any_iterable(samples):
    corpus = Corpus.from_documents(iter([samples.gamma, samples.alpha]))
    assert [document.id for document in corpus] == ["gamma", "alpha"]
    assert Corpus(documents=[samples.beta]).documents == (samples.beta,)


def test_adding_corpora_concatenates_them(samples):
    first = Corpus.from_documents([samples.alpha])
    second = Corpus.from_documents([samples.beta, samples.gamma])
    combined = first + second
    assert combined == samples.corpus
    assert combined.lookup("gamma/1") is samples.gamma.articles[0]


def test_adding_a_corpus_with_the_same_document_is_refused(samples):
    with pytest.raises(DuplicateIdError) as caught:
        samples.corpus + Corpus.from_documents([samples.alpha])
    assert str(caught.value) == "duplicate ids in the corpus: 'alpha', 'alpha/1'"
    assert caught.value.ids == ["alpha", "alpha/1"]
    assert isinstance(caught.value, csto_corpus.CstoCorpusError)


def test_a_repeated_article_id_is_refused(samples):
    renamed = attrs.evolve(samples.beta, id="other")
    with pytest.raises(DuplicateIdError, match="'beta/1'"):
        Corpus.from_documents([samples.beta, renamed])


def test_adding_something_else_is_a_type_error(samples):
    with pytest.raises(TypeError):
        samples.corpus + (samples.alpha,)  # noqa: RUF005 - checks that this is refused


def test_the_corpus_is_immutable_and_its_cache_does_not_change_equality(samples):
    fresh = Corpus.from_documents(samples.corpus.documents)
    samples.corpus.lookup("alpha")  # builds the index of one of them
    assert samples.corpus == fresh
    assert hash(samples.corpus) == hash(fresh)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        samples.corpus.documents = ()  # type: ignore[misc]


# -- reaching a fact's article, document and evidence --------------------------------------


def test_locate_and_evidence_of_facts(samples):
    corpus = samples.corpus
    statement = corpus.statements(speaker="Ivanova", contains="ready to work")[0]
    document, article = corpus.locate(statement)
    assert (document.id, article.id) == ("beta", "beta/1")
    evidence = corpus.evidence(statement)
    assert evidence.text == statement.text == "We are ready to work with the UN,"
    assert (evidence.document_id, evidence.article_id) == ("beta", "beta/1")

    provision = samples.alpha.articles[0].resolutions[0].provisions[0]
    assert corpus.locate(provision)[1].id == "alpha/1"
    assert corpus.locate(samples.gamma.articles[0]) == (samples.gamma, samples.gamma.articles[0])


def test_locate_finds_an_equal_copy(samples):
    copy = attrs.evolve(samples.beta.articles[0].events[0])
    assert copy is not samples.beta.articles[0].events[0]
    assert samples.corpus.locate(copy)[0] is samples.beta


def test_locate_after_pickling_a_corpus_with_its_cache(samples):
    corpus = samples.corpus
    statement = corpus.statements(speaker="Ivanova")[2]
    assert corpus.locate(statement)[1].id == "beta/1"  # builds the cache
    copy = pickle.loads(pickle.dumps(corpus))
    assert copy == corpus
    for document in copy:
        for article in document.articles:
            for fact in (*article.statements, *article.paragraphs, *article.mentions):
                assert copy.locate(fact)[1] is article
    assert copy.locate(statement)[1].id == "beta/1"  # an equal copy, found by equality


def test_locate_of_a_foreign_fact_is_a_key_error(samples):
    stranger = attrs.evolve(samples.beta.articles[0].events[0], description="elsewhere")
    with pytest.raises(KeyError, match="this Event is not held by any article"):
        samples.corpus.locate(stranger)


# -- articles ------------------------------------------------------------------------------


def _ids(items):
    return [item.id for item in items]


def test_articles_by_source_and_kind(samples):
    corpus = samples.corpus
    assert _ids(corpus.articles(source=Source.TASS)) == ["beta/1"]
    assert _ids(corpus.articles(source="BelTA")) == ["alpha/1"]
    assert _ids(corpus.articles(kind=ArticleKind.EXCERPT)) == ["gamma/1"]
    assert _ids(corpus.articles(kind="news")) == ["alpha/1", "beta/1"]
    assert corpus.articles(source="csto", kind="news") == ()


def test_articles_by_date_compare_dates_and_datetimes_by_date(samples):
    corpus = samples.corpus
    assert _ids(corpus.articles(since=datetime.date(2026, 3, 3))) == ["alpha/1", "beta/1"]
    assert _ids(corpus.articles(since=datetime.date(2026, 3, 4))) == ["beta/1"]
    assert _ids(corpus.articles(until=datetime.date(2026, 3, 3))) == ["alpha/1"]
    late_evening = datetime.datetime(2026, 3, 3, 23, 59, tzinfo=datetime.timezone.utc)
    assert _ids(corpus.articles(since=late_evening, until=late_evening)) == ["alpha/1"]
    assert corpus.articles(since=datetime.date(2026, 4, 5)) == ()


def test_articles_mentioning_a_state_an_organization_or_text(samples):
    corpus = samples.corpus
    assert _ids(corpus.articles(mentioning="Armenia")) == ["beta/1"]  # printed "Armenian"
    assert _ids(corpus.articles(mentioning="kgz")) == ["alpha/1"]
    assert _ids(corpus.articles(mentioning="Collective Security Treaty Organization")) == [
        "alpha/1"
    ]
    assert _ids(corpus.articles(mentioning="geneva")) == ["beta/1"]
    assert _ids(corpus.articles(mentioning="draft resolution")) == ["gamma/1"]
    assert _ids(corpus.articles(mentioning="CSTO")) == ["alpha/1", "beta/1", "gamma/1"]
    assert corpus.articles(mentioning="Kyrgyz") == ()  # whole words only


def test_article_filters_combine(samples):
    corpus = samples.corpus
    assert _ids(corpus.articles(mentioning="CSTO", since=datetime.date(2026, 1, 1))) == [
        "alpha/1",
        "beta/1",
    ]
    assert _ids(corpus.articles(mentioning="CSTO", source="tass")) == ["beta/1"]


# -- statements and speakers ---------------------------------------------------------------


def _texts(statements):
    return [statement.text for statement in statements]


def test_statements_by_speaker_full_name_or_surname_ignoring_case(samples):
    corpus = samples.corpus
    ivanova = corpus.statements(speaker="Ivanova")
    assert [(s.speaker.name, s.kind) for s in ivanova] == [
        ("Zhanna Ivanova", StatementKind.INDIRECT),
        ("Zhanna Ivanova", StatementKind.DIRECT),
        ("Ivanova", StatementKind.DIRECT),
        ("Zhanna Ivanova", StatementKind.DIRECT),
    ]
    assert corpus.statements(speaker="zhanna  IVANOVA") == ivanova
    assert _texts(corpus.statements(speaker="armenian foreign ministry")) == [
        "cooperation with the UN is growing"
    ]
    assert corpus.statements(speaker="Zhanna") == ()
    assert corpus.statements(speaker="Petrova") == ()


def test_statements_by_kind_text_and_date(samples):
    corpus = samples.corpus
    assert _texts(corpus.statements(kind="indirect")) == [
        "the CSTO is ready to help UN missions",
        "cooperation with the UN is growing",
    ]
    assert _texts(corpus.statements(contains="READY")) == [
        "the CSTO is ready to help UN missions",
        "We are ready to work with the UN,",
    ]
    assert _texts(corpus.statements(since=datetime.date(2026, 4, 1))) == [
        "cooperation with the UN is growing",
        "We are ready to work with the UN,",
    ]
    assert len(corpus.statements(until=datetime.date(2026, 3, 31))) == 2


def test_statement_filters_combine(samples):
    corpus = samples.corpus
    found = corpus.statements(speaker="Ivanova", kind=StatementKind.DIRECT, contains="support")
    assert [corpus.locate(s)[1].id for s in found] == ["alpha/1", "gamma/1"]
    assert corpus.statements(speaker="Ivanova", contains="growing") == ()


def test_speakers_are_merged_by_name_with_roles_and_statements(samples):
    profiles = samples.corpus.speakers()
    assert [(p.name, p.kind, p.roles, len(p.statements), p.article_ids) for p in profiles] == [
        ("Zhanna Ivanova", SpeakerKind.PERSON, ("Foreign Minister",), 3, ("alpha/1", "gamma/1")),
        ("Armenian Foreign Ministry", SpeakerKind.INSTITUTION, (), 1, ("beta/1",)),
        ("Ivanova", SpeakerKind.PERSON, (), 1, ("beta/1",)),
    ]
    assert profiles[0].surname == "Ivanova"


def test_speakers_leave_out_unnamed_speakers(samples):
    article = samples.beta.articles[0]
    unnamed = attrs.evolve(
        article.statements[1], speaker=attrs.evolve(article.statements[1].speaker, name=None)
    )
    document = attrs.evolve(
        samples.beta,
        articles=(attrs.evolve(article, statements=(article.statements[0], unnamed)),),
    )
    names = [profile.name for profile in Corpus.from_documents([document]).speakers()]
    assert names == ["Armenian Foreign Ministry"]


# -- priorities, peacekeeping, mentions, events --------------------------------------------


def test_priorities_by_holder_and_year(samples):
    corpus = samples.corpus
    assert [p.summary for p in corpus.priorities()] == ["border security"]
    assert [p.rank for p in corpus.priorities(holder="kyrgyzstan", year=2026)] == [1]
    assert corpus.priorities(holder="Kyrgyzstan", year=2025) == ()
    assert corpus.priorities(holder="Belarus") == ()


def test_peacekeeping_by_kind(samples):
    corpus = samples.corpus
    assert [c.kind for c in corpus.peacekeeping()] == [
        PeacekeepingKind.PERSONNEL,
        PeacekeepingKind.DEPLOYMENT,
    ]
    assert [c.quantity for c in corpus.peacekeeping(kind="personnel")] == [2500]
    assert [c.place for c in corpus.peacekeeping(kind=PeacekeepingKind.DEPLOYMENT)] == [
        "Tajikistan"
    ]
    assert corpus.peacekeeping(kind="mechanism") == ()


def test_mentions_and_events(samples):
    corpus = samples.corpus
    assert [m.name for m in corpus.mentions(kind=MentionKind.STATE)] == [
        "Kyrgyzstan",
        "Tajikistan",
        "Armenia",
    ]
    assert [m.text for m in corpus.mentions(name="csto")] == ["CSTO"]
    assert [m.text for m in corpus.mentions(name="Armenia")] == ["Armenian"]
    assert [e.description for e in corpus.events()] == ["The memorandum was signed"]


def test_an_unknown_enum_value_in_a_filter_is_a_value_error(samples):
    with pytest.raises(ValueError, match="'wire'"):
        samples.corpus.articles(source="wire")


# -- resolutions ---------------------------------------------------------------------------


def test_resolutions_are_merged_across_documents_by_symbol(samples):
    merged, draft = samples.corpus.resolutions()
    assert merged.symbol == "A/RES/80/5"
    assert (merged.body, merged.session, merged.number) == (UNBody.GENERAL_ASSEMBLY, 80, 5)
    assert merged.title == "Cooperation between the United Nations and the CSTO"
    assert merged.title_evidence is not None
    assert merged.title_evidence.article_id == "beta/1"
    assert merged.adopted == datetime.date(2025, 12, 12)
    assert merged.adopted_evidence is not None
    assert (merged.adopted_evidence.article_id, merged.adopted_evidence.text) == (
        "alpha/1",
        "12 December 2025",
    )
    assert [(m.article_id, m.text) for m in merged.mentions] == [
        ("alpha/1", "A/RES/80/5"),
        ("alpha/1", "The resolution"),
        ("beta/1", "A/RES/80/5"),
    ]
    assert merged.article_ids == ("alpha/1", "beta/1")
    assert [(p.verb, p.evidence.article_id) for p in merged.provisions] == [
        ("welcomes", "alpha/1"),
        ("notes", "beta/1"),
    ]
    assert merged.provisions[1].evidence.text.startswith('Resolution A/RES/80/5 "Cooperation')
    assert merged.draft is False

    assert (draft.symbol, draft.draft, draft.article_ids) == (None, True, ("gamma/1",))
    assert draft.mentions[0].text == "draft resolution"


def test_resolutions_by_body_and_session(samples):
    corpus = samples.corpus
    assert [r.symbol for r in corpus.resolutions(body="general_assembly")] == ["A/RES/80/5"]
    assert [r.symbol for r in corpus.resolutions(session=80)] == ["A/RES/80/5"]
    assert corpus.resolutions(body=UNBody.SECURITY_COUNCIL) == ()
    assert corpus.resolutions(session=79) == ()


def test_symbol_less_resolutions_stay_apart(samples):
    document = attrs.evolve(samples.gamma, id="delta")
    article = attrs.evolve(document.articles[0], id="delta/1")
    document = attrs.evolve(document, articles=(article,))
    corpus = samples.corpus + Corpus.from_documents([document])
    assert [r.symbol for r in corpus.resolutions()] == ["A/RES/80/5", None, None]


# -- search --------------------------------------------------------------------------------


def test_search_plain_text_ignores_case_and_gives_evidence_and_snippets(samples):
    hits = samples.corpus.search("geneva")
    assert isinstance(hits, Iterator)
    hits = list(hits)
    assert [(h.evidence.article_id, h.evidence.text) for h in hits] == [
        ("beta/1", "Geneva"),
        ("beta/1", "Geneva"),
    ]
    for hit in hits:
        document = samples.corpus.document(hit.evidence.document_id)
        span = hit.evidence.span
        assert document.text[span.start : span.end] == hit.evidence.text
    assert hits[0].snippet == "Envoys of CSTO states meet in Geneva"
    assert hits[1].snippet == "… was signed on 2 June 2011 in Geneva."


def test_search_with_a_compiled_pattern(samples):
    hits = list(samples.corpus.search(re.compile(r"A/RES/\d+/\d+")))
    assert [(h.evidence.article_id, h.evidence.span.start) for h in hits] == [
        ("alpha/1", samples.alpha.text.index("A/RES/80/5")),
        ("beta/1", samples.beta.text.index("A/RES/80/5")),
        ("gamma/1", samples.gamma.text.index("A/RES/80/5")),
    ]
    assert hits[0].snippet == (
        "\u201cWe support resolution A/RES/80/5 on cooperation between the UN and the \u2026"
    )
    assert list(samples.corpus.search(re.compile(r"geneva"))) == []  # as compiled


def test_search_skips_empty_matches_and_chrome(samples):
    assert list(samples.corpus.search(re.compile(r"\b"))) == []
    assert list(samples.corpus.search("Go back")) == []


# -- timeline ------------------------------------------------------------------------------


def test_timeline_orders_every_dated_fact_with_its_evidence(samples):
    entries = samples.corpus.timeline()
    assert [
        (e.date.isoformat(), e.kind, e.precision, e.evidence.article_id, e.evidence.text)
        for e in entries
    ] == [
        (
            "2011-06-02",
            TimelineKind.EVENT,
            DatePrecision.DAY,
            "beta/1",
            "The memorandum was signed on 2 June 2011 in Geneva.",
        ),
        (
            "2025-05-01",
            TimelineKind.DEPLOYMENT,
            DatePrecision.MONTH,
            "alpha/1",
            "About 2,500 personnel were deployed in Tajikistan in May 2025.",
        ),
        ("2025-12-12", TimelineKind.ADOPTED, DatePrecision.DAY, "alpha/1", "12 December 2025"),
        (
            "2026-03-03",
            TimelineKind.PUBLISHED,
            DatePrecision.DAY,
            "alpha/1",
            "03 March 2026, 11:15",
        ),
        ("2026-04-04", TimelineKind.PUBLISHED, DatePrecision.DAY, "beta/1", "April 4"),
    ]
    assert [e.inferred for e in entries] == [False, False, False, False, True]
    assert entries[2].description == "A/RES/80/5"
    assert entries[3].description == "Kyrgyzstan backs CSTO peacekeeping at the UN"


# -- duplicates ----------------------------------------------------------------------------


def test_duplicates_match_paragraphs_across_documents_ignoring_dashes(samples):
    (group,) = samples.corpus.duplicates()
    assert group.document_ids == ("alpha", "gamma")
    assert [o.article_id for o in group.occurrences] == ["alpha/1", "gamma/1"]
    assert "\u2013 it matters" in group.occurrences[0].text
    assert "- it matters" in group.occurrences[1].text
    assert group.text == group.occurrences[0].text


def test_duplicates_ignore_short_paragraphs_and_repeats_within_one_document(samples):
    assert samples.corpus.duplicates(min_words=100) == ()
    assert Corpus.from_documents([samples.alpha, samples.beta]).duplicates() == ()


# -- on the seeds: what the parser finds today (articles, dates, paragraphs) ---------------


@pytest.fixture(scope="module")
def seeds() -> Corpus:
    return csto_corpus.load()


def test_seed_lookup_and_articles(seeds):
    assert [document.id for document in seeds] == list(SEEDS)
    assert seeds.lookup("004_4219543f79debe9f/6").title == (
        "The CSTO Secretariat intensifies interaction with the UN"
    )
    assert _ids(seeds.articles(source="csto", kind="news")) == ["004_4219543f79debe9f/6"]
    assert _ids(seeds.articles(kind="speech")) == ["003_471792af4a523792/1"]
    assert len(seeds.articles(source="csto")) == 7


def test_seed_articles_by_date(seeds):
    assert _ids(seeds.articles(until=datetime.date(2022, 12, 31))) == [
        "000_579c4f8cae9ae30b/1",
        "002_d0f29a2c7945618b/1",
    ]
    window = seeds.articles(since=datetime.date(2023, 2, 2), until=datetime.date(2024, 7, 19))
    assert _ids(window) == ["001_aca8ceefc62db698/1", "003_471792af4a523792/1"]


def test_seed_articles_mentioning_text(seeds):
    assert _ids(seeds.articles(mentioning="Golan Heights")) == ["003_471792af4a523792/1"]
    assert _ids(seeds.articles(mentioning="A/RES/77/13")) == [
        "003_471792af4a523792/1",
        "004_4219543f79debe9f/6",
    ]


def test_seed_search(seeds):
    hits = list(seeds.search("3,800"))
    assert [h.evidence.article_id for h in hits] == [
        "003_471792af4a523792/1",
        "004_4219543f79debe9f/6",
    ]
    assert all(h.evidence.text == "3,800" for h in hits)


def test_seed_duplicates_are_the_listing_page_repeating_the_speech(seeds):
    groups = seeds.duplicates()
    assert [[o.article_id for o in g.occurrences] for g in groups] == [
        ["003_471792af4a523792/1", "004_4219543f79debe9f/2"],
        ["003_471792af4a523792/1", "004_4219543f79debe9f/2"],
    ]
    assert [g.text[:20] for g in groups] == ["Allow me to thank th", "I highly appreciate "]
    speech, listing = groups[0].occurrences
    assert "organizations \u2013 the CSTO" in speech.text
    assert "organizations - the CSTO" in listing.text


def test_seed_timeline_has_the_publication_dates_in_order(seeds):
    published = [
        (e.date.isoformat(), e.evidence.text)
        for e in seeds.timeline()
        if e.kind is TimelineKind.PUBLISHED
    ]
    assert published == [
        ("2019-09-10", "September 10"),
        ("2022-02-17", "17 February 2022, 09:26"),
        ("2023-02-02", "02 February 2023, 14:56"),
        ("2024-07-19", "July 19, 2024"),
        ("2024-07-25", "25 July 2024"),
    ]


def test_a_printed_adoption_year_wins_over_an_inferred_one() -> None:
    head = (
        "All news\nPolitics\n{day} May 2029, 10:00\n\nThe Council backs regional bodies\n\n"
        "NEW YORK, {day} May (BelTA) - "
    )
    inferred = csto_corpus.parse(
        head.format(day=18) + "The Security Council adopted resolution 2935 (2029) on 16 May.\n",
        "a",
    )
    printed = csto_corpus.parse(
        head.format(day=20)
        + "The Security Council adopted resolution 2935 (2029) on 16 May 2029.\n",
        "b",
    )
    (alone,) = Corpus(documents=[inferred]).resolutions()
    assert (alone.adopted, alone.adopted_inferred) == (datetime.date(2029, 5, 16), True)
    (entry,) = [
        e for e in Corpus(documents=[inferred]).timeline() if e.kind is TimelineKind.ADOPTED
    ]
    assert entry.inferred
    (merged,) = Corpus(documents=[inferred, printed]).resolutions()
    assert (merged.adopted, merged.adopted_inferred) == (datetime.date(2029, 5, 16), False)
    assert merged.adopted_evidence is not None
    assert (merged.adopted_evidence.document_id, merged.adopted_evidence.text) == (
        "b",
        "16 May 2029",
    )
