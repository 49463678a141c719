"""Finding and reading page files: the bundled seed corpus, a directory, a list of files."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path
from typing import Literal, overload

from csto_corpus import serialize
from csto_corpus.corpus import Corpus
from csto_corpus.errors import SchemaError
from csto_corpus.model import Document
from csto_corpus.parse import parse_file

__all__ = ["PathArgument", "bundled_seed_paths", "load", "read_path"]

#: What :func:`load` accepts: a directory, a file, or several of them.
PathArgument = str | os.PathLike[str] | Iterable[str | os.PathLike[str]]

_PAGE_SUFFIXES = (".txt", ".json", ".jsonl")


def bundled_seed_paths() -> list[Path]:
    """The page files of the seed corpus shipped inside the package, sorted by name."""
    packaged = resources.files("csto_corpus") / "_seeds"
    if packaged.is_dir():
        directory = Path(str(packaged))
    else:  # a source checkout: the seeds stand at the project root
        directory = Path(__file__).resolve().parents[2] / "seeds"
    return sorted(directory.glob("*.txt"))


def _expand(paths: PathArgument) -> Iterator[Path]:
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    for item in paths:
        path = Path(item)
        if path.is_dir():
            yield from sorted(p for p in path.iterdir() if p.suffix in _PAGE_SUFFIXES)
        else:
            yield path


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


@overload
def load(paths: PathArgument | None = None, *, lazy: Literal[False] = False) -> Corpus: ...
@overload
def load(paths: PathArgument | None = None, *, lazy: Literal[True]) -> Iterator[Document]: ...
@overload
def load(paths: PathArgument | None = None, *, lazy: bool) -> Corpus | Iterator[Document]: ...
def load(paths: PathArgument | None = None, *, lazy: bool = False) -> Corpus | Iterator[Document]:
    """Parse pages, or read exports back, into a :class:`~csto_corpus.corpus.Corpus`.

    :param paths: a directory (its ``.txt``, ``.json`` and ``.jsonl`` files, sorted by
        name), a file, or a list of either; None for the seed corpus bundled with the
        package. ``.json`` and ``.jsonl`` files are exports (see ``read_path``).
    :param lazy: return an iterator that reads one file at a time as it is consumed and
        never holds the whole corpus (see :func:`csto_corpus.iter_documents`).
    :raises ParseError: naming the file, for a file that is not a readable page.
    :raises SchemaError: naming the file, for an export that does not match the schema.
    :raises DuplicateIdError: if two files hold documents with the same id.
    :raises OSError: for a path that does not exist.

    >>> corpus = load()
    >>> [document.source.value for document in corpus]
    ['belta', 'belta', 'tass', 'csto', 'csto']
    >>> next(load(lazy=True)).id[:3]
    '000'
    """
    if lazy:
        from csto_corpus._streaming import iter_documents  # imports this module

        return iter_documents(paths)
    files = bundled_seed_paths() if paths is None else list(_expand(paths))
    documents: list[Document] = [document for path in files for document in read_path(path)]
    return Corpus.from_documents(documents)
