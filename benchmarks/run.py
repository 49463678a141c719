"""Benchmarks: throughput, stage costs, import and load time, memory, scaling, parallelism.

    python benchmarks/run.py                                 # 1,000 and 10,000 pages
    python benchmarks/run.py --sizes 1000,10000,100000 --out benchmarks/results.json

For each corpus size it writes a seeded synthetic corpus (benchmarks/generate.py) to a
temporary directory and measures, on one core unless said otherwise:

- parse: ``parse_bytes`` over every page (files read a batch at a time, outside the timing),
  in MB/s and pages/s, against the reference: one pass of one compiled regex over the same
  text (decoded outside the timing);
- stages: the pipeline of ``csto_corpus.parse.parse`` with each stage timed on its own
  (decode, lines, source, layout, articles, each extractor, assembly); the staged pipeline
  is checked against ``parse`` on the first pages, and the report says if it drifted;
- load: ``load(directory)`` in a fresh process: the parse, the Corpus merge, peak memory;
- stream: ``write_jsonl(iter_documents(directory), file)`` in a fresh process: time and
  peak memory (it must not grow with the corpus);
- parallel: ``parse_many`` with 1 and 2 workers (wall time, speed-up), next to the speed-up
  of a pure-CPU loop on the same machine, which says how many cores were really free.

Once per run: ``import csto_corpus`` and ``load()`` of the bundled corpus, each in a fresh
process (median of several runs). Every figure is printed as a table and written as JSON.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import inspect
import json
import multiprocessing
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs

import csto_corpus
from csto_corpus.model import Document
from csto_corpus.parse._pages import detect_source, read_layout
from csto_corpus.parse._text import decode, normalize_newlines, split_lines

sys.path.insert(0, str(Path(__file__).resolve().parent))
import generate

# The package ``csto_corpus.parse`` (csto_corpus.parse, the attribute, is the function).
pipeline = importlib.import_module("csto_corpus.parse")

#: The reference: one pass of one compiled regex (quotes, or capitalised words).
REFERENCE = re.compile(r"[“”\"«»]|\b[A-Z][a-z]+\b")

TARGETS = {
    "throughput_mb_s": 5.0,  # at least
    "regex_multiple": 8.0,  # at most
    "growth_100x": 110.0,  # at most: time for 100x the pages
    "import_ms": 150.0,  # at most
    "load_bundled_ms": 100.0,  # at most
    "stream_peak_mb": 500.0,  # at most, 100,000 pages
}


# --------------------------------------------------------------------------------------
# The staged pipeline


def _fact_groups() -> list[list[tuple[str, Callable[..., Any]]]]:
    """(field, function) for each extractor, in the order ``_with_facts`` calls them, in
    groups: one group for each ``attrs.evolve`` there, which sets the group's facts, so that
    each group reads the article with the facts of the groups before it."""
    source = inspect.getsource(pipeline._with_facts)
    groups = []
    for call in source.split("attrs.evolve(")[1:]:
        found = re.findall(r"(\w+)=(extract_\w+)\(text, article\)", call)
        groups.append([(field, getattr(pipeline, name)) for field, name in found])
    return groups


FACT_GROUPS = _fact_groups()
EXTRACTORS = [extractor for group in FACT_GROUPS for extractor in group]


def staged_parse(data: bytes, name: str, clock: dict[str, float]) -> Document:
    """``parse_bytes(data, name)`` with each stage's CPU time added to ``clock``."""
    now = time.process_time
    t0 = now()
    text = decode(data, source=name)
    t1 = now()
    if "\x00" in text:
        raise ValueError(name)
    text = normalize_newlines(text)
    lines = split_lines(text)
    t2 = now()
    source = detect_source(lines)
    t3 = now()
    layout = read_layout(text, lines, source)
    t4 = now()
    built = [
        parts.build(f"{name}/{number}") for number, parts in enumerate(layout.articles, start=1)
    ]
    t5 = now()
    clock["decode"] += t1 - t0
    clock["lines"] += t2 - t1
    clock["source"] += t3 - t2
    clock["layout"] += t4 - t3
    clock["articles"] += t5 - t4
    articles = []
    evolve = 0.0
    for article in built:
        for group in FACT_GROUPS:
            facts = {}
            for field, extract in group:
                a = now()
                facts[field] = extract(text, article)
                clock[field] += now() - a
            b = now()
            article = attrs.evolve(article, **facts)
            evolve += now() - b
        articles.append(article)
    t6 = now()
    document = Document(
        id=name,
        source=layout.source,
        text=text,
        retrieved=layout.retrieved,
        retrieved_span=layout.retrieved_span,
        articles=tuple(articles),
        chrome=tuple(sorted(layout.chrome, key=lambda line: line.span.start)),
    )
    clock["assemble"] += evolve + now() - t6
    return document


