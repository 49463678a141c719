"""Optional dependencies stay optional: importing the package imports none of them."""

from __future__ import annotations

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
