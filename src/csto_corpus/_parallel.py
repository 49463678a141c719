"""Parallel parsing over processes, streaming the documents back in input order.

Parsing one page is a pure function of the page's bytes, so pages are parsed independently
in worker processes, a chunk of files per task. At most ``2 * workers`` chunks are in flight
at any time, so memory stays bounded however many files there are, and documents come back in
the order the files were given.

>>> import csto_corpus
>>> [document.id[:3] for document in parse_many(None, workers=2, chunksize=2)]
['000', '001', '002', '003', '004']
"""

from __future__ import annotations

import functools
import itertools
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TextIO, TypeVar

from csto_corpus._loading import PathArgument, read_file
from csto_corpus._streaming import (
    ErrorPolicy,
    _iter_documents,
    check_policy,
    page_paths,
)
from csto_corpus.errors import CstoCorpusError, LoadError
from csto_corpus.model import Document

__all__ = ["parse_many", "parse_to_jsonl"]

_T = TypeVar("_T")

if TYPE_CHECKING:
    from concurrent.futures import Future

#: Files per task when ``chunksize`` is not given: large enough that the cost of a task
#: (pickling, a round trip through a pipe) is small against parsing its pages.
DEFAULT_CHUNKSIZE = 16

#: Chunks submitted per worker ahead of the one being consumed.
_PREFETCH = 2


def available_cpus() -> int:
    """How many CPUs this process may run on (at least 1).

    >>> available_cpus() >= 1
    True
    """
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)  # pragma: no cover - macOS and Windows


def parse_many(
    paths: PathArgument | None,
    *,
    workers: int | None = None,
    chunksize: int | None = None,
    errors: ErrorPolicy = "raise",
) -> Iterator[Document]:
    """Parse many page files over ``workers`` processes; yield the documents in input order.

    The result is a lazy iterator: files are read as it is consumed, and at most
    ``2 * workers * chunksize`` documents exist at once, so a scrape of any size streams
    through bounded memory. ``list(parse_many(paths))`` equals ``list(load(paths))``.

    :param paths: a directory (its ``.txt`` files, sorted by name), a file, or an iterable of
        either, read lazily; None for the bundled seed corpus.
    :param workers: processes to use; None for every CPU this process may run on; 1 parses
        in this process, without starting any.
    :param chunksize: files per task sent to a worker (default 16).
    :param errors: ``"raise"`` (the default) raises a bad file's
        :class:`~csto_corpus.errors.ParseError`, which names the file, once every document
        before it has been yielded; ``"collect"`` yields every good document and then
        raises one :class:`~csto_corpus.errors.LoadError` naming every bad file.
    :raises OSError: for a path that does not exist or cannot be read.
    :raises ValueError: for ``workers`` or ``chunksize`` below 1, or an unknown ``errors``.

    >>> documents = parse_many(None, workers=1)
    >>> next(documents).articles[0].dateline
    'MINSK'
    """
    workers, chunksize = _check(workers, chunksize, errors)
    failures: dict[str, CstoCorpusError] = {}
    files = page_paths(paths, refused=failures if errors == "collect" else None)
    if workers == 1:
        return _iter_documents(files, errors, failures)
    return _map_in_processes(_identity, files, workers, chunksize, errors, failures)


