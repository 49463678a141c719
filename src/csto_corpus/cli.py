"""The command line: ``csto-corpus`` and ``python -m csto_corpus``.

With no command it runs ``summary`` on the bundled corpus: one line per article with its
id, outlet, publication date and title, separated by tabs. Every command prints data only
on standard output (tab-separated lines, or JSON), and messages on standard error. Exit
codes: 0 on success, 1 when an input file cannot be read (the message names the file and
the reason), 2 on a usage error.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TextIO

from csto_corpus import __version__, serialize
from csto_corpus._loading import files_to_read, read_file
from csto_corpus.corpus import Corpus
from csto_corpus.errors import CstoCorpusError, DuplicateIdError
from csto_corpus.export import write_csv
from csto_corpus.model import Document, StatementKind

__all__ = ["main"]

#: The progress bar is shown from this many input files on, and only at a terminal.
PROGRESS_MIN_FILES = 10

_PATHS_HELP = "page files (.txt), exports (.json, .jsonl) or directories (default: bundled)"


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="csto-corpus",
        description="Parse pages on CSTO-UN cooperation into verified, queryable data.",
        epilog="With no command, runs 'summary' on the bundled seed corpus.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, summary: str, columns: str | None = None) -> argparse.ArgumentParser:
        epilog = f"Output: one line per item, tab-separated: {columns}." if columns else None
        return commands.add_parser(name, help=summary, description=summary, epilog=epilog)

    def paths(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("paths", nargs="*", metavar="PATH", help=_PATHS_HELP)

    paths(command("summary", "list the articles", "article id, outlet, date, title"))

    parse = command("parse", "parse pages and export them as JSON, JSON Lines or CSV")
    parse.add_argument(
        "paths", nargs="+", metavar="PATH", help="page files (.txt), exports or directories"
    )
    parse.add_argument(
        "--format",
        choices=("json", "jsonl", "csv"),
        default="jsonl",
        help="json: one corpus (or, with --out, one file per document); jsonl: one "
        "document a line; csv: one file per fact type, needs --out (default: jsonl)",
    )
    parse.add_argument("--out", metavar="DIR", help="write files into DIR, not to stdout")

    statements = command(
        "statements",
        "list the statements: quotes, reported speech, speeches",
        "article id, kind, speaker, text",
    )
    statements.add_argument("--speaker", metavar="NAME", help="full name or surname")
    statements.add_argument("--contains", metavar="TEXT", help="text the statement holds")
    statements.add_argument(
        "--kind", choices=[kind.value for kind in StatementKind], help="how it was reported"
    )
    paths(statements)

    search = command(
        "search",
        "find text in the titles and paragraphs of every article",
        "article id, start, end (offsets in the page), snippet",
    )
    search.add_argument("pattern", metavar="PATTERN", help="text to find, ignoring case")
    search.add_argument(
        "-E", "--regex", action="store_true", help="read PATTERN as a Python regular expression"
    )
    paths(search)

    paths(
        command(
            "resolutions",
            "list the UN resolutions cited, merged across pages by symbol",
            "symbol, body, session, adoption date, title, article ids",
        )
    )
    paths(
        command(
            "timeline",
            "list every dated fact in date order",
            "date, kind, article id, description",
        )
    )
    schema = command("schema", "print the JSON Schema of the export format")
    schema.add_argument(
        "--corpus", action="store_true", help="the schema of a corpus export (parse --format json)"
    )
    return parser


# -- reading -------------------------------------------------------------------------------


def _files(paths: Sequence[str]) -> list[Path]:
    """The files to read; one that load() would refuse is an input error here too."""
    files: list[Path] = []
    for path, refusal in files_to_read(list(paths) or None):
        if refusal is not None:
            raise refusal
        files.append(path)
    return files


def _documents(paths: Sequence[str]) -> Iterator[Document]:
    """The documents of ``paths`` in order, with a progress bar at a terminal."""
    files = _files(paths)
    progress = _Progress(len(files)) if len(files) >= PROGRESS_MIN_FILES else None
    seen: set[str] = set()
    try:
        for number, path in enumerate(files, start=1):
            for document in read_file(path):
                if document.id in seen:
                    raise DuplicateIdError([document.id])
                seen.add(document.id)
                yield document
            if progress is not None:
                progress.update(number, path.name)
    finally:
        if progress is not None:
            progress.close()


def _corpus(paths: Sequence[str]) -> Corpus:
    return Corpus.from_documents(_documents(paths))


class _Progress:
    """A one-line progress bar on standard error, drawn only if it is a terminal."""

    WIDTH = 30

    def __init__(self, total: int, stream: TextIO | None = None) -> None:
        self.total = total
        self.stream = stream if stream is not None else sys.stderr
        self.active = self.stream.isatty()
        self.drawn = False

    def update(self, done: int, name: str) -> None:
        if not self.active:
            return
        filled = self.WIDTH * done // self.total
        bar = "#" * filled + "-" * (self.WIDTH - filled)
        self.stream.write(f"\rparsing [{bar}] {done}/{self.total} {name[:30]:<30}")
        self.stream.flush()
        self.drawn = True

    def close(self) -> None:
        if self.drawn:
            self.stream.write("\n")
            self.stream.flush()


# -- commands ------------------------------------------------------------------------------


def _cell(value: object) -> str:
    """A value as one tab-separated cell: ``-`` for None, no tabs or line breaks."""
    if value is None:
        return "-"
    return " ".join(str(value).split())


def _row(*values: object) -> str:
    return "\t".join(_cell(value) for value in values)


def _summary(corpus: Corpus, out: TextIO) -> None:
    for document in corpus:
        for article in document.articles:
            published = article.published.isoformat() if article.published else None
            out.write(_row(article.id, document.source.value, published, article.title) + "\n")


def _statements(corpus: Corpus, arguments: argparse.Namespace, out: TextIO) -> None:
    found = corpus.statements(
        speaker=arguments.speaker, contains=arguments.contains, kind=arguments.kind
    )
    for statement in found:
        article = corpus.locate(statement)[1]
        row = _row(article.id, statement.kind.value, statement.speaker.name, statement.text)
        out.write(row + "\n")


def _search(corpus: Corpus, pattern: str | re.Pattern[str], out: TextIO) -> None:
    for hit in corpus.search(pattern):
        evidence = hit.evidence
        row = _row(evidence.article_id, evidence.span.start, evidence.span.end, hit.snippet)
        out.write(row + "\n")


def _resolutions(corpus: Corpus, out: TextIO) -> None:
    for merged in corpus.resolutions():
        body = None if merged.body is None else merged.body.value
        adopted = None if merged.adopted is None else merged.adopted.isoformat()
        articles = ",".join(merged.article_ids)
        row = _row(merged.symbol, body, merged.session, adopted, merged.title, articles)
        out.write(row + "\n")


def _timeline(corpus: Corpus, out: TextIO) -> None:
    for entry in corpus.timeline():
        row = _row(
            entry.date.isoformat(), entry.kind.value, entry.evidence.article_id, entry.description
        )
        out.write(row + "\n")


def _parse(arguments: argparse.Namespace, out: TextIO) -> None:
    documents = _documents(arguments.paths)
    folder = None if arguments.out is None else Path(arguments.out)
    if arguments.format == "csv":
        assert folder is not None  # checked as a usage error
        write_csv(Corpus.from_documents(documents), folder)
    elif arguments.format == "jsonl":
        if folder is None:
            serialize.write_jsonl(documents, out)
        else:
            folder.mkdir(parents=True, exist_ok=True)
            with (folder / "corpus.jsonl").open("w", encoding="utf-8") as file:
                serialize.write_jsonl(documents, file)
    elif folder is None:
        out.write(serialize.dumps_corpus(Corpus.from_documents(documents)) + "\n")
    else:
        corpus = Corpus.from_documents(documents)
        folder.mkdir(parents=True, exist_ok=True)
        for document in corpus:
            text = serialize.dumps(document) + "\n"
            (folder / f"{document.id}.json").write_text(text, encoding="utf-8")


def _run(parser: argparse.ArgumentParser, arguments: argparse.Namespace, out: TextIO) -> None:
    command = arguments.command or "summary"
    if command == "schema":
        schema = serialize.json_schema("corpus" if arguments.corpus else "document")
        out.write(json.dumps(schema, indent=2, ensure_ascii=False) + "\n")
    elif command == "parse":
        if arguments.format == "csv" and arguments.out is None:
            parser.error("parse --format csv writes one file per fact type: give --out DIR")
        _parse(arguments, out)
    elif command == "search":
        pattern: str | re.Pattern[str] = arguments.pattern
        if arguments.regex:
            try:
                pattern = re.compile(arguments.pattern)
            except re.error as error:
                parser.error(f"search: PATTERN is not a regular expression: {error}")
        _search(_corpus(arguments.paths), pattern, out)
    else:
        corpus = _corpus(getattr(arguments, "paths", None) or [])
        if command == "statements":
            _statements(corpus, arguments, out)
        elif command == "resolutions":
            _resolutions(corpus, out)
        elif command == "timeline":
            _timeline(corpus, out)
        else:
            _summary(corpus, out)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit code.

    A usage error exits through :class:`SystemExit` with code 2, as argparse does.

    >>> import contextlib, io
    >>> out = io.StringIO()
    >>> with contextlib.redirect_stdout(out):
    ...     code = main(["summary"])
    >>> code
    0
    >>> out.getvalue().splitlines()[2].split("\\t")[1:3]
    ['tass', '2019-09-10']
    """
    parser = _build_parser()
    arguments = parser.parse_args(argv)
    try:
        _run(parser, arguments, sys.stdout)
        sys.stdout.flush()
    except CstoCorpusError as error:
        _error(str(error))
        return 1
    except OSError as error:
        if isinstance(error, BrokenPipeError):
            # The reader went away (``| head``): stop quietly, like other Unix tools.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            return 1
        _error(_os_error_message(error))
        return 1
    return 0


def _os_error_message(error: OSError) -> str:
    if error.filename is not None and error.strerror:
        return f"{error.filename}: {error.strerror}"
    return str(error)


def _error(message: str) -> None:
    print(f"csto-corpus: error: {message}", file=sys.stderr)
