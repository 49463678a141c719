"""The :class:`Corpus`: an immutable collection of parsed documents, and its queries.

Every common question is one call, across all documents: which articles mention a state,
what a person said, which resolutions are cited (merged across pages by symbol), what
happened when. Query results are model objects, or records such as
:class:`~csto_corpus._results.MergedResolution`; any fact leads back to its article,
its document and its evidence through :meth:`Corpus.locate` and :meth:`Corpus.evidence`.

>>> from csto_corpus.model import Document, Source
>>> corpus = Corpus.from_documents([Document(id="p", source=Source.TASS, text="")])
>>> len(corpus)
1
"""

from __future__ import annotations

import datetime
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import attrs

from csto_corpus._results import (
    DuplicateGroup,
    Evidence,
    MergedResolution,
    ResolutionProvision,
    SearchHit,
    SpeakerProfile,
    TimelineEntry,
    TimelineKind,
)
from csto_corpus.errors import DuplicateIdError
from csto_corpus.model import (
    Article,
    ArticleKind,
    DatePrecision,
    Document,
    Event,
    Media,
    Mention,
    MentionKind,
    Paragraph,
    PeacekeepingCapability,
    PeacekeepingKind,
    Priority,
    Provision,
    Resolution,
    Source,
    Span,
    Statement,
    StatementKind,
    UNBody,
)
from csto_corpus.parse.dates import calendar_day

__all__ = ["Corpus", "Fact"]

#: Anything an article holds that has a span into its document's text.
Fact = (
    Statement
    | Priority
    | Resolution
    | Provision
    | PeacekeepingCapability
    | Mention
    | Event
    | Paragraph
    | Media
)

#: How many characters of context a search snippet shows on each side of the match.
_SNIPPET_CONTEXT = 40

#: A word, for comparing paragraphs: punctuation, dashes, quotes and spacing do not count.
_WORD = re.compile(r"\w+")


def _fold(text: str) -> str:
    """``text`` for comparisons: case folded, white space collapsed."""
    return " ".join(text.casefold().split())


def _name_matches(name: str, query: str) -> bool:
    """Whether a printed name matches a query by full name or by surname, ignoring case."""
    printed, wanted = _fold(name), _fold(query)
    if not printed or not wanted:
        return False
    if printed == wanted or printed.split()[-1] == wanted:
        return True
    # A name printed as a surname alone matches a query by full name.
    return " " not in printed and wanted.split()[-1] == printed


def _enum(enum_type: Any, value: Any) -> Any:
    """``value`` as a member of ``enum_type``; strings are read as values, ignoring case."""
    if value is None or isinstance(value, enum_type):
        return value
    return enum_type(str(value).lower())


def _as_tuple(documents: Iterable[Document]) -> tuple[Document, ...]:
    return tuple(documents)


def _check_unique_ids(_: object, __: object, documents: tuple[Document, ...]) -> None:
    seen: set[str] = set()
    repeated: list[str] = []
    for document in documents:
        for identifier in (document.id, *(article.id for article in document.articles)):
            if identifier in seen and identifier not in repeated:
                repeated.append(identifier)
            seen.add(identifier)
    if repeated:
        raise DuplicateIdError(repeated)


@attrs.frozen
class _Index:
    """Lookups built once, on first use: ids to objects, facts to their places."""

    by_id: dict[str, Document | Article]
    #: ``id(fact)`` to the fact itself (to tell a reused id from it), its document and article.
    by_identity: dict[int, tuple[object, Document, Article]]


def _facts(article: Article) -> Iterator[Any]:
    """Every object with a span that ``article`` holds, provisions included."""
    yield from article.paragraphs
    yield from article.media
    yield from article.statements
    yield from article.priorities
    for resolution in article.resolutions:
        yield resolution
        yield from resolution.provisions
    yield from article.peacekeeping
    yield from article.mentions
    yield from article.events