STAGES = ["decode", "lines", "source", "layout", "articles"] + [f for f, _ in EXTRACTORS]
STAGES.append("assemble")


# --------------------------------------------------------------------------------------
# Measurements in this process


def _files(directory: Path) -> list[Path]:
    return sorted(directory.glob("*.txt"))


def measure_parse(directory: Path, min_seconds: float = 3.0) -> dict[str, Any]:
    """Single-core parse throughput and the regex reference, streaming over the files.

    The files are read a batch at a time (``BATCH`` files, about 4 MB), outside the timing;
    then the batch is parsed, and then the reference regex runs over the same batch. Reading
    each file just before parsing it would measure the file system too: reading 400 MB of
    files between the parses pushes the parser's code and tables out of the processor's
    caches, which made a large directory look up to 20% slower a page (see
    ``docs/performance.md``, "Linearity").

    Times are CPU time of this process (``time.process_time``), which other processes on a
    shared machine inflate far less than wall time; wall-clock totals are given next to
    them. A small corpus is parsed again until ``min_seconds`` have passed, and the mean of
    the passes is reported, so that a burst of load on the machine weighs on it no more than
    on a large corpus. The first pages are parsed once before timing (warm caches).
    """
    files = _files(directory)
    for path in files[:50]:
        pipeline.parse_bytes(path.read_bytes(), path.stem)
    passes: list[tuple[float, float, float, float]] = []
    while not passes or (sum(p[0] for p in passes) < min_seconds and len(passes) < 20):
        passes.append(_parse_pass(files))
    size = sum(path.stat().st_size for path in files)
    pages = len(files)
    parse_cpu, parse_wall, regex_cpu, regex_wall = (
        statistics.mean(p[i] for p in passes) for i in range(4)
    )
    return {
        "pages": pages,
        "bytes": size,
        "passes": len(passes),
        "batch": BATCH,
        "parse_s": parse_cpu,
        "parse_s_min": min(p[0] for p in passes),
        "parse_wall_s": parse_wall,
        "parse_mb_s": size / 1e6 / parse_cpu,
        "parse_pages_s": pages / parse_cpu,
        "parse_ms_per_page": 1000 * parse_cpu / pages,
        "parse_us_per_kb": 1e6 * parse_cpu / (size / 1000),
        "regex_s": regex_cpu,
        "regex_wall_s": regex_wall,
        "regex_mb_s": size / 1e6 / regex_cpu,
        "regex_multiple": parse_cpu / regex_cpu,
    }


#: Files read into memory before a batch is timed (see ``measure_parse``).
BATCH = 1000


def _parse_pass(files: list[Path]) -> tuple[float, float, float, float]:
    parse_cpu = regex_cpu = parse_wall = regex_wall = 0.0
    cpu, wall = time.process_time, time.perf_counter
    parse_bytes, findall = pipeline.parse_bytes, REFERENCE.findall
    for first in range(0, len(files), BATCH):
        batch = [(path.read_bytes(), path.stem) for path in files[first : first + BATCH]]
        c0, w0 = cpu(), wall()
        for data, name in batch:
            parse_bytes(data, name)
        c1, w1 = cpu(), wall()
        texts = [data.decode("utf-8") for data, _ in batch]  # as before: not timed
        c1b, w1b = cpu(), wall()
        for text in texts:
            findall(text)
        c2, w2 = cpu(), wall()
        parse_cpu += c1 - c0
        parse_wall += w1 - w0
        regex_cpu += c2 - c1b
        regex_wall += w2 - w1b
    return parse_cpu, parse_wall, regex_cpu, regex_wall


