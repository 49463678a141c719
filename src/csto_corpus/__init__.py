"""csto_corpus: verified, queryable data from pages on CSTO-UN cooperation.

Load the bundled seed corpus, look at its articles, and check any fact against its
evidence in the page:

>>> import csto_corpus
>>> corpus = csto_corpus.load()
>>> document = corpus.documents[0]
>>> article = document.articles[0]
>>> article.title
'Belarus advocates practical cooperation between CSTO, UN'
>>> span = article.paragraphs[0].span
>>> document.text[span.start:span.end] == article.paragraphs[0].text
True
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from csto_corpus._loading import LoadFailure, LoadReport, load
from csto_corpus._parallel import parse_many, parse_to_jsonl
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
from csto_corpus._streaming import iter_documents
from csto_corpus.corpus import Corpus, Fact
from csto_corpus.errors import (
    CstoCorpusError,
    DecodeError,
    DuplicateIdError,
    LoadError,
    ParseError,
    SchemaError,
)
from csto_corpus.model import (
    Article,
    ArticleKind,
    ChromeLine,
    ChromeReason,
    DatePrecision,
    Document,
    Event,
    Excerpt,
    Media,
    MediaKind,
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
    Speaker,
    SpeakerKind,
    Statement,
    StatementKind,
    UNBody,
)
from csto_corpus.parse import parse, parse_bytes, parse_file

if TYPE_CHECKING:
    from csto_corpus.serialize import (
        dumps,
        dumps_corpus,
        json_schema,
        loads,
        loads_corpus,
        make_converter,
        read_jsonl,
        write_jsonl,
    )

#: Names imported when first asked for: the JSON functions need cattrs, whose import
#: costs about as much as the rest of the package, and parsing pages never needs it.
_LAZY_NAMES = dict.fromkeys(
    (
        "dumps",
        "dumps_corpus",
        "json_schema",
        "loads",
        "loads_corpus",
        "make_converter",
        "read_jsonl",
        "write_jsonl",
    ),
    "csto_corpus.serialize",
)


def __getattr__(name: str) -> Any:
    """``__version__`` and the JSON functions, each made when first asked for.

    Reading the metadata takes a good part of ``import csto_corpus``, and most programs
    never ask for the version; the JSON functions import cattrs.

    >>> import csto_corpus
    >>> csto_corpus.__version__.count(".") >= 2
    True
    >>> csto_corpus.dumps is csto_corpus.serialize.dumps
    True
    """
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("csto-corpus")
        except PackageNotFoundError:  # pragma: no cover - a checkout that is not installed
            return "0+unknown"
    module = _LAZY_NAMES.get(name)
    if module is not None:
        value = getattr(importlib.import_module(module), name)
        globals()[name] = value  # later look-ups do not come here
        return value
    raise AttributeError(f"module 'csto_corpus' has no attribute {name!r}")


__all__ = [
    "Article",
    "ArticleKind",
    "ChromeLine",
    "ChromeReason",
    "Corpus",
    "CstoCorpusError",
    "DatePrecision",
    "DecodeError",
    "Document",
    "DuplicateGroup",
    "DuplicateIdError",
    "Event",
    "Evidence",
    "Excerpt",
    "Fact",
    "LoadError",
    "LoadFailure",
    "LoadReport",
    "Media",
    "MediaKind",
    "Mention",
    "MentionKind",
    "MergedResolution",
    "Paragraph",
    "ParseError",
    "PeacekeepingCapability",
    "PeacekeepingKind",
    "Priority",
    "Provision",
    "Resolution",
    "ResolutionProvision",
    "SchemaError",
    "SearchHit",
    "Source",
    "Span",
    "Speaker",
    "SpeakerKind",
    "SpeakerProfile",
    "Statement",
    "StatementKind",
    "TimelineEntry",
    "TimelineKind",
    "UNBody",
    "__version__",
    "dumps",
    "dumps_corpus",
    "iter_documents",
    "json_schema",
    "load",
    "loads",
    "loads_corpus",
    "make_converter",
    "parse",
    "parse_bytes",
    "parse_file",
    "parse_many",
    "parse_to_jsonl",
    "read_jsonl",
    "write_jsonl",
]
