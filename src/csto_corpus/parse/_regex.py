"""Regular expressions compiled when first used.

The parser's rule tables hold a few hundred patterns, some of them long alternations (the
gazetteer, month and ordinal words). Python compiles a pattern in Python code, and compiling
them all took about a third of ``import csto_corpus``, paid by every program that imports
the package, also by those that only read JSON or query a corpus. A pattern made by
:func:`lazy_compile` is compiled the first time one of its methods is used; after that its
methods are the compiled pattern's own, found as plain attributes, so a rule costs what it
cost before. Rules that a page never reaches (an extractor's cue is absent) are never
compiled at all.
"""

from __future__ import annotations

import re
from typing import Any, cast

__all__ = ["lazy_compile"]

#: What a rule may ask of its pattern; all are copied from the compiled pattern at once.
_FROM_COMPILED = (
    "search",
    "match",
    "fullmatch",
    "finditer",
    "findall",
    "sub",
    "subn",
    "split",
    "scanner",
    "flags",
    "groups",
    "groupindex",
)


class _LazyPattern:
    """Stands for ``re.compile(pattern, flags)`` until a method is first asked for."""

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern  # known without compiling: other patterns are built from it
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        # Called only for attributes not yet set, so once per pattern for the methods.
        if name.startswith("__") or name not in _FROM_COMPILED:
            raise AttributeError(name)
        compiled = re.compile(self.pattern, self._flags)
        for attribute in _FROM_COMPILED:
            setattr(self, attribute, getattr(compiled, attribute))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r}, {self._flags!r})"


def lazy_compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern that behaves as ``re.compile(pattern, flags)``, compiled when first used.

    Its errors are those of :func:`re.compile`, raised at first use; the tests compile every
    rule of the package, so none is left to raise at a user's first parse.

    >>> word = lazy_compile(r"\\bpeace\\w*", re.IGNORECASE)
    >>> word.pattern
    '\\\\bpeace\\\\w*'
    >>> [m.group() for m in word.finditer("Peacekeepers keep the peace.")]
    ['Peacekeepers', 'peace']
    >>> word.groups, word.search("no") is None
    (0, True)
    """
    return cast("re.Pattern[str]", _LazyPattern(pattern, flags))