def measure_stages(directory: Path, check: int = 200) -> dict[str, Any]:
    """Time of each stage, summed over the corpus; checks the staged pipeline on a sample."""
    clock = dict.fromkeys(STAGES, 0.0)
    matches = True
    for index, path in enumerate(_files(directory)):
        data = path.read_bytes()
        document = staged_parse(data, path.stem, clock)
        if index < check and document != pipeline.parse_bytes(data, path.stem):
            matches = False
    total = sum(clock.values())
    facts = sum(clock[field] for field, _ in EXTRACTORS)
    return {
        "seconds": clock,
        "share": {stage: clock[stage] / total for stage in STAGES},
        "total_s": total,
        "facts_s": facts,
        "staged_matches_parse": matches,
    }


# --------------------------------------------------------------------------------------
# Measurements in fresh processes

# Peak resident memory of this process. On Linux, VmHWM: ru_maxrss survives exec, so in a
# child started by this (large) benchmark process it would report the parent's size.
_PEAK = (
    "import resource, sys\n"
    "def peak_mb():\n"
    "    try:\n"
    "        with open('/proc/self/status') as status:\n"
    "            for line in status:\n"
    "                if line.startswith('VmHWM:'):\n"
    "                    return int(line.split()[1]) / 1024\n"
    "    except OSError:\n"
    "        pass\n"
    "    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
    "    return kb / 1024 if sys.platform != 'darwin' else kb / 2**20\n"
)

_LOAD = (
    _PEAK
    + """
import json, time, pathlib
import csto_corpus
from csto_corpus.corpus import Corpus
from csto_corpus.parse import parse_file
base = peak_mb()
files = sorted(pathlib.Path(DIRECTORY).glob("*.txt"))
clock = time.process_time
t0 = clock()
documents = [parse_file(path) for path in files]
t1 = clock()
corpus = Corpus.from_documents(documents)
t2 = clock()
del documents, corpus
whole = csto_corpus.load(DIRECTORY)
t3 = clock()
assert len(whole) == len(files)
print(json.dumps({"parse_s": t1 - t0, "merge_s": t2 - t1, "load_s": t3 - t2,
                  "baseline_mb": base, "peak_mb": peak_mb()}))
"""
)

_STREAM = (
    _PEAK
    + """
import json, time
import csto_corpus
base = peak_mb()
t0, c0 = time.perf_counter(), time.process_time()
with open(OUT, "w", encoding="utf-8") as file:
    count = csto_corpus.write_jsonl(csto_corpus.iter_documents(DIRECTORY), file)
t1, c1 = time.perf_counter(), time.process_time()
print(json.dumps({"documents": count, "seconds": c1 - c0, "wall_s": t1 - t0,
                  "baseline_mb": base, "peak_mb": peak_mb()}))
"""
)

_PARALLEL = (
    _PEAK
    + """
import json, resource, time
import csto_corpus
t0, c0 = time.perf_counter(), time.process_time()
if JSONL:
    with open(JSONL, "w", encoding="utf-8") as file:
        count = csto_corpus.parse_to_jsonl(DIRECTORY, file, workers=WORKERS)
else:
    count = sum(1 for _ in csto_corpus.parse_many(DIRECTORY, workers=WORKERS))
t1, c1 = time.perf_counter(), time.process_time()
children = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"documents": count, "seconds": t1 - t0, "parent_cpu_s": c1 - c0,
                  "workers_cpu_s": children.ru_utime + children.ru_stime,
                  "peak_mb": peak_mb(), "worker_peak_mb": children.ru_maxrss / 1024}))
"""
)

_IMPORT = """
import time
t0, c0 = time.perf_counter(), time.process_time()
import csto_corpus
t1, c1 = time.perf_counter(), time.process_time()
csto_corpus.load()
t2, c2 = time.perf_counter(), time.process_time()
print(t1 - t0, t2 - t1, c1 - c0, c2 - c1)
"""