@attrs.frozen(kw_only=True)
class Corpus:
    """An immutable, ordered collection of :class:`~csto_corpus.model.Document`.

    Document ids, and article ids, are unique within a corpus: building one with a repeated
    id raises :class:`~csto_corpus.errors.DuplicateIdError`.

    >>> import csto_corpus
    >>> corpus = csto_corpus.load()
    >>> len(corpus), len(corpus.articles())
    (5, 10)
    >>> tass_page = corpus.documents[2]
    >>> corpus.lookup(f"{tass_page.id}/1").dateline
    'MOSCOW'
    """

    documents: tuple[Document, ...] = attrs.field(
        default=(), converter=_as_tuple, validator=_check_unique_ids
    )
    _index: _Index | None = attrs.field(default=None, init=False, eq=False, repr=False, hash=False)

    # -- the collection ------------------------------------------------------------------

    @classmethod
    def from_documents(cls, documents: Iterable[Document]) -> Corpus:
        """Build a corpus from any iterable of documents, keeping their order.

        :raises DuplicateIdError: if two documents (or two articles) share an id.

        >>> from csto_corpus.model import Document, Source
        >>> Corpus.from_documents(iter([Document(id="a", source=Source.CSTO, text="")]))
        Corpus(documents=(Document(id='a', ...),))
        """
        return cls(documents=tuple(documents))

    def __len__(self) -> int:
        return len(self.documents)

    def __iter__(self) -> Iterator[Document]:
        return iter(self.documents)

    def __add__(self, other: object) -> Corpus:
        """The documents of both corpora, this one's first.

        :raises DuplicateIdError: if both hold a document with the same id.

        >>> from csto_corpus.model import Document, Source
        >>> a = Corpus.from_documents([Document(id="a", source=Source.CSTO, text="")])
        >>> b = Corpus.from_documents([Document(id="b", source=Source.TASS, text="")])
        >>> [document.id for document in a + b]
        ['a', 'b']
        """
        if not isinstance(other, Corpus):
            return NotImplemented
        return Corpus(documents=self.documents + other.documents)

    def _built_index(self) -> _Index:
        if self._index is None:
            by_id: dict[str, Document | Article] = {}
            by_identity: dict[int, tuple[object, Document, Article]] = {}
            for document in self.documents:
                by_id[document.id] = document
                for article in document.articles:
                    by_id[article.id] = article
                    by_identity[id(article)] = (article, document, article)
                    for fact in _facts(article):
                        by_identity[id(fact)] = (fact, document, article)
            # The corpus is frozen; the index is a cache that does not take part in equality.
            object.__setattr__(self, "_index", _Index(by_id=by_id, by_identity=by_identity))
        assert self._index is not None
        return self._index

    def lookup(self, id: str) -> Document | Article:
        """The document or the article with this id.

        :raises KeyError: naming ``id``, if no document or article has it.

        >>> import csto_corpus
        >>> corpus = csto_corpus.load()
        >>> first_id = corpus.documents[0].id
        >>> corpus.lookup(first_id).source
        <Source.BELTA: 'belta'>
        >>> corpus.lookup("nope/1")
        Traceback (most recent call last):
        ...
        KeyError: "no document or article with id 'nope/1' in this corpus"
        """
        try:
            return self._built_index().by_id[id]
        except KeyError:
            raise KeyError(f"no document or article with id {id!r} in this corpus") from None

    def document(self, id: str) -> Document:
        """The document with this id.

        :raises KeyError: naming ``id``, if no document has it.

        >>> import csto_corpus
        >>> corpus = csto_corpus.load()
        >>> corpus.document(corpus.documents[2].id).source.value
        'tass'
        """
        found = self._built_index().by_id.get(id)
        if not isinstance(found, Document):
            raise KeyError(f"no document with id {id!r} in this corpus")
        return found

    def article(self, id: str) -> Article:
        """The article with this id.

        :raises KeyError: naming ``id``, if no article has it.

        >>> import csto_corpus
        >>> corpus = csto_corpus.load()
        >>> corpus.article(f"{corpus.documents[4].id}/6").kind.value
        'news'
        """
        found = self._built_index().by_id.get(id)
        if not isinstance(found, Article):
            raise KeyError(f"no article with id {id!r} in this corpus")
        return found

    def locate(self, fact: Fact | Article) -> tuple[Document, Article]:
        """The document and the article that hold ``fact``.

        ``fact`` is any object with a span that an article of this corpus holds (a
        statement, a mention, a provision, a paragraph ...), or an article. It is found by
        identity, or else by equality (for a copy, e.g. one read back from JSON).

        :raises KeyError: if no article of the corpus holds it.

        >>> import csto_corpus
        >>> corpus = csto_corpus.load()
        >>> paragraph = corpus.articles()[2].paragraphs[0]
        >>> document, article = corpus.locate(paragraph)
        >>> document is corpus.documents[2], article.id == f"{document.id}/1"
        (True, True)
        """
        index = self._built_index()
        place = index.by_identity.get(id(fact))
        # An unpickled corpus brings its cache along: its ids may now name other objects.
        if place is not None and place[0] is fact:
            return place[1], place[2]
        for document in self.documents:
            for article in document.articles:
                if fact == article or any(fact == item for item in _facts(article)):
                    return document, article
        raise KeyError(f"this {type(fact).__name__} is not held by any article of the corpus")

    def evidence(self, fact: Fact) -> Evidence:
        """Where ``fact`` is printed: its document and article ids, its span and text.

        :raises KeyError: if no article of the corpus holds it.

        >>> import csto_corpus
        >>> corpus = csto_corpus.load()
        >>> paragraph = corpus.articles()[0].paragraphs[0]
        >>> evidence = corpus.evidence(paragraph)
        >>> evidence.article_id == corpus.articles()[0].id, evidence.text == paragraph.text
        (True, True)
        """
        document, article = self.locate(fact)
        return Evidence.of(document, article.id, fact.span)

    def _places(self) -> Iterator[tuple[Document, Article]]:
        for document in self.documents:
            for article in document.articles:
                yield document, article

    # -- queries -------------------------------------------------------------------------

    def articles(
        self,
        *,
        source: Source | str | None = None,
        kind: ArticleKind | str | None = None,
        since: datetime.date | None = None,
        until: datetime.date | None = None,
        mentioning: str | None = None,
    ) -> tuple[Article, ...]:
        """Every article, in corpus order, or those that pass every filter given.

        :param source: the outlet (a :class:`~csto_corpus.model.Source` or its value).
        :param kind: an :class:`~csto_corpus.model.ArticleKind` or its value.
        :param since: published on or after this date (a datetime counts by its date);
            articles without a date are left out when ``since`` or ``until`` is given.
        :param until: published on or before this date.
        :param mentioning: a state or an organization the article mentions (its canonical
            name, code or printed form), or any text in its title or body, as whole words,
            ignoring case.

        >>> import csto_corpus, datetime
        >>> corpus = csto_corpus.load()
        >>> tass_article = corpus.documents[2].articles[0]
        >>> corpus.articles(source="tass") == (tass_article,)
        True
        >>> len(corpus.articles(since=datetime.date(2024, 1, 1)))
        2
        >>> corpus.articles(mentioning="Tashkent") == (tass_article,)
        True
        """
        wanted_source: Source | None = _enum(Source, source)
        wanted_kind: ArticleKind | None = _enum(ArticleKind, kind)
        text_pattern = (
            None
            if mentioning is None
            else re.compile(rf"(?<!\w){re.escape(mentioning.strip())}(?!\w)", re.IGNORECASE)
        )
        found: list[Article] = []
        for document, article in self._places():
            if wanted_source is not None and document.source is not wanted_source:
                continue
            if wanted_kind is not None and article.kind is not wanted_kind:
                continue
            if not _published_within(article, since, until):
                continue
            if (
                mentioning is not None
                and text_pattern is not None
                and not _mentions(article, mentioning, text_pattern)
            ):
                continue
            found.append(article)
        return tuple(found)

    def statements(
        self,
        *,
        speaker: str | None = None,
        kind: StatementKind | str | None = None,
        contains: str | None = None,
        since: datetime.date | None = None,
        until: datetime.date | None = None,
    ) -> tuple[Statement, ...]:
        """Every statement, in corpus order, or those that pass every filter given.

        :param speaker: the speaker's full name or surname, ignoring case and spacing.
        :param kind: a :class:`~csto_corpus.model.StatementKind` or its value.
        :param contains: text the statement holds, ignoring case.
        :param since: the article was published on or after this date.
        :param until: the article was published on or before this date.

        >>> import csto_corpus
        >>> corpus = csto_corpus.load()
        >>> corpus.statements(speaker="Nobody Known")
        ()
        """
        wanted_kind: StatementKind | None = _enum(StatementKind, kind)
        needle = None if contains is None else _fold(contains)
        found: list[Statement] = []
        for _, article in self._places():
            if not _published_within(article, since, until):
                continue
            for statement in article.statements:
                if wanted_kind is not None and statement.kind is not wanted_kind:
                    continue
                if speaker is not None and not (
                    statement.speaker.name is not None
                    and _name_matches(statement.speaker.name, speaker)
                ):
                    continue
                if needle is not None and needle not in _fold(statement.text):
                    continue
                found.append(statement)
        return tuple(found)

    def priorities(
        self, *, holder: str | None = None, year: int | None = None
    ) -> tuple[Priority, ...]:
        """Every priority of a chairmanship, in corpus order, or those of ``holder``/``year``.

        :param holder: the member state holding the chairmanship, ignoring case.
        :param year: the year of the chairmanship.

        >>> import csto_corpus
        >>> csto_corpus.load().priorities(holder="Nowhere")
        ()
        """
        wanted = None if holder is None else _fold(holder)
        return tuple(
            priority
            for _, article in self._places()
            for priority in article.priorities
            if (wanted is None or _fold(priority.holder or "") == wanted)
            and (year is None or priority.year == year)
        )

    def peacekeeping(
        self, *, kind: PeacekeepingKind | str | None = None
    ) -> tuple[PeacekeepingCapability, ...]:
        """Every peacekeeping fact, in corpus order, or those of one kind.

        >>> import csto_corpus
        >>> csto_corpus.load().peacekeeping(kind="standard") == tuple(
        ...     c for c in csto_corpus.load().peacekeeping() if c.kind.value == "standard")
        True
        """
        wanted: PeacekeepingKind | None = _enum(PeacekeepingKind, kind)
        return tuple(
            capability
            for _, article in self._places()
            for capability in article.peacekeeping
            if wanted is None or capability.kind is wanted
        )

    def mentions(
        self, *, kind: MentionKind | str | None = None, name: str | None = None
    ) -> tuple[Mention, ...]:
        """Every mention of a state or an organization, in corpus order, or those filtered.

        :param kind: a :class:`~csto_corpus.model.MentionKind` or its value.
        :param name: the canonical name or the code, ignoring case.

        >>> import csto_corpus
        >>> csto_corpus.load().mentions(name="Atlantis")
        ()
        """
        wanted_kind: MentionKind | None = _enum(MentionKind, kind)
        wanted = None if name is None else _fold(name)
        return tuple(
            mention
            for _, article in self._places()
            for mention in article.mentions
            if (wanted_kind is None or mention.kind is wanted_kind)
            and (
                wanted is None
                or _fold(mention.name) == wanted
                or (mention.code is not None and _fold(mention.code) == wanted)
            )
        )

    def events(self) -> tuple[Event, ...]:
        """Every dated event printed in the corpus, in corpus order.

        >>> import csto_corpus
        >>> all(isinstance(event.date, __import__("datetime").date)
        ...     for event in csto_corpus.load().events())
        True
        """
        return tuple(event for _, article in self._places() for event in article.events)

    def resolutions(
        self, *, body: UNBody | str | None = None, session: int | None = None
    ) -> tuple[MergedResolution, ...]:
        """Every UN resolution the corpus cites, merged across articles by symbol.

        One :class:`~csto_corpus._results.MergedResolution` per symbol, in order of first
        mention, with the session and adoption date from the first page that prints each, the
        most complete (longest) title printed, and every mention and provision with its
        article. A resolution cited without a
        symbol stands alone.

        :param body: a :class:`~csto_corpus.model.UNBody` or its value.
        :param session: the General Assembly session.

        >>> import csto_corpus
        >>> csto_corpus.load().resolutions(session=1)
        ()
        """
        wanted_body: UNBody | None = _enum(UNBody, body)
        return tuple(
            merged
            for merged in self._merged_resolutions()
            if (wanted_body is None or merged.body is wanted_body)
            and (session is None or merged.session == session)
        )

    def _merged_resolutions(self) -> list[MergedResolution]:
        groups: dict[object, list[tuple[Document, Article, Resolution]]] = {}
        for document, article in self._places():
            for resolution in article.resolutions:
                key: object = resolution.symbol if resolution.symbol else object()
                groups.setdefault(key, []).append((document, article, resolution))
        return [_merge_resolution(group) for group in groups.values()]

    def speakers(self) -> tuple[SpeakerProfile, ...]:
        """Each person or institution that speaks, once, in order of first statement.

        Names are compared ignoring case and spacing; a statement whose speaker is not
        named is left out.

        >>> import csto_corpus
        >>> all(profile.statements for profile in csto_corpus.load().speakers())
        True
        """
        groups: dict[str, list[tuple[Article, Statement]]] = {}
        for _, article in self._places():
            for statement in article.statements:
                name = statement.speaker.name
                if name is not None and name.strip():
                    groups.setdefault(_fold(name), []).append((article, statement))
        profiles = []
        for group in groups.values():
            first = group[0][1].speaker
            assert first.name is not None
            roles = (statement.speaker.role for _, statement in group)
            profiles.append(
                SpeakerProfile(
                    name=first.name,
                    kind=first.kind,
                    roles=tuple(dict.fromkeys(role for role in roles if role)),
                    statements=tuple(statement for _, statement in group),
                    article_ids=tuple(dict.fromkeys(article.id for article, _ in group)),
                )
            )
        return tuple(profiles)

    def search(self, pattern: str | re.Pattern[str]) -> Iterator[SearchHit]:
        """Find text in the titles, lead lines and paragraphs of every article, lazily.

        :param pattern: plain text, matched ignoring case, or a compiled regular expression,
            matched as compiled. Empty matches are skipped.

        >>> import csto_corpus, re
        >>> corpus = csto_corpus.load()
        >>> hits = list(corpus.search("Tashkent"))
        >>> [(hit.evidence.article_id, hit.evidence.text) for hit in hits] == [
        ...     (corpus.documents[2].articles[0].id, "Tashkent")]
        True
        >>> hits[0].snippet
        '… treaty was signed on May 15, 1992 in Tashkent, and the agreement on the …'
        >>> len(list(corpus.search(re.compile(r"\\bpeacekeep\\w*", re.I)))) > 10
        True
        """
        regex = (
            re.compile(re.escape(pattern), re.IGNORECASE) if isinstance(pattern, str) else pattern
        )
        for document, article in self._places():
            for span in _searchable_spans(article):
                field = document.text[span.start : span.end]
                for match in regex.finditer(field):
                    if match.end() == match.start():
                        continue
                    hit = Span(start=span.start + match.start(), end=span.start + match.end())
                    yield SearchHit(
                        evidence=Evidence.of(document, article.id, hit),
                        snippet=_snippet(field, match.start(), match.end()),
                    )

    def timeline(self) -> tuple[TimelineEntry, ...]:
        """Every dated fact, in date order, each with its evidence.

        Publication dates, adoption dates of resolutions (once per merged resolution),
        dated peacekeeping facts (deployments) and printed events. Entries of one date keep
        corpus order.

        >>> import csto_corpus
        >>> entries = csto_corpus.load().timeline()
        >>> [(entry.date.isoformat(), entry.kind.value) for entry in entries][:3]
        [('1992-05-15', 'event'), ('2002-10-07', 'event'), ('2010-03-18', 'event')]
        >>> first_published = next(e for e in entries if e.kind.value == "published")
        >>> first_published.evidence.text, first_published.inferred
        ('September 10', True)
        """
        order = {document.id: number for number, document in enumerate(self.documents)}
        entries: list[TimelineEntry] = []
        for document, article in self._places():
            if article.published is not None and article.published_span is not None:
                entries.append(
                    TimelineEntry(
                        date=calendar_day(article.published),
                        precision=DatePrecision.DAY,
                        kind=TimelineKind.PUBLISHED,
                        description=_describe(article),
                        evidence=Evidence.of(document, article.id, article.published_span),
                        inferred=article.published_inferred,
                    )
                )
            for capability in article.peacekeeping:
                if capability.date is not None:
                    entries.append(
                        TimelineEntry(
                            date=capability.date,
                            precision=capability.date_precision or DatePrecision.DAY,
                            kind=TimelineKind.DEPLOYMENT,
                            description=capability.description,
                            evidence=Evidence.of(document, article.id, capability.span),
                        )
                    )
            for event in article.events:
                entries.append(
                    TimelineEntry(
                        date=event.date,
                        precision=event.date_precision,
                        kind=TimelineKind.EVENT,
                        description=event.description,
                        evidence=Evidence.of(document, article.id, event.span),
                        inferred=event.date_inferred,
                    )
                )
        for merged in self._merged_resolutions():
            if merged.adopted is not None and merged.adopted_evidence is not None:
                entries.append(
                    TimelineEntry(
                        date=merged.adopted,
                        precision=DatePrecision.DAY,
                        kind=TimelineKind.ADOPTED,
                        description=merged.symbol or merged.title or "a resolution",
                        evidence=merged.adopted_evidence,
                        inferred=merged.adopted_inferred,
                    )
                )
        entries.sort(
            key=lambda entry: (
                entry.date,
                order[entry.evidence.document_id],
                entry.evidence.span.start,
            )
        )
        return tuple(entries)

    def duplicates(self, *, min_words: int = 5) -> tuple[DuplicateGroup, ...]:
        """Paragraphs that stand, word for word or nearly, in more than one document.

        Paragraphs are compared by their words, ignoring case, punctuation (an en dash or a
        hyphen, curly or straight quotes) and spacing; those shorter than ``min_words``
        words are not compared.

        >>> import csto_corpus
        >>> corpus = csto_corpus.load()
        >>> speech, listing = corpus.documents[3].id, corpus.documents[4].id
        >>> [group.document_ids for group in corpus.duplicates()] == [(speech, listing)] * 2
        True
        """
        groups: dict[tuple[str, ...], list[Evidence]] = {}
        for document, article in self._places():
            for paragraph in article.paragraphs:
                words = tuple(_WORD.findall(paragraph.text.casefold()))
                if len(words) >= min_words:
                    groups.setdefault(words, []).append(
                        Evidence.of(document, article.id, paragraph.span)
                    )
        return tuple(
            DuplicateGroup(text=group[0].text, occurrences=tuple(group))
            for group in groups.values()
            if len({item.document_id for item in group}) > 1
        )

    # -- exports -------------------------------------------------------------------------

    def to_pandas(self) -> dict[str, Any]:
        """One ``pandas.DataFrame`` per fact type; needs the ``pandas`` extra.

        See :func:`csto_corpus.export.to_pandas`.

        >>> import csto_corpus
        >>> frames = csto_corpus.load().to_pandas()
        >>> sorted(frames)
        ['articles', 'mentions', 'peacekeeping', 'priorities', 'resolutions', 'statements']
        >>> len(frames["articles"])
        10
        """
        from csto_corpus.export import to_pandas  # pandas stays optional

        return to_pandas(self)

    def to_csv(self, directory: str | os.PathLike[str]) -> dict[str, Path]:
        """Write one CSV file per fact type into ``directory``; return the paths by type.

        See :func:`csto_corpus.export.write_csv`.

        >>> import csto_corpus, tempfile
        >>> paths = csto_corpus.load().to_csv(tempfile.mkdtemp())
        >>> sorted(paths)
        ['articles', 'mentions', 'peacekeeping', 'priorities', 'resolutions', 'statements']
        """
        from csto_corpus.export import write_csv

        return write_csv(self, directory)


