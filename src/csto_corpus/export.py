"""Tables of facts: CSV files through the standard library, and pandas DataFrames.

One table per fact type (:data:`FACT_TYPES`), one row per fact as the model holds it (a
resolution mentioned in two articles is two rows here; :meth:`Corpus.resolutions
<csto_corpus.corpus.Corpus.resolutions>` merges them). Every table starts with the same
columns: ``document_id``, ``article_id``, ``source`` (the outlet) and ``published_date``
(the article's date), and every fact's table ends with ``span_start`` and ``span_end``, the
offsets of its evidence in the document's text.

pandas is optional (the ``pandas`` extra): only :func:`to_pandas` imports it, when called.

>>> import csto_corpus
>>> columns("mentions")
('document_id', 'article_id', 'source', 'published_date', 'kind', 'name', 'code', 'text', 'span_start', 'span_end')
"""  # noqa: E501 - a doctest output line

from __future__ import annotations

import csv
import datetime
import enum
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import attrs

from csto_corpus.corpus import Corpus
from csto_corpus.model import Article, Document, Span

__all__ = ["FACT_TYPES", "columns", "rows", "to_pandas", "write_csv"]

#: A cell before formatting: what the model holds.
_Value = str | int | bool | datetime.date | enum.Enum | None


@attrs.frozen
class _Table:
    """One fact type: its columns (name and kind), and how a fact becomes a row."""

    columns: tuple[tuple[str, str], ...]  #: (name, kind); kinds: str, int, bool, date.
    facts: Callable[[Article], tuple[Any, ...]]  #: The facts of an article.
    row: Callable[[Any], tuple[_Value, ...]]  #: A fact's cells, after the common columns.


_COMMON = (
    ("document_id", "str"),
    ("article_id", "str"),
    ("source", "str"),
    ("published_date", "date"),
)


def _span(span: Span | None) -> tuple[int | None, int | None]:
    return (None, None) if span is None else (span.start, span.end)


def _article_row(article: Article) -> tuple[_Value, ...]:
    published = article.published
    return (
        None if published is None else published.isoformat(),
        article.published_inferred,
        article.kind,
        article.title,
        article.subtitle,
        article.dateline,
        len(article.paragraphs),
        len(article.statements),
        len(article.priorities),
        len(article.resolutions),
        len(article.peacekeeping),
        len(article.mentions),
        len(article.events),
        *_span(article.span),
    )


_TABLES: dict[str, _Table] = {
    "articles": _Table(
        columns=(
            ("published", "str"),  # as printed: a date, or a datetime with its offset
            ("published_inferred", "bool"),
            ("kind", "str"),
            ("title", "str"),
            ("subtitle", "str"),
            ("dateline", "str"),
            ("paragraphs", "int"),
            ("statements", "int"),
            ("priorities", "int"),
            ("resolutions", "int"),
            ("peacekeeping", "int"),
            ("mentions", "int"),
            ("events", "int"),
            ("span_start", "int"),
            ("span_end", "int"),
        ),
        facts=lambda article: (article,),
        row=_article_row,
    ),
    "statements": _Table(
        columns=(
            ("kind", "str"),
            ("speaker_name", "str"),
            ("speaker_role", "str"),
            ("speaker_kind", "str"),
            ("verb", "str"),
            ("paragraph", "int"),
            ("text", "str"),
            ("attribution_start", "int"),
            ("attribution_end", "int"),
            ("span_start", "int"),
            ("span_end", "int"),
        ),
        facts=lambda article: article.statements,
        row=lambda s: (
            s.kind,
            s.speaker.name,
            s.speaker.role,
            s.speaker.kind,
            s.verb,
            s.paragraph,
            s.text,
            *_span(s.attribution),
            *_span(s.span),
        ),
    ),
    "priorities": _Table(
        columns=(
            ("rank", "int"),
            ("holder", "str"),
            ("year", "int"),
            ("summary", "str"),
            ("details", "str"),
            ("speaker_name", "str"),
            ("summary_start", "int"),
            ("summary_end", "int"),
            ("span_start", "int"),
            ("span_end", "int"),
        ),
        facts=lambda article: article.priorities,
        row=lambda p: (
            p.rank,
            p.holder,
            p.year,
            p.summary,
            p.details,
            None if p.speaker is None else p.speaker.name,
            *_span(p.summary_span),
            *_span(p.span),
        ),
    ),
    "resolutions": _Table(
        columns=(
            ("symbol", "str"),
            ("body", "str"),
            ("session", "int"),
            ("number", "int"),
            ("year", "int"),
            ("title", "str"),
            ("adopted", "date"),
            ("adopted_inferred", "bool"),
            ("draft", "bool"),
            ("provisions", "int"),
            ("mentions", "int"),
            ("span_start", "int"),
            ("span_end", "int"),
        ),
        facts=lambda article: article.resolutions,
        row=lambda r: (
            r.symbol,
            r.body,
            r.session,
            r.number,
            r.year,
            r.title,
            r.adopted,
            r.adopted_inferred,
            r.draft,
            len(r.provisions),
            len(r.mentions),
            *_span(r.span),
        ),
    ),
    "peacekeeping": _Table(
        columns=(
            ("kind", "str"),
            ("description", "str"),
            ("quantity", "int"),
            ("approximate", "bool"),
            ("force", "str"),
            ("place", "str"),
            ("date", "date"),
            ("date_precision", "str"),
            ("date_inferred", "bool"),
            ("span_start", "int"),
            ("span_end", "int"),
        ),
        facts=lambda article: article.peacekeeping,
        row=lambda c: (
            c.kind,
            c.description,
            c.quantity,
            c.approximate,
            c.force,
            c.place,
            c.date,
            c.date_precision,
            c.date_inferred,
            *_span(c.span),
        ),
    ),
    "mentions": _Table(
        columns=(
            ("kind", "str"),
            ("name", "str"),
            ("code", "str"),
            ("text", "str"),
            ("span_start", "int"),
            ("span_end", "int"),
        ),
        facts=lambda article: article.mentions,
        row=lambda m: (m.kind, m.name, m.code, m.text, *_span(m.span)),
    ),
}

