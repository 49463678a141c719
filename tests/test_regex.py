"""Lazily compiled rules: each compiles, behaves as re.compile, and costs nothing at import."""

from __future__ import annotations

import importlib
import pkgutil
import re
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest

from csto_corpus.parse._regex import _LazyPattern, lazy_compile


def _parse_modules() -> list[Any]:
    # The package, not the function csto_corpus.parse that it exports.
    package = importlib.import_module("csto_corpus.parse")
    return [package] + [
        importlib.import_module(f"csto_corpus.parse.{info.name}")
        for info in pkgutil.iter_modules(package.__path__)
    ]


def _lazy_patterns(value: Any, seen: set[int]) -> Iterator[tuple[str, _LazyPattern]]:
    """Every lazy pattern held in ``value``: module globals, class attributes, tables."""
    if id(value) in seen:
        return
    seen.add(id(value))
    if isinstance(value, _LazyPattern):
        yield value.pattern[:60], value
    elif isinstance(value, (tuple, list, set, frozenset)):
        for item in value:
            yield from _lazy_patterns(item, seen)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _lazy_patterns(item, seen)
    elif isinstance(value, type) and value.__module__.startswith("csto_corpus."):
        for item in vars(value).values():
            yield from _lazy_patterns(item, seen)
    elif hasattr(value, "__dict__") and type(value).__module__.startswith("csto_corpus.parse"):
        for item in vars(value).values():  # a rules object such as the layout tables
            yield from _lazy_patterns(item, seen)


def _all_rules() -> list[tuple[str, _LazyPattern]]:
    seen: set[int] = set()
    found: list[tuple[str, _LazyPattern]] = []
    for module in _parse_modules():
        for name, value in vars(module).items():
            if not name.startswith("__") and not (
                hasattr(value, "__name__") and type(value).__name__ == "module"
            ):
                found.extend(_lazy_patterns(value, seen))
    return found


RULES = _all_rules()


def test_the_rules_are_lazy_and_there_are_many() -> None:
    # Every table of the parser is found (a change that hid them would lose this check):
    # as many rules as the modules' sources call lazy_compile, at the least.
    import inspect

    calls = sum(inspect.getsource(module).count("lazy_compile(") for module in _parse_modules())
    assert len(RULES) > 100
    assert len(RULES) >= calls - 5  # less lazy_compile itself and its docstring examples


@pytest.mark.parametrize(("source", "rule"), RULES, ids=[source for source, _ in RULES])
def test_every_rule_compiles_as_re_compile_would(source: str, rule: _LazyPattern) -> None:
    compiled = re.compile(rule.pattern, rule._flags)
    assert rule.groupindex == compiled.groupindex
    assert rule.groups == compiled.groups
    assert rule.flags == compiled.flags


def test_a_lazy_pattern_answers_as_the_compiled_one() -> None:
    rule = lazy_compile(r"(?P<number>\d+)\s+(?P<noun>troops|officers)", re.IGNORECASE)
    compiled = re.compile(rule.pattern, re.IGNORECASE)
    text = "About 150 Officers and 4 000 troops, 20 TROOPS."
    assert (
        rule.findall(text)
        == compiled.findall(text)
        == [
            ("150", "Officers"),
            ("000", "troops"),
            ("20", "TROOPS"),
        ]
    )
    match = rule.search(text, 10)
    assert match is not None
    assert match.span() == (25, 35)
    assert rule.sub("N", text) == compiled.sub("N", text)
    assert rule.fullmatch("7 troops") is not None
    assert rule.match(text) is None
    assert rule.split(text, maxsplit=1)[0] == "About "


def test_a_bad_pattern_raises_re_error_at_first_use() -> None:
    rule = lazy_compile(r"(unclosed")
    with pytest.raises(re.error, match="missing \\)"):
        rule.search("text")


def test_an_unknown_attribute_is_an_attribute_error() -> None:
    rule = lazy_compile("a")
    with pytest.raises(AttributeError):
        rule.no_such_method  # type: ignore[attr-defined]  # noqa: B018
    assert "search" not in vars(rule)  # asking did not compile it


def test_importing_the_package_compiles_no_rule() -> None:
    # Count the patterns compiled from the parser's modules, at import and at the first parse.
    code = (
        "import os, re._compiler as c, traceback\n"
        "calls = []\n"
        "original = c.compile\n"
        "def compile(*args, **kwargs):\n"
        "    stack = traceback.extract_stack()\n"
        "    calls.append(any(os.sep + 'parse' + os.sep in f.filename for f in stack))\n"
        "    return original(*args, **kwargs)\n"
        "c.compile = compile\n"
        "import csto_corpus\n"
        "imported = sum(calls)\n"
        "csto_corpus.load()\n"
        "print(imported, sum(calls))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    imported, parsed = (int(count) for count in result.stdout.split())
    assert imported == 0
    assert parsed > 100  # the first parse compiled the rules it used
