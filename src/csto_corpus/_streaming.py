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

from csto_corpus._loading import PathArgument, files_to_read, read_file
from csto_corpus.errors import CstoCorpusError, LoadError
from csto_corpus.model import Document

__all__ = ["ErrorPolicy", "iter_documents", "page_paths"]

#: What to do with a file that is not a readable page: ``"raise"`` its error at once (after
#: every document before it has been yielded), or ``"collect"``: yield every good document,
#: then raise one :class:`~csto_corpus.errors.LoadError` naming every bad file.
ErrorPolicy = Literal["raise", "collect"]


def page_paths(
    paths: PathArgument | None,
    follow_symlinks: bool = False,
    refused: dict[str, CstoCorpusError] | None = None,
) -> Iterator[Path]:
    """The files ``paths`` names (as :func:`csto_corpus.load` reads them), lazily.

    A file :func:`csto_corpus.load` would refuse to read (a symbolic link leading out of its
    directory) is never yielded: its error is raised when it is reached, or recorded in
    ``refused`` if that is given, for a report at the end.

    >>> [path.name[:3] for path in page_paths(None)]
    ['000', '001', '002', '003', '004']
    """
    for path, refusal in files_to_read(paths, follow_symlinks):
        if refusal is None:
            yield path
        elif refused is None:
            raise refusal
        else:
            refused[str(path)] = refusal


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
    paths: PathArgument | None = None,
    *,
    errors: ErrorPolicy = "raise",
    follow_symlinks: bool = False,
) -> Iterator[Document]:
    """Read pages (or exports) one file at a time, in the order :func:`csto_corpus.load` does.

    Only the documents of the file being read are held in memory: this is ``load(paths)``
    for corpora that do not fit in it, and what ``load(paths, lazy=True)`` returns.

    :param paths: a directory (its ``.txt``, ``.json`` and ``.jsonl`` files, sorted by
        name), a file, or an iterable of either, read lazily; None for the bundled seeds.
    :param errors: ``"raise"`` (the default) raises a bad file's
        :class:`~csto_corpus.errors.CstoCorpusError`, which names the file, once every
        document before it has been yielded; ``"collect"`` yields every good document and
        then raises one :class:`~csto_corpus.errors.LoadError` naming every bad file.
    :param follow_symlinks: as for :func:`csto_corpus.load`.

    >>> [document.source.value for document in iter_documents()]
    ['belta', 'belta', 'tass', 'csto', 'csto']
    """
    check_policy(errors)
    failures: dict[str, CstoCorpusError] = {}
    refused = failures if errors == "collect" else None
    return _iter_documents(page_paths(paths, follow_symlinks, refused), errors, failures)


def _iter_documents(
    paths: Iterable[Path],
    errors: ErrorPolicy,
    failures: dict[str, CstoCorpusError] | None = None,
) -> Iterator[Document]:
    """Read each file in turn; ``failures`` may already hold refused files to report."""
    failures = {} if failures is None else failures
    for path in paths:
        if errors == "raise":
            yield from read_file(path)
            continue
        try:
            documents = read_file(path)
        except CstoCorpusError as error:
            failures[str(path)] = error
            continue
        yield from documents
    if failures:
        raise LoadError(failures)
