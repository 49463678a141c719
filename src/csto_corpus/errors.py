"""The library's one error hierarchy: all it raises on bad input is a :class:`CstoCorpusError`.

>>> issubclass(ParseError, CstoCorpusError), issubclass(ParseError, ValueError)
(True, True)
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "CstoCorpusError",
    "DecodeError",
    "DuplicateIdError",
    "LoadError",
    "ParseError",
    "SchemaError",
]


class CstoCorpusError(Exception):
    """Base class of every error this library raises about its input.

    >>> try:
    ...     raise CstoCorpusError("bad input")
    ... except CstoCorpusError as error:
    ...     str(error)
    'bad input'
    """


class ParseError(CstoCorpusError, ValueError):
    """A page could not be read: says which file, which line and what was expected.

    >>> error = ParseError("expected text, found a NUL byte", source="page.txt",
    ...                    line=3, position=41)
    >>> str(error)
    'page.txt:3: expected text, found a NUL byte (at character 41)'
    """

    def __init__(
        self,
        message: str,
        *,
        source: str | None = None,
        line: int | None = None,
        position: int | None = None,
    ) -> None:
        self.message = message
        self.source = source
        self.line = line
        self.position = position
        super().__init__(self._render())

    def __reduce__(self) -> tuple[Any, ...]:
        # Rebuild from the fields, not the rendered message, so that an error a worker
        # process sends back to its parent arrives unchanged.
        return (
            _rebuild_parse_error,
            (type(self), self.message, self.source, self.line, self.position),
        )

    def _render(self) -> str:
        where = self.source or "<text>"
        if self.line is not None:
            where = f"{where}:{self.line}"
        rendered = f"{where}: {self.message}"
        if self.position is not None:
            rendered = f"{rendered} (at character {self.position})"
        return rendered


def _rebuild_parse_error(
    cls: type[ParseError], message: str, source: str | None, line: int | None, position: int | None
) -> ParseError:
    return cls(message, source=source, line=line, position=position)


class DecodeError(ParseError):
    """The bytes of a page are not text in an encoding the library accepts.

    ``position`` is the byte offset of the problem.

    >>> str(DecodeError("invalid UTF-8 byte 0xff", source="a.txt", position=7))
    'a.txt: invalid UTF-8 byte 0xff (at character 7)'
    """


class SchemaError(CstoCorpusError, ValueError):
    """Exported JSON that does not match the model; the message names the JSON path.

    >>> str(SchemaError("expected int @ $.articles[0].span.start"))
    'expected int @ $.articles[0].span.start'
    """


class LoadError(CstoCorpusError):
    """One or more files given to :func:`csto_corpus.load` could not be read.

    ``failures`` maps each bad file to the error it raised.

    >>> error = LoadError({"a.txt": ParseError("empty page", source="a.txt")})
    >>> print(error)
    1 file could not be loaded:
      a.txt: empty page
    """

    def __init__(self, failures: dict[str, CstoCorpusError]) -> None:
        self.failures = dict(failures)
        count = len(self.failures)
        noun = "file" if count == 1 else "files"
        lines = [f"{count} {noun} could not be loaded:"]
        lines.extend(f"  {error}" for error in self.failures.values())
        super().__init__("\n".join(lines))

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.failures,))


class DuplicateIdError(CstoCorpusError, ValueError):
    """Two documents (or two articles) of one corpus have the same id.

    Ids are how facts lead back to their evidence, so a corpus refuses to hold two of one.
    ``ids`` lists the repeated ids, in corpus order.

    >>> print(DuplicateIdError(["page"]))
    duplicate id in the corpus: 'page'
    """

    def __init__(self, ids: list[str]) -> None:
        self.ids = list(ids)
        noun = "id" if len(self.ids) == 1 else "ids"
        listed = ", ".join(repr(item) for item in self.ids)
        super().__init__(f"duplicate {noun} in the corpus: {listed}")
