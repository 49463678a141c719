"""Compile the readable inventories ``*.txt`` in this folder into Sphinx's ``*.inv`` files.

The docs are built without network access (CI reaches only the package registry), so
intersphinx cannot download the ``objects.inv`` of Python, attrs, cattrs and dateutil.
Instead each ``<name>.txt`` here lists, in Sphinx's inventory format, the few names our
signatures and pages refer to, each pointing at its real page in that project's
documentation; ``docs/conf.py`` hands the compiled ``<name>.inv`` to intersphinx as a local
inventory for the project's real base URL. After editing a ``.txt`` file, run
``python docs/_inventories/make_inventories.py``; ``tests/test_docs.py`` fails while an
``.inv`` is out of date.

A ``.txt`` file starts with ``# Project:``, ``# Version:`` and ``# Base URL:`` lines; other
lines starting with ``#`` are comments, blank lines are ignored, and every other line is an
inventory entry: ``name domain:role priority uri display-name``.
"""

from __future__ import annotations

import sys
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent


def header_field(source: str, field: str) -> str:
    """The value of the ``# <field>:`` line of an inventory source."""
    prefix = f"# {field}:"
    for line in source.splitlines():
        if line.startswith(prefix):
            return line[len(prefix) :].strip()
    raise ValueError(f"no '{prefix}' line")


def entries(source: str) -> list[str]:
    """The inventory entries of a source: its lines that are neither comments nor blank."""
    return [
        line.strip()
        for line in source.splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]


def compile_inventory(source: str) -> bytes:
    """The bytes of the ``objects.inv`` (format version 2) that ``source`` describes."""
    header = (
        "# Sphinx inventory version 2\n"
        f"# Project: {header_field(source, 'Project')}\n"
        f"# Version: {header_field(source, 'Version')}\n"
        "# The remainder of this file is compressed using zlib.\n"
    )
    body = "".join(f"{line}\n" for line in entries(source))
    return header.encode() + zlib.compress(body.encode(), 9)


def main() -> int:
    for text_file in sorted(HERE.glob("*.txt")):
        target = text_file.with_suffix(".inv")
        target.write_bytes(compile_inventory(text_file.read_text(encoding="utf-8")))
        print(f"wrote {target.relative_to(HERE.parent.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
