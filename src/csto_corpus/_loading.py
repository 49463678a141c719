"""Finding and reading page files: the bundled seed corpus, a directory, a list of files.

Files are only ever read, never executed or imported. Every file is tried; a bad one never
hides a good one, and a good one is never dropped silently: :func:`load` raises a
:class:`~csto_corpus.errors.LoadError` naming every bad file and why, or, with
``errors="collect"``, returns the good documents together with a :class:`LoadReport` of
the bad ones.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Literal, overload

import attrs

from csto_corpus.corpus import Corpus
from csto_corpus.errors import CstoCorpusError, LoadError, ParseError, SchemaError
from csto_corpus.model import Document
from csto_corpus.parse import parse_file

__all__ = [
    "LoadFailure",
    "LoadReport",
    "PathArgument",
    "bundled_seed_paths",
    "files_to_read",
    "load",
    "read_file",
    "read_path",
]

#: What :func:`load` accepts: a directory, a file, or several of them.
PathArgument = str | os.PathLike[str] | Iterable[str | os.PathLike[str]]

_PAGE_SUFFIXES = (".txt", ".json", ".jsonl")


@attrs.frozen(kw_only=True)
class LoadFailure:
    """A file :func:`csto_corpus.load` could not turn into a document, and why.

    >>> failure = LoadFailure(path="pages/a.txt", error=ParseError("empty", source="a.txt"))
    >>> failure.path, str(failure.error)
    ('pages/a.txt', 'a.txt: empty')
    """

    path: str  #: The file as :func:`csto_corpus.load` found it (not resolved through symlinks).
    error: CstoCorpusError  #: What went wrong, naming the file, the position and the reason.


@attrs.frozen(kw_only=True)
class LoadReport:
    """What ``load(..., errors="collect")`` returns: the good documents and the bad files.

    >>> report = load(errors="collect")
    >>> len(report.corpus), report.failures, report.ok
    (5, (), True)
    """

    corpus: Corpus  #: Every document that was read, in the order of the files.
    failures: tuple[LoadFailure, ...] = ()  #: Every file that was not, in the same order.

    @property
    def ok(self) -> bool:
        """True if every file was read.

        >>> LoadReport(corpus=Corpus()).ok
        True
        """
        return not self.failures

    def raise_for_failures(self) -> Corpus:
        """The corpus if every file was read; else a LoadError naming the bad ones.

        >>> len(LoadReport(corpus=Corpus()).raise_for_failures())
        0
        """
        if self.failures:
            raise LoadError({failure.path: failure.error for failure in self.failures})
        return self.corpus


def bundled_seed_paths() -> list[Path]:
    """The page files of the seed corpus shipped inside the package, sorted by name.

    >>> [path.suffix for path in bundled_seed_paths()]
    ['.txt', '.txt', '.txt', '.txt', '.txt']
    """
    from importlib import resources  # only here: it adds to every ``import csto_corpus``

    packaged = resources.files("csto_corpus") / "_seeds"
    if packaged.is_dir():
        directory = Path(str(packaged))
    else:  # a source checkout: the seeds stand at the project root
        directory = Path(__file__).resolve().parents[2] / "seeds"
    return sorted(directory.glob("*.txt"))


def _expand(paths: PathArgument, follow_symlinks: bool) -> Iterator[tuple[Path, ParseError | None]]:
    """The files to read, in order, each with the reason it must not be read, if any."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    for item in paths:
        path = Path(item)
        if not path.is_dir():
            yield path, None  # named by the caller: read it, or report why it cannot be read
            continue
        root = path.resolve()
        for entry in sorted(p for p in path.iterdir() if p.suffix in _PAGE_SUFFIXES):
            refusal = None
            if entry.is_symlink() and not follow_symlinks:
                target = entry.resolve()
                if not target.is_relative_to(root):
                    refusal = ParseError(
                        f"not read: a symbolic link to {target}, outside {path} "
                        "(pass follow_symlinks=True to read it)",
                        source=str(entry),
                    )
            yield entry, refusal


def read_path(path: Path) -> list[Document]:
    """The documents of one file, by its suffix.

    A ``.json`` file is a document or a corpus export, a ``.jsonl`` file holds one document
    a line (both as :mod:`csto_corpus.serialize` writes them); any other file is a page.

    :raises SchemaError: naming the file, for an export that does not match the schema.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as directory:
    ...     path = Path(directory) / "bad.json"
    ...     _ = path.write_text('{"schema_version": 1, "documents": {}}')
    ...     read_path(path)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    csto_corpus.errors.SchemaError: .../bad.json: expected a list of documents @ $.documents, got dict
    """  # noqa: E501 - a doctest output line
    if path.suffix not in (".json", ".jsonl"):
        return [parse_file(path)]
    from csto_corpus import serialize  # cattrs is imported only when JSON is read

    try:
        if path.suffix == ".jsonl":
            with path.open(encoding="utf-8") as file:
                return list(serialize.read_jsonl(file))
        data = serialize.parse_json(path.read_bytes())
        if isinstance(data, dict) and "documents" in data and "id" not in data:
            return list(serialize.corpus_from_dict(data))
        return [serialize.document_from_dict(data)]
    except SchemaError as error:
        raise SchemaError(f"{path}: {error}") from error
    except UnicodeDecodeError as error:
        raise SchemaError(
            f"{path}: not UTF-8 text ({error.reason} at byte {error.start})"
        ) from error


