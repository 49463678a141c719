"""Optional dependencies stay optional: importing the package imports none of them."""

from __future__ import annotations

import ast
import subprocess
import sys


def test_import_does_not_import_hypothesis() -> None:
    code = (
        "import sys, csto_corpus; "
        "csto_corpus.load(); "
        "print(sorted(m for m in ('hypothesis', 'atheris') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_the_testing_module_brings_hypothesis() -> None:
    code = "import sys, csto_corpus.testing; print('hypothesis' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "True"


def _modules_after(code: str, names: tuple[str, ...]) -> list[str]:
    probe = f"import sys; {code}; print(sorted(m for m in {names!r} if m in sys.modules))"
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    return ast.literal_eval(result.stdout.strip())  # type: ignore[no-any-return]


def test_loading_pages_does_not_import_cattrs() -> None:
    # cattrs costs about as much to import as the rest of the package; pages need none of it.
    assert _modules_after("import csto_corpus; csto_corpus.load()", ("cattrs",)) == []


def test_the_json_functions_bring_cattrs_when_asked_for() -> None:
    code = "import csto_corpus; text = csto_corpus.dumps(csto_corpus.load().documents[0])"
    assert _modules_after(code, ("cattrs", "csto_corpus.serialize")) == [
        "cattrs",
        "csto_corpus.serialize",
    ]


def test_a_lazy_name_is_the_serialize_function() -> None:
    import csto_corpus
    from csto_corpus import serialize, write_jsonl

    assert write_jsonl is serialize.write_jsonl
    assert csto_corpus.loads_corpus is serialize.loads_corpus
