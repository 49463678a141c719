"""A coverage-guided fuzzer over :func:`csto_corpus.parse_bytes` (atheris, libFuzzer).

Not part of the test suite or CI. Any bytes must give a Document whose every span is
evidence (see :func:`csto_corpus.testing.evidence_problems`) or raise a
:class:`~csto_corpus.errors.CstoCorpusError`; anything else is a crash that libFuzzer
saves as ``crash-<hash>`` in the working directory.

Run it (from the project root, in the virtual environment)::

    pip install -e '.[fuzz]'
    mkdir -p fuzz/corpus && cp seeds/*.txt fuzz/corpus/
    python fuzz/fuzz_parse.py fuzz/corpus -dict=fuzz/parse.dict -max_total_time=1800 \\
        -max_len=65536 -timeout=10

Every 100,000 inputs it prints ``#csto inputs=N bytes=M``, the counts for the reliability
page. ``fuzz/corpus`` grows with the inputs that reached new code; keep it between runs. To
replay a crash: ``python fuzz/fuzz_parse.py crash-<hash>``.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    import csto_corpus
    from csto_corpus.testing import evidence_problems


_COUNTS = {"inputs": 0, "bytes": 0}


def _count(data: bytes) -> None:
    """Print how many inputs and bytes were tried, every 100,000 inputs."""
    _COUNTS["inputs"] += 1
    _COUNTS["bytes"] += len(data)
    if _COUNTS["inputs"] % 100_000 == 0:
        print(f"#csto inputs={_COUNTS['inputs']} bytes={_COUNTS['bytes']}", file=sys.stderr)


def test_one_input(data: bytes) -> None:
    """Parse ``data``; fail on anything but a valid Document or a CstoCorpusError."""
    _count(data)
    try:
        document = csto_corpus.parse_bytes(data, "fuzz")
    except csto_corpus.CstoCorpusError:
        return
    problems = evidence_problems(document)
    if problems:
        raise AssertionError("invalid spans:\n" + "\n".join(problems[:20]))
    # The export must read back as the same document.
    if csto_corpus.loads(csto_corpus.dumps(document)) != document:
        raise AssertionError("loads(dumps(document)) != document")


def main() -> None:
    """Run libFuzzer with the command line's options."""
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
