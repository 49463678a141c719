"""The documentation covers the public API, and the repository's docs inputs are consistent.

These tests read files only: they need neither Sphinx nor network, so they run with the
README's test command. CI builds the docs themselves (``sphinx-build -W -n``) separately.
"""

from __future__ import annotations

import importlib.util
import inspect
import re
import zlib
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import csto_corpus
import csto_corpus.cli
import csto_corpus.serialize

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
API_PAGE = DOCS / "api.rst"

# ``.. autofunction:: csto_corpus.serialize.dumps`` and the like: the documented names.
_DIRECTIVE = re.compile(
    r"^\.\. (?:auto(?:function|class|exception|data|module)|py:data)::\s+(\S+)\s*$",
    re.MULTILINE,
)


def documented_names() -> set[str]:
    """The full names the API reference page documents with a directive."""
    return set(_DIRECTIVE.findall(API_PAGE.read_text(encoding="utf-8")))


@pytest.mark.parametrize("name", csto_corpus.__all__)
def test_every_public_name_is_in_the_api_reference(name: str) -> None:
    """Each name in ``csto_corpus.__all__`` has a directive of its own on the API page."""
    documented = documented_names()
    obj = getattr(csto_corpus, name)
    module = getattr(obj, "__module__", None)
    candidates = {f"csto_corpus.{name}"}
    if module is not None and (inspect.isclass(obj) or inspect.isfunction(obj)):
        candidates.add(f"{module}.{name}")
    assert candidates & documented, f"{name}: none of {sorted(candidates)} in {API_PAGE.name}"


def test_the_api_reference_documents_nothing_that_does_not_exist() -> None:
    """A directive naming a renamed or removed object would only fail in the Sphinx build."""
    missing = []
    for full_name in sorted(documented_names()):
        try:
            importlib.import_module(full_name)
            continue  # a module
        except ModuleNotFoundError:
            pass
        module_name, _, attribute = full_name.rpartition(".")
        if not hasattr(importlib.import_module(module_name), attribute):
            missing.append(full_name)
    assert missing == []


def _public_callables() -> Iterator[tuple[str, Any]]:
    """Public classes and functions, and the public methods of those classes."""
    modules: list[tuple[str, ModuleType, list[str]]] = [
        ("csto_corpus", csto_corpus, list(csto_corpus.__all__)),
        ("csto_corpus.serialize", csto_corpus.serialize, list(csto_corpus.serialize.__all__)),
        ("csto_corpus.cli", csto_corpus.cli, list(csto_corpus.cli.__all__)),
    ]
    for prefix, module, names in modules:
        for name in names:
            obj = getattr(module, name)
            if not (inspect.isclass(obj) or inspect.isfunction(obj)):
                continue
            yield f"{prefix}.{name}", obj
            if not inspect.isclass(obj):
                continue
            for member_name, member in vars(obj).items():
                if member_name.startswith("_"):
                    continue
                if isinstance(member, (classmethod, staticmethod)):
                    member = member.__func__
                elif isinstance(member, property):
                    member = member.fget
                if inspect.isfunction(member):
                    yield f"{prefix}.{name}.{member_name}", member


@pytest.mark.parametrize(("name", "obj"), list(_public_callables()), ids=lambda value: value)
def test_every_public_callable_has_a_docstring_with_an_example(name: str, obj: Any) -> None:
    docstring = inspect.getdoc(obj) or ""
    assert docstring.strip(), f"{name} has no docstring"
    assert ">>>" in docstring, f"{name}'s docstring has no >>> example"


def test_public_callables_are_found() -> None:
    """The parametrised test above really runs over the API (guards against an empty list)."""
    names = {name for name, _ in _public_callables()}
    assert {
        "csto_corpus.load",
        "csto_corpus.parse",
        "csto_corpus.Corpus",
        "csto_corpus.Corpus.articles",
        "csto_corpus.Span.slice",
        "csto_corpus.Article.body",
        "csto_corpus.serialize.loads",
        "csto_corpus.cli.main",
    } <= names