#: The fact types, one table (one CSV file, one DataFrame) each.
FACT_TYPES: tuple[str, ...] = tuple(_TABLES)


def _table(fact_type: str) -> _Table:
    try:
        return _TABLES[fact_type]
    except KeyError:
        raise KeyError(
            f"no fact type {fact_type!r}; the fact types are {', '.join(FACT_TYPES)}"
        ) from None


def columns(fact_type: str) -> tuple[str, ...]:
    """The column names of the table of ``fact_type`` (one of :data:`FACT_TYPES`).

    :raises KeyError: naming ``fact_type``, if it is not a fact type.

    >>> columns("articles")[:6]
    ('document_id', 'article_id', 'source', 'published_date', 'published', 'published_inferred')
    """
    return tuple(name for name, _ in (*_COMMON, *_table(fact_type).columns))


def _raw_rows(corpus: Corpus, table: _Table) -> Iterator[tuple[_Value, ...]]:
    for document in corpus:
        for article in document.articles:
            common = _common(document, article)
            for fact in table.facts(article):
                yield (*common, *table.row(fact))


def _common(document: Document, article: Article) -> tuple[_Value, ...]:
    published = article.published
    if isinstance(published, datetime.datetime):
        published = published.date()
    return (document.id, article.id, document.source, published)


def _cell(value: _Value) -> str:
    """A CSV cell: empty for None, ``true``/``false``, ISO dates, enum values."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value)


def rows(corpus: Corpus, fact_type: str) -> Iterator[dict[str, str]]:
    """The rows of the table of ``fact_type``, as the CSV file holds them, lazily.

    :raises KeyError: naming ``fact_type``, if it is not a fact type.

    >>> import csto_corpus
    >>> first = next(rows(csto_corpus.load(), "articles"))
    >>> first["source"], first["published_date"], first["published"]
    ('belta', '2022-02-17', '2022-02-17T09:26:00+03:00')
    """
    table = _table(fact_type)
    names = columns(fact_type)
    for raw in _raw_rows(corpus, table):
        yield dict(zip(names, (_cell(value) for value in raw), strict=True))


def write_csv(corpus: Corpus, directory: str | os.PathLike[str]) -> dict[str, Path]:
    """Write ``<fact type>.csv`` into ``directory`` for every fact type; return the paths.

    The directory is created if needed; files are UTF-8 with a header row.

    >>> import csto_corpus, tempfile
    >>> with tempfile.TemporaryDirectory() as directory:
    ...     paths = write_csv(csto_corpus.load(), directory)
    ...     sorted(path.name for path in paths.values())
    ['articles.csv', 'mentions.csv', 'peacekeeping.csv', 'priorities.csv', 'resolutions.csv', 'statements.csv']
    """  # noqa: E501 - a doctest output line
    folder = Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    written: dict[str, Path] = {}
    for fact_type in FACT_TYPES:
        path = folder / f"{fact_type}.csv"
        with path.open("w", encoding="utf-8", newline="") as file:
            writer = csv.DictWriter(file, fieldnames=columns(fact_type))
            writer.writeheader()
            writer.writerows(rows(corpus, fact_type))
        written[fact_type] = path
    return written


_PANDAS_DTYPES = {"str": "string", "int": "Int64", "bool": "boolean"}


def to_pandas(corpus: Corpus) -> dict[str, Any]:
    """One ``pandas.DataFrame`` per fact type, keyed by :data:`FACT_TYPES`.

    Columns are typed: text as ``string``, counts and offsets as nullable ``Int64``, flags
    as ``boolean``, dates as ``datetime64``; enums are their values. Needs pandas (the
    ``pandas`` extra: ``pip install 'csto-corpus[pandas]'``).

    :raises ModuleNotFoundError: if pandas is not installed, saying how to install it.

    >>> import csto_corpus
    >>> frames = to_pandas(csto_corpus.load())
    >>> frames["articles"]["source"].tolist()[:3]
    ['belta', 'belta', 'tass']
    """
    try:
        import pandas  # optional: the ``pandas`` extra
    except ModuleNotFoundError as error:
        raise ModuleNotFoundError(
            "to_pandas needs pandas: pip install 'csto-corpus[pandas]'", name="pandas"
        ) from error
    frames: dict[str, Any] = {}
    for fact_type in FACT_TYPES:
        table = _table(fact_type)
        kinds = (*_COMMON, *table.columns)
        cells = [
            tuple(value.value if isinstance(value, enum.Enum) else value for value in raw)
            for raw in _raw_rows(corpus, table)
        ]
        frame = pandas.DataFrame.from_records(cells, columns=[name for name, _ in kinds])
        for name, kind in kinds:
            if kind == "date":
                frame[name] = pandas.to_datetime(frame[name])
            else:
                frame[name] = frame[name].astype(_PANDAS_DTYPES[kind])
        frames[fact_type] = frame
    return frames