def _fresh(code: str, **names: Any) -> dict[str, Any]:
    prelude = "".join(f"{key} = {value!r}\n" for key, value in names.items())
    result = subprocess.run(
        [sys.executable, "-c", prelude + code], capture_output=True, text=True, check=True
    )
    return json.loads(result.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def _with_bytecode() -> dict[str, str]:
    """The environment with bytecode caching on, as after ``pip install`` (which compiles
    every module): with ``PYTHONDONTWRITEBYTECODE`` set, each import would compile the
    package's source again and the figure would measure Python's compiler."""
    return {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}


def measure_import(runs: int = 9) -> dict[str, Any]:
    """``import csto_corpus`` and ``load()`` of the bundled corpus, each in a fresh process.

    One run first writes the bytecode caches (not timed); then the median of ``runs``.
    """
    imports, loads, import_cpu, load_cpu = [], [], [], []
    environment = _with_bytecode()
    subprocess.run(
        [sys.executable, "-c", _IMPORT], env=environment, check=True, capture_output=True
    )
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", _IMPORT],
            env=environment,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
        imports.append(1000 * float(out[0]))
        loads.append(1000 * float(out[1]))
        import_cpu.append(1000 * float(out[2]))
        load_cpu.append(1000 * float(out[3]))
    profile = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import csto_corpus"],
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    ).stderr
    modules = []
    for line in profile.splitlines()[1:]:
        parts = [part.strip() for part in line.split("|")]
        if len(parts) == 3 and parts[1].isdigit():
            modules.append((parts[2].strip(), int(parts[0].split()[-1]), int(parts[1])))
    top = sorted(modules, key=lambda m: -m[2])[1:13]  # [0] is csto_corpus itself
    return {
        "import_ms_median": statistics.median(imports),
        "import_ms_min": min(imports),
        "load_bundled_ms_median": statistics.median(loads),
        "load_bundled_ms_min": min(loads),
        "import_cpu_ms_median": statistics.median(import_cpu),
        "load_bundled_cpu_ms_median": statistics.median(load_cpu),
        "runs": runs,
        "importtime_top_cumulative_us": [
            {"module": m, "self_us": s, "cumulative_us": c} for m, s, c in top
        ],
    }