def _describe(article: Article) -> str:
    """An article in a few words: its title, or the start of its first paragraph."""
    if article.title:
        return article.title
    if not article.paragraphs:
        return f"article {article.id}"
    words = article.paragraphs[0].text.split()
    return " ".join(words[:12]) + (" …" if len(words) > 12 else "")


def _published_within(
    article: Article, since: datetime.date | None, until: datetime.date | None
) -> bool:
    if since is None and until is None:
        return True
    if article.published is None:
        return False
    published = calendar_day(article.published)
    if since is not None and published < calendar_day(since):
        return False
    return until is None or published <= calendar_day(until)


def _mentions(article: Article, query: str, pattern: re.Pattern[str]) -> bool:
    wanted = _fold(query)
    for mention in article.mentions:
        names = (mention.name, mention.text, mention.code or "")
        if any(_fold(name) == wanted for name in names):
            return True
    texts = (article.title or "", article.subtitle or "", *(p.text for p in article.paragraphs))
    return any(pattern.search(text) for text in texts)


def _searchable_spans(article: Article) -> Iterator[Span]:
    if article.title_span is not None:
        yield article.title_span
    if article.subtitle_span is not None:
        yield article.subtitle_span
    for paragraph in article.paragraphs:
        yield paragraph.span


def _snippet(text: str, start: int, end: int) -> str:
    """The match with up to :data:`_SNIPPET_CONTEXT` characters around it, on one line."""
    left = max(0, start - _SNIPPET_CONTEXT)
    right = min(len(text), end + _SNIPPET_CONTEXT)
    # Cut at word boundaries, so that no word is shown in part.
    if left > 0:
        space = text.find(" ", left, start)
        left = space + 1 if space != -1 else left
    if right < len(text):
        space = text.rfind(" ", end, right)
        right = space if space != -1 else right
    snippet = " ".join(text[left:right].split())
    if left > 0:
        snippet = "… " + snippet
    if right < len(text):
        snippet += " …"
    return snippet


