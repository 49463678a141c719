"""Streaming: parse pages one at a time and write JSON Lines as they come.

Nothing here holds more than one document at a time, so a scrape of any size streams
through in the memory one page needs.

>>> import io
>>> from csto_corpus import write_jsonl
>>> out = io.StringIO()
>>> write_jsonl(iter_documents(), out)
5
>>> out.getvalue().count("\\n")
5
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Literal

from csto_corpus._loading import PathArgument, _expand, bundled_seed_paths, read_path
from csto_corpus.errors import CstoCorpusError, LoadError
from csto_corpus.model import Document

__all__ = ["ErrorPolicy", "iter_documents", "page_paths"]

#: What to do with a file that is not a readable page: ``"raise"`` its error at once (after
#: every document before it has been yielded), or ``"collect"``: yield every good document,
#: then raise one :class:`~csto_corpus.errors.LoadError` naming every bad file.
ErrorPolicy = Literal["raise", "collect"]


def page_paths(paths: PathArgument | None) -> Iterator[Path]:
    """The page files ``paths`` names (as :func:`csto_corpus.load` reads them), lazily.

    >>> [path.name[:3] for path in page_paths(None)]
    ['000', '001', '002', '003', '004']
    """
    return iter(bundled_seed_paths()) if paths is None else _expand(paths)


def check_policy(errors: str) -> None:
    """Refuse an ``errors`` argument that is not an :data:`ErrorPolicy`.

    >>> check_policy("ignore")
    Traceback (most recent call last):
    ...
    ValueError: errors must be 'raise' or 'collect', not 'ignore'
    """
    if errors not in ("raise", "collect"):
        raise ValueError(f"errors must be 'raise' or 'collect', not {errors!r}")


def iter_documents(
    paths: PathArgument | None = None, *, errors: ErrorPolicy = "raise"
) -> Iterator[Document]:
    """Parse pages one at a time, in the order :func:`csto_corpus.load` reads them.

    Only the document being yielded is held in memory: this is ``load(paths)`` for corpora
    that do not fit in it, and what ``load(paths, lazy=True)`` returns.

    :param paths: a directory (its ``.txt`` files, sorted by name), a file, or an iterable of
        either, read lazily; None for the bundled seed corpus.
    :param errors: ``"raise"`` (the default) raises a bad file's
        :class:`~csto_corpus.errors.ParseError`, which names the file, once every document
        before it has been yielded; ``"collect"`` yields every good document and then
        raises one :class:`~csto_corpus.errors.LoadError` naming every bad file.
    :raises OSError: for a path that does not exist or cannot be read.

    >>> [document.source.value for document in iter_documents()]
    ['belta', 'belta', 'tass', 'csto', 'csto']
    """
    check_policy(errors)
    return _iter_documents(page_paths(paths), errors)


def _iter_documents(paths: Iterable[Path], errors: ErrorPolicy) -> Iterator[Document]:
    failures: dict[str, CstoCorpusError] = {}
    for path in paths:
        if errors == "raise":
            yield from read_path(path)
            continue
        try:
            documents = read_path(path)
        except CstoCorpusError as error:
            failures[str(path)] = error
            continue
        yield from documents
    if failures:
        raise LoadError(failures)
