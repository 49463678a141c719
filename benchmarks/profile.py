"""Profile the parser with pyinstrument over generated pages, and list the hot functions.

    pip install -e '.[bench]'
    python benchmarks/profile.py                       # 500 pages, call tree + table
    python benchmarks/profile.py 2000 --html out.html  # also an HTML report

The pages come from ``benchmarks/generate.py`` (seed 0 by default) and are made before the
profiler starts, so the profile holds the parse only (``parse_bytes`` on each page). Two
views are printed: pyinstrument's call tree, cut at 1% of the time, and a table of the
functions of ``csto_corpus`` by the time spent in them and in what they call, which is the
view that says which stage and which rule to work on.
"""

from __future__ import annotations

import argparse
import collections
import importlib
import sys
from pathlib import Path
from typing import Any

from pyinstrument import Profiler

sys.path.insert(0, str(Path(__file__).resolve().parent))
import generate

# The package ``csto_corpus.parse`` (csto_corpus.parse, the attribute, is the function).
pipeline = importlib.import_module("csto_corpus.parse")


def profile(count: int, seed: int) -> Profiler:
    """Profile ``parse_bytes`` over ``count`` generated pages."""
    pages = [(name, text.encode("utf-8")) for name, text in generate.pages(count, seed)]
    for name, data in pages[:20]:  # warm the caches the parser keeps
        pipeline.parse_bytes(data, name)
    profiler = Profiler(interval=0.0005)
    profiler.start()
    for name, data in pages:
        pipeline.parse_bytes(data, name)
    profiler.stop()
    return profiler


def hot_functions(profiler: Profiler, limit: int) -> list[tuple[str, float, float]]:
    """(function, share of time with callees, share in itself) of csto_corpus, the most first."""
    session = profiler.last_session
    assert session is not None
    root = session.root_frame()
    assert root is not None
    total = root.time
    inclusive: dict[str, float] = collections.defaultdict(float)
    own: dict[str, float] = collections.defaultdict(float)

    def walk(frame: Any, open_functions: frozenset[str]) -> None:
        key = f"{Path(frame.file_path or '?').name}:{frame.function}"
        own[key] += frame.total_self_time
        if key not in open_functions:  # recursion counts once
            inclusive[key] += frame.time
        for child in frame.children:
            walk(child, open_functions | {key})

    walk(root, frozenset())
    rows = [
        (key, inclusive[key] / total, own[key] / total)
        for key in inclusive
        if "csto_corpus" in key or key.split(":")[0].endswith(".py")
    ]
    rows = [row for row in rows if not row[0].startswith(("profile.py", "<"))]
    rows.sort(key=lambda row: row[1], reverse=True)
    return rows[:limit]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("count", type=int, nargs="?", default=500)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--limit", type=int, default=30, help="rows of the table")
    parser.add_argument("--html", type=Path, help="also write pyinstrument's HTML report")
    arguments = parser.parse_args()
    profiler = profile(arguments.count, arguments.seed)
    print(profiler.output_text(unicode=True, color=False, show_all=False, time="percent_of_total"))
    print(f"{'function':60} {'with callees':>12} {'itself':>8}")
    for key, inclusive, own in hot_functions(profiler, arguments.limit):
        print(f"{key:60} {inclusive:12.1%} {own:8.1%}")
    if arguments.html is not None:
        arguments.html.write_text(profiler.output_html(), encoding="utf-8")
        print(f"wrote {arguments.html}")


if __name__ == "__main__":
    main()