def parse_to_jsonl(
    paths: PathArgument | None,
    file: TextIO | str | os.PathLike[str],
    *,
    workers: int | None = None,
    chunksize: int | None = None,
    errors: ErrorPolicy = "raise",
) -> int:
    """Parse many page files over processes into JSON Lines, one document a line, in order.

    The same lines as ``write_jsonl(parse_many(paths), file)``, but each worker also
    serialises its documents, so the parent process only writes strings: this is the way
    to turn a large scrape into JSON Lines on every core. Returns how many were written.

    :param file: an open text file, or a path to create (UTF-8, ``\\n`` line ends).
    :param workers: processes to use; None for every CPU; 1 works in this process.
    :param errors: as for :func:`parse_many`.

    >>> import io
    >>> out = io.StringIO()
    >>> parse_to_jsonl(None, out, workers=2)
    5
    >>> import json
    >>> json.loads(out.getvalue().splitlines()[2])["source"]
    'tass'
    """
    from csto_corpus.serialize import dumps, write_jsonl  # cattrs, only when asked for

    workers, chunksize = _check(workers, chunksize, errors)
    failures: dict[str, CstoCorpusError] = {}
    files = page_paths(paths, refused=failures if errors == "collect" else None)
    if workers == 1:
        return write_jsonl(_iter_documents(files, errors, failures), file)
    lines = _map_in_processes(dumps, files, workers, chunksize, errors, failures)
    if isinstance(file, (str, os.PathLike)):
        with open(file, "w", encoding="utf-8", newline="\n") as opened:
            return _write_strings(lines, opened)
    return _write_strings(lines, file)


def _write_strings(lines: Iterable[str], file: TextIO) -> int:
    count = 0
    for line in lines:
        file.write(line)
        file.write("\n")
        count += 1
    return count


def _check(workers: int | None, chunksize: int | None, errors: str) -> tuple[int, int]:
    check_policy(errors)
    workers = available_cpus() if workers is None else workers
    chunksize = DEFAULT_CHUNKSIZE if chunksize is None else chunksize
    if workers < 1:
        raise ValueError(f"workers must be at least 1, not {workers}")
    if chunksize < 1:
        raise ValueError(f"chunksize must be at least 1, not {chunksize}")
    return workers, chunksize


def _identity(document: Document) -> Document:
    return document


def _parse_chunk(
    convert: Callable[[Document], _T], paths: list[Path]
) -> list[list[_T] | CstoCorpusError]:
    """Parse (and convert) a chunk of files in a worker; a bad file's error takes its place.

    Returning the error, rather than raising it, delivers the documents before it in the
    same chunk; the parent raises or collects it in input order.
    """
    results: list[list[_T] | CstoCorpusError] = []
    for path in paths:
        try:
            documents = read_file(path)
        except CstoCorpusError as error:
            results.append(error)
        else:
            results.append([convert(document) for document in documents])
    return results


def _map_in_processes(
    convert: Callable[[Document], _T],
    files: Iterator[Path],
    workers: int,
    chunksize: int,
    errors: ErrorPolicy,
    failures: dict[str, CstoCorpusError],
) -> Iterator[_T]:
    """``convert`` of each file's documents, over processes, in input order.

    ``failures`` may already hold files that were refused; the bad files met here join them.

    At most ``workers * _PREFETCH`` chunks are in flight: a new one is submitted only as
    the oldest one is consumed, so memory does not grow with the number of files.
    """
    # Imported here: multiprocessing would add 25 ms to ``import csto_corpus``.
    from concurrent.futures import ProcessPoolExecutor

    chunks = iter(lambda: list(itertools.islice(files, chunksize)), [])
    pending: deque[tuple[list[Path], Future[list[list[_T] | CstoCorpusError]]]] = deque()
    task = functools.partial(_parse_chunk, convert)
    executor = ProcessPoolExecutor(max_workers=workers)
    try:
        for chunk in itertools.islice(chunks, workers * _PREFETCH):
            pending.append((chunk, executor.submit(task, chunk)))
        while pending:
            chunk, future = pending.popleft()
            results = future.result()
            for following in itertools.islice(chunks, 1):
                pending.append((following, executor.submit(task, following)))
            for path, result in zip(chunk, results, strict=True):
                if not isinstance(result, CstoCorpusError):
                    yield from result
                elif errors == "raise":
                    raise result
                else:
                    failures[str(path)] = result
    finally:
        executor.shutdown(wait=True, cancel_futures=True)
    if failures:
        raise LoadError(failures)