def _burn(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


def cpu_calibration(workers: int = 2) -> float:
    """Speed-up of a pure-CPU loop on ``workers`` processes: the free cores, as measured."""
    work = [2_000_000] * (4 * workers)
    t0 = time.perf_counter()
    for n in work:
        _burn(n)
    serial = time.perf_counter() - t0
    with multiprocessing.Pool(workers) as pool:
        t0 = time.perf_counter()
        pool.map(_burn, work, chunksize=1)
        parallel = time.perf_counter() - t0
    return serial / parallel


def measure_parallel(directory: Path, workers: int, jsonl: str = "") -> dict[str, Any]:
    """``parse_many`` (or, given ``jsonl``, ``parse_to_jsonl``) on 1 and on N workers."""
    one = _fresh(_PARALLEL, DIRECTORY=str(directory), WORKERS=1, JSONL=jsonl)
    calibration = cpu_calibration(workers)
    many = _fresh(_PARALLEL, DIRECTORY=str(directory), WORKERS=workers, JSONL=jsonl)
    # What the wall time would be on free cores: the parent and each worker run their CPU
    # time side by side. On a shared machine the measured wall time says less than this.
    projected = max(many["parent_cpu_s"], many["workers_cpu_s"] / workers)
    return {
        "workers": workers,
        "one_worker_cpu_s": one["parent_cpu_s"],
        "parent_cpu_s": many["parent_cpu_s"],
        "workers_cpu_s": many["workers_cpu_s"],
        "projected_speedup": one["parent_cpu_s"] / projected,
        "one_worker_s": one["seconds"],
        "many_workers_s": many["seconds"],
        "speedup": one["seconds"] / many["seconds"],
        "cpu_loop_speedup": calibration,
        "parent_peak_mb": many["peak_mb"],
        "worker_peak_mb": many["worker_peak_mb"],
    }


# --------------------------------------------------------------------------------------
# Reporting


def _table(title: str, header: list[str], rows: list[list[Any]]) -> None:
    cells = [header] + [[_cell(value) for value in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    print(f"\n{title}")
    for number, row in enumerate(cells):
        print("  ".join(value.rjust(width) for value, width in zip(row, widths, strict=True)))
        if number == 0:
            print("  ".join("-" * width for width in widths))


def _cell(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:,.3f}" if value < 10 else f"{value:,.1f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def report(results: dict[str, Any]) -> None:
    sizes = results["sizes"]
    imp = results["fresh_process"]
    _table(
        "Fresh process (median of runs)",
        ["measure", "wall ms", "min ms", "CPU ms", "target"],
        [
            [
                "import csto_corpus",
                imp["import_ms_median"],
                imp["import_ms_min"],
                imp["import_cpu_ms_median"],
                "< 150",
            ],
            [
                "load() bundled",
                imp["load_bundled_ms_median"],
                imp["load_bundled_ms_min"],
                imp["load_bundled_cpu_ms_median"],
                "< 100",
            ],
        ],
    )
    _table(
        "Parse on one core (parse_bytes, CPU time; files read outside the timing)",
        [
            "pages",
            "MB",
            "passes",
            "CPU s",
            "wall s",
            "MB/s",
            "pages/s",
            "ms/page",
            "regex s",
            "x regex",
        ],
        [
            [
                s["pages"],
                s["parse"]["bytes"] / 1e6,
                s["parse"]["passes"],
                s["parse"]["parse_s"],
                s["parse"]["parse_wall_s"],
                s["parse"]["parse_mb_s"],
                s["parse"]["parse_pages_s"],
                s["parse"]["parse_ms_per_page"],
                s["parse"]["regex_s"],
                s["parse"]["regex_multiple"],
            ]
            for s in sizes
        ],
    )
    _table(
        "Cost of each stage, share of the staged total",
        ["stage"] + [f"{s['pages']:,}" for s in sizes],
        [[stage] + [f"{100 * s['stages']['share'][stage]:.1f}%" for s in sizes] for stage in STAGES]
        + [["total s"] + [s["stages"]["total_s"] for s in sizes]]
        + [["matches parse()"] + [str(s["stages"]["staged_matches_parse"]) for s in sizes]],
    )
    _table(
        "load(directory) and streaming to JSON Lines, each in a fresh process (CPU s)",
        ["pages", "load s", "merge s", "load peak MB", "stream s", "stream peak MB"],
        [
            [
                s["pages"],
                s["load"]["load_s"] if s.get("load") else "-",
                s["load"]["merge_s"] if s.get("load") else "-",
                s["load"]["peak_mb"] if s.get("load") else "-",
                s["stream"]["seconds"],
                s["stream"]["peak_mb"],
            ]
            for s in sizes
        ],
    )
    for key, title in (("parallel", "parse_many"), ("parallel_jsonl", "parse_to_jsonl")):
        _parallel_table(sizes, key, title)
    _table(
        "Growth from the smallest corpus",
        [
            "pages",
            "x pages",
            "x bytes",
            "x parse time",
            "x time per byte",
            "x stream time",
            "x stream peak",
        ],
        [
            [
                g["pages"],
                g["pages_x"],
                g["bytes_x"],
                g["parse_x"],
                g["parse_per_byte_x"],
                g["stream_x"],
                g["peak_x"],
            ]
            for g in results["growth"]
        ],
    )
    _table("Targets", ["target", "value", "met"], results["targets"])


def _parallel_table(sizes: list[dict[str, Any]], key: str, title: str) -> None:
    rows = [s for s in sizes if s.get(key)]
    if rows:
        _table(
            f"{title}: 1 and N worker processes (wall s; CPU s; speed-up projected from CPU)",
            [
                "pages",
                "1 worker s",
                "N workers s",
                "N",
                "speed-up",
                "CPU-loop speed-up",
                "1 worker CPU s",
                "parent CPU s",
                "workers CPU s",
                "projected speed-up",
            ],
            [
                [
                    s["pages"],
                    s[key]["one_worker_s"],
                    s[key]["many_workers_s"],
                    s[key]["workers"],
                    s[key]["speedup"],
                    s[key]["cpu_loop_speedup"],
                    s[key]["one_worker_cpu_s"],
                    s[key]["parent_cpu_s"],
                    s[key]["workers_cpu_s"],
                    s[key]["projected_speedup"],
                ]
                for s in rows
            ],
        )


def growth(sizes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    first = sizes[0]
    return [
        {
            "pages": s["pages"],
            "pages_x": s["pages"] / first["pages"],
            "bytes_x": s["parse"]["bytes"] / first["parse"]["bytes"],
            "parse_x": s["parse"]["parse_s"] / first["parse"]["parse_s"],
            # The pages of a larger corpus are a little longer on average (another sample).
            "parse_per_byte_x": (s["parse"]["parse_s"] / s["parse"]["bytes"])
            / (first["parse"]["parse_s"] / first["parse"]["bytes"]),
            "stream_x": s["stream"]["seconds"] / first["stream"]["seconds"],
            "peak_x": s["stream"]["peak_mb"] / first["stream"]["peak_mb"],
        }
        for s in sizes
    ]


def targets(results: dict[str, Any]) -> list[list[Any]]:
    largest = results["sizes"][-1]
    imp = results["fresh_process"]
    rows: list[list[Any]] = [
        ["import < 150 ms", imp["import_ms_median"], imp["import_ms_median"] < 150],
        [
            "load() bundled < 100 ms",
            imp["load_bundled_ms_median"],
            imp["load_bundled_ms_median"] < 100,
        ],
        [
            f">= 5 MB/s ({largest['pages']:,} pages)",
            largest["parse"]["parse_mb_s"],
            largest["parse"]["parse_mb_s"] >= 5,
        ],
        [
            f"<= 8x one regex pass ({largest['pages']:,} pages)",
            largest["parse"]["regex_multiple"],
            largest["parse"]["regex_multiple"] <= 8,
        ],
    ]
    for g in results["growth"][1:]:
        limit = 1.1 * g["pages_x"]
        rows.append(
            [
                f"{g['pages_x']:.0f}x pages within {limit:.0f}x time",
                g["parse_x"],
                g["parse_x"] <= limit,
            ]
        )
    for s in results["sizes"]:
        if s["pages"] >= 100_000:
            rows.append(
                [
                    "stream peak < 500 MB (100,000 pages)",
                    s["stream"]["peak_mb"],
                    s["stream"]["peak_mb"] < 500,
                ]
            )
    return rows


# --------------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000", help="comma-separated page counts")
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "results.json")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--workers", type=int, default=2, help="processes for parse_many")
    parser.add_argument(
        "--load-max", type=int, default=100_000, help="largest size for the load() measure"
    )
    parser.add_argument("--parallel-max", type=int, default=100_000)
    parser.add_argument("--workdir", type=Path, help="keep the corpora here (default: temp)")
    arguments = parser.parse_args()
    sizes = [int(size) for size in arguments.sizes.split(",")]

    results: dict[str, Any] = {
        "csto_corpus": csto_corpus.__version__,
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "load_average_start": os.getloadavg(),
        "seed": arguments.seed,
        "reference_regex": REFERENCE.pattern,
        "extractors": [field for field, _ in EXTRACTORS],
        "targets_def": TARGETS,
        "sizes": [],
    }
    print(
        f"csto_corpus {results['csto_corpus']}, Python {results['python']}, {results['cpus']} CPUs"
    )
    results["fresh_process"] = measure_import()
    with tempfile.TemporaryDirectory(dir=arguments.workdir) as temp:
        for size in sizes:
            directory = Path(temp) / f"pages_{size}"
            t0 = time.perf_counter()
            written = generate.write_corpus(directory, size, arguments.seed)
            print(
                f"\n{size:,} pages, {written / 1e6:.1f} MB, written in "
                f"{time.perf_counter() - t0:.1f} s; measuring ...",
                flush=True,
            )
            entry: dict[str, Any] = {"pages": size}
            gc.collect()
            entry["parse"] = measure_parse(directory)
            print(f"  parse {entry['parse']['parse_s']:.1f} s", flush=True)
            entry["stages"] = measure_stages(directory)
            entry["stream"] = _fresh(
                _STREAM, DIRECTORY=str(directory), OUT=str(Path(temp) / "out.jsonl")
            )
            print(f"  stream {entry['stream']['seconds']:.1f} s", flush=True)
            if size <= arguments.load_max:
                entry["load"] = _fresh(_LOAD, DIRECTORY=str(directory))
                print(f"  load {entry['load']['load_s']:.1f} s", flush=True)
            if size <= arguments.parallel_max:
                entry["parallel"] = measure_parallel(directory, arguments.workers)
                print(f"  parallel {entry['parallel']['many_workers_s']:.1f} s", flush=True)
                jsonl = str(Path(temp) / "parallel.jsonl")
                entry["parallel_jsonl"] = measure_parallel(directory, arguments.workers, jsonl)
                print(f"  jsonl {entry['parallel_jsonl']['many_workers_s']:.1f} s", flush=True)
            results["sizes"].append(entry)
            for path in directory.iterdir():
                path.unlink()
            directory.rmdir()
    results["load_average_end"] = os.getloadavg()
    results["growth"] = growth(results["sizes"])
    results["targets"] = targets(results)
    report(results)
    arguments.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"\nwritten to {arguments.out}")


if __name__ == "__main__":
    main()
