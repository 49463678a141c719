"""The command line: ``csto-corpus`` and ``python -m csto_corpus``.

With no arguments it prints one line per article of the bundled corpus: id, outlet,
publication date and title, separated by tabs.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from csto_corpus import __version__
from csto_corpus._loading import load
from csto_corpus.corpus import Corpus
from csto_corpus.errors import CstoCorpusError

__all__ = ["main"]


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="csto-corpus",
        description="Parse pages on CSTO-UN cooperation into verified, queryable data.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    summary = commands.add_parser(
        "summary", help="print one line per article: id, outlet, date, title"
    )
    summary.add_argument(
        "paths", nargs="*", metavar="PATH", help="page files or directories (default: bundled)"
    )
    return parser


def _summary(corpus: Corpus) -> None:
    for document in corpus:
        for article in document.articles:
            published = article.published.isoformat() if article.published else "-"
            title = article.title or "-"
            print(f"{article.id}\t{document.source.value}\t{published}\t{title}")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit code.

    >>> main(["summary"])  # doctest: +ELLIPSIS, +NORMALIZE_WHITESPACE
    000_579c4f8cae9ae30b/1 belta 2022-02-17T09:26:00+03:00 Belarus advocates ...
    ...
    004_4219543f79debe9f/6 csto - The CSTO Secretariat intensifies interaction with the UN
    0
    """
    arguments = _build_parser().parse_args(argv)
    paths = getattr(arguments, "paths", None) or None
    try:
        corpus = load(paths)
    except (CstoCorpusError, OSError) as error:
        print(f"csto-corpus: error: {error}", file=sys.stderr)
        return 1
    _summary(corpus)
    return 0
