"""Linearity benchmark: hostile pages at size N and 10N; 10x the input must take < 15x the time.

Not a test (no timing asserts in the suite): a tool to show that no rule of the parser
backtracks catastrophically. Each case builds a page of N repeated units (quotation marks,
datelines, nested or alternating marks, ...) and one of 10N, parses each with
:func:`csto_corpus.parse` (the median of a few runs) and prints the ratio of the times. Run it
again whenever a rule changes, from the project root::

    python benchmarks/bench_linearity.py            # N = 100,000 units, then 1,000,000
    python benchmarks/bench_linearity.py --n 10000  # quicker: 10,000, then 100,000
    python benchmarks/bench_linearity.py --case quotes --json linearity.json

It exits with status 1 if any case's ratio is over the limit.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable

import csto_corpus

LIMIT = 15.0  # 10x the input within 15x the time

BELTA_HEAD = (
    "All news\nPolitics\n17 February 2022, 09:26\n\nA title\n\nMINSK, 17 February (BelTA) - "
)
TASS_HEAD = "All news\n\nA title\n\nMOSCOW, September 10. /TASS/. "
CSTO_HEAD = "Remarks by the Secretary General at the meeting\n\nMust read\n\nJuly 19, 2024\n\n"


def quotes(n: int) -> str:
    """N quotation marks of every kind in one paragraph, none of them paired sensibly."""
    marks = '\u201c\u201d"\u00ab\u00bb\u201e\u2018\u2019'
    return BELTA_HEAD + "".join(marks[i % len(marks)] for i in range(n))


def quotes_spaced(n: int) -> str:
    """N opening marks, each before a word: a quote that never closes."""
    return BELTA_HEAD + "\u201cword " * n


def straight_quotes(n: int) -> str:
    """N straight double quotes between words: every pairing is possible."""
    return TASS_HEAD + 'a " ' * n + "the ministry said."


def nested_quotes(n: int) -> str:
    """N opening marks of alternating kinds, then N closing ones: nesting N deep."""
    opening, closing = "\u201c\u2018\u00ab\u201e", "\u201d\u2019\u00bb\u201c"
    return (
        BELTA_HEAD
        + "".join(opening[i % 4] + "a " for i in range(n // 2))
        + "".join("b" + closing[i % 4] + " " for i in range(n // 2))
        + "the diplomat said."
    )


def alternating_quotes(n: int) -> str:
    """N short quotes, each attributed: the shape of a real page, N times over."""
    return BELTA_HEAD + "".join(f"\u201cWe agree {i},\u201d he said. " for i in range(n // 4))


def belta_datelines(n: int) -> str:
    """N lines, each a BelTA dateline."""
    return BELTA_HEAD + "Text.\n\n" + "MINSK, 17 February (BelTA) - Text.\n" * n


def tass_datelines(n: int) -> str:
    """N lines, each a TASS dateline."""
    return TASS_HEAD + "Text.\n\n" + "MOSCOW, September 10. /TASS/. Text.\n" * n


def datelines_in_one_line(n: int) -> str:
    """N datelines in one paragraph."""
    return BELTA_HEAD + "MINSK, 17 February (BelTA) - " * n


def capitals(n: int) -> str:
    """N capital words with dots and dashes and no comma: what a dateline's place starts as."""
    return TASS_HEAD + "\n\n" + "A.B-C D'E " * (n // 4) + "\n"


def dates(n: int) -> str:
    """N printed dates, and N weekdays, the evidence year inference reads."""
    return TASS_HEAD + "on Tuesday 17 February 2022, 2023 " * (n // 6)


def sessions(n: int) -> str:
    """N ordinal General Assembly sessions for year inference to intersect."""
    return TASS_HEAD + "the 74th UN General Assembly session, " * (n // 6)


def symbols(n: int) -> str:
    """N resolution-symbol fragments: A/RES/ with and without numbers."""
    return CSTO_HEAD + "A/RES/77/13 S/RES/1624 (2005) A/RES/ 77/ " * (n // 8)


def numbers(n: int) -> str:
    """Digit groups that never end: 1,000,000,000,... and 4 000 000 ... personnel."""
    return CSTO_HEAD + "about " + "1,000" * (n // 2) + " 4 000" * (n // 2) + " personnel."


def sentences(n: int) -> str:
    """N abbreviations and initials that end no sentence: Mr. K.K. No. U.N. ..."""
    return CSTO_HEAD + "Mr. K.K. No. U.N. St. " * (n // 5) + "End."


def lines_of_chrome(n: int) -> str:
    """N/10 navigation and footer lines (each line costs as much as ten characters)."""
    return BELTA_HEAD + "Text.\n\n" + "All news\nFollow us on:\nX\n" * (n // 30)


def blank_lines(n: int) -> str:
    """N/10 short items two blank lines apart on a CSTO listing page: N/10 articles."""
    return "Go back\n\n" + "An item.\n\n\n" * (n // 10)


def no_spaces(n: int) -> str:
    """One line of N letters without a space."""
    return BELTA_HEAD + "x" * (n * 10)


CASES: dict[str, Callable[[int], str]] = {
    "quotes": quotes,
    "quotes_spaced": quotes_spaced,
    "straight_quotes": straight_quotes,
    "nested_quotes": nested_quotes,
    "alternating_quotes": alternating_quotes,
    "belta_datelines": belta_datelines,
    "tass_datelines": tass_datelines,
    "datelines_in_one_line": datelines_in_one_line,
    "capitals": capitals,
    "dates": dates,
    "sessions": sessions,
    "symbols": symbols,
    "numbers": numbers,
    "sentences": sentences,
    "lines_of_chrome": lines_of_chrome,
    "blank_lines": blank_lines,
    "no_spaces": no_spaces,
}


def median_time(text: str, repeat: int) -> float:
    """The median of ``repeat`` parses of ``text``, in seconds.

    The median, not the minimum: the small input runs as often as the large one, and a
    minimum over a loaded machine's lucky runs would flatter it.
    """
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        csto_corpus.parse(text, "bench")
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000, help="units at size N (default 100,000)")
    parser.add_argument("--repeat", type=int, default=5, help="runs per size; the median counts")
    parser.add_argument("--case", action="append", choices=sorted(CASES), help="only these")
    parser.add_argument("--json", metavar="PATH", help="also write the results as JSON")
    arguments = parser.parse_args(argv)
    results = []
    print(f"{'case':<24}{'chars N':>12}{'t(N) s':>10}{'t(10N) s':>10}{'ratio':>8}")
    for name in arguments.case or list(CASES):
        small, large = CASES[name](arguments.n), CASES[name](10 * arguments.n)
        csto_corpus.parse(small, "warm-up")
        t_small = median_time(small, arguments.repeat)
        t_large = median_time(large, arguments.repeat)
        ratio = t_large / max(t_small, 1e-9)
        flag = "" if ratio <= LIMIT else "  OVER LIMIT"
        print(f"{name:<24}{len(small):>12,}{t_small:>10.4f}{t_large:>10.4f}{ratio:>8.1f}{flag}")
        results.append(
            {
                "case": name,
                "chars_n": len(small),
                "chars_10n": len(large),
                "seconds_n": t_small,
                "seconds_10n": t_large,
                "ratio": ratio,
            }
        )
    worst = max(result["ratio"] for result in results)
    print(f"worst ratio {worst:.1f} (limit {LIMIT:.0f} for 10x the input)")
    if arguments.json:
        with open(arguments.json, "w", encoding="utf-8") as handle:
            json.dump({"limit": LIMIT, "n": arguments.n, "results": results}, handle, indent=2)
    return 0 if worst <= LIMIT else 1


if __name__ == "__main__":
    sys.exit(main())