def _toctree_entries(page: str) -> set[str]:
    text = (DOCS / page).read_text(encoding="utf-8")
    entries: set[str] = set()
    for block in re.findall(r"```\{toctree\}\n(.*?)```", text, flags=re.DOTALL):
        entries.update(
            line.strip() for line in block.splitlines() if line.strip() and line[0] != ":"
        )
    return entries


def test_every_page_is_in_the_table_of_contents() -> None:
    pages = {
        path.relative_to(DOCS).with_suffix("").as_posix()
        for path in DOCS.glob("*")
        if path.suffix in {".md", ".rst"} and path.stem != "index"
    }
    assert pages == _toctree_entries("index.md")


def test_doctests_in_pages_use_doctest_directives() -> None:
    """A ``>>>`` example in a plain code fence would be shown but never run."""
    for page in DOCS.glob("*.md"):
        text = page.read_text(encoding="utf-8")
        for info, body in re.findall(r"^```([^\n]*)\n(.*?)^```", text, re.MULTILINE | re.DOTALL):
            if ">>>" in body:
                assert info.strip() == "{doctest}", f"{page.name}: >>> in a ```{info} block"


def _load_make_inventories() -> ModuleType:
    path = DOCS / "_inventories" / "make_inventories.py"
    spec = importlib.util.spec_from_file_location("make_inventories", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("project", ["python", "attrs", "cattrs", "dateutil"])
def test_offline_inventories_are_compiled_from_their_sources(project: str) -> None:
    """Each ``.inv`` holds exactly the entries of its ``.txt``: rerun make_inventories.py."""
    make_inventories = _load_make_inventories()
    source = (DOCS / "_inventories" / f"{project}.txt").read_text(encoding="utf-8")
    data = (DOCS / "_inventories" / f"{project}.inv").read_bytes()
    header_lines = data.split(b"\n", 4)
    assert header_lines[0] == b"# Sphinx inventory version 2"
    assert (
        header_lines[1].decode() == f"# Project: {make_inventories.header_field(source, 'Project')}"
    )
    body = zlib.decompress(header_lines[4]).decode()
    assert body.splitlines() == make_inventories.entries(source)
    assert make_inventories.header_field(source, "Base URL").startswith("https://")


def test_inventory_entries_are_well_formed() -> None:
    make_inventories = _load_make_inventories()
    entry = re.compile(
        r"^\S+ py:(?:module|class|function|method|attribute|data|exception) -?\d \S+ -$"
    )
    for source_file in (DOCS / "_inventories").glob("*.txt"):
        for line in make_inventories.entries(source_file.read_text(encoding="utf-8")):
            assert entry.match(line), f"{source_file.name}: {line}"


def test_readme_starts_with_the_two_commands() -> None:
    """The README's first two commands are the run command and the test command, exactly."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"^```sh\n(.*?)^```", readme, flags=re.MULTILINE | re.DOTALL)
    assert [block.strip() for block in blocks[:2]] == [
        "pip install . && python -m csto_corpus",
        "pip install '.[test]' && python -m pytest",
    ]


def test_changelog_has_an_entry_for_this_version() -> None:
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    version = csto_corpus.__version__
    assert re.search(rf"^## {re.escape(version)}\b", changelog, flags=re.MULTILINE), version


def test_readme_example_runs(capsys: pytest.CaptureFixture[str]) -> None:
    """The README's Python example is ten lines and runs as printed."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    (example,) = re.findall(r"^```python\n(.*?)^```", readme, flags=re.MULTILINE | re.DOTALL)
    assert len(example.splitlines()) <= 10
    exec(compile(example, "README.md", "exec"), {})
    printed = capsys.readouterr().out.splitlines()
    articles = len(csto_corpus.load().articles())
    assert len(printed) == articles + 3 + 1  # the articles, three statements, the symbols
    assert printed[0].split(" ", 2)[:2] == ["000_579c4f8cae9ae30b/1", "2022-02-17"]
    assert printed[articles].startswith("indirect Sergei Rachkov During its chairmanship")
    assert "'A/RES/77/13'" in printed[-1]
