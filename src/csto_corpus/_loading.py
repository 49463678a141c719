"""Finding and reading page files: the bundled seed corpus, a directory, a list of files."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path
from typing import Literal, overload

from csto_corpus.corpus import Corpus
from csto_corpus.model import Document
from csto_corpus.parse import parse_file

__all__ = ["PathArgument", "bundled_seed_paths", "load"]

#: What :func:`load` accepts: a directory, a file, or several of them.
PathArgument = str | os.PathLike[str] | Iterable[str | os.PathLike[str]]

_PAGE_SUFFIXES = (".txt",)


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


@overload
def load(paths: PathArgument | None = None, *, lazy: Literal[False] = False) -> Corpus: ...
@overload
def load(paths: PathArgument | None = None, *, lazy: Literal[True]) -> Iterator[Document]: ...
@overload
def load(paths: PathArgument | None = None, *, lazy: bool) -> Corpus | Iterator[Document]: ...
def load(paths: PathArgument | None = None, *, lazy: bool = False) -> Corpus | Iterator[Document]:
    """Parse pages into a :class:`~csto_corpus.corpus.Corpus`.

    :param paths: a directory (its ``.txt`` files, sorted by name), a file, or a list of
        either; None for the seed corpus bundled with the package.
    :param lazy: return an iterator that parses one page at a time as it is consumed and
        never holds the whole corpus (see :func:`csto_corpus.iter_documents`).
    :raises ParseError: naming the file, for a file that is not a readable page.
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
    documents: list[Document] = [parse_file(path) for path in files]
    return Corpus.from_documents(documents)
