"""The command line, run as a user would: ``python -m csto_corpus`` in a subprocess."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import csto_corpus
from csto_corpus import dumps_corpus, json_schema, load, loads_corpus
from csto_corpus._loading import bundled_seed_paths
from csto_corpus.cli import PROGRESS_MIN_FILES

COMMANDS = ("summary", "parse", "statements", "search", "resolutions", "timeline", "schema")


def run(*arguments: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "csto_corpus", *map(str, arguments)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        cwd=cwd,
    )


@pytest.fixture
def export(tmp_path, samples) -> Path:
    """The hand-built corpus as a corpus export file."""
    path = tmp_path / "samples.json"
    path.write_text(dumps_corpus(samples.corpus), encoding="utf-8")
    return path


def _lines(result: subprocess.CompletedProcess[str]) -> list[list[str]]:
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return [line.split("\t") for line in result.stdout.splitlines()]


# -- conventions ---------------------------------------------------------------------------


def test_no_command_is_the_summary_of_the_bundled_corpus():
    default, summary = run(), run("summary")
    assert default.stdout == summary.stdout
    lines = _lines(default)
    assert len(lines) == 10
    assert lines[0] == [
        "000_579c4f8cae9ae30b/1",
        "belta",
        "2022-02-17T09:26:00+03:00",
        "Belarus advocates practical cooperation between CSTO, UN",
    ]
    assert lines[4] == ["004_4219543f79debe9f/1", "csto", "2024-07-25", "-"]


def test_version():
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout == f"csto-corpus {csto_corpus.__version__}\n"


@pytest.mark.parametrize("command", ["", *COMMANDS])
def test_every_command_has_help(command):
    result = run(*([command] if command else []), "--help")
    assert result.returncode == 0
    assert result.stdout.startswith(f"usage: csto-corpus {command}".rstrip())
    assert result.stderr == ""


@pytest.mark.parametrize(
    ("arguments", "complaint"),
    [
        (["frobnicate"], "invalid choice: 'frobnicate'"),
        (["summary", "--colour"], "unrecognized arguments: --colour"),
        (["parse"], "the following arguments are required: PATH"),
        (["parse", "seeds", "--format", "xml"], "invalid choice: 'xml'"),
        (["parse", "seeds", "--format", "csv"], "give --out DIR"),
        (["statements", "--kind", "rumour"], "invalid choice: 'rumour'"),
        (["search"], "the following arguments are required: PATTERN"),
        (["search", "--regex", "(unclosed"], "PATTERN is not a regular expression"),
    ],
)
def test_usage_errors_exit_2_with_nothing_on_stdout(arguments, complaint):
    result = run(*arguments)
    assert result.returncode == 2
    assert result.stdout == ""
    assert complaint in result.stderr


def test_a_missing_file_exits_1_naming_it(tmp_path):
    missing = tmp_path / "nowhere.txt"
    for command in ("summary", "parse", "statements", "resolutions", "timeline"):
        result = run(command, missing)
        assert result.returncode == 1
        assert result.stdout == ""
        assert result.stderr == (
            f"csto-corpus: error: {missing}: cannot read the file: No such file or directory\n"
        )


def test_a_binary_file_exits_1_naming_it_and_the_reason(tmp_path):
    image = tmp_path / "photo.txt"
    image.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    result = run("summary", image)
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.startswith(f"csto-corpus: error: {image}")
    assert "expected text, found a PNG image" in result.stderr  # the reason


def test_a_bad_export_exits_1_naming_the_file_and_the_json_path(tmp_path, export):
    data = json.loads(export.read_text(encoding="utf-8"))
    data["documents"][0]["source"] = "wire"
    export.write_text(json.dumps(data), encoding="utf-8")
    result = run("timeline", export)
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.startswith(f"csto-corpus: error: {export}: invalid document: ")
    assert "$.documents[0].source" in result.stderr


def test_the_same_document_twice_exits_1(tmp_path):
    page = bundled_seed_paths()[0]
    result = run("parse", page, page)
    assert result.returncode == 1
    assert "duplicate id in the corpus: '000_579c4f8cae9ae30b'" in result.stderr


# -- summary and queries -------------------------------------------------------------------


def test_summary_of_given_paths(export, tmp_path):
    assert _lines(run("summary", export)) == [
        [
            "alpha/1",
            "belta",
            "2026-03-03T11:15:00+06:00",
            "Kyrgyzstan backs CSTO peacekeeping at the UN",
        ],
        ["beta/1", "tass", "2026-04-04", "Envoys of CSTO states meet in Geneva"],
        ["gamma/1", "csto", "-", "-"],
    ]
    seeds = tmp_path / "pages"
    shutil.copytree(Path(bundled_seed_paths()[0]).parent, seeds)
    assert len(_lines(run("summary", seeds))) == 10


def test_statements_by_speaker_and_text(export):
    assert _lines(run("statements", "--speaker", "ivanova", export)) == [
        ["alpha/1", "indirect", "Zhanna Ivanova", "the CSTO is ready to help UN missions"],
        [
            "alpha/1",
            "direct",
            "Zhanna Ivanova",
            "We support resolution A/RES/80/5 on cooperation between the UN and the CSTO "
            "\u2013 it matters to all member states,",
        ],
        ["beta/1", "direct", "Ivanova", "We are ready to work with the UN,"],
        [
            "gamma/1",
            "direct",
            "Zhanna Ivanova",
            "We support resolution A/RES/80/5 on cooperation between the UN and the CSTO "
            "- it matters to all member states,",
        ],
    ]
    assert _lines(run("statements", "--contains", "growing", export)) == [
        ["beta/1", "indirect", "Armenian Foreign Ministry", "cooperation with the UN is growing"]
    ]
    assert len(_lines(run("statements", "--kind", "direct", export))) == 3
    assert _lines(run("statements", "--speaker", "Petrova", export)) == []


def test_search_plain_and_regex(export, samples):
    start = samples.beta.text.index("Geneva")
    assert _lines(run("search", "GENEVA", export))[0] == [
        "beta/1",
        str(start),
        str(start + 6),
        "Envoys of CSTO states meet in Geneva",
    ]
    assert len(_lines(run("search", "geneva", export))) == 2
    assert [line[0] for line in _lines(run("search", "-E", r"A/RES/\d+/\d+", export))] == [
        "alpha/1",
        "beta/1",
        "gamma/1",
    ]
    assert _lines(run("search", "--regex", "geneva", export)) == []


def test_search_on_the_bundled_corpus():
    lines = _lines(run("search", "Tashkent"))
    assert [line[0] for line in lines] == ["002_d0f29a2c7945618b/1"]


def test_resolutions(export):
    assert _lines(run("resolutions", export)) == [
        [
            "A/RES/80/5",
            "general_assembly",
            "80",
            "2025-12-12",
            "Cooperation between the United Nations and the CSTO",
            "alpha/1,beta/1",
        ],
        ["-", "-", "-", "-", "-", "gamma/1"],
    ]


def test_timeline(export):
    assert _lines(run("timeline", export)) == [
        ["2011-06-02", "event", "beta/1", "The memorandum was signed"],
        ["2025-05-01", "deployment", "alpha/1", "deployed in Tajikistan"],
        ["2025-12-12", "adopted", "alpha/1", "A/RES/80/5"],
        ["2026-03-03", "published", "alpha/1", "Kyrgyzstan backs CSTO peacekeeping at the UN"],
        ["2026-04-04", "published", "beta/1", "Envoys of CSTO states meet in Geneva"],
    ]


def test_schema():
    result = run("schema")
    assert result.returncode == 0
    assert json.loads(result.stdout) == json_schema()
    assert json.loads(run("schema", "--corpus").stdout) == json_schema("corpus")


# -- parse ---------------------------------------------------------------------------------


def test_parse_to_json_lines_on_stdout_loads_back_equal(tmp_path):
    seeds = load()
    result = run("parse", *bundled_seed_paths())
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert len(result.stdout.splitlines()) == 5
    path = tmp_path / "seeds.jsonl"
    path.write_text(result.stdout, encoding="utf-8")
    assert load(path) == seeds


def test_parse_to_json_on_stdout_is_one_corpus(export, samples):
    result = run("parse", export, "--format", "json")
    assert result.returncode == 0, result.stderr
    assert loads_corpus(result.stdout) == samples.corpus


def test_parse_into_a_directory(tmp_path, export, samples):
    out = tmp_path / "json"
    result = run("parse", export, "--format", "json", "--out", out)
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")
    assert sorted(path.name for path in out.iterdir()) == ["alpha.json", "beta.json", "gamma.json"]
    assert load(out) == samples.corpus

    out = tmp_path / "jsonl"
    assert run("parse", export, "--out", out).returncode == 0
    assert [path.name for path in out.iterdir()] == ["corpus.jsonl"]
    assert load(out / "corpus.jsonl") == samples.corpus

    out = tmp_path / "csv"
    result = run("parse", export, "--format", "csv", "--out", out)
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")
    assert sorted(path.name for path in out.iterdir()) == [
        "articles.csv",
        "mentions.csv",
        "peacekeeping.csv",
        "priorities.csv",
        "resolutions.csv",
        "statements.csv",
    ]
    assert len((out / "statements.csv").read_text(encoding="utf-8").splitlines()) == 6


# -- the progress bar ----------------------------------------------------------------------


@pytest.fixture
def many_pages(tmp_path) -> Path:
    folder = tmp_path / "many"
    folder.mkdir()
    seeds = bundled_seed_paths()
    for number in range(PROGRESS_MIN_FILES + 2):
        shutil.copy(seeds[number % len(seeds)], folder / f"page_{number:02}.txt")
    return folder


def test_no_progress_bar_when_stderr_is_not_a_terminal(many_pages):
    result = run("parse", many_pages)
    assert result.returncode == 0
    assert result.stderr == ""
    assert len(result.stdout.splitlines()) == PROGRESS_MIN_FILES + 2


def test_a_progress_bar_on_stderr_at_a_terminal(many_pages):
    controller, terminal = os.openpty()
    try:
        process = subprocess.run(
            [sys.executable, "-m", "csto_corpus", "parse", str(many_pages)],
            stdout=subprocess.PIPE,
            stderr=terminal,
            check=False,
        )
        os.close(terminal)
        terminal = -1
        shown = b""
        while True:
            try:
                chunk = os.read(controller, 65536)
            except OSError:  # the terminal is closed: everything has been read
                break
            if not chunk:
                break
            shown += chunk
    finally:
        if terminal != -1:
            os.close(terminal)
        os.close(controller)
    total = PROGRESS_MIN_FILES + 2
    assert process.returncode == 0
    assert len(process.stdout.splitlines()) == total  # the data is untouched
    text = shown.decode()
    assert f"parsing [{'#' * 30}] {total}/{total} page_{total - 1:02}.txt" in text
    assert f"] 1/{total} page_00.txt" in text