def read_file(path: Path) -> list[Document]:
    """The documents of one file (see ``read_path``), or a ParseError naming it.

    A file that cannot be read gives a :class:`~csto_corpus.errors.ParseError`, not an
    :class:`OSError`.

    >>> read_file(Path("no-such-page.txt"))
    Traceback (most recent call last):
    ...
    csto_corpus.errors.ParseError: no-such-page.txt: cannot read the file: No such file or directory
    """
    try:
        return read_path(path)
    except CstoCorpusError:
        raise
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise ParseError(f"cannot read the file: {reason}", source=str(path)) from error


@overload
def load(
    paths: PathArgument | None = None,
    *,
    errors: Literal["raise"] = "raise",
    follow_symlinks: bool = False,
    lazy: Literal[False] = False,
) -> Corpus: ...


@overload
def load(
    paths: PathArgument | None = None,
    *,
    errors: Literal["collect"],
    follow_symlinks: bool = False,
    lazy: Literal[False] = False,
) -> LoadReport: ...


@overload
def load(
    paths: PathArgument | None = None,
    *,
    errors: Literal["raise", "collect"] = "raise",
    follow_symlinks: bool = False,
    lazy: Literal[True],
) -> Iterator[Document]: ...


def load(
    paths: PathArgument | None = None,
    *,
    errors: Literal["raise", "collect"] = "raise",
    follow_symlinks: bool = False,
    lazy: bool = False,
) -> Corpus | LoadReport | Iterator[Document]:
    """Parse pages, or read exports back, into a :class:`~csto_corpus.corpus.Corpus`.

    Every file is tried before anything is raised, so one error names every bad file.

    :param paths: a directory (its ``.txt``, ``.json`` and ``.jsonl`` files, sorted by
        name), a file, or a list of either; None for the seed corpus bundled with the
        package. ``.json`` and ``.jsonl`` files are exports (see ``read_path``).
    :param errors: ``"raise"`` (the default) to raise if any file is bad; ``"collect"``
        to return a :class:`~csto_corpus._loading.LoadReport` of the good documents and
        the bad files instead.
    :param follow_symlinks: read symbolic links in a directory that lead outside it; by
        default they are reported as failures, not read. Files named directly are read.
    :param lazy: return an iterator that reads one file at a time as it is consumed and
        never holds the whole corpus (see :func:`csto_corpus.iter_documents`); ``errors``
        then says what happens when it meets a bad file.
    :raises LoadError: with ``errors="raise"``, naming every file that is not a readable
        page or export (not text, not there, not readable, not the schema) and why.
    :raises DuplicateIdError: if two files hold documents with the same id.

    >>> corpus = load()
    >>> [document.source.value for document in corpus]
    ['belta', 'belta', 'tass', 'csto', 'csto']
    >>> next(load(lazy=True)).id[:3]
    '000'
    >>> load(["no-such-page.txt"])
    Traceback (most recent call last):
    ...
    csto_corpus.errors.LoadError: 1 file could not be loaded:
      no-such-page.txt: cannot read the file: No such file or directory
    >>> load(["no-such-page.txt"], errors="collect").failures[0].path
    'no-such-page.txt'
    """
    if errors not in ("raise", "collect"):
        raise ValueError(f'errors must be "raise" or "collect", not {errors!r}')
    if lazy:
        from csto_corpus._streaming import iter_documents  # imports this module

        return iter_documents(paths, errors=errors, follow_symlinks=follow_symlinks)
    documents: list[Document] = []
    failures: list[LoadFailure] = []
    for path, refusal in files_to_read(paths, follow_symlinks):
        if refusal is not None:
            failures.append(LoadFailure(path=str(path), error=refusal))
            continue
        try:
            documents.extend(read_file(path))
        except CstoCorpusError as error:
            failures.append(LoadFailure(path=str(path), error=error))
    report = LoadReport(corpus=Corpus.from_documents(documents), failures=tuple(failures))
    if errors == "collect":
        return report
    return report.raise_for_failures()


def files_to_read(
    paths: PathArgument | None, follow_symlinks: bool = False
) -> Iterator[tuple[Path, ParseError | None]]:
    """The files :func:`load` reads, in order, each with the reason it must not be, if any.

    >>> [(path.name[:3], refusal) for path, refusal in files_to_read(None)][:2]
    [('000', None), ('001', None)]
    """
    if paths is None:
        return ((path, None) for path in bundled_seed_paths())
    return _expand(paths, follow_symlinks)