def _merge_resolution(group: list[tuple[Document, Article, Resolution]]) -> MergedResolution:
    """One :class:`MergedResolution` from every occurrence of one symbol, in corpus order."""

    def first(name: str) -> Any:
        return next((getattr(r, name) for _, _, r in group if getattr(r, name) is not None), None)

    # Pages shorten titles ("On cooperation between the UN and the CSTO"); the longest
    # printed form is the most complete, the first page wins a tie.
    titled = [(document, article, r) for document, article, r in group if r.title is not None]
    title_from = max(titled, key=lambda item: len(item[2].title or ""), default=None)
    title_evidence = None
    if title_from is not None and title_from[2].title_span is not None:
        document, article, resolution = title_from
        assert resolution.title_span is not None
        title_evidence = Evidence.of(document, article.id, resolution.title_span)
    # A date printed with its year wins over one whose year was inferred.
    adopted_from = next(
        ((d, a, r) for d, a, r in group if r.adopted is not None and not r.adopted_inferred),
        None,
    ) or next(((d, a, r) for d, a, r in group if r.adopted is not None), None)
    adopted_evidence = None
    if adopted_from is not None and adopted_from[2].adopted_span is not None:
        document, article, resolution = adopted_from
        assert resolution.adopted_span is not None
        adopted_evidence = Evidence.of(document, article.id, resolution.adopted_span)
    return MergedResolution(
        symbol=group[0][2].symbol,
        body=first("body"),
        session=first("session"),
        number=first("number"),
        year=first("year"),
        title=None if title_from is None else title_from[2].title,
        title_evidence=title_evidence,
        adopted=None if adopted_from is None else adopted_from[2].adopted,
        adopted_evidence=adopted_evidence,
        adopted_inferred=adopted_from is not None and adopted_from[2].adopted_inferred,
        draft=all(r.draft for _, _, r in group),
        provisions=tuple(
            ResolutionProvision(
                verb=provision.verb, evidence=Evidence.of(document, article.id, provision.span)
            )
            for document, article, r in group
            for provision in r.provisions
        ),
        mentions=tuple(
            Evidence.of(document, article.id, span)
            for document, article, r in group
            for span in (r.mentions or (r.span,))
        ),
    )
